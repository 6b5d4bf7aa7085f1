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

    /// The ``Timeout`` that answered, so that it counts its own errors and not an inner timeout's of the same name. Not
    /// part of the error's equality.
    @usableFromInline
    var origin: ObjectIdentifier?

    /// Creates a timeout error.
    public init(name: String, timeout: Duration, lateness: Duration) {
        self.init(name: name, timeout: timeout, lateness: lateness, origin: nil)
    }

    @usableFromInline
    init(name: String, timeout: Duration, lateness: Duration, origin: ObjectIdentifier?) {
        self.name = name
        self.timeout = timeout
        self.lateness = lateness
        self.origin = origin
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.timeout == rhs.timeout && lhs.lateness == rhs.lateness
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.timeout)
        hasher.combine(self.lateness)
    }

    public var description: String {
        "timeout \"\(self.name)\": the operation did not finish within \(self.timeout) (answered \(self.lateness) late)"
    }
}
