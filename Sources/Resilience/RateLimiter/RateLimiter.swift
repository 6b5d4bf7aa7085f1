public import Logging
import Synchronization
public import Tracing

/// Limits how many calls an integration point receives per period: `limitForPeriod` permissions every
/// `refreshPeriod`, as resilience4j's `RateLimiter` does.
///
/// ```swift
/// let limiter = try RateLimiter(name: "search", limitForPeriod: 50, refreshPeriod: .seconds(1),
///                               maxWaitDuration: .milliseconds(100))
/// let results = try await limiter.run { try await search.query(text) }   // throws RateLimitExceededError
/// ```
///
/// Time is cut into cycles of `refreshPeriod` from the limiter's creation; each cycle starts with `limitForPeriod`
/// permissions, and unused ones do not carry over. A call takes a permission of the current cycle if one is left.
/// Otherwise it reserves one of a coming cycle, if that cycle starts within `maxWaitDuration`, and waits for it (calls
/// are served in the order they arrived); if not, it is rejected at once with ``RateLimitExceededError``, whose
/// `retryAfter` says when a permission will be free. A waiting call whose ``Deadline/current`` comes before its
/// permission is rejected at once too, and a waiting call that is cancelled gives its reservation back.
///
/// Each call costs O(1) and there is no background task: a cycle's permissions are refilled by the first call that
/// arrives after the cycle began. An admitted call neither suspends, nor allocates, nor takes a lock within a cycle: it
/// reads the clock and takes its permission with one atomic compare-and-exchange; the lock is taken when a cycle ends
/// and when a call must wait or be refused.
public final class RateLimiter: Sendable {
    /// The name of the limiter, used in errors, logs and metrics.
    public let name: String

    /// The permissions of each period.
    public let limitForPeriod: Int

    /// The length of a period.
    public let refreshPeriod: Duration

    /// How long a call may wait for a permission.
    public let maxWaitDuration: Duration

    private let maxWaitNanoseconds: Int64
    private let timeSource: TimeSource
    private let locked: LockedValue<RateLimiterStateMachine>
    private let reporter: PolicyReporter

    /// The current cycle's permissions that calls take without the lock (``RateLimiterPermitWord``), and the end of
    /// that cycle, published before the word; the first call, with neither published yet, goes to the lock.
    private let permissions = Atomic<UInt64>(0)
    private let cycleEnd = Atomic<Int64>(.min)

    /// Creates a rate limiter; its first period starts now.
    ///
    /// - Parameters:
    ///   - name: The name in errors, logs and metrics; not empty.
    ///   - limitForPeriod: The permissions of each period; at least 1.
    ///   - refreshPeriod: The length of a period; greater than zero.
    ///   - maxWaitDuration: How long a call may wait for a permission; zero (the default) rejects at once.
    ///   - clock: The clock that measures the periods. Tests pass a `ManualClock`.
    ///   - logger: Where each rejection is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `rate_limiter.rejected` event for each rejection; `nil` adds
    ///     none. Defaults to `InstrumentationSystem.tracer`.
    /// - Throws: ``ConfigurationError`` naming the invalid field.
    public init<C: Clock<Duration>>(
        name: String,
        limitForPeriod: Int,
        refreshPeriod: Duration,
        maxWaitDuration: Duration = .zero,
        clock: C = ContinuousClock(),
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) throws(ConfigurationError) {
        let validator = try SettingsValidator("rate limiter", name: name)
        try validator.check(limitForPeriod >= 1, "limitForPeriod", limitForPeriod, "must be at least 1")
        try validator.check(
            refreshPeriod.nanoseconds >= 1,
            "refreshPeriod",
            refreshPeriod,
            "must be at least 1 nanosecond"
        )
        try validator.check(maxWaitDuration >= .zero, "maxWaitDuration", maxWaitDuration, "must not be negative")
        self.name = name
        self.limitForPeriod = limitForPeriod
        self.refreshPeriod = refreshPeriod
        self.maxWaitDuration = maxWaitDuration
        self.maxWaitNanoseconds = maxWaitDuration.nanoseconds
        let shortest = maxWaitDuration > .zero ? min(refreshPeriod, maxWaitDuration) : refreshPeriod
        let timeSource = TimeSource(clock, shortestMeasuredDuration: shortest.nanoseconds)
        self.timeSource = timeSource
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
        self.locked = LockedValue(
            RateLimiterStateMachine(
                limitForPeriod: Int64(limitForPeriod),
                refreshPeriod: refreshPeriod.nanoseconds,
                now: timeSource.now()
            )
        )
    }

