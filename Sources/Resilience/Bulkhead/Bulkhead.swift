public import Logging
import Synchronization
public import Tracing

/// Limits how many calls to one integration point run at once, so that a slow dependency cannot take every task,
/// connection and thread of the service.
///
/// ```swift
/// let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 10, maxWaitDuration: .milliseconds(50))
/// let rows = try await bulkhead.run { try await database.query(sql) }   // throws BulkheadFullError
/// ```
///
/// A call is admitted when one of the `maxConcurrentCalls` permits is free. Otherwise it waits up to
/// `maxWaitDuration` for one, first come first served, and is then rejected with ``BulkheadFullError``; with a wait of
/// zero it is rejected at once. A waiting call that is cancelled leaves the queue at once and throws
/// `CancellationError`.
///
/// **Abandoned work keeps its permit.** When a timeout inside the bulkhead answers its caller while the operation
/// keeps running (see ``AbandonedWork``), the call returns but its permit stays taken until the abandoned operation
/// really ends, so the bulkhead never admits more work than it allows. The same holds for a ``BlockingBulkhead``'s
/// stuck thread.
///
/// An admitted call neither suspends, nor allocates, nor takes a lock: while nobody waits, it takes and returns its
/// permit with one atomic compare-and-exchange each. While calls wait, permits go through the lock, to the first waiter.
public final class Bulkhead: Sendable {
    /// The name of the bulkhead, used in errors, logs and metrics.
    public let name: String

    /// The most calls that run at once.
    public var maxConcurrentCalls: Int {
        self.locked.withLock { $0.maxConcurrentCalls }
    }

    /// How long a call waits for a permit before it is rejected.
    public var maxWaitDuration: Duration {
        .nanoseconds(self.locked.withLock { $0.maxWaitNanoseconds })
    }

    private let locked: LockedValue<BulkheadStateMachine<Waiter>>

    /// The permits in use and the gate of the lock-free path (``BulkheadPermitWord``); the state machine adopts the
    /// count whenever the lock is taken for it (``withPermits(_:)``).
    private let permits: Atomic<UInt64>

    /// Read when a call is admitted and when it returns, to find abandoned work that must keep the permit.
    @usableFromInline
    let abandonedOperations = AbandonedOperations.shared

    private let scheduler: DeadlineScheduler
    private let reporter: PolicyReporter

    /// Creates a bulkhead.
    ///
    /// - Parameters:
    ///   - name: The name in errors, logs and metrics; not empty.
    ///   - maxConcurrentCalls: The most calls that run at once; at least 1.
    ///   - maxWaitDuration: How long a call may wait for a permit; zero (the default) rejects at once.
    ///   - clock: The clock that measures the wait. Tests pass a `ManualClock`.
    ///   - logger: Where each rejection is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `bulkhead.rejected` event for each rejection; `nil` adds
    ///     none. Defaults to `InstrumentationSystem.tracer`.
    /// - Throws: ``ConfigurationError`` naming the invalid field.
    public init<C: Clock<Duration>>(
        name: String,
        maxConcurrentCalls: Int,
        maxWaitDuration: Duration = .zero,
        clock: C = ContinuousClock(),
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) throws(ConfigurationError) {
        try Self.validate(name: name, maxConcurrentCalls: maxConcurrentCalls, maxWaitDuration: maxWaitDuration)
        self.name = name
        var machine = BulkheadStateMachine<Waiter>(maxConcurrentCalls: maxConcurrentCalls)
        machine.maxWaitNanoseconds = maxWaitDuration.nanoseconds
        self.locked = LockedValue(machine)
        self.permits = Atomic(BulkheadPermitWord(permitsInUse: 0, limit: maxConcurrentCalls, closed: false).rawValue)
        self.scheduler = DeadlineScheduler.scheduler(for: clock)
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
    }

    private static func validate(
        name: String,
        maxConcurrentCalls: Int,
        maxWaitDuration: Duration
    ) throws(ConfigurationError) {
        let validator = try SettingsValidator("bulkhead", name: name)
        try validator.check(maxConcurrentCalls >= 1, "maxConcurrentCalls", maxConcurrentCalls, "must be at least 1")
        try validator.check(maxWaitDuration >= .zero, "maxWaitDuration", maxWaitDuration, "must not be negative")
    }

