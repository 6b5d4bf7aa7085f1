/// Runs `operation` and returns its result, or throws ``TimeoutError`` once `timeout` has passed, without waiting for
/// the operation to stop.
///
/// The caller is answered at the deadline even when the operation ignores cancellation (a continuation nobody resumes,
/// a long computation, a blocking call): the operation is cancelled and, if it keeps running, is counted in
/// `abandonedWork` until it really ends. No task sleeps per call: one shared timer per clock fires every deadline, and
/// a call that finishes in time removes its entry.
///
/// ```swift
/// let receipt = try await withTimeout(.seconds(2)) { try await payments.charge(order) }
/// ```
///
/// - The operation sees ``Deadline/current``, the earlier of this deadline and any enclosing one: nested timeouts never
///   extend the time. It also sees the caller's other task-local values (logger, trace context) and priority.
/// - Cancelling the caller cancels the operation and throws `CancellationError`, not ``TimeoutError``.
/// - A timeout of zero or less, or an enclosing deadline that has already passed, throws ``TimeoutError`` without
///   starting the operation.
///
/// The operation runs in a task of its own, so it must be `@Sendable` (or `sending`) and its result `Sendable`.
///
/// - Parameters:
///   - timeout: How long the operation may take.
///   - name: The name in the ``TimeoutError`` and in `abandonedWork`'s events.
///   - clock: The clock that measures the timeout. Tests pass a `ManualClock`.
///   - abandonedWork: Where operations that outlive their answer are counted.
///   - operation: The work to bound.
/// - Returns: What `operation` returned.
/// - Throws: ``TimeoutError`` when the deadline passed first, `CancellationError` when the caller was cancelled first,
///   and otherwise whatever `operation` threw.
@inlinable
nonisolated(nonsending) public func withTimeout<Success: Sendable, C: Clock<Duration>>(
    _ timeout: Duration,
    name: String = "withTimeout",
    clock: C = ContinuousClock(),
    abandonedWork: AbandonedWork = .shared,
    operation: sending @escaping @isolated(any) () async throws -> Success
) async throws -> Success {
    try await runWithTimeout(
        timeout,
        scheduler: DeadlineScheduler.scheduler(for: clock),
        name: name,
        abandonedWork: abandonedWork,
        operation: operation
    )
}

/// Runs `operation` and returns its result, or throws ``TimeoutError`` once `timeout` has passed, in the given `mode`.
///
/// With ``Timeout/Mode/neverHostage`` this is ``withTimeout(_:name:clock:abandonedWork:operation:)``. With
/// ``Timeout/Mode/cooperative`` the operation runs as a child task of the caller's, the shared timer cancels it at the
/// deadline, and the caller waits for it to return before it gets ``TimeoutError``: cheaper (no unstructured task, no
/// abandoned work), but only as prompt as the operation's response to cancellation.
///
/// ```swift
/// // AsyncHTTPClient ends a request when its task is cancelled: the cooperative mode is enough.
/// let response = try await withTimeout(.seconds(2), mode: .cooperative) { try await client.execute(request) }
/// ```
///
/// - Parameters:
///   - timeout: How long the operation may take.
///   - mode: What to do with an operation still running at the deadline.
///   - name: The name in the ``TimeoutError`` and in `abandonedWork`'s events.
///   - clock: The clock that measures the timeout. Tests pass a `ManualClock`.
///   - abandonedWork: Where operations that outlive their answer are counted (never-hostage mode only).
///   - operation: The work to bound.
/// - Returns: What `operation` returned.
/// - Throws: ``TimeoutError`` when the deadline passed first (in the cooperative mode: when the timer fired before the
///   operation returned, whatever it returned), `CancellationError` when the caller was cancelled first, and otherwise
///   whatever `operation` threw.
@inlinable
nonisolated(nonsending) public func withTimeout<Success: Sendable, C: Clock<Duration>>(
    _ timeout: Duration,
    mode: Timeout.Mode,
    name: String = "withTimeout",
    clock: C = ContinuousClock(),
    abandonedWork: AbandonedWork = .shared,
    operation: sending @escaping @isolated(any) () async throws -> Success
) async throws -> Success {
    try await runWithTimeout(
        timeout,
        mode: mode,
        scheduler: DeadlineScheduler.scheduler(for: clock),
        name: name,
        abandonedWork: abandonedWork,
        operation: operation
    )
}

