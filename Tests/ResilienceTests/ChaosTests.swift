import Resilience
import ResilienceTesting
import Synchronization
import Testing

struct InjectedFailure: Error, Equatable {}

@Suite("Chaos policies")
struct ChaosTests {
    @Test func anInjectionRateOutsideZeroToOneNamesTheField() throws {
        for rate in [-0.1, 1.5, Double.nan] {
            do {
                _ = try ChaosFault(name: "payments", injectionRate: rate) { InjectedFailure() }
                Issue.record("accepted \(rate)")
            } catch {
                #expect(error.field == "injectionRate" && error.policy == "chaos fault \"payments\"")
            }
        }
        #expect(throws: ConfigurationError.self) {
            try ChaosLatency(name: "search", injectionRate: 0.5, latency: .seconds(-1))
        }
        let chaos = try ChaosOutcome<Int>(name: "stock", injectionRate: 0.5) { 0 }
        #expect(throws: ConfigurationError.self) { try chaos.setInjectionRate(2) }
        #expect(chaos.injectionRate == 0.5, "a refused rate changes nothing")
    }

    @Test func aSeedMakesTheInjectedCallsAFixedSequenceAtTheConfiguredRate() async throws {
        func injectedCalls(seed: UInt64) async throws -> [Int] {
            let chaos = try ChaosFault(name: "payments", injectionRate: 0.3, seed: seed) { InjectedFailure() }
            var injected: [Int] = []
            for call in 0..<10_000 {
                do {
                    _ = try await chaos.run { call }
                } catch {
                    injected.append(call)
                }
            }
            #expect(chaos.metrics == ChaosMetrics(injected: injected.count, passed: 10_000 - injected.count))
            return injected
        }
        let first = try await injectedCalls(seed: 42)
        #expect(try await injectedCalls(seed: 42) == first)
        #expect(try await injectedCalls(seed: 7) != first)
        #expect((2_850...3_150).contains(first.count), "\(first.count) of 10,000 at a rate of 0.3")
    }

    @Test func aRateOfZeroNeverInjectsAndOneAlwaysDoes() async throws {
        let never = try ChaosFault(name: "never", injectionRate: 0) { InjectedFailure() }
        let always = try ChaosFault(name: "always", injectionRate: 1) { InjectedFailure() }
        for call in 0..<1_000 {
            #expect(try await never.run { call } == call)
            await #expect(throws: InjectedFailure.self) { try await always.run { call } }
        }
        #expect(never.metrics == ChaosMetrics(injected: 0, passed: 1_000))
        #expect(always.metrics == ChaosMetrics(injected: 1_000, passed: 0))
    }

    @Test func aDisabledPolicyInjectsNothingAndCountsNothingUntilEnabled() async throws {
        let chaos = try ChaosFault(name: "payments", injectionRate: 1, enabled: false) { InjectedFailure() }
        #expect(try await chaos.run { "paid" } == "paid")
        #expect(chaos.metrics == ChaosMetrics(injected: 0, passed: 0) && !chaos.isEnabled)
        chaos.setEnabled(true)
        await #expect(throws: InjectedFailure.self) { try await chaos.run { "paid" } }
        try chaos.setInjectionRate(0)
        #expect(try await chaos.run { "paid" } == "paid")
        #expect(chaos.metrics == ChaosMetrics(injected: 1, passed: 1))
    }

    @Test func latencyWaitsOnTheClockBeforeTheCall() async throws {
        let clock = ManualClock()
        let chaos = try ChaosLatency(name: "search", injectionRate: 1, latency: .milliseconds(200), clock: clock)
        let called = Atomic(false)
        let call = Task {
            try await chaos.run {
                called.store(true, ordering: .relaxed)
                return "found"
            }
        }
        try await clock.waitForSleepers(count: 1)
        #expect(!called.load(ordering: .relaxed) && clock.nextDeadline == .zero.advanced(by: .milliseconds(200)))
        await clock.advance(by: .milliseconds(200))
        #expect(try await call.value == "found")
        #expect(chaos.metrics.injected == 1)
    }

    @Test func latencyEndsWhenTheCallerIsCancelled() async throws {
        let clock = ManualClock()
        let chaos = try ChaosLatency(name: "search", injectionRate: 1, latency: .seconds(30), clock: clock)
        let call = Task { try await chaos.run { "found" } }
        try await clock.waitForSleepers(count: 1)
        call.cancel()
        await #expect(throws: CancellationError.self) { try await call.value }
    }

    @Test func anOutcomeReplacesOnlyCallsOfItsType() async throws {
        let chaos = try ChaosOutcome<[String]>(name: "recommendations", injectionRate: 1) { [] }
        #expect(try await chaos.run { ["a", "b"] } == [])
        #expect(try await chaos.run { 42 } == 42, "another type runs untouched")
        #expect(chaos.metrics == ChaosMetrics(injected: 1, passed: 0))
    }

    @Test func faultsReachTheBreakerAroundThemAndShowInTheRegistry() async throws {
        let registry = ResilienceRegistry()
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 10)
        configuration.minimumNumberOfCalls = 10
        let breaker = try CircuitBreaker(name: "payments", configuration: configuration, clock: ManualClock())
        let chaos = try ChaosFault(name: "payments-chaos", injectionRate: 1) { InjectedFailure() }
        let point = try registry.register(
            "payments",
            pipeline: ResiliencePipeline {
                breaker
                chaos
            }
        )
        for _ in 0..<10 {
            await #expect(throws: InjectedFailure.self) { try await point.run { "paid" } }
        }
        #expect(breaker.state == CircuitBreaker.State.open)
        let snapshot = try #require(registry.snapshot().first?.policies.first { $0.kind == "chaos_fault" })
        #expect(snapshot.name == "payments-chaos" && snapshot.state == "enabled")
        #expect(snapshot["injected"] == 10 && snapshot["passed"] == 0 && snapshot["injectionRate"] == 1)
    }
}
