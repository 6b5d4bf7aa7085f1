import ResilienceTesting
import Testing

@testable import Resilience

@Suite("Bulkhead")
struct BulkheadTests {
    @Test func runsTheOperationAndGivesThePermitBack() async throws {
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 2)
        let value = try await bulkhead.run { 42 }
        #expect(value == 42)
        #expect(bulkhead.metrics.availableConcurrentCalls == 2)
        await #expect(throws: DependencyError.self) {
            try await bulkhead.run { throw DependencyError() }
        }
        #expect(bulkhead.metrics.concurrentCallsInUse == 0)
    }

    @Test func rejectsAtOnceWhenFullAndTheWaitIsZero() async throws {
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1)
        let holder = await RunningCall.start(in: bulkhead)
        #expect(bulkhead.metrics.availableConcurrentCalls == 0)
        let error = await #expect(throws: BulkheadFullError.self) {
            try await bulkhead.run { Issue.record("must not run") }
        }
        #expect(error == BulkheadFullError(name: "db", maxConcurrentCalls: 1, maxWaitDuration: .zero))
        #expect(bulkhead.metrics.numberOfRejectedCalls == 1)
        try await holder.finish()
        #expect(bulkhead.metrics.availableConcurrentCalls == 1)
    }

    @Test func waitersAreServedInOrderOfArrival() async throws {
        let clock = ManualClock()
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1, maxWaitDuration: .seconds(10), clock: clock)
        let holder = await RunningCall.start(in: bulkhead)
        let order = LockedValue<[Int]>([])
        var waiters: [Task<Void, any Error>] = []
        for index in 0..<5 {
            waiters.append(Task { try await bulkhead.run { order.withLock { $0.append(index) } } })
            // Each waiter is in the queue before the next one starts.
            try await waitUntil { bulkhead.metrics.numberOfWaitingCalls == index + 1 }
        }
        try await holder.finish()
        for waiter in waiters { try await waiter.value }
        #expect(order.withLock { $0 } == [0, 1, 2, 3, 4])
        #expect(bulkhead.metrics.concurrentCallsInUse == 0)
    }

    @Test func aWaiterIsRejectedWhenItsMaximumWaitPasses() async throws {
        let clock = ManualClock()
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1, maxWaitDuration: .seconds(2), clock: clock)
        let holder = await RunningCall.start(in: bulkhead)
        let waiter = Task { try await bulkhead.run { Issue.record("must not run") } }
        try await waitUntil { bulkhead.metrics.numberOfWaitingCalls == 1 }
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        #expect(bulkhead.metrics.numberOfWaitingCalls == 1, "still within its wait")
        await clock.advance(by: .seconds(1))
        await #expect(throws: BulkheadFullError.self) { try await waiter.value }
        #expect(bulkhead.metrics.numberOfWaitingCalls == 0)
        #expect(bulkhead.metrics.numberOfRejectedCalls == 1)
        try await holder.finish()
        #expect(bulkhead.metrics.availableConcurrentCalls == 1)
    }

    @Test func aCancelledWaiterLeavesAtOnceAndTakesNoPermit() async throws {
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1, maxWaitDuration: .seconds(60))
        let holder = await RunningCall.start(in: bulkhead)
        let waiter = Task { try await bulkhead.run { Issue.record("must not run") } }
        try await waitUntil { bulkhead.metrics.numberOfWaitingCalls == 1 }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(bulkhead.metrics.numberOfWaitingCalls == 0)
        #expect(bulkhead.metrics.numberOfRejectedCalls == 0)
        try await holder.finish()
        #expect(bulkhead.metrics.availableConcurrentCalls == 1, "the cancelled waiter leaked no permit")
    }

    @Test func anAlreadyCancelledCallerDoesNotWait() async throws {
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1, maxWaitDuration: .seconds(60))
        let holder = await RunningCall.start(in: bulkhead)
        let waiter = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await bulkhead.run { Issue.record("must not run") }
        }
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(bulkhead.metrics.numberOfWaitingCalls == 0)
        try await holder.finish()
    }

    @Test func aTimedOutOperationThatKeepsRunningKeepsItsPermit() async throws {
        let clock = ManualClock()
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1)
        let abandoned = AbandonedWork()
        let events = abandoned.events
        let hostage = Hostage()
        let call = Task {
            try await bulkhead.run {
                try await withTimeout(.seconds(1), clock: clock, abandonedWork: abandoned) { await hostage.run() }
            }
        }
        await hostage.waitUntilRunning()
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        await #expect(throws: TimeoutError.self) { try await call.value }

        #expect(bulkhead.metrics.concurrentCallsInUse == 1, "the abandoned operation still holds the permit")
        #expect(bulkhead.metrics.permitsHeldByAbandonedWork == 1)
        await #expect(throws: BulkheadFullError.self) { try await bulkhead.run {} }

        hostage.release()
        await events.nextFinished()
        #expect(bulkhead.metrics.concurrentCallsInUse == 0, "released when the operation really ended")
        #expect(bulkhead.metrics.permitsHeldByAbandonedWork == 0)
        try await bulkhead.run {}
    }

    @Test func aCallThatSucceedsAfterAbandoningAnAttemptKeepsItsPermitForThatAttempt() async throws {
        let clock = ManualClock()
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1)
        let abandoned = AbandonedWork()
        let events = abandoned.events
        let hostage = Hostage()
        let call = Task {
            try await bulkhead.run {
                // A first attempt times out and is abandoned; the second succeeds.
                _ = try? await withTimeout(.seconds(1), clock: clock, abandonedWork: abandoned) { await hostage.run() }
                return 7
            }
        }
        await hostage.waitUntilRunning()
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        #expect(try await call.value == 7)
        #expect(bulkhead.metrics.permitsHeldByAbandonedWork == 1)
        hostage.release()
        await events.nextFinished()
        #expect(bulkhead.metrics.concurrentCallsInUse == 0)
    }

    @Test func workAbandonedBeforeTheCallDoesNotHoldItsPermit() async throws {
        let clock = ManualClock()
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1)
        let hostage = Hostage()
        let abandoned = AbandonedWork()
        let timedOut = Task {
            try await withTimeout(.seconds(1), clock: clock, abandonedWork: abandoned) { await hostage.run() }
        }
        await hostage.waitUntilRunning()
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        await #expect(throws: TimeoutError.self) { try await timedOut.value }
        #expect(abandoned.numberOfRunningOperations == 1)

        try await bulkhead.run {}
        #expect(bulkhead.metrics.concurrentCallsInUse == 0, "that work belongs to no call of this bulkhead")
        hostage.release()
    }

    @Test func aTimeoutOutsideTheBulkheadKeepsThePermitWithTheOperation() async throws {
        let clock = ManualClock()
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1)
        let abandoned = AbandonedWork()
        let events = abandoned.events
        let hostage = Hostage()
        let call = Task {
            try await withTimeout(.seconds(1), clock: clock, abandonedWork: abandoned) {
                try await bulkhead.run { await hostage.run() }
            }
        }
        await hostage.waitUntilRunning()
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        await #expect(throws: TimeoutError.self) { try await call.value }
        #expect(bulkhead.metrics.concurrentCallsInUse == 1)
        #expect(bulkhead.metrics.permitsHeldByAbandonedWork == 0, "the call itself still runs")
        hostage.release()
        await events.nextFinished()
        #expect(bulkhead.metrics.concurrentCallsInUse == 0)
    }

    @Test(arguments: [
        (0, Duration.zero, "maxConcurrentCalls"),
        (-1, Duration.zero, "maxConcurrentCalls"),
        (1, Duration.milliseconds(-1), "maxWaitDuration"),
    ])
    func invalidSettingsAreRejectedWithTheirName(maxConcurrentCalls: Int, maxWait: Duration, field: String) {
        #expect {
            _ = try Bulkhead(name: "db", maxConcurrentCalls: maxConcurrentCalls, maxWaitDuration: maxWait)
        } throws: { error in
            (error as? ConfigurationError)?.field == field
        }
        #expect(throws: ConfigurationError.self) { _ = try Bulkhead(name: "", maxConcurrentCalls: 1) }
    }
}

/// Suspends until `condition` holds, yielding between checks; fails after about 10 seconds.
func waitUntil(
    _ condition: () -> Bool,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let start = ContinuousClock.now
    while !condition() {
        if ContinuousClock.now - start > .seconds(10) {
            Issue.record("condition not reached in 10 seconds", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        await Task.yield()
    }
}

/// A call that holds one permit of a bulkhead until it is told to finish.
struct RunningCall {
    private let gate: Gate
    private let task: Task<Void, any Error>

    /// Starts a call in `bulkhead` (or another policy that admits calls) and returns once it runs.
    static func start(in bulkhead: some CallerTaskResiliencePolicy) async -> RunningCall {
        let gate = Gate()
        let entered = Gate()
        let task = Task {
            try await bulkhead.run {
                entered.open()
                await gate.wait()
            }
        }
        await entered.wait()
        return RunningCall(gate: gate, task: task)
    }

    /// Lets the call return, and waits until it has.
    func finish() async throws {
        self.gate.open()
        try await self.task.value
    }
}
