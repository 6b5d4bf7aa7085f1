// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

import Resilience
import ResilienceConfiguration
import ResilienceTesting
import Synchronization
import Testing

@Suite("Configuration documents")
struct ConfigurationDocumentTests {
    static let document = """
        configs:
          default:
            circuitBreaker:
              slidingWindow: { type: count, size: 20 }
              failureRateThreshold: 0.5
              minimumNumberOfCalls: 10
              waitDurationInOpenState: 30s
            timeout: 2s
          slow:
            baseConfig: default
            timeout: 1m
        instances:
          payments:
            circuitBreaker: { failureRateThreshold: 0.25 }
            retry:
              maxAttempts: 3
              backoff: { type: exponential, initial: 250ms, multiplier: 2, maximum: 2s }
              jitter: none
              budget: { percentCanRetry: 0.1 }
            bulkhead: { maxConcurrentCalls: 10, maxWaitDuration: 50ms }
          reports:
            baseConfig: slow
            rateLimiter: { limitForPeriod: 5, refreshPeriod: 1s }
          audit:
            circuitBreaker: null
        """

    @Test func aBreakerMayBeToldNotToDetectSlowCalls() throws {
        let document = "instances: { search: { circuitBreaker: { detectsSlowCalls: false } } }"
        let search = try #require(try ResilienceDocument(yaml: document).resolved()["search"])
        #expect(search.circuitBreaker?.detectsSlowCalls == false)
        #expect(search.circuitBreaker?.configuration.detectsSlowCalls == false)
        let defaulted = try #require(
            try ResilienceDocument(yaml: "instances: { search: { circuitBreaker: {} } }").resolved()["search"]
        )
        #expect(defaulted.circuitBreaker?.configuration.detectsSlowCalls == true)
        let error = #expect(throws: (any Error).self) {
            try ResilienceDocument(yaml: "instances: { search: { circuitBreaker: { detectsSlowCalls: often } } }")
                .resolved()
        }
        #expect(
            String(describing: error).contains("detectsSlowCalls"),
            "the error names the field: \(String(describing: error))"
        )
    }

    @Test func sharedConfigurationsMergeFieldByField() throws {
        let configurations = try ResilienceDocument(yaml: Self.document).resolved()
        let payments = try #require(configurations["payments"])
        #expect(payments.circuitBreaker?.failureRateThreshold == 0.25, "the instance's own value wins")
        #expect(payments.circuitBreaker?.minimumNumberOfCalls == 10, "other fields come from configs.default")
        #expect(payments.circuitBreaker?.configuration.slidingWindow == .countBased(size: 20))
        #expect(payments.timeout == .seconds(2))
        #expect(
            payments.retry?.backoff == .exponential(initial: .milliseconds(250), multiplier: 2, maximum: .seconds(2))
        )
        #expect(payments.retry?.jitter == RetryJitter.none)
        #expect(payments.bulkhead?.maxWaitDuration == .milliseconds(50))
        #expect(payments.rateLimiter == nil && payments.totalTimeout == nil)

        let reports = try #require(configurations["reports"])
        #expect(reports.timeout == .seconds(60), "slow overrides default")
        #expect(reports.circuitBreaker?.configuration.waitDurationInOpenState == .seconds(30))
        #expect(reports.rateLimiter?.limitForPeriod == 5)

        let audit = try #require(configurations["audit"])
        #expect(audit.circuitBreaker == nil, "null removes an inherited policy")
        #expect(audit.timeout == .seconds(2))
    }

    @Test func jsonReadsTheSameDocument() throws {
        let json = """
            {"configs": {"default": {"timeout": "250ms"}},
             "instances": {"search": {"rateLimiter": {"limitForPeriod": 50, "refreshPeriod": "1s"}}}}
            """
        let search = try #require(try ResilienceDocument(json: json).resolved()["search"])
        #expect(search.timeout == .milliseconds(250))
        #expect(search.rateLimiter?.refreshPeriod == .seconds(1))
    }

    @Test(
        "every bad document is refused with the path and the rule",
        arguments: [
            (
                "instances: { payments: { circuitBreaker: { failureRateThreshold: 1.5 } } }",
                "instances.payments.circuitBreaker.failureRateThreshold: 1.5 is invalid: must be greater than 0 and at most 1"
            ),
            (
                "configs: { default: { circuitBreaker: { failureRateThreshold: 0 } } }\ninstances: { payments: {} }",
                "configs.default.circuitBreaker.failureRateThreshold: 0.0 is invalid: must be greater than 0 and at most 1"
            ),
            (
                "instances: { payments: { circuitBreaker: { failureRateThreshhold: 0.5 } } }",
                "instances.payments.circuitBreaker.failureRateThreshhold: is not a known field"
            ),
            (
                "instances: { payments: { timeout: 2 } }",
                "instances.payments.timeout: 2 is not a duration"
            ),
            (
                "instances: { payments: { timeout: 2 parsecs } }",
                "instances.payments.timeout: \"2 parsecs\" is not a duration"
            ),
            (
                "instances: { payments: { circuitBreaker: { waitDurationInOpenState: soon } } }",
                "instances.payments.circuitBreaker.waitDurationInOpenState: \"soon\" is not a duration"
            ),
            (
                "instances: { payments: { retry: { maxAttempts: 0 } } }",
                "instances.payments.retry.maxAttempts: 0 is invalid: must be at least 1"
            ),
            (
                "instances: { payments: { retry: { jitter: lots } } }",
                "instances.payments.retry.jitter: \"lots\" is not one of decorrelated, equal, full, none"
            ),
            (
                "instances: { payments: { retry: { maxAttempts: three } } }",
                "instances.payments.retry.maxAttempts:"
            ),
            (
                "instances: { db: { bulkhead: { maxWaitDuration: 1s } } }",
                "instances.db.bulkhead: must have maxConcurrentCalls"
            ),
            (
                "instances: { db: { bulkhead: { maxConcurrentCalls: 0 } } }",
                "instances.db.bulkhead.maxConcurrentCalls: 0 is invalid: must be at least 1"
            ),
            (
                "instances: { search: { rateLimiter: { limitForPeriod: 5 } } }",
                "instances.search.rateLimiter: must have refreshPeriod"
            ),
            (
                "instances: { payments: { baseConfig: missing } }",
                "instances.payments.baseConfig: names \"missing\", which is not in configs"
            ),
            (
                "configs: { a: { baseConfig: b }, b: { baseConfig: a } }\ninstances: { payments: { baseConfig: a } }",
                "makes a cycle of baseConfigs"
            ),
            (
                "instances: { payments: { circuitbreaker: {} } }",
                "instances.payments.circuitbreaker: is not a known key"
            ),
            ("defaults: {}", "defaults: is not a known key (known: configs, instances)"),
            (
                "configs: { a: { baseConfig: 3 } }\ninstances: { payments: { baseConfig: a } }",
                "configs.a.baseConfig: must be a name, is 3"
            ),
            (
                "instances: { search: { hedging: { maxHedgedAttempts: 2 } } }",
                "instances.search.hedging: must have delay"
            ),
            (
                "instances: { search: { adaptiveConcurrencyLimiter: { minimumLimit: 0 } } }",
                "instances.search.adaptiveConcurrencyLimiter.minimumLimit: 0 is invalid: must be at least 1"
            ),
            ("instances: [payments]", "instances: must be an object of names"),
            ("instances: { \"\": { timeout: 1s } }", "instances: has an instance with an empty name"),
            // Found by libFuzzer: an anchored key with nothing after the anchor is the empty name.
            ("instances:\n  db:\n  &db :\n", "instances: has an instance with an empty name"),
            ("instances: { payments: { timeout: [1s", "(document)"),
            (
                "instances: { payments: { circuitBreaker: { slidingWindow: { type: count, size: 0 } } } }",
                "instances.payments.circuitBreaker.slidingWindow:"
            ),
        ]
    )
    func badDocuments(document: String, expected: String) throws {
        do {
            _ = try ResilienceDocument(yaml: document).resolved()
            Issue.record("accepted: \(document)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let document = """
            instances:
              a: { retry: { maxAttempts: 0 } }
              b: { timeout: forever }
              c: { retry: { maxAttempts: 0 }, bulkhead: { maxConcurrentCalls: 0 }, rateLimiter: { limitForPeriod: 1 } }
            """
        do {
            _ = try ResilienceDocument(yaml: document).resolved()
            Issue.record("accepted")
        } catch {
            #expect(
                error.problems.map(\.path) == [
                    "instances.a.retry.maxAttempts", "instances.b.timeout", "instances.c.retry.maxAttempts",
                    "instances.c.bulkhead.maxConcurrentCalls", "instances.c.rateLimiter",
                ]
            )
        }
    }

    @Test func durationsAreReadAndWrittenAsText() {
        #expect(DurationText.parse("250ms") == .milliseconds(250))
        #expect(DurationText.parse("2s") == .seconds(2))
        #expect(DurationText.parse("1m") == .seconds(60))
        #expect(DurationText.parse("1m30s") == .seconds(90))
        #expect(DurationText.parse("1.5s") == .milliseconds(1500))
        #expect(DurationText.parse("100us") == .microseconds(100))
        #expect(DurationText.parse("2h") == .seconds(7200))
        #expect(DurationText.parse("2") == nil)
        #expect(DurationText.parse("s") == nil)
        #expect(DurationText.parse("-1s") == nil)
        #expect(DurationText.format(.milliseconds(250)) == "250ms")
        #expect(DurationText.format(.seconds(90)) == "90s")
        #expect(DurationText.format(.seconds(120)) == "2m")
        #expect(DurationText.format(.zero) == "0s")
    }
}

@Suite("Configured integration points")
struct ConfiguredIntegrationPointsTests {
    @Test func applyingADocumentRegistersItsPointsWithTheirPolicies() async throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: ManualClock())
        try configured.apply(ResilienceDocument(yaml: ConfigurationDocumentTests.document))
        #expect(configured.names == ["audit", "payments", "reports"])
        let payments = try #require(configured.integrationPoint("payments"))
        #expect(try await payments.run { "ok" } == "ok")
        #expect(
            payments.pipeline.policyDescriptions.map(\.kind.label) == [
                "retry", "circuit breaker", "timeout", "bulkhead",
            ]
        )
        #expect(registry.circuitBreaker(named: "payments")?.configuration.failureRateThreshold == 0.25)
        #expect(registry.integrationPoint(named: "reports") != nil)
    }

    @Test func aReloadUpdatesInPlaceAndKeepsTheBreakersState() async throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: ManualClock())
        try configured.apply(ResilienceDocument(yaml: ConfigurationDocumentTests.document))
        let breaker = try #require(registry.circuitBreaker(named: "payments"))
        breaker.transition(to: .forcedOpen)
        var events = registry.events.makeAsyncIterator()

        let changed = ConfigurationDocumentTests.document
            .replacingFirst("failureRateThreshold: 0.25", with: "failureRateThreshold: 0.75")
            .replacingFirst("maxConcurrentCalls: 10", with: "maxConcurrentCalls: 4")
        try configured.apply(ResilienceDocument(yaml: changed))
        #expect(registry.circuitBreaker(named: "payments") === breaker, "the same breaker, updated in place")
        #expect(breaker.state == .forcedOpen)
        #expect(breaker.configuration.failureRateThreshold == 0.75)
        let bulkhead = configured.integrationPoint("payments")?.components.compactMap { $0 as? Bulkhead }.first
        #expect(bulkhead?.maxConcurrentCalls == 4)
        #expect(await events.next() == ResilienceEvent(integrationPoint: "payments", key: nil, kind: .reconfigured))
    }

    @Test func aConfiguredRetryLikeTheHTTPPresetsRetriesNoPolicysRefusalAndNamesItsTimeoutsAlike() async throws {
        let configured = ConfiguredIntegrationPoints(registry: ResilienceRegistry(), clock: ManualClock())
        try configured.apply(
            ResilienceDocument(
                yaml: """
                    instances:
                      search:
                        retry: { maxAttempts: 3, backoff: { type: constant, delay: 0s }, jitter: none }
                        timeout: 1s
                        rateLimiter: { limitForPeriod: 1, refreshPeriod: 1m }
                    """
            )
        )
        let search = try #require(configured.integrationPoint("search"))
        let calls = Counter()
        _ = try await search.run { calls.increment() }
        await #expect(throws: RateLimitExceededError.self) { try await search.run { calls.increment() } }
        #expect(search.pipeline.policies.layers.retry?.metrics.failedWithoutRetry == 1, "the refusal was not retried")
        #expect(calls.current == 1)
        #expect(search.pipeline.policies.layers.timeout?.name == "search.attempt-timeout")
        let http = try ResiliencePipeline.http(name: "search")
        #expect(http.policyDescriptions.map(\.name).contains("search.attempt-timeout"))
    }

    @Test func policiesWhoseSectionDidNotChangeAreKeptWithTheirState() async throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: ManualClock())
        try configured.apply(ResilienceDocument(yaml: ConfigurationDocumentTests.document))
        let before = try #require(configured.integrationPoint("payments")?.pipeline.policies.layers)
        before.circuitBreaker?.transition(to: .open)
        let changed = ConfigurationDocumentTests.document.replacingFirst("maxAttempts: 3", with: "maxAttempts: 4")
        try configured.apply(ResilienceDocument(yaml: changed))
        let after = try #require(configured.integrationPoint("payments")?.pipeline.policies.layers)
        #expect(after.circuitBreaker === before.circuitBreaker && after.circuitBreaker?.state == .open)
        #expect(after.bulkhead === before.bulkhead)
        #expect(after.retry !== before.retry && after.retry?.maxAttempts == 4, "a changed retry is replaced")
        #expect(configured.integrationPoint("reports")?.pipeline.policies.layers.rateLimiter != nil)
    }

    @Test func hedgingAndTheAdaptiveLimiterAreConfigurable() async throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: ManualClock())
        try configured.apply(
            ResilienceDocument(
                yaml: """
                    instances:
                      search:
                        hedging: { delay: 50ms, maxHedgedAttempts: 2 }
                        adaptiveConcurrencyLimiter: { initialLimit: 10, maximumLimit: 50 }
                    """
            )
        )
        let search = try #require(configured.integrationPoint("search"))
        #expect(search.pipeline.policyDescriptions.map(\.kind.label) == ["hedging", "adaptive concurrency limiter"])
        #expect(search.pipeline.policies.layers.hedging?.maxHedgedAttempts == 2)
        #expect(search.pipeline.policies.layers.adaptiveConcurrencyLimiter?.limit == 10)
        #expect(try await search.run { "found" } == "found")
    }

    @Test func anInvalidReloadIsRejectedWholeAndTheRunningConfigurationStays() async throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: ManualClock())
        try configured.apply(ResilienceDocument(yaml: ConfigurationDocumentTests.document))
        let before = configured.integrationPoint("payments")?.pipeline.policies.configuration
        // One good change, one removal and one bad value: none of it may apply.
        let bad = ConfigurationDocumentTests.document
            .replacingFirst("failureRateThreshold: 0.25", with: "failureRateThreshold: 0.75")
            .replacingFirst("  audit:\n    circuitBreaker: null", with: "")
            .replacingFirst("limitForPeriod: 5", with: "limitForPeriod: -5")
        #expect(throws: ConfigurationDocumentError.self) { try configured.apply(ResilienceDocument(yaml: bad)) }
        #expect(configured.integrationPoint("payments")?.pipeline.policies.configuration == before)
        #expect(registry.circuitBreaker(named: "payments")?.configuration.failureRateThreshold == 0.25)
        #expect(configured.names == ["audit", "payments", "reports"])
    }

    @Test(.timeLimit(.minutes(1)))
    func callsRunWhileDocumentsAreApplied() async throws {
        func document(_ variant: Int) throws -> ResilienceDocument {
            try ResilienceDocument(
                yaml: """
                    instances:
                      payments:
                        retry: { maxAttempts: \(2 + variant) }
                        circuitBreaker: { failureRateThreshold: \(variant == 0 ? "0.5" : "0.75") }
                        bulkhead: { maxConcurrentCalls: \(50 + 50 * variant) }
                    """
            )
        }
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry)
        try configured.apply(document(0))
        let payments = try #require(configured.integrationPoint("payments"))
        let succeeded = Counter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for call in 0..<300 {
                        let answer = try await payments.run { call }
                        #expect(answer == call)
                        succeeded.increment()
                    }
                }
            }
            group.addTask {
                for round in 0..<100 {
                    try configured.apply(document(round % 2))
                    await Task.yield()
                }
            }
            try await group.waitForAll()
        }
        #expect(succeeded.current == 2_400)
        let layers = payments.pipeline.policies.layers
        #expect(layers.bulkhead?.metrics.concurrentCallsInUse == 0, "every permit came back")
        #expect(layers.bulkhead?.maxConcurrentCalls == 100 && layers.retry?.maxAttempts == 3)
        #expect(layers.circuitBreaker?.configuration.failureRateThreshold == 0.75)
    }

    @Test func instancesLeftOutOfANewDocumentAreRemoved() throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: ManualClock())
        try configured.apply(ResilienceDocument(yaml: ConfigurationDocumentTests.document))
        try configured.apply(ResilienceDocument(yaml: "instances: { payments: { timeout: 1s } }"))
        #expect(configured.names == ["payments"])
        #expect(registry.integrationPoints.map(\.name) == ["payments"])
        #expect(registry.circuitBreaker(named: "payments") == nil, "the new document has no breaker for payments")
    }

    @Test func aNameTheRegistryAlreadyHasIsRefused() throws {
        let registry = ResilienceRegistry()
        try registry.register("payments", pipeline: ResiliencePipeline { try CircuitBreaker(name: "payments") })
        let configured = ConfiguredIntegrationPoints(registry: registry)
        #expect(throws: ConfigurationDocumentError.self) {
            try configured.apply(ResilienceDocument(yaml: "instances: { payments: { timeout: 1s } }"))
        }
        #expect(configured.names.isEmpty)
    }

    @Test func aDocumentWithAnEmptyNameChangesNothing() throws {
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry)
        try configured.apply(ResilienceDocument(yaml: "instances: { payments: { timeout: 1s } }"))
        var document = try ResilienceDocument(yaml: "instances: { payments: {}, inventory: {} }")
        document.instances[""] = [:]
        #expect(throws: ConfigurationDocumentError.self) { try configured.apply(document) }
        #expect(configured.names == ["payments"])
        #expect(registry.integrationPoints.map(\.name) == ["payments"])
    }
}

extension PolicyDescription.Kind {
    var label: String {
        switch self {
        case .circuitBreaker: "circuit breaker"
        case .timeout: "timeout"
        case .retry: "retry"
        case .bulkhead: "bulkhead"
        case .rateLimiter: "rate limiter"
        case .hedging: "hedging"
        case .adaptiveConcurrencyLimiter: "adaptive concurrency limiter"
        default: "other"
        }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = self.range(of: target) else {
            Issue.record("\"\(target)\" is not in the document")
            return self
        }
        return self.replacingCharacters(in: range, with: replacement)
    }
}

/// A thread-safe count.
final class Counter: Sendable {
    private let value = Atomic(0)

    func increment() {
        self.value.add(1, ordering: .relaxed)
    }

    var current: Int { self.value.load(ordering: .relaxed) }
}

#endif
