import InMemoryLogging
import Logging
import ResilienceTesting
import Testing

@testable import Resilience

@Suite("Call outcomes")
struct CallOutcomeTests {
    struct Unhealthy: Error {}

    @Test func anErrorsOwnOutcomeWinsThenCancellationIsIgnoredThenTheClassificationDecides() {
        let everythingFails: (any Error) -> CallOutcome = { _ in .failure }
        let violation = ClassifiedFailure(Unhealthy(), outcome: .contractViolation(reason: "http_422"))
        #expect(CallOutcome.of(violation, classifiedBy: everythingFails) == .contractViolation(reason: "http_422"))
        #expect(CallOutcome.of(CancellationError(), classifiedBy: everythingFails) == .ignored)
        #expect(CallOutcome.of(Unhealthy(), classifiedBy: everythingFails) == .failure)
        #expect(CallOutcome.of(Unhealthy(), classifiedBy: { _ in .success }) == .success)
        let decoding = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not JSON"))
        #expect(CallOutcome.of(decoding, classifiedBy: everythingFails) == .contractViolation(reason: "decoding"))
        #expect(ErrorClassification.default.outcome(for: CancellationError()) == .ignored)
        #expect(ErrorClassification { _ in .success }.outcome(for: violation) == .contractViolation(reason: "http_422"))
    }

    @Test func onlyFailuresPermitARetryUnlessTheAdapterSaysOtherwise() {
        #expect(ClassifiedFailure(Unhealthy(), outcome: .failure).permitsRetry)
        #expect(!ClassifiedFailure(Unhealthy(), outcome: .contractViolation(reason: "x")).permitsRetry)
        #expect(!ClassifiedFailure(Unhealthy(), outcome: .failure, permitsRetry: false).permitsRetry)
        #expect(ClassifiedFailure(Unhealthy(), outcome: .success, permitsRetry: true).permitsRetry)
        let decoding = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not JSON"))
        #expect(!decoding.permitsRetry)
    }

    @Test(arguments: [
        (200, CallOutcome.success), (204, .success), (301, .success), (304, .success),
        (400, .contractViolation(reason: "http_400")), (404, .contractViolation(reason: "http_404")),
        (422, .contractViolation(reason: "http_422")), (408, .failure), (429, .failure), (500, .failure),
        (503, .failure), (101, .failure), (99, .failure), (600, .failure),
    ])
    func statusesCountByTheirClass(status: Int, outcome: CallOutcome) {
        #expect(HTTPStatusClassification.default.outcome(forStatus: status) == outcome)
    }

    @Test func aClassificationCanTreatSomeStatusesOtherwise() {
        let lookups = HTTPStatusClassification.default.treating([404, 410], as: .success)
        #expect(lookups.outcome(forStatus: 404) == .success)
        #expect(lookups.outcome(forStatus: 410) == .success)
        #expect(lookups.outcome(forStatus: 409) == .contractViolation(reason: "http_409"))
        #expect(lookups.outcome(forStatus: 503) == .failure)
    }

    @Test(arguments: [
        (HTTPRetryEligibility.automatic, "GET", HTTPRetryEligibility.Body.none, true),
        (.automatic, "get", .none, true),
        (.automatic, "PUT", .replayable, true),
        (.automatic, "DELETE", .none, true),
        (.automatic, "HEAD", .none, true),
        (.automatic, "POST", .none, false),
        (.automatic, "PATCH", .replayable, false),
        (.automatic, "PUT", .singleUse, false),
        (.automatic, "GET", .unknown, false),
        (.always, "POST", .singleUse, true),
        (.never, "GET", .none, false),
    ])
    func retryEligibilityFollowsTheMethodAndTheBody(
        eligibility: HTTPRetryEligibility,
        method: String,
        body: HTTPRetryEligibility.Body,
        permitted: Bool
    ) {
        #expect(eligibility.permitsRetry(method: method, body: body) == permitted)
    }
}

@Suite("Policies and outcomes")
struct PolicyOutcomeTests {
    struct Refused: Error {}

