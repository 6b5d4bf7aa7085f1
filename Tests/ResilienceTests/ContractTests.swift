import Resilience
import ResilienceTesting
import Testing

// Every name of DESIGN.md's public API contract that the circuit breaker covers, spelled exactly as written there.
// Code outside this repository compiles against these names: a rename must break this file.

func callPayments() async throws -> String { "receipt" }

@Suite("DESIGN.md contract: circuit breaker")
struct ContractTests {
    @Test func theCircuitBreakerContractCompilesAsWritten() async throws {
        var config = CircuitBreaker.Configuration()  // defaults as in resilience4j
        config.slidingWindow = .countBased(size: 100)  // or .timeBased(duration: .seconds(60))
        config.slidingWindow = .timeBased(duration: .seconds(60))
        config.failureRateThreshold = 0.5  // fraction, 0 < x <= 1
        config.slowCallRateThreshold = 1.0  // fraction, 0 < x <= 1
        config.slowCallDurationThreshold = .seconds(60)
        config.minimumNumberOfCalls = 100
        config.consecutiveFailureThreshold = nil  // Int?: also trip after N failures in a row
        config.permittedCallsInHalfOpenState = 10
        config.waitDurationInOpenState = .seconds(60)
        config.maxWaitDurationInHalfOpenState = nil  // Duration?: nil waits for all probes
        config.automaticTransitionFromOpenToHalfOpen = false
        config.recordError = { !($0 is CancellationError) }  // which errors count as failures

        let breaker = try CircuitBreaker(name: "payments", configuration: config, clock: ContinuousClock())
        let value = try await breaker.run { try await callPayments() }  // throws CircuitBreakerOpenError
        #expect(value == "receipt")

        let state: CircuitBreaker.State = breaker.state
        #expect(state == .closed)
        let allStates: [CircuitBreaker.State] = [.closed, .open, .halfOpen, .disabled, .forcedOpen, .metricsOnly]
        #expect(Set(allStates) == Set(CircuitBreaker.State.allCases))

        let metrics: CircuitBreaker.Metrics = breaker.metrics
        let failureRate: Double? = metrics.failureRate  // nil below the minimum
        let slowCallRate: Double? = metrics.slowCallRate
        let counts: [Int] = [
            metrics.numberOfBufferedCalls, metrics.numberOfFailedCalls, metrics.numberOfSuccessfulCalls,
            metrics.numberOfSlowCalls, metrics.numberOfNotPermittedCalls,
        ]
        #expect(failureRate == nil && slowCallRate == nil)
        #expect(counts == [1, 0, 1, 0, 0])

        breaker.transition(to: .forcedOpen)  // operator control; any state
        #expect(breaker.state == .forcedOpen)
        await #expect(throws: CircuitBreakerOpenError.self) { try await breaker.run { try await callPayments() } }
        breaker.reset()  // closed, window emptied
        #expect(breaker.state == .closed)

        let events = breaker.events  // AsyncSequence of CircuitBreaker.Event
        func isAsyncSequenceOfEvents<S: AsyncSequence>(_: S) -> Bool where S.Element == CircuitBreaker.Event { true }
        #expect(isAsyncSequenceOfEvents(events))

        let error = CircuitBreakerOpenError(name: "payments", state: .open, retryAfter: .seconds(1))
        #expect(error.name == "payments" && error.state == .open && error.retryAfter == .seconds(1))
    }

    @Test func theTimeoutContractCompilesAsWritten() async throws {
        let receipt = try await withTimeout(.seconds(2)) { try await callPayments() }  // throws TimeoutError
        #expect(receipt == "receipt")
        let clock = ManualClock()
        let onClock = try await withTimeout(.seconds(2), clock: clock) { try await callPayments() }
        #expect(onClock == "receipt")
        #expect(Deadline.current == nil)  // the innermost task-local deadline, if any
        let inside = try await withTimeout(.seconds(2), clock: clock) { Deadline.current?.remaining }
        #expect(inside == .seconds(2))
        let error: any Error = TimeoutError(name: "payments", timeout: .seconds(2), lateness: .zero)
        #expect(error is TimeoutError)
        let policy = Timeout(.seconds(1))  // the pipeline's policy value
        #expect(policy.duration == .seconds(1))
    }

    @Test func theManualClockContractCompilesAsWritten() async throws {
        let clock = ManualClock()
        await clock.advance(by: .seconds(61))  // resumes every sleeper that is due
        #expect(clock.now == ManualClock.Instant(offset: .seconds(61)))
        let breaker = try CircuitBreaker(name: "payments", configuration: .init(), clock: clock)
        #expect(breaker.state == .closed)
    }

    @Test func theBulkheadAndRateLimiterContractsCompileAsWritten() async throws {
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 10, maxWaitDuration: .zero)
        let rows = try await bulkhead.run { try await callPayments() }  // throws BulkheadFullError
        #expect(rows == "receipt")
        let full: any Error = BulkheadFullError(name: "db", maxConcurrentCalls: 10, maxWaitDuration: .zero)
        #expect(full is BulkheadFullError)

        let limiter = try RateLimiter(
            name: "search",
            limitForPeriod: 50,
            refreshPeriod: .seconds(1),
            maxWaitDuration: .zero
        )
        let hits = try await limiter.run { try await callPayments() }  // throws RateLimitExceededError
        #expect(hits == "receipt")
        let exceeded: any Error = RateLimitExceededError(name: "search", retryAfter: .seconds(1))
        #expect(exceeded is RateLimitExceededError)
    }

    @Test func theRetryAndPipelineContractsCompileAsWritten() async throws {
        let retry = try Retry(
            maxAttempts: 3,
            backoff: .exponential(initial: .milliseconds(100), multiplier: 2, maximum: .seconds(5)),
            jitter: .full,
            shouldRetry: { _ in true }
        )
        let charged = try await retry.run { try await callPayments() }  // rethrows the last error when attempts run out
        #expect(charged == "receipt")

        let breaker = try CircuitBreaker(name: "payments")
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 10, maxWaitDuration: .zero)
        // The contract's line, semicolons and all.
        // swift-format-ignore
        let pipeline = ResiliencePipeline { retry; breaker; Timeout(.seconds(1)); bulkhead }  // outermost first
        let receipt = try await pipeline.run { try await callPayments() }
        #expect(receipt == "receipt")
        #expect(pipeline.warnings.isEmpty)
    }
}
