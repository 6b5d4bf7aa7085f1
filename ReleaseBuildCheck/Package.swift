// swift-tools-version: 6.1

import PackageDescription

// Client code built with `-c release`, as users build theirs: every public entry point of every product, called in the
// shapes client code takes. Swift 6.3.1's optimiser has crashed on such code (see generate-shapes); `.ci/run` builds
// and runs this package. Its own package, so that its build never slows the library's.
let package = Package(
    name: "swift-resilience-release-build-check",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(
            name: "swift-resilience",
            path: "..",
            traits: [
                "Configuration", "Admin", "Chaos", "AsyncHTTPClient", "OpenAPI", "GRPC", "PostgresNIO", "FileSystem",
                "Hummingbird", "Vapor",
            ]
        ),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/grpc/grpc-swift-2", from: "2.4.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .executableTarget(
            name: "release-build-check",
            dependencies: [
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceConfiguration", package: "swift-resilience"),
                .product(name: "ResilienceAdmin", package: "swift-resilience"),
                .product(name: "ResilienceChaos", package: "swift-resilience"),
                .product(name: "ResilienceHTTPClient", package: "swift-resilience"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ResilienceOpenAPI", package: "swift-resilience"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ResilienceGRPC", package: "swift-resilience"),
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "ResiliencePostgres", package: "swift-resilience"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ResilienceFileSystem", package: "swift-resilience"),
                .product(name: "_NIOFileSystem", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ResilienceTesting", package: "swift-resilience"),
                .product(name: "ResilienceHummingbird", package: "swift-resilience"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ResilienceVapor", package: "swift-resilience"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Logging", package: "swift-log"),
            ]
        )
    ]
)
