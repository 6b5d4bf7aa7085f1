extension CircuitBreaker {
    /// The settings of a ``CircuitBreaker``.
    ///
    /// The fields and their defaults are those of resilience4j, so that existing knowledge and tuning carry over.
    /// A configuration is a plain value: build it, then hand it to ``CircuitBreaker/init(name:configuration:clock:logger:metricsFactory:tracer:)``,
    /// which validates it and throws ``ConfigurationError`` naming the first invalid field.
    ///
    /// ```swift
    /// var config = CircuitBreaker.Configuration()
    /// config.slidingWindow = .countBased(size: 20)
    /// config.minimumNumberOfCalls = 10
    /// config.failureRateThreshold = 0.5
    /// config.waitDurationInOpenState = .seconds(30)
    /// let breaker = try CircuitBreaker(name: "payments", configuration: config)
    /// ```
    public struct Configuration: Sendable {
        /// The window of recent calls whose outcomes decide whether the breaker opens.
        ///
        /// Defaults to the last 100 calls.
        public var slidingWindow: SlidingWindow = .countBased(size: 100)

        /// The fraction of failed calls, `0 < x <= 1`, at or above which the breaker opens.
        ///
        /// Evaluated once the window holds ``minimumNumberOfCalls`` recorded calls. Defaults to `0.5`.
        public var failureRateThreshold: Double = 0.5

        /// The fraction of slow calls, `0 < x <= 1`, at or above which the breaker opens.
        ///
        /// A call is slow when it took at least ``slowCallDurationThreshold``, whether it succeeded or failed.
        /// Defaults to `1.0`: the breaker opens when every call in the window is slow.
        public var slowCallRateThreshold: Double = 1.0

        /// The duration at or above which a recorded call counts as slow. Must be greater than zero.
        ///
        /// Defaults to 60 seconds.
        public var slowCallDurationThreshold: Duration = .seconds(60)

        /// Whether the breaker times calls to find the slow ones.
        ///
        /// When `false`, no call is slow: ``slowCallRateThreshold`` never opens the breaker, the slow-call counts of
        /// ``CircuitBreaker/Metrics`` stay at zero, and a breaker in the closed state reads no clock for a call in a
        /// count-based window (one read for a time-based one, to find the call's bucket): the cheapest guard, for a
        /// dependency whose slowness a timeout handles. Calls are still timed while the breaker reports to a metrics
        /// system or has an ``CircuitBreaker/events`` subscriber; a call admitted untimed reports a duration of zero.
        /// Defaults to `true`, as in resilience4j.
        public var detectsSlowCalls: Bool = true

        /// The number of recorded calls the window must hold before the rates are evaluated. Must be at least 1.
        ///
        /// For a count-based window larger than its size, the size is used instead. Below the minimum,
        /// ``CircuitBreaker/Metrics/failureRate`` and ``CircuitBreaker/Metrics/slowCallRate`` are `nil`.
        /// Defaults to 100.
        public var minimumNumberOfCalls: Int = 100

        /// When set, the breaker also opens after this many failures were recorded in a row, regardless of
        /// ``minimumNumberOfCalls``. Must be at least 1. Defaults to `nil` (off).
        public var consecutiveFailureThreshold: Int? = nil

        /// The number of probe calls admitted in the half-open state, concurrent or not. Must be at least 1.
        ///
        /// Defaults to 10.
        public var permittedCallsInHalfOpenState: Int = 10

        /// How long the breaker stays open before it lets probe calls through. Must not be negative.
        ///
        /// Defaults to 60 seconds. See ``waitDurationInOpenStateBackoff`` to lengthen it on repeated openings.
        public var waitDurationInOpenState: Duration = .seconds(60)

        /// When set, lengthens the open duration each time the breaker re-opens without having closed in between.
        ///
        /// Defaults to `nil`: every opening waits ``waitDurationInOpenState``.
        public var waitDurationInOpenStateBackoff: OpenStateBackoff? = nil

        /// The longest the breaker stays half-open waiting for its probes; when it passes first, the breaker opens
        /// again. Must be greater than zero. Defaults to `nil`: the breaker waits for all probes.
        public var maxWaitDurationInHalfOpenState: Duration? = nil

        /// Whether a timer moves the breaker from open to half-open once ``waitDurationInOpenState`` has passed.
        ///
        /// When `false` (the default), the next call after the wait moves it. The timer is an entry in the shared
        /// timer of the breaker's clock (no task per breaker): it exists only while the breaker is open and is removed
        /// when the breaker leaves that state or is deinitialised.
        public var automaticTransitionFromOpenToHalfOpen: Bool = false

        /// Decides which errors count as failures. Errors for which it returns `false` are ignored: not recorded
        /// at all, and in the half-open state they give their permit back.
        ///
        /// Defaults to counting every error except `CancellationError`.
        public var recordError: @Sendable (any Error) -> Bool = { !($0 is CancellationError) }

        /// Creates a configuration with resilience4j's defaults.
        public init() {}
    }

    /// The window of recent calls over which a ``CircuitBreaker`` computes its failure and slow-call rates.
    public struct SlidingWindow: Sendable, Hashable, CustomStringConvertible {
        @usableFromInline
        enum Kind: Sendable, Hashable {
            case countBased(size: Int)
            case timeBased(duration: Duration, bucketDuration: Duration)
        }

        @usableFromInline
        var kind: Kind

        /// The largest size of a count-based window: one byte of memory per call.
        public static let maximumSize = 1_000_000

        /// The largest number of buckets of a time-based window: 32 bytes of memory per bucket.
        public static let maximumBucketCount = 100_000

        /// The last `size` recorded calls. `size` must be at least 1 and at most ``maximumSize``.
        public static func countBased(size: Int) -> SlidingWindow {
            SlidingWindow(kind: .countBased(size: size))
        }

        /// The calls recorded during the last `duration`, kept in buckets of `bucketDuration`.
        ///
        /// The window holds the bucket that contains the current instant and the buckets before it, up to
        /// `duration / bucketDuration` buckets. A bucket leaves the window as a whole, so a call stays in the window
        /// for at least `duration - bucketDuration` and less than `duration`. `duration` must be a positive whole
        /// multiple of `bucketDuration`, of at most ``maximumBucketCount`` buckets.
        ///
        /// - Parameters:
        ///   - duration: The length of the window.
        ///   - bucketDuration: The granularity of the window. Defaults to one second, as in resilience4j.
        public static func timeBased(duration: Duration, bucketDuration: Duration = .seconds(1)) -> SlidingWindow {
            SlidingWindow(kind: .timeBased(duration: duration, bucketDuration: bucketDuration))
        }

        public var description: String {
            switch self.kind {
            case .countBased(let size):
                "countBased(size: \(size))"
            case .timeBased(let duration, let bucketDuration):
                "timeBased(duration: \(duration), bucketDuration: \(bucketDuration))"
            }
        }
    }

    /// Lengthens the open duration of a ``CircuitBreaker`` that keeps re-opening.
    ///
    /// The n-th opening in a row (counted since the breaker was last closed) waits
    /// `min(waitDurationInOpenState × multiplier^(n-1), maximum)`.
    public struct OpenStateBackoff: Sendable, Hashable {
        /// The factor by which each re-opening lengthens the wait. Must be finite and at least 1.
        public var multiplier: Double

        /// The longest wait. Must not be shorter than ``CircuitBreaker/Configuration/waitDurationInOpenState``.
        public var maximum: Duration

        /// Creates a backoff of the open duration.
        ///
        /// - Parameters:
        ///   - multiplier: The factor by which each re-opening lengthens the wait.
        ///   - maximum: The longest wait.
        public init(multiplier: Double, maximum: Duration) {
            self.multiplier = multiplier
            self.maximum = maximum
        }

        /// An exponential backoff: each re-opening waits `multiplier` times as long as the one before.
        public static func exponential(multiplier: Double = 2, maximum: Duration) -> OpenStateBackoff {
            OpenStateBackoff(multiplier: multiplier, maximum: maximum)
        }
    }
}

