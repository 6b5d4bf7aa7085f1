import ResilienceTesting
import Testing

@testable import Resilience

@Suite("Fallback")
struct FallbackTests {
    @Test func answersWithTheAlternativeAndHandsItTheFailure() async throws {
        let fallback = Fallback<String>(handling: .types(CircuitBreakerOpenError.self, TimeoutError.self)) { failure in
            "cached (\(failure is TimeoutError ? "timeout" : "open"))"
        }
        let value = try await fallback.run {
            throw TimeoutError(name: "t", timeout: .seconds(1), lateness: .zero)
        }
        #expect(value == "cached (timeout)")
        #expect(try await fallback.run { "fresh" } == "fresh")
    }

    @Test func errorsTheFilterDoesNotMatchAreRethrown() async throws {
        let fallback = Fallback.value("cached", handling: .rejections)
        await #expect(throws: DependencyError.self) { try await fallback.run { throw DependencyError() } }
    }

    @Test func cancellationIsNeverReplaced() async throws {
        let fallback = Fallback.value("cached")
        await #expect(throws: CancellationError.self) { try await fallback.run { throw CancellationError() } }
    }

    @Test func anOpenBreakerFallsBack() async throws {
        let breaker = try CircuitBreaker(name: "recommendations")
        breaker.transition(to: .forcedOpen)
        let fallback = Fallback.value(["best-seller"], handling: .rejections)
        let products = try await fallback.run { try await breaker.run { ["personal"] } }
        #expect(products == ["best-seller"])
    }
}

/// An attempt of a hedged call: waits until released, or answers at once.
final class Attempts: Sendable {
    let started = Counter()
    let cancelled = Counter()
    private let gates = LockedValue<[Int: Gate]>([:])

    /// The behaviour of attempt `number` (1-based).
    func run(_ behaviour: @Sendable (Int) async throws -> String) async throws -> String {
        let number = self.started.increment()
        do {
            return try await behaviour(number)
        } catch {
            if Task.isCancelled { self.cancelled.increment() }
            throw error
        }
    }
}

@Suite("Hedging")
struct HedgingTests {
    @Test func aFastAttemptIsNotHedged() async throws {
        let clock = ManualClock()
        let hedging = try Hedging(delay: .milliseconds(50), clock: clock)
        let attempts = Attempts()
        #expect(try await hedging.run { try await attempts.run { _ in "first" } } == "first")
        #expect(attempts.started.current == 1)
    }

    @Test func aSlowAttemptIsHedgedAndTheLoserCancelled() async throws {
        let clock = ManualClock()
        let hedging = try Hedging(maxHedgedAttempts: 1, delay: .milliseconds(50), clock: clock)
        let attempts = Attempts()
        let call = Task {
            try await hedging.run {
                try await attempts.run { number in
                    if number == 1 {
                        try await clock.sleep(for: .seconds(10))  // slow
                        return "first"
                    }
                    return "second"
                }
            }
        }
        // The first attempt and the hedging delay sleep on the clock.
        try await clock.waitForSleepers(count: 2)
        await clock.advance(by: .milliseconds(50))
        #expect(try await call.value == "second")
        #expect(attempts.started.current == 2)
        try await waitUntil { attempts.cancelled.current == 1 }
    }

    @Test func anAttemptThatFailsFastIsHedgedAtOnce() async throws {
        let clock = ManualClock()
        let hedging = try Hedging(maxHedgedAttempts: 2, delay: .seconds(60), clock: clock)
        let attempts = Attempts()
        let value = try await hedging.run {
            try await attempts.run { number in
                if number == 1 { throw DependencyError() }
                return "attempt \(number)"
            }
        }
        #expect(value == "attempt 2", "no need to wait 60 seconds")
    }

    @Test(.timeLimit(.minutes(1)))
    func aFastFailureStartsTheNextAttemptWhileOthersStillRun() async throws {
        let clock = ManualClock()
        let hedging = try Hedging(maxHedgedAttempts: 2, delay: .milliseconds(50), clock: clock)
        let attempts = Attempts()
        let call = Task {
            try await hedging.run {
                try await attempts.run { number in
                    switch number {
                    case 1:
                        try await clock.sleep(for: .seconds(10))
                        return "first"
                    case 2:
                        throw DependencyError()
                    default:
                        return "third"
                    }
                }
            }
        }
        try await clock.waitForSleepers(count: 2)  // the first attempt and the delay
        // The delay starts the second attempt, which fails at once: the third starts without another delay.
        await clock.advance(by: .milliseconds(50))
        #expect(try await call.value == "third")
        #expect(attempts.started.current == 3)
    }

