import ResilienceTestSupport
import ResilienceTesting
import Testing

@testable import Resilience

/// A dependency whose latency rises with load: up to `capacity` calls at once are served in `serviceTime`; beyond
/// that they queue, and latency grows in proportion (`serviceTime × inFlight / capacity`). The knee of the curve is at
/// `capacity`.
struct SimulatedDependency {
    var capacity: Int
    var serviceTime: Int64
    /// Calls that take longer than this time out (are dropped).
    var timeout: Int64 = .max

    func latency(inFlight: Int, noise: Double) -> Int64 {
        let load = max(1, Double(inFlight) / Double(self.capacity))
        return Int64(Double(self.serviceTime) * load * noise)
    }
}

/// Drives a ``VegasLimit`` with a closed loop of `demand` clients: each round, as many calls as the limit admits run
/// at once against `dependency` and report their latency.
struct LimitSimulation {
    var limit: VegasLimit
    var random = SeededGenerator(state: 42)
    /// The limit after each round, except while it is halved to probe the no-load latency.
    var history: [Int] = []
    /// The number of rounds that probed.
    var probingRounds = 0

    init(settings: VegasLimit.Settings) {
        self.limit = VegasLimit(settings: settings, seed: 7)
    }

    mutating func run(rounds: Int, demand: Int, against dependency: SimulatedDependency) async {
        for round in 0..<rounds {
            // Yield now and then, so that tests measuring real time elsewhere keep a cooperative thread.
            if round % 200 == 0 { await Task.yield() }
            let inFlight = min(demand, self.limit.limit)
            for index in 1...max(1, inFlight) {
                let noise = Double.random(in: 0.95...1.05, using: &self.random)
                let latency = dependency.latency(inFlight: inFlight, noise: noise)
                _ = self.limit.record(
                    latency: min(latency, dependency.timeout),
                    inFlight: index,
                    dropped: latency > dependency.timeout
                )
            }
            if self.limit.isProbing {
                self.probingRounds += 1
            } else {
                self.history.append(self.limit.limit)
            }
        }
    }

    /// The limits of the last `count` rounds.
    func last(_ count: Int) -> ArraySlice<Int> { self.history.suffix(count) }
}

@Suite("Adaptive concurrency limit (Vegas)")
struct VegasLimitTests {
    static let millisecond: Int64 = 1_000_000
    static let settings = VegasLimit.Settings(
        initialLimit: 20,
        minimumLimit: 1,
        maximumLimit: 1_000,
        smoothing: 1,
        windowSize: 10,
        probeMultiplier: 30,
        backoffRatio: 0.9
    )

    @Test func settlesNearTheKneeOfTheLatencyCurve() async {
        var simulation = LimitSimulation(settings: Self.settings)
        let dependency = SimulatedDependency(capacity: 50, serviceTime: 10 * Self.millisecond)
        await simulation.run(rounds: 3_000, demand: 500, against: dependency)
        let settled = simulation.last(1_000)
        #expect(settled.allSatisfy { (50...65).contains($0) }, "settled at \(settled.min()!)...\(settled.max()!)")
    }

    @Test func comesDownToTheKneeFromAFarTooHighLimit() async {
        var settings = Self.settings
        settings.initialLimit = 1_000
        var simulation = LimitSimulation(settings: settings)
        let dependency = SimulatedDependency(capacity: 50, serviceTime: 10 * Self.millisecond)
        await simulation.run(rounds: 3_000, demand: 2_000, against: dependency)
        let settled = simulation.last(1_000)
        #expect(settled.allSatisfy { (50...65).contains($0) }, "settled at \(settled.min()!)...\(settled.max()!)")
    }

    @Test func backsOffWhenTheDependencyDegradesAndItsCallsTimeOut() async {
        var simulation = LimitSimulation(settings: Self.settings)
        var dependency = SimulatedDependency(
            capacity: 50,
            serviceTime: 10 * Self.millisecond,
            timeout: 40 * Self.millisecond
        )
        await simulation.run(rounds: 2_000, demand: 500, against: dependency)
        #expect(simulation.limit.limit >= 50)
        // The dependency loses four fifths of its capacity: at the old limit its latency quintuples and calls time out.
        dependency.capacity = 10
        await simulation.run(rounds: 50, demand: 500, against: dependency)
        #expect(simulation.limit.limit <= 40, "backed off within 50 rounds, to \(simulation.limit.limit)")
        await simulation.run(rounds: 2_000, demand: 500, against: dependency)
        let settled = simulation.last(1_000)
        #expect(settled.allSatisfy { (10...18).contains($0) }, "settled at \(settled.min()!)...\(settled.max()!)")
    }

    @Test func growsBackWhenTheDependencyRecovers() async {
        var simulation = LimitSimulation(settings: Self.settings)
        var dependency = SimulatedDependency(capacity: 10, serviceTime: 10 * Self.millisecond)
        await simulation.run(rounds: 2_000, demand: 500, against: dependency)
        #expect((10...20).contains(simulation.limit.limit))
        dependency.capacity = 100
        await simulation.run(rounds: 3_000, demand: 500, against: dependency)
        let settled = simulation.last(1_000)
        #expect(settled.allSatisfy { (100...120).contains($0) }, "settled at \(settled.min()!)...\(settled.max()!)")
    }

