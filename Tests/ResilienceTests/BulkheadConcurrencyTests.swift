import ResilienceTestSupport
import Synchronization
import Testing

@testable import Resilience

extension LoadSensitiveTests {
    @Suite("Bulkhead under concurrency")
    struct BulkheadConcurrencyTests {
        /// 2,000 tasks with random errors, random cancellations, waits and rejections: every permit comes back, no more
        /// than the maximum ever run at once, and every call is accounted for exactly once.
        @Test(arguments: [(maxWait: Duration.seconds(30), seed: UInt64(1)), (maxWait: .zero, seed: 2)])
        func everyPermitComesBackAfterAFloodOfCalls(maxWait: Duration, seed: UInt64) async throws {
            let maximum = 8
            let bulkhead = try Bulkhead(name: "flood", maxConcurrentCalls: maximum, maxWaitDuration: maxWait)
            let gauge = ConcurrencyGauge()
            var random = SeededGenerator(state: seed)
            enum Result: Hashable { case success, failure, cancelled, rejected }

            let results = await withTaskGroup(of: Result.self) { group in
                var tasks: [Task<Result, Never>] = []
                for index in 0..<2_000 {
                    let fails = Int.random(in: 0..<4, using: &random) == 0
                    let yields = Int.random(in: 0...5, using: &random)
                    let task = Task {
                        do {
                            try await bulkhead.run {
                                gauge.enter()
                                defer { gauge.leave() }
                                for _ in 0..<yields { await Task.yield() }
                                if fails { throw DependencyError() }
                            }
                            return Result.success
                        } catch is DependencyError {
                            return .failure
                        } catch is CancellationError {
                            return .cancelled
                        } catch is BulkheadFullError {
                            return .rejected
                        } catch {
                            Issue.record("unexpected \(error)")
                            return .failure
                        }
                    }
                    tasks.append(task)
                    group.addTask { await task.value }
                    // Cancel a random earlier task now and then: it may be waiting, running or done.
                    if index % 7 == 0, let victim = tasks.randomElement(using: &random) {
                        victim.cancel()
                    }
                }
                var counts: [Result: Int] = [:]
                for await result in group { counts[result, default: 0] += 1 }
                return counts
            }

            let metrics = bulkhead.metrics
            #expect(results.values.reduce(0, +) == 2_000)
            #expect(gauge.mostRunning <= maximum)
            #expect(metrics.concurrentCallsInUse == 0, "every permit came back")
            #expect(metrics.availableConcurrentCalls == maximum)
            #expect(metrics.numberOfWaitingCalls == 0)
            #expect(metrics.numberOfRejectedCalls == results[.rejected, default: 0])
            #expect(results[.success, default: 0] > 0)
            if maxWait > .zero {
                #expect(results[.rejected, default: 0] == 0, "nobody waits 30 seconds here")
                #expect(results[.cancelled, default: 0] > 0, "waiters were cancelled")
            }
        }

        /// Three tasks take and return permits without the lock (two permits for three) while a fourth closes the gate
        /// again and again: it reads the metrics and resizes the bulkhead to the same size. Not one permit is lost or
        /// made up, never more than two calls run, and the bulkhead counts exactly the rejections its callers saw.
        @Test func permitsTakenWithoutTheLockRaceItsHolder() async throws {
            let bulkhead = try Bulkhead(name: "race", maxConcurrentCalls: 2)
            let gauge = ConcurrencyGauge()
            let callsPerTask = 10_000
            let rejected = await withTaskGroup(of: Int.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        var rejected = 0
                        for _ in 0..<callsPerTask {
                            do {
                                try await bulkhead.run {
                                    gauge.enter()
                                    gauge.leave()
                                }
                            } catch {
                                rejected += 1
                            }
                        }
                        return rejected
                    }
                }
                group.addTask {
                    var lockHolds = 0
                    while gauge.mostRunning == 0 || lockHolds < 2_000 {
                        let metrics = bulkhead.metrics
                        #expect(metrics.concurrentCallsInUse >= 0 && metrics.concurrentCallsInUse <= 2)
                        try? bulkhead.update(maxConcurrentCalls: 2, maxWaitDuration: .zero)
                        lockHolds += 1
                        await Task.yield()
                    }
                    return 0
                }
                return await group.reduce(0, +)
            }
            let metrics = bulkhead.metrics
            #expect(metrics.concurrentCallsInUse == 0, "every permit came back")
            #expect(metrics.availableConcurrentCalls == 2)
            #expect(gauge.mostRunning <= 2)
            #expect(metrics.numberOfRejectedCalls == rejected)
            #expect(rejected < 3 * callsPerTask, "calls were admitted")
        }
    }
}

/// Counts the operations running at once and remembers the most.
final class ConcurrencyGauge: Sendable {
    private let running = Atomic<Int>(0)
    private let most = Atomic<Int>(0)

    func enter() {
        let now = self.running.add(1, ordering: .relaxed).newValue
        self.most.max(now, ordering: .relaxed)
    }

    func leave() {
        self.running.subtract(1, ordering: .relaxed)
    }

    var current: Int { self.running.load(ordering: .relaxed) }
    var mostRunning: Int { self.most.load(ordering: .relaxed) }
}