    /// Runs `operation` once a permission is granted, and returns its result.
    ///
    /// The operation runs on the caller's task and isolation; it need not be `@Sendable`.
    ///
    /// - Parameter operation: The call to the integration point.
    /// - Returns: What `operation` returned.
    /// - Throws: ``RateLimitExceededError`` when no permission could be had within `maxWaitDuration` (or before the
    ///   current deadline), `CancellationError` when the caller was cancelled while waiting, and otherwise whatever
    ///   `operation` threw.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        if !self.tryAcquirePermission() {
            try await self.acquirePermission()
        }
        // Caught and rethrown rather than `return try await operation()`: Swift 6.3.1's optimiser crashes (LLVM's
        // coroutine splitting, `emitSetAndGetSwiftErrorValueAround`) on client code that inlines a throwing path
        // followed by a typed-throws operation whose error flows straight out. ReleaseBuildCheck/ keeps it so.
        do {
            return try await operation()
        } catch {
            throw error
        }
    }

    /// Takes a permission if one is left in the current period, without waiting.
    ///
    /// - Returns: `true` when the caller may make its call; `false` changes nothing and counts no rejection.
    public func tryAcquirePermission() -> Bool {
        let now = self.timeSource.now()
        var word = RateLimiterPermitWord(rawValue: self.permissions.load(ordering: .acquiring))
        // The cycle's end is read after the word: an exchange that succeeds proves it was published with the word.
        while let taken = word.takingOne, now < self.cycleEnd.load(ordering: .acquiring) {
            let (exchanged, original) = self.permissions.weakCompareExchange(
                expected: word.rawValue,
                desired: taken.rawValue,
                ordering: .acquiringAndReleasing
            )
            if exchanged { return true }
            word = RateLimiterPermitWord(rawValue: original)
        }
        return self.withPermissions { $0.tryAcquire(now: now) }
    }

    /// Runs `body` under the lock with every permission of the word handed back to the state machine, then moves the
    /// cycle's free permissions into the word again, publishing the cycle's end first.
    private func withPermissions<Result>(_ body: (inout RateLimiterStateMachine) -> Result) -> Result {
        self.locked.withLock { machine in
            // Only lock holders change the epoch, so it is stable here; calls only take permissions.
            let current = RateLimiterPermitWord(rawValue: self.permissions.load(ordering: .relaxed))
            let seized = current.seized
            let left = RateLimiterPermitWord(
                rawValue: self.permissions.exchange(seized.rawValue, ordering: .acquiringAndReleasing)
            )
            machine.takeBack(permissions: left.permissions)
            let result = body(&machine)
            let (handed, cycleEnd) = machine.handOut(upTo: RateLimiterPermitWord.maximumPermissions)
            self.cycleEnd.store(cycleEnd, ordering: .releasing)
            self.permissions.store(seized.publishing(handed).rawValue, ordering: .releasing)
            return result
        }
    }

    /// Waits, up to `maxWaitDuration`, until the caller may make one call; for calls that do not fit in a closure
    /// (a streamed response).
    ///
    /// - Throws: ``RateLimitExceededError`` when no permission could be had within `maxWaitDuration` (or before the
    ///   current deadline); `CancellationError` when the caller was cancelled while waiting.
    public func acquirePermission() async throws {
        let now = self.timeSource.now()
        let decision = self.withPermissions { $0.acquire(now: now, maxWait: self.maxWaitNanoseconds) }
        switch decision {
        case .admitted:
            return
        case .rejected(let retryAfter):
            throw self.rejected(retryAfter: retryAfter)
        case .wait(let instant):
            if let deadline = Deadline.current, deadline.remainingNanoseconds < instant - now {
                // The permission would come after the caller's deadline: give it back and say so now.
                self.withPermissions { machine in
                    machine.cancelReservation(validFrom: instant, now: now)
                    machine.recordRejection()
                }
                throw self.rejected(retryAfter: instant - now)
            }
            do {
                try await self.timeSource.sleep(until: instant)
            } catch {
                let cancelledAt = self.timeSource.now()
                self.withPermissions { $0.cancelReservation(validFrom: instant, now: cancelledAt) }
                throw error
            }
            self.locked.withLock { $0.waitFinished() }
        }
    }

    /// Logs and traces a rejection, and returns the error to throw.
    private func rejected(retryAfter: Int64) -> RateLimitExceededError {
        let error = RateLimitExceededError(name: self.name, retryAfter: .nanoseconds(retryAfter))
        self.reporter.report(
            "rate limiter rejected a call",
            event: "rate_limiter.rejected",
            [
                "rate_limiter.name": .string(self.name),
                "rate_limiter.limit_for_period": .int(self.limitForPeriod),
                "rate_limiter.retry_after": .duration(error.retryAfter),
            ]
        )
        return error
    }

    /// The live numbers of the limiter.
    public var metrics: Metrics {
        let now = self.timeSource.now()
        return self.withPermissions { machine in
            Metrics(
                availablePermissions: Int(machine.availablePermissions(now: now)),
                numberOfWaitingCalls: machine.numberOfWaitingCalls,
                numberOfRejectedCalls: machine.numberOfRejectedCalls,
                timeUntilNextRefresh: .nanoseconds(machine.timeUntilNextRefresh(now: now))
            )
        }
    }
}

extension RateLimiter {
    /// The live numbers of a ``RateLimiter``.
    public struct Metrics: Hashable, Sendable {
        /// The permissions left in the current period; negative when waiting calls have reserved permissions of coming
        /// periods.
        public var availablePermissions: Int
        /// The number of calls waiting for a reserved permission.
        public var numberOfWaitingCalls: Int
        /// The number of calls rejected since the limiter was created.
        public var numberOfRejectedCalls: Int
        /// The time until the next period starts.
        public var timeUntilNextRefresh: Duration
    }
}

/// The error thrown when a ``RateLimiter`` has no permission for a call within its maximum wait.
public struct RateLimitExceededError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name of the limiter that rejected the call.
    public var name: String
    /// How long until a permission will be free, for a `Retry-After` header or a retry's backoff.
    public var retryAfter: Duration

    /// Creates an error describing a rejected call.
    public init(name: String, retryAfter: Duration) {
        self.name = name
        self.retryAfter = retryAfter
    }

    public var description: String {
        "rate limiter \"\(self.name)\": no permission available, retry after \(self.retryAfter)"
    }
}
