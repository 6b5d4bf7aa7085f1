// swift-tools-version: 6.1

import PackageDescription

// Every integration's dependencies sit behind a package trait, off by default: a package that uses only the core
// (`Resilience`, `ResilienceTesting`) never downloads Yams, Hummingbird or swift-prometheus. Enable what you use:
//
//     .package(url: "https://github.com/swift-resilience/swift-resilience", from: "0.1.0", traits: ["Admin"]),
//
// A product whose trait is off builds as an empty module. `swift test --enable-all-traits` (the README's test command
// and CI's) builds and tests all of them.
let package = Package(
    name: "swift-resilience",
    platforms: [
        .macOS(.v15),
        .iOS(.v18),
        .tvOS(.v18),
        .watchOS(.v11),
    ],
    products: [
        .library(name: "Resilience", targets: ["Resilience"]),
        .library(name: "ResilienceTesting", targets: ["ResilienceTesting"]),
        .library(name: "ResilienceConfiguration", targets: ["ResilienceConfiguration"]),
        .library(name: "ResilienceAdmin", targets: ["ResilienceAdmin"]),
        .library(name: "ResilienceChaos", targets: ["ResilienceChaos"]),
        .library(name: "ResilienceHTTPClient", targets: ["ResilienceHTTPClient"]),
    ],
    traits: [
        .trait(
            name: "Configuration",
            description:
                "ResilienceConfiguration: integration points from YAML or JSON documents, reloaded at run time (Yams)."
        ),
        .trait(
            name: "Admin",
            description:
                "ResilienceAdmin: the admin server, dashboard, JSON API and Prometheus /metrics (Hummingbird, swift-prometheus)."
        ),
        .trait(
            name: "Chaos",
            description:
                "ResilienceChaos: a TCP fault proxy and a faulty HTTP server that make real dependencies fail (SwiftNIO)."
        ),
        .trait(
            name: "AsyncHTTPClient",
            description:
                "ResilienceHTTPClient: AsyncHTTPClient with one integration point per host, statuses classified, deadlines sent on."
        ),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Behind traits.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .target(
            name: "Resilience",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                // Latency percentiles of integration points (pure Swift; swift-numerics).
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        .target(
            name: "ResilienceConfiguration",
            dependencies: [
                "Resilience",
                .product(name: "Yams", package: "Yams", condition: .when(traits: ["Configuration"])),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "ResilienceAdmin",
            dependencies: [
                "Resilience",
                .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Admin"])),
                .product(name: "Prometheus", package: "swift-prometheus", condition: .when(traits: ["Admin"])),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "ResilienceChaos",
            dependencies: [
                "Resilience",
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["Chaos"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["Chaos"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["Chaos"])),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio", condition: .when(traits: ["Chaos"])),
            ]
        ),
        .target(
            name: "ResilienceHTTPClient",
            dependencies: [
                "Resilience",
                .product(
                    name: "AsyncHTTPClient",
                    package: "async-http-client",
                    condition: .when(traits: ["AsyncHTTPClient"])
                ),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ResilienceTesting",
            dependencies: ["Resilience"]
        ),
        .testTarget(
            name: "ResilienceTests",
            dependencies: [
                "Resilience",
                "ResilienceTesting",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ]
        ),
        .testTarget(
            name: "ResilienceConfigurationTests",
            dependencies: [
                "ResilienceConfiguration",
                "ResilienceTesting",
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "ResilienceAdminTests",
            dependencies: [
                "ResilienceAdmin",
                "ResilienceTesting",
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "ResilienceChaosTests",
            dependencies: [
                "ResilienceChaos",
                "ResilienceTesting",
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["Chaos"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["Chaos"])),
            ]
        ),
        .testTarget(
            name: "ResilienceHTTPClientTests",
            dependencies: [
                "ResilienceHTTPClient",
                "ResilienceChaos",
                "ResilienceTesting",
                .product(
                    name: "AsyncHTTPClient",
                    package: "async-http-client",
                    condition: .when(traits: ["AsyncHTTPClient"])
                ),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
            ]
        ),
        .testTarget(
            name: "ResilienceTestingTests",
            dependencies: ["ResilienceTesting"]
        ),
    ]
)
