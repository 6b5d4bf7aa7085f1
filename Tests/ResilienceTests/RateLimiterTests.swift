import ResilienceTestSupport
import ResilienceTesting
import Testing

@testable import Resilience

@Suite("Rate limiter")
struct RateLimiterTests {
    /// A limiter named "search" that lets one call through per second.
    static func oneCallPerSecond(maxWaitDuration: Duration, clock: ManualClock) throws -> RateLimiter {
        try RateLimiter(
            name: "search",
            limitForPeriod: 1,
            refreshPeriod: .seconds(1),
            maxWaitDuration: maxWaitDuration,
            clock: clock
        )
    }

    @Test func admitsTheLimitThenRejectsWithTheTimeUntilTheNextPeriod() async throws {
        let clock = ManualClock()
        let limiter = try RateLimiter(name: "search", limitForPeriod: 2, refreshPeriod: .seconds(1), clock: clock)
        #expect(try await limiter.run { 1 } == 1)
        #expect(try await limiter.run { 2 } == 2)
        await clock.advance(by: .milliseconds(300))
        let error = await #expect(throws: RateLimitExceededError.self) {
            try await limiter.run { Issue.record("must not run") }
        }
        #expect(error == RateLimitExceededError(name: "search", retryAfter: .milliseconds(700)))
        #expect(limiter.metrics.numberOfRejectedCalls == 1)
        await clock.advance(by: .milliseconds(700))
        #expect(try await limiter.run { 3 } == 3)
    }

    @Test func aCallWaitsForAPermissionOfTheNextPeriod() async throws {
        let clock = ManualClock()
        let limiter = try Self.oneCallPerSecond(maxWaitDuration: .seconds(5), clock: clock)
        try await limiter.run {}
        let started = LockedValue<ManualClock.Instant?>(nil)
        let waiter = Task {
            try await limiter.run { started.withLock { $0 = clock.now } }
        }
        try await clock.waitForSleepers(count: 1)
        #expect(limiter.metrics.numberOfWaitingCalls == 1)
        #expect(limiter.metrics.availablePermissions == -1)
        await clock.advance(by: .seconds(1))
        try await waiter.value
        #expect(started.withLock { $0 } == .zero.advanced(by: .seconds(1)), "ran when its period began")
        #expect(limiter.metrics.numberOfWaitingCalls == 0)
    }

    @Test func aCancelledWaiterGivesItsReservationBack() async throws {
        let clock = ManualClock()
        let limiter = try Self.oneCallPerSecond(maxWaitDuration: .seconds(5), clock: clock)
        try await limiter.run {}
        let waiter = Task { try await limiter.run { Issue.record("must not run") } }
        try await clock.waitForSleepers(count: 1)
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(limiter.metrics.numberOfWaitingCalls == 0)
        #expect(limiter.metrics.availablePermissions == 0, "the reservation went back")
        await clock.advance(by: .seconds(1))
        #expect(limiter.tryAcquirePermission())
    }

    @Test func aWaitThatWouldOutlastTheDeadlineIsRejectedAtOnce() async throws {
        let clock = ManualClock()
        let limiter = try RateLimiter(
            name: "search",
            limitForPeriod: 1,
            refreshPeriod: .seconds(10),
            maxWaitDuration: .seconds(60),
            clock: clock
        )
        try await limiter.run {}
        let result = Task {
            try await withTimeout(.seconds(1), clock: clock) {
                try await limiter.run { Issue.record("must not run") }
            }
        }
        await #expect(throws: RateLimitExceededError.self) { try await result.value }
        #expect(limiter.metrics.availablePermissions == 0, "nothing stays reserved")
        #expect(limiter.metrics.numberOfRejectedCalls == 1)
    }

    @Test(arguments: [
        (0, Duration.seconds(1), Duration.zero, "limitForPeriod"),
        (1, Duration.zero, Duration.zero, "refreshPeriod"),
        (1, Duration.seconds(1), Duration.seconds(-1), "maxWaitDuration"),
    ])
    func invalidSettingsAreRejectedWithTheirName(limit: Int, period: Duration, maxWait: Duration, field: String) {
        #expect {
            _ = try RateLimiter(name: "x", limitForPeriod: limit, refreshPeriod: period, maxWaitDuration: maxWait)
        } throws: { error in
            (error as? ConfigurationError)?.field == field
        }
    }
}

