/// The error thrown when an operation did not finish within its timeout or deadline.
///
/// The operation was cancelled when the deadline passed; if it did not stop, it keeps running as abandoned work (see
/// ``AbandonedWork``), but the caller has its answer.
public struct TimeoutError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name of the timeout, for logs and metrics.
    public var name: String
    /// The time the operation was given: the timeout, or the time left until the deadline when it started.
    public var timeout: Duration
    /// How long after the deadline the caller was answered: the scheduling delay of the timer. Near zero normally.
    public var lateness: Duration

    /// Creates a timeout error.
    public init(name: String, timeout: Duration, lateness: Duration) {
        self.name = name
        self.timeout = timeout
        self.lateness = lateness
    }

    public var description: String {
        "timeout \"\(self.name)\": the operation did not finish within \(self.timeout) (answered \(self.lateness) late)"
    }
}
