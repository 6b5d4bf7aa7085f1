import ResilienceTestSupport
import Testing

@testable import Resilience

@Suite("Rate limiter state machine")
struct RateLimiterStateMachineTests {
    typealias Machine = RateLimiterStateMachine
    static let second: Int64 = 1_000_000_000

    @Test func admitsTheLimitOfACycleThenRejectsUntilTheNextCycle() {
        var machine = Machine(limitForPeriod: 3, refreshPeriod: Self.second, now: 0)
        for _ in 0..<3 {
            #expect(machine.acquire(now: 100, maxWait: 0) == .admitted)
        }
        #expect(machine.acquire(now: 400_000_000, maxWait: 0) == .rejected(retryAfter: 600_000_000))
        #expect(machine.numberOfRejectedCalls == 1)
        #expect(machine.availablePermissions(now: 400_000_000) == 0, "a rejection reserves nothing")
        #expect(machine.acquire(now: Self.second, maxWait: 0) == .admitted, "the next cycle starts with a refill")
    }

    @Test func unusedPermissionsDoNotAccumulate() {
        var machine = Machine(limitForPeriod: 2, refreshPeriod: Self.second, now: 0)
        #expect(machine.availablePermissions(now: 10 * Self.second + 5) == 2)
        #expect(machine.acquire(now: 10 * Self.second + 5, maxWait: 0) == .admitted)
        #expect(machine.acquire(now: 10 * Self.second + 6, maxWait: 0) == .admitted)
        #expect(machine.acquire(now: 10 * Self.second + 7, maxWait: 0) == .rejected(retryAfter: Self.second - 7))
    }

    /// The shell hands the cycle's free permissions to calls that take them without the lock, up to what its word
    /// holds, and hands back what they left before any other input: the machine then decides as if it had kept them.
    @Test func permissionsHandedOutAndTakenBackChangeNoDecision() {
        var machine = Machine(limitForPeriod: 5, refreshPeriod: Self.second, now: 0)
        #expect(machine.acquire(now: 10, maxWait: 0) == .admitted)
        let (handed, cycleEnd) = machine.handOut(upTo: 3)
        #expect(handed == 3)
        #expect(cycleEnd == Self.second)
        #expect(machine.availablePermissions(now: 20) == 1, "one stays with the machine")
        machine.takeBack(permissions: 2)  // calls took one of the three
        #expect(machine.availablePermissions(now: 30) == 3)
        #expect(machine.handOut(upTo: 10).permissions == 3)
        machine.takeBack(permissions: 3)
        // Left over from the ended cycle, and refilled: never more than the limit.
        #expect(machine.availablePermissions(now: Self.second) == 5)
        for _ in 0..<5 {
            #expect(machine.acquire(now: Self.second + 1, maxWait: 0) == .admitted)
        }
        #expect(machine.handOut(upTo: 10).permissions == 0, "nothing is free")
        #expect(machine.acquire(now: Self.second + 2, maxWait: Self.second) == .wait(until: 2 * Self.second))
        #expect(machine.handOut(upTo: 10).permissions == 0, "a reservation is not handed out")
    }

    @Test func cyclesAreCountedFromCreationNotFromTheFirstCall() {
        var machine = Machine(limitForPeriod: 1, refreshPeriod: Self.second, now: 250)
        #expect(machine.acquire(now: 2 * Self.second + 100, maxWait: 0) == .admitted)
        // The cycle began at 2 s + 250 ns: the next one begins at 3 s + 250 ns.
        #expect(machine.timeUntilNextRefresh(now: 2 * Self.second + 100) == 150)
        #expect(machine.acquire(now: 2 * Self.second + 200, maxWait: 0) == .rejected(retryAfter: 50))
    }

    @Test func aCallThatMayWaitReservesAPermissionOfTheNextCycles() {
        var machine = Machine(limitForPeriod: 2, refreshPeriod: Self.second, now: 0)
        #expect(machine.acquire(now: 0, maxWait: 0) == .admitted)
        #expect(machine.acquire(now: 0, maxWait: 0) == .admitted)
        let maxWait = 5 * Self.second
        #expect(machine.acquire(now: 100, maxWait: maxWait) == .wait(until: Self.second))
        #expect(machine.acquire(now: 100, maxWait: maxWait) == .wait(until: Self.second))
        #expect(machine.acquire(now: 100, maxWait: maxWait) == .wait(until: 2 * Self.second))
        #expect(machine.numberOfWaitingCalls == 3)
        #expect(machine.availablePermissions(now: 100) == -3)
        // A call that cannot be served within its wait is rejected and does not lengthen the line.
        #expect(machine.acquire(now: 100, maxWait: Self.second) == .rejected(retryAfter: 2 * Self.second - 100))
        #expect(machine.availablePermissions(now: 100) == -3)
        // In the next cycle the two reservations of that cycle are paid.
        #expect(machine.availablePermissions(now: Self.second) == -1)
        #expect(machine.availablePermissions(now: 2 * Self.second) == 1)
    }

