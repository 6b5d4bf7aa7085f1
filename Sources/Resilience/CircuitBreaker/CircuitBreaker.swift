public import CoreMetrics
import Logging
public import Synchronization
public import Tracing

/// Stops calling a dependency that is failing, fails fast instead, and probes carefully to find out when it has
/// recovered.
///
/// A breaker is **closed** while calls flow: it records each call's outcome in a sliding window and opens when the
/// failure rate or the slow-call rate reaches its threshold (or, optionally, after a number of failures in a row).
/// While **open** it rejects every call with ``CircuitBreakerOpenError`` without attempting it. Once
/// ``Configuration/waitDurationInOpenState`` has passed, it becomes **half-open** and admits exactly
/// ``Configuration/permittedCallsInHalfOpenState`` probe calls; their outcomes close it again or re-open it.
///
/// ```swift
/// var config = CircuitBreaker.Configuration()
/// config.slidingWindow = .countBased(size: 50)
/// config.minimumNumberOfCalls = 20
/// let breaker = try CircuitBreaker(name: "payments", configuration: config)
///
/// let receipt = try await breaker.run { try await payments.charge(order) }
/// ```
///
/// The breaker is a thin shell around a pure state machine: guarding a call neither suspends, nor spawns a task, nor
/// allocates. Admission in the closed state is a single atomic load; recording an outcome takes a lock for a few
/// nanoseconds. See <doc:CircuitBreakers> for the exact semantics.
///
/// Every breaker reports itself without being asked: swift-metrics (`resilience_circuitbreaker_state`,
/// `_calls_seconds`, `_not_permitted_calls_total`, `_failure_rate`, `_slow_call_rate`, `_slow_calls`, made once per
/// breaker), swift-log (each transition at info level, each rejection at debug level) and swift-distributed-tracing
/// (`circuit_breaker.rejected` and `circuit_breaker.state_change` events on the caller's active span). It never
/// bootstraps a logging, metrics or tracing system: without one, reporting costs a few nanoseconds a call.
public final class CircuitBreaker: Sendable {
    /// The name of the breaker, used in errors, events, logs and metrics.
    public let name: String

    /// The breaker's configuration: the one it was created with, or the last one given to
    /// ``update(configuration:)``.
    public var configuration: Configuration {
        self.locked.withLock { $0.configuration }
    }

    /// The classification of errors, from ``Configuration/recordError``.
    @usableFromInline
    let recordError: @Sendable (any Error) -> Bool

    /// The breaker's metrics; `nil` when the factory is swift-metrics' no-op one (no system bootstrapped), so that an
    /// uninstrumented breaker pays nothing for them.
    private let instruments: CircuitBreakerInstruments?

    /// Where the breaker reads the time.
    @usableFromInline
    let timeSource: TimeSource

    /// The admission word: `epoch << 3 | tag`, published under the lock whenever the state machine's period, or what a
    /// call must measure, changes: a call in the closed state is admitted with one atomic load, and a call in the open
    /// state rejected without the lock.
    @usableFromInline
    let admission: Atomic<UInt64>

    /// Take the lock: half-open, forced open, or open with event subscribers (a rejection is then published).
    @usableFromInline
    static let lockedTag: UInt64 = 0
    /// Admit, time the call and record it.
    @usableFromInline
    static let admitAndRecordTag: UInt64 = 1
    /// Admit and record nothing: disabled.
    @usableFromInline
    static let admitWithoutRecordingTag: UInt64 = 2
    /// Admit and record the call without timing it: nothing needs its duration, nor the instant it ends.
    @usableFromInline
    static let admitAndRecordUntimedTag: UInt64 = 3
    /// Admit and record the call without timing it; its outcome is filed by the instant it ends (a time-based window).
    @usableFromInline
    static let admitAndRecordWithInstantTag: UInt64 = 5
    /// Open: reject without the lock until ``openUntil``.
    @usableFromInline
    static let rejectWhileOpenTag: UInt64 = 4
    @usableFromInline
    static let tagMask: UInt64 = 7

    /// When the open state of the admission word's period ends, in the breaker's nanoseconds; written before the word.
    @usableFromInline
    let openUntil = Atomic<Int64>(0)