    private func breaker(
        recordError: @escaping @Sendable (any Error) -> Bool = { !($0 is CancellationError) }
    ) throws -> CircuitBreaker {
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 4)
        configuration.minimumNumberOfCalls = 4
        configuration.failureRateThreshold = 0.5
        configuration.recordError = recordError
        return try CircuitBreaker(name: "catalog", configuration: configuration, clock: ManualClock())
    }

    @Test func aBreakerRecordsContractViolationsAsSuccessesAndDoesNotOpen() async throws {
        let breaker = try self.breaker()
        for _ in 0..<8 {
            await #expect(throws: ClassifiedFailure.self) {
                try await breaker.run {
                    throw ClassifiedFailure(Refused(), outcome: .contractViolation(reason: "http_422"))
                }
            }
        }
        #expect(breaker.state == .closed)
        #expect(breaker.metrics.numberOfSuccessfulCalls == 4 && breaker.metrics.numberOfFailedCalls == 0)
    }

    @Test func anErrorsOwnOutcomeWinsOverRecordError() async throws {
        let breaker = try self.breaker(recordError: { _ in false })
        for _ in 0..<4 {
            _ = try? await breaker.run { throw ClassifiedFailure(Refused(), outcome: .failure) }
        }
        #expect(breaker.state == .open, "classified failures count although recordError ignores every error")
        let cancelled = try self.breaker(recordError: { _ in true })
        for _ in 0..<4 {
            _ = try? await cancelled.run { throw CancellationError() }
        }
        #expect(cancelled.metrics.numberOfBufferedCalls == 0, "a cancellation is ignored before recordError is asked")
    }

    @Test func aRetryNeverRetriesWhatDoesNotPermitIt() async throws {
        let retry = try Retry(name: "catalog", maxAttempts: 3, backoff: .constant(.zero), jitter: .none)
        let attempts = Counter()
        await #expect(throws: ClassifiedFailure.self) {
            try await retry.run {
                _ = attempts.increment()
                throw ClassifiedFailure(Refused(), outcome: .contractViolation(reason: "http_400"))
            }
        }
        #expect(attempts.current == 1)
        await #expect(throws: ClassifiedFailure.self) {
            try await retry.run {
                _ = attempts.increment()
                throw ClassifiedFailure(Refused(), outcome: .failure, permitsRetry: false)
            }
        }
        #expect(attempts.current == 2)
        await #expect(throws: ClassifiedFailure.self) {
            try await retry.run {
                _ = attempts.increment()
                throw ClassifiedFailure(Refused(), outcome: .failure)
            }
        }
        #expect(attempts.current == 5, "a failure is retried")
    }

    @Test func aRetryWaitsAtLeastTheRetryAfterOfAClassifiedFailure() async throws {
        let clock = ManualClock()
        let retry = try Retry(
            name: "catalog",
            maxAttempts: 2,
            backoff: .constant(.milliseconds(10)),
            jitter: .none,
            clock: clock
        )
        let attempts = Counter()
        let call = Task {
            try await retry.run {
                _ = attempts.increment()
                if attempts.current == 1 {
                    throw ClassifiedFailure(Refused(), outcome: .failure, retryAfterDelay: .seconds(30))
                }
                return "ok"
            }
        }
        try await clock.waitForSleepers(count: 1)
        #expect(clock.nextDeadline == clock.now.advanced(by: .seconds(30)))
        await clock.advance(by: .seconds(30))
        #expect(try await call.value == "ok")
    }

    @Test func hedgingStopsAtAnAnswerThatIsNotAFailure() async throws {
        let hedging = try Hedging(name: "profiles", maxHedgedAttempts: 2, delay: .seconds(30))
        let attempts = Counter()
        await #expect(throws: ClassifiedFailure.self) {
            try await hedging.run {
                _ = attempts.increment()
                throw ClassifiedFailure(Refused(), outcome: .contractViolation(reason: "decoding"))
            }
        }
        #expect(attempts.current == 1)
    }
}

@Suite("Integration points and outcomes")
struct IntegrationPointOutcomeTests {
    struct Refused: Error {}

