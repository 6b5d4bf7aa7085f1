import Dispatch
import ResilienceTesting
import Testing

@testable import Resilience

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Blocking pool state machine")
struct BlockingPoolStateMachineTests {
    typealias Machine = BlockingPoolStateMachine<String, Int>

    @Test func startsThreadsUpToTheMaximumThenQueuesThenRejects() {
        var machine = Machine(maxThreads: 2, maxQueuedCalls: 1)
        guard case .startThread("a") = machine.submit("a"), case .startThread("b") = machine.submit("b") else {
            Issue.record("two threads start")
            return
        }
        guard case .queued = machine.submit("c") else {
            Issue.record("the third call waits")
            return
        }
        guard case .rejected = machine.submit("d") else {
            Issue.record("the fourth call finds the queue full")
            return
        }
        #expect(machine.numberOfThreads == 2)
        #expect(machine.numberOfBusyThreads == 2)
        #expect(machine.numberOfQueuedCalls == 1)
        #expect(machine.numberOfRejectedCalls == 1)
    }

    @Test func aFinishedThreadTakesTheQueueFirstThenGoesIdle() {
        var machine = Machine(maxThreads: 1, maxQueuedCalls: 5)
        _ = machine.submit("a")
        _ = machine.submit("b")
        _ = machine.submit("c")
        guard case .run("b", on: 1) = machine.threadFinished(1, stuck: false),
            case .run("c", on: 1) = machine.threadFinished(1, stuck: false),
            case .waitForWork = machine.threadFinished(1, stuck: false)
        else {
            Issue.record("the queue is served in order, then the thread idles")
            return
        }
        #expect(machine.numberOfBusyThreads == 0)
        #expect(machine.numberOfIdleThreads == 1)
        guard case .run("d", on: 1) = machine.submit("d") else {
            Issue.record("an idle thread gets the next call")
            return
        }
        #expect(machine.numberOfThreads == 1)
    }

    @Test func theThreadThatWentIdleLastIsUsedFirst() {
        var machine = Machine(maxThreads: 2, maxQueuedCalls: 0)
        _ = machine.submit("a")
        _ = machine.submit("b")
        _ = machine.threadFinished(1, stuck: false)
        _ = machine.threadFinished(2, stuck: false)
        guard case .run(_, on: 2) = machine.submit("c") else {
            Issue.record("the most recently idle thread is reused, so that the other can retire")
            return
        }
    }

    @Test func aStuckThreadStillCountsAgainstTheMaximum() {
        var machine = Machine(maxThreads: 1, maxQueuedCalls: 0)
        _ = machine.submit("hangs")
        machine.callerLeftRunningCall()
        #expect(machine.numberOfStuckThreads == 1)
        guard case .rejected = machine.submit("next") else {
            Issue.record("no thread is free while one is stuck")
            return
        }
        _ = machine.threadFinished(1, stuck: true)
        #expect(machine.numberOfStuckThreads == 0)
        #expect(machine.numberOfBusyThreads == 0)
    }

    @Test func aQueuedCallWhoseCallerLeftLeavesTheQueue() {
        var machine = Machine(maxThreads: 1, maxQueuedCalls: 2)
        _ = machine.submit("a")
        guard case .queued(let b) = machine.submit("b"), case .queued = machine.submit("c") else {
            Issue.record("b and c wait")
            return
        }
        #expect(machine.removeQueued(b) == "b")
        #expect(machine.removeQueued(b) == nil)
        guard case .run("c", on: 1) = machine.threadFinished(1, stuck: false) else {
            Issue.record("c is next")
            return
        }
    }

    @Test func anIdleThreadRetiresUnlessItWasHandedACall() {
        var machine = Machine(maxThreads: 2, maxQueuedCalls: 0)
        _ = machine.submit("a")
        _ = machine.submit("b")
        _ = machine.threadFinished(1, stuck: false)
        _ = machine.threadFinished(2, stuck: false)
        _ = machine.submit("c")  // handed to thread 2
        #expect(machine.keepAliveExpired(2) == false, "thread 2 has work")
        #expect(machine.keepAliveExpired(1) == true)
        #expect(machine.numberOfThreads == 1)
        #expect(machine.numberOfIdleThreads == 0)
    }
}

/// A gate that blocks threads (not tasks) until opened; bounded, so that a failing test cannot hang.
final class ThreadGate: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let entered = DispatchSemaphore(value: 0)

    /// Blocks the calling thread until ``open(count:)``, at most 20 seconds. Returns whether it was opened.
    func block() -> Bool {
        self.entered.signal()
        return self.semaphore.wait(timeout: .now() + 20) == .success
    }

    func open(count: Int) {
        for _ in 0..<count { self.semaphore.signal() }
    }
}

