public import Logging
import Synchronization
public import Tracing

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
/// ``run(_:)`` has the semantics of ``withTimeout(_:name:clock:abandonedWork:operation:)``, or, for a timeout made with
/// `mode: .cooperative`, of ``withTimeout(_:mode:name:clock:abandonedWork:operation:)`` in that mode (see ``Mode``):
///
/// ```swift
/// let searchTimeout = Timeout(.milliseconds(300), mode: .cooperative, name: "search")
/// ```
///
/// ## Timeouts and circuit breakers
///
/// Put the timeout **inside** the breaker, `breaker.run { try await timeout.run { … } }`: a call that times out then
/// reaches the breaker as a ``TimeoutError``, which counts as a failure by default, so that a dependency that hangs
/// opens the breaker. The other way round, the breaker's operation is cancelled when the timeout fires and ends with
/// `CancellationError`, which a breaker ignores by default: hanging calls would never open it. A slow call that does
/// finish is counted as slow either way, by the breaker's own clock.
public final class Timeout: Sendable {
    /// How long an operation may take.
    public let duration: Duration

    /// What the timeout does with an operation still running at its deadline.
    public let mode: Mode

    /// The name in ``TimeoutError``, in ``abandonedWork``'s events, in logs and in metrics.
    public let name: String

    /// The operations of this timeout that outlived their answer.
    public let abandonedWork: AbandonedWork

    @usableFromInline
    let scheduler: DeadlineScheduler
    @usableFromInline
    let successful = Atomic<Int>(0)
    @usableFromInline
    let failed = Atomic<Int>(0)
    @usableFromInline
    let timedOut = Atomic<Int>(0)
    private let reporter: PolicyReporter

    /// Creates a timeout.
    ///
    /// - Parameters:
    ///   - duration: How long an operation may take. Zero or less fails every call with ``TimeoutError``.
    ///   - mode: What to do with an operation still running at the deadline: answer at once and leave it running
    ///     (``Mode/neverHostage``, the default), or cancel it and wait for it (``Mode/cooperative``).
    ///   - name: The name in ``TimeoutError``, in the events of ``abandonedWork``, in logs and in metrics. By default
    ///     `timeout-1`, `timeout-2`, … in the order the timeouts are created, so that no two share a metrics label; name
    ///     the ones you chart.
    ///   - clock: The clock that measures the duration. Defaults to `ContinuousClock()`; tests pass a `ManualClock`.
    ///   - logger: Where each call that timed out is logged, at debug level. Defaults to the task-local
    ///     `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `timeout.exceeded` event for each call that timed out; `nil`
    ///     adds none. Defaults to `InstrumentationSystem.tracer`.
    public init<C: Clock<Duration>>(
        _ duration: Duration,
        mode: Mode = .neverHostage,
        name: String = PolicyName.unique("timeout"),
        clock: C = ContinuousClock(),
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) {
        self.duration = duration
        self.mode = mode
        self.name = name
        self.abandonedWork = AbandonedWork()
        self.scheduler = DeadlineScheduler.scheduler(for: clock)
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
    }

    /// The counts of this timeout's calls by how they ended, since it was created.
    public var metrics: Metrics {
        Metrics(
            successful: self.successful.load(ordering: .relaxed),
            failed: self.failed.load(ordering: .relaxed),
            timedOut: self.timedOut.load(ordering: .relaxed)
        )
    }

    /// Runs `operation` and returns its result, or throws ``TimeoutError`` once ``duration`` has passed, without
    /// waiting for the operation to stop.
    ///
    /// - Parameter operation: The work to bound.
    /// - Returns: What `operation` returned.
    /// - Throws: ``TimeoutError`` when the deadline passed first, `CancellationError` when the caller was cancelled
    ///   first, and otherwise whatever `operation` threw.
    @inlinable
    nonisolated(nonsending) public func run<Success: Sendable>(
        _ operation: sending @escaping @isolated(any) () async throws -> Success
    ) async throws -> Success {
        let value: Success
        do {
            value = try await runWithTimeout(
                self.duration,
                mode: self.mode,
                scheduler: self.scheduler,
                name: self.name,
                origin: ObjectIdentifier(self),
                abandonedWork: self.abandonedWork,
                operation: operation
            )
        } catch let error as TimeoutError where error.origin == ObjectIdentifier(self) {
            self.timedOut.add(1, ordering: .relaxed)
            self.reportTimeout(error)
            throw error
        } catch {
            self.failed.add(1, ordering: .relaxed)
            throw error
        }
        self.successful.add(1, ordering: .relaxed)
        return value
    }

    /// Logs and traces a call that timed out.
    @usableFromInline
    func reportTimeout(_ error: TimeoutError) {
        self.reporter.report(
            "call timed out",
            event: "timeout.exceeded",
            [
                "timeout.name": .string(self.name),
                "timeout.duration": .duration(error.timeout),
                "timeout.lateness": .duration(error.lateness),
            ]
        )
    }
}

extension Timeout {
    /// The counts of a ``Timeout``'s calls by how they ended: `resilience_timeout_calls_total{kind}`'s `successful`,
    /// `failed` and `timed_out`. A call timed out when this timeout answered it with a ``TimeoutError``; an inner
    /// timeout's error, even of the same name, is a failure here.
    public struct Metrics: Hashable, Sendable {
        /// Calls that returned in time.
        public var successful: Int
        /// Calls that threw another error in time.
        public var failed: Int
        /// Calls answered with this timeout's ``TimeoutError``.
        public var timedOut: Int
    }
}
