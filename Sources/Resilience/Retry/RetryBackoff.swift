/// The schedule of a ``Retry``: how long to wait before each retry, before jitter.
public enum RetryBackoff: Sendable, Hashable {
    /// The same delay before every retry.
    case constant(Duration)
    /// `initial` before the first retry, `increment` more before each next one, at most `maximum`.
    case linear(initial: Duration, increment: Duration, maximum: Duration)
    /// `initial` before the first retry, `multiplier` times the previous delay before each next one, at most
    /// `maximum`.
    case exponential(initial: Duration, multiplier: Double, maximum: Duration)
}

/// How a ``Retry`` spreads its delays, so that callers that failed together do not retry together.
///
/// The names are those of the AWS Architecture Blog's "Exponential Backoff And Jitter", where they were compared:
/// full and decorrelated jitter finish the work with the fewest calls.
public enum RetryJitter: Sendable, Hashable {
    /// Exactly the backoff's delay.
    case none
    /// A random delay between zero and the backoff's delay.
    case full
    /// Half the backoff's delay, plus a random delay up to the other half.
    case equal
    /// A random delay between the backoff's initial delay and three times the previous delay, at most the backoff's
    /// maximum: each delay grows from the last one actually waited rather than from the schedule.
    case decorrelated
}

/// An error that says how long to wait before trying again: a server's `Retry-After`, an open breaker's remaining wait.
///
/// ``Retry`` waits at least that long before its next attempt. ``CircuitBreakerOpenError`` and
/// ``RateLimitExceededError`` adopt it; adopt it in your client's errors for HTTP 429 and 503 answers.
public protocol RetryAfterProviding: Error {
    /// How long to wait before trying again, if known.
    var retryAfterDelay: Duration? { get }
}

extension CircuitBreakerOpenError: RetryAfterProviding {
    /// ``retryAfter``: the time until the breaker lets a probe through.
    public var retryAfterDelay: Duration? { self.retryAfter }
}

extension RateLimitExceededError: RetryAfterProviding {
    /// ``retryAfter``: the time until a permission is free.
    public var retryAfterDelay: Duration? { self.retryAfter }
}

/// The delays of one call's retries: a pure value, advanced once per retry.
struct RetrySchedule {
    let backoff: RetryBackoff
    let jitter: RetryJitter
    /// The delay the schedule computed last, before jitter (for exponential and linear growth), in nanoseconds.
    private var scheduled: Double = 0
    /// The delay actually chosen last (for decorrelated jitter), in nanoseconds.
    private var previous: Double = 0
    private(set) var retries = 0

    init(backoff: RetryBackoff, jitter: RetryJitter) {
        self.backoff = backoff
        self.jitter = jitter
    }

    /// The delay before the next retry, in nanoseconds; `random` is a number in [0, 1).
    mutating func nextDelay(random: Double) -> Int64 {
        let initial: Double
        let maximum: Double
        switch self.backoff {
        case .constant(let delay):
            initial = Double(delay.nanoseconds)
            maximum = initial
            self.scheduled = initial
        case .linear(let first, let increment, let cap):
            initial = Double(first.nanoseconds)
            maximum = Double(cap.nanoseconds)
            self.scheduled = self.retries == 0 ? initial : self.scheduled + Double(increment.nanoseconds)
        case .exponential(let first, let multiplier, let cap):
            initial = Double(first.nanoseconds)
            maximum = Double(cap.nanoseconds)
            self.scheduled = self.retries == 0 ? initial : self.scheduled * multiplier
        }
        self.scheduled = min(self.scheduled, maximum)
        self.retries += 1
        let delay: Double
        switch self.jitter {
        case .none:
            delay = self.scheduled
        case .full:
            delay = self.scheduled * random
        case .equal:
            delay = self.scheduled / 2 + self.scheduled / 2 * random
        case .decorrelated:
            let upper = max(initial, 3 * (self.previous == 0 ? initial : self.previous))
            delay = min(maximum, initial + (upper - initial) * random)
        }
        self.previous = delay
        return Int64(min(delay, Double(Int64.max / 2)))
    }
}
