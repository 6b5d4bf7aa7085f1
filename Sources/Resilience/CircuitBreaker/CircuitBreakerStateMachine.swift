/// The logic of a circuit breaker, free of clocks, locks, tasks and I/O.
///
/// Every input is a `mutating func` that takes the current instant (nanoseconds since the breaker's origin) and
/// returns what the shell must do: admit or reject a call, report transitions, schedule or cancel a timer. The shell,
/// ``CircuitBreaker``, calls it under its lock, publishes events and keeps its timer there (both only hand work to other
/// tasks), and logs the transitions after releasing the lock.
///
/// Calls are tied to the measurement period (``epoch``) that admitted them. An outcome reported for a permit of an
/// earlier period is *late*: it is reported to observers but not recorded, because the window it belonged to has
/// already been acted upon.
struct CircuitBreakerStateMachine: Sendable {
    /// The validated configuration, with durations in nanoseconds.
    struct Settings: Sendable, Hashable {
        struct Backoff: Sendable, Hashable {
            var multiplier: Double
            var maximum: Int64
        }

        var window: SlidingWindowStorage.Kind
        var failureRateThreshold: Double
        var slowCallRateThreshold: Double
        /// `Int64.max` when the breaker does not detect slow calls: then no call is slow, and none needs timing.
        var slowCallDurationThreshold: Int64
        var minimumNumberOfCalls: Int
        var consecutiveFailureThreshold: Int?
        var permittedCallsInHalfOpenState: Int
        var waitDurationInOpenState: Int64
        var backoff: Backoff?
        var maxWaitDurationInHalfOpenState: Int64?
        var automaticTransitionFromOpenToHalfOpen: Bool
    }

    enum Mode: Sendable, Hashable {
        case closed
        case open(openedAt: Int64, until: Int64)
        case halfOpen(startedAt: Int64, admitted: Int)
        case disabled
        case forcedOpen
        case metricsOnly
    }

    /// What ``acquire(now:)`` decided about one call.
    enum Decision: Sendable, Hashable {
        /// Run the call and report its outcome with this epoch.
        case permitted(epoch: UInt64)
        /// Run the call; its outcome is not recorded (disabled).
        case permittedWithoutRecording
        /// Reject the call; `retryAfter` is the time until a probe is let through, when known.
        case rejected(state: CircuitBreaker.State, retryAfter: Int64?)
    }

    /// A timer the shell must keep: at most one exists at a time.
    enum TimerAction: Sendable, Hashable {
        /// Replace any scheduled timer by one that calls ``timerFired(epoch:now:)`` at `deadline`.
        case schedule(deadline: Int64, epoch: UInt64)
        /// Cancel the scheduled timer, if any.
        case cancel
    }

    /// What the shell must do after an input.
    struct Action: Sendable, Hashable {
        /// The transitions that happened, in order; report each once.
        var transitions: [CircuitBreaker.StateTransition] = []
        /// The timer to schedule or cancel; `nil` leaves the current one as it is.
        var timer: TimerAction? = nil
    }

    /// What ``record(epoch:outcome:duration:now:)`` did with one outcome.
    struct RecordResult: Sendable, Hashable {
        /// Whether the call took at least the slow-call threshold.
        var isSlow: Bool
        /// Whether the outcome was recorded in the window (false for ignored and late outcomes).
        var wasRecorded: Bool
        /// What the shell must do, or `nil` when recording was all that happened (the common case, kept cheap).
        var action: Action? = nil
        /// Why the breaker must open, when the outcome was recorded without the instant that opening needs: the
        /// shell calls ``trip(_:now:)`` with it.
        var pendingTrip: CircuitBreaker.TransitionReason? = nil
    }

    private(set) var settings: Settings
    private(set) var mode: Mode = .closed
    /// The current measurement period; a new one starts with every transition. Never 0.
    private(set) var epoch: UInt64 = 1
    /// The epoch while the breaker records calls without a trial (closed or metrics only), 0 otherwise: the common case
    /// checks period and mode with one comparison.
    private var recordingEpoch: UInt64 = 1
    private var window: SlidingWindowStorage
    /// The number of recorded calls the window must hold before its rates count.
    private var windowMinimumCalls: Int
    private var notPermittedCalls = 0
    private var consecutiveFailures = 0
    /// The number of times the breaker opened since it was last closed (drives the open-state backoff).
    private var consecutiveOpenings = 0
    /// The trip counts for the window's current number of calls.
    private var tripCounts = TripCounts.none