    @Test func callsAreCountedByOutcomeAndIgnoredOnesNotAtAll() async throws {
        let registry = ResilienceRegistry(clock: ManualClock())
        let breaker = try CircuitBreaker(name: "catalog", configuration: .init(), clock: ManualClock())
        let point = try registry.register("catalog", pipeline: ResiliencePipeline { breaker })
        _ = try await point.run { 1 }
        _ = try await point.run { 2 }
        _ = try? await point.run { () throws -> Int in throw Refused() }
        _ = try? await point.run { () throws -> Int in
            throw ClassifiedFailure(Refused(), outcome: .contractViolation(reason: "http_422"))
        }
        _ = try? await point.run { () throws -> Int in throw ClassifiedFailure(Refused(), outcome: .success) }
        _ = try? await point.run { () throws -> Int in throw CancellationError() }

        let statistics = point.statistics
        #expect(statistics.successfulCalls == 3, "two returned, one threw an error classified as a success")
        #expect(statistics.failedCalls == 1)
        #expect(statistics.contractViolations == 1 && statistics.recentContractViolations == 1)
        #expect(statistics.lastContractViolation?.reason == "http_422")
        #expect(statistics.recentCalls == 5, "the cancelled call is not counted")
        #expect(breaker.metrics.numberOfSuccessfulCalls == 4, "the violation is a success for the breaker")
    }

    @Test func aLateFailureTurnsASuccessIntoAFailureEverywhere() async throws {
        let registry = ResilienceRegistry(clock: ManualClock())
        let breaker = try CircuitBreaker(name: "files", configuration: .init(), clock: ManualClock())
        let point = try registry.register("files", pipeline: ResiliencePipeline { breaker })
        _ = try await point.run { 1 }
        _ = try await point.run { 2 }
        point.recordLateFailure(Refused())
        #expect(point.statistics.successfulCalls == 1 && point.statistics.failedCalls == 1)
        #expect(breaker.metrics.numberOfFailedCalls == 1 && breaker.metrics.numberOfSuccessfulCalls == 2)
        point.recordLateContractViolation(reason: "decoding", message: "keyNotFound(price)")
        #expect(point.statistics.successfulCalls == 0 && point.statistics.contractViolations == 1)
        #expect(
            point.statistics.lastContractViolation
                == ContractViolationSample(reason: "decoding", message: "keyNotFound(price)")
        )
        #expect(breaker.metrics.numberOfFailedCalls == 1, "a violation is no failure for the breaker")
    }

    @Test func aLateFailureCountsInAClosedBreakerAndNeverTakesAProbesPlace() async throws {
        let clock = ManualClock()
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 2)
        configuration.minimumNumberOfCalls = 2
        configuration.failureRateThreshold = 1
        configuration.permittedCallsInHalfOpenState = 1
        configuration.waitDurationInOpenState = .seconds(1)
        let breaker = try CircuitBreaker(name: "files", configuration: configuration, clock: clock)
        breaker.recordLateFailure(duration: .zero)
        breaker.recordLateFailure(duration: .zero)
        #expect(breaker.state == .open, "two late failures fill the window")
        await clock.advance(by: .seconds(1))
        _ = try await breaker.run { 1 }
        #expect(breaker.state == .closed)
        breaker.transition(to: .halfOpen)
        breaker.recordLateFailure(duration: .zero)
        #expect(breaker.state == .halfOpen && breaker.metrics.numberOfFailedCalls == 0)
    }

    @Test func theFirstViolationOfEachMinuteIsLoggedAtWarning() async throws {
        let logs = InMemoryLogHandler()
        let clock = ManualClock()
        let registry = ResilienceRegistry(clock: clock, logger: Logger(label: "test", factory: { _ in logs }))
        let point = try registry.register(
            "catalog",
            pipeline: ResiliencePipeline { try Bulkhead(name: "catalog", maxConcurrentCalls: 1) }
        )
        func violate() async {
            _ = try? await point.run { () throws -> Int in
                throw ClassifiedFailure(Refused(), outcome: .contractViolation(reason: "http_422"))
            }
        }
        await violate()
        await violate()
        await clock.advance(by: .seconds(59))
        await violate()
        #expect(logs.entries.filter { $0.level == .warning }.count == 1)
        await clock.advance(by: .seconds(1))
        await violate()
        let warnings = logs.entries.filter { $0.level == .warning }
        #expect(warnings.count == 2)
        #expect(warnings.first?.metadata["integration_point.violation_reason"] == "http_422")
    }
}
