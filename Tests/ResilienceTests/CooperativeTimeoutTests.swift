import ResilienceTesting
import Testing

@testable import Resilience

extension LoadSensitiveTests {
    @Suite("Cooperative timeouts")
    struct CooperativeTimeoutTests {
        @Test func aCallThatEndsInTimeReturnsItsValueAndLeavesNoTimer() async throws {
            let clock = ManualClock()
            let value = try await withTimeout(.seconds(5), mode: .cooperative, clock: clock) { 42 }
            #expect(value == 42)
            let timeout = Timeout(.seconds(5), mode: .cooperative, name: "lookup", clock: clock)
            #expect(try await timeout.run { "found" } == "found")
            #expect(timeout.metrics == Timeout.Metrics(successful: 1, failed: 0, timedOut: 0))
            // A call that ended in time removed its deadline from the shared timer.
            #expect(DeadlineScheduler.scheduler(for: clock).pendingCount == 0)
        }

        @Test func anOperationsErrorIsRethrown() async {
            await #expect(throws: DependencyError.self) {
                try await withTimeout(.seconds(5), mode: .cooperative) { () async throws -> Int in
                    throw DependencyError()
                }
            }
        }

        @Test func theOperationIsCancelledAtTheDeadlineAndTheCallerAnsweredWhenItReturns() async throws {
            let clock = ManualClock()
            let observedCancellation = Counter()
            let timeout = Timeout(.seconds(1), mode: .cooperative, name: "search", clock: clock)
            let call = Task {
                try await timeout.run {
                    do {
                        try await clock.sleep(for: .seconds(10))
                    } catch {
                        observedCancellation.increment()
                        throw error
                    }
                    return "too late"
                }
            }
            try await clock.waitForSleepers(count: 2)  // the operation and the shared timer
            await clock.advance(by: .milliseconds(999))
            #expect(clock.numberOfSleepers == 2, "nothing fires before the deadline")
            await clock.advance(by: .milliseconds(1))
            let error = await #expect(throws: TimeoutError.self) { try await call.value }
            #expect(error?.name == "search")
            #expect(error?.timeout == .seconds(1))
            #expect(error?.lateness == .zero)
            #expect(observedCancellation.current == 1)
            #expect(timeout.metrics.timedOut == 1)
            // Nothing is abandoned in this mode: the operation ended before the caller was answered.
            #expect(timeout.abandonedWork.numberOfAbandonedOperations == 0)
        }

        @Test func anOperationThatIgnoresCancellationHoldsTheCallerUntilItReturns() async throws {
            let clock = ManualClock()
            let hostage = Hostage()
            let answered = Counter()
            let (cancelled, cancellation) = AsyncStream.makeStream(of: Void.self)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    let error = await #expect(throws: TimeoutError.self) {
                        try await withTimeout(.seconds(1), mode: .cooperative, clock: clock) {
                            await withTaskCancellationHandler {
                                await hostage.run()
                            } onCancel: {
                                cancellation.yield()
                            }
                        }
                    }
                    answered.increment()
                    // Answered when the operation returned, 3 s after the deadline.
                    #expect(error?.lateness == .seconds(3))
                }
                await hostage.waitUntilRunning()
                try await clock.waitForSleepers(count: 1)  // the shared timer
                await clock.advance(by: .seconds(1))
                var signals = cancelled.makeAsyncIterator()
                await signals.next()  // the timer cancelled the operation, which goes on regardless
                await clock.advance(by: .seconds(3))
                #expect(answered.current == 0, "the caller waits for the operation in this mode")
                hostage.release()
                try await group.waitForAll()
            }
            #expect(hostage.sawCancellation)
            #expect(answered.current == 1)
        }

        @Test func cancellingTheCallerCancelsTheOperation() async throws {
            let clock = ManualClock()
            let call = Task {
                try await withTimeout(.seconds(60), mode: .cooperative, clock: clock) {
                    try await clock.sleep(for: .seconds(600))
                }
            }
            try await clock.waitForSleepers(count: 2)
            call.cancel()
            await #expect(throws: CancellationError.self) { try await call.value }
        }

        @Test func theOperationSeesTheEarlierOfItsDeadlineAndAnEnclosingOne() async throws {
            let clock = ManualClock()
            let remaining = try await withTimeout(.seconds(2), clock: clock) {
                try await withTimeout(.seconds(10), mode: .cooperative, clock: clock) {
                    Deadline.current?.remaining
                }
            }
            #expect(remaining == .seconds(2))
            // An enclosing deadline that has passed: nothing starts.
            let scheduler = DeadlineScheduler.scheduler(for: clock)
            let passed = Deadline(scheduler: scheduler, instant: scheduler.timeSource.now())
            let started = Counter()
            let error = await #expect(throws: TimeoutError.self) {
                try await Deadline.$current.withValue(passed) {
                    try await withTimeout(.seconds(10), mode: .cooperative, clock: clock) { started.increment() }
                }
            }
            #expect(error?.timeout == .zero)
            #expect(started.current == 0)
        }

        @Test func aPipelineWarnsWhenACooperativeTimeoutWrapsAClientThatIgnoresCancellation() throws {
            let postgres = PolicyDescription.clientIgnoringCancellation("PostgresNIO")
            let cooperative = ResiliencePipeline { Timeout(.seconds(1), mode: .cooperative, name: "query") }
            let warnings = cooperative.warnings(around: postgres)
            #expect(warnings.count == 1)
            #expect(warnings.first?.policies.map(\.name) == ["query", "PostgresNIO"])
            #expect(warnings.first?.message.contains("cooperative timeout \"query\"") == true)
            #expect(cooperative.warnings.isEmpty, "without the client, nothing is risky")
            let neverHostage = ResiliencePipeline { Timeout(.seconds(1), name: "query") }
            #expect(neverHostage.warnings(around: postgres).isEmpty)
            let honouring = PolicyDescription(name: "AsyncHTTPClient", kind: .other)
            #expect(cooperative.warnings(around: honouring).isEmpty)
        }
    }
}
