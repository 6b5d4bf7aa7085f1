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

/// DESIGN.md "Outcomes" and "Deadlines across processes", every name spelled as written there.
@Suite("DESIGN.md contract: outcomes and deadlines across processes")
struct OutcomeContractTests {
    struct Refused: Error {}

    @Test func theOutcomeAndCodecContractCompilesAsWritten() async throws {
        let outcomes: [CallOutcome] = [.success, .failure, .contractViolation(reason: "http_422"), .ignored]
        let failure = ClassifiedFailure(Refused(), outcome: .failure, permitsRetry: nil, retryAfterDelay: .seconds(1))
        let classified: any ClassifiedError = failure
        #expect(classified.permitsRetry && failure.retryAfterDelay == .seconds(1) && failure.underlying is Refused)
        let decoding: any ClassifiedError = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: ""))
        #expect(decoding.outcome == .contractViolation(reason: "decoding"))
        let classification = ErrorClassification { _ in .failure }
        #expect(classification.outcome(for: Refused()) == outcomes[1])
        let statuses = HTTPStatusClassification { _ in .success }
        #expect(statuses.outcome(forStatus: 500) == .success)
        #expect(HTTPStatusClassification.default.treating([404], as: .success).outcome(forStatus: 404) == .success)
        let bodies: [HTTPRetryEligibility.Body] = [.none, .replayable, .singleUse, .unknown]
        #expect(
            bodies.map { HTTPRetryEligibility.always.permitsRetry(method: "POST", body: $0) } == [
                true, true, true, true,
            ]
        )
        #expect(!HTTPRetryEligibility.never.permitsRetry(method: "GET", body: .none))
        #expect(HTTPRetryEligibility.automatic.permitsRetry(method: "GET", body: .none))

        let registry = ResilienceRegistry()
        let point = try registry.register(
            "catalog",
            pipeline: ResiliencePipeline { try Bulkhead(name: "catalog", maxConcurrentCalls: 1) }
        )
        _ = try await point.run { 1 }
        point.recordLateFailure(Refused())
        point.recordLateContractViolation(reason: "decoding", message: "keyNotFound")
        let statistics = point.statistics
        let sample: ContractViolationSample? = statistics.lastContractViolation
        #expect(statistics.contractViolations == 1 && statistics.recentContractViolations == 1)
        #expect(sample?.reason == "decoding" && sample?.message == "keyNotFound")
        try CircuitBreaker(name: "catalog").recordLateFailure(duration: .zero)

        let deadline = Deadline.after(.seconds(2), clock: ContinuousClock()).earlier(than: Deadline.current)
        let headers: [DeadlineHeader] = [.envoyExpectedTimeout, .grpcTimeout, .milliseconds(name: "x-deadline-ms")]
        #expect(headers.map(\.name) == ["x-envoy-expected-rq-timeout-ms", "grpc-timeout", "x-deadline-ms"])
        #expect(headers.allSatisfy { $0.value(for: deadline) != nil })
        #expect(DeadlineHeader.envoyExpectedTimeout.remaining(fromValue: "1500") == .milliseconds(1_500))
        var inbound = InboundDeadline()
        inbound.header = .envoyExpectedTimeout
        inbound.maximum = nil
        inbound.whenAbsent = nil
        inbound.reserve = .zero
        #expect(InboundDeadline.grpc.header == .grpcTimeout)
        #expect(RetryAfter.delay(fromHeaderValue: "5", now: RetryAfter.secondsSinceEpoch()) == .seconds(5))
        #expect(RetryAfter.headerValue(for: .seconds(5)) == "5")
    }

    @Test func theInProcessChaosContractCompilesAsWritten() async throws {
        let fault = try ChaosFault(
            name: "payments.fault",
            injectionRate: 1,
            enabled: true,
            seed: nil,
            error: { CancellationError() }
        )
        let latency = try ChaosLatency(
            name: "payments.latency",
            injectionRate: 0,
            enabled: true,
            seed: 7,
            latency: .seconds(1),
            clock: ContinuousClock()
        )
        let outcome = try ChaosOutcome<Int>(
            name: "payments.outcome",
            injectionRate: 1,
            enabled: true,
            seed: nil,
            outcome: { 0 }
        )
        let policies: [any ResiliencePolicy] = [fault, latency, outcome]
        #expect(policies.count == 3)
        let enabled: Bool = fault.isEnabled
        fault.setEnabled(false)
        let rate: Double = latency.injectionRate
        try latency.setInjectionRate(0.5)
        #expect(throws: ConfigurationError.self) { try outcome.setInjectionRate(1.5) }
        #expect(enabled && !fault.isEnabled && rate == 0 && latency.injectionRate == 0.5)
        #expect(try await outcome.run { 42 } == 0)
        let metrics: ChaosMetrics = outcome.metrics
        #expect(metrics == ChaosMetrics(injected: 1, passed: 0) && metrics.injected == 1 && metrics.passed == 0)
    }
}
