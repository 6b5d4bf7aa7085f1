import Synchronization

/// One operation running under a deadline: decides, exactly once, whether the caller gets the operation's result, a
/// ``TimeoutError`` or a `CancellationError`, and accounts for the operation when it outlives that answer.
///
/// The decisions are ``TimedCallStateMachine``'s; this shell holds it under a lock, creates the timer and the task, and
/// carries out its actions after releasing the lock (but for registering an abandoned operation, which must happen
/// under it).
///
/// Inlinable with the timeout functions, so that it is specialised for the caller's result type.
@usableFromInline
final class TimedCall<Success: Sendable>: DeadlineExpiring, Sendable {
    @usableFromInline
    typealias Machine = TimedCallStateMachine<Task<Void, Never>, DeadlineScheduler.TimerID>

    @usableFromInline
    let name: String
    /// The ``Timeout`` whose call this is, stamped on the ``TimeoutError`` so that it can tell its own from an inner one.
    @usableFromInline
    let origin: ObjectIdentifier?
    @usableFromInline
    let timeout: Duration
    @usableFromInline
    let deadline: Int64
    @usableFromInline
    let scheduler: DeadlineScheduler
    @usableFromInline
    let abandonedWork: AbandonedWork
    /// The task that waits for the answer, for ``AbandonedOperations``.
    @usableFromInline
    let callerTask: Int
    @usableFromInline
    let locked: Mutex<Machine>
    /// The caller's continuation while it waits; read and written only under `locked`. Kept out of the `Mutex`, which
    /// is then not generic over the result: the class's deinit, never specialised, would look up its type metadata.
    /// Like ``operation``, never accessed by two parties at once, so without the dynamic exclusivity check (a
    /// thread-local lookup per access).
    @usableFromInline
    @exclusivity(unchecked)
    nonisolated(unsafe) var continuation: UnsafeContinuation<Success, any Error>?
    /// The operation, from `start` to the start of its task.
    @usableFromInline
    @exclusivity(unchecked)
    nonisolated(unsafe) var operation: (@isolated(any) () async throws -> Success)?

    @inlinable
    init(
        name: String,
        origin: ObjectIdentifier?,
        timeout: Duration,
        deadline: Int64,
        scheduler: DeadlineScheduler,
        abandonedWork: AbandonedWork
    ) {
        self.name = name
        self.origin = origin
        self.timeout = timeout
        self.deadline = deadline
        self.scheduler = scheduler
        self.abandonedWork = abandonedWork
        self.callerTask = AbandonedOperations.currentTaskKey()
        self.locked = Mutex(Machine())
        self.continuation = nil
        self.operation = nil
    }

    @inlinable
    func withLock<Result>(_ body: (inout Machine) -> sending Result) -> sending Result {
        self.locked.withAnnotatedLock(owner: self, body)
    }

    /// Runs an input of the machine under the lock: registers an abandoned operation there when the machine says so,
    /// and returns the action with the caller's continuation, taken when the action answers the caller.
    ///
    /// The two come back as separate values, not as a tuple: where this class is not specialised (the timer's and the
    /// cancellation handler's calls reach it through its protocol), a tuple of the action and the continuation would cost
    /// a type-metadata lookup at every step.
    @inlinable
    func decide(
        _ continuation: inout UnsafeContinuation<Success, any Error>?,
        _ input: (inout Machine) -> Machine.Decision
    ) -> Machine.Action {
        var taken: UnsafeContinuation<Success, any Error>?
        let action = self.withLock { machine -> Machine.Action in
            let decision = input(&machine)
            if decision.registerAbandonedOperation {
                // Under the lock, so that the operation cannot end before it is registered.
                AbandonedOperations.shared.register(self, callerTask: self.callerTask)
            }
            if decision.action.answersCaller {
                taken = self.continuation.take()
            }
            return decision.action
        }
        continuation = taken
        return action
    }