    @Test func anErrorTheFilterDoesNotMatchAnswersAtOnce() async throws {
        let clock = ManualClock()
        let hedging = try Hedging(delay: .seconds(60), handling: .types(TimeoutError.self), clock: clock)
        let attempts = Attempts()
        await #expect(throws: DependencyError.self) {
            try await hedging.run { try await attempts.run { _ in throw DependencyError() } }
        }
        #expect(attempts.started.current == 1)
    }

    @Test func whenEveryAttemptFailsTheLastErrorIsThrown() async throws {
        let clock = ManualClock()
        let hedging = try Hedging(maxHedgedAttempts: 2, delay: .seconds(60), clock: clock)
        let attempts = Attempts()
        await #expect(throws: DependencyError.self) {
            try await hedging.run { try await attempts.run { _ in throw DependencyError() } }
        }
        #expect(attempts.started.current == 3)
    }

    @Test func aLoserThatIgnoresCancellationDoesNotHoldTheCaller() async throws {
        let clock = ManualClock()
        let abandoned = AbandonedWork()
        let hedging = try Hedging(delay: .milliseconds(50), clock: clock, abandonedWork: abandoned)
        let hostage = Hostage()
        let attempts = Attempts()
        let call = Task {
            try await hedging.run {
                try await attempts.run { number in number == 1 ? await hostage.run() : "second" }
            }
        }
        await hostage.waitUntilRunning()
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .milliseconds(50))
        #expect(try await call.value == "second")
        #expect(abandoned.numberOfRunningOperations == 1, "the first attempt still runs, abandoned")
        hostage.release()
    }

    @Test func hedgesDrawFromTheBudget() async throws {
        let clock = ManualClock()
        let budget = try RetryBudget(percentCanRetry: 0, minimumRetriesPerSecond: 0, clock: clock)
        let hedging = try Hedging(maxHedgedAttempts: 2, delay: .zero, budget: budget, clock: clock)
        let attempts = Attempts()
        await #expect(throws: DependencyError.self) {
            try await hedging.run { try await attempts.run { _ in throw DependencyError() } }
        }
        #expect(attempts.started.current == 1, "an empty budget allows no hedge")
    }
}

@Suite("Resilience pipeline")
struct PipelineTests {
    @Test func policiesRunOutermostFirst() async throws {
        let order = LockedValue<[String]>([])
        struct Recording: ResiliencePolicy {
            let name: String
            let order: LockedValue<[String]>
            func execute<Operation: ResilienceOperation>(_ operation: Operation) async throws -> Operation.Output {
                self.order.withLock { $0.append("enter \(self.name)") }
                defer { self.order.withLock { $0.append("leave \(self.name)") } }
                return try await operation.run()
            }
        }
        let pipeline = ResiliencePipeline {
            Recording(name: "a", order: order)
            Recording(name: "b", order: order)
            Recording(name: "c", order: order)
        }
        #expect(try await pipeline.run { 1 } == 1)
        #expect(order.withLock { $0 } == ["enter a", "enter b", "enter c", "leave c", "leave b", "leave a"])
    }

    @Test func theBuilderNestsToTheRightAndAPipelineIsAPolicy() async throws {
        let order = LockedValue<[String]>([])
        struct Recording: ResiliencePolicy {
            let name: String
            let order: LockedValue<[String]>
            func execute<Operation: ResilienceOperation>(_ operation: Operation) async throws -> Operation.Output {
                self.order.withLock { $0.append(self.name) }
                return try await operation.run()
            }
        }
        let inner = ResiliencePipeline {
            Recording(name: "c", order: order)
            Recording(name: "d", order: order)
        }
        let pipeline = ResiliencePipeline {
            Recording(name: "a", order: order)
            Recording(name: "b", order: order)
            inner
        }
        // Each layer hands the next the caller's operation unchanged: see `ResiliencePipelineBuilder`.
        let policies:
            ComposedPolicy<
                Recording, ComposedPolicy<Recording, ResiliencePipeline<ComposedPolicy<Recording, Recording>>>
            > = pipeline.policies
        #expect(policies.inner.outer.name == "b")
        #expect(try await pipeline.run { 1 } == 1)
        #expect(order.withLock { $0 } == ["a", "b", "c", "d"])
        #expect(pipeline.policyDescriptions.map(\.name) == ["a", "b", "c", "d"].map { _ in "Recording" })
    }

