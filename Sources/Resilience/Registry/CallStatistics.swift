internal import Histogram

/// How many calls went through an integration point and how long they took: the numbers behind a dashboard's calls
/// per second and latency percentiles.
///
/// The totals count every call since the point was created. The recent numbers cover a sliding window of between
/// one and two ``CallRecorder/interval``s (5 seconds) that ends now: the interval in progress and the one before it.
/// Latencies are those of the calls that ran (successful or failed, a timed-out call with the time until its
/// timeout), kept in an [HdrHistogram](https://hdrhistogram.github.io/HdrHistogram/) with two significant digits
/// from 1 µs to an hour; calls a policy rejected before they ran are counted but have no latency.
public struct CallStatistics: Sendable, Hashable {
    /// Calls that returned a value, since the point was created.
    public var successfulCalls: Int
    /// Calls that threw (the dependency's errors, timeouts, cancellations), since the point was created.
    public var failedCalls: Int
    /// Calls that a policy refused before running them (``CircuitBreakerOpenError``, ``BulkheadFullError``,
    /// ``RateLimitExceededError``, ``ConcurrencyLimitExceededError``), since the point was created.
    public var rejectedCalls: Int
    /// How long the window of the recent numbers is.
    public var window: Duration
    /// Calls that finished within the window, rejected ones included.
    public var recentCalls: Int
    /// ``recentCalls`` per second of the window.
    public var callsPerSecond: Double
    /// The latency of the calls that ran within the window, or `nil` when none did.
    public var latency: Latency?

    /// Latency percentiles, each within 1 % of the exact value.
    public struct Latency: Sendable, Hashable {
        /// The median.
        public var p50: Duration
        /// The 90th percentile.
        public var p90: Duration
        /// The 99th percentile.
        public var p99: Duration
        /// The longest.
        public var max: Duration

        /// Creates percentiles.
        public init(p50: Duration, p90: Duration, p99: Duration, max: Duration) {
            self.p50 = p50
            self.p90 = p90
            self.p99 = p99
            self.max = max
        }
    }

    /// Creates statistics.
    public init(
        successfulCalls: Int,
        failedCalls: Int,
        rejectedCalls: Int,
        window: Duration,
        recentCalls: Int,
        callsPerSecond: Double,
        latency: Latency?
    ) {
        self.successfulCalls = successfulCalls
        self.failedCalls = failedCalls
        self.rejectedCalls = rejectedCalls
        self.window = window
        self.recentCalls = recentCalls
        self.callsPerSecond = callsPerSecond
        self.latency = latency
    }
}

/// Records the calls of one integration point: a clock read before and after each call, then one short lock to count
/// it and put its latency in the histogram of the current interval. Never allocates while recording.
@usableFromInline
final class CallRecorder: Sendable {
    /// The length of an interval: the recent window is the current interval and the one before.
    static let interval: Duration = .seconds(5)

    @usableFromInline
    enum Outcome {
        case success
        case failure
        case rejection
    }

    private struct Interval {
        var latencies = Histogram<UInt32>(
            lowestDiscernibleValue: 1,
            highestTrackableValue: CallRecorder.highestMicroseconds,
            numberOfSignificantValueDigits: .two
        )
        var rejected = 0

        var calls: Int { Int(self.latencies.totalCount) + self.rejected }

        mutating func reset() {
            if self.latencies.totalCount > 0 {
                self.latencies.reset()
            }
            self.rejected = 0
        }
    }

    private struct State {
        var successful = 0
        var failed = 0
        var rejected = 0
        /// The number of the current interval since the time source's origin.
        var epoch: Int64
        var current = Interval()
        var previous = Interval()
        /// Where the two intervals are merged for a snapshot, kept to reuse its storage.
        var merged = Interval()

        /// Moves the intervals on to `epoch`: the current one becomes the previous one, or both are emptied when
        /// more than an interval passed without calls.
        mutating func advance(to epoch: Int64) {
            guard epoch > self.epoch else { return }
            if epoch == self.epoch + 1 {
                swap(&self.current, &self.previous)
                self.current.reset()
            } else {
                self.current.reset()
                self.previous.reset()
            }
            self.epoch = epoch
        }
    }

    private static let highestMicroseconds: UInt64 = 3_600_000_000

    @usableFromInline
    let timeSource: TimeSource
    private let intervalNanoseconds: Int64
    private let created: Int64
    private let state: LockedValue<State>

    init(timeSource: TimeSource) {
        self.timeSource = timeSource
        self.intervalNanoseconds = Self.interval.nanoseconds
        let now = timeSource.now()
        self.created = now
        self.state = LockedValue(State(epoch: now / self.intervalNanoseconds))
    }

    /// The time a call starts, for ``record(_:since:)``.
    @inlinable
    func start() -> Int64 {
        self.timeSource.now()
    }

    /// Records a call that started at `start` (from ``start()``) and just ended.
    @usableFromInline
    func record(_ outcome: Outcome, since start: Int64) {
        let now = self.timeSource.now()
        let microseconds = UInt64(clamping: max(0, now - start) / 1000)
        let epoch = now / self.intervalNanoseconds
        self.state.withLock { state in
            state.advance(to: epoch)
            switch outcome {
            case .success:
                state.successful += 1
                _ = state.current.latencies.record(min(microseconds, Self.highestMicroseconds))
            case .failure:
                state.failed += 1
                _ = state.current.latencies.record(min(microseconds, Self.highestMicroseconds))
            case .rejection:
                state.rejected += 1
                state.current.rejected += 1
            }
        }
    }

    /// Records a call that started at `start` and threw `error`: a rejection when a policy refused it, a failure
    /// otherwise.
    @usableFromInline
    func record(_ error: any Error, since start: Int64) {
        let rejected =
            error is CircuitBreakerOpenError || error is BulkheadFullError || error is RateLimitExceededError
            || error is ConcurrencyLimitExceededError
        self.record(rejected ? .rejection : .failure, since: start)
    }

    /// The numbers now. The two intervals are merged under the lock (a few microseconds: two passes over a few
    /// thousand counters, no allocation once warm); the percentiles are read outside it.
    var statistics: CallStatistics {
        let now = self.timeSource.now()
        let (successful, failed, rejected, merged) = self.state.withLock { state in
            state.advance(to: now / self.intervalNanoseconds)
            state.merged.reset()
            state.merged.latencies.add(state.previous.latencies)
            state.merged.latencies.add(state.current.latencies)
            state.merged.rejected = state.previous.rejected + state.current.rejected
            return (state.successful, state.failed, state.rejected, state.merged)
        }
        let windowStart = max(self.created, (now / self.intervalNanoseconds - 1) * self.intervalNanoseconds)
        let window = Duration.nanoseconds(max(0, now - windowStart))
        let seconds = Double(now - windowStart) / 1e9
        let latencies = merged.latencies
        let latency =
            latencies.totalCount == 0
            ? nil
            : CallStatistics.Latency(
                p50: .microseconds(Int64(latencies.valueAtPercentile(50))),
                p90: .microseconds(Int64(latencies.valueAtPercentile(90))),
                p99: .microseconds(Int64(latencies.valueAtPercentile(99))),
                max: .microseconds(Int64(latencies.max))
            )
        return CallStatistics(
            successfulCalls: successful,
            failedCalls: failed,
            rejectedCalls: rejected,
            window: window,
            recentCalls: merged.calls,
            callsPerSecond: seconds > 0 ? Double(merged.calls) / seconds : 0,
            latency: latency
        )
    }
}
