/// The logic of a ``BlockingBulkhead``'s thread pool: which thread runs which call, who waits in the queue, which
/// threads are stuck, and when to start or retire a thread.
///
/// A pure value: it starts no thread and signals nothing. The shell calls it under its lock and carries out the action
/// it returns. `Job` is the shell's call object; `Worker` identifies a thread.
///
/// Rules:
/// - A call goes to an idle thread if there is one (the one that went idle last, so that the others can retire);
///   otherwise to a new thread while there are fewer than `maxThreads`; otherwise into the queue while it holds fewer
///   than `maxQueuedCalls`; otherwise it is rejected.
/// - A thread that finishes a call takes the first queued call, or goes idle.
/// - A call whose caller left (timed out or cancelled) while it waited in the queue leaves the queue at once. One
///   whose caller left while it ran keeps its thread, which is counted as **stuck** until the call returns: a blocked
///   thread still counts against `maxThreads`, so a hung disk can never take more threads than that.
/// - An idle thread retires when its keep-alive passes without work.
struct BlockingPoolStateMachine<Job, Worker: Hashable> {
    /// What the shell must do, under its lock, after an event.
    enum Action {
        /// Run the call on this thread: an idle one, to be woken (from ``submit(_:)``), or the thread that just
        /// finished a call and runs this one next (from ``threadFinished(_:stuck:)``).
        case run(Job, on: Worker)
        /// Start a new thread for the call (from ``submit(_:)``).
        case startThread(Job)
        /// The call waits in the queue under this ID (from ``submit(_:)``).
        case queued(WaiterQueue<Job>.ID)
        /// No room: reject the call (from ``submit(_:)``).
        case rejected
        /// The thread that finished a call waits for work, up to the keep-alive (from ``threadFinished(_:stuck:)``).
        case waitForWork
    }

    let maxThreads: Int
    let maxQueuedCalls: Int

    /// The threads alive, including those being started.
    private(set) var numberOfThreads = 0
    /// The threads running a call, including stuck ones.
    private(set) var numberOfBusyThreads = 0
    /// The threads running a call whose caller has left.
    private(set) var numberOfStuckThreads = 0
    /// The calls rejected since creation.
    private(set) var numberOfRejectedCalls = 0

    private var idleWorkers: [Worker] = []
    private var queue = WaiterQueue<Job>()

    init(maxThreads: Int, maxQueuedCalls: Int) {
        precondition(maxThreads > 0 && maxQueuedCalls >= 0, "validated by the shell")
        self.maxThreads = maxThreads
        self.maxQueuedCalls = maxQueuedCalls
    }

    /// The threads waiting for work.
    var numberOfIdleThreads: Int { self.idleWorkers.count }

    /// The calls waiting for a thread.
    var numberOfQueuedCalls: Int { self.queue.count }

    /// A call arrives.
    mutating func submit(_ job: Job) -> Action {
        if let worker = self.idleWorkers.popLast() {
            self.numberOfBusyThreads += 1
            return .run(job, on: worker)
        }
        if self.numberOfThreads < self.maxThreads {
            self.numberOfThreads += 1
            self.numberOfBusyThreads += 1
            return .startThread(job)
        }
        if self.queue.count < self.maxQueuedCalls {
            return .queued(self.queue.append(job))
        }
        self.numberOfRejectedCalls += 1
        return .rejected
    }

    /// The caller of a queued call left (timed out or cancelled). Returns the call, or `nil` when a thread already
    /// took it.
    mutating func removeQueued(_ id: WaiterQueue<Job>.ID) -> Job? {
        self.queue.remove(id)
    }

    /// The caller of a running call left: its thread is stuck until the call returns.
    mutating func callerLeftRunningCall() {
        precondition(self.numberOfStuckThreads < self.numberOfBusyThreads, "no running call to abandon")
        self.numberOfStuckThreads += 1
    }

    /// A thread finished its call (`stuck` when its caller had left) and asks for the next.
    mutating func threadFinished(_ worker: Worker, stuck: Bool) -> Action {
        precondition(self.numberOfBusyThreads > 0, "no thread was busy")
        if stuck {
            precondition(self.numberOfStuckThreads > 0, "no thread was stuck")
            self.numberOfStuckThreads -= 1
        }
        if let (_, job) = self.queue.removeFirst() {
            return .run(job, on: worker)
        }
        self.numberOfBusyThreads -= 1
        self.idleWorkers.append(worker)
        return .waitForWork
    }

    /// A thread that ``submit(_:)`` asked for could not be started; its call is answered with an error.
    mutating func threadCouldNotStart() {
        self.numberOfThreads -= 1
        self.numberOfBusyThreads -= 1
    }

    /// An idle thread's keep-alive passed. Returns `true` when it retires; `false` when it was handed a call in the
    /// meantime (and must run it).
    mutating func keepAliveExpired(_ worker: Worker) -> Bool {
        guard let index = self.idleWorkers.lastIndex(of: worker) else { return false }
        self.idleWorkers.remove(at: index)
        self.numberOfThreads -= 1
        return true
    }
}
