// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import Logging
import PostgresNIO
import Resilience
import ResilienceChaos
import ResiliencePostgres
import ResilienceTestSupport
import Testing

/// The suites that start a real PostgreSQL, one test after the other: on 2 cores, servers starting and stopping in
/// parallel would add their load to every test that measures time.
@Suite("PostgreSQL", .serialized)
struct PostgresTests {}

/// A real PostgreSQL of its own (started by `initdb` and `pg_ctl` into a temporary folder), optionally behind a
/// ``FaultProxy``, and a running `PostgresClient` with a pool of `maximumConnections` that connects through it.
struct PostgresFixture: Sendable {
    let server: PostgresServer
    let proxy: FaultProxy?
    let client: PostgresClient
    let registry = ResilienceRegistry()
    private let running: Task<Void, Never>

    static func start(maximumConnections: Int = 4, throughProxy: Bool = false) async throws -> PostgresFixture {
        let server = try await PostgresServer.start()
        let proxy = throughProxy ? try await FaultProxy.start(upstreamPort: server.port) : nil
        var configuration = PostgresClient.Configuration(
            host: "127.0.0.1",
            port: proxy?.port ?? server.port,
            username: "test",
            password: nil,
            database: "postgres",
            tls: .disable
        )
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(1)
        configuration.options.keepAliveBehavior = nil
        let client = PostgresClient(configuration: configuration)
        let running = Task { await client.run() }
        return PostgresFixture(server: server, proxy: proxy, client: client, running: running)
    }

    private init(server: PostgresServer, proxy: FaultProxy?, client: PostgresClient, running: Task<Void, Never>) {
        self.server = server
        self.proxy = proxy
        self.client = client
        self.running = running
    }

    func shutdown() async {
        self.running.cancel()
        await self.running.value
        try? await self.proxy?.stop()
        await self.server.stop()
    }

    /// A breaker for the scenarios: the last 10 calls, opens at 50 % failures over 5, waits 300 ms, 2 probes.
    static func scenarioBreaker(_ name: String) throws -> CircuitBreaker {
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 10)
        configuration.minimumNumberOfCalls = 5
        configuration.failureRateThreshold = 0.5
        configuration.waitDurationInOpenState = .milliseconds(300)
        configuration.permittedCallsInHalfOpenState = 2
        return try CircuitBreaker(name: name, configuration: configuration)
    }

    /// Opens the pool's first connection, without a deadline: on two busy cores the first connection (a new backend
    /// process) may take longer than a scenario's deadline, which says nothing of the scenario.
    func warmUp() async throws {
        _ = try await self.client.query("SELECT 1").collect()
    }

    /// Runs `statement` on a connection of a client of its own, straight to the server (not through the proxy).
    func direct(_ statement: PostgresQuery) async throws -> [PostgresRow] {
        let connection = try await PostgresConnection.connect(
            configuration: PostgresConnection.Configuration(
                host: "127.0.0.1",
                port: self.server.port,
                username: "test",
                password: nil,
                database: "postgres",
                tls: .disable
            ),
            id: 1,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        do {
            let rows = try await connection.query(statement, logger: connection.logger).collect()
            try await connection.close()
            return rows
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// Runs `body` with a fixture, shut down afterwards whether `body` throws or not; never beside a test that measures
/// time on real sockets (``exclusively(_:)``).
func withPostgresFixture(
    maximumConnections: Int = 4,
    throughProxy: Bool = false,
    _ body: (PostgresFixture) async throws -> Void
) async throws {
    try await exclusively {
        let fixture = try await PostgresFixture.start(
            maximumConnections: maximumConnections,
            throughProxy: throughProxy
        )
        do {
            try await body(fixture)
        } catch {
            await fixture.shutdown()
            throw error
        }
        await fixture.shutdown()
    }
}

/// How long `operation` took and how it ended.
func timed<T: Sendable>(
    _ operation: () async throws -> T
) async -> (Duration, Result<T, any Error>) {
    let clock = ContinuousClock()
    let start = clock.now
    let result: Result<T, any Error>
    do {
        result = .success(try await operation())
    } catch {
        result = .failure(error)
    }
    return (start.duration(to: clock.now), result)
}

#endif
