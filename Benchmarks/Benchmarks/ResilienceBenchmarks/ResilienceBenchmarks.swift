import Benchmark
import CoreMetrics
import Prometheus
import Resilience
import ResilienceConfiguration
import ResilienceTesting
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Each benchmark runs `scaledIterations` calls per iteration; figures are per call. Compare every guarded call with
// "direct call" from the same run: the budget is the marginal cost over it (DESIGN.md, "Performance budgets").

@inline(never)
func dependency(_ value: Int) async -> Int {
    value &+ 1
}

struct DependencyError: Error {}

/// Says yes once: for the warm-up of a benchmark that needs one, in its first (unmeasured) iteration.
final class WarmUp: Sendable {
    private let done = Atomic(false)

    func isNeeded() -> Bool {
        !self.done.exchange(true, ordering: .relaxed)
    }
}

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

struct RaceTimeoutError: Error {}

/// The usual recipe, what people write today: a task group racing the operation against `Task.sleep`. Two child tasks
/// and a timer per call; it waits for the operation to honour cancellation before it returns.
func raceTimeout<T: Sendable>(
    _ timeout: Duration,
    _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw RaceTimeoutError()
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// The resident memory of this process, in KiB.
func residentMemoryKiB() -> Int {
    #if os(Linux)
    guard let file = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(file) }
    var size = 0
    var resident = 0
    guard
        withUnsafeMutablePointer(
            to: &size,
            { sizePointer in
                withUnsafeMutablePointer(to: &resident) { residentPointer in
                    withVaList([sizePointer, residentPointer]) { vfscanf(file, "%ld %ld", $0) }
                }
            }
        ) == 2
    else { return 0 }
    return resident * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    #else
    return 0
    #endif
}

let residentMemoryGrowth = BenchmarkMetric.custom(
    "resident memory growth (KiB)",
    polarity: .prefersSmaller,
    useScalingFactor: false
)

func makeBreaker(
    window: CircuitBreaker.SlidingWindow = .countBased(size: 100),
    name: String = "benchmark",
    detectsSlowCalls: Bool = true,
    metricsFactory: any MetricsFactory = MetricsSystem.factory
) -> CircuitBreaker {
    var configuration = CircuitBreaker.Configuration()
    configuration.slidingWindow = window
    configuration.detectsSlowCalls = detectsSlowCalls
    configuration.minimumNumberOfCalls = 100
    return try! CircuitBreaker(name: name, configuration: configuration, metricsFactory: metricsFactory)
}

/// A Prometheus registry that the instrumented benchmarks report to, as a service that exposes `/metrics` would.
let prometheus = PrometheusMetricsFactory(registry: PrometheusCollectorRegistry())

/// The cost of a guarded call minus the cost of the direct call, both measured within one iteration.
///
/// This machine (a VM) switches between a fast and a slow mode for seconds at a time, which moves every per-call figure
/// by up to 2x between benchmarks of one run. Timing 1,000 direct calls and 1,000 guarded calls back to back, in
/// alternating order, and recording the difference cancels that drift: this metric is what the budgets are judged on.
let marginalCost = BenchmarkMetric.custom(
    "marginal cost per call (ns)",
    polarity: .prefersSmaller,
    useScalingFactor: false
)

/// The cost of one call of `body`, in nanoseconds, averaged over 1,000 calls.
let callsPerSample = 1_000

func nanosecondsNow() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
}

func time(_ body: (Int) async throws -> Void) async rethrows -> Int64 {
    let start = nanosecondsNow()
    for index in 0..<callsPerSample {
        try await body(index)
    }
    return nanosecondsNow() - start
}

