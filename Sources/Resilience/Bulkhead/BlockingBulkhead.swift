public import Logging
public import Tracing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs synchronous, blocking calls (a C database driver, file I/O on a disk that may hang, `usleep`) on a bounded
/// pool of threads of its own, never on Swift's cooperative threads.
///
/// A blocking call made directly from async code freezes one of the few cooperative threads (as many as the machine
/// has cores) until it returns; a handful of them stall every task of the service. A blocking bulkhead moves the call
/// to one of at most `maxThreads` dedicated threads and suspends the caller until it returns:
///
/// ```swift
/// let disk = try BlockingBulkhead(name: "disk", maxThreads: 8, maxQueuedCalls: 100)
/// let data = try await disk.run(timeout: .seconds(2)) { try readFileSynchronously(path) }
/// ```
///
/// - When every thread is busy, a call waits in a queue of at most `maxQueuedCalls`; beyond that it is rejected with
///   ``BulkheadFullError``.
/// - With a timeout, or under a ``Deadline/current``, the caller is answered with ``TimeoutError`` at the deadline.
///   A call still queued leaves the queue. A call already running cannot be interrupted: its thread is counted as
///   **stuck** until the call returns, and still counts against `maxThreads`, so a hung dependency takes at most that
///   many threads. The call is also counted in `abandonedWork`, and keeps the permit of any ``Bulkhead`` around it.
/// - Cancelling the caller answers it at once with `CancellationError`, in the same way.
/// - Threads are started when needed and retire after `threadKeepAlive` without work; an idle bulkhead has none.
public final class BlockingBulkhead: @unchecked Sendable {
    /// The name of the bulkhead, used in errors, logs and metrics.
    public let name: String

    /// The most threads the bulkhead runs, stuck ones included.
    public let maxThreads: Int

    /// The most calls that wait for a thread.
    public let maxQueuedCalls: Int

    /// How long an idle thread waits for work before it retires.
    public let threadKeepAlive: Duration

    /// Where calls that outlive their caller are counted.
    public let abandonedWork: AbandonedWork

    private let scheduler: DeadlineScheduler
    private let reporter: PolicyReporter
    // All of the following is guarded by `mutex`.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var machine: BlockingPoolStateMachine<any BlockingJob, Worker>

    /// Creates a blocking bulkhead. No thread is started until the first call.
    ///
    /// - Parameters:
    ///   - name: The name in errors, logs and metrics; not empty.
    ///   - maxThreads: The most threads the bulkhead runs, stuck ones included; at least 1.
    ///   - maxQueuedCalls: The most calls that wait for a thread; zero rejects every call that finds all threads
    ///     busy.
    ///   - threadKeepAlive: How long an idle thread waits for work before it retires; greater than zero.
    ///   - clock: The clock that measures `run(timeout:_:)`'s timeouts. Tests pass a `ManualClock`.
    ///   - abandonedWork: Where calls that outlive their caller are counted.
    ///   - logger: Where each rejection is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `blocking_bulkhead.rejected` event for each rejection; `nil`
    ///     adds none. Defaults to `InstrumentationSystem.tracer`.
    /// - Throws: ``ConfigurationError`` naming the invalid field.
    public init<C: Clock<Duration>>(
        name: String,
        maxThreads: Int,
        maxQueuedCalls: Int = 100,
        threadKeepAlive: Duration = .seconds(60),
        clock: C = ContinuousClock(),
        abandonedWork: AbandonedWork = .shared,
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) throws(ConfigurationError) {
        let validator = try SettingsValidator("blocking bulkhead", name: name)
        try validator.check(
            maxThreads >= 1 && maxThreads <= 4_096,
            "maxThreads",
            maxThreads,
            "must be at least 1 and at most 4096"
        )
        try validator.check(maxQueuedCalls >= 0, "maxQueuedCalls", maxQueuedCalls, "must not be negative")
        try validator.check(threadKeepAlive > .zero, "threadKeepAlive", threadKeepAlive, "must be greater than zero")
        self.name = name
        self.maxThreads = maxThreads
        self.maxQueuedCalls = maxQueuedCalls
        self.threadKeepAlive = threadKeepAlive
        self.abandonedWork = abandonedWork
        self.scheduler = DeadlineScheduler.scheduler(for: clock)
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
        self.machine = BlockingPoolStateMachine(maxThreads: maxThreads, maxQueuedCalls: maxQueuedCalls)
        self.mutex = .allocate(capacity: 1)
        pthread_mutex_init(self.mutex, nil)
    }

