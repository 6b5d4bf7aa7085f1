// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

public import Logging
public import PostgresNIO
public import Resilience
import Synchronization

/// What one ``ResilientPostgresClient`` does inside its integration point's pipeline, whatever the pipeline's
/// policies: lease a connection (timing the wait), give it the deadline's `statement_timeout`, run the caller's work,
/// and carry any error through the pipeline with its outcome (``ClassifiedFailure``), to be unwrapped after it.
///
/// Not generic over the policies, so that the client's inlinable methods call compiled code.
@usableFromInline
struct PostgresCalls: Sendable {
    @usableFromInline
    let client: PostgresClient
    let statementTimeout: StatementTimeoutMode
    let classification: ErrorClassification
    let waits: ConnectionWaits
    /// The name of the ``TimeoutError`` thrown when a deadline is spent before a statement could start.
    let timeoutName: String

    /// The deadline passed before a statement could start.
    struct DeadlineSpent: Error {
        var error: TimeoutError
    }

    enum StatementTimeoutMode: Sendable {
        case off, followDeadline
    }

    init(
        client: PostgresClient,
        statementTimeout: StatementTimeoutMode,
        classification: ErrorClassification,
        waits: ConnectionWaits,
        timeoutName: String
    ) {
        self.client = client
        self.statementTimeout = statementTimeout
        self.classification = classification
        self.waits = waits
        self.timeoutName = timeoutName
    }

    /// The logger PostgresNIO gets when the caller gives none: silent, as `PostgresClient.query`'s.
    static let silent = Logger(label: "resilience.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Runs `query` on a leased connection and collects its rows within the lease.
    @usableFromInline
    func collect(_ query: PostgresQuery, logger: Logger?, file: String, line: Int) async throws -> [PostgresRow] {
        try await self.leased(logger: logger) { connection, logger in
            try await connection.query(query, logger: logger, file: file, line: line).collect()
        }
    }

    /// Runs `query` on a leased connection and hands its rows to `consumeRows` within the lease.
    @usableFromInline
    func consume<Result: Sendable>(
        _ query: PostgresQuery,
        logger: Logger?,
        file: String,
        line: Int,
        consumeRows: @escaping @Sendable (PostgresRowSequence) async throws -> Result
    ) async throws -> Result {
        try await self.leased(logger: logger) { connection, logger in
            try await consumeRows(try await connection.query(query, logger: logger, file: file, line: line))
        }
    }

    /// Runs `body` with a leased connection.
    @usableFromInline
    func withConnection<Result: Sendable>(
        logger: Logger?,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await self.leased(logger: logger) { connection, _ in try await body(connection) }
    }

    /// Runs `body` in a transaction on a leased connection.
    @usableFromInline
    func withTransaction<Result: Sendable>(
        logger: Logger,
        file: String,
        line: Int,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await self.leased(logger: logger) { connection, logger in
            try await connection.withTransaction(logger: logger, file: file, line: line) { connection in
                try await body(connection)
            }
        }
    }

    /// `error` as it travels through the pipeline: with its outcome, and whether a `Retry` may run the call again.
    func classified(_ error: any Error) -> any Error {
        if error is CancellationError {
            return error
        }
        if Task.isCancelled {
            // Whatever a cancelled statement throws (PostgresNIO closes its connection): it says nothing of the database.
            return ClassifiedFailure(error, outcome: .ignored, permitsRetry: false)
        }
        if let spent = error as? DeadlineSpent {
            return ClassifiedFailure(spent.error, outcome: .ignored, permitsRetry: false)
        }
        if let error = error as? any ClassifiedError {
            // The caller's own, kept whole (a `ClassifiedFailure` too), so that it comes out as itself.
            return ClassifiedFailure(carrying: error)
        }
        let outcome = self.classification.outcome(for: error)
        return ClassifiedFailure(
            error,
            outcome: outcome,
            permitsRetry: PostgresErrorRules.permitsRetry(error, outcome: outcome)
        )
    }

    /// Leases a connection (timing the wait), prepares its `statement_timeout`, runs `body`, and classifies what it
    /// throws.
    private func leased<Result: Sendable>(
        logger: Logger?,
        _ body: (PostgresConnection, Logger) async throws -> Result
    ) async throws -> Result {
        let logger = logger ?? Self.silent
        let start = self.waits.begin()
        var waiting = true
        do {
            return try await self.client.withConnection { connection in
                self.waits.leased(since: start)
                waiting = false
                // PostgresNIO can lease a connection whose channel has just closed, or is closing (the watch below
                // closed it for an abandoned statement, and the pool has not yet seen it go): a statement written to
                // it would wait forever, since PostgresNIO writes it without a promise and nothing answers its own.
                // `isClosed` turns true only once the close is done, so the watch marks the connection first.
                let known = ConnectionStates.shared.entry(for: connection)
                guard !connection.isClosed, !known.isClosing else {
                    throw PostgresConnectionClosedError()
                }
                guard self.statementTimeout == .followDeadline, let deadline = Deadline.current else {
                    try await self.prepare(
                        connection,
                        known.statementTimeout,
                        remainingNanoseconds: nil,
                        logger: logger
                    )
                    return try await body(connection, logger)
                }
                // PostgresNIO ignores cancellation while it waits for a result: a statement (ours setting the
                // timeout included) that the caller gave up on holds its connection until the server answers, and
                // behind a black hole never does. The server stops it at most a quarter after the deadline.
                let remaining = deadline.remainingNanoseconds
                let watch = AbandonedStatementWatch(
                    connection: connection,
                    grace: .nanoseconds(1_000_000_000 + max(0, remaining) / 4)
                )
                return try await withTaskCancellationHandler {
                    defer { watch.finished() }
                    try await self.prepare(
                        connection,
                        known.statementTimeout,
                        remainingNanoseconds: remaining,
                        logger: logger
                    )
                    return try await body(connection, logger)
                } onCancel: {
                    watch.abandoned()
                }
            }
        } catch {
            if waiting {
                self.waits.abandoned()
            }
            throw self.classified(error)
        }
    }

    /// Gives `connection`, whose `statement_timeout` is `current`, the one of a deadline `remainingNanoseconds` away, or
    /// the server's default without one (`nil`).
    private func prepare(
        _ connection: PostgresConnection,
        _ current: StatementTimeoutRule.Current,
        remainingNanoseconds: Int64?,
        logger: Logger
    ) async throws {
        guard self.statementTimeout == .followDeadline else { return }
        if let remainingNanoseconds, remainingNanoseconds < 1_000_000 {
            // Spent before the statement could start: nothing is known of the database.
            throw DeadlineSpent(
                error: TimeoutError(
                    name: self.timeoutName,
                    timeout: .zero,
                    lateness: .nanoseconds(max(0, -remainingNanoseconds))
                )
            )
        }
        let states = ConnectionStates.shared
        switch StatementTimeoutRule.action(current: current, remainingNanoseconds: remainingNanoseconds) {
        case .keep:
            return
        case .set(let milliseconds):
            states.noteStatementTimeout(.unknown, for: connection)
            _ = try await connection.query(
                "SELECT set_config('statement_timeout', \(String(milliseconds)), false)",
                logger: logger
            ).collect()
            states.noteStatementTimeout(.milliseconds(milliseconds), for: connection)
        case .reset:
            states.noteStatementTimeout(.unknown, for: connection)
            _ = try await connection.query("RESET statement_timeout", logger: logger).collect()
            states.noteStatementTimeout(.serverDefault, for: connection)
        }
    }
}

/// The connection the pool leased was already closed: the statement was not sent. A failure of the database, which a
/// `Retry` may retry.
///
/// PostgresNIO can lease a connection in the moment between its channel closing and the pool noticing; a statement
/// written to it would wait forever, so ``ResilientPostgresClient`` checks the connection first and throws this instead.
public struct PostgresConnectionClosedError: ClassifiedError, Hashable, CustomStringConvertible {
    /// Creates the error.
    public init() {}

