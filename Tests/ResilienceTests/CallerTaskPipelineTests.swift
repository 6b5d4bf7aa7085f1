import Resilience
import Testing

@Suite("Caller-task pipelines")
struct CallerTaskPipelineTests {
    /// A non-`Sendable` value, as a framework's `next` closure captures.
    final class Counter {
        var calls = 0
    }

    @Test func aPipelineOfCallerTaskPoliciesRunsANonEscapingClosureThroughEveryPolicy() async throws {
        let breaker = try CircuitBreaker(name: "caller-task", configuration: CircuitBreaker.Configuration())
        let bulkhead = try Bulkhead(name: "caller-task", maxConcurrentCalls: 1)
        let pipeline = ResiliencePipeline {
            breaker
            bulkhead
        }
        let counter = Counter()
        func next() async throws -> Int {
            counter.calls += 1
            #expect(bulkhead.metrics.availableConcurrentCalls == 0, "inside the bulkhead")
            return counter.calls
        }
        // As a caller-task policy (as a framework adapter holds it); `pipeline.run` itself prefers its `Sendable` form.
        func runOnCallerTask<Policy: CallerTaskResiliencePolicy>(_ policy: Policy) async throws -> Int {
            try await policy.run { try await next() }
        }
        let value = try await runOnCallerTask(pipeline)
        #expect(value == 1 && counter.calls == 1)
        #expect(breaker.metrics.numberOfSuccessfulCalls == 1)
        #expect(bulkhead.metrics.availableConcurrentCalls == 1, "the permit is back")
    }

    @Test func anIntegrationPointCountsCallerTaskCallsLikeOthers() async throws {
        let registry = ResilienceRegistry()
        let point = try registry.register(
            "caller-task",
            pipeline: ResiliencePipeline {
                try Retry(name: "caller-task.retry", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
                try CircuitBreaker(name: "caller-task")
            }
        )
        let counter = Counter()
        struct Refused: Error {}
        await #expect(throws: Refused.self) {
            try await point.runOnCallerTask { () throws(Refused) -> Int in
                counter.calls += 1
                throw Refused()
            }
        }
        #expect(counter.calls == 2, "retried on the caller's task")
        let answer = try await point.runOnCallerTask { () async -> String in "ok" }
        #expect(answer == "ok")
        let statistics = point.statistics
        #expect(statistics.failedCalls == 1 && statistics.successfulCalls == 1)
        await #expect(throws: ClassifiedFailure.self) {
            try await point.runOnCallerTask { () throws -> Int in
                throw ClassifiedFailure(Refused(), outcome: .contractViolation(reason: "http_422"))
            }
        }
        #expect(point.statistics.contractViolations == 1 && counter.calls == 2)
    }
}
