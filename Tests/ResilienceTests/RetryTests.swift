import ResilienceTesting
import Testing

@testable import Resilience

@Suite("Retry schedule")
struct RetryScheduleTests {
    static let ms: Int64 = 1_000_000

    @Test func exponentialDelaysGrowByTheMultiplierUpToTheMaximum() {
        var schedule = RetrySchedule(
            backoff: .exponential(initial: .milliseconds(100), multiplier: 2, maximum: .milliseconds(500)),
            jitter: .none
        )
        let delays = (0..<5).map { _ in schedule.nextDelay(random: 0.3) / Self.ms }
        #expect(delays == [100, 200, 400, 500, 500])
    }

    @Test func linearDelaysGrowByTheIncrementUpToTheMaximum() {
        var schedule = RetrySchedule(
            backoff: .linear(initial: .milliseconds(100), increment: .milliseconds(50), maximum: .milliseconds(220)),
            jitter: .none
        )
        let delays = (0..<4).map { _ in schedule.nextDelay(random: 0.3) / Self.ms }
        #expect(delays == [100, 150, 200, 220])
    }

    @Test(arguments: [
        (RetryJitter.none, 0.5, Int64(400)),
        (.full, 0.5, 200),
        (.full, 0, 0),
        (.equal, 0.5, 300),
        (.equal, 0, 200),
    ])
    func jitterSpreadsTheDelay(jitter: RetryJitter, random: Double, expected: Int64) {
        var schedule = RetrySchedule(backoff: .constant(.milliseconds(400)), jitter: jitter)
        #expect(schedule.nextDelay(random: random) / Self.ms == expected)
    }

    @Test func decorrelatedJitterGrowsFromTheLastDelayWithinItsBounds() {
        var schedule = RetrySchedule(
            backoff: .exponential(initial: .milliseconds(100), multiplier: 2, maximum: .seconds(1)),
            jitter: .decorrelated
        )
        #expect(schedule.nextDelay(random: 0) / Self.ms == 100, "between initial and 3 × initial")
        #expect(schedule.nextDelay(random: 1) / Self.ms == 300, "up to 3 × the previous delay")
        #expect(schedule.nextDelay(random: 1) / Self.ms == 900)
        #expect(schedule.nextDelay(random: 1) / Self.ms == 1_000, "never beyond the maximum")
    }
}

/// A dependency that fails a given number of times, then answers.
final class FlakyDependency: Sendable {
    private let calls = Counter()
    let failures: Int
    let error: any Error & Sendable

    init(failures: Int, error: any Error & Sendable = DependencyError()) {
        self.failures = failures
        self.error = error
    }

    var numberOfCalls: Int { self.calls.current }

    func call() throws -> String {
        if self.calls.increment() <= self.failures { throw self.error }
        return "ok"
    }
}

@Suite("Retry")
struct RetryTests {
    @Test func aCallThatSucceedsIsNotRetried() async throws {
        let retry = try Retry(maxAttempts: 3)
        let dependency = FlakyDependency(failures: 0)
        #expect(try await retry.run { try dependency.call() } == "ok")
        #expect(dependency.numberOfCalls == 1)
        #expect(retry.metrics.successfulWithoutRetry == 1)
    }

