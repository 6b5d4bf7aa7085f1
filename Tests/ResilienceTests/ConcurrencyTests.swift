import Resilience
import ResilienceTesting
import Testing

/// Many tasks on one breaker. CI runs this suite under ThreadSanitizer as well.
extension LoadSensitiveTests {
    @Suite("Concurrency")
    struct ConcurrencyTests {
        static let tasks = 2_000

        @Test func twoThousandConcurrentCallsAreCountedExactly() async throws {
            var configuration = CircuitBreaker.Configuration()
            configuration.slidingWindow = .countBased(size: Self.tasks)
            configuration.minimumNumberOfCalls = Self.tasks
            configuration.failureRateThreshold = 1
            let breaker = try CircuitBreaker(name: "many", configuration: configuration, clock: ManualClock())
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<Self.tasks {
                    group.addTask {
                        _ = try? await breaker.run { () async throws -> Int in
                            if index % 3 == 0 { throw DependencyError() }
                            if index % 7 == 0 { throw CancellationError() }
                            return index
                        }
                    }
                }
            }
            let failures = (0..<Self.tasks).filter { $0 % 3 == 0 }.count
            let ignored = (0..<Self.tasks).filter { $0 % 3 != 0 && $0 % 7 == 0 }.count
            let metrics = breaker.metrics
            #expect(metrics.numberOfFailedCalls == failures)
            #expect(metrics.numberOfSuccessfulCalls == Self.tasks - failures - ignored)
            #expect(metrics.numberOfBufferedCalls == Self.tasks - ignored)
            #expect(breaker.state == .closed)
        }

        @Test func halfOpenAdmitsExactlyThePermittedProbesWhenThousandsArriveAtOnce() async throws {
            var configuration = CircuitBreaker.Configuration()
            configuration.permittedCallsInHalfOpenState = 10
            let breaker = try CircuitBreaker(name: "probes", configuration: configuration, clock: ManualClock())
            breaker.transition(to: .halfOpen)
            let gate = Gate()
            let attempts = Counter()
            let admitted = Counter()
            let rejected = Counter()
            // Every admitted probe waits until all tasks have tried, so that no probe finishes and frees its slot early.
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<Self.tasks {
                    group.addTask {
                        do {
                            try await breaker.run {
                                admitted.increment()
                                if attempts.increment() == Self.tasks { gate.open() }
                                await gate.wait()
                            }
                        } catch {
                            rejected.increment()
                            if attempts.increment() == Self.tasks { gate.open() }
                        }
                    }
                }
            }
            #expect(admitted.current == 10)
            #expect(rejected.current == Self.tasks - 10)
            #expect(breaker.state == .closed, "ten successful probes close the breaker")
        }

        @Test func aBreakerTrippedByConcurrentFailuresOpensOnceAndAccountsForEveryCall() async throws {
            var configuration = CircuitBreaker.Configuration()
            configuration.slidingWindow = .countBased(size: 100)
            configuration.minimumNumberOfCalls = 100
            let breaker = try CircuitBreaker(name: "trip", configuration: configuration, clock: ManualClock())
            let events = breaker.events(bufferingNewest: 10 * Self.tasks)
            let attempted = Counter()
            let rejected = Counter()
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<Self.tasks {
                    group.addTask {
                        do {
                            _ = try await breaker.run { () async throws -> Int in
                                attempted.increment()
                                throw DependencyError()
                            }
                        } catch is CircuitBreakerOpenError {
                            rejected.increment()
                        } catch {}
                    }
                }
            }
            breaker.transition(to: .disabled)  // a last event, so that the stream can be read to a known end
            var transitions: [CircuitBreaker.StateTransition] = []
            var finished = 0
            var notPermitted = 0
            reading: for await event in events {
                switch event {
                case .stateTransition(let transition):
                    transitions.append(transition)
                    if transition.to == .disabled { break reading }
                case .callFinished: finished += 1
                case .callNotPermitted: notPermitted += 1
                }
            }
            #expect(transitions.map(\.to) == [.open, .disabled])
            #expect(attempted.current + rejected.current == Self.tasks)
            #expect(finished == attempted.current)
            #expect(notPermitted == rejected.current)
            #expect(transitions.first?.metrics.numberOfBufferedCalls == 100)
            #expect(breaker.numberOfDroppedEvents == 0)
        }

        @Test func operatorsAndCallersRacingLeaveConsistentMetrics() async throws {
            var configuration = CircuitBreaker.Configuration()
            configuration.slidingWindow = .countBased(size: 50)
            configuration.minimumNumberOfCalls = 10
            configuration.waitDurationInOpenState = .zero
            configuration.permittedCallsInHalfOpenState = 3
            let breaker = try CircuitBreaker(name: "race", configuration: configuration, clock: ManualClock())
            let states = CircuitBreaker.State.allCases
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<Self.tasks {
                    group.addTask {
                        switch index % 50 {
                        case 0: breaker.transition(to: states[(index / 50) % states.count])
                        case 1: breaker.reset()
                        case 2: _ = breaker.metrics
                        default:
                            _ = try? await breaker.run { () async throws -> Int in
                                if index % 2 == 0 { throw DependencyError() }
                                return index
                            }
                        }
                    }
                }
            }
            breaker.reset()
            #expect(breaker.state == .closed)
            #expect(breaker.metrics.numberOfBufferedCalls == 0)
            _ = try await breaker.run { 1 }
            #expect(breaker.metrics.numberOfSuccessfulCalls == 1)
        }
    }
}
