// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import PostgresNIO
import Resilience

/// The `statement_timeout` this process set on each open connection, shared by every ``ResilientPostgresClient`` (two
/// that wrap one `PostgresClient` see the same connections). An entry leaves when its connection closes.
final class StatementTimeouts: Sendable {
    static let shared = StatementTimeouts()

    private let values = LockedValue<[ObjectIdentifier: StatementTimeoutRule.Current]>([:])

    /// What `connection`'s `statement_timeout` is.
    func current(for connection: PostgresConnection) -> StatementTimeoutRule.Current {
        self.values.withLock { $0[ObjectIdentifier(connection)] } ?? .serverDefault
    }

    /// Notes that `connection`'s `statement_timeout` is now `value`.
    func note(_ value: StatementTimeoutRule.Current, for connection: PostgresConnection) {
        let key = ObjectIdentifier(connection)
        let isNew = self.values.withLock { values in
            let isNew = values[key] == nil
            values[key] = value
            return isNew
        }
        if isNew {
            connection.closeFuture.whenComplete { _ in
                _ = self.values.withLock { $0.removeValue(forKey: key) }
            }
        }
    }

    /// The number of connections with an entry, for tests.
    var count: Int {
        self.values.withLock { $0.count }
    }
}

#endif
