/// The decisions of one call under a deadline (``TimedCall``): who answers the caller, exactly once, and what the
/// others clean up. A pure value: it keeps the handles of the operation's task and timer and returns actions; it never
/// resumes, cancels or reads a clock. The caller's continuation stays with the shell, next to the machine under the
/// same lock: an action that answers the caller says so (``Action/answersCaller``), and the shell takes the
/// continuation then. (Holding it here would make the machine generic over the call's result type, and the shell's
/// unspecialised paths, the timer's and the cancellation handler's, would pay for every step in value-witness calls.)
///
/// Three parties race: the operation finishing, the timer, and the caller's cancellation. The first to move the call
/// out of `running` answers the caller; the others find it decided and only clean up (cancel the timer or the task,
/// account for the abandoned operation when it finally ends).
///
/// Generic over the handles so that tests drive it with plain values.
@usableFromInline
struct TimedCallStateMachine<OperationTask, Timer> {
    @usableFromInline
    enum State {
        /// Created; the caller's continuation is not yet stored.
        case starting
        /// The caller was cancelled before the continuation was stored: `start` answers it, and nothing runs.
        case cancelledBeforeStart
        /// The operation runs and the caller waits. The task and timer are known once `operationStarted` is called.
        case running(task: OperationTask?, timer: Timer?)
        /// The operation finished in time; the caller has its result.
        case finished
        /// The deadline passed; the caller has its ``TimeoutError``. The operation may still run.
        case timedOut(answeredAt: Int64)
        /// The caller was cancelled; it has its `CancellationError`. The operation may still run.
        case cancelled(answeredAt: Int64)
    }

    /// What the shell does after an input, outside the lock.
    @usableFromInline
    enum Action {
        /// Nothing.
        case none
        /// Schedule the timer and start the operation's task, then report them with `operationStarted`.
        case startOperation
        /// Answer the caller with `CancellationError`; nothing was started.
        case failWithCancellation
        /// Cancel what was started for a call that was decided meanwhile.
        case cancel(task: OperationTask?, timer: Timer?)
        /// Answer the caller with the operation's result, and cancel the timer.
        case answer(cancelTimer: Timer?)
        /// Answer the caller with a ``TimeoutError`` (the timer fired at `firedAt`) and cancel the operation, which may
        /// run on as abandoned work.
        case timeOut(cancelTask: OperationTask?, firedAt: Int64)
        /// Answer the caller with `CancellationError` and cancel the operation and the timer; the operation may run on
        /// as abandoned work.
        case abandonForCancellation(cancelTask: OperationTask?, cancelTimer: Timer?)
        /// The abandoned operation ended: account for it.
        case abandonedOperationEnded(AbandonedWork.Reason, answeredAt: Int64)

        /// Whether the action answers the caller: the shell takes the continuation under the lock then.
        @inlinable
        var answersCaller: Bool {
            switch self {
            case .answer, .timeOut, .abandonForCancellation: true
            case .none, .startOperation, .failWithCancellation, .cancel, .abandonedOperationEnded: false
            }
        }
    }

    /// An action, and whether the shell must register the operation as abandoned before releasing the lock (so that it
    /// cannot end before it is registered).
    @usableFromInline
    struct Decision {
        @usableFromInline
        var registerAbandonedOperation: Bool
        @usableFromInline
        var action: Action

        @inlinable
        init(registerAbandonedOperation: Bool = false, action: Action) {
            self.registerAbandonedOperation = registerAbandonedOperation
            self.action = action
        }
    }

    @usableFromInline
    var state = State.starting

    @inlinable
    init() {}

    /// The caller waits now (its continuation is stored); the operation may start.
    @inlinable
    mutating func start() -> Action {
        switch self.state {
        case .starting:
            self.state = .running(task: nil, timer: nil)
            return .startOperation
        case .cancelledBeforeStart:
            return .failWithCancellation
        case .running, .finished, .timedOut, .cancelled:
            preconditionFailure("a timed call starts once")
        }
    }

    /// The operation's task and timer exist now.
    @inlinable
    mutating func operationStarted(task: OperationTask, timer: Timer?) -> Action {
        switch self.state {
        case .running:
            self.state = .running(task: task, timer: timer)
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
    @inlinable
    mutating func operationFinished() -> Action {
        switch self.state {
        case .running(_, let timer):
            self.state = .finished
            return .answer(cancelTimer: timer)
        case .timedOut(let answeredAt):
            return .abandonedOperationEnded(.timedOut, answeredAt: answeredAt)
        case .cancelled(let answeredAt):
            return .abandonedOperationEnded(.callerCancelled, answeredAt: answeredAt)
        case .starting, .cancelledBeforeStart, .finished:
            return .none
        }
    }

    /// The timer fired at `now`.
    @inlinable
    mutating func deadlineReached(now: Int64) -> Decision {
        guard case .running(let task, _) = self.state else { return Decision(action: .none) }
        self.state = .timedOut(answeredAt: now)
        return Decision(registerAbandonedOperation: true, action: .timeOut(cancelTask: task, firedAt: now))
    }

    /// The caller's task was cancelled at `now`.
    @inlinable
    mutating func callerCancelled(now: Int64) -> Decision {
        switch self.state {
        case .starting:
            self.state = .cancelledBeforeStart
            return Decision(action: .none)
        case .running(let task, let timer):
            self.state = .cancelled(answeredAt: now)
            return Decision(
                registerAbandonedOperation: true,
                action: .abandonForCancellation(cancelTask: task, cancelTimer: timer)
            )
        case .cancelledBeforeStart, .finished, .timedOut, .cancelled:
            return Decision(action: .none)
        }
    }
}

extension TimedCallStateMachine.Action: Sendable where OperationTask: Sendable, Timer: Sendable {}
extension TimedCallStateMachine.Decision: Sendable where OperationTask: Sendable, Timer: Sendable {}
