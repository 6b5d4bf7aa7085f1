// A query through ResilientPostgresClient beside the same query through a bare PostgresClient, to the same PostgreSQL
// on loopback, in the same run (DESIGN.md, "Performance budgets"; issue 15: at most 2 µs per admitted query).
//
// The server is a real PostgreSQL started for the run (`initdb` into a temporary folder, `pg_ctl`, as the tests do)
// and stopped at its end. Each iteration is `SELECT 1` with its one row read.

import Benchmark
import BenchmarkSupport
import Glibc
import Logging
import PostgresNIO
import Resilience
import ResiliencePostgres

/// The run's server, stopped when the process exits (the benchmark tool runs this executable more than once, and not
/// every run reaches a shutdown hook).
nonisolated(unsafe) var runningServer: PostgresServer?

let benchmarks: @Sendable () -> Void = {
    let server = blocking { try await PostgresServer.start() }
    runningServer = server
    atexit { runningServer?.stop() }
    var configuration = PostgresClient.Configuration(
        host: "127.0.0.1",
        port: server.port,
        username: "test",
        password: nil,
        database: "postgres",
        tls: .disable
    )
    configuration.options.maximumConnections = 4
    let client = PostgresClient(configuration: configuration)
    let running = Task { await client.run() }
    Benchmark.shutdownHook = {
        running.cancel()
    }

    let registry = ResilienceRegistry()
    let breakerPoint = try! registry.register(
        "breaker",
        pipeline: ResiliencePipeline { try CircuitBreaker(name: "db") }
    )
    let guarded = ResilientPostgresClient(client: client, integrationPoint: breakerPoint)
    let presetPoint = try! registry.register(
        "preset",
        pipeline: .postgres(name: "preset", maximumConnections: 4, statementTimeout: .seconds(5))
    )
    let preset = ResilientPostgresClient(client: client, integrationPoint: presetPoint)

    let silent = Logger(label: "benchmark", factory: { _ in SwiftLogNoOpLogHandler() })
    let bare: @Sendable () async throws -> Void = {
        let rows = try await client.query("SELECT 1").collect()
        precondition(rows.count == 1)
    }
    let configurationOfOne = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 500,
        scalingFactor: .one,
        maxDuration: .seconds(8),
        maxIterations: 40_000
    )
    Benchmark("bare PostgresClient: SELECT 1, rows collected (baseline)", configuration: configurationOfOne) { _ in
        try await bare()
    }
    Benchmark("ResilientPostgresClient, breaker: SELECT 1", configuration: configurationOfOne) { _ in
        let rows = try await guarded.query("SELECT 1")
        precondition(rows.count == 1)
    }
    Benchmark("ResilientPostgresClient, preset: SELECT 1", configuration: configurationOfOne) { _ in
        let rows = try await preset.query("SELECT 1")
        precondition(rows.count == 1)
    }

    pairedBenchmark(
        "marginal, paired with the bare query: the same query on a connection the client leases",
        bare: bare
    ) {
        let rows = try await client.withConnection { connection in
            try await connection.query("SELECT 1", logger: silent).collect()
        }
        precondition(rows.count == 1)
    }
    pairedBenchmark("marginal, paired with the bare query: the point's pipeline alone around it", bare: bare) {
        try await breakerPoint.run { try await bare() }
    }
    pairedBenchmark("marginal, paired with the bare query: the preset's pipeline alone around it", bare: bare) {
        try await presetPoint.run { try await bare() }
    }
    pairedBenchmark("marginal, paired with the bare query: breaker, SELECT 1", bare: bare) {
        let rows = try await guarded.query("SELECT 1")
        precondition(rows.count == 1)
    }
    pairedBenchmark("marginal, paired with the bare query: preset (breaker, timeout, bulkhead), SELECT 1", bare: bare) {
        let rows = try await preset.query("SELECT 1")
        precondition(rows.count == 1)
    }
}
