import InMemoryLogging
import InMemoryTracing
import Logging
import MetricsTestKit
import ResilienceTesting
import Testing
import Tracing

@testable import Resilience

@Suite("Policy instrumentation")
struct PolicyInstrumentationTests {
    private func debugLogger(_ logs: InMemoryLogHandler) -> Logger {
        var logger = Logger(label: "test", factory: { _ in logs })
        logger.logLevel = .debug
        return logger
    }

    @Test func retriesAreLoggedAndAddedToTheCallersSpan() async throws {
        let logs = InMemoryLogHandler()
        let tracer = InMemoryTracer()
        let retry = try Retry(
            name: "catalog",
            maxAttempts: 3,
            backoff: .constant(.zero),
            logger: self.debugLogger(logs),
            tracer: tracer
        )
        let dependency = FlakyDependency(failures: 2)
        let value: String = try await tracer.withSpan("page", context: .topLevel) { _ in
            try await retry.run { try dependency.call() }
        }
        #expect(value == "ok")
        let retries = logs.entries.filter { $0.message == "retrying a call" }
        #expect(retries.map { $0.metadata["retry.attempt"] } == ["2", "3"])
        let span = try #require(tracer.finishedSpans.first)
        #expect(span.events.map(\.name) == ["retry.attempt", "retry.attempt"])
        #expect(span.events.last?.attributes["retry.attempt"]?.toSpanAttribute() == .int64(3))
    }

    @Test func timeoutsAreCountedLoggedAndAddedToTheCallersSpan() async throws {
        let logs = InMemoryLogHandler()
        let tracer = InMemoryTracer()
        let clock = ManualClock()
        let timeout = Timeout(.seconds(1), name: "search", clock: clock, logger: self.debugLogger(logs), tracer: tracer)
        #expect(try await timeout.run { 1 } == 1)
        await #expect(throws: DependencyError.self) { try await timeout.run { throw DependencyError() } }
        _ = await tracer.withSpan("search", context: .topLevel) { _ in
            // The task inherits the span's context.
            let call = Task { try await timeout.run { try await Task.sleep(for: .seconds(3_600)) } }
            // Time moves only here: one second at a time until the call, whose deadline is a second away, is answered.
            for _ in 0..<600 where timeout.metrics.timedOut == 0 {
                await clock.advance(by: .seconds(1))
                await Task.yield()
            }
            await #expect(throws: TimeoutError.self) { try await call.value }
        }
        #expect(timeout.metrics == Timeout.Metrics(successful: 1, failed: 1, timedOut: 1))
        #expect(logs.entries.filter { $0.message == "call timed out" }.count == 1)
        #expect(tracer.finishedSpans.first?.events.map(\.name) == ["timeout.exceeded"])
    }

    @Test func bulkheadRejectionsAreLoggedAndAddedToTheCallersSpan() async throws {
        let logs = InMemoryLogHandler()
        let tracer = InMemoryTracer()
        let clock = ManualClock()
        let bulkhead = try Bulkhead(
            name: "db",
            maxConcurrentCalls: 1,
            maxWaitDuration: .seconds(1),
            clock: clock,
            logger: self.debugLogger(logs),
            tracer: tracer
        )
        let running = await RunningCall.start(in: bulkhead)
        await tracer.withSpan("query", context: .topLevel) { _ in
            let waiting = Task { try await bulkhead.run { 1 } }  // inherits the span's context
            try? await waitUntil { bulkhead.metrics.numberOfWaitingCalls == 1 }
            await clock.advance(by: .seconds(1))
            await #expect(throws: BulkheadFullError.self) { try await waiting.value }
        }
        try await running.finish()
        #expect(logs.entries.filter { $0.message == "bulkhead rejected a call" }.count == 1)
        #expect(tracer.finishedSpans.first?.events.map(\.name) == ["bulkhead.rejected"], "on the waiting caller's span")
    }

