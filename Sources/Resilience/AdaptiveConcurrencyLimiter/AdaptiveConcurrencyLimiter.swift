public import Logging
public import Synchronization
public import Tracing

/// A concurrency limit that finds itself: it admits as many calls at once as the dependency serves without queueing,
/// learned from the latency and the drops it observes, and rejects the rest at once.
///
/// ```swift
/// let limiter = try AdaptiveConcurrencyLimiter(name: "inventory")
/// let stock = try await limiter.run { try await inventory.lookUp(sku) }   // throws ConcurrencyLimitExceededError
/// ```
///
/// A fixed ``Bulkhead`` needs someone to know the right number, and the right number changes with the dependency's
/// health. This limiter starts at ``Configuration/initialLimit`` and moves between ``Configuration/minimumLimit`` and
/// ``Configuration/maximumLimit`` with the Vegas algorithm (see <doc:BulkheadsAndBlockingCalls>): it grows while
/// latency stays near the lowest it has seen and shrinks when latency shows calls queueing, or at once by
/// ``Configuration/backoffRatio`` when calls are dropped (time out or fail with an overload error). It settles just
/// past the knee of the dependency's latency curve. It is the engine for shedding inbound load, too.
///
/// Calls over the limit are rejected at once with ``ConcurrencyLimitExceededError``; they do not wait (waiting is what
/// the limit is there to prevent). A call that returns while work it abandoned still runs (see ``AbandonedWork``)
/// stays counted in flight until that work ends.
///
/// An admitted call neither suspends nor allocates: admission is one atomic compare-and-exchange and the release one
/// atomic subtraction. Every ``Configuration/latencySampleInterval``-th call is also timed (two clock reads) and
/// recorded under a lock.
public final class AdaptiveConcurrencyLimiter: Sendable {
    /// The name of the limiter, used in errors, logs and metrics.
    public let name: String

    /// The configuration the limiter was created with.
    public let configuration: Configuration

    /// In-flight calls in the low 32 bits; in the high 32, admitted calls counted modulo the sample interval: one atomic
    /// word, so that admission and the choice of calls to time take one compare-and-exchange and no division.
    @usableFromInline
    let admission = Atomic<UInt64>(0)

    /// The limit in force, published by the algorithm under the lock.
    @usableFromInline
    let currentLimit: Atomic<Int>

    @usableFromInline
    let sampleInterval: UInt64

    @usableFromInline
    let timeSource: TimeSource

    @usableFromInline
    let classifyError: @Sendable (any Error) -> Outcome

    @usableFromInline
    let abandonedOperations = AbandonedOperations.shared

    private let rejections = Atomic<Int>(0)
    private let algorithm: LockedValue<VegasLimit>
    private let reporter: PolicyReporter

    /// Creates a limiter at its initial limit.
    ///
    /// - Parameters:
    ///   - name: The name in errors, logs and metrics; not empty.
    ///   - configuration: The bounds and the algorithm's parameters.
    ///   - clock: The clock that times calls. Tests pass a `ManualClock`.
    ///   - logger: Where each rejection is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives an `adaptive_concurrency_limiter.rejected` event for each
    ///     rejection; `nil` adds none. Defaults to `InstrumentationSystem.tracer`.
    /// - Throws: ``ConfigurationError`` naming the invalid field.
    public init<C: Clock<Duration>>(
        name: String,
        configuration: Configuration = Configuration(),
        clock: C = ContinuousClock(),
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) throws(ConfigurationError) {
        let settings = try configuration.validated(name: name)
        self.name = name
        self.configuration = configuration
        self.currentLimit = Atomic(settings.initialLimit)
        self.sampleInterval = UInt64(configuration.latencySampleInterval)
        self.timeSource = TimeSource(clock, shortestMeasuredDuration: 0)
        self.classifyError = configuration.classifyError
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
        var seed = Hasher()
        seed.combine(name)
        seed.combine(ObjectIdentifier(Self.self))
        self.algorithm = LockedValue(VegasLimit(settings: settings, seed: UInt64(bitPattern: Int64(seed.finalize()))))
    }