    deinit {
        // Threads hold a reference to the bulkhead: none is left when it goes.
        pthread_mutex_destroy(self.mutex)
        self.mutex.deallocate()
    }

    /// Runs the blocking `work` on one of the bulkhead's threads and returns its result.
    ///
    /// - Parameters:
    ///   - timeout: How long the caller waits, queue included; `nil` waits for the call (or until
    ///     ``Deadline/current``, if there is one: the earlier of the two applies).
    ///   - work: The synchronous call. It runs on another thread, so it must be `@Sendable`.
    /// - Returns: What `work` returned.
    /// - Throws: ``BulkheadFullError`` when every thread is busy and the queue is full, ``TimeoutError`` when the
    ///   deadline passed first, `CancellationError` when the caller was cancelled first, and otherwise whatever `work`
    ///   threw.
    public func run<T: Sendable>(
        timeout: Duration? = nil,
        _ work: @escaping @Sendable () throws -> T
    ) async throws -> T {
        let deadline = self.deadline(timeout: timeout)
        if let deadline, deadline.instant <= deadline.scheduler.timeSource.now() {
            throw TimeoutError(name: self.name, timeout: .zero, lateness: .zero)
        }
        try Task.checkCancellation()
        let call = BlockingCall(
            bulkhead: self,
            work: work,
            deadline: deadline,
            callerTask: AbandonedOperations.currentTaskKey()
        )
        return try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<T, any Error>) in
                self.submit(call, continuation: continuation)
            }
        } onCancel: {
            self.callerLeft(call, reason: .callerCancelled)
        }
    }

    /// The live numbers of the bulkhead.
    public var metrics: Metrics {
        self.withLock {
            Metrics(
                numberOfThreads: self.machine.numberOfThreads,
                busyThreads: self.machine.numberOfBusyThreads,
                stuckThreads: self.machine.numberOfStuckThreads,
                idleThreads: self.machine.numberOfIdleThreads,
                queuedCalls: self.machine.numberOfQueuedCalls,
                maxThreads: self.maxThreads,
                maxQueuedCalls: self.maxQueuedCalls,
                numberOfRejectedCalls: self.machine.numberOfRejectedCalls
            )
        }
    }

    // MARK: The caller's side

    /// The deadline of a call: the earlier of `timeout` from now and the current task's deadline.
    private func deadline(timeout: Duration?) -> Deadline? {
        let own = timeout.map { timeout in
            Deadline(
                scheduler: self.scheduler,
                instant: self.scheduler.timeSource.now().addingSaturating(timeout.nanoseconds)
            )
        }
        switch (own, Deadline.current) {
        case (nil, let current):
            return current
        case (let own?, nil):
            return own
        case (let own?, let current?):
            return current.remainingNanoseconds < own.remainingNanoseconds ? current : own
        }
    }

    private func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        pthread_mutex_lock(self.mutex)
        defer { pthread_mutex_unlock(self.mutex) }
        return try body()
    }

    private enum SubmitOutcome {
        case none
        case startThread(Worker)
        case reject
        case cancelled
    }

    private func submit<T>(_ call: BlockingCall<T>, continuation: UnsafeContinuation<T, any Error>) {
        let next = self.withLock { () -> SubmitOutcome in
            guard call.phase == .submitting else { return .cancelled }
            call.continuation = continuation
            switch self.machine.submit(call) {
            case .run(_, let worker):
                call.phase = .running
                worker.assigned = call
                pthread_cond_signal(worker.condition)
                return .none
            case .startThread:
                call.phase = .running
                return .startThread(Worker())
            case .queued(let id):
                call.phase = .queued(id)
                return .none
            case .rejected:
                call.phase = .finished
                call.continuation = nil
                return .reject
            case .waitForWork:
                preconditionFailure("a submitted call never makes a thread wait")
            }
        }
        switch next {
        case .none:
            break
        case .cancelled:
            continuation.resume(throwing: CancellationError())
            return
        case .reject:
            self.reporter.report(
                "blocking bulkhead rejected a call",
                event: "blocking_bulkhead.rejected",
                [
                    "blocking_bulkhead.name": .string(self.name),
                    "blocking_bulkhead.max_threads": .int(self.maxThreads),
                    "blocking_bulkhead.max_queued_calls": .int(self.maxQueuedCalls),
                ]
            )
            continuation.resume(
                throwing: BulkheadFullError(
                    name: self.name,
                    maxConcurrentCalls: self.maxThreads,
                    maxWaitDuration: .zero
                )
            )
            return
        case .startThread(let worker):
            if !self.startThread(worker, firstJob: call) {
                let continuation = self.withLock { () -> UnsafeContinuation<T, any Error>? in
                    self.machine.threadCouldNotStart()
                    call.phase = .finished
                    return call.continuation.take()
                }
                continuation?.resume(throwing: ThreadStartError(name: self.name))
                return
            }
        }
        guard let deadline = call.deadline else { return }
        let timer = deadline.scheduler.schedule(call, at: deadline.instant)
        let stillWaiting = self.withLock { () -> Bool in
            guard call.continuation != nil else { return false }
            call.timer = timer
            return true
        }
        if !stillWaiting {
            deadline.scheduler.cancel(timer)
        }
    }

    /// The caller's deadline passed, or the caller was cancelled: answer it now.
    fileprivate func callerLeft<T>(_ call: BlockingCall<T>, reason: AbandonedWork.Reason) {
        let now = call.deadline?.scheduler.timeSource.now() ?? self.scheduler.timeSource.now()
        let (continuation, timer, abandoned) = self.withLock {
            () -> (UnsafeContinuation<T, any Error>?, DeadlineScheduler.TimerID?, Bool) in
            switch call.phase {
            case .submitting:
                call.phase = .finished  // `submit` will see it and answer
                return (nil, nil, false)
            case .queued(let id):
                guard self.machine.removeQueued(id) != nil else { return (nil, nil, false) }
                call.phase = .finished
                return (call.continuation.take(), call.timer.take(), false)
            case .running:
                call.phase = .abandoned(reason: reason, answeredAt: now)
                self.machine.callerLeftRunningCall()
                // Under the lock, so that the call cannot return before it is registered.
                AbandonedOperations.shared.register(call, callerTask: call.callerTask)
                return (call.continuation.take(), call.timer.take(), true)
            case .finished, .abandoned:
                return (nil, nil, false)
            }
        }
        guard let continuation else { return }
        if abandoned {
            self.abandonedWork.abandoned()
        }
        if let timer, reason == .callerCancelled {
            call.deadline?.scheduler.cancel(timer)
        }
        switch reason {
        case .callerCancelled:
            continuation.resume(throwing: CancellationError())
        case .timedOut:
            let deadline = call.deadline!
            continuation.resume(
                throwing: TimeoutError(
                    name: self.name,
                    timeout: .nanoseconds(deadline.instant - call.createdAt),
                    lateness: .nanoseconds(now - deadline.instant)
                )
            )
        }
    }

    // MARK: The threads' side

    /// Identifies a thread and carries the call handed to it while it waited.
    final class Worker: Hashable, @unchecked Sendable {
        let condition: UnsafeMutablePointer<pthread_cond_t>
        /// Guarded by the bulkhead's mutex.
        var assigned: (any BlockingJob)?

        init() {
            self.condition = .allocate(capacity: 1)
            #if canImport(Darwin)
            pthread_cond_init(self.condition, nil)
            #else
            var attributes = pthread_condattr_t()
            pthread_condattr_init(&attributes)
            pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
            pthread_cond_init(self.condition, &attributes)
            pthread_condattr_destroy(&attributes)
            #endif
        }

        deinit {
            pthread_cond_destroy(self.condition)
            self.condition.deallocate()
        }

        static func == (lhs: Worker, rhs: Worker) -> Bool { lhs === rhs }
        func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
    }

    private final class ThreadContext {
        let bulkhead: BlockingBulkhead
        let worker: Worker
        let firstJob: any BlockingJob

        init(bulkhead: BlockingBulkhead, worker: Worker, firstJob: any BlockingJob) {
            self.bulkhead = bulkhead
            self.worker = worker
            self.firstJob = firstJob
        }
    }

    private func startThread(_ worker: Worker, firstJob: any BlockingJob) -> Bool {
        let context = Unmanaged.passRetained(ThreadContext(bulkhead: self, worker: worker, firstJob: firstJob))
        #if canImport(Darwin)
        var thread: pthread_t?
        let result = pthread_create(
            &thread,
            nil,
            { raw in
                let context = Unmanaged<ThreadContext>.fromOpaque(raw).takeRetainedValue()
                context.bulkhead.threadMain(context.worker, firstJob: context.firstJob)
                return nil
            },
            context.toOpaque()
        )
        #else
        var thread = pthread_t()
        let result = pthread_create(
            &thread,
            nil,
            { raw in
                let context = Unmanaged<ThreadContext>.fromOpaque(raw!).takeRetainedValue()
                context.bulkhead.threadMain(context.worker, firstJob: context.firstJob)
                return nil
            },
            context.toOpaque()
        )
        #endif
        guard result == 0 else {
            context.release()
            return false
        }
        #if canImport(Darwin)
        pthread_detach(thread!)
        #else
        pthread_detach(thread)
        #endif
        return true
    }

    private func threadMain(_ worker: Worker, firstJob: any BlockingJob) {
        #if canImport(Darwin)
        pthread_setname_np(String("bulkhead-\(self.name)".prefix(63)))
        #else
        _ = setThreadName(pthread_self(), String("bulkhead-\(self.name)".prefix(15)))
        #endif
        var job: (any BlockingJob)? = firstJob
        while true {
            if let current = job {
                current.runWork()
                var stuck = false
                job = self.withLock { () -> (any BlockingJob)? in
                    stuck = current.finishLocked()
                    switch self.machine.threadFinished(worker, stuck: stuck) {
                    case .run(let next, on: _):
                        next.startLocked()
                        return next
                    case .waitForWork:
                        return nil
                    case .startThread, .queued, .rejected:
                        preconditionFailure("a finished thread is given a call or waits")
                    }
                }
                current.answerCaller(abandoned: stuck)
            } else {
                guard let next = self.waitForWork(worker) else { return }
                job = next
            }
        }
    }

    /// Waits, up to the keep-alive, for a call to be handed to `worker`; `nil` when the thread retires.
    private func waitForWork(_ worker: Worker) -> (any BlockingJob)? {
        self.withLock { () -> (any BlockingJob)? in
            let keepAlive = self.threadKeepAlive.nanoseconds
            #if !canImport(Darwin)
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let end = (Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)).addingSaturating(keepAlive)
            var until = timespec(tv_sec: Int(end / 1_000_000_000), tv_nsec: Int(end % 1_000_000_000))
            #endif
            while worker.assigned == nil {
                #if canImport(Darwin)
                var relative = timespec(tv_sec: Int(keepAlive / 1_000_000_000), tv_nsec: Int(keepAlive % 1_000_000_000))
                let result = pthread_cond_timedwait_relative_np(worker.condition, self.mutex, &relative)
                #else
                let result = pthread_cond_timedwait(worker.condition, self.mutex, &until)
                #endif
                if result == ETIMEDOUT, worker.assigned == nil, self.machine.keepAliveExpired(worker) {
                    return nil
                }
            }
            return worker.assigned.take()
        }
    }
}

