// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

import Foundation
import Resilience
import ResilienceConfiguration
import ResilienceTesting
import Testing

@Suite("Policy sections build their policies")
struct PolicySectionTests {
    @Test func anEmptySectionBuildsThePolicyWithItsDocumentedDefaults() throws {
        let clock = ManualClock()
        let retry = try RetrySection().makePolicy(name: "payments", clock: clock)
        #expect(retry.name == "payments.retry" && retry.maxAttempts == 3 && retry.budget == nil)
        let breaker = try CircuitBreakerSection().makePolicy(name: "payments", clock: clock)
        #expect(breaker.name == "payments" && breaker.configuration.failureRateThreshold == 0.5)
        let limiter = try AdaptiveConcurrencyLimiterSection().makePolicy(name: "search", clock: clock)
        #expect(limiter.limit == AdaptiveConcurrencyLimiter.Configuration().initialLimit)

        var bulkhead = BulkheadSection()
        bulkhead.maxConcurrentCalls = 4
        let built = try bulkhead.makePolicy(name: "db", clock: clock)
        #expect(built.name == "db" && built.maxConcurrentCalls == 4 && built.maxWaitDuration == .zero)
    }

    @Test func aSectionBuiltInCodeWithoutARequiredFieldNamesTheField() {
        #expect(throws: ConfigurationError.self) {
            try HedgingSection().makePolicy(name: "search", clock: ManualClock())
        }
        do {
            var limiter = RateLimiterSection()
            limiter.limitForPeriod = 5
            _ = try limiter.makePolicy(name: "search", clock: ManualClock())
            Issue.record("accepted a rate limiter without a refresh period")
        } catch {
            #expect(error.field == "refreshPeriod" && error.policy == "rate limiter \"search\"")
        }
    }

    @Test func aSectionBuildsTheSamePolicyAsTheDocumentThatHoldsIt() throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: ManualClock())
        try configured.apply(
            ResilienceDocument(yaml: "instances: { search: { retry: { maxAttempts: 5, budget: {} } } }")
        )
        let fromDocument = try #require(configured.integrationPoint("search")?.pipeline.policies.layers.retry)
        let section = try #require(configured.integrationPoint("search")?.pipeline.policies.configuration.retry)
        let fromCode = try section.makePolicy(name: "search", clock: ManualClock())
        #expect(fromDocument.name == fromCode.name && fromDocument.maxAttempts == fromCode.maxAttempts)
        #expect(fromDocument.budget != nil && fromCode.budget != nil)
    }

    @Test func aBreakerAndABulkheadFollowAChangedSectionInPlaceAndOthersDoNot() throws {
        let clock = ManualClock()
        var section = BulkheadSection()
        section.maxConcurrentCalls = 2
        let bulkhead = try section.makePolicy(name: "db", clock: clock)
        section.maxConcurrentCalls = 8
        #expect(section.update(bulkhead) && bulkhead.maxConcurrentCalls == 8)
        section.maxConcurrentCalls = 0
        #expect(!section.update(bulkhead) && bulkhead.maxConcurrentCalls == 8, "a refused value changes nothing")

        var breakerSection = CircuitBreakerSection()
        let breaker = try breakerSection.makePolicy(name: "payments", clock: clock)
        breakerSection.failureRateThreshold = 0.25
        #expect(breakerSection.update(breaker) && breaker.configuration.failureRateThreshold == 0.25)

        let retry = try RetrySection().makePolicy(name: "payments", clock: clock)
        #expect(!RetrySection().update(retry), "a retry is replaced, not updated")
    }

    @Test func aReloadSwitchesChaosOnAndOffInPlace() async throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: ManualClock())
        let document = """
            instances:
              payments:
                circuitBreaker: { slidingWindow: { type: count, size: 4 }, minimumNumberOfCalls: 4 }
                chaosFault: { injectionRate: 1, seed: 7 }
            """
        try configured.apply(ResilienceDocument(yaml: document))
        let payments = try #require(configured.integrationPoint("payments"))
        let chaos = try #require(payments.pipeline.policies.layers.chaosFault)
        for _ in 0..<4 {
            await #expect(throws: ChaosFaultError(name: "payments.chaos-fault")) { try await payments.run { "paid" } }
        }
        #expect(payments.pipeline.policies.layers.circuitBreaker?.state == CircuitBreaker.State.open)

        try configured.apply(
            ResilienceDocument(yaml: document.replacingOccurrences(of: "seed: 7", with: "seed: 7, enabled: false"))
        )
        #expect(payments.pipeline.policies.layers.chaosFault === chaos && !chaos.isEnabled)
        #expect(chaos.metrics.injected == 4, "the counts stay")
        payments.pipeline.policies.layers.circuitBreaker?.reset()
        #expect(try await payments.run { "paid" } == "paid")

        try configured.apply(
            ResilienceDocument(yaml: document.replacingOccurrences(of: "seed: 7", with: "seed: 8"))
        )
        #expect(payments.pipeline.policies.layers.chaosFault !== chaos, "a new seed is a new sequence")
        #expect(
            payments.pipeline.policies.policyDescriptions.map(\.name) == [
                "payments", "payments.chaos-fault",
            ]
        )
    }

    /// The guide's table of sections lists exactly the keys a document accepts, in the order the layers run.
    @Test func theGuideListsEverySectionADocumentAccepts() throws {
        var accepted: [String] = []
        do {
            _ = try ResilienceDocument(yaml: "instances: { payments: { notAPolicy: {} } }")
            Issue.record("accepted an unknown key")
        } catch {
            let message = try #require(error.problems.first?.message)
            let known = try #require(message.split(separator: "(known: ").last?.dropLast())
            accepted = known.split(separator: ", ").map(String.init).filter { $0 != "baseConfig" }
        }
        let guide = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ResilienceConfiguration/ResilienceConfiguration.docc/Configuration.md")
        let rows = try String(contentsOf: guide, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("| `") }
            .compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
        #expect(rows.sorted() == accepted.sorted())
        #expect(
            rows == [
                "totalTimeout", "retry", "hedging", "circuitBreaker", "timeout", "bulkhead",
                "adaptiveConcurrencyLimiter", "rateLimiter", "chaosLatency", "chaosFault",
            ],
            "outermost first"
        )
    }
}

#endif
