// swift-tools-version: 6.1

import PackageDescription

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
        .executable(name: "resilience-demo", targets: ["resilience-demo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
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
        // Configuration documents (YAML through Yams, JSON through Foundation): kept out of the core.
        .target(
            name: "ResilienceConfiguration",
            dependencies: [
                "Resilience",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The admin server (Hummingbird, swift-prometheus): kept out of the core.
        .target(
            name: "ResilienceAdmin",
            dependencies: [
                "Resilience",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "ResilienceTesting",
            dependencies: ["Resilience"]
        ),
        .executableTarget(
            name: "resilience-demo",
            dependencies: [
                "Resilience",
                "ResilienceAdmin",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
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
            name: "ResilienceTestingTests",
            dependencies: ["ResilienceTesting"]
        ),
    ]
)
