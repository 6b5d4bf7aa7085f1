/// When a connection's `statement_timeout` must change before a statement runs under a deadline, and to what: the
/// functional core of ``ResilientPostgresClient/StatementTimeout/followDeadline``.
///
/// Setting it costs a round trip, so a value already set is kept while it is no shorter than what is left and at
/// most a quarter longer: the server then stops a statement no earlier than the caller's deadline and at most a
/// quarter of its budget after it. A new value is set a tenth longer than what is left, so that the next calls of a
/// pipeline with the same timeout find it fitting.
struct StatementTimeoutRule: Sendable, Hashable {
    /// What a connection's `statement_timeout` is, as far as the adapter knows.
    enum Current: Sendable, Hashable {
        /// The server's default: the adapter never set it, or reset it.
        case serverDefault
        /// The adapter set it to so many milliseconds.
        case milliseconds(Int64)
        /// An attempt to change it failed half-way: it may be anything.
        case unknown
    }

    enum Action: Sendable, Hashable {
        /// Run the statement as the connection is.
        case keep
        /// `SELECT set_config('statement_timeout', '<milliseconds>', false)` first.
        case set(milliseconds: Int64)
        /// `RESET statement_timeout` first: a statement without a deadline must not inherit one.
        case reset
    }

    /// PostgreSQL's largest `statement_timeout`, in milliseconds (`INT_MAX`).
    static let largestMilliseconds: Int64 = 2_147_483_647

    /// The action for a statement with `remainingNanoseconds` left until its deadline (`nil` without one), on a
    /// connection whose setting is `current`. The remaining time is at least a millisecond (less is a timeout).
    static func action(current: Current, remainingNanoseconds: Int64?) -> Action {
        guard let remainingNanoseconds else {
            return current == .serverDefault ? .keep : .reset
        }
        let (whole, part) = remainingNanoseconds.quotientAndRemainder(dividingBy: 1_000_000)
        let needed = min(Self.largestMilliseconds, max(1, whole + (part > 0 ? 1 : 0)))
        if case .milliseconds(let value) = current, value >= needed, value <= needed + needed / 4 {
            return .keep
        }
        return .set(milliseconds: min(Self.largestMilliseconds, needed + needed / 10))
    }
}