    /// Stores the caller's continuation, then schedules the deadline and starts the operation in a task of its own, with
    /// ``Deadline/current`` bound. Called from inside `withUnsafeThrowingContinuation`.
    @inlinable
    func start(
        continuation: UnsafeContinuation<Success, any Error>,
        operation: sending @escaping @isolated(any) () async throws -> Success
    ) {
        let action = self.withLock { machine in
            let action = machine.start()
            if case .startOperation = action {
                self.continuation = continuation
            }
            return action
        }
        guard case .startOperation = action else {
            // Cancelled before it could wait: nothing runs.
            continuation.resume(throwing: CancellationError())
            return
        }
        // A call without a deadline (a hedged attempt) needs no timer: only its caller's cancellation answers early.
        let timer = self.deadline == .max ? nil : self.scheduler.schedule(self, at: self.deadline)
        // An unstructured task, so that the caller can be answered while the operation still runs. It inherits the
        // caller's task-local values (logger, trace context) and priority, and sees this call's deadline. The task's
        // closure captures only `self`, which spares an allocation for its context.
        self.operation = operation
        let task = Task { await self.runOperation() }
        // Another party may have decided the call while the timer and task were being created.
        self.perform(self.withLock { $0.operationStarted(task: task, timer: timer) }, continuation: nil)
    }

    /// Runs the operation in its own task, once.
    @inlinable
    func runOperation() async {
        // Written by `start` before the task was created, read once here: the task's creation orders the two.
        guard let operation = self.operation.take() else { return }
        let result: Result<Success, any Error>
        do {
            if self.deadline == .max {
                result = .success(try await operation())
            } else {
                let deadline = Deadline(scheduler: self.scheduler, instant: self.deadline)
                result = .success(try await Deadline.$current.withValue(deadline) { try await operation() })
            }
        } catch {
            result = .failure(error)
        }
        var continuation: UnsafeContinuation<Success, any Error>?
        let action = self.decide(&continuation) { Machine.Decision(action: $0.operationFinished()) }
        if case .answer(let timer) = action, let continuation {
            if let timer { self.scheduler.cancel(timer) }
            continuation.resume(with: result)
        } else {
            self.perform(action, continuation: continuation)
        }
    }

    @inlinable
    func deadlineReached(at now: Int64) {
        var continuation: UnsafeContinuation<Success, any Error>?
        let action = self.decide(&continuation) { $0.deadlineReached(now: now) }
        self.perform(action, continuation: continuation)
    }

    /// The caller's task was cancelled.
    @inlinable
    func callerCancelled() {
        let now = self.scheduler.timeSource.now()
        var continuation: UnsafeContinuation<Success, any Error>?
        let action = self.decide(&continuation) { $0.callerCancelled(now: now) }
        self.perform(action, continuation: continuation)
    }

    /// Carries out an action of the machine, outside the lock, with the continuation it took if it answers the caller.
    @inlinable
    func perform(_ action: Machine.Action, continuation: UnsafeContinuation<Success, any Error>?) {
        switch action {
        case .cancel(let task, let timer):
            task?.cancel()
            if let timer { self.scheduler.cancel(timer) }
        case .timeOut(let task, let firedAt):
            self.abandonedWork.abandoned()
            task?.cancel()
            continuation?.resume(
                throwing: TimeoutError(
                    name: self.name,
                    timeout: self.timeout,
                    lateness: .nanoseconds(firedAt - self.deadline),
                    origin: self.origin
                )
            )
        case .abandonForCancellation(let task, let timer):
            self.abandonedWork.abandoned()
            task?.cancel()
            if let timer { self.scheduler.cancel(timer) }
            continuation?.resume(throwing: CancellationError())
        case .abandonedOperationEnded(let reason, let answeredAt):
            // Registered when it was abandoned, under the lock that decided it.
            AbandonedOperations.shared.ended(self, callerTask: self.callerTask)
            // The clock is read only here: an operation that finishes in time costs no read.
            let overdue = self.scheduler.timeSource.now() - answeredAt
            self.abandonedWork.finished(name: self.name, reason: reason, overdue: .nanoseconds(overdue))
        case .none, .startOperation, .failWithCancellation, .answer:
            // `start` answers an early cancellation itself, and `runOperation` answers with the result.
            break
        }
    }
}