    @Test func theLastReservationGoesBackWhenCancelledBeforeItsInstant() {
        var machine = Machine(limitForPeriod: 1, refreshPeriod: Self.second, now: 0)
        #expect(machine.acquire(now: 0, maxWait: 0) == .admitted)
        #expect(machine.acquire(now: 0, maxWait: 10 * Self.second) == .wait(until: Self.second))
        machine.cancelReservation(validFrom: Self.second, now: 500)
        #expect(machine.numberOfWaitingCalls == 0)
        #expect(
            machine.acquire(now: 600, maxWait: 10 * Self.second) == .wait(until: Self.second),
            "its slot is free again"
        )
    }

    @Test func aReservationFromTheMiddleOfTheLineIsNotGivenBack() {
        var machine = Machine(limitForPeriod: 1, refreshPeriod: Self.second, now: 0)
        #expect(machine.acquire(now: 0, maxWait: 0) == .admitted)
        let maxWait = 10 * Self.second
        #expect(machine.acquire(now: 0, maxWait: maxWait) == .wait(until: Self.second))
        #expect(machine.acquire(now: 0, maxWait: maxWait) == .wait(until: 2 * Self.second))
        #expect(machine.acquire(now: 0, maxWait: maxWait) == .wait(until: 3 * Self.second))
        machine.cancelReservation(validFrom: 2 * Self.second, now: 10)
        // Giving it back would hand the slot of 3 s out twice.
        #expect(machine.acquire(now: 20, maxWait: maxWait) == .wait(until: 4 * Self.second))
    }

    @Test func aReservationCancelledAtOrAfterItsInstantCountsAsUsed() {
        var machine = Machine(limitForPeriod: 1, refreshPeriod: Self.second, now: 0)
        #expect(machine.acquire(now: 0, maxWait: 0) == .admitted)
        #expect(machine.acquire(now: 0, maxWait: 10 * Self.second) == .wait(until: Self.second))
        machine.cancelReservation(validFrom: Self.second, now: Self.second)
        #expect(machine.acquire(now: Self.second + 1, maxWait: 0) == .rejected(retryAfter: Self.second - 1))
    }

    @Test func tryAcquireNeverReservesOrCountsARejection() {
        var machine = Machine(limitForPeriod: 1, refreshPeriod: Self.second, now: 0)
        #expect(machine.tryAcquire(now: 0) == true)
        #expect(machine.tryAcquire(now: 1) == false)
        #expect(machine.numberOfRejectedCalls == 0)
        #expect(machine.availablePermissions(now: 1) == 0)
    }

    @Test func extremeValuesSaturateInsteadOfTrapping() {
        var machine = Machine(limitForPeriod: .max, refreshPeriod: .max / 2, now: 0)
        #expect(machine.acquire(now: .max - 1, maxWait: .max) == .admitted)
        var slow = Machine(limitForPeriod: 1, refreshPeriod: .max / 2, now: 0)
        #expect(slow.acquire(now: 0, maxWait: 0) == .admitted)
        #expect(slow.acquire(now: 0, maxWait: .max) == .wait(until: .max / 2))
        #expect(slow.acquire(now: 0, maxWait: .max) == .wait(until: (.max / 2) * 2))
    }

    /// Random arrivals, waits and cancellations: never more than `limitForPeriod` permissions valid in one cycle, a
    /// call is admitted at once exactly when its cycle has a permission left and nobody waits, and a rejected call
    /// could not have been served within its wait.
    @Test func noCycleEverGrantsMoreThanItsLimit() async {
        for seed in 0..<200 {
            Self.checkRandomSequence(seed: UInt64(seed))
            // Yield between sequences, so that tests measuring real time elsewhere keep a cooperative thread.
            await Task.yield()
        }
    }

    static func checkRandomSequence(seed: UInt64) {
        var random = SeededGenerator(state: seed)
        let limit = Int64.random(in: 1...4, using: &random)
        let period = Int64.random(in: 1...5, using: &random) * 100
        let origin = Int64.random(in: 0...1_000, using: &random)
        var machine = Machine(limitForPeriod: limit, refreshPeriod: period, now: origin)
        var granted: [Int64: Int64] = [:]  // cycle index → permissions valid in it
        var waiting: [Int64] = []  // instants of reservations not yet due or cancelled
        var now = origin
        func cycle(of instant: Int64) -> Int64 { (instant - origin) / period }
        for _ in 0..<400 {
            now += Int64.random(in: 0...(period / 2), using: &random)
            // Reservations whose instant came are used.
            waiting.removeAll { instant in
                guard instant <= now else { return false }
                machine.waitFinished()
                return true
            }
            if !waiting.isEmpty, Int.random(in: 0..<5, using: &random) == 0 {
                let index = Int.random(in: 0..<waiting.count, using: &random)
                let instant = waiting.remove(at: index)
                let before = machine.availablePermissions(now: now)
                machine.cancelReservation(validFrom: instant, now: now)
                if machine.availablePermissions(now: now) != before {
                    granted[cycle(of: instant), default: 0] -= 1
                }
                continue
            }
            let maxWait = Int64.random(in: 0...(3 * period), using: &random)
            switch machine.acquire(now: now, maxWait: maxWait) {
            case .admitted:
                granted[cycle(of: now), default: 0] += 1
                #expect(granted[cycle(of: now)]! <= limit, "cycle \(cycle(of: now)) granted more than \(limit)")
            case .wait(let instant):
                #expect(instant > now && instant - now <= maxWait)
                #expect((instant - origin) % period == 0, "a reservation starts a cycle")
                granted[cycle(of: instant), default: 0] += 1
                #expect(granted[cycle(of: instant)]! <= limit, "cycle \(cycle(of: instant)) granted more than \(limit)")
                waiting.append(instant)
            case .rejected(let retryAfter):
                #expect(retryAfter > maxWait)
            }
            #expect(machine.numberOfWaitingCalls == waiting.count)
        }
    }
}
