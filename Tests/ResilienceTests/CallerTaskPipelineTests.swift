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

    /// A caller-task policy that counts which of its two entries a pipeline called: `run` (the nested calls a pipeline
    /// of caller-task policies makes) or `execute` (the general path, which hands each layer an operation value).
    final class Tally: CallerTaskResiliencePolicy {
        // The module's shared counter; `Counter` in this suite is the non-`Sendable` one above.
        let runs = ResilienceTests.Counter()
        let executes = ResilienceTests.Counter()

        func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
            self.runs.increment()
            return try await operation()
        }

        func execute<Operation: ResilienceOperation>(_ operation: Operation) async throws -> Operation.Output {
            self.executes.increment()
            return try await operation.run()
        }
    }

    @Test func aCallerTaskPipelinesSendableRunNestsTheRunsAsWrittenByHand() async throws {
        let outer = Tally()
        let inner = Tally()
        let pipeline = ResiliencePipeline {
            outer
            inner
        }
        #expect(try await pipeline.run { @Sendable in 41 + 1 } == 42)
        let point = try ResilienceRegistry().register("tally", pipeline: pipeline)
        #expect(try await point.run { @Sendable in "ok" } == "ok")
        #expect(outer.runs.current == 2 && inner.runs.current == 2, "each layer's run, from the pipeline and the point")
        #expect(outer.executes.current == 0 && inner.executes.current == 0, "no operation values handed down")
        #expect(point.statistics.successfulCalls == 1)
        // A pipeline that is not all caller-task policies keeps the general path.
        let timed = ResiliencePipeline {
            outer
            Timeout(.seconds(30))
        }
        #expect(try await timed.run { @Sendable in 7 } == 7)
        #expect(outer.executes.current == 1 && outer.runs.current == 2)
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
