internal import Histogram
import Logging
import Synchronization

/// How many calls went through an integration point and how long they took: the numbers behind a dashboard's calls
/// per second and latency percentiles.
///
/// The totals count every call since the point was created. The recent numbers cover a sliding window of between
/// one and two intervals of 5 seconds that ends now: the interval in progress and the one before it. Latencies are
/// those of the calls that ran (successful or failed, a timed-out call with the time until its timeout), kept in an
/// [HdrHistogram](https://hdrhistogram.github.io/HdrHistogram/) with two significant digits from 1 µs to an hour;
/// calls a policy rejected before they ran are counted but have no latency. Every call is timed up to 2,048 calls
/// per interval; beyond, an evenly spread share of at least 1,024 per interval, which keeps the cost per call to a
/// few atomic additions. The two histograms take about 27 KB per integration point.
public struct CallStatistics: Sendable, Hashable {
    /// Calls that returned a value, since the point was created.
    public var successfulCalls: Int
    /// Calls that threw (the dependency's errors, timeouts, cancellations), since the point was created.
    public var failedCalls: Int
    /// The failed calls that threw a ``TimeoutError``, since the point was created.
    public var timedOutCalls: Int
    /// Calls that a policy refused before running them (``CircuitBreakerOpenError``, ``BulkheadFullError``,
    /// ``RateLimitExceededError``, ``ConcurrencyLimitExceededError``), since the point was created.
    public var rejectedCalls: Int
    /// How long the window of the recent numbers is.
    public var window: Duration
    /// Calls that finished within the window, rejected ones included.
    public var recentCalls: Int
    /// The calls of ``recentCalls`` that failed.
    public var recentFailedCalls: Int
    /// The calls of ``recentCalls`` that timed out (failed with a ``TimeoutError``).
    public var recentTimedOutCalls: Int
    /// The calls of ``recentCalls`` that a policy rejected.
    public var recentRejectedCalls: Int
    /// ``recentCalls`` per second of the window.
    public var callsPerSecond: Double
    /// The calls the dependency answered but refused or answered in a way we cannot read (an HTTP 422, a response
    /// that no longer decodes), since the point was created: ``CallOutcome/contractViolation(reason:)``. Not counted
    /// in ``successfulCalls`` or ``failedCalls``.
    public var contractViolations: Int
    /// The contract violations of ``recentCalls``.
    public var recentContractViolations: Int
    /// The last contract violation, with its reason and the error's description.
    public var lastContractViolation: ContractViolationSample?
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
        /// How many calls were timed: all of them up to 2,048 calls per interval, a share of them beyond (at least
        /// 1,024 per interval).
        public var samples: Int

        /// Creates percentiles.
        public init(p50: Duration, p90: Duration, p99: Duration, max: Duration, samples: Int) {
            self.p50 = p50
            self.p90 = p90
            self.p99 = p99
            self.max = max
            self.samples = samples
        }
    }

    /// Creates statistics.
    public init(
        successfulCalls: Int,
        failedCalls: Int,
        timedOutCalls: Int,
        rejectedCalls: Int,
        window: Duration,
        recentCalls: Int,
        recentFailedCalls: Int,
        recentTimedOutCalls: Int,
        recentRejectedCalls: Int,
        callsPerSecond: Double,
        latency: Latency?,
        contractViolations: Int = 0,
        recentContractViolations: Int = 0,
        lastContractViolation: ContractViolationSample? = nil
    ) {
        self.successfulCalls = successfulCalls
        self.failedCalls = failedCalls
        self.timedOutCalls = timedOutCalls
        self.rejectedCalls = rejectedCalls
        self.window = window
        self.recentCalls = recentCalls
        self.recentFailedCalls = recentFailedCalls
        self.recentTimedOutCalls = recentTimedOutCalls
        self.recentRejectedCalls = recentRejectedCalls
        self.callsPerSecond = callsPerSecond
        self.latency = latency
        self.contractViolations = contractViolations
        self.recentContractViolations = recentContractViolations
        self.lastContractViolation = lastContractViolation
    }
}

