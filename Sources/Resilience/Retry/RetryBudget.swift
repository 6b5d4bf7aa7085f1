import Synchronization

/// A limit on how much traffic retries may add, shared by every ``Retry`` (and ``Hedging``) that calls one dependency:
/// Finagle's `RetryBudget`, which Envoy's retry budget follows.
///
/// Retries multiply load exactly when a dependency can bear it least: three attempts per call triple the traffic of an
/// outage. A budget lets retries add at most `percentCanRetry` of the calls made in the last `window`, plus
/// `minimumRetriesPerSecond` so that a service with little traffic can still retry. Once it is spent, a failed call
/// fails at once with its error instead of retrying.
///
/// ```swift
/// let budget = try RetryBudget(percentCanRetry: 0.2, minimumRetriesPerSecond: 10)
/// let retry = try Retry(maxAttempts: 3, budget: budget)
/// ```
///
/// Every call deposits (one clock read of a coarse clock and one atomic addition, without a lock); every retry
/// withdraws under a lock. The window is kept in ten buckets, so a call leaves the budget between 0.9 and 1 window
/// after it was made.
public final class RetryBudget: Sendable {
    /// The fraction of calls that may be retried, over the window; 0.2 lets retries add 20 % to the traffic.
    public let percentCanRetry: Double

    /// Retries always allowed per second, whatever the traffic.
    public let minimumRetriesPerSecond: Int

    /// How far back calls and retries are counted.
    public let window: Duration

    private static let bucketCount = 10

    private struct Bucket {
        var calls = 0
        var retries = 0
    }

    private struct State {
        /// The completed buckets of the window, oldest first.
        var buckets: [Bucket] = []
        var currentRetries = 0
    }

    private let timeSource: TimeSource
    private let bucketNanoseconds: Int64
    /// The end of the bucket that `currentCalls` counts.
    private let currentBucketEnd: Atomic<Int64>
    private let currentCalls = Atomic<Int>(0)
    private let state = LockedValue(State())

    /// Creates a budget.
    ///
    /// - Parameters:
    ///   - percentCanRetry: The fraction of calls that may be retried, from 0 to 10 (1 doubles the traffic). Default
    ///     0.2, as in Finagle and Envoy.
    ///   - minimumRetriesPerSecond: Retries always allowed per second; not negative. Default 10, as in Finagle.
    ///   - window: How far back calls and retries are counted; at least 1 second. Default 10 seconds.
    ///   - clock: The clock that measures the window. Tests pass a `ManualClock`.
    /// - Throws: ``ConfigurationError`` naming the invalid field.
    public init<C: Clock<Duration>>(
        percentCanRetry: Double = 0.2,
        minimumRetriesPerSecond: Int = 10,
        window: Duration = .seconds(10),
        clock: C = ContinuousClock()
    ) throws(ConfigurationError) {
        let validator = SettingsValidator(unnamed: "retry budget")
        try validator.check(
            percentCanRetry >= 0 && percentCanRetry <= 10,
            "percentCanRetry",
            percentCanRetry,
            "must be at least 0 and at most 10"
        )
        try validator.check(
            minimumRetriesPerSecond >= 0,
            "minimumRetriesPerSecond",
            minimumRetriesPerSecond,
            "must not be negative"
        )
        try validator.check(
            window >= .seconds(1) && window <= .seconds(3_600),
            "window",
            window,
            "must be at least 1 second and at most 1 hour"
        )
        self.percentCanRetry = percentCanRetry
        self.minimumRetriesPerSecond = minimumRetriesPerSecond
        self.window = window
        self.bucketNanoseconds = window.nanoseconds / Int64(Self.bucketCount)
        let timeSource = TimeSource(clock, shortestMeasuredDuration: self.bucketNanoseconds)
        self.timeSource = timeSource
        self.currentBucketEnd = Atomic(timeSource.now() + self.bucketNanoseconds)
    }

    /// Counts a call (its first attempt).
    @usableFromInline
    func deposit() {
        let now = self.timeSource.now()
        if now >= self.currentBucketEnd.load(ordering: .relaxed) {
            self.state.withLock { self.roll(&$0, now: now) }
        }
        self.currentCalls.add(1, ordering: .relaxed)
    }

    /// Takes one retry from the budget; `false` when it is spent.
    func tryWithdraw() -> Bool {
        let now = self.timeSource.now()
        return self.state.withLock { state in
            let (allowed, retries) = self.allowance(&state, now: now)
            guard Double(retries + 1) <= allowed else { return false }
            state.currentRetries += 1
            return true
        }
    }

    /// The retries the budget allows now, before the next call.
    public var availableRetries: Int {
        let now = self.timeSource.now()
        return self.state.withLock { state in
            let (allowed, retries) = self.allowance(&state, now: now)
            return max(0, Int(allowed.rounded(.down)) - retries)
        }
    }

    /// The retries the window allows in all, and those made in it, at `now`. Under the lock.
    private func allowance(_ state: inout State, now: Int64) -> (allowed: Double, retries: Int) {
        self.roll(&state, now: now)
        let calls = state.buckets.reduce(self.currentCalls.load(ordering: .relaxed)) { $0 + $1.calls }
        let retries = state.buckets.reduce(state.currentRetries) { $0 + $1.retries }
        let seconds = Double(self.window.nanoseconds) / 1e9
        return (self.percentCanRetry * Double(calls) + Double(self.minimumRetriesPerSecond) * seconds, retries)
    }

    /// Closes the buckets that ended by `now`. Under the lock.
    private func roll(_ state: inout State, now: Int64) {
        var end = self.currentBucketEnd.load(ordering: .relaxed)
        guard now >= end else { return }
        state.buckets.append(
            Bucket(calls: self.currentCalls.exchange(0, ordering: .relaxed), retries: state.currentRetries)
        )
        state.currentRetries = 0
        end += self.bucketNanoseconds
        let idleBuckets = (now - end) / self.bucketNanoseconds
        if idleBuckets >= Int64(Self.bucketCount) {
            state.buckets.removeAll()
            end += idleBuckets * self.bucketNanoseconds
        }
        while now >= end {
            state.buckets.append(Bucket())
            end += self.bucketNanoseconds
        }
        if state.buckets.count > Self.bucketCount - 1 {
            state.buckets.removeFirst(state.buckets.count - (Self.bucketCount - 1))
        }
        self.currentBucketEnd.store(end, ordering: .relaxed)
    }
}