extension BlockingBulkhead {
    /// The live numbers of a ``BlockingBulkhead``.
    public struct Metrics: Hashable, Sendable {
        /// The threads alive: busy and idle.
        public var numberOfThreads: Int
        /// The threads running a call, stuck ones included.
        public var busyThreads: Int
        /// The threads running a call whose caller has left (timed out or cancelled): blocked in a call that has not
        /// returned. A number that grows means a dependency that hangs.
        public var stuckThreads: Int
        /// The threads waiting for work.
        public var idleThreads: Int
        /// The calls waiting for a thread.
        public var queuedCalls: Int
        /// The most threads the bulkhead runs.
        public var maxThreads: Int
        /// The most calls that wait for a thread.
        public var maxQueuedCalls: Int
        /// The calls rejected since the bulkhead was created.
        public var numberOfRejectedCalls: Int
    }

    /// The error thrown when the operating system refuses to start another thread.
    public struct ThreadStartError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The name of the bulkhead.
        public var name: String

        public var description: String {
            "blocking bulkhead \"\(self.name)\": the operating system refused to start a thread"
        }
    }
}

#if !canImport(Darwin)
/// glibc's `pthread_setname_np`, which the Glibc module hides behind `_GNU_SOURCE`.
@_silgen_name("pthread_setname_np")
private func setThreadName(_ thread: pthread_t, _ name: UnsafePointer<CChar>) -> Int32
#endif

