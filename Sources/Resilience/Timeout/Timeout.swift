/// A timeout as a reusable policy value: a duration, a name and an account of abandoned work.
///
/// Use it where the same integration point is called from many places, and in pipelines:
///
/// ```swift
/// let paymentsTimeout = Timeout(.seconds(2), name: "payments")
/// let receipt = try await paymentsTimeout.run { try await payments.charge(order) }
/// paymentsTimeout.abandonedWork.numberOfRunningOperations   // operations still running past their deadline
/// ```
///
/// ``run(_:)`` has the semantics of ``withTimeout(_:name:clock:abandonedWork:operation:)``.
///
/// ## Timeouts and circuit breakers
///
/// Put the timeout **inside** the breaker, `breaker.run { try await timeout.run { … } }`: a call that times out then
/// reaches the breaker as a ``TimeoutError``, which counts as a failure by default, so that a dependency that hangs
/// opens the breaker. The other way round, the breaker's operation is cancelled when the timeout fires and ends with
/// `CancellationError`, which a breaker ignores by default: hanging calls would never open it. A slow call that does
/// finish is counted as slow either way, by the breaker's own clock.
public struct Timeout: Sendable {
    /// How long an operation may take.
    public var duration: Duration

    /// The name in ``TimeoutError`` and in ``abandonedWork``'s events.
    public var name: String

    /// The operations of this timeout that outlived their answer.
    public let abandonedWork: AbandonedWork

    private let scheduler: DeadlineScheduler

    /// Creates a timeout.
    ///
    /// - Parameters:
    ///   - duration: How long an operation may take. Zero or less fails every call with ``TimeoutError``.
    ///   - name: The name in ``TimeoutError`` and in the events of ``abandonedWork``.
    ///   - clock: The clock that measures the duration. Defaults to `ContinuousClock()`; tests pass a `ManualClock`.
    public init<C: Clock<Duration>>(_ duration: Duration, name: String = "timeout", clock: C = ContinuousClock()) {
        self.duration = duration
        self.name = name
        self.abandonedWork = AbandonedWork()
        self.scheduler = DeadlineScheduler.scheduler(for: clock)
    }

    /// Runs `operation` and returns its result, or throws ``TimeoutError`` once ``duration`` has passed, without
    /// waiting for the operation to stop.
    ///
    /// - Parameter operation: The work to bound.
    /// - Returns: What `operation` returned.
    /// - Throws: ``TimeoutError`` when the deadline passed first, `CancellationError` when the caller was cancelled
    ///   first, and otherwise whatever `operation` threw.
    public func run<Success: Sendable>(
        _ operation: sending @escaping @isolated(any) () async throws -> Success
    ) async throws -> Success {
        try await runWithTimeout(
            self.duration,
            scheduler: self.scheduler,
            name: self.name,
            abandonedWork: self.abandonedWork,
            operation: operation
        )
    }
}