/// One contract violation, as the statistics keep the last one.
public struct ContractViolationSample: Sendable, Hashable {
    /// The violation's reason: `http_422`, `decoding`, `sqlstate_42P01`.
    public var reason: String
    /// What the error said.
    public var message: String

    /// Creates a sample.
    public init(reason: String, message: String) {
        self.reason = reason
        self.message = message
    }
}

/// Records the calls of one integration point.
///
/// Every call costs two relaxed atomic additions: one as it starts (which also picks the calls to time) and one as it
/// ends; a failed or rejected call one more, a timed-out one two more. The calls picked are timed (a clock read
/// before and after) and their latency goes into the histogram of the current interval under a short lock, without
/// allocating. At most a few thousand calls are timed per interval: as an interval ends, the share of calls timed in
/// the next one is set from the number of calls in it (every call up to 2,048 calls per interval; then one in 2, 4,
/// 8, … so that 1,024 to 2,048 are timed), which keeps the percentiles as precise and the cost per call near that of
/// the counters alone.
@usableFromInline
final class CallRecorder: Sendable {
    /// The length of an interval: the recent window is the current interval and the one before.
    static let interval: Duration = .seconds(5)

    /// Calls timed per interval, at least, once the calls are many.
    static let samplesPerInterval = 1_024

    private struct Interval {
        var latencies = Histogram<UInt32>(
            lowestDiscernibleValue: 1,
            highestTrackableValue: CallRecorder.highestMicroseconds,
            numberOfSignificantValueDigits: .two
        )
        /// The recorder's counts when the interval began.
        var start = Counts()

        mutating func reset(start: Counts) {
            if self.latencies.totalCount > 0 {
                self.latencies.reset()
            }
            self.start = start
        }
    }

    private struct State {
        /// The number of the current interval since the time source's origin.
        var epoch: Int64
        var current = Interval()
        var previous = Interval()

        /// Moves the intervals on to `epoch`, with `counts` so far: the current interval becomes the previous one, or
        /// both are emptied when more than an interval passed. Returns the number of calls of the interval that just
        /// ended, when one did and the next one follows it.
        mutating func advance(to epoch: Int64, counts: Counts) -> Int? {
            guard epoch > self.epoch else { return nil }
            defer { self.epoch = epoch }
            if epoch == self.epoch + 1 {
                swap(&self.current, &self.previous)
                self.current.reset(start: counts)
                return counts.ended - self.previous.start.ended
            }
            self.current.reset(start: counts)
            self.previous.reset(start: counts)
            return nil
        }
    }

    private static let highestMicroseconds: UInt64 = 3_600_000_000

    @usableFromInline
    let timeSource: TimeSource
    /// Calls started: numbers the calls, to pick those to time.
    @usableFromInline
    let started = Atomic<Int>(0)
    /// Calls ended, whatever their outcome.
    @usableFromInline
    let ended = Atomic<Int>(0)
    @usableFromInline
    let failed = Atomic<Int>(0)
    @usableFromInline
    let timedOut = Atomic<Int>(0)
    @usableFromInline
    let rejected = Atomic<Int>(0)
    let contractViolations = Atomic<Int>(0)
    /// The last violation and when the last warning was logged; touched by violations only.
    private let violations = LockedValue<(last: ContractViolationSample?, lastWarning: Int64?)>((nil, nil))
    private let name: String
    private let logger: Logger
    /// A call is timed when its number has none of these bits: 0 times every call, 1 every other one, and so on.
    @usableFromInline
    let sampleMask = Atomic<Int>(0)
    private let intervalNanoseconds: Int64
    private let created: Int64
    private let state: LockedValue<State>

    init(name: String, timeSource: TimeSource, logger: Logger) {
        self.name = name
        self.logger = logger
        self.timeSource = timeSource
        self.intervalNanoseconds = Self.interval.nanoseconds
        let now = timeSource.now()
        self.created = now
        self.state = LockedValue(State(epoch: now / self.intervalNanoseconds))
    }