@Suite("Blocking bulkhead")
struct BlockingBulkheadTests {
    @Test func runsTheWorkAndReturnsItsResult() async throws {
        let disk = try BlockingBulkhead(name: "disk", maxThreads: 2)
        #expect(try await disk.run { 6 * 7 } == 42)
        await #expect(throws: DependencyError.self) {
            try await disk.run { throw DependencyError() }
        }
        #expect(disk.metrics.busyThreads == 0)
        #expect(disk.metrics.numberOfThreads == 1, "the thread is kept for the next call")
    }

    @Test(.enabled(if: isLinux)) func theWorkRunsOnAThreadOfTheBulkhead() async throws {
        let disk = try BlockingBulkhead(name: "disk", maxThreads: 1)
        let name = try await disk.run { () -> String in
            // The kernel's name of the calling thread.
            guard let file = fopen("/proc/thread-self/comm", "r") else { return "" }
            defer { fclose(file) }
            var buffer = [CChar](repeating: 0, count: 64)
            guard fgets(&buffer, Int32(buffer.count), file) != nil else { return "" }
            return String(decoding: buffer.prefix { $0 != 0 && $0 != 10 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        #expect(name == "bulkhead-disk")
    }

    @Test func rejectsWhenEveryThreadIsBusyAndTheQueueIsFull() async throws {
        let disk = try BlockingBulkhead(name: "disk", maxThreads: 1, maxQueuedCalls: 1)
        let gate = ThreadGate()
        let first = Task { try await disk.run { gate.block() } }
        try await waitUntil { disk.metrics.busyThreads == 1 }
        let second = Task { try await disk.run { gate.block() } }
        try await waitUntil { disk.metrics.queuedCalls == 1 }
        let error = await #expect(throws: BulkheadFullError.self) { try await disk.run { true } }
        #expect(error?.name == "disk")
        #expect(disk.metrics.numberOfRejectedCalls == 1)
        gate.open(count: 2)
        #expect(try await first.value)
        #expect(try await second.value)
    }

    @Test func aTimedOutCallFreesItsCallerAndItsThreadIsStuckUntilItReturns() async throws {
        let clock = ManualClock()
        let abandoned = AbandonedWork()
        let events = abandoned.events
        let disk = try BlockingBulkhead(name: "disk", maxThreads: 1, clock: clock, abandonedWork: abandoned)
        let gate = ThreadGate()
        let call = Task { try await disk.run(timeout: .seconds(2)) { gate.block() } }
        try await waitUntil { disk.metrics.busyThreads == 1 }
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(2))
        let error = await #expect(throws: TimeoutError.self) { try await call.value }
        #expect(error?.name == "disk")
        #expect(error?.timeout == .seconds(2))
        #expect(disk.metrics.stuckThreads == 1)
        #expect(disk.metrics.busyThreads == 1)
        #expect(abandoned.numberOfRunningOperations == 1)

        gate.open(count: 1)
        for await event in events {
            guard case .finished(let name, let reason, _) = event else { continue }
            #expect(name == "disk")
            #expect(reason == .timedOut)
            break
        }
        #expect(disk.metrics.stuckThreads == 0)
        #expect(abandoned.numberOfRunningOperations == 0)
        #expect(try await disk.run { 1 } == 1, "the thread is free again")
    }

    @Test func aQueuedCallWhoseDeadlinePassesLeavesTheQueue() async throws {
        let clock = ManualClock()
        let disk = try BlockingBulkhead(name: "disk", maxThreads: 1, clock: clock)
        let gate = ThreadGate()
        let first = Task { try await disk.run { gate.block() } }
        try await waitUntil { disk.metrics.busyThreads == 1 }
        let queued = Task { try await disk.run(timeout: .seconds(1)) { Issue.record("must not run") } }
        try await waitUntil { disk.metrics.queuedCalls == 1 }
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        await #expect(throws: TimeoutError.self) { try await queued.value }
        #expect(disk.metrics.queuedCalls == 0)
        #expect(disk.metrics.stuckThreads == 0, "it never ran")
        gate.open(count: 1)
        #expect(try await first.value)
    }

    @Test func theCurrentDeadlineBoundsTheCall() async throws {
        let clock = ManualClock()
        let disk = try BlockingBulkhead(name: "disk", maxThreads: 1)
        let gate = ThreadGate()
        let call = Task {
            try await withTimeout(.seconds(1), clock: clock) {
                try await disk.run { gate.block() }
            }
        }
        try await waitUntil { disk.metrics.busyThreads == 1 }
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        await #expect(throws: TimeoutError.self) { try await call.value }
        // The blocking bulkhead's own timer fires at the same deadline.
        try await waitUntil { disk.metrics.stuckThreads == 1 }
        gate.open(count: 1)
        try await waitUntil { disk.metrics.busyThreads == 0 }
    }

    @Test func aCancelledCallerIsAnsweredAtOnce() async throws {
        let disk = try BlockingBulkhead(name: "disk", maxThreads: 1, abandonedWork: AbandonedWork())
        let gate = ThreadGate()
        let call = Task { try await disk.run { gate.block() } }
        try await waitUntil { disk.metrics.busyThreads == 1 }
        call.cancel()
        await #expect(throws: CancellationError.self) { try await call.value }
        #expect(disk.metrics.stuckThreads == 1)
        gate.open(count: 1)
        try await waitUntil { disk.metrics.stuckThreads == 0 }
    }

    @Test func aBulkheadAroundAStuckCallKeepsItsPermitUntilTheCallReturns() async throws {
        let clock = ManualClock()
        let abandoned = AbandonedWork()
        let events = abandoned.events
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1)
        let disk = try BlockingBulkhead(name: "disk", maxThreads: 1, clock: clock, abandonedWork: abandoned)
        let gate = ThreadGate()
        let call = Task { try await bulkhead.run { try await disk.run(timeout: .seconds(1)) { gate.block() } } }
        try await waitUntil { disk.metrics.busyThreads == 1 }
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        await #expect(throws: TimeoutError.self) { try await call.value }
        #expect(bulkhead.metrics.permitsHeldByAbandonedWork == 1)
        gate.open(count: 1)
        await events.nextFinished()
        #expect(bulkhead.metrics.concurrentCallsInUse == 0)
    }

    @Test(arguments: [
        (0, 0, Duration.seconds(1), "maxThreads"),
        (5_000, 0, Duration.seconds(1), "maxThreads"),
        (1, -1, Duration.seconds(1), "maxQueuedCalls"),
        (1, 0, Duration.zero, "threadKeepAlive"),
    ])
    func invalidSettingsAreRejectedWithTheirName(threads: Int, queue: Int, keepAlive: Duration, field: String) {
        #expect {
            _ = try BlockingBulkhead(name: "x", maxThreads: threads, maxQueuedCalls: queue, threadKeepAlive: keepAlive)
        } throws: { error in
            (error as? ConfigurationError)?.field == field
        }
    }
}

