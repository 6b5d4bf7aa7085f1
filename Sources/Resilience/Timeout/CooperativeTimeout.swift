import Synchronization

extension Timeout {
    /// What a timeout does with an operation that is still running at its deadline.
    ///
    /// Both modes cancel the operation at the deadline and throw ``TimeoutError``; they differ in *when* the caller gets
    /// it, and in what the operation costs:
    ///
    /// | | ``neverHostage`` (the default) | ``cooperative`` |
    /// |---|---|---|
    /// | the caller is answered | at the deadline, whatever the operation does | when the operation returns after its cancellation |
    /// | an operation that ignores cancellation | keeps running, counted in ``Timeout/abandonedWork`` | holds the caller until it returns |
    /// | the operation runs in | an unstructured task | a child task of the caller's |
    /// | cost of a call that does not time out (`Benchmarks/README.md`) | about 2 child tasks (1.9×) | about 1.6 child tasks |
    ///
    /// Choose ``cooperative`` only for operations known to end promptly when cancelled (a `Task.sleep`, an
    /// AsyncHTTPClient request, a gRPC call, NIO file system I/O): its promise is only as good as theirs. A pipeline
    /// warns (``ResiliencePipeline/warnings``) when a cooperative timeout wraps a client that ignores cancellation,
    /// such as PostgresNIO's statements or a blocking call.
    public enum Mode: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The caller is answered by the deadline whether or not the operation honours cancellation; an operation that
        /// runs on is tracked as abandoned work. The operation runs in an unstructured task of its own, so that it can
        /// outlive the answer.
        case neverHostage = "never_hostage"

        /// Polly's optimistic timeout: the operation runs as a child task, the shared timer cancels it at the deadline,
        /// and the caller waits for it to return, then gets ``TimeoutError``. Nothing is ever abandoned, and a call that
        /// ends in time costs little more than the child task; but an operation that ignores cancellation holds the
        /// caller as long as it runs (the ``TimeoutError``'s ``TimeoutError/lateness`` says how long).
        case cooperative = "cooperative"

        public var description: String { self.rawValue }
    }
}

/// Runs `operation` as a child task that the shared timer of `scheduler` cancels at `requestedDeadline` (or an
/// enclosing one, if earlier), and waits for it: the cooperative mode of the timeout functions.
///
/// When the timer fired before the operation returned, the caller gets ``TimeoutError`` whatever the operation
/// returned; otherwise the operation's own result.
// Inlinable, so that it is specialised for the caller's result type; inlined into its caller: one async frame, and one
// check of the executor, fewer per call.
@inlinable
@inline(__always)
nonisolated(nonsending) func runCooperatively<Success: Sendable>(
    _ requestedDeadline: Int64,
    now: Int64,
    scheduler: DeadlineScheduler,
    name: String,
    origin: ObjectIdentifier? = nil,
    operation: sending @escaping @isolated(any) () async throws -> Success
) async throws -> Success {
    let deadline = try effectiveDeadline(requestedDeadline, now: now, scheduler: scheduler, name: name, origin: origin)
    // A cancelled caller starts nothing, as in the never-hostage mode.
    try Task.checkCancellation()
    // The child's closure captures the hold alone, which spares an allocation for its context.
    let hold = CooperativeDeadline(operation: operation, deadline: deadline, scheduler: scheduler)
    async let child = hold.run()
    let value: Success
    do {
        value = try await child
    } catch {
        guard hold.timedOut else { throw error }
        throw hold.timeoutError(name: name, timeout: deadline - now, deadline: deadline, origin: origin, on: scheduler)
    }
    guard !hold.timedOut else {
        throw hold.timeoutError(name: name, timeout: deadline - now, deadline: deadline, origin: origin, on: scheduler)
    }
    return value
}

/// A cooperative timeout's hold on its operation's task, in the shared timer: at the deadline it cancels the task,
/// unless the operation has returned.
///
/// The task is the child task that runs the operation, known through `withUnsafeCurrentTask`. Its handle is only used
/// while the task is sure to exist: the timer cancels it while ``state`` is `firing`, and the operation, before its
/// task ends, waits for any firing to finish and stops any later one.
@usableFromInline
final class CooperativeDeadline<Success: Sendable>: DeadlineExpiring, @unchecked Sendable {
    @inlinable static var running: UInt8 { 0 }
    @inlinable static var firing: UInt8 { 1 }
    @inlinable static var fired: UInt8 { 2 }
    @inlinable static var finished: UInt8 { 3 }

    @usableFromInline
    let state: Atomic<UInt8>
    @usableFromInline
    let deadline: Int64
    @usableFromInline
    let scheduler: DeadlineScheduler
    /// Taken once, by ``run()``. This and ``task`` are never accessed by two parties at once (see the class's
    /// comment), so without the dynamic exclusivity check (a thread-local lookup per access).
    @usableFromInline
    @exclusivity(unchecked)
    var operation: (@isolated(any) () async throws -> Success)?
    /// Set by ``run()`` on the child task before the timer is scheduled, used only while `state` is `firing`.
    @usableFromInline
    @exclusivity(unchecked)
    var task: UnsafeCurrentTask?

    @inlinable
    init(
        operation: sending @escaping @isolated(any) () async throws -> Success,
        deadline: Int64,
        scheduler: DeadlineScheduler
    ) {
        self.state = Atomic(Self.running)
        self.operation = operation
        self.deadline = deadline
        self.scheduler = scheduler
        self.task = nil
    }

    /// Whether the timer fired before the operation returned. Read after the child task ended.
    @inlinable
    var timedOut: Bool {
        self.state.load(ordering: .acquiring) == Self.fired
    }

    /// Runs the operation on the current (child) task, cancelled by the shared timer at the deadline. Called once.
    @inlinable
    nonisolated(nonsending) func run() async throws -> Success {
        // Written by `init` before the child task was created, read once here: the task's creation orders the two.
        guard let operation = self.operation.take() else { throw CancellationError() }
        self.task = withUnsafeCurrentTask { $0 }
        let timer = self.scheduler.schedule(self, at: self.deadline)
        defer {
            if !self.finish() {
                self.scheduler.cancel(timer)
            }
        }
        return try await Deadline.$current.withValue(Deadline(scheduler: self.scheduler, instant: self.deadline)) {
            try await operation()
        }
    }

    @inlinable
    func deadlineReached(at now: Int64) {
        guard
            self.state.compareExchange(
                expected: Self.running,
                desired: Self.firing,
                ordering: .acquiring
            ).exchanged
        else { return }
        self.task?.cancel()
        self.state.store(Self.fired, ordering: .releasing)
    }

    /// Stops the timer from cancelling the task from now on; returns whether it fired. Waits for a firing in progress
    /// (the task's cancellation handlers run in it).
    @inlinable
    func finish() -> Bool {
        var state = self.state.compareExchange(
            expected: Self.running,
            desired: Self.finished,
            ordering: .acquiringAndReleasing
        ).original
        while state == Self.firing {
            state = self.state.load(ordering: .acquiring)
        }
        return state == Self.fired
    }

    /// The error of a call whose timer fired: answered when the operation returned, late by the time since the deadline.
    @inlinable
    func timeoutError(
        name: String,
        timeout: Int64,
        deadline: Int64,
        origin: ObjectIdentifier?,
        on scheduler: DeadlineScheduler
    ) -> TimeoutError {
        TimeoutError(
            name: name,
            timeout: .nanoseconds(timeout),
            lateness: .nanoseconds(max(0, scheduler.timeSource.now() - deadline)),
            origin: origin
        )
    }
}
