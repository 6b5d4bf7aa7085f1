import ResilienceTesting
import Testing

@testable import Resilience

@Suite("Resilience registry")
struct RegistryTests {
    @Test func registersFindsAndSnapshotsNamedPoints() async throws {
        let registry = ResilienceRegistry()
        let breaker = try CircuitBreaker(name: "payments")
        let bulkhead = try Bulkhead(name: "payments", maxConcurrentCalls: 5)
        let payments = try registry.register(
            "payments",
            pipeline: ResiliencePipeline {
                breaker
                bulkhead
            }
        )
        #expect(try await payments.run { 42 } == 42)

        #expect(registry.integrationPoint(named: "payments") === payments)
        #expect(registry.integrationPoint(named: "payments", as: ComposedPolicy<CircuitBreaker, Bulkhead>.self) != nil)
        #expect(registry.integrationPoint(named: "payments", as: CircuitBreaker.self) == nil)
        #expect(registry.circuitBreaker(named: "payments") === breaker)
        #expect(registry.circuitBreaker(named: "nothing") == nil)

        let snapshot = try #require(registry.snapshot().first)
        #expect(snapshot.name == "payments" && snapshot.key == nil)
        let first = try #require(snapshot.policies.first)
        #expect(first.kind == "circuit_breaker" && first.name == "payments" && first.state == "closed")
        #expect(first["successfulCalls"] == 1)
        let last = try #require(snapshot.policies.last)
        #expect(last.kind == "bulkhead" && last["maxAllowedConcurrentCalls"] == 5)
    }