    @Test func doesNotGrowWhileTheCallerUsesLessThanHalfOfTheLimit() async {
        var simulation = LimitSimulation(settings: Self.settings)
        let dependency = SimulatedDependency(capacity: 50, serviceTime: 10 * Self.millisecond)
        await simulation.run(rounds: 2_000, demand: 5, against: dependency)
        #expect(simulation.history.allSatisfy { $0 == 20 })
    }

    @Test func aWindowWithADropCutsTheLimitByTheBackoffRatio() {
        var limit = VegasLimit(settings: Self.settings, seed: 1)
        for _ in 0..<9 {
            #expect(limit.record(latency: 10 * Self.millisecond, inFlight: 20, dropped: false) == nil)
        }
        #expect(
            limit.record(latency: 10 * Self.millisecond, inFlight: 20, dropped: false) == nil,
            "first window: no-load"
        )
        for _ in 0..<9 {
            _ = limit.record(latency: 10 * Self.millisecond, inFlight: 20, dropped: false)
        }
        #expect(limit.record(latency: 100 * Self.millisecond, inFlight: 20, dropped: true) == 18)
        #expect(limit.estimatedLimit == 18)
    }

    @Test func staysWithinItsBounds() async {
        var settings = Self.settings
        settings.minimumLimit = 30
        settings.initialLimit = 30
        settings.maximumLimit = 40
        var simulation = LimitSimulation(settings: settings)
        await simulation.run(
            rounds: 1_000,
            demand: 500,
            against: SimulatedDependency(capacity: 100, serviceTime: 1_000)
        )
        #expect(simulation.history.max() == 40)
        await simulation.run(rounds: 1_000, demand: 500, against: SimulatedDependency(capacity: 5, serviceTime: 1_000))
        #expect(simulation.last(1_000).contains(30), "pushed down to the minimum")
        #expect(simulation.history.allSatisfy { (30...40).contains($0) })
    }

    @Test func theNoLoadLatencyFollowsADependencyThatBecameSlowerForGood() async {
        var simulation = LimitSimulation(settings: Self.settings)
        var dependency = SimulatedDependency(capacity: 50, serviceTime: 10 * Self.millisecond)
        await simulation.run(rounds: 2_000, demand: 500, against: dependency)
        dependency.serviceTime = 30 * Self.millisecond
        await simulation.run(rounds: 20_000, demand: 500, against: dependency)
        let noLoad = simulation.limit.noLoadLatency
        #expect(noLoad > 25 * Self.millisecond, "no-load latency \(noLoad) ns after probing")
        let settled = simulation.last(1_000)
        #expect(settled.allSatisfy { (50...65).contains($0) }, "settled at \(settled.min()!)...\(settled.max()!)")
    }
}