    /// Runs `operation` if the limit admits it, and returns its result.
    ///
    /// The operation runs on the caller's task and isolation; it need not be `@Sendable`.
    ///
    /// - Parameter operation: The call to the integration point.
    /// - Returns: What `operation` returned.
    /// - Throws: ``ConcurrencyLimitExceededError`` when the limit is reached, and otherwise whatever `operation` threw.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        guard let permit = self.acquire() else {
            throw self.rejected()
        }
        let mark = self.abandonedOperations.mark()
        let value: T
        do {
            value = try await operation()
        } catch {
            self.release(permit, outcome: self.classifyError(error), abandonmentMark: mark)
            throw error
        }
        self.release(permit, outcome: .success, abandonmentMark: mark)
        return value
    }

    /// The limit in force now.
    public var limit: Int {
        self.currentLimit.load(ordering: .relaxed)
    }

    /// The live numbers of the limiter.
    public var metrics: Metrics {
        let noLoadLatency = self.algorithm.withLock { $0.noLoadLatency }
        return Metrics(
            limit: self.limit,
            inFlight: Int(self.admission.load(ordering: .relaxed) & Self.inFlightMask),
            numberOfRejectedCalls: self.rejections.load(ordering: .relaxed),
            noLoadLatency: noLoadLatency > 0 ? .nanoseconds(noLoadLatency) : nil
        )
    }

    // MARK: Admission

    /// What an admitted call carries to its release.
    @usableFromInline
    struct Permit {
        /// The calls in flight when it was admitted, itself included.
        @usableFromInline
        var inFlight: Int
        /// When it started, if it is timed.
        @usableFromInline
        var start: Int64?

        @inlinable
        init(inFlight: Int, start: Int64?) {
            self.inFlight = inFlight
            self.start = start
        }
    }

    @usableFromInline
    static let inFlightMask: UInt64 = 0xFFFF_FFFF

    @inlinable
    func acquire() -> Permit? {
        var word = self.admission.load(ordering: .relaxed)
        while true {
            let inFlight = Int(word & Self.inFlightMask)
            if inFlight >= self.currentLimit.load(ordering: .relaxed) {
                return nil
            }
            let count = word >> 32
            let nextCount = count &+ 1 == self.sampleInterval ? 0 : count &+ 1
            let (exchanged, original) = self.admission.weakCompareExchange(
                expected: word,
                desired: nextCount << 32 | (word & Self.inFlightMask) &+ 1,
                ordering: .acquiring
            )
            if exchanged {
                return Permit(inFlight: inFlight + 1, start: count == 0 ? self.timeSource.now() : nil)
            }
            word = original
        }
    }

    @inlinable
    func release(_ permit: Permit, outcome: Outcome, abandonmentMark mark: UInt64) {
        if let start = permit.start, outcome != .ignored {
            self.recordSample(latency: self.timeSource.now() - start, permit: permit, dropped: outcome == .dropped)
        }
        if self.abandonedOperations.mark() == mark {
            self.admission.subtract(1, ordering: .releasing)
        } else {
            self.releaseAfterAbandonedWork(since: mark)
        }
    }

    @usableFromInline
    func recordSample(latency: Int64, permit: Permit, dropped: Bool) {
        self.algorithm.withLock { algorithm in
            if let newLimit = algorithm.record(latency: latency, inFlight: permit.inFlight, dropped: dropped) {
                // Published under the lock, so that two updates cannot land in the wrong order.
                self.currentLimit.store(newLimit, ordering: .relaxed)
            }
        }
    }

    @usableFromInline
    func releaseAfterAbandonedWork(since mark: UInt64) {
        self.abandonedOperations.runWhenEnded(since: mark) { [self] in
            self.admission.subtract(1, ordering: .releasing)
        }
    }

    @usableFromInline
    func rejected() -> ConcurrencyLimitExceededError {
        self.rejections.add(1, ordering: .relaxed)
        let limit = self.limit
        self.reporter.report(
            "adaptive concurrency limiter rejected a call",
            event: "adaptive_concurrency_limiter.rejected",
            [
                "adaptive_concurrency_limiter.name": .string(self.name),
                "adaptive_concurrency_limiter.limit": .int(limit),
            ]
        )
        return ConcurrencyLimitExceededError(name: self.name, limit: limit)
    }
}

extension AdaptiveConcurrencyLimiter {
    /// How a call counts for the algorithm.
    public enum Outcome: Sendable, Hashable {
        /// The call finished (with a result or an ordinary error): its latency is a sample.
        case success
        /// The call was dropped: it timed out, or the dependency said it was overloaded. Cuts the limit.
        case dropped
        /// The call says nothing about the dependency (the caller cancelled it): no sample.
        case ignored
    }