    @Test func namesAreUniqueAndNotEmpty() throws {
        let registry = ResilienceRegistry()
        try registry.register(
            "db",
            pipeline: try ResiliencePipeline { try Bulkhead(name: "db", maxConcurrentCalls: 1) }
        )
        #expect(throws: ConfigurationError.self) {
            try registry.register("db", pipeline: try ResiliencePipeline { try CircuitBreaker(name: "db") })
        }
        #expect(throws: ConfigurationError.self) {
            _ = try registry.registerKeyed("db", maxInstances: 3) { _ in
                try ResiliencePipeline { try CircuitBreaker(name: "db") }
            }
        }
        #expect(throws: ConfigurationError.self) {
            try registry.register("", pipeline: try ResiliencePipeline { try CircuitBreaker(name: "x") })
        }
        do {
            _ = try registry.registerKeyed("hosts", maxInstances: 0) { _ in
                try ResiliencePipeline { try CircuitBreaker(name: "x") }
            }
            Issue.record("maxInstances 0 was accepted")
        } catch {
            #expect(error.field == "maxInstances")
        }
        #expect(registry.remove("db"))
        #expect(!registry.remove("db"))
        #expect(registry.integrationPoints.isEmpty)
    }

    @Test func theEventStreamMergesRegistrationsTransitionsAndRemovals() async throws {
        let registry = ResilienceRegistry()
        var events = registry.events.makeAsyncIterator()
        let breaker = try CircuitBreaker(name: "search breaker")
        try registry.register("search", pipeline: ResiliencePipeline { breaker })
        breaker.transition(to: .forcedOpen)
        registry.remove("search")
        breaker.transition(to: .closed)  // no longer observed
        try registry.register("other", pipeline: try ResiliencePipeline { try CircuitBreaker(name: "other") })

        #expect(await events.next() == ResilienceEvent(integrationPoint: "search", key: nil, kind: .registered))
        let transition = await events.next()
        guard case .circuitBreakerTransition(let name, let change) = transition?.kind else {
            Issue.record("expected a transition, got \(String(describing: transition))")
            return
        }
        #expect(name == "search breaker" && change.from == .closed && change.to == .forcedOpen)
        #expect(await events.next() == ResilienceEvent(integrationPoint: "search", key: nil, kind: .removed(.removed)))
        #expect(await events.next() == ResilienceEvent(integrationPoint: "other", key: nil, kind: .registered))
    }

    private func makeHosts(
        _ registry: ResilienceRegistry,
        maxInstances: Int,
        idleTimeout: Duration? = nil,
        made: Counter = Counter()
    ) throws -> KeyedIntegrationPoints<CircuitBreaker> {
        try registry.registerKeyed("partner-api", maxInstances: maxInstances, idleTimeout: idleTimeout) { host in
            made.increment()
            return try ResiliencePipeline { try CircuitBreaker(name: "partner-api \(host)") }
        }
    }

    @Test func keyedPointsAreCreatedOncePerKeyWithTheirOwnBreaker() async throws {
        let registry = ResilienceRegistry()
        let made = Counter()
        let hosts = try self.makeHosts(registry, maxInstances: 10, made: made)
        #expect(try await hosts.run(key: "a.example") { 1 } == 1)
        #expect(try await hosts.run(key: "a.example") { 2 } == 2)
        #expect(try await hosts.run(key: "b.example") { 3 } == 3)
        #expect(made.current == 2)
        try hosts.integrationPoint(for: "a.example").circuitBreakers.first?.transition(to: .forcedOpen)
        await #expect(throws: CircuitBreakerOpenError.self) { try await hosts.run(key: "a.example") { 4 } }
        #expect(try await hosts.run(key: "b.example") { 5 } == 5, "one sick host does not open the others")
        #expect(
            registry.snapshot().map { "\($0.name) \($0.key ?? "-")" } == [
                "partner-api a.example", "partner-api b.example",
            ]
        )
        #expect(registry.circuitBreaker(named: "partner-api b.example")?.state == .closed)
    }

    @Test func aFullFamilyEvictsTheLeastRecentlyUsedPoint() async throws {
        let clock = ManualClock()
        let registry = ResilienceRegistry(clock: clock)
        let hosts = try self.makeHosts(registry, maxInstances: 2)
        var events = registry.events.makeAsyncIterator()
        _ = try await hosts.run(key: "a") { 1 }
        await clock.advance(by: .seconds(1))
        _ = try await hosts.run(key: "b") { 1 }
        await clock.advance(by: .seconds(1))
        _ = try await hosts.run(key: "a") { 1 }  // b is now the least recently used
        await clock.advance(by: .seconds(1))
        _ = try await hosts.run(key: "c") { 1 }
        #expect(Set(hosts.integrationPoints.compactMap(\.key)) == ["a", "c"])

        var seen: [ResilienceEvent] = []
        for _ in 0..<4 { seen.append(try #require(await events.next())) }
        #expect(seen.map(\.kind) == [.registered, .registered, .removed(.capacity), .registered])
        #expect(seen.map(\.key) == ["a", "b", "b", "c"])
    }

    @Test func idlePointsAreEvictedAfterTheirTimeout() async throws {
        let clock = ManualClock()
        let registry = ResilienceRegistry(clock: clock)
        let hosts = try self.makeHosts(registry, maxInstances: 100, idleTimeout: .seconds(600))
        _ = try await hosts.run(key: "a") { 1 }
        _ = try await hosts.run(key: "b") { 1 }
        await clock.advance(by: .seconds(360))
        _ = try await hosts.run(key: "b") { 1 }
        #expect(registry.evictIdleIntegrationPoints() == 0, "nothing idle for more than 10 minutes yet")
        await clock.advance(by: .seconds(300))
        #expect(registry.evictIdleIntegrationPoints() == 1)
        #expect(hosts.integrationPoints.compactMap(\.key) == ["b"])
        await clock.advance(by: .seconds(660))
        _ = try await hosts.run(key: "c") { 1 }  // creating a point evicts idle ones too
        #expect(hosts.integrationPoints.compactMap(\.key) == ["c"])
    }

    @Test func aPipelineThatCannotBeMadeCreatesNothing() async throws {
        let registry = ResilienceRegistry()
        let hosts = try registry.registerKeyed("tenants", maxInstances: 5) { tenant in
            try ResiliencePipeline { try CircuitBreaker(name: tenant) }
        }
        await #expect(throws: ConfigurationError.self) { try await hosts.run(key: "") { 1 } }
        #expect(hosts.integrationPoints.isEmpty)
    }

    @Test func removingAFamilyRemovesItsPoints() async throws {
        let registry = ResilienceRegistry()
        let hosts = try self.makeHosts(registry, maxInstances: 5)
        _ = try await hosts.run(key: "a") { 1 }
        #expect(registry.integrationPoints.count == 1)
        #expect(registry.remove("partner-api"))
        #expect(registry.integrationPoints.isEmpty)
        #expect(hosts.integrationPoints.isEmpty)
    }
}

@Suite("Integration point statistics")
struct CallStatisticsTests {
    struct Failure: Error {}

    func pipeline() throws -> ResiliencePipeline<Bulkhead> {
        try ResiliencePipeline { try Bulkhead(name: "payments", maxConcurrentCalls: 100) }
    }

    /// Whether `value` is within 1 % of `expected`, the precision of the histogram.
    func isClose(_ value: Duration?, to expected: Duration) -> Bool {
        guard let value else { return false }
        return abs((value - expected) / expected) <= 0.01
    }

    @Test func countsCallsAndReadsPercentilesFromTheirLatencies() async throws {
        let clock = ManualClock()
        let registry = ResilienceRegistry(clock: clock)
        let point = try registry.register("payments", pipeline: try self.pipeline())
        // 100 calls of 1 ms to 100 ms, in random order: 5.05 s of calls, in the first two intervals.
        for milliseconds in (1...100).shuffled() {
            _ = try await point.run {
                await clock.advance(by: .milliseconds(milliseconds))
                return milliseconds
            }
        }
        let statistics = point.statistics
        #expect(statistics.successfulCalls == 100 && statistics.failedCalls == 0 && statistics.rejectedCalls == 0)
        #expect(statistics.recentCalls == 100)
        #expect(statistics.window == .milliseconds(5050))
        #expect(abs(statistics.callsPerSecond - 100 / 5.05) < 1e-9)
        let latency = try #require(statistics.latency)
        #expect(self.isClose(latency.p50, to: .milliseconds(50)), "\(latency)")
        #expect(self.isClose(latency.p90, to: .milliseconds(90)), "\(latency)")
        #expect(self.isClose(latency.p99, to: .milliseconds(99)), "\(latency)")
        #expect(self.isClose(latency.max, to: .milliseconds(100)), "\(latency)")
        #expect(registry.snapshot().first?.statistics == statistics)
    }

    @Test func rejectionsAreCountedWithoutLatencyAndFailuresWithIt() async throws {
        let clock = ManualClock()
        let registry = ResilienceRegistry(clock: clock)
        let breaker = try CircuitBreaker(name: "payments", clock: clock)
        let point = try registry.register("payments", pipeline: ResiliencePipeline { breaker })
        await #expect(throws: Failure.self) {
            try await point.run {
                await clock.advance(by: .milliseconds(200))
                throw Failure()
            }
        }
        await #expect(throws: TimeoutError.self) {
            try await point.run {
                await clock.advance(by: .milliseconds(200))
                throw TimeoutError(name: "payments", timeout: .milliseconds(200), lateness: .zero)
            }
        }
        breaker.transition(to: .forcedOpen)
        for _ in 0..<3 {
            await #expect(throws: CircuitBreakerOpenError.self) { try await point.run { 1 } }
        }
        let statistics = point.statistics
        #expect(statistics.successfulCalls == 0 && statistics.failedCalls == 2 && statistics.rejectedCalls == 3)
        #expect(statistics.timedOutCalls == 1)
        #expect(statistics.recentCalls == 5 && statistics.recentFailedCalls == 2)
        #expect(statistics.recentTimedOutCalls == 1 && statistics.recentRejectedCalls == 3)
        #expect(statistics.latency?.samples == 2)
        let latency = try #require(statistics.latency)
        #expect(self.isClose(latency.p50, to: .milliseconds(200)) && self.isClose(latency.max, to: .milliseconds(200)))
    }

    @Test func theRecentNumbersSlideWithTimeAndTheTotalsStay() async throws {
        let clock = ManualClock()
        let registry = ResilienceRegistry(clock: clock)
        let point = try registry.register("payments", pipeline: try self.pipeline())
        for _ in 0..<10 { _ = try await point.run { 1 } }
        #expect(point.statistics.window == .zero && point.statistics.callsPerSecond == 0)

        await clock.advance(by: .seconds(4))
        #expect(point.statistics.recentCalls == 10 && point.statistics.callsPerSecond == 2.5)

        // The next interval: the first one is still in the window.
        await clock.advance(by: .seconds(2))
        for _ in 0..<5 { _ = try await point.run { 1 } }
        #expect(point.statistics.recentCalls == 15 && point.statistics.window == .seconds(6))

        // The one after: only the second interval's calls are left; a rejection now is a recent one.
        await #expect(throws: BulkheadFullError.self) {
            try await point.run {
                throw BulkheadFullError(name: "payments", maxConcurrentCalls: 1, maxWaitDuration: .zero)
            }
        }
        await clock.advance(by: .seconds(5))
        #expect(point.statistics.recentCalls == 6 && point.statistics.window == .seconds(6))
        #expect(point.statistics.recentRejectedCalls == 1 && point.statistics.rejectedCalls == 1)
        #expect(point.statistics.callsPerSecond == 6.0 / 6)

        // Two intervals without calls: nothing recent, the totals stay.
        await clock.advance(by: .seconds(10))
        let statistics = point.statistics
        #expect(statistics.recentCalls == 0 && statistics.latency == nil && statistics.callsPerSecond == 0)
        #expect(statistics.successfulCalls == 15)
    }

    @Test func beyondTwoThousandCallsPerIntervalAnEvenShareIsTimed() async throws {
        let clock = ManualClock()
        let registry = ResilienceRegistry(clock: clock)
        let point = try registry.register("payments", pipeline: try self.pipeline())
        for _ in 0..<10_000 { _ = try await point.run { 1 } }
        #expect(point.recorder.sampleMask.load(ordering: .relaxed) == 0)
        #expect(point.statistics.latency?.samples == 10_000)

        // 10,000 calls in the interval that ended: one in 8 is timed in the next one (its first call before it knew).
        await clock.advance(by: .seconds(5))
        for _ in 0..<8_000 { _ = try await point.run { 1 } }
        #expect(point.recorder.sampleMask.load(ordering: .relaxed) == 7)
        var statistics = point.statistics
        #expect(statistics.recentCalls == 18_000 && statistics.successfulCalls == 18_000)
        #expect(statistics.latency?.samples == 10_000 + 1_000)

        // 8,000: one in 4 (2,000 timed per interval).
        await clock.advance(by: .seconds(5))
        statistics = point.statistics
        #expect(point.recorder.sampleMask.load(ordering: .relaxed) == 3)
        #expect(statistics.recentCalls == 8_000 && statistics.latency?.samples == 1_000)

        // No calls for a while: every call is timed again.
        await clock.advance(by: .seconds(10))
        #expect(point.statistics.recentCalls == 0)
        #expect(point.recorder.sampleMask.load(ordering: .relaxed) == 0)
    }

    @Test func theShareTimedKeepsBetweenOneAndTwoThousandSamplesPerInterval() {
        #expect(CallRecorder.sampleMask(forCallsPerInterval: 0) == 0)
        #expect(CallRecorder.sampleMask(forCallsPerInterval: 2_047) == 0)
        for calls in [2_048, 3_000, 4_096, 10_000, 65_535, 1_000_000, 50_000_000] {
            let mask = CallRecorder.sampleMask(forCallsPerInterval: calls)
            #expect(mask & (mask + 1) == 0, "\(mask) is not a mask of low bits")
            let samples = calls / (mask + 1)
            #expect((1_024..<2_048).contains(samples), "\(calls) calls: \(samples) timed")
        }
    }

    @Test func concurrentCallsAreAllCounted() async throws {
        let registry = ResilienceRegistry()
        let point = try registry.register("payments", pipeline: try self.pipeline())
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for call in 0..<500 {
                        _ = try? await point.run {
                            if (task + call) % 5 == 0 { throw Failure() }
                            return call
                        }
                        if call % 100 == 0 { _ = point.statistics }
                    }
                }
            }
        }
        let statistics = point.statistics
        #expect(statistics.successfulCalls == 3200 && statistics.failedCalls == 800)
        #expect(statistics.successfulCalls + statistics.failedCalls == 4000)
    }
}