/// Runs `operation` and returns its result, or throws ``TimeoutError`` once `deadline` has passed, without waiting for
/// the operation to stop.
///
/// The same as ``withTimeout(_:name:clock:abandonedWork:operation:)``, with an instant instead of a duration.
///
/// - Parameters:
///   - deadline: The instant by which the operation must be done, on `clock`.
///   - name: The name in the ``TimeoutError`` and in `abandonedWork`'s events.
///   - clock: The clock of `deadline`.
///   - abandonedWork: Where operations that outlive their answer are counted.
///   - operation: The work to bound.
/// - Returns: What `operation` returned.
/// - Throws: ``TimeoutError`` when the deadline passed first, `CancellationError` when the caller was cancelled first,
///   and otherwise whatever `operation` threw.
@inlinable
nonisolated(nonsending) public func withDeadline<Success: Sendable, C: Clock<Duration>>(
    _ deadline: C.Instant,
    name: String = "withDeadline",
    clock: C = ContinuousClock(),
    abandonedWork: AbandonedWork = .shared,
    operation: sending @escaping @isolated(any) () async throws -> Success
) async throws -> Success {
    try await runWithTimeout(
        clock.now.duration(to: deadline),
        scheduler: DeadlineScheduler.scheduler(for: clock),
        name: name,
        abandonedWork: abandonedWork,
        operation: operation
    )
}

/// Runs `operation` and returns its result, or throws ``TimeoutError`` once `deadline` has passed, in the given `mode`:
/// ``withTimeout(_:mode:name:clock:abandonedWork:operation:)`` with an instant instead of a duration.
///
/// - Parameters:
///   - deadline: The instant by which the operation must be done, on `clock`.
///   - mode: What to do with an operation still running at the deadline.
///   - name: The name in the ``TimeoutError`` and in `abandonedWork`'s events.
///   - clock: The clock of `deadline`.
///   - abandonedWork: Where operations that outlive their answer are counted (never-hostage mode only).
///   - operation: The work to bound.
/// - Returns: What `operation` returned.
/// - Throws: As ``withTimeout(_:mode:name:clock:abandonedWork:operation:)``.
@inlinable
nonisolated(nonsending) public func withDeadline<Success: Sendable, C: Clock<Duration>>(
    _ deadline: C.Instant,
    mode: Timeout.Mode,
    name: String = "withDeadline",
    clock: C = ContinuousClock(),
    abandonedWork: AbandonedWork = .shared,
    operation: sending @escaping @isolated(any) () async throws -> Success
) async throws -> Success {
    try await runWithTimeout(
        clock.now.duration(to: deadline),
        mode: mode,
        scheduler: DeadlineScheduler.scheduler(for: clock),
        name: name,
        abandonedWork: abandonedWork,
        operation: operation
    )
}

/// The common path of the timeout functions: the deadline is `timeout` from now on `scheduler`'s clock.
// Inlinable, so that the caller's module specialises the whole timed call for its result type: unspecialised, the
// generic frames, value witnesses and type-metadata lookups cost about a third of a call (`Benchmarks/README.md`).
// Inlined into its caller: one async frame, and one check of the executor, fewer per call.
@inlinable
@inline(__always)
nonisolated(nonsending) func runWithTimeout<Success: Sendable>(
    _ timeout: Duration,
    mode: Timeout.Mode = .neverHostage,
    scheduler: DeadlineScheduler,
    name: String,
    origin: ObjectIdentifier? = nil,
    abandonedWork: AbandonedWork,
    operation: sending @escaping @isolated(any) () async throws -> Success
) async throws -> Success {
    let now = scheduler.timeSource.now()
    if mode == .cooperative {
        return try await runCooperatively(
            now.addingSaturating(timeout.nanoseconds),
            now: now,
            scheduler: scheduler,
            name: name,
            origin: origin,
            operation: operation
        )
    }
    return try await runWithDeadline(
        now.addingSaturating(timeout.nanoseconds),
        now: now,
        scheduler: scheduler,
        name: name,
        origin: origin,
        abandonedWork: abandonedWork,
        operation: operation
    )
}