    @Test func aFailedCallIsRetriedAfterItsDelay() async throws {
        let clock = ManualClock()
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.seconds(1)), jitter: .none, clock: clock)
        let dependency = FlakyDependency(failures: 2)
        let call = Task { try await retry.run { try dependency.call() } }
        try await clock.waitForSleepers(count: 1)
        #expect(dependency.numberOfCalls == 1, "the retry waits for its delay")
        await clock.advance(by: .seconds(1))
        try await clock.waitForSleepers(count: 1)
        #expect(dependency.numberOfCalls == 2)
        await clock.advance(by: .seconds(1))
        #expect(try await call.value == "ok")
        #expect(dependency.numberOfCalls == 3)
        #expect(retry.metrics.successfulWithRetry == 1)
    }

    @Test func theLastErrorIsRethrownWhenTheAttemptsRunOut() async throws {
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.zero), jitter: .none)
        let dependency = FlakyDependency(failures: 10)
        await #expect(throws: DependencyError.self) { try await retry.run { try dependency.call() } }
        #expect(dependency.numberOfCalls == 3)
        #expect(retry.metrics.failedWithRetry == 1)
    }

    @Test func anErrorNotWorthRetryingFailsAtOnce() async throws {
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.zero), shouldRetry: { !($0 is DependencyError) })
        let dependency = FlakyDependency(failures: 10)
        await #expect(throws: DependencyError.self) { try await retry.run { try dependency.call() } }
        #expect(dependency.numberOfCalls == 1)
        #expect(retry.metrics.failedWithoutRetry == 1)
    }

    @Test func cancellationIsNeverRetried() async throws {
        let retry = try Retry(maxAttempts: 5, backoff: .constant(.zero))
        let dependency = FlakyDependency(failures: 10, error: CancellationError())
        await #expect(throws: CancellationError.self) { try await retry.run { try dependency.call() } }
        #expect(dependency.numberOfCalls == 1)
    }

    @Test func aCallerCancelledDuringTheDelayStopsAtOnce() async throws {
        let clock = ManualClock()
        let retry = try Retry(maxAttempts: 5, backoff: .constant(.seconds(10)), jitter: .none, clock: clock)
        let dependency = FlakyDependency(failures: 10)
        let call = Task { try await retry.run { try dependency.call() } }
        try await clock.waitForSleepers(count: 1)
        call.cancel()
        await #expect(throws: CancellationError.self) { try await call.value }
        #expect(dependency.numberOfCalls == 1)
    }

    @Test func aServerGivenRetryAfterIsWaitedFor() async throws {
        let clock = ManualClock()
        let retry = try Retry(maxAttempts: 2, backoff: .constant(.seconds(1)), jitter: .none, clock: clock)
        let dependency = FlakyDependency(
            failures: 1,
            error: RateLimitExceededError(name: "api", retryAfter: .seconds(5))
        )
        let call = Task { try await retry.run { try dependency.call() } }
        try await clock.waitForSleepers(count: 1)
        #expect(clock.nextDeadline == ManualClock.Instant(offset: .seconds(5)))
        await clock.advance(by: .seconds(5))
        #expect(try await call.value == "ok")
    }

    @Test func noRetryStartsThatCannotFinishBeforeTheDeadline() async throws {
        let clock = ManualClock()
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.seconds(5)), jitter: .none, clock: clock)
        let dependency = FlakyDependency(failures: 10)
        let call = Task {
            try await withTimeout(.seconds(2), clock: clock) { try await retry.run { try dependency.call() } }
        }
        // The 5-second delay would outlast the 2 seconds left: the last error comes back at once, not a timeout.
        await #expect(throws: DependencyError.self) { try await call.value }
        #expect(dependency.numberOfCalls == 1)
    }

    @Test func returnedValuesCanCallForARetryAndTheLastIsReturned() async throws {
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.zero))
        let statuses = LockedValue([503, 503, 503, 200])
        let status = try await retry.run(
            retryingWhen: { $0 == 503 },
            { statuses.withLock { $0.removeFirst() } }
        )
        #expect(status == 503, "the attempts ran out on a 503")
        #expect(statuses.withLock { $0 } == [200])
        #expect(retry.metrics.failedWithRetry == 1)
        let recovered = try await retry.run(retryingWhen: { $0 == 503 }, { 200 })
        #expect(recovered == 200)
    }

    @Test func aBudgetStopsRetriesFromMultiplyingAnOutage() async throws {
        let clock = ManualClock()
        let budget = try RetryBudget(percentCanRetry: 0.2, minimumRetriesPerSecond: 0, clock: clock)
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.zero), budget: budget, clock: clock)
        let outage = FlakyDependency(failures: .max)
        for _ in 0..<100 {
            await #expect(throws: DependencyError.self) { try await retry.run { try outage.call() } }
        }
        // Without the budget: 300 calls. With it: 100 first attempts and at most 20 % more.
        #expect(outage.numberOfCalls <= 120, "\(outage.numberOfCalls) calls")
        #expect(outage.numberOfCalls >= 115)
        #expect(budget.availableRetries == 0)
        // Calls leave the budget's window after 10 seconds; so do their retries.
        await clock.advance(by: .seconds(11))
        #expect(budget.availableRetries == 0, "no calls, no budget")
    }

    @Test func theMinimumRetriesPerSecondAreAllowedWithoutTraffic() async throws {
        let clock = ManualClock()
        let budget = try RetryBudget(percentCanRetry: 0, minimumRetriesPerSecond: 2, window: .seconds(5), clock: clock)
        #expect(budget.availableRetries == 10)
        #expect(budget.tryWithdraw())
        #expect(budget.availableRetries == 9)
    }

    @Test(arguments: [
        ("maxAttempts", 0, RetryBackoff.constant(.zero)),
        ("backoff", 1, .constant(.seconds(-1))),
        ("backoff", 1, .exponential(initial: .seconds(1), multiplier: 0.5, maximum: .seconds(2))),
        ("backoff", 1, .exponential(initial: .seconds(2), multiplier: 2, maximum: .seconds(1))),
        ("backoff", 1, .linear(initial: .seconds(2), increment: .zero, maximum: .seconds(1))),
    ])
    func invalidSettingsAreRejectedWithTheirName(field: String, maxAttempts: Int, backoff: RetryBackoff) {
        #expect {
            _ = try Retry(maxAttempts: maxAttempts, backoff: backoff)
        } throws: { error in
            (error as? ConfigurationError)?.field == field
        }
    }
}
