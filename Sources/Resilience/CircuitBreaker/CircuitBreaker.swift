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

    /// The admission word: `epoch << 2 | tag`, published under the lock whenever the state machine's period changes,
    /// so that a call in the closed state is admitted with one atomic load.
    @usableFromInline
    let admission: Atomic<UInt64>

    @usableFromInline
    static let admitAndRecordTag: UInt64 = 1
    @usableFromInline
    static let admitWithoutRecordingTag: UInt64 = 2
    @usableFromInline
    static let tagMask: UInt64 = 3

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
        self.admission = Atomic(Self.admissionWord(for: machine))
        self.locked = LockedValue(LockedState(machine: machine, configuration: configuration))
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
        case Self.admitAndRecordTag:
            return .success(Permit(epoch: word >> 2, start: self.timeSource.now()))
        case Self.admitWithoutRecordingTag:
            return .success(Permit(epoch: 0, start: 0))
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
        guard word & Self.tagMask == Self.admitAndRecordTag else { return }
        let now = self.timeSource.now()
        self.recordLocked(Permit(epoch: word >> 2, start: now - duration.nanoseconds), outcome: .failure)
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
        return self.locked.withLock { $0.machine.metrics(now: now) }
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
        self.locked.withLock { state in
            var kept = configuration
            kept.recordError = state.configuration.recordError
            state.configuration = kept
            let action = state.machine.reconfigure(settings)
            self.admission.store(Self.admissionWord(for: state.machine), ordering: .releasing)
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
            self?.locked.withLock { body(&$0.subscribers) }
        }
    }

    // MARK: Slow paths

    @usableFromInline
    func acquirePermissionLocked() -> Result<Permit, CircuitBreakerOpenError> {
        let (decision, now, action) = self.locked.withLock { state in
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
        let (action, duration, window) = self.locked.withLock { state in
            let now = self.timeSource.now()
            let duration = now - permit.start
            let result = state.machine.record(epoch: permit.epoch, outcome: outcome, duration: duration, now: now)
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
            if self.instruments != nil, now >= state.nextWindowReport {
                state.nextWindowReport = now.addingSaturating(CircuitBreakerInstruments.windowReportInterval)
                window = state.machine.windowRates
            }
            return (result.action, duration, window)
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
        let transitions = self.locked.withLock { state in
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
            self.admission.store(Self.admissionWord(for: state.machine), ordering: .releasing)
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

    private static func admissionWord(for machine: CircuitBreakerStateMachine) -> UInt64 {
        let tag: UInt64
        switch machine.mode {
        case .closed, .metricsOnly: tag = Self.admitAndRecordTag
        case .disabled: tag = Self.admitWithoutRecordingTag
        case .open, .halfOpen, .forcedOpen: tag = 0
        }
        return machine.epoch << 2 | tag
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
