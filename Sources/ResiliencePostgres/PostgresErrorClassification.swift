// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import PostgresNIO
public import Resilience

extension ErrorClassification {
    /// How PostgresNIO's errors count for the database.
    ///
    /// | error | outcome |
    /// |---|---|
    /// | SQLSTATE classes 08 (connection), 53 (resources: `53300` too many connections), 58 (system), XX (internal); `57P01`–`57P03` (shut down, cannot connect now), `57014` (statement stopped by `statement_timeout`), `55P03` (lock not available) | failure |
    /// | connection errors, a connection the server closed, a connection closed under the statement (`clientClosedConnection`: PostgresNIO closed it, or ``ResilientPostgresClient`` did for an abandoned statement), an unclean shutdown, TLS failures, messages PostgresNIO cannot read | failure |
    /// | SQLSTATE classes 42 (syntax, undefined table or column), 0A (not supported), 28 (authorization); `3D000` (no such database), `3F000` (no such schema); authentication PostgresNIO cannot do; a row that does not decode (`PostgresDecodingError`) | contract violation (`sqlstate_42P01`, `auth`, `decoding`) |
    /// | SQLSTATE classes 23 (a unique or foreign-key violation), 22 (bad data), `P0001` (`RAISE`), `40001`/`40P01` (serialization failure, deadlock: ``ResilientPostgresClient`` lets a `Retry` retry them), any other server error | success: the database answered; the error reaches the caller |
    /// | a query PostgresNIO refuses to send (too many parameters), a query cancelled by its caller (whatever it then throws), a closed pool, errors of your own thrown by a closure | ignored |
    ///
    /// A `TimeoutError` is a failure; a `PostgresTransactionError` counts as the error inside it (the closure's, else
    /// `BEGIN`'s, `COMMIT`'s or `ROLLBACK`'s).
    public static var postgres: ErrorClassification {
        ErrorClassification { error in PostgresErrorRules.outcome(of: error) }
    }
}

/// The rules of ``Resilience/ErrorClassification/postgres``, and which errors a `Retry` may retry.
enum PostgresErrorRules {
    static func outcome(of error: any Error) -> CallOutcome {
        switch error {
        case let error as PSQLError:
            return Self.outcome(of: error)
        case let error as PostgresTransactionError:
            guard let inner = Self.cause(of: error) else { return .ignored }
            return CallOutcome.of(inner, classifiedBy: Self.outcome(of:))
        case is PostgresDecodingError:
            return .contractViolation(reason: "decoding")
        case is TimeoutError:
            return .failure
        default:
            // Thrown by the caller's own code inside a lease: it says nothing about the database.
            return .ignored
        }
    }

    /// The error a transaction failed with: the closure's, else `BEGIN`'s, `COMMIT`'s; a failed `ROLLBACK` after an
    /// error of the caller's own says more about the database than the caller's error does.
    static func cause(of error: PostgresTransactionError) -> (any Error)? {
        if let rollback = error.rollbackError, !(error.closureError is PSQLError) {
            return rollback
        }
        return error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError
    }

    static func outcome(of error: PSQLError) -> CallOutcome {
        switch error.code {
        case .server:
            return Self.outcome(ofSQLState: error.serverInfo?[.sqlState] ?? "")
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .sslUnsupported, .failedToAddSSLHandler,
            .receivedUnencryptedDataAfterSSLRequest, .messageDecodingFailure, .unexpectedBackendMessage,
            .invalidCommandTag, .listenFailed, .unlistenFailed, .clientClosedConnection:
            return .failure
        case .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError:
            return .contractViolation(reason: "auth")
        case .queryCancelled, .poolClosed, .tooManyParameters:
            return .ignored
        default:
            return .failure
        }
    }

    /// The outcome of a server error by its five-character SQLSTATE.
    static func outcome(ofSQLState state: String) -> CallOutcome {
        switch state {
        case "57P01", "57P02", "57P03", "57014", "55P03":
            return .failure
        case "3D000", "3F000":
            return .contractViolation(reason: "sqlstate_\(state)")
        default:
            break
        }
        switch state.prefix(2) {
        case "08", "53", "58", "XX":
            return .failure
        case "42", "0A", "28":
            return .contractViolation(reason: "sqlstate_\(state)")
        default:
            // 23 (integrity), 22 (data), P0001, 40 (transaction rollback) and the rest: the database answered.
            return .success
        }
    }

    /// Whether a `Retry` may run the call again: a failure, or a serialization failure or deadlock (`40001`,
    /// `40P01`), which PostgreSQL asks the client to retry.
    static func permitsRetry(_ error: any Error, outcome: CallOutcome) -> Bool {
        if outcome == .failure { return true }
        var error = error
        if let transaction = error as? PostgresTransactionError, let cause = Self.cause(of: transaction) {
            error = cause
        }
        guard let error = error as? PSQLError, error.code == .server else { return false }
        let state = error.serverInfo?[.sqlState]
        return state == "40001" || state == "40P01"
    }
}

#endif