    /// The calls counted without the lock, not yet handed to the state machine: `period << 40 | count`, where `period` is
    /// the low 24 bits of the epoch they belong to. In an open period they are rejections; in a closed (or metrics-only)
    /// period whose count-based window is full, successes that were not slow: calls that cannot change the machine's
    /// decisions, only its counts.
    ///
    /// Every lock holder first takes the count over and seals the word, and reopens it for the period it leaves, if that
    /// period counts calls this way, before releasing the lock. A call racing with a lock holder fails its
    /// compare-and-exchange and is decided under the lock instead: never lost, never counted in another period.
    private let pending = Atomic<UInt64>(0)
    /// No call can be added: its count is full.
    private static let sealedPending = UInt64.max
    /// The slow-call threshold of the period the pending word is open for, written before the word is reopened.
    private let pendingSlowCallThreshold = Atomic<Int64>(0)
    private static let pendingCountBits: UInt64 = 40
    private static let pendingCountMask: UInt64 = (1 << 40) - 1
    private static let pendingPeriodMask: UInt64 = (1 << 24) - 1

    /// The logger and tracer: rejections are reported through it, transitions logged and traced with its two.
    private let reporter: PolicyReporter
    private let locked: LockedValue<LockedState>

    /// The shared timer of the breaker's clock, which fires the automatic and half-open timeouts.
    private let scheduler: DeadlineScheduler

    private struct ScheduledTimer {
        var epoch: UInt64
        var deadline: Int64
        var id: DeadlineScheduler.TimerID
    }

    /// The entry a breaker puts in the shared timer: it remembers the period it was scheduled for, and does not keep
    /// the breaker alive.
    private final class TimerEntry: DeadlineExpiring {
        weak let breaker: CircuitBreaker?
        let epoch: UInt64

        init(breaker: CircuitBreaker, epoch: UInt64) {
            self.breaker = breaker
            self.epoch = epoch
        }

        func deadlineReached(at now: Int64) {
            self.breaker?.timerFired(epoch: self.epoch)
        }
    }

    private struct LockedState {
        var machine: CircuitBreakerStateMachine
        var configuration: Configuration
        var subscribers = Subscribers<Event>()
        var transitionObservers: [UInt64: @Sendable (StateTransition) -> Void] = [:]
        var nextObserverID: UInt64 = 0
        var timer: ScheduledTimer?
        /// Whether calls are timed even where the configuration needs no duration: while there are subscribers.
        var timesCalls: Bool {
            !self.subscribers.isEmpty
        }
        /// When the window's gauges (rates, slow calls) may next be reported: at most every
        /// ``CircuitBreakerInstruments/windowReportInterval``, and at once after a transition.
        var nextWindowReport: Int64 = .min
    }

    /// Creates a circuit breaker.
    ///
    /// - Parameters:
    ///   - name: The name of the breaker, used in errors, events, logs and metrics. Must not be empty.
    ///   - configuration: The settings. Defaults to resilience4j's defaults.
    ///   - clock: The clock that times calls and waits. Defaults to `ContinuousClock()`; tests pass a `ManualClock`.
    ///   - logger: The logger for state transitions (info) and rejections (debug). Defaults to the task-local
    ///     `Logger.current`.
    ///   - metricsFactory: Where the breaker's metrics are made, once, here. Defaults to `MetricsSystem.factory`
    ///     (the bootstrapped system, or a task-local one bound with `withMetricsFactory`).
    ///   - tracer: The tracer whose active span receives the breaker's events; `nil` adds none. Defaults to
    ///     `InstrumentationSystem.tracer`.
    /// - Throws: ``ConfigurationError`` naming the first invalid field of `configuration`.
    public init<C: Clock<Duration>>(
        name: String,
        configuration: Configuration = Configuration(),
        clock: C = ContinuousClock(),
        logger: Logger = .current,
        metricsFactory: any MetricsFactory = MetricsSystem.factory,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) throws(ConfigurationError) {
        let settings = try configuration.validated(name: name)
        self.name = name
        self.recordError = configuration.recordError
        self.timeSource = TimeSource(clock, shortestMeasuredDuration: settings.shortestMeasuredDuration)
        self.scheduler = DeadlineScheduler.scheduler(for: clock)
        self.instruments =
            metricsFactory is NOOPMetricsHandler ? nil : CircuitBreakerInstruments(name: name, factory: metricsFactory)
        self.instruments?.stateChanged(to: .closed)
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
        let machine = CircuitBreakerStateMachine(settings: settings)
        self.admission = Atomic(machine.epoch << 3 | Self.admitAndRecordTag)
        self.locked = LockedValue(LockedState(machine: machine, configuration: configuration))
        self.withPendingTakenOver { self.publishAdmission(for: $0) }
    }

