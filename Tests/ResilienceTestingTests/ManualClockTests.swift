import ResilienceTesting
import Synchronization
import Testing

@Suite("ManualClock")
struct ManualClockTests {
    @Test func timeMovesOnlyWhenAdvanced() async {
        let clock = ManualClock()
        #expect(clock.now == .zero)
        await clock.advance(by: .seconds(3))
        await clock.advance(to: ManualClock.Instant(offset: .seconds(5)))
        #expect(clock.now == ManualClock.Instant(offset: .seconds(5)))
    }

    @Test func theClockNeverMovesBackwards() async {
        let clock = ManualClock(now: ManualClock.Instant(offset: .seconds(10)))
        await clock.advance(to: ManualClock.Instant(offset: .seconds(2)))
        await clock.advance(by: .seconds(-4))
        #expect(clock.now == ManualClock.Instant(offset: .seconds(10)))
    }

    @Test func aSleeperResumesOnlyOnceItsDeadlineIsReached() async throws {
        let clock = ManualClock()
        let woke = Flag()
        async let sleeper: Void = {
            try await clock.sleep(until: ManualClock.Instant(offset: .seconds(10)))
            woke.set()
        }()
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(9))
        #expect(clock.numberOfSleepers == 1)
        #expect(!woke.isSet)
        await clock.advance(by: .seconds(1))
        try await sleeper
        #expect(woke.isSet)
        #expect(clock.numberOfSleepers == 0)
    }

    @Test func oneAdvanceResumesEverySleeperThatIsDue() async throws {
        let clock = ManualClock()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for seconds in [3, 1, 2, 50] {
                group.addTask {
                    try await clock.sleep(for: .seconds(seconds))
                    return seconds
                }
            }
            try await clock.waitForSleepers(count: 4)
            #expect(clock.nextDeadline == ManualClock.Instant(offset: .seconds(1)))
            await clock.advance(by: .seconds(3))
            var woken: Set<Int> = []
            for _ in 0..<3 { woken.insert(try await group.next()!) }
            #expect(woken == [1, 2, 3])
            #expect(clock.numberOfSleepers == 1)
            group.cancelAll()
            await #expect(throws: CancellationError.self) { _ = try await group.next() }
        }
    }

    @Test func aDeadlineInThePastReturnsAtOnce() async throws {
        let clock = ManualClock(now: ManualClock.Instant(offset: .seconds(5)))
        try await clock.sleep(until: ManualClock.Instant(offset: .seconds(5)))
        #expect(clock.numberOfSleepers == 0)
    }

    @Test func cancellingASleeperThrowsAndRemovesIt() async throws {
        let clock = ManualClock()
        let task = Task { try await clock.sleep(for: .seconds(100)) }
        try await clock.waitForSleepers(count: 1)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(clock.numberOfSleepers == 0)
    }

    @Test func aSleepStartedInACancelledTaskThrowsAtOnce() async {
        let clock = ManualClock()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await clock.sleep(for: .seconds(1))
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(clock.numberOfSleepers == 0)
    }

    @Test func waitingForSleepersCanBeCancelled() async {
        let clock = ManualClock()
        let task = Task { try await clock.waitForSleepers(count: 1) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test func manyTasksCanSleepAndAdvanceAtOnce() async throws {
        let clock = ManualClock()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<500 {
                group.addTask { try await clock.sleep(for: .milliseconds(index % 10 + 1)) }
            }
            try await clock.waitForSleepers(count: 500)
            for _ in 0..<10 {
                group.addTask { await clock.advance(by: .milliseconds(1)) }
            }
            try await group.waitForAll()
        }
        #expect(clock.numberOfSleepers == 0)
        #expect(clock.now == ManualClock.Instant(offset: .milliseconds(10)))
    }
}

/// A flag shared between tasks.
final class Flag: Sendable {
    private let value = Atomic(false)

    func set() { self.value.store(true, ordering: .sequentiallyConsistent) }

    var isSet: Bool { self.value.load(ordering: .sequentiallyConsistent) }
}
