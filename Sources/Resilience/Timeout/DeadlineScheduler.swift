/// Something a ``DeadlineScheduler`` tells when its deadline has come.
@usableFromInline
protocol DeadlineExpiring: AnyObject, Sendable {
    /// Called once, outside the scheduler's lock, when the deadline has passed.
    func deadlineReached(at now: Int64)
}

/// The shared timer: fires the deadlines of every timed call on one clock with a single sleeping task.
///
/// A timed call inserts its deadline and removes it when it finishes in time; an unfired timeout therefore costs two
/// short locked heap operations and leaves nothing behind, instead of a `Task.sleep` that lives (and holds memory) until
/// its original deadline. One driver task sleeps until the earliest pending deadline; it is started when the first
/// deadline arrives, replaced only when an earlier deadline than its wake-up arrives, and ends when it wakes to an empty
/// heap. An idle scheduler therefore has no task at all, and a pending one never keeps a process alive.
///
/// `ContinuousClock` and `SuspendingClock` share one scheduler; any other clock gets its own (for a `ManualClock`,
/// deadlines fire when the test advances the clock).
@usableFromInline
final class DeadlineScheduler: Sendable {
    @usableFromInline
    typealias TimerID = TimerHeap<any DeadlineExpiring>.ID

    /// Where the scheduler reads the time; deadlines are in its nanoseconds.
    @usableFromInline
    let timeSource: TimeSource

    private struct Driver {
        var generation: UInt64
        var wakeAt: Int64
        var task: Task<Void, Never>
    }

    private struct State {
        var timers = TimerHeap<any DeadlineExpiring>()
        var driver: Driver?
        var nextDriverGeneration: UInt64 = 0
    }

    private let locked = LockedValue(State())

    init(timeSource: TimeSource) {
        self.timeSource = timeSource
    }

    /// The number of pending deadlines.
    var pendingCount: Int {
        self.locked.withLock { $0.timers.count }
    }

    /// Whether a driver task exists (sleeping or firing).
    var hasDriver: Bool {
        self.locked.withLock { $0.driver != nil }
    }

    /// Schedules `target` to be told at `deadline`; returns the ID that ``cancel(_:)`` takes.
    @usableFromInline
    func schedule(_ target: any DeadlineExpiring, at deadline: Int64) -> TimerID {
        self.locked.withLock { state in
            let id = state.timers.insert(target, deadline: deadline)
            if let driver = state.driver, driver.wakeAt <= deadline {
                return id
            }
            // No driver, or one that would wake too late: start one that wakes in time.
            state.driver?.task.cancel()
            let generation = state.nextDriverGeneration
            state.nextDriverGeneration += 1
            // High priority: firing is a few instructions per deadline, and a deadline fired late answers late.
            let task = Task.detached(priority: .high) {
                await self.drive(generation: generation, firstWake: deadline)
            }
            state.driver = Driver(generation: generation, wakeAt: deadline, task: task)
            return id
        }
    }

    /// Removes a pending deadline. Returns `false` when it has already fired or was removed.
    @usableFromInline
    @discardableResult
    func cancel(_ id: TimerID) -> Bool {
        self.locked.withLock { $0.timers.remove(id) } != nil
    }

    private func drive(generation: UInt64, firstWake: Int64) async {
        var wakeAt = firstWake
        while true {
            do {
                try await self.timeSource.sleep(until: wakeAt)
            } catch {
                return  // cancelled: a driver that wakes earlier took over
            }
            let now = self.timeSource.now()
            let (due, next) = self.locked.withLock { state -> ([any DeadlineExpiring], Int64?) in
                guard state.driver?.generation == generation else { return ([], nil) }
                let due = state.timers.removeDue(at: now)
                guard let next = state.timers.earliestDeadline else {
                    state.driver = nil
                    return (due, nil)
                }
                state.driver?.wakeAt = next
                return (due, next)
            }
            for target in due {
                target.deadlineReached(at: now)
            }
            guard let next else { return }
            wakeAt = next
        }
    }
}

extension DeadlineScheduler {
    /// The scheduler of `ContinuousClock` and `SuspendingClock`.
    @usableFromInline
    static let system = DeadlineScheduler(timeSource: TimeSource(ContinuousClock(), shortestMeasuredDuration: 0))

    private final class WeakScheduler: Sendable {
        weak let scheduler: DeadlineScheduler?

        init(_ scheduler: DeadlineScheduler) {
            self.scheduler = scheduler
        }
    }

    private static let registry = LockedValue([ObjectIdentifier: WeakScheduler]())

    /// The scheduler for `clock`.
    ///
    /// A clock that is a class (such as `ManualClock`) gets a scheduler of its own, kept while it is in use; instances of
    /// any other clock type share one scheduler per type, created with the first instance seen.
    ///
    /// Inlinable, so that the timeout functions find the system clock's scheduler without a call: they ask on every call.
    @inlinable
    static func scheduler<C: Clock<Duration>>(for clock: C) -> DeadlineScheduler {
        if TimeSource.isSystemClock(C.self) {
            return .system
        }
        return self.ownScheduler(for: clock)
    }

    /// The scheduler of a clock other than the system's.
    @usableFromInline
    static func ownScheduler<C: Clock<Duration>>(for clock: C) -> DeadlineScheduler {
        let key = C.self is AnyObject.Type ? ObjectIdentifier(clock as AnyObject) : ObjectIdentifier(C.self)
        return Self.registry.withLock { registry in
            if let scheduler = registry[key]?.scheduler {
                return scheduler
            }
            registry = registry.filter { $0.value.scheduler != nil }
            let scheduler = DeadlineScheduler(timeSource: TimeSource(clock, shortestMeasuredDuration: 0))
            registry[key] = WeakScheduler(scheduler)
            return scheduler
        }
    }
}
