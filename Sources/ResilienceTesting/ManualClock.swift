import Resilience

/// A clock whose time moves only when a test moves it.
///
/// Use it wherever a policy takes `clock:` to test time-based behaviour without waiting for real:
///
/// ```swift
/// let clock = ManualClock()
/// let breaker = try CircuitBreaker(name: "payments", configuration: config, clock: clock)
/// // … open the breaker …
/// await clock.advance(by: .seconds(61))   // resumes every sleeper that is due
/// ```
///
/// ``advance(by:)`` and ``advance(to:)`` move the time and resume every task sleeping until an instant that is now
/// due, earliest deadline first. To advance only once the code under test is really sleeping (a timer task that has
/// not yet started sleeping would otherwise miss the advance), await ``waitForSleepers(count:)`` first: it is the
/// handshake that makes timer tests deterministic.
///
/// The clock is safe to use from many tasks at once. Sleeping honours task cancellation.
public final class ManualClock: Clock, Sendable {
    /// An instant of a ``ManualClock``: a duration since the clock's zero.
    public struct Instant: InstantProtocol, Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The time since the clock's zero.
        public var offset: Duration

        /// Creates the instant `offset` after the clock's zero.
        public init(offset: Duration) {
            self.offset = offset
        }

        /// The clock's zero.
        public static var zero: Instant { Instant(offset: .zero) }

        public func advanced(by duration: Duration) -> Instant {
            Instant(offset: self.offset + duration)
        }

        public func duration(to other: Instant) -> Duration {
            other.offset - self.offset
        }

        public static func < (lhs: Instant, rhs: Instant) -> Bool {
            lhs.offset < rhs.offset
        }

        public var description: String { "ManualClock.Instant(\(self.offset))" }
    }

    private struct Sleeper {
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct SleeperWaiter {
        var count: Int
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Instant
        var nextID: UInt64 = 0
        var sleepers: [UInt64: Sleeper] = [:]
        /// Sleeps that have started but not yet registered their continuation.
        var starting: Set<UInt64> = []
        /// Sleeps cancelled before they registered.
        var cancelledEarly: Set<UInt64> = []
        var waiters: [UInt64: SleeperWaiter] = [:]

        /// Removes and returns the waiters satisfied by the current number of sleepers.
        mutating func satisfiedWaiters() -> [CheckedContinuation<Void, any Error>] {
            let satisfied = self.waiters.filter { $0.value.count <= self.sleepers.count }
            for id in satisfied.keys { self.waiters.removeValue(forKey: id) }
            return satisfied.values.map(\.continuation)
        }
    }

    private let state: LockedValue<State>

    /// Creates a clock that starts at `now`.
    ///
    /// - Parameter now: The initial instant. Defaults to the clock's zero.
    public init(now: Instant = .zero) {
        self.state = LockedValue(State(now: now))
    }

    /// The current instant.
    public var now: Instant {
        self.state.withLock { $0.now }
    }

    /// One nanosecond: the clock is exact.
    public var minimumResolution: Duration { .nanoseconds(1) }

    /// The number of tasks currently sleeping on this clock.
    public var numberOfSleepers: Int {
        self.state.withLock { $0.sleepers.count }
    }

    /// The earliest deadline of the tasks currently sleeping, if any.
    public var nextDeadline: Instant? {
        self.state.withLock { $0.sleepers.values.map(\.deadline).min() }
    }

    /// Suspends until the clock has been advanced to `deadline`.
    ///
    /// Returns at once when `deadline` is not after ``now``. The tolerance is ignored.
    ///
    /// - Throws: `CancellationError` when the task is cancelled before the deadline is reached.
    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try await self.suspend { state, id, continuation in
            if deadline <= state.now { return .resume }
            state.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
            return .wait(thenResume: state.satisfiedWaiters())
        } unregister: { state, id in
            state.sleepers.removeValue(forKey: id)?.continuation
        }
    }

    /// Moves the time forward by `duration` and resumes every sleeper that is then due, earliest deadline first.
    ///
    /// - Parameter duration: How far to move. A negative duration changes nothing.
    public func advance(by duration: Duration) async {
        // The target is computed under the same lock that moves the time, so that concurrent advances add up.
        await self.advance { now in now.advanced(by: max(duration, .zero)) }
    }

    /// Moves the time forward to `instant` and resumes every sleeper that is then due, earliest deadline first.
    ///
    /// - Parameter instant: Where to move. An instant before ``now`` changes nothing.
    public func advance(to instant: Instant) async {
        await self.advance { _ in instant }
    }

    private func advance(to target: (Instant) -> Instant) async {
        let due = self.state.withLock { state -> [Sleeper] in
            let instant = target(state.now)
            guard instant > state.now else { return [] }
            state.now = instant
            let due = state.sleepers.filter { $0.value.deadline <= instant }
            for id in due.keys { state.sleepers.removeValue(forKey: id) }
            return due.values.sorted { $0.deadline < $1.deadline }
        }
        for sleeper in due {
            sleeper.continuation.resume()
        }
    }

    /// Suspends until at least `count` tasks are sleeping on this clock.
    ///
    /// This is the handshake that makes timer tests deterministic: await it before ``advance(by:)`` so that the
    /// advance reaches the sleeper it is meant for.
    ///
    /// - Parameter count: The number of sleepers to wait for. Defaults to 1.
    /// - Throws: `CancellationError` when the waiting task is cancelled.
    public func waitForSleepers(count: Int = 1) async throws {
        try await self.suspend { state, id, continuation in
            if state.sleepers.count >= count { return .resume }
            state.waiters[id] = SleeperWaiter(count: count, continuation: continuation)
            return .wait(thenResume: [])
        } unregister: { state, id in
            state.waiters.removeValue(forKey: id)?.continuation
        }
    }

    /// What `register` decided for a suspended task.
    private enum Registration {
        /// Resume it at once: nothing to wait for.
        case resume
        /// It waits; these other continuations are to be resumed now (waiters its registration satisfied).
        case wait(thenResume: [CheckedContinuation<Void, any Error>])
    }

    /// Suspends the caller under a new id until its continuation is resumed, or it is cancelled.
    ///
    /// `register` runs under the lock with the continuation, and keeps it or says to resume at once; `unregister` runs
    /// under the lock when the task is cancelled, and takes the continuation back if `register` kept it. A task
    /// cancelled before it registered is resumed with `CancellationError` as it registers.
    private func suspend(
        register: (inout State, UInt64, CheckedContinuation<Void, any Error>) -> Registration,
        unregister: @escaping @Sendable (inout State, UInt64) -> CheckedContinuation<Void, any Error>?
    ) async throws {
        try Task.checkCancellation()
        let id = self.state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            state.starting.insert(id)
            return id
        }
        defer {
            self.state.withLock { state in
                state.starting.remove(id)
                state.cancelledEarly.remove(id)
            }
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let registration = self.state.withLock { state -> Registration? in
                    if state.cancelledEarly.contains(id) { return nil }
                    return register(&state, id, continuation)
                }
                switch registration {
                case nil: continuation.resume(throwing: CancellationError())
                case .resume: continuation.resume()
                case .wait(let others): for other in others { other.resume() }
                }
            }
        } onCancel: {
            let continuation = self.state.withLock { state -> CheckedContinuation<Void, any Error>? in
                if let continuation = unregister(&state, id) { return continuation }
                if state.starting.contains(id) { state.cancelledEarly.insert(id) }
                return nil
            }
            continuation?.resume(throwing: CancellationError())
        }
    }
}