@Suite("Run-time reconfiguration")
struct ReconfigurationTests {
    private func configuration(
        window: CircuitBreaker.SlidingWindow = .countBased(size: 10),
        threshold: Double = 0.5,
        wait: Duration = .seconds(60)
    ) -> CircuitBreaker.Configuration {
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = window
        configuration.minimumNumberOfCalls = 4
        configuration.failureRateThreshold = threshold
        configuration.waitDurationInOpenState = wait
        return configuration
    }

    @Test func aClosedBreakerKeepsItsWindowAndTheNewThresholdJudgesTheNextCall() async throws {
        let breaker = try CircuitBreaker(
            name: "b",
            configuration: self.configuration(threshold: 0.9),
            clock: ManualClock()
        )
        for _ in 0..<3 { _ = try? await breaker.run { throw DependencyError() } }
        _ = try await breaker.run { 1 }
        #expect(breaker.state == .closed && breaker.metrics.numberOfBufferedCalls == 4)
        try breaker.update(configuration: self.configuration(threshold: 0.5))
        #expect(breaker.metrics.numberOfBufferedCalls == 4, "same window: its calls are kept")
        #expect(breaker.configuration.failureRateThreshold == 0.5)
        _ = try? await breaker.run { throw DependencyError() }
        #expect(breaker.state == .open)
    }