    @Test func rateLimiterRejectionsAreLoggedAndAddedToTheCallersSpan() async throws {
        let logs = InMemoryLogHandler()
        let tracer = InMemoryTracer()
        let limiter = try RateLimiter(
            name: "search",
            limitForPeriod: 1,
            refreshPeriod: .seconds(60),
            clock: ManualClock(),
            logger: self.debugLogger(logs),
            tracer: tracer
        )
        try await limiter.run {}
        await tracer.withSpan("search", context: .topLevel) { _ in
            await #expect(throws: RateLimitExceededError.self) { try await limiter.run {} }
        }
        let rejection = try #require(logs.entries.first { $0.message == "rate limiter rejected a call" })
        #expect(rejection.metadata["rate_limiter.name"] == "search")
        let span = try #require(tracer.finishedSpans.first)
        #expect(span.events.map(\.name) == ["rate_limiter.rejected"])
        #expect(span.events.first?.attributes["rate_limiter.retry_after_ms"]?.toSpanAttribute() == .double(60_000))
    }

    @Test func adaptiveLimiterRejectionsAreLoggedAndAddedToTheCallersSpan() async throws {
        let logs = InMemoryLogHandler()
        let tracer = InMemoryTracer()
        var configuration = AdaptiveConcurrencyLimiter.Configuration()
        configuration.minimumLimit = 1
        configuration.initialLimit = 1
        configuration.maximumLimit = 1
        let limiter = try AdaptiveConcurrencyLimiter(
            name: "inventory",
            configuration: configuration,
            clock: ManualClock(),
            logger: self.debugLogger(logs),
            tracer: tracer
        )
        let running = await RunningCall.start(in: limiter)
        await tracer.withSpan("lookup", context: .topLevel) { _ in
            await #expect(throws: ConcurrencyLimitExceededError.self) { try await limiter.run {} }
        }
        try await running.finish()
        #expect(logs.entries.filter { $0.message == "adaptive concurrency limiter rejected a call" }.count == 1)
        let span = try #require(tracer.finishedSpans.first)
        #expect(span.events.map(\.name) == ["adaptive_concurrency_limiter.rejected"])
        #expect(span.events.first?.attributes["adaptive_concurrency_limiter.limit"]?.toSpanAttribute() == .int64(1))
    }

    @Test func blockingBulkheadRejectionsAreLoggedAndAddedToTheCallersSpan() async throws {
        let logs = InMemoryLogHandler()
        let tracer = InMemoryTracer()
        let bulkhead = try BlockingBulkhead(
            name: "disk",
            maxThreads: 1,
            maxQueuedCalls: 0,
            logger: self.debugLogger(logs),
            tracer: tracer
        )
        let gate = ThreadGate()
        let running = Task { try await bulkhead.run { _ = gate.block() } }
        try await waitUntil { bulkhead.metrics.busyThreads == 1 }
        await tracer.withSpan("read", context: .topLevel) { _ in
            await #expect(throws: BulkheadFullError.self) { try await bulkhead.run { 1 } }
        }
        gate.open(count: 1)
        try await running.value
        #expect(logs.entries.filter { $0.message == "blocking bulkhead rejected a call" }.count == 1)
        #expect(tracer.finishedSpans.first?.events.map(\.name) == ["blocking_bulkhead.rejected"])
    }

    @Test func hedgedAttemptsAreLoggedAndAddedToTheCallersSpan() async throws {
        let logs = InMemoryLogHandler()
        let tracer = InMemoryTracer()
        let hedging = try Hedging(
            name: "profiles",
            maxHedgedAttempts: 1,
            delay: .seconds(30),
            logger: self.debugLogger(logs),
            tracer: tracer
        )
        let dependency = FlakyDependency(failures: 1)
        let value: String = try await tracer.withSpan("profile", context: .topLevel) { _ in
            try await hedging.run { try dependency.call() }
        }
        #expect(value == "ok")
        let attempt = try #require(logs.entries.first { $0.message == "hedging started another attempt" })
        #expect(attempt.metadata["hedging.cause"] == "failure")
        #expect(attempt.metadata["hedging.attempt"] == "2")
        #expect(tracer.finishedSpans.first?.events.map(\.name) == ["hedging.attempt"])
    }

    @Test func aTimeoutCountsOnlyItsOwnTimeoutsNotAnInnerOneOfTheSameName() async throws {
        let outer = Timeout(.seconds(60), name: "search")
        let inner = Timeout(.zero, name: "search")
        await #expect(throws: TimeoutError.self) { try await outer.run { try await inner.run { 1 } } }
        #expect(inner.metrics.timedOut == 1)
        #expect(outer.metrics == Timeout.Metrics(successful: 0, failed: 1, timedOut: 0), "the inner timeout's error")
    }
}