    init(settings: Settings) {
        self.settings = settings
        self.window = SlidingWindowStorage(kind: settings.window)
        self.windowMinimumCalls = Self.minimumCalls(settings.minimumNumberOfCalls, window: settings.window)
    }

    var state: CircuitBreaker.State {
        switch self.mode {
        case .closed: .closed
        case .open: .open
        case .halfOpen: .halfOpen
        case .disabled: .disabled
        case .forcedOpen: .forcedOpen
        case .metricsOnly: .metricsOnly
        }
    }

    // MARK: Inputs

    /// A call asks to be admitted. The action is `nil` when nothing but the decision happened (the common case).
    mutating func acquire(now: Int64) -> (Decision, Action?) {
        var action: Action? = nil
        while true {
            switch self.mode {
            case .closed, .metricsOnly:
                return (.permitted(epoch: self.epoch), action)
            case .disabled:
                return (.permittedWithoutRecording, action)
            case .forcedOpen:
                self.notPermittedCalls += 1
                return (.rejected(state: .forcedOpen, retryAfter: nil), action)
            case .open(_, let until):
                if now >= until {
                    self.enterHalfOpen(at: now, reason: .waitDurationInOpenStateElapsed, into: &action)
                    continue
                }
                self.notPermittedCalls += 1
                return (.rejected(state: .open, retryAfter: until - now), action)
            case .halfOpen(let startedAt, let admitted):
                if let expiry = self.halfOpenExpiry(startedAt: startedAt), now >= expiry {
                    self.enterOpen(
                        at: expiry,
                        reason: .maxWaitDurationInHalfOpenStateElapsed,
                        now: now,
                        into: &action
                    )
                    continue
                }
                if admitted < self.settings.permittedCallsInHalfOpenState {
                    self.mode = .halfOpen(startedAt: startedAt, admitted: admitted + 1)
                    return (.permitted(epoch: self.epoch), action)
                }
                self.notPermittedCalls += 1
                return (.rejected(state: .halfOpen, retryAfter: nil), action)
            }
        }
    }

    /// Records a successful call that took `duration` nanoseconds and finished at `now`, if it is the common case: not
    /// slow, of the current period of a closed (or metrics-only) breaker, and unable to change the verdict of the trip
    /// rules (see ``SlidingWindowStorage/recordSuccessQuickly(at:minimumCalls:)``). Such a call needs no trip check;
    /// a count-based window does not read `now`. Returns `false`, having changed nothing, in every other case: then call
    /// ``record(epoch:outcome:duration:now:)``.
    @inline(__always)
    mutating func recordSuccessQuickly(epoch: UInt64, duration: Int64, now: Int64) -> Bool {
        guard epoch == self.recordingEpoch, duration < self.settings.slowCallDurationThreshold,
            self.window.recordSuccessQuickly(at: now, minimumCalls: self.windowMinimumCalls)
        else { return false }
        self.consecutiveFailures = 0
        return true
    }

    /// Whether successes of the current period that were not slow may be counted outside the machine and handed over
    /// later with ``recordDeferredSuccesses(_:)``: a closed (or metrics-only) breaker whose count-based window is full.
    /// Such successes cannot change any decision of the machine, only its counts.
    var acceptsDeferredSuccesses: Bool {
        self.recordingEpoch == self.epoch && self.window.isFullCountWindow
    }

    /// Records `count` successes that were not slow, of the current period, counted while
    /// ``acceptsDeferredSuccesses`` held. Hand them over before any other input, so that they keep their order.
    mutating func recordDeferredSuccesses(_ count: Int) {
        self.window.recordSuccessesInFullWindow(count)
        self.consecutiveFailures = 0
    }

    /// Whether ``record(epoch:outcome:duration:now:)`` needs the current instant for a call of the current period: it
    /// does not for a closed (or metrics-only) count-based window, unless the call opens the breaker.
    var recordNeedsInstant: Bool {
        switch (self.mode, self.settings.window) {
        case (.closed, .countBased), (.metricsOnly, .countBased): false
        default: true
        }
    }

