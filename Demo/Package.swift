// swift-tools-version: 6.1

import PackageDescription

// The runnable demo lives in its own package, so that its dependencies never reach users of swift-resilience:
//
//     swift run --package-path Demo resilience-demo
let package = Package(
    name: "swift-resilience-demo",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "swift-resilience", path: "..", traits: ["Admin"]),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .executableTarget(
            name: "resilience-demo",
            dependencies: [
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceAdmin", package: "swift-resilience"),
                // SimulatedDependency and sleepIgnoringCancellation: the demo's simulated dependencies.
                .product(name: "ResilienceTesting", package: "swift-resilience"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        )
    ]
)
