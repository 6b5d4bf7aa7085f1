// The PostgreSQL adapter's entry points against a real PostgreSQL, started for the check (`initdb` and `pg_ctl`, as the
// library's tests do, from the same file) and stopped at its end.

import Logging
import PostgresNIO
import Resilience
import ResiliencePostgres

/// One PostgreSQL and one running `PostgresClient` for every shape of the adapter's entry points, started by the first.
actor PostgresCheck {
    static let shared = PostgresCheck()
    private var started: (server: PostgresServer, client: PostgresClient, running: Task<Void, Never>)?

    func client() async throws -> PostgresClient {
        if let started { return started.client }
        let server = try await PostgresServer.start()
        if let started {
            await server.stop()
            return started.client
        }
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
        self.started = (server, client, Task { await client.run() })
        return client
    }

    var port: Int {
        get async throws {
            _ = try await self.client()
            return self.started!.server.port
        }
    }

    /// Stops the client and the server, if they were started.
    func stop() async {
        guard let started else { return }
        started.running.cancel()
        await started.running.value
        await started.server.stop()
        self.started = nil
    }
}

/// A `ResilientPostgresClient` of a shape's own, guarded by a breaker.
func checkedPostgres(_ tag: String) async throws -> ResilientPostgresClient<CircuitBreaker> {
    let point = try ResilienceRegistry().register(tag, pipeline: ResiliencePipeline { try CircuitBreaker(name: tag) })
    return ResilientPostgresClient(client: try await PostgresCheck.shared.client(), integrationPoint: point)
}

/// A row consumer that runs `operation`, whatever the rows: the shapes' operation as `consumeRows`.
func consumingRows<E: Error>(
    _ operation: @escaping @Sendable () async throws(E) -> Int
) -> @Sendable (PostgresRowSequence) async throws -> Int {
    { _ in try await operation() }
}

/// A connection's work that runs `operation`: the shapes' operation as `withConnection`'s or `withTransaction`'s body.
func usingConnection<E: Error>(
    _ operation: @escaping @Sendable () async throws(E) -> Int
) -> @Sendable (PostgresConnection) async throws -> Int {
    { _ in try await operation() }
}

/// Runs `body` in a transaction of `database`, and throws the error `body` threw rather than PostgresNIO's
/// `PostgresTransactionError` around it, so that the shapes see their operation's error.
func inTransaction<Policies: ResiliencePolicy>(
    _ database: ResilientPostgresClient<Policies>,
    _ body: @escaping @Sendable (PostgresConnection) async throws -> Int
) async throws -> Int {
    do {
        return try await database.withTransaction(logger: Logger(label: "release-build-check"), body)
    } catch let error as PostgresTransactionError {
        throw error.closureError ?? error
    }
}

/// The adapter's other entry points: rows collected, the preset, the statement timeout off, the wait statistics, the
/// classification and `PostgresConnectionClosedError`; then the guide's example.
func runPostgres() async throws {
    let client = try await PostgresCheck.shared.client()
    let registry = ResilienceRegistry()
    let point = try registry.register(
        "check-db",
        pipeline: .postgres(name: "check-db", maximumConnections: 4, statementTimeout: .seconds(5))
    )
    let database = ResilientPostgresClient(
        client: client,
        integrationPoint: point,
        statementTimeout: .off,
        errorClassification: .postgres
    )
    let rows = try await database.query("SELECT 40 + \(2)")
    let wait: ConnectionWaitStatistics = database.connectionWait
    // What a statement on a connection closed under the lease throws: a retryable failure.
    let closed: any ClassifiedError = PostgresConnectionClosedError()
    guard try rows[0].decode(Int.self) == 42, wait.waits == 1, wait.waiting == 0,
        database.integrationPoint === point, database.client === client,
        ErrorClassification.postgres.outcome(for: CancellationError()) == .ignored,
        closed.outcome == .failure, closed.permitsRetry, "\(closed)".contains("not sent")
    else { throw Failure() }
    try await runOrdersExample(port: try await PostgresCheck.shared.port)
    await PostgresCheck.shared.stop()
}