    /// Changes the limits at run time (a reloaded configuration file).
    ///
    /// A larger `maxConcurrentCalls` admits waiting calls at once, first come first served. A smaller one takes
    /// effect as calls return: running calls are never stopped, and no call is admitted until fewer than the new
    /// maximum run. The new `maxWaitDuration` applies to calls that start waiting from now on.
    ///
    /// - Throws: ``ConfigurationError`` naming the invalid field; the bulkhead is then unchanged.
    public func update(maxConcurrentCalls: Int, maxWaitDuration: Duration) throws(ConfigurationError) {
        try Self.validate(name: self.name, maxConcurrentCalls: maxConcurrentCalls, maxWaitDuration: maxWaitDuration)
        let admitted = self.withPermits { machine in
            machine.maxWaitNanoseconds = maxWaitDuration.nanoseconds
            return machine.resize(maxConcurrentCalls: maxConcurrentCalls).map(Self.resumeAction(for:))
        }
        for action in admitted {
            self.perform(action)
        }
    }

    /// Runs `operation` once a permit is free, and returns its result.
    ///
    /// The operation runs on the caller's task and isolation; it need not be `@Sendable`.
    ///
    /// - Parameter operation: The call to the integration point.
    /// - Returns: What `operation` returned.
    /// - Throws: ``BulkheadFullError`` when no permit became free within `maxWaitDuration`, `CancellationError` when
    ///   the caller was cancelled while waiting, and otherwise whatever `operation` threw.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        if !self.tryAcquirePermit() {
            try await self.waitForPermit()
        }
        let mark = self.abandonedOperations.mark()
        let value: T
        do {
            value = try await operation()
        } catch {
            self.release(abandonmentMark: mark)
            throw error
        }
        self.release(abandonmentMark: mark)
        return value
    }

    /// The live numbers of the bulkhead.
    public var metrics: Metrics {
        self.withPermits { machine in
            Metrics(
                availableConcurrentCalls: machine.availablePermits,
                maxAllowedConcurrentCalls: machine.maxConcurrentCalls,
                concurrentCallsInUse: machine.permitsInUse,
                permitsHeldByAbandonedWork: machine.permitsHeldByAbandonedWork,
                numberOfWaitingCalls: machine.numberOfWaitingCalls,
                numberOfRejectedCalls: machine.numberOfRejectedCalls
            )
        }
    }

    // MARK: Releasing

    /// Gives the permit back, or, when work abandoned during the call still runs, when that work ends.
    @inlinable
    func release(abandonmentMark mark: UInt64) {
        if self.abandonedOperations.mark() == mark {
            self.releasePermit()
        } else {
            self.releaseAfterAbandonedWork(since: mark)
        }
    }

    @usableFromInline
    func tryAcquirePermit() -> Bool {
        var word = BulkheadPermitWord(rawValue: self.permits.load(ordering: .relaxed))
        while true {
            switch word.acquisition {
            case .take(let taken):
                let (exchanged, original) = self.permits.weakCompareExchange(
                    expected: word.rawValue,
                    desired: taken.rawValue,
                    ordering: .acquiringAndReleasing
                )
                if exchanged { return true }
                word = BulkheadPermitWord(rawValue: original)
            case .full:
                return false
            case .locked:
                return self.withPermits { $0.tryAcquire() }
            }
        }
    }

    @usableFromInline
    func releasePermit() {
        var word = BulkheadPermitWord(rawValue: self.permits.load(ordering: .relaxed))
        while let released = word.released {
            let (exchanged, original) = self.permits.weakCompareExchange(
                expected: word.rawValue,
                desired: released.rawValue,
                ordering: .acquiringAndReleasing
            )
            if exchanged { return }
            word = BulkheadPermitWord(rawValue: original)
        }
        // The gate is closed: calls wait for this permit, or the lock holder is counting.
        let action = self.withPermits { machine in
            Self.resumeAction(for: machine.release())
        }
        self.perform(action)
    }

    /// Runs `body` under the lock with the gate closed and the state machine holding the count of permits in use, then
    /// publishes the count again, with the gate left closed while calls wait.
    private func withPermits<Result>(_ body: (inout BulkheadStateMachine<Waiter>) -> Result) -> Result {
        self.locked.withLock { machine in
            var word = BulkheadPermitWord(rawValue: self.permits.load(ordering: .relaxed))
            while !word.isClosed {
                let (exchanged, original) = self.permits.weakCompareExchange(
                    expected: word.rawValue,
                    desired: word.closed.rawValue,
                    ordering: .acquiringAndReleasing
                )
                if exchanged { break }
                word = BulkheadPermitWord(rawValue: original)
            }
            machine.adopt(permitsInUse: word.permitsInUse)
            let result = body(&machine)
            let published = BulkheadPermitWord(
                permitsInUse: machine.permitsInUse,
                limit: machine.maxConcurrentCalls,
                closed: machine.numberOfWaitingCalls > 0
            )
            self.permits.store(published.rawValue, ordering: .releasing)
            return result
        }
    }

    @usableFromInline
    func releaseAfterAbandonedWork(since mark: UInt64) {
        // Counted before deferring: the abandoned work may end, and release the permit, as soon as it is deferred.
        self.withPermits { $0.permitHeldByAbandonedWork() }
        self.abandonedOperations.runWhenEnded(since: mark) { [self] in
            self.abandonedWorkEnded()
        }
    }

    private func abandonedWorkEnded() {
        let action = self.withPermits { machine in
            Self.resumeAction(for: machine.abandonedWorkEnded())
        }
        self.perform(action)
    }

    // MARK: Waiting

    /// A call waiting for a permit. Its fields are guarded by the bulkhead's lock.
    final class Waiter: DeadlineExpiring, @unchecked Sendable {
        // Strong: a timer that fired as the waiter was resumed may still call it after the call returned.
        let bulkhead: Bulkhead
        var id: WaiterQueue<Waiter>.ID?
        var continuation: UnsafeContinuation<Void, any Error>?
        var timer: DeadlineScheduler.TimerID?
        var cancelled = false

        init(bulkhead: Bulkhead) {
            self.bulkhead = bulkhead
        }

        func deadlineReached(at now: Int64) {
            self.bulkhead.waitExpired(self)
        }
    }

    private struct ResumeAction {
        var continuation: UnsafeContinuation<Void, any Error>
        var timer: DeadlineScheduler.TimerID?
    }

    /// Takes what resuming a waiter that left the queue needs, under the lock.
    private static func resumeAction(for waiter: Waiter) -> ResumeAction? {
        waiter.id = nil
        guard let continuation = waiter.continuation.take() else { return nil }
        return ResumeAction(continuation: continuation, timer: waiter.timer.take())
    }

    /// Takes what resuming the waiter that a released permit went to needs, under the lock.
    private static func resumeAction(for action: BulkheadStateMachine<Waiter>.ReleaseAction) -> ResumeAction? {
        guard case .resume(let waiter) = action else { return nil }
        return Self.resumeAction(for: waiter)
    }

    /// Resumes the waiter, with the permit or with `error`, after cancelling its timer.
    private func perform(_ action: ResumeAction?, throwing error: (any Error)? = nil) {
        guard let action else { return }
        if let timer = action.timer {
            self.scheduler.cancel(timer)
        }
        if let error {
            action.continuation.resume(throwing: error)
        } else {
            action.continuation.resume()
        }
    }

    private enum EnqueueOutcome {
        case admitted
        case cancelled
        case waiting
    }

    /// Waits until a permit is handed over, or rejects the call.
    @usableFromInline
    func waitForPermit() async throws {
        let maxWait = self.locked.withLock { machine -> Int64 in
            if machine.maxWaitNanoseconds == 0 { machine.reject() }
            return machine.maxWaitNanoseconds
        }
        guard maxWait > 0 else {
            let error = self.fullError()
            self.reportRejection(error)
            throw error
        }
        do {
            try await self.wait(maxWait: maxWait)
        } catch let error as BulkheadFullError {
            self.reportRejection(error)
            throw error
        }
    }

    /// Waits in the queue for at most `maxWait` nanoseconds.
    private func wait(maxWait: Int64) async throws {
        let waiter = Waiter(bulkhead: self)
        try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<Void, any Error>) in
                let outcome = self.withPermits { machine -> EnqueueOutcome in
                    if waiter.cancelled { return .cancelled }
                    switch machine.enqueue(waiter) {
                    case .admitted:
                        return .admitted
                    case .waiting(let id):
                        waiter.id = id
                        waiter.continuation = continuation
                        return .waiting
                    }
                }
                switch outcome {
                case .admitted:
                    continuation.resume()
                case .cancelled:
                    continuation.resume(throwing: CancellationError())
                case .waiting:
                    let deadline = self.scheduler.timeSource.now().addingSaturating(maxWait)
                    let timer = self.scheduler.schedule(waiter, at: deadline)
                    let stillWaiting = self.locked.withLock { _ in
                        guard waiter.id != nil else { return false }
                        waiter.timer = timer
                        return true
                    }
                    if !stillWaiting {
                        self.scheduler.cancel(timer)
                    }
                }
            }
        } onCancel: {
            self.cancelWait(waiter)
        }
    }

    private func cancelWait(_ waiter: Waiter) {
        let action = self.withPermits { machine -> ResumeAction? in
            waiter.cancelled = true
            guard let id = waiter.id, let removed = machine.cancelWaiter(id) else { return nil }
            return Self.resumeAction(for: removed)
        }
        self.perform(action, throwing: CancellationError())
    }

    private func waitExpired(_ waiter: Waiter) {
        let continuation = self.withPermits { machine -> UnsafeContinuation<Void, any Error>? in
            guard let id = waiter.id, let removed = machine.waitExpired(id) else { return nil }
            removed.id = nil
            removed.timer = nil
            return removed.continuation.take()
        }
        continuation?.resume(throwing: self.fullError())
    }

    private func fullError() -> BulkheadFullError {
        let (maxConcurrentCalls, maxWait) = self.locked.withLock { ($0.maxConcurrentCalls, $0.maxWaitNanoseconds) }
        return BulkheadFullError(
            name: self.name,
            maxConcurrentCalls: maxConcurrentCalls,
            maxWaitDuration: .nanoseconds(maxWait)
        )
    }

    /// Logs a rejection and adds it to the caller's active span. Called on the caller's task.
    private func reportRejection(_ error: BulkheadFullError) {
        self.reporter.report(
            "bulkhead rejected a call",
            event: "bulkhead.rejected",
            [
                "bulkhead.name": .string(self.name),
                "bulkhead.max_concurrent_calls": .int(error.maxConcurrentCalls),
                "bulkhead.max_wait_duration": .duration(error.maxWaitDuration),
            ]
        )
    }
}