/// Where a call of a ``BlockingBulkhead`` is. Guarded by the bulkhead's mutex.
enum BlockingCallPhase: Equatable {
    case submitting
    case queued(WaiterQueue<any BlockingJob>.ID)
    case running
    case finished
    case abandoned(reason: AbandonedWork.Reason, answeredAt: Int64)
}

/// A call of a ``BlockingBulkhead``, as its threads see it, whatever its result type.
protocol BlockingJob: AnyObject, Sendable {
    /// Guarded by the bulkhead's mutex.
    var phase: BlockingCallPhase { get set }

    /// Runs the work, on the thread, outside the lock.
    func runWork()

    /// Marks the work done, under the lock; returns whether the caller had left (the thread was stuck).
    func finishLocked() -> Bool

    /// Answers the caller after the work is done, outside the lock; or, when it had left, accounts for the abandoned
    /// call's end.
    func answerCaller(abandoned: Bool)
}

extension BlockingJob {
    /// Marks the job started by a thread that took it from the queue. Under the lock.
    func startLocked() {
        self.phase = .running
    }
}

final class BlockingCall<T>: BlockingJob, DeadlineExpiring, @unchecked Sendable {
    var phase = BlockingCallPhase.submitting
    // Strong: a timer that fired as the call returned may still use it after the caller dropped the bulkhead.
    private let bulkhead: BlockingBulkhead
    private var work: (@Sendable () throws -> T)?
    private var result: Result<T, any Error>?
    let deadline: Deadline?
    let callerTask: Int
    /// When the call was made, on the deadline's clock, for ``TimeoutError/timeout``.
    let createdAt: Int64
    var continuation: UnsafeContinuation<T, any Error>?
    var timer: DeadlineScheduler.TimerID?
    /// Taken under the lock by ``finishLocked()``, used by ``answerCaller(abandoned:)``.
    private var answer: (UnsafeContinuation<T, any Error>?, DeadlineScheduler.TimerID?, AbandonedWork.Reason?, Int64)?