    /// A call admitted in period `epoch` finished with `outcome` after `duration` nanoseconds, at `now`.
    ///
    /// `now` may be `nil` only when ``recordNeedsInstant`` is `false` for the call's period, so that the shell need not
    /// read a clock for most calls of a closed breaker. When such a call must open the breaker, the result says why in
    /// ``RecordResult/pendingTrip`` and changes nothing more: the shell reads the clock and calls
    /// ``trip(_:now:)``.
    mutating func record(epoch: UInt64, outcome: CircuitBreaker.Outcome, duration: Int64, now: Int64?) -> RecordResult {
        let isSlow = duration >= self.settings.slowCallDurationThreshold
        guard epoch == self.epoch else { return RecordResult(isSlow: isSlow, wasRecorded: false) }

        switch self.mode {
        case .closed, .metricsOnly:
            guard outcome != .ignored else { return RecordResult(isSlow: isSlow, wasRecorded: false) }
            let failed = outcome == .failure
            // A count-based window does not read the instant.
            self.window.record(failed: failed, slow: isSlow, at: now ?? 0)
            self.consecutiveFailures = failed ? self.consecutiveFailures &+ 1 : 0
            guard case .closed = self.mode, let reason = self.closedTripReason() else {
                return RecordResult(isSlow: isSlow, wasRecorded: true)
            }
            guard let now else {
                return RecordResult(isSlow: isSlow, wasRecorded: true, pendingTrip: reason)
            }
            return RecordResult(isSlow: isSlow, wasRecorded: true, action: self.trip(reason, now: now))

        case .halfOpen(let startedAt, let admitted):
            let now = now ?? startedAt
            if let expiry = self.halfOpenExpiry(startedAt: startedAt), now >= expiry {
                // The period ended at its expiry, before this outcome arrived: the outcome is late.
                var action: Action? = nil
                self.enterOpen(at: expiry, reason: .maxWaitDurationInHalfOpenStateElapsed, now: now, into: &action)
                return RecordResult(isSlow: isSlow, wasRecorded: false, action: action)
            }
            guard outcome != .ignored else {
                self.mode = .halfOpen(startedAt: startedAt, admitted: admitted - 1)
                return RecordResult(isSlow: isSlow, wasRecorded: false)
            }
            self.window.record(failed: outcome == .failure, slow: isSlow, at: now)
            guard self.window.calls == self.settings.permittedCallsInHalfOpenState else {
                return RecordResult(isSlow: isSlow, wasRecorded: true)
            }
            var action: Action? = nil
            if let reason = self.rateTripReason() {
                self.enterOpen(at: now, reason: reason, now: now, into: &action)
            } else {
                self.enterClosed(reason: .permittedCallsSucceeded, now: now, into: &action)
            }
            return RecordResult(isSlow: isSlow, wasRecorded: true, action: action)

        case .open, .disabled, .forcedOpen:
            // These states issue no recorded permits, so no epoch of theirs can match.
            return RecordResult(isSlow: isSlow, wasRecorded: false)
        }
    }

    /// Opens a closed breaker for `reason`, which ``record(epoch:outcome:duration:now:)`` returned as its
    /// ``RecordResult/pendingTrip``.
    mutating func trip(_ reason: CircuitBreaker.TransitionReason, now: Int64) -> Action {
        var action: Action? = nil
        self.enterOpen(at: now, reason: reason, now: now, into: &action)
        return action ?? Action()
    }

    /// `count` more calls were rejected in the current period, outside ``acquire(now:)``: the shell rejects calls in the
    /// open state without the lock, and hands their count over here.
    mutating func countNotPermitted(_ count: Int) {
        self.notPermittedCalls += count
    }

    /// The timer scheduled for period `epoch` fired.
    mutating func timerFired(epoch: UInt64, now: Int64) -> Action {
        var action: Action? = nil
        guard epoch == self.epoch else { return Action() }
        switch self.mode {
        case .open(_, let until) where self.settings.automaticTransitionFromOpenToHalfOpen && now >= until:
            self.enterHalfOpen(at: now, reason: .waitDurationInOpenStateElapsed, into: &action)
        case .halfOpen(let startedAt, _):
            if let expiry = self.halfOpenExpiry(startedAt: startedAt), now >= expiry {
                self.enterOpen(at: expiry, reason: .maxWaitDurationInHalfOpenStateElapsed, now: now, into: &action)
            } else {
                action = Action(timer: self.timerForCurrentPeriod())
            }
        default:
            // Fired early (or needlessly): keep the timer the period needs.
            action = Action(timer: self.timerForCurrentPeriod())
        }
        return action ?? Action()
    }

