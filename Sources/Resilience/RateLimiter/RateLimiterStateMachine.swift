/// The logic of a ``RateLimiter``: resilience4j's `AtomicRateLimiter`, made exact.
///
/// Time is cut into cycles of `refreshPeriod`, starting when the limiter was created. At the start of each cycle the
/// permissions are refilled to `limitForPeriod` (unused ones do not accumulate beyond that). A call takes one
/// permission. When none is left, a call that may wait **reserves** one from a coming cycle: the count goes below zero,
/// and the call is told the instant its permission becomes valid; later calls queue behind it, in order. A call that
/// cannot get a permission within its maximum wait is rejected and reserves nothing. A waiting call that is cancelled
/// before its instant gives its reservation back when that cannot put two calls into one slot (see
/// ``cancelReservation(validFrom:now:)``).
///
/// A pure value: it reads no clock and takes no lock. Every input takes the current time in nanoseconds. The common
/// path (a permission left in the current cycle) is a comparison and a decrement; dividing happens only when a cycle
/// has ended.
struct RateLimiterStateMachine {
    /// What ``acquire(now:maxWait:)`` decided.
    enum Decision: Equatable {
        /// The call has its permission now.
        case admitted
        /// The call has reserved a permission valid from `instant`; it waits until then.
        case wait(until: Int64)
        /// The call could not get a permission within its maximum wait; one will be free after `retryAfter`
        /// nanoseconds. Nothing was reserved.
        case rejected(retryAfter: Int64)
    }

    /// The permissions of each cycle.
    let limitForPeriod: Int64
    /// The length of a cycle, in nanoseconds.
    let refreshPeriod: Int64

    /// The end of the current cycle.
    private var cycleEnd: Int64
    /// The permissions left in the current cycle; negative when calls have reserved permissions of coming cycles.
    private var permissions: Int64

    /// The number of calls waiting for a reserved permission.
    private(set) var numberOfWaitingCalls = 0
    /// The number of calls rejected since creation.
    private(set) var numberOfRejectedCalls = 0

    /// Creates a limiter whose first cycle starts at `now`, with all its permissions.
    init(limitForPeriod: Int64, refreshPeriod: Int64, now: Int64) {
        precondition(limitForPeriod > 0 && refreshPeriod > 0, "validated by the shell")
        self.limitForPeriod = limitForPeriod
        self.refreshPeriod = refreshPeriod
        self.cycleEnd = now.addingSaturating(refreshPeriod)
        self.permissions = limitForPeriod
    }

    /// The permissions left at `now`: negative when calls have reserved permissions of coming cycles.
    mutating func availablePermissions(now: Int64) -> Int64 {
        self.refresh(now: now)
        return self.permissions
    }

    /// The time left in the current cycle at `now`.
    mutating func timeUntilNextRefresh(now: Int64) -> Int64 {
        self.refresh(now: now)
        return self.cycleEnd - now
    }

    /// Takes a permission of the current cycle if one is left; otherwise changes nothing and returns `false`.
    mutating func tryAcquire(now: Int64) -> Bool {
        self.refresh(now: now)
        guard self.permissions > 0 else { return false }
        self.permissions -= 1
        return true
    }

    /// A call asks for a permission and may wait up to `maxWait` nanoseconds for one.
    mutating func acquire(now: Int64, maxWait: Int64) -> Decision {
        self.refresh(now: now)
        if self.permissions > 0 {
            self.permissions -= 1
            return .admitted
        }
        let wait = self.waitForNextPermission(now: now)
        guard wait <= maxWait else {
            self.numberOfRejectedCalls += 1
            return .rejected(retryAfter: wait)
        }
        self.permissions -= 1
        self.numberOfWaitingCalls += 1
        return .wait(until: now.addingSaturating(wait))
    }

    /// A waiting call reached its instant and has its permission.
    mutating func waitFinished() {
        precondition(self.numberOfWaitingCalls > 0, "no call waits")
        self.numberOfWaitingCalls -= 1
    }

    /// A waiting call that reserved a permission valid from `instant` was cancelled at `now`, or gave up because its
    /// deadline comes first.
    ///
    /// The permission goes back only when it was among the last reserved (in the last cycle that has reservations) and
    /// its instant has not come: then the count is exactly as if it had never been reserved. A reservation from the
    /// middle of the line is not given back, because the calls behind it already wait for later cycles and a new call
    /// would be handed the last cycle's slot a second time; that cycle keeps one call less. Never more than
    /// `limitForPeriod` calls get permissions valid in one cycle.
    mutating func cancelReservation(validFrom instant: Int64, now: Int64) {
        precondition(self.numberOfWaitingCalls > 0, "no call waits")
        self.numberOfWaitingCalls -= 1
        self.refresh(now: now)
        guard now < instant, self.permissions < 0 else { return }
        // The cycle of the last reserved permission: the one that pays the last unit of the debt.
        let debt = -self.permissions
        let cycles = (debt + self.limitForPeriod - 1) / self.limitForPeriod
        let (later, overflow) = (cycles - 1).multipliedReportingOverflow(by: self.refreshPeriod)
        let lastInstant = overflow ? Int64.max : self.cycleEnd.addingSaturating(later)
        if instant == lastInstant {
            self.permissions += 1
        }
    }

    /// Moves up to `maximum` of the cycle's free permissions out, to calls that take them without the lock, and says
    /// when the cycle ends; ``takeBack(permissions:)`` returns what they left before the next input.
    mutating func handOut(upTo maximum: Int64) -> (permissions: Int64, cycleEnd: Int64) {
        let handed = max(0, min(self.permissions, maximum))
        self.permissions -= handed
        return (handed, self.cycleEnd)
    }

    /// The permissions handed out that no call took.
    mutating func takeBack(permissions: Int64) {
        precondition(permissions >= 0, "a negative number of permissions")
        self.permissions += permissions
    }

    /// Counts a call rejected by the shell (a deadline that comes before the permission).
    mutating func recordRejection() {
        self.numberOfRejectedCalls += 1
    }

    /// Moves to the cycle containing `now`, refilling the permissions of every cycle that ended.
    @inline(__always)
    private mutating func refresh(now: Int64) {
        guard now >= self.cycleEnd else { return }
        let endedCycles = (now - self.cycleEnd) / self.refreshPeriod + 1
        let (refill, overflow) = endedCycles.multipliedReportingOverflow(by: self.limitForPeriod)
        self.permissions =
            overflow ? self.limitForPeriod : min(self.limitForPeriod, self.permissions.addingSaturating(refill))
        let (advance, advanceOverflow) = endedCycles.multipliedReportingOverflow(by: self.refreshPeriod)
        self.cycleEnd = advanceOverflow ? .max : self.cycleEnd.addingSaturating(advance)
    }

    /// The time from `now` until a permission is free for one more call, when none is left now.
    private func waitForNextPermission(now: Int64) -> Int64 {
        // `permissions <= 0`: the first cycle whose refill covers every reservation plus this call.
        let needed = 1 - self.permissions
        let cycles = (needed + self.limitForPeriod - 1) / self.limitForPeriod
        let (later, overflow) = (cycles - 1).multipliedReportingOverflow(by: self.refreshPeriod)
        return overflow ? .max : (self.cycleEnd - now).addingSaturating(later)
    }
}