/// Registers a benchmark whose only metric is the marginal cost of `subject` over `baseline`.
func marginalBenchmark(
    _ name: String,
    baseline: @escaping @Sendable (Int) async throws -> Void = { blackHole(await dependency($0)) },
    subject: @escaping @Sendable (Int) async throws -> Void
) {
    Benchmark(
        name,
        configuration: .init(
            metrics: [marginalCost],
            scalingFactor: .one,
            maxDuration: .seconds(2),
            maxIterations: 4_000
        )
    ) { benchmark in
        for iteration in benchmark.scaledIterations {
            let baselineTime: Int64
            let subjectTime: Int64
            if iteration.isMultiple(of: 2) {
                baselineTime = try await time(baseline)
                subjectTime = try await time(subject)
            } else {
                subjectTime = try await time(subject)
                baselineTime = try await time(baseline)
            }
            // Histograms hold no negative values; a sample where noise made the subject faster counts as zero.
            benchmark.measurement(marginalCost, Int(max(0, subjectTime - baselineTime)) / callsPerSample)
        }
    }
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

    Benchmark("breaker closed, count window, untimed (detectsSlowCalls = false)") { benchmark in
        let breaker = makeBreaker(detectsSlowCalls: false)
        for index in benchmark.scaledIterations {
            blackHole(try await breaker.run { await dependency(index) })
        }
    }

    Benchmark("breaker closed, count window, instrumented (swift-prometheus)") { benchmark in
        let breaker = makeBreaker(name: "instrumented", metricsFactory: prometheus)
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

    Benchmark("direct failing call (baseline)") { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                blackHole(try await failingDependency())
            } catch {
                blackHole(error)
            }
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

    Benchmark("breaker closed, one task, the same loop (baseline of the two tasks)") { benchmark in
        let breaker = makeBreaker()
        let calls = benchmark.scaledIterations.count
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for index in 0..<calls {
                    blackHole(try? await breaker.run { await dependency(index) })
                }
            }
        }
    }

    Benchmark("breaker closed, untimed, two tasks hammering one breaker") { benchmark in
        let breaker = makeBreaker(detectsSlowCalls: false)
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

    Benchmark("breaker closed, untimed, one task, the same loop (baseline of the two tasks)") { benchmark in
        let breaker = makeBreaker(detectsSlowCalls: false)
        let calls = benchmark.scaledIterations.count
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for index in 0..<calls {
                    blackHole(try? await breaker.run { await dependency(index) })
                }
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

    // MARK: Marginal cost over a direct call, measured within each iteration (the budgets)

    // The method's own error: the direct call measured against itself, through a second closure. Should read near 0.
    marginalBenchmark("marginal: direct call against itself (calibration)") { index in
        blackHole(await dependency(index))
    }

    let countWindow = makeBreaker()
    marginalBenchmark("marginal: breaker closed, count window") { index in
        blackHole(try await countWindow.run { await dependency(index) })
    }

    let untimed = makeBreaker(detectsSlowCalls: false)
    marginalBenchmark("marginal: breaker closed, count window, untimed (detectsSlowCalls = false)") { index in
        blackHole(try await untimed.run { await dependency(index) })
    }

    let instrumented = makeBreaker(name: "instrumented-marginal", metricsFactory: prometheus)
    marginalBenchmark("marginal: breaker closed, count window, instrumented (swift-prometheus)") { index in
        blackHole(try await instrumented.run { await dependency(index) })
    }

    let timeWindow = makeBreaker(window: .timeBased(duration: .seconds(60)))
    marginalBenchmark("marginal: breaker closed, time window") { index in
        blackHole(try await timeWindow.run { await dependency(index) })
    }

    let twoStep = makeBreaker()
    marginalBenchmark("marginal: breaker closed, two-step API") { index in
        guard case .success(let permit) = twoStep.acquirePermission() else { fatalError("rejected") }
        blackHole(await dependency(index))
        twoStep.record(permit, outcome: .success)
    }

    let actorBreaker = ActorCircuitBreaker()
    marginalBenchmark("marginal: actor breaker, closed (baseline: what people write today)") { index in
        blackHole(try await actorBreaker.run { await dependency(index) })
    }

    // A rejection replaces the call: its figure is the rejection's whole cost, measured against an empty loop.
    let open = makeBreaker()
    open.transition(to: .open)
    let emptyLoop: @Sendable (Int) async throws -> Void = { blackHole($0) }
    marginalBenchmark("rejection: breaker open, non-throwing acquirePermission", baseline: emptyLoop) { _ in
        if case .failure(let rejection) = open.acquirePermission() {
            blackHole(rejection.retryAfter)
        }
    }
    marginalBenchmark("rejection: breaker open, throwing run", baseline: emptyLoop) { index in
        do {
            blackHole(try await open.run { await dependency(index) })
        } catch {
            blackHole(error)
        }
    }

    // MARK: Timeouts (issue 3)

    Benchmark("child task round trip (baseline)") { benchmark in
        for index in benchmark.scaledIterations {
            async let value = dependency(index)
            blackHole(await value)
        }
    }

    Benchmark("task-group race timeout, not firing (baseline: what people write today)") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await raceTimeout(.seconds(30)) { await dependency(index) })
        }
    }

    Benchmark("withTimeout, not firing") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await withTimeout(.seconds(30)) { await dependency(index) })
        }
    }

    Benchmark("withTimeout, cooperative, not firing") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await withTimeout(.seconds(30), mode: .cooperative) { await dependency(index) })
        }
    }

    let timeoutPolicy = Timeout(.seconds(30), name: "benchmark")
    Benchmark("Timeout policy, not firing") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await timeoutPolicy.run { await dependency(index) })
        }
    }

    let cooperativePolicy = Timeout(.seconds(30), mode: .cooperative, name: "benchmark-cooperative")
    Benchmark("Timeout policy, cooperative, not firing") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await cooperativePolicy.run { await dependency(index) })
        }
    }

    Benchmark(
        "withTimeout, cooperative, firing after 100 µs",
        configuration: .init(scalingFactor: .one, maxDuration: .seconds(2), maxIterations: 5_000)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                try await withTimeout(.microseconds(100), mode: .cooperative) { try await Task.sleep(for: .seconds(1)) }
            } catch {
                blackHole(error)
            }
        }
    }

    Benchmark(
        "withTimeout, firing after 100 µs",
        configuration: .init(scalingFactor: .one, maxDuration: .seconds(2), maxIterations: 5_000)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                try await withTimeout(.microseconds(100)) { try await Task.sleep(for: .seconds(1)) }
            } catch {
                blackHole(error)
            }
        }
    }

    // 100,000 sequential timed calls with a 30 s timeout; the metric is how much the resident memory grew.
    for (name, timed) in [
        (
            "withTimeout",
            { @Sendable (index: Int) async throws -> Int in
                try await withTimeout(.seconds(30)) { await dependency(index) }
            }
        ),
        (
            "task-group race (baseline)",
            { @Sendable (index: Int) async throws -> Int in
                try await raceTimeout(.seconds(30)) { await dependency(index) }
            }
        ),
    ] as [(String, @Sendable (Int) async throws -> Int)] {
        Benchmark(
            "memory after 100,000 timed calls with a 30 s timeout: \(name)",
            configuration: .init(
                metrics: [residentMemoryGrowth],
                warmupIterations: 0,
                scalingFactor: .one,
                maxDuration: .seconds(60),
                maxIterations: 1
            )
        ) { benchmark in
            let before = residentMemoryKiB()
            for index in 0..<100_000 {
                blackHole(try await timed(index))
            }
            benchmark.measurement(residentMemoryGrowth, max(0, residentMemoryKiB() - before))
        }
    }

    // MARK: Bulkheads, rate limiter, adaptive limit (issue 4)

    let bulkhead = try! Bulkhead(name: "benchmark", maxConcurrentCalls: 100)
    let rateLimiter = try! RateLimiter(name: "benchmark", limitForPeriod: 1_000_000_000, refreshPeriod: .seconds(1))
    let adaptive = try! AdaptiveConcurrencyLimiter(name: "benchmark")
    var everyCall = AdaptiveConcurrencyLimiter.Configuration()
    everyCall.latencySampleInterval = 1
    let adaptiveTimingEveryCall = try! AdaptiveConcurrencyLimiter(name: "benchmark", configuration: everyCall)

    Benchmark("bulkhead, admitted") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await bulkhead.run { await dependency(index) })
        }
    }

    Benchmark("rate limiter, admitted") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await rateLimiter.run { await dependency(index) })
        }
    }

    Benchmark("adaptive concurrency limiter, admitted (every 8th call timed)") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await adaptive.run { await dependency(index) })
        }
    }

    Benchmark("adaptive concurrency limiter, admitted (every call timed)") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await adaptiveTimingEveryCall.run { await dependency(index) })
        }
    }

    marginalBenchmark("marginal: bulkhead, admitted") { index in
        blackHole(try await bulkhead.run { await dependency(index) })
    }

    marginalBenchmark("marginal: rate limiter, admitted") { index in
        blackHole(try await rateLimiter.run { await dependency(index) })
    }

    marginalBenchmark("marginal: adaptive concurrency limiter, admitted (every 8th call timed)") { index in
        blackHole(try await adaptive.run { await dependency(index) })
    }

    marginalBenchmark("marginal: adaptive concurrency limiter, admitted (every call timed)") { index in
        blackHole(try await adaptiveTimingEveryCall.run { await dependency(index) })
    }

    // Chaos policies left in production code, switched off: one relaxed atomic load (budget ≤ 2 ns).
    let disabledFault = try! ChaosFault(name: "benchmark", injectionRate: 1, enabled: false) { DependencyError() }
    let disabledLatency = try! ChaosLatency(name: "benchmark", injectionRate: 1, enabled: false, latency: .seconds(1))
    let disabledOutcome = try! ChaosOutcome<Int>(name: "benchmark", injectionRate: 1, enabled: false) { 0 }

    Benchmark("chaos fault, disabled") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await disabledFault.run { await dependency(index) })
        }
    }

    Benchmark("chaos latency, disabled") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await disabledLatency.run { await dependency(index) })
        }
    }

    Benchmark("chaos outcome, disabled") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await disabledOutcome.run { await dependency(index) })
        }
    }

    marginalBenchmark("marginal: chaos fault, disabled") { index in
        blackHole(try await disabledFault.run { await dependency(index) })
    }

    marginalBenchmark("marginal: chaos latency, disabled") { index in
        blackHole(try await disabledLatency.run { await dependency(index) })
    }

    marginalBenchmark("marginal: chaos outcome, disabled") { index in
        blackHole(try await disabledOutcome.run { await dependency(index) })
    }

    // A blocking call moved to a thread of the bulkhead, against the usual way off the caller's thread.
    let blocking = try! BlockingBulkhead(name: "benchmark", maxThreads: 2)

    Benchmark("Task.detached hop (baseline)", configuration: .init(scalingFactor: .one)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(await Task.detached { index &+ 1 }.value)
        }
    }

    Benchmark("blocking bulkhead round trip", configuration: .init(scalingFactor: .one)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await blocking.run { index &+ 1 })
        }
    }

    // MARK: Retry and pipelines (issue 5)

    let retry = try! Retry(maxAttempts: 3)
    let pipelineRetry = try! Retry(maxAttempts: 3)
    let pipelineBreaker = makeBreaker()
    let pipelineBulkhead = try! Bulkhead(name: "pipeline", maxConcurrentCalls: 100)
    let pipelineLimiter = try! RateLimiter(name: "pipeline", limitForPeriod: 1_000_000_000, refreshPeriod: .seconds(1))
    let pipeline = ResiliencePipeline {
        pipelineRetry
        pipelineBreaker
        pipelineBulkhead
        pipelineLimiter
    }

    Benchmark("retry, no retry needed") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await retry.run { await dependency(index) })
        }
    }

    Benchmark("4-policy pipeline (retry, breaker, bulkhead, rate limiter)") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await pipeline.run { await dependency(index) })
        }
    }

    Benchmark("the same 4 policies nested by hand (baseline)") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(
                try await pipelineRetry.run {
                    try await pipelineBreaker.run {
                        try await pipelineBulkhead.run { try await pipelineLimiter.run { await dependency(index) } }
                    }
                }
            )
        }
    }

    marginalBenchmark("marginal: retry, no retry needed") { index in
        blackHole(try await retry.run { await dependency(index) })
    }

    marginalBenchmark("marginal: 4-policy pipeline (retry, breaker, bulkhead, rate limiter)") { index in
        blackHole(try await pipeline.run { await dependency(index) })
    }

    marginalBenchmark("marginal: the same 4 policies nested by hand (baseline)") { index in
        blackHole(
            try await pipelineRetry.run {
                try await pipelineBreaker.run {
                    try await pipelineBulkhead.run { try await pipelineLimiter.run { await dependency(index) } }
                }
            }
        )
    }

    // MARK: Integration points (issue 5)

    let registry = ResilienceRegistry()
    let partners = try! registry.registerKeyed("partners", maxInstances: 1_000) { host in
        try ResiliencePipeline { makeBreaker() }
    }
    for host in 0..<100 { _ = try! partners.integrationPoint(for: "host-\(host).example.com") }
    let configured = ConfiguredIntegrationPoints(registry: registry)
    try! configured.apply(
        ResilienceDocument(
            yaml: """
                instances:
                  configured:
                    retry: { maxAttempts: 3 }
                    circuitBreaker: { minimumNumberOfCalls: 100 }
                    bulkhead: { maxConcurrentCalls: 100 }
                    rateLimiter: { limitForPeriod: 1000000000, refreshPeriod: 1s }
                """
        )
    )
    let configuredPoint = configured.integrationPoint("configured")!

    // A point counts every call and times a share of them (issue 6). Busy (more than 2,048 calls in the 5 s interval
    // before), one call in 512 is timed here: its registry's clock is a ManualClock, advanced once after 600,000 calls
    // in the first warm-up iteration to end the first interval; the calls that are not timed never read it.
    let busyClock = ManualClock()
    let busyPoint = try! ResilienceRegistry(clock: busyClock).register("payments", pipeline: pipeline)
    let warmUp = WarmUp()
    Benchmark("integration point (the 4-policy pipeline; busy: 1 call in 512 timed)") { benchmark in
        if warmUp.isNeeded() {
            for index in 0..<600_000 { blackHole(try await busyPoint.run { await dependency(index) }) }
            await busyClock.advance(by: .seconds(5))
        }
        for index in benchmark.scaledIterations {
            blackHole(try await busyPoint.run { await dependency(index) })
        }
    }

    // Quiet (under 2,048 calls per interval), every call is timed: a fresh point for each 1,000 calls.
    Benchmark("integration point (the 4-policy pipeline; quiet: every call timed)") { benchmark in
        let point = try ResilienceRegistry().register("payments", pipeline: pipeline)
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            blackHole(try await point.run { await dependency(index) })
        }
        benchmark.stopMeasurement()
    }

    Benchmark("keyed integration point, 100 keys (lookup + breaker)") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await partners.run(key: "host-42.example.com") { await dependency(index) })
        }
    }

    Benchmark("configured integration point (retry, breaker, bulkhead, rate limiter from a document)") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try await configuredPoint.run { await dependency(index) })
        }
    }
}