extension LoadSensitiveTests {
    @Suite("Blocking bulkhead isolation")
    struct BlockingBulkheadIsolationTests {
        /// 50 calls that block their threads for seconds run beside async work, which finishes as if they were not
        /// there. Made on the cooperative pool (2 threads here), the same calls would stop it for the whole time.
        @Test func fiftyHangingCallsDoNotSlowAsyncWork() async throws {
            let disk = try BlockingBulkhead(name: "hung-disk", maxThreads: 50, maxQueuedCalls: 0)
            let gate = ThreadGate()
            let hanging = (0..<50).map { _ in Task { try await disk.run { gate.block() } } }
            try await waitUntil { disk.metrics.busyThreads == 50 }

            let start = ContinuousClock.now
            // Async work: 1,000 tasks that each suspend 10 times, and 10 timer sleeps of 10 ms one after another.
            let total = await withTaskGroup(of: Int.self) { group in
                for index in 0..<1_000 {
                    group.addTask {
                        for _ in 0..<10 { await Task.yield() }
                        return index
                    }
                }
                group.addTask {
                    for _ in 0..<10 { try? await Task.sleep(for: .milliseconds(10)) }
                    return 0
                }
                return await group.reduce(0, +)
            }
            let elapsed = ContinuousClock.now - start
            #expect(total == (0..<1_000).reduce(0, +))
            #expect(elapsed < .seconds(3), "async work took \(elapsed) beside 50 hanging calls")
            #expect(disk.metrics.busyThreads == 50, "the calls were still hanging meanwhile")

            gate.open(count: 50)
            for call in hanging {
                #expect(try await call.value, "every call returned its own result")
            }
            #expect(disk.metrics.busyThreads == 0)
        }

        @Test func idleThreadsRetireAfterTheirKeepAlive() async throws {
            let disk = try BlockingBulkhead(name: "disk", maxThreads: 4, threadKeepAlive: .milliseconds(50))
            // Read while the call runs: after it returns, a slow machine (ThreadSanitizer) may already have retired
            // the thread.
            let threadsDuringTheCall = try await disk.run { disk.metrics.numberOfThreads }
            #expect(threadsDuringTheCall >= 1)
            try await waitUntil { disk.metrics.numberOfThreads == 0 }
            #expect(try await disk.run { 5 } == 5, "a new thread starts for the next call")
        }
    }
}

#if os(Linux)
let isLinux = true
#else
let isLinux = false
#endif
