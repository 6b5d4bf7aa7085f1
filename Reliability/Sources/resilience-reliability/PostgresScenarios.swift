import Logging
import PostgresNIO
import Resilience
import ResilienceChaos
import ResiliencePostgres
import ResilienceTestSupport

/// A real PostgreSQL (started in a temporary folder) behind our fault proxy, queried through `ResilientPostgresClient`.
final class PostgresDependency: Sendable {
    typealias Policies = MatrixPolicies

    /// Each query's deadline: the point's `Timeout`, which also sets the server's `statement_timeout`.
    static let deadline: Duration = .milliseconds(300)
    static let logger = Logger(label: "reliability.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    let server: PostgresServer
    let proxy: FaultProxy
    /// The pool through the proxy (4 connections); a pool of 2 straight to the server, which the starvation scenario
    /// starves; and a third for the scenarios' own statements (counting and cancelling the ones that starve it).
    let client: PostgresClient
    let small: PostgresClient
    let direct: PostgresClient
    private let running: Task<Void, Never>

    /// Starts the server, the proxy and the pools, on `eventLoopGroup`.
    init(eventLoopGroup: any EventLoopGroup) async throws {
        self.server = try await PostgresServer.start()
        self.proxy = try await FaultProxy.start(upstreamPort: self.server.port)
        func client(port: Int, connections: Int) -> PostgresClient {
            PostgresClient(
                configuration: Self.configuration(port: port, connections: connections),
                eventLoopGroup: eventLoopGroup
            )
        }
        self.client = client(port: self.proxy.port, connections: 4)
        self.small = client(port: self.server.port, connections: 2)
        self.direct = client(port: self.server.port, connections: 2)
        let clients = [self.client, self.small, self.direct]
        self.running = Task {
            await withDiscardingTaskGroup { group in
                for client in clients {
                    group.addTask { await client.run() }
                }
            }
        }
    }

    static func configuration(port: Int, connections: Int) -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: "127.0.0.1",
            port: port,
            username: "test",
            password: nil,
            database: "postgres",
            tls: .disable
        )
        configuration.options.maximumConnections = connections
        configuration.options.connectTimeout = .seconds(1)
        configuration.options.keepAliveBehavior = nil
        return configuration
    }

    /// A point (breaker, bulkhead of 8, 300 ms timeout) named `name` around `client` (by default the pool through the
    /// proxy).
    func point(
        _ name: String,
        registry: ResilienceRegistry,
        client: PostgresClient? = nil
    ) throws -> (ResilientPostgresClient<Policies>, IntegrationPointView) {
        let (point, view) = try registerMatrixPoint(name, deadline: Self.deadline, registry: registry)
        return (ResilientPostgresClient(client: client ?? self.client, integrationPoint: point), view)
    }

    /// Both connections of ``small`` busy with a statement that sleeps a minute, started outside the point; ended by
    /// ``releaseConnections()``.
    func holdEveryConnection() async throws {
        for _ in 0..<2 {
            let client = self.small
            Task {
                // The connection may carry the `statement_timeout` the resilient client gave it: a statement of the
                // raw client's own inherits it, unless it sets its own first.
                try? await client.withConnection { connection in
                    _ = try await connection.query("SET statement_timeout = 0", logger: Self.logger).collect()
                    _ = try await connection.query("SELECT pg_sleep(60) AS held", logger: Self.logger).collect()
                }
            }
        }
        // Held once the server runs them both.
        for _ in 0..<250 {
            if try await self.runningHolders() == 2 { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ReliabilityFailure("the pool's 2 connections were not both held within 5 s")
    }

    /// Cancels the statements that hold the pool's connections.
    func releaseConnections() async throws {
        _ = try await self.direct.query(
            "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60) AS held%'"
        )
    }

    private func runningHolders() async throws -> Int {
        let rows = try await self.direct.query(
            "SELECT count(*)::int FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'SELECT pg_sleep(60) AS held%'"
        )
        var count = 0
        for try await row in rows { count = try row.decode(Int.self) }
        return count
    }

    func stop() async {
        self.running.cancel()
        await self.running.value
        try? await self.proxy.stop()
        await self.server.stop()
    }
}

/// The PostgreSQL rows of the matrix, all on one server, each on a point of its own.
enum PostgresScenarios {
    static func all(
        database: @escaping @Sendable () async throws -> PostgresDependency,
        registry: ResilienceRegistry
    ) -> [(String, () async throws -> RunnableScenario)] {
        func make(
            _ name: String,
            _ fault: String,
            starving: Bool = false,
            inject: @escaping @Sendable (PostgresDependency) async throws -> Void,
            heal: @escaping @Sendable (PostgresDependency) async throws -> Void
        ) -> (String, () async throws -> RunnableScenario) {
            (
                name,
                {
                    let dependency = try await database()
                    let (client, view) = try dependency.point(
                        name,
                        registry: registry,
                        client: starving ? dependency.small : nil
                    )
                    let scenario = Scenario(
                        name: name,
                        fault: fault,
                        expectation: .opens,
                        deadline: PostgresDependency.deadline,
                        point: view,
                        call: {
                            do {
                                let rows = try await client.query("SELECT 1")
                                return rows.count == 1 ? .success : .violation
                            } catch {
                                return CallerOutcome(error: error)
                            }
                        },
                        inject: { try await inject(dependency) },
                        heal: { try await heal(dependency) },
                        diagnose: { "\(client.connectionWait.waiting) callers waiting for a connection" }
                    )
                    return RunnableScenario(scenario: scenario, cleanUp: {})
                }
            )
        }
        return [
            make(
                "database restart",
                "PostgreSQL: the server is killed (pg_ctl stop -m immediate), started again after the breaker opened",
                inject: { try await $0.server.stopServer() },
                heal: { try await $0.server.startServer() }
            ),
            make(
                "database black hole",
                "PostgreSQL: bytes go in, nothing comes back (proxy), open connections included",
                inject: { $0.proxy.set(.blackHole) },
                heal: { $0.proxy.set(.none) }
            ),
            make(
                "pool starvation",
                "PostgreSQL: both pooled connections held by a 60 s statement outside the point",
                starving: true,
                inject: { try await $0.holdEveryConnection() },
                heal: { try await $0.releaseConnections() }
            ),
        ]
    }
}