    /// Counts a call that starts; the time it starts when it is one to time, else `nil`.
    @inlinable
    func start() -> Int64? {
        let number = self.started.wrappingAdd(1, ordering: .relaxed).oldValue
        guard number & self.sampleMask.load(ordering: .relaxed) == 0 else { return nil }
        return self.timeSource.now()
    }

    /// Counts a call that returned; times it if it was picked, and returns its latency in nanoseconds then.
    @inlinable
    @discardableResult
    func recordSuccess(since start: Int64?) -> Int64? {
        let latency = start.map { self.recordLatency(since: $0) }
        // Counted after its latency: an interval that the latency begins does not count the call as a previous one.
        self.ended.wrappingAdd(1, ordering: .relaxed)
        return latency
    }

    /// Counts a call that threw `error`: a rejection when a policy refused it (no latency then); otherwise as its
    /// ``CallOutcome`` says (``CallOutcome/of(_:classifiedBy:)``, any other error a failure), timed if it was picked. An
    /// ignored call (the caller cancelled) is not counted at all.
    @usableFromInline
    func recordFailure(_ error: any Error, since start: Int64?) {
        if isAdmissionRejection(error) {
            self.rejected.wrappingAdd(1, ordering: .relaxed)
            self.ended.wrappingAdd(1, ordering: .relaxed)
            return
        }
        switch CallOutcome.of(error, classifiedBy: { _ in .failure }) {
        case .success:
            self.recordSuccess(since: start)
            return
        case .failure:
            if isTimeout(error) {
                self.timedOut.wrappingAdd(1, ordering: .relaxed)
            }
            self.failed.wrappingAdd(1, ordering: .relaxed)
        case .contractViolation(let reason):
            self.recordContractViolation(reason: reason, message: "\(error)")
        case .ignored:
            return
        }
        if let start {
            self.recordLatency(since: start)
        }
        self.ended.wrappingAdd(1, ordering: .relaxed)
    }

    /// Turns a call counted as successful into a failed one: its body or rows broke off after it returned.
    func recordLateFailure(_ error: any Error) {
        if isTimeout(error) {
            self.timedOut.wrappingAdd(1, ordering: .relaxed)
        }
        self.failed.wrappingAdd(1, ordering: .relaxed)
    }

    /// Counts a contract violation, keeps it as the last one, and logs the first of each minute at warning level. A
    /// late one (found after the call returned) turns a call counted as successful into a violation.
    func recordContractViolation(reason: String, message: String) {
        self.contractViolations.wrappingAdd(1, ordering: .relaxed)
        let sample = ContractViolationSample(reason: reason, message: message)
        let now = self.timeSource.now()
        let warn = self.violations.withLock { violations in
            violations.last = sample
            guard violations.lastWarning.map({ now - $0 >= 60_000_000_000 }) ?? true else { return false }
            violations.lastWarning = now
            return true
        }
        if warn {
            self.logger.warning(
                "integration point contract violated",
                metadata: [
                    "integration_point.name": "\(self.name)",
                    "integration_point.violation_reason": "\(reason)",
                    "integration_point.violation": "\(message)",
                ]
            )
        }
    }

    /// Records the latency from `start` until now; returns it, in nanoseconds.
    @usableFromInline
    @discardableResult
    func recordLatency(since start: Int64) -> Int64 {
        let now = self.timeSource.now()
        let elapsed = max(0, now - start)
        let microseconds = min(UInt64(clamping: elapsed / 1000), Self.highestMicroseconds)
        self.state.withLock { state in
            _ = self.advance(&state, to: now)
            _ = state.current.latencies.record(microseconds)
        }
        return elapsed
    }

    /// The counts so far. Read one after the other: a call counted as failed may not be counted as ended yet.
    private var counts: Counts {
        Counts(
            ended: self.ended.load(ordering: .relaxed),
            failed: self.failed.load(ordering: .relaxed),
            timedOut: self.timedOut.load(ordering: .relaxed),
            rejected: self.rejected.load(ordering: .relaxed),
            contractViolations: self.contractViolations.load(ordering: .relaxed)
        )
    }

