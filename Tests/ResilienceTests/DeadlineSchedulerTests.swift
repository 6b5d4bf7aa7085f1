import ResilienceTesting
import Testing

@testable import Resilience

extension LoadSensitiveTests {
    @Suite("Deadline scheduler")
    struct DeadlineSchedulerTests {
        @Test func aTimeoutThatDoesNotFireLeavesNothingBehind() async throws {
            let clock = ManualClock()
            let scheduler = DeadlineScheduler.scheduler(for: clock)
            for value in 0..<100 {
                #expect(try await withTimeout(.seconds(30), clock: clock) { value } == value)
            }
            #expect(scheduler.pendingCount == 0)
        }

        @Test func oneSleepingTaskServesEveryPendingDeadline() async throws {
            let clock = ManualClock()
            let scheduler = DeadlineScheduler.scheduler(for: clock)
            let hostages = (0..<50).map { _ in Hostage() }
            let abandoned = AbandonedWork()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, hostage) in hostages.enumerated() {
                    group.addTask {
                        _ = try? await withTimeout(.seconds(10 + index), clock: clock, abandonedWork: abandoned) {
                            await hostage.run()
                        }
                    }
                }
                for hostage in hostages { await hostage.waitUntilRunning() }
                #expect(scheduler.pendingCount == 50)
                try await clock.waitForSleepers(count: 1)
                #expect(clock.numberOfSleepers == 1, "one driver sleeps for all fifty deadlines")
                #expect(clock.nextDeadline == ManualClock.Instant(offset: .seconds(10)))
                await clock.advance(by: .seconds(100))
                try await group.waitForAll()
            }
            #expect(scheduler.pendingCount == 0)
            #expect(abandoned.numberOfAbandonedOperations == 50)
            for hostage in hostages { hostage.release() }
        }

        @Test func theDriverEndsWhenItWakesToNothing() async throws {
            let clock = ManualClock()
            let scheduler = DeadlineScheduler.scheduler(for: clock)
            _ = try await withTimeout(.seconds(5), clock: clock) { 1 }
            try await clock.waitForSleepers(count: 1)
            #expect(scheduler.hasDriver, "the driver still sleeps until the deadline it was started for")
            await clock.advance(by: .seconds(5))
            while scheduler.hasDriver { await Task.yield() }
            #expect(clock.numberOfSleepers == 0)
        }

        @Test func anEarlierDeadlineWakesTheSchedulerInTime() async throws {
            let clock = ManualClock()
            let slow = Hostage()
            let fast = Hostage()
            let abandoned = AbandonedWork()
            async let late: Void = {
                _ = try? await withTimeout(.seconds(60), clock: clock, abandonedWork: abandoned) { await slow.run() }
            }()
            await slow.waitUntilRunning()
            try await clock.waitForSleepers(count: 1)
            let early = Task {
                try await withTimeout(.seconds(1), clock: clock, abandonedWork: abandoned) { await fast.run() }
            }
            await fast.waitUntilRunning()
            while clock.nextDeadline != ManualClock.Instant(offset: .seconds(1)) { await Task.yield() }
            await clock.advance(by: .seconds(1))
            await #expect(throws: TimeoutError.self) { try await early.value }
            await clock.advance(by: .seconds(59))
            await late
            slow.release()
            fast.release()
        }
    }
}