    /// An operator moves the breaker to `target`. Moving to the current state changes nothing.
    mutating func transition(to target: CircuitBreaker.State, now: Int64) -> Action {
        var action: Action? = nil
        guard target != self.state else { return Action() }
        switch target {
        case .closed:
            self.enterClosed(reason: .manual, now: now, into: &action)
        case .open:
            self.enterOpen(at: now, reason: .manual, now: now, into: &action)
        case .halfOpen:
            self.enterHalfOpen(at: now, reason: .manual, into: &action)
        case .disabled:
            self.enterManualState(.disabled, now: now, into: &action)
        case .forcedOpen:
            self.enterManualState(.forcedOpen, now: now, into: &action)
        case .metricsOnly:
            self.enterManualState(.metricsOnly, now: now, into: &action)
        }
        return action ?? Action()
    }

    /// An operator resets the breaker: closed, with an empty window and all counters at zero.
    mutating func reset(now: Int64) -> Action {
        var action: Action? = nil
        self.enterClosed(reason: .reset, now: now, into: &action)
        return action ?? Action()
    }

    /// The metrics of the current measurement period at `now`.
    mutating func metrics(now: Int64) -> CircuitBreaker.Metrics {
        self.window.evict(at: now)
        return self.snapshot()
    }

    /// The rates and slow calls of the window, for metrics: what ``metrics(now:)`` reports, without evicting expired
    /// buckets (the next call does that) and without building a whole snapshot.
    struct WindowRates: Sendable, Hashable {
        var failureRate: Double?
        var slowCallRate: Double?
        var slowSuccessfulCalls: Double
        var slowFailedCalls: Double
    }

    var windowRates: WindowRates {
        let calls = self.window.calls
        let counted = calls >= self.windowMinimumCalls && calls > 0
        return WindowRates(
            failureRate: counted ? Double(self.window.failures) / Double(calls) : nil,
            slowCallRate: counted ? Double(self.window.slowCalls) / Double(calls) : nil,
            slowSuccessfulCalls: Double(self.window.slowCalls - self.window.slowFailures),
            slowFailedCalls: Double(self.window.slowFailures)
        )
    }

    /// The configuration changed at run time (a reloaded configuration file). The breaker keeps its state:
    ///
    /// - closed: the window and its calls are kept when its kind and size are unchanged, and emptied otherwise; the
    ///   new thresholds judge the next recorded call;
    /// - open: it stays open since the same instant, until that instant plus the new wait;
    /// - half-open: the probes already admitted finish the current trial under the count it started with; the next
    ///   trial uses the new count;
    /// - disabled, forced open, metrics only: unchanged.
    ///
    /// Returns the timer to schedule when the end of the open state moved; no transition happens here.
    mutating func reconfigure(_ settings: Settings) -> Action {
        let windowChanged = settings.window != self.settings.window
        self.settings = settings
        self.tripCounts = .none
        switch self.mode {
        case .closed, .disabled, .forcedOpen, .metricsOnly:
            if windowChanged {
                self.window = SlidingWindowStorage(kind: settings.window)
                self.consecutiveFailures = 0
            }
            self.windowMinimumCalls = Self.minimumCalls(settings.minimumNumberOfCalls, window: settings.window)
        case .open(let openedAt, _):
            if windowChanged {
                self.window = SlidingWindowStorage(kind: settings.window)
            }
            let until = openedAt.addingSaturating(self.openDuration(opening: self.consecutiveOpenings))
            self.mode = .open(openedAt: openedAt, until: until)
        case .halfOpen:
            break
        }
        var action = Action()
        action.timer = self.timerForCurrentPeriod()
        return action
    }

    // MARK: Transitions

