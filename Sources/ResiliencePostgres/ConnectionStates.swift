// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import PostgresNIO
import Resilience

/// What this process knows of each open connection beyond what PostgresNIO says: the `statement_timeout` it set, and
/// whether an ``AbandonedStatementWatch`` is closing it. Shared by every ``ResilientPostgresClient`` (two that wrap one
/// `PostgresClient` see the same connections); a lease reads it once. An entry leaves when its connection's close is
/// done.
final class ConnectionStates: Sendable {
    static let shared = ConnectionStates()

    /// What is known of one connection.
    struct Entry: Sendable, Equatable {
        /// The connection's `statement_timeout`.
        var statementTimeout: StatementTimeoutRule.Current = .serverDefault
        /// Whether a watch is closing the connection and the close is not done yet: the pool may lease it again in
        /// between, and `isClosed` turns true only once the close is done.
        var isClosing = false
    }

    private let entries = LockedValue<[ObjectIdentifier: Entry]>([:])

    /// What is known of `connection`.
    func entry(for connection: PostgresConnection) -> Entry {
        self.entries.withLock { $0[ObjectIdentifier(connection)] } ?? Entry()
    }

    /// Notes that `connection`'s `statement_timeout` is now `value`.
    func noteStatementTimeout(_ value: StatementTimeoutRule.Current, for connection: PostgresConnection) {
        self.update(connection) { $0.statementTimeout = value }
    }

    /// Notes that a watch is about to close `connection`: until the close is done, no statement may be written to it.
    func markClosing(_ connection: PostgresConnection) {
        self.update(connection) { $0.isClosing = true }
    }

    private func update(_ connection: PostgresConnection, _ change: (inout Entry) -> Void) {
        let key = ObjectIdentifier(connection)
        let isNew = self.entries.withLock { entries in
            let isNew = entries[key] == nil
            change(&entries[key, default: Entry()])
            return isNew
        }
        if isNew {
            connection.closeFuture.whenComplete { _ in
                _ = self.entries.withLock { $0.removeValue(forKey: key) }
            }
        }
    }
}

#endif