@Suite("Policy names and validation")
struct PolicyNameTests {
    @Test func unnamedPoliciesNeverShareAName() throws {
        let retries = try (0..<3).map { _ in try Retry(maxAttempts: 2).name }
        let timeouts = (0..<3).map { _ in Timeout(.seconds(1)).name }
        let hedges = try (0..<3).map { _ in try Hedging(delay: .seconds(1)).name }
        let fallbacks = (0..<3).map { _ in Fallback<Int>.value(0).name }
        for (names, kind) in [(retries, "retry"), (timeouts, "timeout"), (hedges, "hedging"), (fallbacks, "fallback")] {
            #expect(Set(names).count == 3, "\(names)")
            #expect(names.allSatisfy { $0.hasPrefix("\(kind)-") }, "\(names)")
        }
    }

    @Test(arguments: [
        "circuit breaker", "bulkhead", "blocking bulkhead", "rate limiter", "adaptive concurrency limiter", "retry",
        "hedging",
    ])
    func everyPolicyRefusesAnEmptyNameNamingTheField(kind: String) {
        #expect(throws: ConfigurationError(policy: kind, field: "name", value: "\"\"", rule: "must not be empty")) {
            switch kind {
            case "circuit breaker": _ = try CircuitBreaker(name: "", configuration: .init())
            case "bulkhead": _ = try Bulkhead(name: "", maxConcurrentCalls: 1)
            case "blocking bulkhead": _ = try BlockingBulkhead(name: "", maxThreads: 1)
            case "rate limiter": _ = try RateLimiter(name: "", limitForPeriod: 1, refreshPeriod: .seconds(1))
            case "adaptive concurrency limiter": _ = try AdaptiveConcurrencyLimiter(name: "")
            case "retry": _ = try Retry(name: "", maxAttempts: 1)
            default: _ = try Hedging(name: "", delay: .seconds(1))
            }
        }
    }

    @Test func everyPolicyNamesItselfTheFieldTheValueAndTheRule() {
        #expect(
            throws: ConfigurationError(
                policy: "retry \"r\"",
                field: "maxAttempts",
                value: "0",
                rule: "must be at least 1"
            )
        ) {
            try Retry(name: "r", maxAttempts: 0)
        }
        #expect(
            throws: ConfigurationError(
                policy: "retry budget",
                field: "minimumRetriesPerSecond",
                value: "-1",
                rule: "must not be negative"
            )
        ) {
            try RetryBudget(minimumRetriesPerSecond: -1)
        }
        var configuration = CircuitBreaker.Configuration()
        configuration.failureRateThreshold = 1.5
        #expect(
            throws: ConfigurationError(
                policy: "circuit breaker \"b\"",
                field: "failureRateThreshold",
                value: "1.5",
                rule: "must be greater than 0 and at most 1"
            )
        ) {
            try CircuitBreaker(name: "b", configuration: configuration)
        }
    }
}