extension Bulkhead {
    /// The live numbers of a ``Bulkhead``.
    public struct Metrics: Hashable, Sendable {
        /// The number of permits free now.
        public var availableConcurrentCalls: Int
        /// The most calls that run at once: the bulkhead's `maxConcurrentCalls`.
        public var maxAllowedConcurrentCalls: Int
        /// The number of permits held now, including those held by abandoned work.
        public var concurrentCallsInUse: Int
        /// The number of permits held by abandoned work: calls that returned while an operation they started (a
        /// timed-out operation that ignores cancellation, a stuck blocking call) still runs.
        public var permitsHeldByAbandonedWork: Int
        /// The number of calls waiting for a permit now.
        public var numberOfWaitingCalls: Int
        /// The number of calls rejected since the bulkhead was created.
        public var numberOfRejectedCalls: Int
    }
}

/// The error thrown when a ``Bulkhead`` or ``BlockingBulkhead`` has no room for a call.
public struct BulkheadFullError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name of the bulkhead that rejected the call.
    public var name: String
    /// The most calls the bulkhead runs at once.
    public var maxConcurrentCalls: Int
    /// How long the call waited for room before it was rejected.
    public var maxWaitDuration: Duration

    /// Creates an error describing a rejected call.
    public init(name: String, maxConcurrentCalls: Int, maxWaitDuration: Duration) {
        self.name = name
        self.maxConcurrentCalls = maxConcurrentCalls
        self.maxWaitDuration = maxWaitDuration
    }

    public var description: String {
        "bulkhead \"\(self.name)\" is full: \(self.maxConcurrentCalls) concurrent calls, waited \(self.maxWaitDuration)"
    }
}
