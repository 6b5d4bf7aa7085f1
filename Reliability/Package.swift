// swift-tools-version: 6.1

import PackageDescription

// The reliability proof (issue 18), in its own package so that its dependencies never reach users of swift-resilience:
//
//     swift run -c release --package-path Reliability resilience-reliability matrix   # the fault matrix
//     swift run -c release --package-path Reliability resilience-reliability soak     # a 60 s soak
//     Reliability/fuzz 60                    # libFuzzer over the configuration parser and the header codecs
//     Reliability/report                     # both runs, then docs/RELIABILITY.md and its memory curve
//
// `Sources/ResilienceTestSupport` is a link to the tests' helpers (a real PostgreSQL started in a temporary folder, a
// small disk), shared rather than copied.
let package = Package(
    name: "swift-resilience-reliability",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(
            name: "swift-resilience",
            path: "..",
            traits: ["Configuration", "Chaos", "AsyncHTTPClient", "PostgresNIO", "FileSystem"]
        ),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The fault matrix and the soak, against real servers on loopback.
        .executableTarget(
            name: "resilience-reliability",
            dependencies: [
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceChaos", package: "swift-resilience"),
                .product(name: "ResilienceFileSystem", package: "swift-resilience"),
                .product(name: "ResilienceHTTPClient", package: "swift-resilience"),
                .product(name: "ResiliencePostgres", package: "swift-resilience"),
                "ResilienceTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "_NIOFileSystem", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // A libFuzzer target (built with `--sanitize=fuzzer --sanitize=address` by `Reliability/fuzz`): the
        // configuration parser and the header codecs read random input.
        .executableTarget(
            name: "resilience-fuzz",
            dependencies: [
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceConfiguration", package: "swift-resilience"),
            ]
        ),
        .target(name: "ResilienceTestSupport"),
    ]
)
