extension CircuitBreaker {
    /// The state of a circuit breaker.
    ///
    /// The raw values are the labels used in metrics, as in resilience4j.
    public enum State: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Calls flow and their outcomes are recorded; the breaker opens when a threshold is reached.
        case closed = "closed"
        /// Calls are rejected without being attempted until the open duration has passed.
        case open = "open"
        /// A limited number of probe calls test the dependency; their outcomes decide between closed and open.
        case halfOpen = "half_open"
        /// Calls flow and nothing is recorded. Left only by ``CircuitBreaker/transition(to:)`` or ``CircuitBreaker/reset()``.
        case disabled = "disabled"
        /// Every call is rejected. Left only by ``CircuitBreaker/transition(to:)`` or ``CircuitBreaker/reset()``.
        case forcedOpen = "forced_open"
        /// Calls flow and are recorded, but the breaker never opens. Left only by ``CircuitBreaker/transition(to:)``
        /// or ``CircuitBreaker/reset()``.
        case metricsOnly = "metrics_only"

        public var description: String { self.rawValue }
    }

    /// How a finished call is counted.
    public enum Outcome: Sendable, Hashable, CustomStringConvertible {
        /// The call succeeded and is recorded as a success.
        case success
        /// The call failed and is recorded as a failure.
        case failure
        /// The call is not recorded at all; in the half-open state it gives its permit back.
        case ignored

        public var description: String {
            switch self {
            case .success: "success"
            case .failure: "failure"
            case .ignored: "ignored"
            }
        }
    }

    /// A snapshot of the calls a circuit breaker has recorded in its current measurement period.
    ///
    /// A measurement period starts empty when the breaker enters the closed, half-open, disabled, forced-open or
    /// metrics-only state, or is reset. Entering the open state keeps the period of the state it came from, so that
    /// the metrics of an open breaker show what opened it.
    public struct Metrics: Sendable, Hashable {
        /// The fraction of recorded calls that failed, or `nil` while fewer than the minimum number of calls are
        /// recorded.
        public var failureRate: Double?
        /// The fraction of recorded calls that were slow, or `nil` while fewer than the minimum number of calls are
        /// recorded.
        public var slowCallRate: Double?
        /// The number of recorded calls in the window.
        public var numberOfBufferedCalls: Int
        /// The number of failed calls in the window.
        public var numberOfFailedCalls: Int
        /// The number of successful calls in the window.
        public var numberOfSuccessfulCalls: Int
        /// The number of slow calls in the window, successful or failed.
        public var numberOfSlowCalls: Int
        /// The number of slow successful calls in the window.
        public var numberOfSlowSuccessfulCalls: Int
        /// The number of slow failed calls in the window.
        public var numberOfSlowFailedCalls: Int
        /// The number of calls rejected without being attempted in this measurement period.
        public var numberOfNotPermittedCalls: Int

        /// Creates a metrics snapshot.
        public init(
            failureRate: Double?,
            slowCallRate: Double?,
            numberOfBufferedCalls: Int,
            numberOfFailedCalls: Int,
            numberOfSuccessfulCalls: Int,
            numberOfSlowCalls: Int,
            numberOfSlowSuccessfulCalls: Int,
            numberOfSlowFailedCalls: Int,
            numberOfNotPermittedCalls: Int
        ) {
            self.failureRate = failureRate
            self.slowCallRate = slowCallRate
            self.numberOfBufferedCalls = numberOfBufferedCalls
            self.numberOfFailedCalls = numberOfFailedCalls
            self.numberOfSuccessfulCalls = numberOfSuccessfulCalls
            self.numberOfSlowCalls = numberOfSlowCalls
            self.numberOfSlowSuccessfulCalls = numberOfSlowSuccessfulCalls
            self.numberOfSlowFailedCalls = numberOfSlowFailedCalls
            self.numberOfNotPermittedCalls = numberOfNotPermittedCalls
        }
    }

    /// Why a circuit breaker changed state.
    public enum TransitionReason: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The failure rate reached ``Configuration/failureRateThreshold`` (closed → open, or half-open → open).
        case failureRateThresholdExceeded = "failure_rate_threshold_exceeded"
        /// The slow-call rate reached ``Configuration/slowCallRateThreshold`` (closed → open, or half-open → open).
        case slowCallRateThresholdExceeded = "slow_call_rate_threshold_exceeded"
        /// ``Configuration/consecutiveFailureThreshold`` failures were recorded in a row (closed → open).
        case consecutiveFailureThresholdReached = "consecutive_failure_threshold_reached"
        /// The open duration passed (open → half-open).
        case waitDurationInOpenStateElapsed = "wait_duration_in_open_state_elapsed"
        /// All probes were recorded below both thresholds (half-open → closed).
        case permittedCallsSucceeded = "permitted_calls_succeeded"
        /// ``Configuration/maxWaitDurationInHalfOpenState`` passed before all probes were recorded (half-open → open).
        case maxWaitDurationInHalfOpenStateElapsed = "max_wait_duration_in_half_open_state_elapsed"
        /// An operator called ``CircuitBreaker/transition(to:)``.
        case manual = "manual"
        /// An operator called ``CircuitBreaker/reset()``.
        case reset = "reset"

        public var description: String { self.rawValue }
    }

    /// A change of state, with the metrics of the period that ended or carried over at that moment.
    public struct StateTransition: Sendable, Hashable, CustomStringConvertible {
        /// The state the breaker left.
        public var from: State
        /// The state the breaker entered.
        public var to: State
        /// Why it changed.
        public var reason: TransitionReason
        /// The metrics just before the change.
        public var metrics: Metrics

        /// Creates a transition description.
        public init(from: State, to: State, reason: TransitionReason, metrics: Metrics) {
            self.from = from
            self.to = to
            self.reason = reason
            self.metrics = metrics
        }

        public var description: String { "\(self.from) -> \(self.to) (\(self.reason))" }
    }

    /// Something that happened in a circuit breaker, delivered by ``CircuitBreaker/events``.
    public enum Event: Sendable, Hashable {
        /// The breaker changed state. A ``CircuitBreaker/reset()`` always emits one, with reason
        /// ``TransitionReason/reset``, even from closed to closed, because it empties the window.
        case stateTransition(StateTransition)
        /// A call was rejected without being attempted.
        case callNotPermitted(state: State, retryAfter: Duration?)
        /// A call finished and was classified. Calls admitted in an earlier measurement period are reported here
        /// too, although their outcome no longer counts in the window.
        case callFinished(outcome: Outcome, duration: Duration, isSlow: Bool)
    }

    /// Permission to make one call, from ``CircuitBreaker/acquirePermission()``.
    ///
    /// Report how the call went with ``CircuitBreaker/record(_:outcome:)`` or ``CircuitBreaker/record(_:error:)``
    /// exactly once. A permit that is never recorded keeps its half-open probe slot until the breaker leaves the
    /// half-open state.
    public struct Permit: Sendable {
        /// The measurement period that issued the permit; 0 for a permit that records nothing (disabled breaker).
        @usableFromInline
        let epoch: UInt64
        /// When the call started, in the breaker's nanoseconds, or ``untimed`` or ``untimedWithInstant``.
        @usableFromInline
        let start: Int64

        /// The start of a call that is not timed: the breaker needs neither its duration nor the instant it ends.
        @inlinable
        static var untimed: Int64 { .min }

        /// The start of a call that is not timed, whose outcome the breaker files by the instant it ends: a time-based
        /// window's.
        @inlinable
        static var untimedWithInstant: Int64 { .min + 1 }

        @inlinable
        init(epoch: UInt64, start: Int64) {
            self.epoch = epoch
            self.start = start
        }

        /// Whether the outcome of this call will be recorded; `false` while the breaker is disabled.
        @inlinable
        public var isRecorded: Bool { self.epoch != 0 }
    }
}

/// The error thrown by ``CircuitBreaker/run(_:)`` when the breaker rejects a call without attempting it.
public struct CircuitBreakerOpenError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name of the breaker that rejected the call.
    public var name: String
    /// The state the breaker was in: ``CircuitBreaker/State/open``, ``CircuitBreaker/State/halfOpen`` (all probes
    /// taken) or ``CircuitBreaker/State/forcedOpen``.
    public var state: CircuitBreaker.State
    /// How long until the breaker lets a probe through, when that is known (open state); `nil` otherwise.
    public var retryAfter: Duration?

    /// Creates an error describing a rejected call.
    public init(name: String, state: CircuitBreaker.State, retryAfter: Duration?) {
        self.name = name
        self.state = state
        self.retryAfter = retryAfter
    }

    public var description: String {
        if let retryAfter {
            return "circuit breaker \"\(self.name)\" is \(self.state): call not permitted, retry after \(retryAfter)"
        }
        return "circuit breaker \"\(self.name)\" is \(self.state): call not permitted"
    }
}