extension LoadSensitiveTests {
    @Suite("Rate limiter under concurrency")
    struct RateLimiterConcurrencyTests {
        /// 2,000 tasks arrive at once at a limiter of 100 per second that lets them wait; some are cancelled. No second
        /// ever admits more than 100, every call is accounted for, and nothing stays reserved.
        @Test func noPeriodAdmitsMoreThanItsLimitUnderAFlood() async throws {
            let clock = ManualClock()
            let limiter = try RateLimiter(
                name: "flood",
                limitForPeriod: 100,
                refreshPeriod: .seconds(1),
                maxWaitDuration: .seconds(15),
                clock: clock
            )
            let admittedAt = LockedValue<[Int64: Int]>([:])
            let rejected = Counter()
            let cancelled = Counter()
            var tasks: [Task<Void, Never>] = []
            var random = SeededGenerator(state: 7)
            for _ in 0..<2_000 {
                tasks.append(
                    Task {
                        do {
                            try await limiter.run {
                                let second = clock.now.offset.components.seconds
                                admittedAt.withLock { $0[second, default: 0] += 1 }
                            }
                        } catch is RateLimitExceededError {
                            rejected.increment()
                        } catch {
                            cancelled.increment()
                        }
                    }
                )
            }
            for _ in 0..<200 {
                tasks.randomElement(using: &random)?.cancel()
            }
            // Advance one period at a time while anyone still waits, once every other task has settled: a task the
            // limiter has just admitted is no longer waiting but has not yet read the clock, and an advance then would
            // count its call in the next second.
            while true {
                let settled = admittedAt.withLock { $0.values.reduce(0, +) } + rejected.current + cancelled.current
                if settled == 2_000 { break }
                let waiting = limiter.metrics.numberOfWaitingCalls
                if waiting > 0, clock.numberOfSleepers == waiting, settled + waiting == 2_000 {
                    await clock.advance(by: .seconds(1))
                } else {
                    await Task.yield()
                }
            }
            for task in tasks { await task.value }
            let perSecond = admittedAt.withLock { $0 }
            #expect(perSecond.values.allSatisfy { $0 <= 100 }, "\(perSecond.sorted { $0.key < $1.key })")
            #expect(perSecond.values.reduce(0, +) + rejected.current + cancelled.current == 2_000)
            #expect(rejected.current == limiter.metrics.numberOfRejectedCalls)
            #expect(rejected.current > 0, "15 seconds of waiting cannot serve 2,000 calls")
            #expect(limiter.metrics.numberOfWaitingCalls == 0)
        }

        /// Three tasks take permissions without the lock (300,000 tries for 200,000 permissions a cycle, yielding now
        /// and then) while a fourth reads the metrics until they are done, each read taking every permission back under
        /// the lock and handing the rest out again: each of two cycles admits exactly its limit, not one more or less.
        @Test func permissionsTakenWithoutTheLockRaceItsHolder() async throws {
            let clock = ManualClock()
            let limit = 200_000
            let limiter = try RateLimiter(name: "race", limitForPeriod: limit, refreshPeriod: .seconds(1), clock: clock)
            for cycle in 0..<2 {
                let takersDone = Counter()
                let admitted = await withTaskGroup(of: Int.self) { group in
                    for _ in 0..<3 {
                        group.addTask {
                            var admitted = 0
                            for attempt in 0..<100_000 {
                                if limiter.tryAcquirePermission() { admitted += 1 }
                                if attempt % 1_000 == 0 { await Task.yield() }
                            }
                            takersDone.increment()
                            return admitted
                        }
                    }
                    group.addTask {
                        var reads = 0
                        while takersDone.current < 3 {
                            let available = limiter.metrics.availablePermissions
                            #expect(available >= 0 && available <= limit)
                            reads += 1
                            if reads % 10 == 0 { await Task.yield() }
                        }
                        return 0
                    }
                    return await group.reduce(0, +)
                }
                #expect(admitted == limit, "cycle \(cycle)")
                #expect(limiter.metrics.availablePermissions == 0)
                await clock.advance(by: .seconds(1))
            }
        }
    }
}