    @Test func aNewWindowKindStartsAnEmptyWindow() async throws {
        let breaker = try CircuitBreaker(name: "b", configuration: self.configuration(), clock: ManualClock())
        _ = try await breaker.run { 1 }
        try breaker.update(configuration: self.configuration(window: .timeBased(duration: .seconds(10))))
        #expect(breaker.metrics.numberOfBufferedCalls == 0)
        #expect(breaker.state == .closed)
    }

    @Test func anOpenBreakerStaysOpenUntilItsOpeningPlusTheNewWait() async throws {
        let clock = ManualClock()
        let breaker = try CircuitBreaker(name: "b", configuration: self.configuration(), clock: clock)
        breaker.transition(to: .open)
        await clock.advance(by: .seconds(20))
        try breaker.update(configuration: self.configuration(wait: .seconds(30)))
        #expect(breaker.state == .open)
        await clock.advance(by: .seconds(9))
        await #expect(throws: CircuitBreakerOpenError.self) { try await breaker.run { 1 } }
        await clock.advance(by: .seconds(1))
        #expect(try await breaker.run { 1 } == 1, "30 s after opening, a probe goes through")
        #expect(breaker.state == .halfOpen)
    }

    @Test func anInvalidConfigurationChangesNothing() async throws {
        let breaker = try CircuitBreaker(name: "b", configuration: self.configuration(), clock: ManualClock())
        breaker.transition(to: .forcedOpen)
        #expect(throws: ConfigurationError.self) {
            try breaker.update(configuration: self.configuration(threshold: 1.5))
        }
        #expect(breaker.configuration.failureRateThreshold == 0.5)
        #expect(breaker.state == .forcedOpen)
    }

    @Test func aLargerBulkheadAdmitsWaitersAtOnceAndASmallerOneRetiresReleasedPermits() async throws {
        let bulkhead = try Bulkhead(name: "db", maxConcurrentCalls: 1, maxWaitDuration: .seconds(60))
        let first = await RunningCall.start(in: bulkhead)
        let waiting = Task { try await bulkhead.run { 2 } }
        try await waitUntil { bulkhead.metrics.numberOfWaitingCalls == 1 }
        try bulkhead.update(maxConcurrentCalls: 3, maxWaitDuration: .seconds(60))
        #expect(try await waiting.value == 2, "the waiter was admitted by the larger limit")
        let second = await RunningCall.start(in: bulkhead)
        let third = await RunningCall.start(in: bulkhead)
        try bulkhead.update(maxConcurrentCalls: 1, maxWaitDuration: .zero)
        #expect(bulkhead.metrics.concurrentCallsInUse == 3, "running calls are never stopped")
        await #expect(throws: BulkheadFullError.self) { try await bulkhead.run { 0 } }
        try await first.finish()
        try await second.finish()
        await #expect(throws: BulkheadFullError.self) { try await bulkhead.run { 0 } }
        try await third.finish()
        #expect(try await bulkhead.run { 4 } == 4)
        #expect(bulkhead.metrics.availableConcurrentCalls == 1)
        #expect(throws: ConfigurationError.self) { try bulkhead.update(maxConcurrentCalls: 0, maxWaitDuration: .zero) }
        #expect(bulkhead.maxConcurrentCalls == 1)
    }
}