    /// The parameters of an ``AdaptiveConcurrencyLimiter``; the defaults are Netflix's for `VegasLimit`.
    public struct Configuration: Sendable {
        /// The limit to start from. Default 20.
        public var initialLimit = 20
        /// The lowest the limit goes. Default 1.
        public var minimumLimit = 1
        /// The highest the limit goes. Default 1,000.
        public var maximumLimit = 1_000
        /// How far each update moves the limit toward its new value, greater than 0 and at most 1. Default 1 (no
        /// smoothing).
        public var smoothing = 1.0
        /// The number of timed calls whose mean latency makes one update. Default 10.
        public var windowSize = 10
        /// The no-load latency is measured afresh every `probeMultiplier × limit` updates (jittered). Default 30.
        public var probeMultiplier = 30
        /// The factor that cuts the limit after a drop, greater than 0 and less than 1. Default 0.9.
        public var backoffRatio = 0.9
        /// Every how many calls one is timed. Timing costs two reads of a precise clock and a lock (about 80 ns on a
        /// small VM); 1 times every call. The mean latency of a window is estimated as well from every 8th call, and
        /// a window of 10 timed calls then spans 80 calls, about as long as the one-second windows of Netflix's
        /// `WindowedLimit` at 100 calls per second. Default 8.
        public var latencySampleInterval = 8
        /// How an error counts: by default `CancellationError` is ignored, ``TimeoutError`` is a drop, and any other
        /// error is an ordinary sample. Count your dependency's overload answers (HTTP 429 and 503) as drops.
        public var classifyError: @Sendable (any Error) -> Outcome = { error in
            switch error {
            case is CancellationError: .ignored
            case is TimeoutError: .dropped
            default: .success
            }
        }

        /// The default configuration.
        public init() {}

        func validated(name: String) throws(ConfigurationError) -> VegasLimit.Settings {
            let validator = try SettingsValidator("adaptive concurrency limiter", name: name)
            try validator.check(self.minimumLimit >= 1, "minimumLimit", self.minimumLimit, "must be at least 1")
            try validator.check(
                self.maximumLimit >= self.minimumLimit && self.maximumLimit <= 1_000_000,
                "maximumLimit",
                self.maximumLimit,
                "must be at least minimumLimit (\(self.minimumLimit)) and at most 1000000"
            )
            try validator.check(
                self.initialLimit >= self.minimumLimit && self.initialLimit <= self.maximumLimit,
                "initialLimit",
                self.initialLimit,
                "must be between minimumLimit (\(self.minimumLimit)) and maximumLimit (\(self.maximumLimit))"
            )
            try validator.check(
                self.smoothing > 0 && self.smoothing <= 1,
                "smoothing",
                self.smoothing,
                "must be greater than 0 and at most 1"
            )
            try validator.check(self.windowSize >= 1, "windowSize", self.windowSize, "must be at least 1")
            try validator.check(
                self.probeMultiplier >= 1,
                "probeMultiplier",
                self.probeMultiplier,
                "must be at least 1"
            )
            try validator.check(
                self.backoffRatio > 0 && self.backoffRatio < 1,
                "backoffRatio",
                self.backoffRatio,
                "must be greater than 0 and less than 1"
            )
            try validator.check(
                self.latencySampleInterval >= 1,
                "latencySampleInterval",
                self.latencySampleInterval,
                "must be at least 1"
            )
            return VegasLimit.Settings(
                initialLimit: self.initialLimit,
                minimumLimit: self.minimumLimit,
                maximumLimit: self.maximumLimit,
                smoothing: self.smoothing,
                windowSize: self.windowSize,
                probeMultiplier: self.probeMultiplier,
                backoffRatio: self.backoffRatio
            )
        }
    }

    /// The live numbers of an ``AdaptiveConcurrencyLimiter``.
    public struct Metrics: Hashable, Sendable {
        /// The limit in force.
        public var limit: Int
        /// The calls in flight, including those held by abandoned work.
        public var inFlight: Int
        /// The calls rejected since the limiter was created.
        public var numberOfRejectedCalls: Int
        /// The lowest latency seen since the last probe: the algorithm's idea of the dependency without load. `nil`
        /// before the first update.
        public var noLoadLatency: Duration?
    }
}

/// The error thrown when an ``AdaptiveConcurrencyLimiter`` is at its limit.
public struct ConcurrencyLimitExceededError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name of the limiter that rejected the call.
    public var name: String
    /// The limit in force when the call was rejected.
    public var limit: Int

    /// Creates an error describing a rejected call.
    public init(name: String, limit: Int) {
        self.name = name
        self.limit = limit
    }

    public var description: String {
        "adaptive concurrency limiter \"\(self.name)\" is at its limit of \(self.limit) calls in flight"
    }
}
