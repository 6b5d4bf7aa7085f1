import Synchronization

/// One operation running under a deadline: decides, exactly once, whether the caller gets the operation's result, a
/// ``TimeoutError`` or a `CancellationError`, and accounts for the operation when it outlives that answer.
///
/// The decisions are ``TimedCallStateMachine``'s; this shell holds it under a lock, creates the timer and the task, and
/// carries out its actions after releasing the lock (but for registering an abandoned operation, which must happen
/// under it).
final class TimedCall<Success: Sendable>: DeadlineExpiring, Sendable {
    private typealias Machine = TimedCallStateMachine<
        UnsafeContinuation<Success, any Error>, Task<Void, Never>, DeadlineScheduler.TimerID
    >

    private let name: String
    /// The ``Timeout`` whose call this is, stamped on the ``TimeoutError`` so that it can tell its own from an inner one.
    private let origin: ObjectIdentifier?
    private let timeout: Duration
    private let deadline: Int64
    private let scheduler: DeadlineScheduler
    private let abandonedWork: AbandonedWork
    /// The task that waits for the answer, for ``AbandonedOperations``.
    private let callerTask = AbandonedOperations.currentTaskKey()
    private let machine = Mutex(Machine())
    /// The operation, from `start` to the start of its task.
    private nonisolated(unsafe) var operation: (@isolated(any) () async throws -> Success)?

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
    }

    private func withLock<Result>(_ body: (inout Machine) -> sending Result) -> sending Result {
        self.machine.withAnnotatedLock(owner: self, body)
    }

    /// Runs the machine's decision: registers an abandoned operation under the lock, and returns the action to run
    /// after it.
    private func decide(_ body: (inout Machine) -> Machine.Decision) -> Machine.Action {
        self.withLock { machine in
            let decision = body(&machine)
            if decision.registerAbandonedOperation {
                // Under the lock, so that the operation cannot end before it is registered.
                AbandonedOperations.shared.register(self, callerTask: self.callerTask)
            }
            return decision.action
        }
    }

    /// Stores the caller's continuation, then schedules the deadline and starts the operation in a task of its own, with
    /// ``Deadline/current`` bound. Called from inside `withUnsafeThrowingContinuation`.
    func start(
        continuation: UnsafeContinuation<Success, any Error>,
        operation: sending @escaping @isolated(any) () async throws -> Success
    ) {
        let action = self.withLock { $0.start(continuation: continuation) }
        guard case .startOperation = action else {
            self.perform(action)
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
        self.perform(self.withLock { $0.operationStarted(task: task, timer: timer) })
    }

    /// Runs the operation in its own task, once.
    private func runOperation() async {
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
        switch self.withLock({ $0.operationFinished() }) {
        case .answer(let continuation, let timer):
            if let timer { self.scheduler.cancel(timer) }
            continuation.resume(with: result)
        case let action:
            self.perform(action)
        }
    }

    func deadlineReached(at now: Int64) {
        self.perform(self.decide { $0.deadlineReached(now: now) })
    }

    /// The caller's task was cancelled.
    func callerCancelled() {
        let now = self.scheduler.timeSource.now()
        self.perform(self.decide { $0.callerCancelled(now: now) })
    }

    /// Carries out an action of the machine, outside the lock.
    private func perform(_ action: Machine.Action) {
        switch action {
        case .none, .startOperation:
            break
        case .failWithCancellation(let continuation):
            continuation.resume(throwing: CancellationError())
        case .cancel(let task, let timer):
            task?.cancel()
            if let timer { self.scheduler.cancel(timer) }
        case .answer:
            preconditionFailure("only the operation's end answers with its result, in runOperation")
        case .timeOut(let continuation, let task, let now):
            self.abandonedWork.abandoned()
            task?.cancel()
            continuation.resume(
                throwing: TimeoutError(
                    name: self.name,
                    timeout: self.timeout,
                    lateness: .nanoseconds(now - self.deadline),
                    origin: self.origin
                )
            )
        case .abandonForCancellation(let continuation, let task, let timer):
            self.abandonedWork.abandoned()
            task?.cancel()
            if let timer { self.scheduler.cancel(timer) }
            continuation.resume(throwing: CancellationError())
        case .abandonedOperationEnded(let reason, let answeredAt):
            // Registered when it was abandoned, under the lock that decided it.
            AbandonedOperations.shared.ended(self, callerTask: self.callerTask)
            // The clock is read only here: an operation that finishes in time costs no read.
            let overdue = self.scheduler.timeSource.now() - answeredAt
            self.abandonedWork.finished(name: self.name, reason: reason, overdue: .nanoseconds(overdue))
        }
    }
}