    private mutating func enterOpen(
        at openedAt: Int64,
        reason: CircuitBreaker.TransitionReason,
        now: Int64,
        into action: inout Action?
    ) {
        let from = self.state
        self.window.evict(at: now)
        let metrics = self.snapshot()
        self.consecutiveOpenings += 1
        let until = openedAt.addingSaturating(self.openDuration(opening: self.consecutiveOpenings))
        self.mode = .open(openedAt: openedAt, until: until)
        // The window and the not-permitted count carry over: an open breaker shows what opened it.
        self.finishTransition(from: from, reason: reason, metrics: metrics, into: &action)
    }

    private mutating func enterHalfOpen(
        at now: Int64,
        reason: CircuitBreaker.TransitionReason,
        into action: inout Action?
    ) {
        let from = self.state
        self.window.evict(at: now)
        let metrics = self.snapshot()
        let probes = self.settings.permittedCallsInHalfOpenState
        self.startPeriod(window: .allCalls, minimumCalls: probes)
        self.mode = .halfOpen(startedAt: now, admitted: 0)
        self.finishTransition(from: from, reason: reason, metrics: metrics, into: &action)
    }

    private mutating func enterClosed(reason: CircuitBreaker.TransitionReason, now: Int64, into action: inout Action?) {
        let from = self.state
        self.window.evict(at: now)
        let metrics = self.snapshot()
        self.startPeriod(window: self.settings.window, minimumCalls: nil)
        self.consecutiveOpenings = 0
        self.mode = .closed
        self.finishTransition(from: from, reason: reason, metrics: metrics, into: &action)
    }

    private mutating func enterManualState(_ target: Mode, now: Int64, into action: inout Action?) {
        let from = self.state
        self.window.evict(at: now)
        let metrics = self.snapshot()
        self.startPeriod(window: self.settings.window, minimumCalls: nil)
        self.consecutiveOpenings = 0
        self.mode = target
        self.finishTransition(from: from, reason: .manual, metrics: metrics, into: &action)
    }

    /// Empties the window and the counters of the measurement period.
    private mutating func startPeriod(window: SlidingWindowStorage.Kind, minimumCalls: Int?) {
        self.window = SlidingWindowStorage(kind: window)
        self.windowMinimumCalls =
            minimumCalls ?? Self.minimumCalls(self.settings.minimumNumberOfCalls, window: window)
        self.notPermittedCalls = 0
        self.consecutiveFailures = 0
    }

    private mutating func finishTransition(
        from: CircuitBreaker.State,
        reason: CircuitBreaker.TransitionReason,
        metrics: CircuitBreaker.Metrics,
        into action: inout Action?
    ) {
        self.epoch += 1
        switch self.mode {
        case .closed, .metricsOnly: self.recordingEpoch = self.epoch
        case .open, .halfOpen, .disabled, .forcedOpen: self.recordingEpoch = 0
        }
        var performed = action ?? Action()
        performed.transitions.append(.init(from: from, to: self.state, reason: reason, metrics: metrics))
        performed.timer = self.timerForCurrentPeriod()
        action = performed
    }

    // MARK: Rules

    private func timerForCurrentPeriod() -> TimerAction {
        switch self.mode {
        case .open(_, let until) where self.settings.automaticTransitionFromOpenToHalfOpen:
            return .schedule(deadline: until, epoch: self.epoch)
        case .halfOpen(let startedAt, _):
            if let expiry = self.halfOpenExpiry(startedAt: startedAt) {
                return .schedule(deadline: expiry, epoch: self.epoch)
            }
            return .cancel
        default:
            return .cancel
        }
    }

    @inline(__always)
    private func halfOpenExpiry(startedAt: Int64) -> Int64? {
        self.settings.maxWaitDurationInHalfOpenState.map { startedAt.addingSaturating($0) }
    }

    /// Why a closed breaker must open now, if it must.
    @inline(__always)
    private mutating func closedTripReason() -> CircuitBreaker.TransitionReason? {
        if self.window.calls < self.windowMinimumCalls && self.settings.consecutiveFailureThreshold == nil {
            return nil
        }
        if let reason = self.rateTripReason() { return reason }
        if let threshold = self.settings.consecutiveFailureThreshold, self.consecutiveFailures >= threshold {
            return .consecutiveFailureThresholdReached
        }
        return nil
    }