/// `deadline` and `now` are in `scheduler`'s nanoseconds; `origin` is the ``Timeout`` whose call this is, if any.
@inlinable
nonisolated(nonsending) func runWithDeadline<Success: Sendable>(
    _ requestedDeadline: Int64,
    now: Int64,
    scheduler: DeadlineScheduler,
    name: String,
    origin: ObjectIdentifier? = nil,
    abandonedWork: AbandonedWork,
    operation: sending @escaping @isolated(any) () async throws -> Success
) async throws -> Success {
    let deadline = try effectiveDeadline(requestedDeadline, now: now, scheduler: scheduler, name: name, origin: origin)
    let timeout = Duration.nanoseconds(deadline - now)
    let call = TimedCall<Success>(
        name: name,
        origin: origin,
        timeout: timeout,
        deadline: deadline,
        scheduler: scheduler,
        abandonedWork: abandonedWork
    )
    // `operation` was sent to us, so no one else uses it; the compiler cannot follow it through the two closures.
    let transfer = UnsafeTransfer(operation)
    return try await withTaskCancellationHandler {
        try await withUnsafeThrowingContinuation { continuation in
            call.start(continuation: continuation, operation: transfer.value)
        }
    } onCancel: {
        call.callerCancelled()
    }
}

/// The deadline a timed call runs under: `requestedDeadline`, or an enclosing ``Deadline/current`` if it is earlier.
///
/// - Throws: ``TimeoutError`` when that deadline is not after `now` (nothing may start). A caller already cancelled is
///   left to each mode: the never-hostage call's cancellation handler finds it before anything starts, and the
///   cooperative call checks for it itself.
@usableFromInline
func effectiveDeadline(
    _ requestedDeadline: Int64,
    now: Int64,
    scheduler: DeadlineScheduler,
    name: String,
    origin: ObjectIdentifier?
) throws -> Int64 {
    var deadline = requestedDeadline
    if let enclosing = Deadline.current {
        // An enclosing deadline on the same clock is compared exactly; one on another clock by the time it has left.
        let enclosingDeadline =
            enclosing.scheduler === scheduler
            ? enclosing.instant : now.addingSaturating(enclosing.remainingNanoseconds)
        deadline = min(deadline, enclosingDeadline)
    }
    guard deadline > now else {
        throw TimeoutError(
            name: name,
            timeout: max(.nanoseconds(deadline - now), .zero),
            lateness: .nanoseconds(now - deadline),
            origin: origin
        )
    }
    return deadline
}

/// Runs `operation` in a task of its own, without a deadline of its own, and answers at once when the caller is
/// cancelled, whether or not the operation stops; an operation that keeps running is counted in `abandonedWork`. For
/// work that must never hold its caller (the losing attempts of a ``Hedging``). An enclosing ``Deadline/current``
/// still applies.
nonisolated(nonsending) func runAbandonable<Success: Sendable>(
    name: String,
    scheduler: DeadlineScheduler,
    abandonedWork: AbandonedWork,
    operation: sending @escaping @isolated(any) () async throws -> Success
) async throws -> Success {
    try await runWithDeadline(
        .max,
        now: scheduler.timeSource.now(),
        scheduler: scheduler,
        name: name,
        abandonedWork: abandonedWork,
        operation: operation
    )
}

/// Carries a value that was `sending` into closures the compiler cannot prove it safe to move into.
@usableFromInline
struct UnsafeTransfer<Value>: @unchecked Sendable {
    @usableFromInline
    let value: Value

    @inlinable
    init(_ value: sending Value) {
        self.value = value
    }
}
