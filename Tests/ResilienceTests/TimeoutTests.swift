import Resilience
import ResilienceTesting
import Testing

/// A task-local the tests use to check that the caller's task-locals reach the operation.
enum RequestContext {
    @TaskLocal static var requestID: String?
}

extension LoadSensitiveTests {
    @Suite("Timeouts")
    struct TimeoutTests {
        @Test func theResultOfAnOperationThatFinishesInTimeIsReturned() async throws {
            let value = try await withTimeout(.seconds(5)) { 42 }
            #expect(value == 42)
        }

        @Test func anOperationsErrorIsRethrown() async {
            await #expect(throws: DependencyError.self) {
                try await withTimeout(.seconds(5)) { () async throws -> Int in throw DependencyError() }
            }
        }

        @Test func aCooperativeOperationIsCancelledAtTheDeadline() async throws {
            let clock = ManualClock()
            let observedCancellation = Counter()
            let abandoned = AbandonedWork()
            let events = abandoned.events
            let call = Task {
                try await withTimeout(.seconds(1), name: "cooperative", clock: clock, abandonedWork: abandoned) {
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
            #expect(error?.name == "cooperative")
            #expect(error?.timeout == .seconds(1))
            #expect(error?.lateness == .zero)
            for await event in events {
                #expect(event == .finished(name: "cooperative", reason: .timedOut, overdue: .zero))
                break
            }
            #expect(observedCancellation.current == 1)
            #expect(abandoned.numberOfAbandonedOperations == 1)
            #expect(abandoned.numberOfRunningOperations == 0)
        }

        @Test func anOperationThatIgnoresCancellationDoesNotHoldTheCallerHostage() async throws {
            let hostage = Hostage()
            let abandoned = AbandonedWork()
            let events = abandoned.events
            let start = ContinuousClock.now
            await #expect(throws: TimeoutError.self) {
                try await withTimeout(.milliseconds(100), name: "hostage", abandonedWork: abandoned) {
                    await hostage.run()
                }
            }
            let waited = ContinuousClock.now - start
            #expect(waited < .milliseconds(600), "answered before the deadline + 500 ms")
            #expect(abandoned.numberOfRunningOperations == 1, "the operation still runs")
            hostage.release()
            for await event in events {
                guard case .finished(let name, let reason, let overdue) = event else { continue }
                #expect(name == "hostage")
                #expect(reason == .timedOut)
                #expect(overdue >= .zero)
                break
            }
            #expect(abandoned.numberOfRunningOperations == 0)
            #expect(abandoned.numberOfAbandonedOperations == 1)
            #expect(hostage.sawCancellation, "the operation was cancelled at the deadline")
        }

        @Test func anOperationBusyWithoutSuspendingDoesNotHoldTheCallerHostage() async throws {
            let start = ContinuousClock.now
            await #expect(throws: TimeoutError.self) {
                try await withTimeout(.milliseconds(50), abandonedWork: AbandonedWork()) { () -> Int in
                    // Blocks its thread for a second without ever checking for cancellation.
                    var spins = 0
                    while ContinuousClock.now - start < .seconds(1) { spins &+= 1 }
                    return spins
                }
            }
            #expect(ContinuousClock.now - start < .milliseconds(550), "answered before the deadline + 500 ms")
        }

        @Test func cancellingTheCallerCancelsTheOperationAndThrowsCancellationError() async throws {
            let clock = ManualClock()
            let observedCancellation = Counter()
            let call = Task {
                try await withTimeout(.seconds(10), clock: clock, abandonedWork: AbandonedWork()) {
                    do {
                        try await clock.sleep(for: .seconds(60))
                    } catch {
                        observedCancellation.increment()
                        throw error
                    }
                }
            }
            try await clock.waitForSleepers(count: 2)
            call.cancel()
            await #expect(throws: CancellationError.self) { try await call.value }
            try await clock.waitForSleepers(count: 1)  // the operation's sleep ended; only the timer's remains, if any
            #expect(observedCancellation.current == 1)
        }

