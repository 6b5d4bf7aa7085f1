import InMemoryLogging
import InMemoryTracing
import Logging
import MetricsTestKit
import ResilienceTesting
import Testing
import Tracing

@testable import Resilience

@Suite("Circuit breaker instrumentation")
struct CircuitBreakerInstrumentationTests {
    private func makeBreaker(
        metrics: TestMetrics = TestMetrics(),
        tracer: (any Tracer)? = nil,
        logs: InMemoryLogHandler = InMemoryLogHandler(),
        clock: ManualClock = ManualClock(),
        failureRateThreshold: Double = 0.5
    ) throws -> CircuitBreaker {
        var configuration = CircuitBreaker.Configuration()
        configuration.failureRateThreshold = failureRateThreshold
        configuration.slidingWindow = .countBased(size: 10)
        configuration.minimumNumberOfCalls = 4
        configuration.slowCallDurationThreshold = .seconds(1)
        var logger = Logger(label: "test", factory: { _ in logs })
        logger.logLevel = .debug
        return try CircuitBreaker(
            name: "payments",
            configuration: configuration,
            clock: clock,
            logger: logger,
            metricsFactory: metrics,
            tracer: tracer
        )
    }

    private func stateGauge(_ metrics: TestMetrics, _ state: CircuitBreaker.State) throws -> Double? {
        try metrics.expectGauge("resilience_circuitbreaker_state", [("name", "payments"), ("state", state.rawValue)])
            .lastValue
    }

    @Test func stateGaugesShowTheCurrentStateOnly() throws {
        let metrics = TestMetrics()
        let breaker = try self.makeBreaker(metrics: metrics)
        #expect(try self.stateGauge(metrics, .closed) == 1)
        #expect(try self.stateGauge(metrics, .open) == 0)
        breaker.transition(to: .forcedOpen)
        #expect(try self.stateGauge(metrics, .closed) == 0)
        #expect(try self.stateGauge(metrics, .forcedOpen) == 1)
        for state in CircuitBreaker.State.allCases where state != .forcedOpen {
            #expect(try self.stateGauge(metrics, state) == 0, "\(state)")
        }
    }

    @Test func callsAreTimedByKindAndTheWindowIsReported() async throws {
        let metrics = TestMetrics()
        let clock = ManualClock()
        let breaker = try self.makeBreaker(metrics: metrics, clock: clock)
        _ = try await breaker.run {
            await clock.advance(by: .seconds(2))
            return 1
        }
        _ = try? await breaker.run { throw DependencyError() }
        _ = try? await breaker.run { throw CancellationError() }
        _ = try? await breaker.run { throw DependencyError() }

        // TestMetrics has no floating-point counters: swift-metrics gives it whole seconds, rounded as they add up.
        func calls(_ kind: String) throws -> (count: Int64, seconds: Int64) {
            let dimensions = [("name", "payments"), ("kind", kind)]
            return (
                try metrics.expectCounter("resilience_circuitbreaker_calls_seconds_count", dimensions).totalValue,
                try metrics.expectCounter("resilience_circuitbreaker_calls_seconds_sum", dimensions).totalValue
            )
        }
        #expect(try calls("successful") == (1, 2))
        #expect(try calls("failed") == (2, 0))
        #expect(try calls("ignored") == (1, 0))
        let named = [("name", "payments")]
        #expect(try metrics.expectGauge("resilience_circuitbreaker_failure_rate", named).lastValue == -1, "3 < 4 calls")
        _ = try await breaker.run { 1 }
        #expect(try metrics.expectGauge("resilience_circuitbreaker_failure_rate", named).lastValue == 0.5)
        #expect(try metrics.expectGauge("resilience_circuitbreaker_slow_call_rate", named).lastValue == 0.25)
        let slow = try metrics.expectGauge(
            "resilience_circuitbreaker_slow_calls",
            [("name", "payments"), ("kind", "successful")]
        )
        #expect(slow.lastValue == 1)
    }

    @Test func theWindowsGaugesAreWrittenAtMostEvery100Milliseconds() async throws {
        let metrics = TestMetrics()
        let clock = ManualClock()
        let breaker = try self.makeBreaker(metrics: metrics, clock: clock, failureRateThreshold: 1)
        let failureRate = try metrics.expectGauge("resilience_circuitbreaker_failure_rate", [("name", "payments")])
        for _ in 0..<2 {
            _ = try? await breaker.run { throw DependencyError() }
            _ = try await breaker.run { 1 }
        }
        #expect(failureRate.values == [-1], "written by the first call, then not for 100 ms")
        #expect(
            try metrics.expectCounter(
                "resilience_circuitbreaker_calls_seconds_count",
                [("name", "payments"), ("kind", "successful")]
            ).totalValue == 2,
            "every call is counted"
        )
        await clock.advance(by: .milliseconds(100))
        _ = try await breaker.run { 1 }
        #expect(failureRate.values == [-1, 0.4])
        breaker.transition(to: .forcedOpen)
        #expect(failureRate.lastValue == -1, "a transition empties the window and writes the gauges at once")
    }

    @Test func rejectionsAreCountedLoggedAndAddedToTheCallersSpan() async throws {
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let logs = InMemoryLogHandler()
        let breaker = try self.makeBreaker(metrics: metrics, tracer: tracer, logs: logs)
        breaker.transition(to: .forcedOpen)
        await tracer.withSpan("checkout", context: .topLevel) { _ in
            _ = try? await breaker.run { 1 }
        }
        _ = try? await breaker.run { 1 }  // no span: counted and logged all the same

        let counter = try metrics.expectCounter(
            "resilience_circuitbreaker_not_permitted_calls_total",
            [("name", "payments")]
        )
        #expect(counter.totalValue == 2)
        let rejections = logs.entries.filter { $0.message == "circuit breaker rejected a call" }
        #expect(rejections.count == 2 && rejections.allSatisfy { $0.level == .debug })
        #expect(rejections.first?.metadata["circuit_breaker.state"] == "forced_open")
        let span = try #require(tracer.finishedSpans.first { $0.operationName == "checkout" })
        #expect(span.events.map(\.name) == ["circuit_breaker.rejected"])
        #expect(span.events.first?.attributes["circuit_breaker.name"]?.toSpanAttribute() == .string("payments"))
    }

    @Test func aTransitionIsAddedToTheSpanOfTheCallThatCausedIt() async throws {
        let tracer = InMemoryTracer()
        let breaker = try self.makeBreaker(tracer: tracer)
        await tracer.withSpan("checkout", context: .topLevel) { _ in
            for _ in 0..<4 { _ = try? await breaker.run { throw DependencyError() } }
        }
        #expect(breaker.state == .open)
        let span = try #require(tracer.finishedSpans.first)
        let change = try #require(span.events.first { $0.name == "circuit_breaker.state_change" })
        #expect(change.attributes["circuit_breaker.from"]?.toSpanAttribute() == .string("closed"))
        #expect(change.attributes["circuit_breaker.to"]?.toSpanAttribute() == .string("open"))
        #expect(
            change.attributes["circuit_breaker.reason"]?.toSpanAttribute() == .string("failure_rate_threshold_exceeded")
        )
    }

    @Test func withoutATracerNothingIsTraced() async throws {
        let tracer = InMemoryTracer()
        let breaker = try self.makeBreaker(tracer: nil)
        breaker.transition(to: .forcedOpen)
        await tracer.withSpan("checkout", context: .topLevel) { _ in
            _ = try? await breaker.run { 1 }
        }
        #expect(tracer.finishedSpans.first?.events.isEmpty == true)
    }
}
