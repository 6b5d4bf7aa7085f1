// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

public import CoreMetrics
public import Logging
public import PostgresNIO
public import Resilience

/// PostgresNIO's `PostgresClient` with every query, lease and transaction run through one integration point.
///
/// ```swift
/// let database = try registry.register(
///     "orders-db",
///     pipeline: .postgres(name: "orders-db", maximumConnections: 20)
/// )
/// let orders = ResilientPostgresClient(client: postgresClient, integrationPoint: database)
/// let rows = try await orders.query("SELECT id, total FROM orders WHERE customer = \(customer)")
/// ```
///
/// - **Outcomes.** Errors count as ``Resilience/ErrorClassification/postgres`` says: a lost connection or a server
///   out of connections is a failure and opens the breaker; a unique violation is the database answering (a
///   success); a syntax error or a missing table is a contract violation, shown at once but never opening the
///   breaker. The caller gets PostgresNIO's error itself (`PSQLError`, `PostgresTransactionError`), or a policy's
///   refusal (`CircuitBreakerOpenError`, `BulkheadFullError`) or `TimeoutError`.
/// - **Deadlines.** PostgresNIO never cancels a statement on the server, and waiting for a result ignores task
///   cancellation. Under a deadline (a `Timeout` in the pipeline, or the caller's `Deadline.current`), the caller is
///   answered at the deadline by the pipeline, while ``StatementTimeout-swift.enum/followDeadline`` gives the
///   connection a `statement_timeout` of the time left, so that the server stops the statement itself and frees the
///   connection (SQLSTATE `57014`).
/// - **Pool starvation.** The wait for a connection is timed (``connectionWait``,
///   `resilience_postgres_connection_wait_seconds`, `resilience_postgres_connections_waiting`) and shown with the
///   point in its snapshot and on the dashboard (kind `postgres_pool`); the
///   ``Resilience/ResiliencePipeline/postgres(name:maximumConnections:statementTimeout:maxConnectionWait:clock:)``
///   preset bounds it with a bulkhead of as many calls as connections.
/// - **Rows** are read within the lease: ``query(_:logger:file:line:)`` collects them, ``query(_:logger:file:line:consumeRows:)``
///   hands them to a closure, so that no connection outlives the pipeline's view of the call.
///
/// `PostgresClient.run()` must be running, as for any use of the client.
public final class ResilientPostgresClient<Policies: ResiliencePolicy>: Sendable {
    /// Whether a statement under a deadline gets a server-side `statement_timeout`.
    public enum StatementTimeout: Sendable, Hashable {
        /// Never touch `statement_timeout`: a statement the caller gave up on runs on to its end, holding its
        /// connection.
        case off
        /// Before a statement under a deadline, set the connection's `statement_timeout` to the time left (a value
        /// already set is kept while it is no shorter and at most a quarter longer; setting costs a round trip); before
        /// a statement without one, reset it to the server's default. Every client of this library sees the same
        /// connections' settings; code that uses the wrapped `PostgresClient` directly may find a connection with a
        /// `statement_timeout` left by a deadline.
        case followDeadline
    }

    /// The wrapped client.
    public let client: PostgresClient

    /// The integration point every call runs through.
    public let integrationPoint: IntegrationPoint<Policies>

    /// What is risky in the point's pipeline around PostgresNIO, which does not stop a statement when its task is
    /// cancelled: a cooperative timeout (``Resilience/Timeout/Mode/cooperative``) would hold its callers until the
    /// statement ends by itself. Logged at warning level when the client is made; empty when nothing is risky.
    public let warnings: [PipelineWarning]

    @usableFromInline
    let calls: PostgresCalls
    private let waits: ConnectionWaits

    /// Wraps `client` so that every call runs through `integrationPoint`.
    ///
    /// - Parameters:
    ///   - client: The PostgresNIO client; its `run()` must be running.
    ///   - integrationPoint: The point whose pipeline guards the calls (see
    ///     ``Resilience/ResiliencePipeline/postgres(name:maximumConnections:statementTimeout:maxConnectionWait:clock:)``).
    ///   - statementTimeout: Whether the server stops a statement at the caller's deadline. Default
    ///     ``StatementTimeout-swift.enum/followDeadline``.
    ///   - errorClassification: How errors count. Default ``Resilience/ErrorClassification/postgres``.
    ///   - metricsFactory: Where `resilience_postgres_connection_wait_seconds` is recorded. Defaults to
    ///     `MetricsSystem.factory`.
    public init(
        client: PostgresClient,
        integrationPoint: IntegrationPoint<Policies>,
        statementTimeout: StatementTimeout = .followDeadline,
        errorClassification: ErrorClassification = .postgres,
        metricsFactory: any MetricsFactory = MetricsSystem.factory
    ) {
        self.client = client
        self.integrationPoint = integrationPoint
        self.waits = ConnectionWaits(name: integrationPoint.name, metricsFactory: metricsFactory)
        self.calls = PostgresCalls(
            client: client,
            statementTimeout: statementTimeout == .off ? .off : .followDeadline,
            classification: errorClassification,
            waits: self.waits,
            timeoutName: "\(integrationPoint.name).deadline"
        )
        integrationPoint.attachMonitor(self.waits)
        let postgres = PolicyDescription.clientIgnoringCancellation("PostgresNIO")
        self.warnings = integrationPoint.pipeline.warnings(around: postgres).filter { $0.policies.last == postgres }
        for warning in self.warnings {
            Logger.current.warning(
                "risky pipeline around PostgreSQL",
                metadata: ["integration_point": "\(integrationPoint.name)", "warning": "\(warning)"]
            )
        }
    }

