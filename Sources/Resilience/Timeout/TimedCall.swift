import Synchronization

/// One operation running under a deadline: decides, exactly once, whether the caller gets the operation's result, a
/// ``TimeoutError`` or a `CancellationError`, and accounts for the operation when it outlives that answer.
///
/// Three parties race: the operation finishing, the scheduler's timer, and the caller's cancellation. Whoever changes
/// the phase from `running` first answers the caller; the others find the phase decided and only clean up (cancel the
/// timer or the operation, account for abandoned work).
final class TimedCall<Success: Sendable>: DeadlineExpiring, Sendable {
    private enum Phase {
        /// Created; the caller's continuation is not yet stored.
        case starting
        /// The operation runs and the caller waits.
        case running
        /// The operation finished in time and the caller has its result.
        case finished
        /// The deadline passed; the caller has its ``TimeoutError``.
        case timedOut
        /// The caller was cancelled; it has its `CancellationError`.
        case cancelled
    }

    private struct State {
        var phase = Phase.starting
        var continuation: UnsafeContinuation<Success, any Error>?
        var task: Task<Void, Never>?
        var timer: DeadlineScheduler.TimerID?
        /// When the caller was answered without the result, in the scheduler's nanoseconds.
        var answeredAt: Int64 = 0
    }

    private let name: String
    /// The ``Timeout`` whose call this is, stamped on the ``TimeoutError`` so that it can tell its own from an inner one.
    private let origin: ObjectIdentifier?
    private let timeout: Duration
    private let deadline: Int64
    private let scheduler: DeadlineScheduler
    private let abandonedWork: AbandonedWork
    /// The task that waits for the answer, for ``AbandonedOperations``.
    private let callerTask = AbandonedOperations.currentTaskKey()
    private let state = Mutex(State())
    /// The operation, from `start` to the start of its task.
    private nonisolated(unsafe) var operation: (@isolated(any) () async throws -> Success)?

    /// What finishing the operation calls for.
    private enum Outcome {
        case answer(UnsafeContinuation<Success, any Error>, DeadlineScheduler.TimerID?)
        case abandonedEnded(AbandonedWork.Reason, answeredAt: Int64)
        case none
    }

    /// What the caller's cancellation calls for.
    private enum Decision {
        case answer(UnsafeContinuation<Success, any Error>, Task<Void, Never>?, DeadlineScheduler.TimerID?)
        case none
    }

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

    private func withLock<Result>(_ body: (inout State) -> sending Result) -> sending Result {
        self.state.withAnnotatedLock(owner: self, body)
    }

    /// Stores the caller's continuation, then schedules the deadline and starts the operation in a task of its own, with
    /// ``Deadline/current`` bound. Called from inside `withUnsafeThrowingContinuation`.
    func start(
        continuation: UnsafeContinuation<Success, any Error>,
        operation: sending @escaping @isolated(any) () async throws -> Success
    ) {
        let cancelledEarly = self.withLock { state in
            guard state.phase == .starting else { return true }
            state.phase = .running
            state.continuation = continuation
            return false
        }
        if cancelledEarly {
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

        // Another party may have decided the phase while the timer and task were being created.
        let phase = self.withLock { state in
            if state.phase == .running {
                state.task = task
                state.timer = timer
            }
            return state.phase
        }
        switch phase {
        case .starting, .running:
            break
        case .finished:
            if let timer { self.scheduler.cancel(timer) }
        case .timedOut:
            task.cancel()
        case .cancelled:
            task.cancel()
            if let timer { self.scheduler.cancel(timer) }
        }
    }

    /// Runs the operation in its own task, once.
    private func runOperation() async {
        // Written by `start` before the task was created, read once here: the task's creation orders the two.
        guard let operation = self.operation.take() else { return }
        do {
            let value: Success
            if self.deadline == .max {
                value = try await operation()
            } else {
                let deadline = Deadline(scheduler: self.scheduler, instant: self.deadline)
                value = try await Deadline.$current.withValue(deadline) { try await operation() }
            }
            self.operationFinished(.success(value))
        } catch {
            self.operationFinished(.failure(error))
        }
    }

    private func operationFinished(_ result: sending Result<Success, any Error>) {
        let outcome = self.withLock { state -> Outcome in
            switch state.phase {
            case .running:
                state.phase = .finished
                defer {
                    state.continuation = nil
                    state.timer = nil
                    state.task = nil
                }
                guard let continuation = state.continuation else { return .none }
                return .answer(continuation, state.timer)
            case .timedOut:
                return .abandonedEnded(.timedOut, answeredAt: state.answeredAt)
            case .cancelled:
                return .abandonedEnded(.callerCancelled, answeredAt: state.answeredAt)
            case .starting, .finished:
                return .none
            }
        }
        switch outcome {
        case .answer(let continuation, let timer):
            if let timer { self.scheduler.cancel(timer) }
            continuation.resume(with: result)
        case .abandonedEnded(let reason, let answeredAt):
            // Registered when it was abandoned, under the lock that decided `abandonedEnded`.
            AbandonedOperations.shared.ended(self, callerTask: self.callerTask)
            // The clock is read only here: an operation that finishes in time costs no read.
            let overdue = self.scheduler.timeSource.now() - answeredAt
            self.abandonedWork.finished(name: self.name, reason: reason, overdue: .nanoseconds(overdue))
        case .none:
            break
        }
    }

    func deadlineReached(at now: Int64) {
        let decided = self.withLock { state -> (UnsafeContinuation<Success, any Error>, Task<Void, Never>?)? in
            guard state.phase == .running, let continuation = state.continuation else { return nil }
            state.phase = .timedOut
            state.answeredAt = now
            // Under the lock, so that the operation cannot end before it is registered.
            AbandonedOperations.shared.register(self, callerTask: self.callerTask)
            defer {
                state.continuation = nil
                state.task = nil
            }
            return (continuation, state.task)
        }
        guard let (continuation, task) = decided else { return }
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
    }

    /// The caller's task was cancelled.
    func callerCancelled() {
        let now = self.scheduler.timeSource.now()
        let decision = self.withLock { state -> Decision in
            switch state.phase {
            case .starting:
                // `start` will see this and answer without starting the operation.
                state.phase = .cancelled
                return .none
            case .running:
                state.phase = .cancelled
                state.answeredAt = now
                AbandonedOperations.shared.register(self, callerTask: self.callerTask)
                defer {
                    state.continuation = nil
                    state.task = nil
                    state.timer = nil
                }
                guard let continuation = state.continuation else { return .none }
                return .answer(continuation, state.task, state.timer)
            case .finished, .timedOut, .cancelled:
                return .none
            }
        }
        guard case .answer(let continuation, let task, let timer) = decision else { return }
        self.abandonedWork.abandoned()
        task?.cancel()
        if let timer { self.scheduler.cancel(timer) }
        continuation.resume(throwing: CancellationError())
    }
}