    @Test func aTimeoutOutsideARetryBoundsAllAttempts() async throws {
        let clock = ManualClock()
        let retry = try Retry(maxAttempts: 100, backoff: .constant(.milliseconds(100)), jitter: .none, clock: clock)
        let pipeline = ResiliencePipeline {
            Timeout(.seconds(1), name: "total", clock: clock)
            retry
        }
        let calls = Counter()
        let call = Task {
            try await pipeline.run {
                calls.increment()
                throw DependencyError()
            }
        }
        // Attempts at 0, 100, …, 900 ms; after the one at 900 ms the next delay would reach the deadline, so the retry
        // gives up with the attempt's own error instead of being cut off by a timeout.
        for _ in 0..<9 {
            try await clock.waitForSleepers(count: 2)  // the retry's delay and the timeout's timer
            await clock.advance(by: .milliseconds(100))
        }
        await #expect(throws: DependencyError.self) { try await call.value }
        #expect(calls.current == 10, "100 attempts allowed, 10 fit in the total timeout")
    }

    @Test func aTimeoutInsideARetryBoundsEachAttempt() async throws {
        let clock = ManualClock()
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.zero), jitter: .none, clock: clock)
        let pipeline = ResiliencePipeline {
            retry
            Timeout(.seconds(1), name: "attempt", clock: clock)
        }
        let calls = Counter()
        let call = Task {
            try await pipeline.run {
                if calls.increment() < 3 { try await clock.sleep(for: .seconds(5)) }
                return "third attempt"
            }
        }
        for _ in 0..<2 {
            try await clock.waitForSleepers(count: 2)  // the attempt and the timeout's timer
            await clock.advance(by: .seconds(1))
        }
        #expect(try await call.value == "third attempt")
        #expect(calls.current == 3)
    }

    @Test func aFourPolicyPipelineAnswersLikeTheNestedCalls() async throws {
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.zero))
        let breaker = try CircuitBreaker(name: "payments")
        let bulkhead = try Bulkhead(name: "payments", maxConcurrentCalls: 10)
        let limiter = try RateLimiter(name: "payments", limitForPeriod: 1_000, refreshPeriod: .seconds(1))
        let pipeline = ResiliencePipeline {
            retry
            breaker
            bulkhead
            limiter
        }
        let dependency = FlakyDependency(failures: 2)
        #expect(try await pipeline.run { try dependency.call() } == "ok")
        #expect(dependency.numberOfCalls == 3)
        #expect(breaker.metrics.numberOfFailedCalls == 2, "the breaker saw every attempt")
        #expect(retry.metrics.successfulWithRetry == 1)
        #expect(pipeline.warnings.isEmpty)
    }

    @Test func riskyOrdersAreReported() throws {
        let clock = ManualClock()
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .timeBased(duration: .seconds(10))
        let breaker = try CircuitBreaker(name: "payments", configuration: configuration, clock: clock)
        let retry = try Retry(maxAttempts: 3, backoff: .constant(.seconds(2)), clock: clock)
        let bulkhead = try Bulkhead(name: "payments", maxConcurrentCalls: 10)
        let pipeline = ResiliencePipeline {
            Timeout(.seconds(1), name: "total", clock: clock)
            bulkhead
            breaker
            retry
            Timeout(.seconds(8), name: "attempt", clock: clock)
        }
        let messages = pipeline.warnings.map(\.message)
        #expect(messages.contains { $0.contains("no retry can happen") })
        #expect(messages.contains { $0.contains("holds its permit") })
        #expect(messages.contains { $0.contains("hides failures from the breaker") })
        #expect(messages.contains { $0.contains("shorter than twice") })
        #expect(messages.contains { $0.contains("never fires") })
        #expect(throws: PipelineValidationError.self) { try pipeline.validated() }
    }

    @Test func theHTTPPresetIsPollysStandardPipelineAndPassesItsOwnChecks() throws {
        let pipeline = try ResiliencePipeline.http(name: "catalog", clock: ManualClock())
        #expect(
            pipeline.policyDescriptions.map(\.description) == [
                "timeout \"catalog.total-timeout\" (30.0 seconds)",
                "retry \"catalog.retry\" (4 attempts)",
                "circuit breaker \"catalog\"",
                "timeout \"catalog.attempt-timeout\" (10.0 seconds)",
                "rate limiter \"catalog.rate-limiter\"",
            ]
        )
        #expect(pipeline.warnings.isEmpty)
        _ = try pipeline.validated()
        var settings = HTTPDependencySettings()
        settings.maxAttempts = 0
        #expect(throws: ConfigurationError.self) {
            _ = try ResiliencePipeline.http(name: "catalog", settings: settings)
        }
    }
}
