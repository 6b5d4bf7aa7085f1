import Benchmark
import Resilience

// Each benchmark runs `scaledIterations` calls per iteration; figures are per call. Compare every guarded call with
// "direct call" from the same run: the budget is the marginal cost over it (DESIGN.md, "Performance budgets").

@inline(never)
func dependency(_ value: Int) async -> Int {
    value &+ 1
}

struct DependencyError: Error {}

@inline(never)
func failingDependency() async throws -> Int {
    throw DependencyError()
}

/// What people write today: an actor that counts failures and opens after a threshold. Two actor hops per call.
actor ActorCircuitBreaker {
    struct OpenError: Error {}

    private var consecutiveFailures = 0
    private var openedAt: ContinuousClock.Instant?
    private let threshold = 5
    private let openDuration = Duration.seconds(60)

    func allow() -> Bool {
        guard let openedAt else { return true }
        if ContinuousClock.now >= openedAt + self.openDuration {
            self.openedAt = nil
            return true
        }
        return false
    }

    func record(success: Bool) {
        if success {
            self.consecutiveFailures = 0
        } else {
            self.consecutiveFailures += 1
            if self.consecutiveFailures >= self.threshold { self.openedAt = .now }
        }
    }

    nonisolated func run<T: Sendable>(_ operation: @Sendable () async throws -> T) async throws -> T {
        guard await self.allow() else { throw OpenError() }
        do {
            let value = try await operation()
            await self.record(success: true)
            return value
        } catch {
            await self.record(success: false)
            throw error
        }
    }
}

func makeBreaker(window: CircuitBreaker.SlidingWindow = .countBased(size: 100)) -> CircuitBreaker {
    var configuration = CircuitBreaker.Configuration()
    configuration.slidingWindow = window
    configuration.minimumNumberOfCalls = 100
    return try! CircuitBreaker(name: "benchmark", configuration: configuration)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        timeUnits: .nanoseconds,
        warmupIterations: 3,
        scalingFactor: .kilo,
        maxDuration: .seconds(2),
        maxIterations: 2_000
    )

    Benchmark("direct call (baseline)") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(await dependency(index))
        }
    }

    Benchmark("ContinuousClock.now, two reads (reference)") { benchmark in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            blackHole(ContinuousClock.now - start)
        }
    }

    Benchmark("actor breaker, closed (baseline: what people write today)") { benchmark in
        let breaker = ActorCircuitBreaker()
        for index in benchmark.scaledIterations {
            blackHole(try await breaker.run { await dependency(index) })
        }
    }

    Benchmark("breaker closed, count window") { benchmark in
        let breaker = makeBreaker()
        for index in benchmark.scaledIterations {
            blackHole(try await breaker.run { await dependency(index) })
        }
    }

    Benchmark("breaker closed, time window") { benchmark in
        let breaker = makeBreaker(window: .timeBased(duration: .seconds(60)))
        for index in benchmark.scaledIterations {
            blackHole(try await breaker.run { await dependency(index) })
        }
    }

    Benchmark("breaker closed, two-step API") { benchmark in
        let breaker = makeBreaker()
        for index in benchmark.scaledIterations {
            guard case .success(let permit) = breaker.acquirePermission() else { fatalError("rejected") }
            blackHole(await dependency(index))
            breaker.record(permit, outcome: .success)
        }
    }

    Benchmark("breaker closed, failing call (throws)") { benchmark in
        var configuration = CircuitBreaker.Configuration()
        configuration.failureRateThreshold = 1
        configuration.minimumNumberOfCalls = 1_000_000
        configuration.slidingWindow = .countBased(size: 1_000_000)
        let breaker = try! CircuitBreaker(name: "benchmark", configuration: configuration)
        for _ in benchmark.scaledIterations {
            do {
                blackHole(try await breaker.run { try await failingDependency() })
            } catch {
                blackHole(error)
            }
        }
    }

    Benchmark("breaker open, rejection (throwing run)") { benchmark in
        let breaker = makeBreaker()
        breaker.transition(to: .open)
        for index in benchmark.scaledIterations {
            do {
                blackHole(try await breaker.run { await dependency(index) })
            } catch {
                blackHole(error)
            }
        }
    }

    Benchmark("breaker open, rejection (non-throwing acquirePermission)") { benchmark in
        let breaker = makeBreaker()
        breaker.transition(to: .open)
        for _ in benchmark.scaledIterations {
            if case .failure(let rejection) = breaker.acquirePermission() {
                blackHole(rejection.retryAfter)
            }
        }
    }

    Benchmark("breaker closed, two tasks hammering one breaker") { benchmark in
        let breaker = makeBreaker()
        let perTask = benchmark.scaledIterations.count / 2
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    for index in 0..<perTask {
                        blackHole(try? await breaker.run { await dependency(index) })
                    }
                }
            }
        }
    }
}