    /// A failure: the connection to the database was lost.
    public var outcome: CallOutcome { .failure }

    /// Always: the statement was not sent.
    public var permitsRetry: Bool { true }

    public var description: String { "the leased PostgreSQL connection was already closed; the statement was not sent" }
}

/// Closes a connection whose statement outlives the caller who gave up on it by more than `grace`: the server's
/// `statement_timeout` should have stopped it by then, so the server is gone or the network swallows what it sends.
/// The pool then replaces the connection instead of lending a hung one forever.
final class AbandonedStatementWatch: Sendable {
    private let connection: PostgresConnection
    private let grace: TimeAmount
    /// 0 running, 1 abandoned, 2 finished.
    private let state = Atomic<Int>(0)

    init(connection: PostgresConnection, grace: TimeAmount) {
        self.connection = connection
        self.grace = grace
    }

    func finished() {
        self.state.store(2, ordering: .releasing)
    }

    func abandoned() {
        guard self.state.compareExchange(expected: 0, desired: 1, ordering: .acquiringAndReleasing).exchanged else {
            return
        }
        self.connection.eventLoop.scheduleTask(in: self.grace) {
            if self.state.load(ordering: .acquiring) == 1 {
                // Marked before the close starts: the abandoned statement ends when it does, and hands the connection
                // back to the pool, which may lease it again before the close is done.
                ConnectionStates.shared.markClosing(self.connection)
                _ = self.connection.close() as EventLoopFuture<Void>
            }
        }
    }
}

#endif