    /// How callers waited for a connection: waiting now, leases in all, the recent waits' percentiles.
    public var connectionWait: ConnectionWaitStatistics {
        self.waits.statistics
    }

    /// Runs `query` through the pipeline and returns all its rows, read within the lease.
    ///
    /// - Parameters:
    ///   - query: The query; interpolated values are sent as bind parameters.
    ///   - logger: PostgresNIO's logger for the query; by default none.
    ///   - file: Where the query was made, for PostgresNIO's error.
    ///   - line: Where the query was made, for PostgresNIO's error.
    /// - Returns: The rows.
    /// - Throws: `PSQLError` (see ``Resilience/ErrorClassification/postgres`` for how each counts), a policy's
    ///   refusal, or `TimeoutError`.
    @inlinable
    public func query(
        _ query: PostgresQuery,
        logger: Logger? = nil,
        file: String = #fileID,
        line: Int = #line
    ) async throws -> [PostgresRow] {
        do {
            return try await self.integrationPoint.run {
                try await self.calls.collect(query, logger: logger, file: file, line: line)
            }
        } catch let failure as ClassifiedFailure {
            throw failure.underlying
        }
    }

    /// Runs `query` through the pipeline and hands its rows to `consumeRows`, within the lease: the call ends, and
    /// the connection returns to the pool, when `consumeRows` returns.
    ///
    /// ```swift
    /// let total = try await orders.query("SELECT total FROM orders") { rows in
    ///     try await rows.decode(Int.self).reduce(0, +)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - query: The query.
    ///   - logger: PostgresNIO's logger for the query; by default none.
    ///   - file: Where the query was made, for PostgresNIO's error.
    ///   - line: Where the query was made, for PostgresNIO's error.
    ///   - consumeRows: Reads the rows; a `PostgresDecodingError` it throws is a contract violation, an error of its
    ///     own says nothing about the database.
    /// - Returns: What `consumeRows` returned.
    /// - Throws: `PSQLError`, what `consumeRows` threw, a policy's refusal, or `TimeoutError`.
    @inlinable
    public func query<Result: Sendable>(
        _ query: PostgresQuery,
        logger: Logger? = nil,
        file: String = #fileID,
        line: Int = #line,
        consumeRows: @escaping @Sendable (PostgresRowSequence) async throws -> Result
    ) async throws -> Result {
        do {
            return try await self.integrationPoint.run {
                try await self.calls.consume(query, logger: logger, file: file, line: line, consumeRows: consumeRows)
            }
        } catch let failure as ClassifiedFailure {
            throw failure.underlying
        }
    }

    /// Runs `body` through the pipeline with a leased connection, which returns to the pool when `body` returns.
    ///
    /// The connection gets the deadline's `statement_timeout` before `body` runs; every statement of `body` may take
    /// that long.
    ///
    /// - Parameters:
    ///   - logger: PostgresNIO's logger for the `statement_timeout` statements; by default none.
    ///   - body: The work; it must not keep the connection.
    /// - Returns: What `body` returned.
    /// - Throws: What `body` threw, a policy's refusal, or `TimeoutError`.
    @inlinable
    public func withConnection<Result: Sendable>(
        logger: Logger? = nil,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await self.integrationPoint.run {
                try await self.calls.withConnection(logger: logger, body)
            }
        } catch let failure as ClassifiedFailure {
            throw failure.underlying
        }
    }

    /// Runs `body` through the pipeline in a transaction on a leased connection: `BEGIN`, `body`, then `COMMIT`, or
    /// `ROLLBACK` when `body` throws (PostgresNIO's `withTransaction`).
    ///
    /// A serialization failure or a deadlock (`40001`, `40P01`) is not the database's fault and does not open a
    /// breaker, but a `Retry` in the pipeline may run the whole transaction again.
    ///
    /// - Parameters:
    ///   - logger: PostgresNIO's logger for the transaction.
    ///   - file: Where the transaction was started, for PostgresNIO's error.
    ///   - line: Where the transaction was started, for PostgresNIO's error.
    ///   - body: The transaction's work.
    /// - Returns: What `body` returned.
    /// - Throws: `PostgresTransactionError` (counted as the error inside it), a policy's refusal, or `TimeoutError`.
    @inlinable
    public func withTransaction<Result: Sendable>(
        logger: Logger,
        file: String = #fileID,
        line: Int = #line,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await self.integrationPoint.run {
                try await self.calls.withTransaction(logger: logger, file: file, line: line, body)
            }
        } catch let failure as ClassifiedFailure {
            throw failure.underlying
        }
    }
}

#endif