        @Test func aCallerThatIsAlreadyCancelledDoesNotStartTheOperation() async throws {
            let started = Counter()
            let call = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await withTimeout(.seconds(10), abandonedWork: AbandonedWork()) { started.increment() }
            }
            await #expect(throws: CancellationError.self) { try await call.value }
            #expect(started.current == 0)
        }

        @Test func aTimeoutOfZeroFailsAtOnceWithoutStartingTheOperation() async {
            let started = Counter()
            await #expect(throws: TimeoutError.self) {
                try await withTimeout(.zero, abandonedWork: AbandonedWork()) { started.increment() }
            }
            #expect(started.current == 0)
        }

        @Test func theOperationSeesItsDeadlineAndTheCallersTaskLocals() async throws {
            let clock = ManualClock()
            let (remaining, requestID) = try await RequestContext.$requestID.withValue("req-7") {
                try await withTimeout(.seconds(3), clock: clock) {
                    (Deadline.current?.remaining, RequestContext.requestID)
                }
            }
            #expect(remaining == .seconds(3))
            #expect(requestID == "req-7")
            #expect(Deadline.current == nil, "the deadline is bound only inside the operation")
        }

        @Test func anInnerTimeoutNeverExtendsTheOuterDeadline() async throws {
            let clock = ManualClock()
            let call = Task {
                try await withTimeout(.seconds(1), name: "outer", clock: clock) {
                    try await withTimeout(.seconds(10), name: "inner", clock: clock) {
                        let remaining = Deadline.current?.remaining
                        try await clock.sleep(for: .seconds(60))
                        return remaining
                    }
                }
            }
            try await clock.waitForSleepers(count: 2)
            await clock.advance(by: .seconds(1))
            let error = await #expect(throws: TimeoutError.self) { try await call.value }
            #expect(error?.timeout == .seconds(1))
        }

        @Test func anInnerDeadlineSeesTheEarlierOuterOne() async throws {
            let clock = ManualClock()
            let remaining = try await withTimeout(.seconds(1), clock: clock) {
                try await withTimeout(.seconds(10), clock: clock) { Deadline.current?.remaining }
            }
            #expect(remaining == .seconds(1))
            let inner = try await withTimeout(.seconds(10), clock: clock) {
                try await withTimeout(.seconds(2), clock: clock) { Deadline.current?.remaining }
            }
            #expect(inner == .seconds(2))
        }

        @Test func withDeadlineTakesAnInstant() async throws {
            let clock = ManualClock()
            let call = Task {
                try await withDeadline(clock.now.advanced(by: .seconds(5)), clock: clock) {
                    try await clock.sleep(for: .seconds(60))
                }
            }
            try await clock.waitForSleepers(count: 2)
            await clock.advance(by: .seconds(5))
            let error = await #expect(throws: TimeoutError.self) { try await call.value }
            #expect(error?.name == "withDeadline")
        }

        @Test func aTimeoutPolicyNamesItsErrorsAndCountsItsOwnAbandonedWork() async throws {
            let clock = ManualClock()
            let timeout = Timeout(.seconds(2), name: "payments", clock: clock)
            #expect(try await timeout.run { "fast" } == "fast")
            let hostage = Hostage()
            let events = timeout.abandonedWork.events
            let call = Task { try await timeout.run { await hostage.run() } }
            await hostage.waitUntilRunning()
            try await clock.waitForSleepers(count: 1)
            await clock.advance(by: .seconds(2))
            let error = await #expect(throws: TimeoutError.self) { try await call.value }
            #expect(error?.name == "payments")
            #expect(timeout.abandonedWork.numberOfRunningOperations == 1)
            hostage.release()
            for await _ in events { break }
            #expect(timeout.abandonedWork.numberOfRunningOperations == 0)
        }

        @Test func aTimeoutInsideABreakerCountsAsAFailure() async throws {
            let clock = ManualClock()
            var configuration = CircuitBreaker.Configuration()
            configuration.minimumNumberOfCalls = 1
            configuration.slidingWindow = .countBased(size: 1)
            let breaker = try CircuitBreaker(name: "payments", configuration: configuration, clock: clock)
            let timeout = Timeout(.seconds(1), clock: clock)
            let call = Task {
                try await breaker.run {
                    try await timeout.run { try await clock.sleep(for: .seconds(60)) }
                }
            }
            try await clock.waitForSleepers(count: 2)
            await clock.advance(by: .seconds(1))
            await #expect(throws: TimeoutError.self) { try await call.value }
            #expect(breaker.state == .open)
        }

        @Test func tenThousandConcurrentTimedCallsAreAllAccountedFor() async throws {
            let clock = ManualClock()
            let abandoned = AbandonedWork()
            let hostages = (0..<1_000).map { _ in Hostage() }
            let fast = Counter()
            let timedOut = Counter()
            let other = Counter()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<10_000 {
                    group.addTask {
                        do {
                            _ = try await withTimeout(.seconds(1), clock: clock, abandonedWork: abandoned) {
                                () -> String in
                                switch index % 10 {
                                case 0: return await hostages[index / 10].run()  // ignores cancellation
                                case 1, 2, 3: try await clock.sleep(for: .seconds(5))  // cooperative, too slow
                                default: break  // fast
                                }
                                return "ok"
                            }
                            fast.increment()
                        } catch is TimeoutError {
                            timedOut.increment()
                        } catch {
                            other.increment()
                        }
                    }
                }
                for hostage in hostages { await hostage.waitUntilRunning() }
                try await clock.waitForSleepers(count: 3_000 + 1)  // the cooperative operations and the shared timer
                await clock.advance(by: .seconds(1))
                try await group.waitForAll()
            }
            #expect(fast.current == 6_000)
            #expect(timedOut.current == 4_000)
            #expect(other.current == 0)
            #expect(abandoned.numberOfAbandonedOperations == 4_000)
            let events = abandoned.events
            let stillRunning = abandoned.numberOfRunningOperations
            #expect(stillRunning >= 1_000, "the operations that ignore cancellation are still running")
            for hostage in hostages { hostage.release() }
            for await _ in events where abandoned.numberOfRunningOperations == 0 {
                break
            }
            #expect(abandoned.numberOfRunningOperations == 0)
        }
    }
}
