// swift-tools-version: 6.1

import PackageDescription

// The benchmark suite lives in its own package so that users of swift-resilience never download package-benchmark.
let package = Package(
    name: "swift-resilience-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(
            name: "swift-resilience",
            path: "..",
            traits: ["Configuration", "Chaos", "AsyncHTTPClient", "PostgresNIO", "FileSystem", "Hummingbird"]
        ),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The paired harness, and the tests' PostgreSQL harness (linked from Tests/ResilienceTestSupport).
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "ResilienceBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceConfiguration", package: "swift-resilience"),
                .product(name: "ResilienceTesting", package: "swift-resilience"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            path: "Benchmarks/ResilienceBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        ),
        // The fault proxy with no fault, beside a direct connection: throughput and round-trip latency on loopback.
        .executableTarget(
            name: "ProxyBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ResilienceChaos", package: "swift-resilience"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/ProxyBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        ),
        // A request through ResilientHTTPClient beside the same request through a bare AsyncHTTPClient, to a server on
        // loopback, in the same run.
        .executableTarget(
            name: "HTTPClientBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceHTTPClient", package: "swift-resilience"),
                .product(name: "ResilienceChaos", package: "swift-resilience"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/HTTPClientBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        ),
        // The deadline and load-shedding middlewares beside a bare Hummingbird router, their throughput under wrk, and
        // the starvation watchdog's CPU.
        .executableTarget(
            name: "ServerBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceHummingbird", package: "swift-resilience"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Benchmarks/ServerBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        ),
        // Counted under valgrind by instruction-counts.sh: a wall-clock-independent view of the same paths.
        .executableTarget(
            name: "PostgresBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResiliencePostgres", package: "swift-resilience"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Benchmarks/PostgresBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        ),
        .executableTarget(
            name: "FileSystemBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceFileSystem", package: "swift-resilience"),
                .product(name: "_NIOFileSystem", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/FileSystemBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        ),
        .executableTarget(
            name: "instruction-counts",
            dependencies: [
                .product(name: "Resilience", package: "swift-resilience")
            ],
            path: "InstructionCounts"
        ),
    ]
)