    deinit {
        self.locked.withLock { state in
            self.cancelTimer(in: &state)
            state.subscribers.finishAll()
        }
    }

    // MARK: Running calls

    /// Runs `operation` if the breaker admits it and records its outcome.
    ///
    /// A returned value is recorded as a success; a thrown error as a failure when
    /// ``Configuration/recordError`` says so, and as ignored otherwise. The call is slow when it took at least
    /// ``Configuration/slowCallDurationThreshold``. The operation runs on the caller's isolation, so it need not be
    /// `@Sendable`.
    ///
    /// - Parameter operation: The call to the dependency.
    /// - Returns: What `operation` returned.
    /// - Throws: ``CircuitBreakerOpenError`` when the breaker rejects the call without running it; otherwise
    ///   whatever `operation` throws.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        try await self.run(classifyingResult: { _ in .success }, operation)
    }

    /// Runs `operation` if the breaker admits it and records the outcome that `classify` gives its result.
    ///
    /// Use this when a dependency reports failure in a returned value instead of an error, for example an HTTP
    /// response with status 503:
    ///
    /// ```swift
    /// let byStatus: (HTTPClientResponse) -> CircuitBreaker.Outcome = { $0.status.code >= 500 ? .failure : .success }
    /// let response = try await breaker.run(classifyingResult: byStatus) {
    ///     try await client.execute(request, timeout: .seconds(2))
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - classify: Decides how a returned value is counted.
    ///   - operation: The call to the dependency.
    /// - Returns: What `operation` returned, whatever `classify` decided.
    /// - Throws: ``CircuitBreakerOpenError`` when the breaker rejects the call without running it; otherwise
    ///   whatever `operation` throws.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(
        classifyingResult classify: (T) -> Outcome,
        _ operation: () async throws(E) -> T
    ) async throws -> T {
        let permit = try self.acquirePermission().get()
        let value: T
        do {
            value = try await operation()
        } catch {
            self.record(permit, error: error)
            throw error
        }
        self.record(permit, outcome: classify(value))
        return value
    }

    // MARK: Two-step API

    /// Asks to make one call, without throwing.
    ///
    /// For callers that cannot wrap the call in ``run(_:)``, such as a SwiftNIO channel handler: acquire a permit
    /// before the call, then report its outcome with ``record(_:outcome:)`` or ``record(_:error:)`` exactly once.
    ///
    /// ```swift
    /// switch breaker.acquirePermission() {
    /// case .success(let permit):
    ///     // start the call; when it completes:
    ///     breaker.record(permit, outcome: .success)
    /// case .failure(let rejection):
    ///     // fail fast, for example with a 503 carrying rejection.retryAfter
    /// }
    /// ```
    ///
    /// - Returns: A permit, or the rejection when the breaker does not admit the call. A rejection is counted in
    ///   ``Metrics/numberOfNotPermittedCalls``.
    @inlinable
    public func acquirePermission() -> Result<Permit, CircuitBreakerOpenError> {
        let word = self.admission.load(ordering: .relaxed)
        switch word & Self.tagMask {
        case Self.admitAndRecordUntimedTag:
            return .success(Permit(epoch: word >> 3, start: Permit.untimed))
        case Self.admitAndRecordWithInstantTag:
            return .success(Permit(epoch: word >> 3, start: Permit.untimedWithInstant))
        case Self.admitAndRecordTag:
            return .success(Permit(epoch: word >> 3, start: self.timeSource.now()))
        case Self.admitWithoutRecordingTag:
            return .success(Permit(epoch: 0, start: 0))
        case Self.rejectWhileOpenTag:
            return self.rejectWhileOpen(epoch: word >> 3)
        default:
            return self.acquirePermissionLocked()
        }
    }

    /// Records how a call admitted by ``acquirePermission()`` went.
    ///
    /// - Parameters:
    ///   - permit: The permit of the call. Record each permit exactly once.
    ///   - outcome: How to count the call.
    @inlinable
    public func record(_ permit: Permit, outcome: Outcome) {
        guard permit.isRecorded else { return }
        if outcome == .success {
            // The common cases call one small function, with the clock (if any) read here: a success that cannot open
            // the breaker is counted without the lock.
            if permit.start == Permit.untimed {
                if self.recordSuccessQuickly(epoch: permit.epoch, duration: 0, now: 0) { return }
                self.record(permit, outcome: outcome, duration: 0, now: nil)
                return
            }
            if permit.start > Permit.untimedWithInstant {
                let now = self.timeSource.now()
                let duration = now - permit.start
                if self.recordSuccessQuickly(epoch: permit.epoch, duration: duration, now: now) { return }
                self.record(permit, outcome: outcome, duration: duration, now: now)
                return
            }
        }
        self.recordLocked(permit, outcome: outcome)
    }

    /// Records that a call admitted by ``acquirePermission()`` failed with `error`.
    ///
    /// An error's own ``ClassifiedError/outcome`` decides first: a success or a contract violation (the dependency
    /// answered) is recorded as a success, without consulting ``Configuration/recordError``. Otherwise a
    /// `CancellationError` is ignored, and ``Configuration/recordError`` decides between a failure and ignoring it.
    ///
    /// - Parameters:
    ///   - permit: The permit of the call. Record each permit exactly once.
    ///   - error: The error the call failed with.
    @inlinable
    public func record(_ permit: Permit, error: any Error) {
        guard permit.isRecorded else { return }
        self.recordLocked(permit, outcome: self.outcome(of: error))
    }

    /// Records one failure more for a call that was recorded as a success but failed afterwards: a response body or a
    /// row stream broke off after the call returned at the head.
    ///
    /// Counted in the closed and metrics-only states, in the window of the moment (a failure that makes the window
    /// reach its threshold opens the breaker); ignored in the others, so that it can never take a half-open probe's
    /// place. A count window cannot find the earlier success, so the call weighs twice in it: one success, one
    /// failure.
    ///
    /// - Parameter duration: How long the call took, for the slow-call rate.
    public func recordLateFailure(duration: Duration) {
        let word = self.admission.load(ordering: .relaxed)
        let tag = word & Self.tagMask
        guard
            tag == Self.admitAndRecordTag || tag == Self.admitAndRecordUntimedTag
                || tag == Self.admitAndRecordWithInstantTag
        else { return }
        let now = self.timeSource.now()
        self.recordLocked(Permit(epoch: word >> 3, start: now - duration.nanoseconds), outcome: .failure)
    }

    /// How the breaker records a call that threw `error`.
    @usableFromInline
    func outcome(of error: any Error) -> Outcome {
        switch CallOutcome.of(error, classifiedBy: { self.recordError($0) ? .failure : .ignored }) {
        case .success, .contractViolation: .success
        case .failure: .failure
        case .ignored: .ignored
        }
    }

    // MARK: State and operator control

    /// The current state.
    ///
    /// An open breaker whose wait has passed reports ``State/open`` until the next call (or, with
    /// ``Configuration/automaticTransitionFromOpenToHalfOpen``, the timer) moves it to half-open.
    public var state: State {
        self.locked.withLock { $0.machine.state }
    }

    /// The metrics of the current measurement period.
    public var metrics: Metrics {
        let now = self.timeSource.now()
        return self.withPendingTakenOver { $0.machine.metrics(now: now) }
    }

    /// Calls `observer` with every state transition, synchronously, under the breaker's lock: the observer must only
    /// hand the transition on (a registry's merged event stream does), never call back into the breaker. Returns the
    /// ID that ``removeTransitionObserver(_:)`` takes.
    func addTransitionObserver(_ observer: @escaping @Sendable (StateTransition) -> Void) -> UInt64 {
        self.locked.withLock { state in
            let id = state.nextObserverID
            state.nextObserverID += 1
            state.transitionObservers[id] = observer
            return id
        }
    }

    /// Stops calling the observer that ``addTransitionObserver(_:)`` returned `id` for.
    func removeTransitionObserver(_ id: UInt64) {
        _ = self.locked.withLock { $0.transitionObservers.removeValue(forKey: id) }
    }

    /// The number of events that subscribers of ``events`` lost because their buffer was full.
    public var numberOfDroppedEvents: Int {
        self.locked.withLock { $0.subscribers.dropped }
    }

    /// Moves the breaker to `state`, from any state. Moving to the current state changes nothing.
    ///
    /// This is operator control: ``State/forcedOpen``, ``State/disabled`` and ``State/metricsOnly`` are left only by
    /// another call to this method or by ``reset()``. Entering ``State/open`` starts a full open duration.
    public func transition(to state: State) {
        self.perform { locked, now in locked.machine.transition(to: state, now: now) }
    }

    /// Closes the breaker and empties its window and counters.
    ///
    /// Always emits a ``Event/stateTransition(_:)`` with reason ``TransitionReason/reset``, even from closed.
    public func reset() {
        self.perform { locked, now in locked.machine.reset(now: now) }
    }

    /// Applies a new configuration at run time, keeping the breaker's state.
    ///
    /// A closed breaker stays closed and keeps the calls in its window when the window's kind and size are unchanged
    /// (otherwise it starts an empty one); the new thresholds judge the next recorded call. An open breaker stays open
    /// since the same instant, until that instant plus the new ``Configuration/waitDurationInOpenState``. A half-open
    /// trial finishes with the probes it admitted. Disabled, forced-open and metrics-only breakers stay so. Calls in
    /// flight are recorded as usual. No transition is emitted.
    ///
    /// Two things are fixed at creation and kept: ``Configuration/recordError`` (the new one is ignored: it is code,
    /// not configuration) and the clock's precision. A breaker created with a `slowCallDurationThreshold` of at least
    /// 400 ms measures calls with the coarse system clock (about 4 ms resolution on Linux); lowering the threshold
    /// later keeps that resolution.
    ///
    /// - Throws: ``ConfigurationError`` naming the first invalid field; the breaker is then unchanged.
    public func update(configuration: Configuration) throws(ConfigurationError) {
        let settings = try configuration.validated(name: self.name)
        self.withPendingTakenOver { state in
            var kept = configuration
            kept.recordError = state.configuration.recordError
            state.configuration = kept
            let action = state.machine.reconfigure(settings)
            self.publishAdmission(for: state)
            self.apply(action, to: &state)
        }
    }

    // MARK: Events

    /// A new subscription to the breaker's events: transitions, rejections and call outcomes.
    ///
    /// Each access returns an independent stream that buffers the newest 1,024 events; see
    /// ``events(bufferingNewest:)``. The stream ends when the breaker is deinitialised.
    public var events: AsyncStream<Event> {
        self.events(bufferingNewest: 1024)
    }

    /// A new subscription to the breaker's events that buffers at most `limit` unread events.
    ///
    /// A slow or absent reader never blocks or slows a call: when the buffer is full the oldest unread event is
    /// dropped and counted in ``numberOfDroppedEvents``. Events are delivered in the order they happened.
    /// Cancelling the iterating task or dropping the stream ends the subscription.
    ///
    /// - Parameter limit: The most events kept for this subscriber. Values below 1 are raised to 1.
    public func events(bufferingNewest limit: Int) -> AsyncStream<Event> {
        Subscribers.stream(bufferingNewest: limit) { [weak self] body in
            guard let self else { return }
            self.withPendingTakenOver { state in
                body(&state.subscribers)
                // The first subscriber makes calls timed and rejections locked (they are published); the last undoes it.
                self.publishAdmission(for: state)
            }
        }
    }

    // MARK: Slow paths

    /// Rejects a call in the open state without the lock, while the open duration lasts and the admission word's period
    /// is current; otherwise decides under the lock.
    @usableFromInline
    func rejectWhileOpen(epoch: UInt64) -> Result<Permit, CircuitBreakerOpenError> {
        // Pairs with the releasing store of the admission word: `openUntil` is that of the word's period or later.
        atomicMemoryFence(ordering: .acquiring)
        let until = self.openUntil.load(ordering: .relaxed)
        let now = self.timeSource.now()
        guard now < until, self.countPending(epoch: epoch) else {
            return self.acquirePermissionLocked()
        }
        let rejection = CircuitBreakerOpenError(name: self.name, state: .open, retryAfter: .nanoseconds(until - now))
        self.reportRejection(rejection)
        return .failure(rejection)
    }

    /// Counts one call of period `epoch` in ``pending``: a rejection, or a success that was not slow. `false` when the
    /// word is not open for that period (or its count is full): the caller then decides under the lock.
    @usableFromInline
    func countPending(epoch: UInt64) -> Bool {
        let period = epoch & Self.pendingPeriodMask
        var current = self.pending.load(ordering: .relaxed)
        while current >> Self.pendingCountBits == period, current & Self.pendingCountMask != Self.pendingCountMask {
            let (exchanged, original) = self.pending.weakCompareExchange(
                expected: current,
                desired: current &+ 1,
                ordering: .relaxed
            )
            if exchanged { return true }
            current = original
        }
        return false
    }

    /// Runs `input` under the lock, with the calls counted in ``pending`` handed to the state machine first, and the
    /// word reopened for the period that `input` leaves, if that period counts calls without the lock.
    private func withPendingTakenOver<Result>(_ input: (inout LockedState) -> Result) -> Result {
        self.locked.withLock { state in
            self.takeOverPending(in: &state)
            let result = input(&state)
            self.reopenPending(for: state)
            return result
        }
    }

    /// Seals ``pending`` and hands what it counted to the state machine. Called under the lock.
    private func takeOverPending(in state: inout LockedState) {
        // Only lock holders unseal the word: a sealed one stays sealed, and needs no exchange.
        guard self.pending.load(ordering: .relaxed) != Self.sealedPending else { return }
        let taken = self.pending.exchange(Self.sealedPending, ordering: .relaxed)
        guard taken != Self.sealedPending,
            taken >> Self.pendingCountBits == state.machine.epoch & Self.pendingPeriodMask
        else { return }
        let count = Int(taken & Self.pendingCountMask)
        if case .open = state.machine.mode {
            state.machine.countNotPermitted(count)
        } else if count > 0 {
            state.machine.recordDeferredSuccesses(count)
        }
    }

    /// Reopens ``pending`` for the machine's period if that period counts calls without the lock: rejections while open,
    /// successes while a full count-based window can take them, and only while no subscriber or metrics system needs
    /// each call. Called under the lock, after ``takeOverPending(in:)``.
    private func reopenPending(for state: LockedState) {
        let machine = state.machine
        guard state.subscribers.isEmpty else { return }
        let countsCalls: Bool
        if case .open = machine.mode {
            countsCalls = true
        } else {
            countsCalls = machine.acceptsDeferredSuccesses && self.instruments == nil
        }
        guard countsCalls else { return }
        self.pendingSlowCallThreshold.store(machine.settings.slowCallDurationThreshold, ordering: .relaxed)
        self.pending.store((machine.epoch & Self.pendingPeriodMask) << Self.pendingCountBits, ordering: .relaxed)
    }

    @usableFromInline
    func acquirePermissionLocked() -> Result<Permit, CircuitBreakerOpenError> {
        let (decision, now, action) = self.withPendingTakenOver { state in
            let now = self.timeSource.now()
            let (decision, action) = state.machine.acquire(now: now)
            if let action {
                self.apply(action, to: &state)
            }
            if case .rejected(let rejectedState, let retryAfter) = decision, !state.subscribers.isEmpty {
                Self.publish(
                    .callNotPermitted(state: rejectedState, retryAfter: retryAfter.map { .nanoseconds($0) }),
                    to: &state
                )
            }
            return (decision, now, action)
        }
        if let action {
            self.log(action.transitions)
        }
        switch decision {
        case .permitted(let epoch):
            return .success(Permit(epoch: epoch, start: now))
        case .permittedWithoutRecording:
            return .success(Permit(epoch: 0, start: 0))
        case .rejected(let state, let retryAfter):
            let rejection = CircuitBreakerOpenError(
                name: self.name,
                state: state,
                retryAfter: retryAfter.map { .nanoseconds($0) }
            )
            self.reportRejection(rejection)
            return .failure(rejection)
        }
    }

    /// Counts, logs and traces a rejection.
    private func reportRejection(_ rejection: CircuitBreakerOpenError) {
        self.instruments?.callNotPermitted()
        guard !self.reporter.isSilent else { return }
        self.reporter.report(
            "circuit breaker rejected a call",
            event: "circuit_breaker.rejected",
            [
                "circuit_breaker.name": .string(self.name),
                "circuit_breaker.state": .string(rejection.state.rawValue),
                "circuit_breaker.retry_after": .string(rejection.retryAfter.map { "\($0)" } ?? "none"),
            ]
        )
    }

    @usableFromInline
    func recordLocked(_ permit: Permit, outcome: Outcome) {
        // Read before the lock, so that the lock is held for the bookkeeping alone.
        let now = permit.start == Permit.untimed ? nil : self.timeSource.now()
        let duration = permit.start > Permit.untimedWithInstant ? now! - permit.start : 0
        if outcome == .success, self.recordSuccessQuickly(epoch: permit.epoch, duration: duration, now: now ?? 0) {
            return
        }
        self.record(permit, outcome: outcome, duration: duration, now: now)
    }

    /// Records the common case, if it is one: a success of a closed breaker that nobody reports on, and which cannot
    /// open it. Once the window is full, without the lock: counted in ``pending``. Before (or with a time-based window),
    /// under the lock for a few instructions (see ``CircuitBreakerStateMachine/recordSuccessQuickly(epoch:duration:now:)``).
    /// Returns `false`, having changed nothing, otherwise.
    @usableFromInline
    func recordSuccessQuickly(epoch: UInt64, duration: Int64, now: Int64) -> Bool {
        if duration < self.pendingSlowCallThreshold.load(ordering: .relaxed), self.countPending(epoch: epoch) {
            return true
        }
        return self.recordSuccessUnderLock(epoch: epoch, duration: duration, now: now)
    }

    @inline(never)
    private func recordSuccessUnderLock(epoch: UInt64, duration: Int64, now: Int64) -> Bool {
        guard self.instruments == nil else { return false }
        return self.locked.withLock { state in
            // Most often the word is sealed here (a time-based window, a count-based one filling up): then it stays so,
            // unless this success fills the window.
            let wasOpen = self.pending.load(ordering: .relaxed) != Self.sealedPending
            if wasOpen { self.takeOverPending(in: &state) }
            let recorded =
                state.subscribers.isEmpty
                && state.machine.recordSuccessQuickly(epoch: epoch, duration: duration, now: now)
            if wasOpen || (recorded && state.machine.acceptsDeferredSuccesses) {
                self.reopenPending(for: state)
            }
            return recorded
        }
    }

    /// Records an outcome with everything that may follow from it: a transition, events, metrics. Not inlined, so that
    /// the common case above keeps a small frame.
    @usableFromInline
    @inline(never)
    func record(_ permit: Permit, outcome: Outcome, duration: Int64, now: Int64?) {
        let (action, window) = self.withPendingTakenOver { state in
            // An untimed call of a closed count-based window reads no clock, unless it opens the breaker.
            let now = now ?? (state.machine.recordNeedsInstant ? self.timeSource.now() : nil)
            var result = state.machine.record(epoch: permit.epoch, outcome: outcome, duration: duration, now: now)
            if let reason = result.pendingTrip {
                result.action = state.machine.trip(reason, now: self.timeSource.now())
            }
            if !state.subscribers.isEmpty {
                Self.publish(
                    .callFinished(outcome: outcome, duration: .nanoseconds(duration), isSlow: result.isSlow),
                    to: &state
                )
            }
            if let action = result.action {
                self.apply(action, to: &state)
            }
            var window: CircuitBreakerStateMachine.WindowRates? = nil
            // Instrumented breakers time every call: `now` has been read.
            if self.instruments != nil, let now, now >= state.nextWindowReport {
                state.nextWindowReport = now.addingSaturating(CircuitBreakerInstruments.windowReportInterval)
                window = state.machine.windowRates
            }
            return (result.action, window)
        }
        if let instruments = self.instruments {
            instruments.callFinished(outcome: outcome, nanoseconds: duration)
            if let window {
                instruments.windowChanged(window)
            }
        }
        if let action {
            self.log(action.transitions)
        }
    }

    private func timerFired(epoch: UInt64) {
        self.perform { state, now in
            // The timer that fired is done: forget it, so that the action may schedule its successor.
            if state.timer?.epoch == epoch {
                state.timer = nil
            }
            return state.machine.timerFired(epoch: epoch, now: now)
        }
    }

    /// Runs one input of the state machine under the lock and performs its actions.
    private func perform(_ input: (inout LockedState, Int64) -> CircuitBreakerStateMachine.Action) {
        let transitions = self.withPendingTakenOver { state in
            let action = input(&state, self.timeSource.now())
            self.apply(action, to: &state)
            return action.transitions
        }
        self.log(transitions)
    }

    /// Publishes the machine's new period, delivers transition events and keeps the timer. Called under the lock.
    private func apply(_ action: CircuitBreakerStateMachine.Action, to state: inout LockedState) {
        guard !action.transitions.isEmpty || action.timer != nil else { return }
        if !action.transitions.isEmpty {
            self.publishAdmission(for: state)
            // Under the lock, so that two transitions in a row never leave the gauges showing the first.
            if let instruments = self.instruments {
                instruments.stateChanged(to: state.machine.state)
                instruments.windowChanged(state.machine.windowRates)
            }
            state.nextWindowReport = .min
            if !state.subscribers.isEmpty {
                for transition in action.transitions {
                    Self.publish(.stateTransition(transition), to: &state)
                }
            }
            for observer in state.transitionObservers.values {
                for transition in action.transitions {
                    observer(transition)
                }
            }
        }
        switch action.timer {
        case nil:
            break
        case .cancel:
            self.cancelTimer(in: &state)
        case .schedule(let deadline, let epoch):
            if let timer = state.timer, timer.epoch == epoch, timer.deadline == deadline { break }
            self.cancelTimer(in: &state)
            // The breaker and the shared timer count time from different origins: hand over the time left.
            let remaining = deadline - self.timeSource.now()
            let id = self.scheduler.schedule(
                TimerEntry(breaker: self, epoch: epoch),
                at: self.scheduler.timeSource.now().addingSaturating(remaining)
            )
            state.timer = ScheduledTimer(epoch: epoch, deadline: deadline, id: id)
        }
    }

    /// Removes the breaker's pending timer from the shared timer, if it has one. Called under the lock.
    private func cancelTimer(in state: inout LockedState) {
        if let timer = state.timer.take() {
            self.scheduler.cancel(timer.id)
        }
    }

    private static func publish(_ event: Event, to state: inout LockedState) {
        state.subscribers.yield(event)
    }

    /// Logs each transition, and adds it to the caller's active span. Called after the lock is released.
    private func log(_ transitions: [StateTransition]) {
        for transition in transitions {
            addEventToActiveSpan(self.reporter.tracer, "circuit_breaker.state_change") { attributes in
                attributes["circuit_breaker.name"] = self.name
                attributes["circuit_breaker.from"] = transition.from.rawValue
                attributes["circuit_breaker.to"] = transition.to.rawValue
                attributes["circuit_breaker.reason"] = transition.reason.rawValue
            }
            self.reporter.logger.info(
                "circuit breaker changed state",
                metadata: [
                    "circuit_breaker.name": "\(self.name)",
                    "circuit_breaker.from": "\(transition.from)",
                    "circuit_breaker.to": "\(transition.to)",
                    "circuit_breaker.reason": "\(transition.reason)",
                    "circuit_breaker.failure_rate": "\(transition.metrics.failureRate.map { "\($0)" } ?? "none")",
                    "circuit_breaker.slow_call_rate": "\(transition.metrics.slowCallRate.map { "\($0)" } ?? "none")",
                    "circuit_breaker.buffered_calls": "\(transition.metrics.numberOfBufferedCalls)",
                    "circuit_breaker.failed_calls": "\(transition.metrics.numberOfFailedCalls)",
                    "circuit_breaker.slow_calls": "\(transition.metrics.numberOfSlowCalls)",
                    "circuit_breaker.not_permitted_calls": "\(transition.metrics.numberOfNotPermittedCalls)",
                ]
            )
        }
    }

    /// Publishes how calls of the machine's current period are admitted. Called under the lock, after every change of
    /// the period, the configuration or the subscribers.
    private func publishAdmission(for state: LockedState) {
        let machine = state.machine
        let tag: UInt64
        switch machine.mode {
        case .closed, .metricsOnly:
            if machine.settings.slowCallDurationThreshold != .max || self.instruments != nil || state.timesCalls {
                tag = Self.admitAndRecordTag
            } else if case .countBased = machine.settings.window {
                tag = Self.admitAndRecordUntimedTag
            } else {
                tag = Self.admitAndRecordWithInstantTag
            }
        case .disabled:
            tag = Self.admitWithoutRecordingTag
        case .open(_, let until) where state.subscribers.isEmpty:
            self.openUntil.store(until, ordering: .relaxed)
            tag = Self.rejectWhileOpenTag
        case .open, .halfOpen, .forcedOpen:
            tag = Self.lockedTag
        }
        self.admission.store(machine.epoch << 3 | tag, ordering: .releasing)
    }
}

extension CircuitBreakerStateMachine.Settings {
    /// The shortest duration the breaker measures or waits for, which decides how precise its clock must be.
    var shortestMeasuredDuration: Int64 {
        var shortest = self.slowCallDurationThreshold
        if self.waitDurationInOpenState > 0 { shortest = min(shortest, self.waitDurationInOpenState) }
        if let maxWait = self.maxWaitDurationInHalfOpenState { shortest = min(shortest, maxWait) }
        if case .timeBased(let bucket, _) = self.window { shortest = min(shortest, bucket) }
        return shortest
    }
}