    private func advance(_ state: inout State, to now: Int64) -> Counts {
        let counts = self.counts
        if let calls = state.advance(to: now / self.intervalNanoseconds, counts: counts) {
            self.sampleMask.store(Self.sampleMask(forCallsPerInterval: calls), ordering: .relaxed)
        } else if state.current.start.ended == counts.ended, state.previous.start.ended == counts.ended {
            // No call in the window: time every call again.
            self.sampleMask.store(0, ordering: .relaxed)
        }
        return counts
    }

    /// The mask that times between ``samplesPerInterval`` and twice as many of `calls` calls.
    static func sampleMask(forCallsPerInterval calls: Int) -> Int {
        let ratio = calls / Self.samplesPerInterval
        guard ratio > 1 else { return 0 }
        return (1 << (Int.bitWidth - ratio.leadingZeroBitCount - 1)) - 1
    }

    /// The numbers now. The two intervals are merged under the lock into a new histogram (a few passes over a few
    /// thousand counters: a few microseconds, once per reader and second); the percentiles are read outside it.
    var statistics: CallStatistics {
        let now = self.timeSource.now()
        let (counts, windowStart, merged) = self.state.withLock { state in
            let counts = self.advance(&state, to: now)
            // A histogram of its own: one that shared storage with the recorder's would make its next record copy it.
            var merged = Interval().latencies
            merged.add(state.previous.latencies)
            merged.add(state.current.latencies)
            return (counts, state.previous.start, merged)
        }
        let recent = counts - windowStart
        let windowBegins = max(self.created, (now / self.intervalNanoseconds - 1) * self.intervalNanoseconds)
        let seconds = Double(now - windowBegins) / 1e9
        let latency =
            merged.totalCount == 0
            ? nil
            : CallStatistics.Latency(
                p50: .microseconds(Int64(merged.valueAtPercentile(50))),
                p90: .microseconds(Int64(merged.valueAtPercentile(90))),
                p99: .microseconds(Int64(merged.valueAtPercentile(99))),
                max: .microseconds(Int64(merged.max)),
                samples: Int(merged.totalCount)
            )
        return CallStatistics(
            successfulCalls: max(0, counts.ended - counts.failed - counts.rejected - counts.contractViolations),
            failedCalls: counts.failed,
            timedOutCalls: counts.timedOut,
            rejectedCalls: counts.rejected,
            window: .nanoseconds(max(0, now - windowBegins)),
            recentCalls: recent.ended,
            recentFailedCalls: recent.failed,
            recentTimedOutCalls: recent.timedOut,
            recentRejectedCalls: recent.rejected,
            callsPerSecond: seconds > 0 ? Double(recent.ended) / seconds : 0,
            latency: latency,
            contractViolations: counts.contractViolations,
            recentContractViolations: recent.contractViolations,
            lastContractViolation: self.violations.withLock { $0.last }
        )
    }
}

/// A recorder's counts at one moment.
private struct Counts {
    var ended = 0
    var failed = 0
    var timedOut = 0
    var rejected = 0
    var contractViolations = 0

    static func - (lhs: Counts, rhs: Counts) -> Counts {
        Counts(
            ended: max(0, lhs.ended - rhs.ended),
            failed: max(0, lhs.failed - rhs.failed),
            timedOut: max(0, lhs.timedOut - rhs.timedOut),
            rejected: max(0, lhs.rejected - rhs.rejected),
            contractViolations: max(0, lhs.contractViolations - rhs.contractViolations)
        )
    }
}

/// Whether `error` is a ``TimeoutError``, also as an adapter carries it through a pipeline (in a ``ClassifiedFailure``).
func isTimeout(_ error: any Error) -> Bool {
    error is TimeoutError || (error as? ClassifiedFailure)?.underlying is TimeoutError
}
