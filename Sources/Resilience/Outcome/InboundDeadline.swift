/// How a server turns a request's deadline header into the time its handler may take.
///
/// ```swift
/// var inbound = InboundDeadline()
/// inbound.maximum = .seconds(10)           // a caller may not ask for more
/// inbound.whenAbsent = .seconds(5)         // requests without the header
/// inbound.reserve = .milliseconds(20)      // kept back to write the answer
/// inbound.budget(fromHeaderValue: "1500")  // 1.48 seconds
/// ```
///
/// A malformed value counts as absent. The deadline middleware of the server adapters answers 504 at once when the
/// budget is zero or less, and otherwise runs the handler under the earlier of that deadline and
/// ``Deadline/current``, so that every outbound call the handler makes inherits what is left.
public struct InboundDeadline: Sendable {
    /// The header the deadline arrives in.
    public var header: DeadlineHeader = .envoyExpectedTimeout
    /// The most a caller may ask for; `nil` takes any value.
    public var maximum: Duration? = nil
    /// The budget of a request without the header (or with a malformed one); `nil` runs it without a deadline.
    public var whenAbsent: Duration? = nil
    /// Time kept back from the budget to write the answer.
    public var reserve: Duration = .zero

    /// Reads `x-envoy-expected-rq-timeout-ms`, with no maximum, no default and no reserve.
    public init() {}

    /// Reads `grpc-timeout`, with no maximum, no default and no reserve.
    public static var grpc: InboundDeadline {
        var deadline = InboundDeadline()
        deadline.header = .grpcTimeout
        return deadline
    }

    /// The time the handler may take for a request whose header had `value` (`nil` when it had none): the header's
    /// budget (or ``whenAbsent``), capped at ``maximum``, less ``reserve``.
    ///
    /// - Returns: `nil` when no deadline applies; a duration of zero or less when nothing is left (answer 504).
    public func budget(fromHeaderValue value: String?) -> Duration? {
        guard var budget = value.flatMap({ self.header.remaining(fromValue: $0) }) ?? self.whenAbsent else {
            return nil
        }
        if let maximum = self.maximum, budget > maximum {
            budget = maximum
        }
        return budget - self.reserve
    }
}
