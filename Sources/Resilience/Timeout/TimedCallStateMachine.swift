/// The decisions of one call under a deadline (``TimedCall``): who answers the caller, exactly once, and what the
/// others clean up. A pure value: it stores the caller's continuation and the handles of the operation's task and
/// timer, and returns actions; it never resumes, cancels or reads a clock.
///
/// Three parties race: the operation finishing, the timer, and the caller's cancellation. The first to move the call
/// out of `running` answers the caller; the others find it decided and only clean up (cancel the timer or the task,
/// account for the abandoned operation when it finally ends).
///
/// Generic over the handles so that tests drive it with plain values.
struct TimedCallStateMachine<Continuation, OperationTask, Timer> {
    private enum State {
        /// Created; the caller's continuation is not yet stored.
        case starting
        /// The caller was cancelled before the continuation was stored: `start` answers it, and nothing runs.
        case cancelledBeforeStart
        /// The operation runs and the caller waits. The task and timer are known once `operationStarted` is called.
        case running(Continuation, task: OperationTask?, timer: Timer?)
        /// The operation finished in time; the caller has its result.
        case finished
        /// The deadline passed; the caller has its ``TimeoutError``. The operation may still run.
        case timedOut(answeredAt: Int64)
        /// The caller was cancelled; it has its `CancellationError`. The operation may still run.
        case cancelled(answeredAt: Int64)
    }

    /// What the shell does after an input, outside the lock.
    enum Action {
        /// Nothing.
        case none
        /// Schedule the timer and start the operation's task, then report them with `operationStarted`.
        case startOperation
        /// Answer the caller with `CancellationError`; nothing was started.
        case failWithCancellation(Continuation)
        /// Cancel what was started for a call that was decided meanwhile.
        case cancel(task: OperationTask?, timer: Timer?)
        /// Answer the caller with the operation's result, and cancel the timer.
        case answer(Continuation, cancelTimer: Timer?)
        /// Answer the caller with a ``TimeoutError`` (the timer fired at `firedAt`) and cancel the operation, which may
        /// run on as abandoned work.
        case timeOut(Continuation, cancelTask: OperationTask?, firedAt: Int64)
        /// Answer the caller with `CancellationError` and cancel the operation and the timer; the operation may run on
        /// as abandoned work.
        case abandonForCancellation(Continuation, cancelTask: OperationTask?, cancelTimer: Timer?)
        /// The abandoned operation ended: account for it.
        case abandonedOperationEnded(AbandonedWork.Reason, answeredAt: Int64)
    }

    /// An action, and whether the shell must register the operation as abandoned before releasing the lock (so that it
    /// cannot end before it is registered).
    struct Decision {
        var registerAbandonedOperation = false
        var action: Action
    }

    private var state = State.starting

    /// The caller's continuation is stored; the operation may start.
    mutating func start(continuation: Continuation) -> Action {
        switch self.state {
        case .starting:
            self.state = .running(continuation, task: nil, timer: nil)
            return .startOperation
        case .cancelledBeforeStart:
            return .failWithCancellation(continuation)
        case .running, .finished, .timedOut, .cancelled:
            preconditionFailure("a timed call starts once")
        }
    }

    /// The operation's task and timer exist now.
    mutating func operationStarted(task: OperationTask, timer: Timer?) -> Action {
        switch self.state {
        case .running(let continuation, _, _):
            self.state = .running(continuation, task: task, timer: timer)
            return .none
        case .finished:
            return .cancel(task: nil, timer: timer)
        case .timedOut:
            return .cancel(task: task, timer: nil)
        case .cancelled:
            return .cancel(task: task, timer: timer)
        case .starting, .cancelledBeforeStart:
            preconditionFailure("the operation starts after start(continuation:)")
        }
    }

    /// The operation returned or threw.
    mutating func operationFinished() -> Action {
        switch self.state {
        case .running(let continuation, _, let timer):
            self.state = .finished
            return .answer(continuation, cancelTimer: timer)
        case .timedOut(let answeredAt):
            return .abandonedOperationEnded(.timedOut, answeredAt: answeredAt)
        case .cancelled(let answeredAt):
            return .abandonedOperationEnded(.callerCancelled, answeredAt: answeredAt)
        case .starting, .cancelledBeforeStart, .finished:
            return .none
        }
    }

    /// The timer fired at `now`.
    mutating func deadlineReached(now: Int64) -> Decision {
        guard case .running(let continuation, let task, _) = self.state else { return Decision(action: .none) }
        self.state = .timedOut(answeredAt: now)
        return Decision(
            registerAbandonedOperation: true,
            action: .timeOut(continuation, cancelTask: task, firedAt: now)
        )
    }

    /// The caller's task was cancelled at `now`.
    mutating func callerCancelled(now: Int64) -> Decision {
        switch self.state {
        case .starting:
            self.state = .cancelledBeforeStart
            return Decision(action: .none)
        case .running(let continuation, let task, let timer):
            self.state = .cancelled(answeredAt: now)
            return Decision(
                registerAbandonedOperation: true,
                action: .abandonForCancellation(continuation, cancelTask: task, cancelTimer: timer)
            )
        case .cancelledBeforeStart, .finished, .timedOut, .cancelled:
            return Decision(action: .none)
        }
    }
}

extension TimedCallStateMachine.Action: Sendable
where Continuation: Sendable, OperationTask: Sendable, Timer: Sendable {}
extension TimedCallStateMachine.Decision: Sendable
where Continuation: Sendable, OperationTask: Sendable, Timer: Sendable {}
