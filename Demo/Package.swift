// swift-tools-version: 6.1

import PackageDescription

// The runnable demo lives in its own package, so that its dependencies never reach users of swift-resilience:
//
//     swift run --package-path Demo resilience-demo
//
// A storefront (Hummingbird) in front of three upstream services, a database and the disk, each of which can be made to
// fail from the dashboard's chaos panel or the admin API.
let package = Package(
    name: "swift-resilience-demo",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(
            name: "swift-resilience",
            path: "..",
            traits: ["Admin", "Chaos", "AsyncHTTPClient", "PostgresNIO", "FileSystem", "Hummingbird"]
        ),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
    ],
    targets: [
        .executableTarget(
            name: "resilience-demo",
            dependencies: [
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceAdmin", package: "swift-resilience"),
                .product(name: "ResilienceChaos", package: "swift-resilience"),
                .product(name: "ResilienceFileSystem", package: "swift-resilience"),
                .product(name: "ResilienceHTTPClient", package: "swift-resilience"),
                .product(name: "ResilienceHummingbird", package: "swift-resilience"),
                .product(name: "ResiliencePostgres", package: "swift-resilience"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "_NIOFileSystem", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
            ]
        )
    ]
)