    /// Whether the window's failure or slow-call rate has reached its threshold.
    ///
    /// The rule is `Double(failures) / Double(calls) >= failureRateThreshold`, the rate as ``metrics(now:)`` reports
    /// it. Since that quotient grows with `failures`, the rule is the same as `failures >= k` for the smallest such `k`.
    /// A full count-based window always holds the same number of calls, so it computes `k` once and then judges each
    /// call with integer comparisons instead of divisions.
    @inline(__always)
    private mutating func rateTripReason() -> CircuitBreaker.TransitionReason? {
        let calls = self.window.calls
        guard calls >= self.windowMinimumCalls, calls > 0 else { return nil }
        let failed: Bool
        let slow: Bool
        if calls == self.tripCounts.calls {
            failed = self.window.failures >= self.tripCounts.failures
            slow = self.window.slowCalls >= self.tripCounts.slowCalls
        } else {
            if calls == self.window.capacity {
                self.tripCounts = TripCounts(calls: calls, settings: self.settings)
            }
            failed = Double(self.window.failures) / Double(calls) >= self.settings.failureRateThreshold
            slow = Double(self.window.slowCalls) / Double(calls) >= self.settings.slowCallRateThreshold
        }
        if failed { return .failureRateThresholdExceeded }
        if slow { return .slowCallRateThresholdExceeded }
        return nil
    }

    /// The smallest numbers of failed and of slow calls, out of `calls`, that reach their rate thresholds.
    struct TripCounts: Sendable, Hashable {
        var calls: Int
        var failures: Int
        var slowCalls: Int

        static let none = TripCounts(calls: -1, failures: .max, slowCalls: .max)

        private init(calls: Int, failures: Int, slowCalls: Int) {
            self.calls = calls
            self.failures = failures
            self.slowCalls = slowCalls
        }

        init(calls: Int, settings: Settings) {
            self.calls = calls
            self.failures = Self.smallestCount(reaching: settings.failureRateThreshold, of: calls)
            self.slowCalls = Self.smallestCount(reaching: settings.slowCallRateThreshold, of: calls)
        }

        /// The smallest `k` with `Double(k) / Double(calls) >= threshold`, or `calls + 1` when no `k <= calls` does.
        static func smallestCount(reaching threshold: Double, of calls: Int) -> Int {
            let reaches = { (count: Int) in Double(count) / Double(calls) >= threshold }
            // The estimate is off by at most one either way; step to the exact answer with the rule itself.
            var count = min(max(Int((threshold * Double(calls)).rounded(.up)), 0), calls + 1)
            while count > 0 && reaches(count - 1) { count -= 1 }
            while count <= calls && !reaches(count) { count += 1 }
            return count
        }
    }

    /// The open duration of the n-th opening in a row (n >= 1).
    private func openDuration(opening n: Int) -> Int64 {
        let wait = self.settings.waitDurationInOpenState
        guard let backoff = self.settings.backoff, backoff.multiplier > 1, n > 1 else { return wait }
        var duration = Double(wait)
        for _ in 1..<n {
            duration *= backoff.multiplier
            if duration >= Double(backoff.maximum) { return backoff.maximum }
        }
        return Int64(duration)
    }

    private func snapshot() -> CircuitBreaker.Metrics {
        let calls = self.window.calls
        let hasRates = calls >= self.windowMinimumCalls && calls > 0
        return CircuitBreaker.Metrics(
            failureRate: hasRates ? Double(self.window.failures) / Double(calls) : nil,
            slowCallRate: hasRates ? Double(self.window.slowCalls) / Double(calls) : nil,
            numberOfBufferedCalls: calls,
            numberOfFailedCalls: self.window.failures,
            numberOfSuccessfulCalls: calls - self.window.failures,
            numberOfSlowCalls: self.window.slowCalls,
            numberOfSlowSuccessfulCalls: self.window.slowCalls - self.window.slowFailures,
            numberOfSlowFailedCalls: self.window.slowFailures,
            numberOfNotPermittedCalls: self.notPermittedCalls
        )
    }

    private static func minimumCalls(_ configured: Int, window: SlidingWindowStorage.Kind) -> Int {
        switch window {
        case .countBased(let size): min(configured, size)
        case .timeBased, .allCalls: configured
        }
    }
}

extension Int64 {
    /// `self + other`, clamped to the range of `Int64`.
    @inlinable
    func addingSaturating(_ other: Int64) -> Int64 {
        let (sum, overflow) = self.addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}