@Suite("Adaptive concurrency limiter")
struct AdaptiveConcurrencyLimiterTests {
    @Test func rejectsCallsBeyondTheLimitAtOnce() async throws {
        var configuration = AdaptiveConcurrencyLimiter.Configuration()
        configuration.initialLimit = 2
        let limiter = try AdaptiveConcurrencyLimiter(name: "inventory", configuration: configuration)
        let gate = Gate()
        let entered = Counter()
        let holders = (0..<2).map { _ in
            Task {
                try await limiter.run {
                    entered.increment()
                    await gate.wait()
                }
            }
        }
        try await waitUntil { entered.current == 2 }
        #expect(limiter.metrics.inFlight == 2)
        let error = await #expect(throws: ConcurrencyLimitExceededError.self) {
            try await limiter.run { Issue.record("must not run") }
        }
        #expect(error == ConcurrencyLimitExceededError(name: "inventory", limit: 2))
        #expect(limiter.metrics.numberOfRejectedCalls == 1)
        gate.open()
        for holder in holders { try await holder.value }
        #expect(limiter.metrics.inFlight == 0)
    }

    @Test func theLimitFollowsMeasuredLatency() async throws {
        let clock = ManualClock()
        var configuration = AdaptiveConcurrencyLimiter.Configuration()
        configuration.initialLimit = 4
        configuration.latencySampleInterval = 1
        configuration.windowSize = 1
        let limiter = try AdaptiveConcurrencyLimiter(name: "inventory", configuration: configuration, clock: clock)
        // The first window sets the no-load latency; then calls at that latency with the limit in use grow it.
        for _ in 0..<3 {
            async let a: Void = limiter.run { try await clock.sleep(for: .milliseconds(10)) }
            async let b: Void = limiter.run { try await clock.sleep(for: .milliseconds(10)) }
            async let c: Void = limiter.run { try await clock.sleep(for: .milliseconds(10)) }
            try await clock.waitForSleepers(count: 3)
            await clock.advance(by: .milliseconds(10))
            _ = try await (a, b, c)
        }
        #expect(limiter.limit > 4, "grew to \(limiter.limit)")
        #expect(limiter.metrics.noLoadLatency == .milliseconds(10))
    }

    @Test func aTimeoutCutsTheLimit() async throws {
        let clock = ManualClock()
        var configuration = AdaptiveConcurrencyLimiter.Configuration()
        configuration.initialLimit = 100
        configuration.latencySampleInterval = 1
        configuration.windowSize = 1
        let limiter = try AdaptiveConcurrencyLimiter(name: "inventory", configuration: configuration, clock: clock)
        await #expect(throws: TimeoutError.self) {
            try await limiter.run { throw TimeoutError(name: "inventory", timeout: .seconds(1), lateness: .zero) }
        }
        #expect(limiter.limit == 90)
    }

    @Test func aCancelledCallIsNoSample() async throws {
        var configuration = AdaptiveConcurrencyLimiter.Configuration()
        configuration.initialLimit = 100
        configuration.latencySampleInterval = 1
        configuration.windowSize = 1
        let limiter = try AdaptiveConcurrencyLimiter(name: "inventory", configuration: configuration)
        await #expect(throws: CancellationError.self) {
            try await limiter.run { throw CancellationError() }
        }
        #expect(limiter.metrics.noLoadLatency == nil)
        #expect(limiter.limit == 100)
    }

    @Test func abandonedWorkStaysInFlightUntilItEnds() async throws {
        let clock = ManualClock()
        let limiter = try AdaptiveConcurrencyLimiter(name: "inventory")
        let abandoned = AbandonedWork()
        let events = abandoned.events
        let hostage = Hostage()
        let call = Task {
            try await limiter.run {
                try await withTimeout(.seconds(1), clock: clock, abandonedWork: abandoned) { await hostage.run() }
            }
        }
        await hostage.waitUntilRunning()
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(1))
        await #expect(throws: TimeoutError.self) { try await call.value }
        #expect(limiter.metrics.inFlight == 1)
        hostage.release()
        await events.nextFinished()
        #expect(limiter.metrics.inFlight == 0)
    }

    @Test(arguments: [
        "minimumLimit", "maximumLimit", "initialLimit", "smoothing", "windowSize", "probeMultiplier", "backoffRatio",
        "latencySampleInterval",
    ])
    func invalidSettingsAreRejectedWithTheirName(field: String) {
        var configuration = AdaptiveConcurrencyLimiter.Configuration()
        switch field {
        case "minimumLimit": configuration.minimumLimit = 0
        case "maximumLimit": configuration.maximumLimit = 0
        case "initialLimit": configuration.initialLimit = 5_000
        case "smoothing": configuration.smoothing = 0
        case "windowSize": configuration.windowSize = 0
        case "probeMultiplier": configuration.probeMultiplier = 0
        case "backoffRatio": configuration.backoffRatio = 1
        default: configuration.latencySampleInterval = 0
        }
        #expect {
            _ = try AdaptiveConcurrencyLimiter(name: "x", configuration: configuration)
        } throws: { error in
            (error as? ConfigurationError)?.field == field
        }
    }
}

extension LoadSensitiveTests {
    @Suite("Adaptive concurrency limiter under concurrency")
    struct AdaptiveConcurrencyLimiterConcurrencyTests {
        /// 2,000 tasks with random errors and cancellations, every call timed: never more in flight than the limit of
        /// the moment allows by much, every call accounted for, and nothing left in flight.
        @Test func nothingStaysInFlightAfterAFlood() async throws {
            var configuration = AdaptiveConcurrencyLimiter.Configuration()
            configuration.initialLimit = 16
            configuration.latencySampleInterval = 1
            let limiter = try AdaptiveConcurrencyLimiter(name: "flood", configuration: configuration)
            let gauge = ConcurrencyGauge()
            var random = SeededGenerator(state: 3)
            let outcomes = await withTaskGroup(of: Int.self) { group in
                var tasks: [Task<Int, Never>] = []
                for index in 0..<2_000 {
                    let fails = Int.random(in: 0..<4, using: &random) == 0
                    let yields = Int.random(in: 0...5, using: &random)
                    let task = Task {
                        do {
                            try await limiter.run {
                                gauge.enter()
                                defer { gauge.leave() }
                                for _ in 0..<yields { await Task.yield() }
                                if fails { throw DependencyError() }
                            }
                            return 1
                        } catch {
                            return 1
                        }
                    }
                    tasks.append(task)
                    group.addTask { await task.value }
                    if index % 7 == 0 { tasks.randomElement(using: &random)?.cancel() }
                }
                return await group.reduce(0, +)
            }
            #expect(outcomes == 2_000)
            #expect(limiter.metrics.inFlight == 0, "every admitted call left")
            #expect(gauge.mostRunning <= configuration.maximumLimit)
            #expect(limiter.metrics.numberOfRejectedCalls > 0, "2,000 calls at once exceed a limit of 16")
        }
    }
}