    init(bulkhead: BlockingBulkhead, work: @escaping @Sendable () throws -> T, deadline: Deadline?, callerTask: Int) {
        self.bulkhead = bulkhead
        self.work = work
        self.deadline = deadline
        self.callerTask = callerTask
        self.createdAt = deadline?.scheduler.timeSource.now() ?? 0
    }

    func runWork() {
        // Only the thread that runs the job touches `work` and `result` until `finishLocked`.
        guard let work = self.work.take() else { return }
        self.result = Result { try work() }
    }

    func finishLocked() -> Bool {
        switch self.phase {
        case .abandoned(let reason, let answeredAt):
            self.phase = .finished
            self.answer = (nil, nil, reason, answeredAt)
            return true
        default:
            self.phase = .finished
            self.answer = (self.continuation.take(), self.timer.take(), nil, 0)
            return false
        }
    }

    func answerCaller(abandoned: Bool) {
        guard let (continuation, timer, reason, answeredAt) = self.answer.take() else { return }
        if let reason {
            AbandonedOperations.shared.ended(self, callerTask: self.callerTask)
            let now = self.deadline?.scheduler.timeSource.now() ?? answeredAt
            self.bulkhead.abandonedWork.finished(
                name: self.bulkhead.name,
                reason: reason,
                overdue: .nanoseconds(now - answeredAt)
            )
            return
        }
        if let timer {
            self.deadline?.scheduler.cancel(timer)
        }
        continuation?.resume(with: self.result.take()!)
    }

    func deadlineReached(at now: Int64) {
        self.bulkhead.callerLeft(self, reason: .timedOut)
    }
}