// MARK: - Validation

extension CircuitBreaker.Configuration {
    /// Checks every field and returns the settings the state machine works with, in nanoseconds.
    func validated(name: String) throws(ConfigurationError) -> CircuitBreakerStateMachine.Settings {
        let validator = try SettingsValidator("circuit breaker", name: name)

        let window: SlidingWindowStorage.Kind
        switch self.slidingWindow.kind {
        case .countBased(let size):
            try validator.check(size >= 1, "slidingWindow", self.slidingWindow, "size must be at least 1")
            try validator.check(
                size <= CircuitBreaker.SlidingWindow.maximumSize,
                "slidingWindow",
                self.slidingWindow,
                "size must be at most 1000000"
            )
            window = .countBased(size: size)
        case .timeBased(let duration, let bucketDuration):
            try validator.check(
                bucketDuration > .zero,
                "slidingWindow",
                self.slidingWindow,
                "bucketDuration must be greater than zero"
            )
            try validator.check(
                duration >= bucketDuration,
                "slidingWindow",
                self.slidingWindow,
                "duration must be at least one bucketDuration"
            )
            let durationNanos = duration.nanoseconds
            let bucketNanos = bucketDuration.nanoseconds
            try validator.check(
                durationNanos % bucketNanos == 0,
                "slidingWindow",
                self.slidingWindow,
                "duration must be a whole multiple of bucketDuration"
            )
            try validator.check(
                durationNanos / bucketNanos <= Int64(CircuitBreaker.SlidingWindow.maximumBucketCount),
                "slidingWindow",
                self.slidingWindow,
                "duration / bucketDuration must be at most 100000 buckets"
            )
            window = .timeBased(bucketNanoseconds: bucketNanos, bucketCount: Int(durationNanos / bucketNanos))
        }

        try validator.checkFraction(self.failureRateThreshold, "failureRateThreshold")
        try validator.checkFraction(self.slowCallRateThreshold, "slowCallRateThreshold")
        try validator.check(
            self.slowCallDurationThreshold > .zero,
            "slowCallDurationThreshold",
            self.slowCallDurationThreshold,
            "must be greater than zero"
        )
        try validator.check(
            self.minimumNumberOfCalls >= 1,
            "minimumNumberOfCalls",
            self.minimumNumberOfCalls,
            "must be at least 1"
        )
        if let threshold = self.consecutiveFailureThreshold {
            try validator.check(threshold >= 1, "consecutiveFailureThreshold", threshold, "must be at least 1 or nil")
        }
        try validator.check(
            self.permittedCallsInHalfOpenState >= 1,
            "permittedCallsInHalfOpenState",
            self.permittedCallsInHalfOpenState,
            "must be at least 1"
        )
        try validator.check(
            self.waitDurationInOpenState >= .zero,
            "waitDurationInOpenState",
            self.waitDurationInOpenState,
            "must not be negative"
        )
        if let backoff = self.waitDurationInOpenStateBackoff {
            try validator.check(
                backoff.multiplier.isFinite && backoff.multiplier >= 1,
                "waitDurationInOpenStateBackoff.multiplier",
                backoff.multiplier,
                "must be finite and at least 1"
            )
            try validator.check(
                backoff.maximum >= self.waitDurationInOpenState,
                "waitDurationInOpenStateBackoff.maximum",
                backoff.maximum,
                "must not be shorter than waitDurationInOpenState (\(self.waitDurationInOpenState))"
            )
        }
        if let maxWait = self.maxWaitDurationInHalfOpenState {
            try validator.check(
                maxWait > .zero,
                "maxWaitDurationInHalfOpenState",
                maxWait,
                "must be greater than zero or nil"
            )
        }

        return CircuitBreakerStateMachine.Settings(
            window: window,
            failureRateThreshold: self.failureRateThreshold,
            slowCallRateThreshold: self.slowCallRateThreshold,
            slowCallDurationThreshold: self.detectsSlowCalls ? self.slowCallDurationThreshold.nanoseconds : .max,
            minimumNumberOfCalls: self.minimumNumberOfCalls,
            consecutiveFailureThreshold: self.consecutiveFailureThreshold,
            permittedCallsInHalfOpenState: self.permittedCallsInHalfOpenState,
            waitDurationInOpenState: self.waitDurationInOpenState.nanoseconds,
            backoff: self.waitDurationInOpenStateBackoff.map {
                .init(multiplier: $0.multiplier, maximum: $0.maximum.nanoseconds)
            },
            maxWaitDurationInHalfOpenState: self.maxWaitDurationInHalfOpenState?.nanoseconds,
            automaticTransitionFromOpenToHalfOpen: self.automaticTransitionFromOpenToHalfOpen
        )
    }
}