@Suite("Metrics reporter")
struct MetricsReporterTests {
    @Test func reportsCountsAndCapacityOfEveryPolicyAndForgetsRemovedOnes() async throws {
        let metrics = TestMetrics()
        let registry = ResilienceRegistry()
        let retry = try Retry(name: "payments.retry", maxAttempts: 3, backoff: .constant(.zero))
        let timeout = Timeout(.seconds(5), name: "payments.timeout")
        let bulkhead = try Bulkhead(name: "payments", maxConcurrentCalls: 4)
        let limiter = try RateLimiter(name: "payments", limitForPeriod: 10, refreshPeriod: .seconds(60))
        let adaptive = try AdaptiveConcurrencyLimiter(name: "payments")
        let payments = try registry.register(
            "payments",
            pipeline: ResiliencePipeline {
                retry
                timeout
                bulkhead
                limiter
                adaptive
            }
        )
        let reporter = ResilienceMetricsReporter(registry: registry, metricsFactory: metrics)
        let dependency = FlakyDependency(failures: 1)
        #expect(try await payments.run { try dependency.call() } == "ok")
        #expect(try await payments.run { "again" } == "again")
        reporter.report()

        func retries(_ kind: String) throws -> Int64 {
            try metrics.expectCounter("resilience_retry_calls_total", [("name", "payments.retry"), ("kind", kind)])
                .totalValue
        }
        func timeouts(_ kind: String) throws -> Int64 {
            try metrics.expectCounter("resilience_timeout_calls_total", [("name", "payments.timeout"), ("kind", kind)])
                .totalValue
        }
        func gauge(_ label: String) throws -> Double? {
            try metrics.expectGauge(label, [("name", "payments")]).lastValue
        }
        #expect(try retries("successful_with_retry") == 1 && retries("successful_without_retry") == 1)
        #expect(try timeouts("successful") == 2 && timeouts("failed") == 1 && timeouts("timed_out") == 0)
        #expect(try gauge("resilience_bulkhead_available_concurrent_calls") == 4)
        #expect(try gauge("resilience_bulkhead_max_allowed_concurrent_calls") == 4)
        #expect(try gauge("resilience_ratelimiter_available_permissions") == 7)
        #expect(try gauge("resilience_adaptive_concurrency_limit") == 20)
        #expect(try gauge("resilience_adaptive_concurrency_in_flight") == 0)

        _ = try await payments.run { "third" }
        reporter.report()
        reporter.report()
        #expect(try retries("successful_without_retry") == 2, "counters grow by what happened since the last report")
        #expect(try gauge("resilience_ratelimiter_available_permissions") == 6)

        registry.remove("payments")
        reporter.report()
        #expect(throws: (any Error).self) { try retries("successful_without_retry") }
        #expect(throws: (any Error).self) { try gauge("resilience_bulkhead_available_concurrent_calls") }
    }

    @Test func reportsEveryPointsCallsByOutcomeWithItsKey() async throws {
        let metrics = TestMetrics()
        let registry = ResilienceRegistry()
        let catalog = try registry.register(
            "catalog",
            pipeline: ResiliencePipeline { try Bulkhead(name: "catalog", maxConcurrentCalls: 1) }
        )
        let partners = try registry.registerKeyed("partners", maxInstances: 4) { host in
            try ResiliencePipeline { try CircuitBreaker(name: "partners \(host)") }
        }
        let reporter = ResilienceMetricsReporter(registry: registry, metricsFactory: metrics)
        _ = try await catalog.run { 1 }
        _ = try? await catalog.run { () throws -> Int in throw DependencyError() }
        _ = try? await catalog.run { () throws -> Int in
            throw ClassifiedFailure(DependencyError(), outcome: .contractViolation(reason: "http_422"))
        }
        _ = try await partners.run(key: "a.example") { 1 }
        reporter.report()
        func calls(_ name: String, _ key: String, _ kind: String) throws -> Int64 {
            try metrics.expectCounter(
                "resilience_integration_point_calls_total",
                [("name", name), ("key", key), ("kind", kind)]
            ).totalValue
        }
        #expect(try calls("catalog", "", "successful") == 1 && calls("catalog", "", "failed") == 1)
        #expect(try calls("catalog", "", "contract_violation") == 1 && calls("catalog", "", "rejected") == 0)
        #expect(try calls("partners", "a.example", "successful") == 1)
        _ = try await catalog.run { 2 }
        reporter.report()
        #expect(try calls("catalog", "", "successful") == 2)
        registry.remove("catalog")
        reporter.report()
        #expect(throws: (any Error).self) { try calls("catalog", "", "successful") }
    }

    @Test(.timeLimit(.minutes(1)))
    func runReportsEveryIntervalUntilCancelled() async throws {
        let metrics = TestMetrics()
        let clock = ManualClock()
        let registry = ResilienceRegistry()
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 2)
        try registry.register("db", pipeline: ResiliencePipeline { bulkhead })
        let reporter = ResilienceMetricsReporter(
            registry: registry,
            metricsFactory: metrics,
            interval: .seconds(1),
            clock: clock
        )
        let running = Task { try await reporter.run() }
        try await clock.waitForSleepers()
        let available = try metrics.expectGauge("resilience_bulkhead_available_concurrent_calls", [("name", "db")])
        #expect(available.values == [2])
        try bulkhead.update(maxConcurrentCalls: 5, maxWaitDuration: .zero)
        await clock.advance(by: .seconds(1))
        try await clock.waitForSleepers()
        #expect(available.values == [2, 5])
        running.cancel()
        try await running.value
    }
}
