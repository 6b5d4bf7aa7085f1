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
