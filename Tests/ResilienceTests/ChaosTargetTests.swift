import Resilience
import Testing

@Suite("Chaos targets in process")
struct ChaosTargetTests {
    @Test func aSettingTakesItsModesDefaultsAndRefusesWhatTheModeDoesNotTake() throws {
        #expect(try ChaosSetting(.slow).latency == .seconds(2))
        #expect(try ChaosSetting(.drip).latency == .seconds(3))
        #expect(try ChaosSetting(.errors).rate == 1)
        #expect(try ChaosSetting(.flaky).rate == 0.5)
        #expect(try ChaosSetting(.hang).latency == nil && ChaosSetting(.hang).rate == nil)
        #expect(try ChaosSetting(.flaky, rate: 0.2).description == "flaky 0.2")
        for (mode, latency, rate, field) in [
            (ChaosSetting.Mode.hang, Duration?.some(.seconds(1)), Double?.none, "latency"),
            (.healthy, nil, 0.5, "rate"),
            (.slow, .seconds(-1), nil, "latency"),
            (.slow, .seconds(601), nil, "latency"),
            (.slow, nil, 0.5, "rate"),
            (.errors, nil, 1.01, "rate"),
            (.flaky, nil, .nan, "rate"),
            (.errors, .seconds(1), nil, "latency"),
        ] {
            #expect(
                throws: ConfigurationError.self,
                "\(mode) \(String(describing: latency)) \(String(describing: rate))"
            ) {
                do {
                    _ = try ChaosSetting(mode, latency: latency, rate: rate)
                } catch let error as ConfigurationError {
                    #expect(error.field == field)
                    throw error
                }
            }
        }
    }

    @Test func eachModeReachesTheCallsOfThePipeline() async throws {
        let chaos = try InProcessChaosTarget(name: "database", seed: 7)
        let pipeline = ResiliencePipeline {
            chaos.fault
            chaos.latency
        }
        #expect(try await pipeline.run { 42 } == 42, "healthy")
        for mode in [ChaosSetting.Mode.down, .reset, .errors] {
            try chaos.apply(ChaosSetting(mode))
            await #expect(throws: ChaosInjectedError(target: "database", mode: mode)) { try await pipeline.run { 42 } }
        }
        try chaos.apply(ChaosSetting(.contractChange))
        do {
            _ = try await pipeline.run { 42 }
            Issue.record("a contract change throws")
        } catch let error as ChaosInjectedError {
            #expect(error.outcome == .contractViolation(reason: "chaos_contract_change"))
        }
        try chaos.apply(ChaosSetting(.flaky, rate: 0.5))
        var failures = 0
        for _ in 0..<400 {
            do { _ = try await pipeline.run { 42 } } catch { failures += 1 }
        }
        #expect((140...260).contains(failures), "\(failures) of 400")
        #expect(!chaos.latency.isEnabled)
    }

    @Test func hangWaitsUntilTheCallerIsCancelledAndSlowWaitsItsLatency() async throws {
        let chaos = try InProcessChaosTarget(name: "disk")
        try chaos.apply(ChaosSetting(.slow, latency: .milliseconds(40)))
        let start = ContinuousClock.now
        #expect(try await chaos.latency.run { 1 } == 1)
        #expect(ContinuousClock.now - start >= .milliseconds(40))
        #expect(!chaos.fault.isEnabled)
        try chaos.apply(ChaosSetting(.hang))
        let hanging = Task { try await chaos.latency.run { 1 } }
        try await Task.sleep(for: .milliseconds(20))
        hanging.cancel()
        await #expect(throws: CancellationError.self) { try await hanging.value }
        try chaos.apply(.healthy)
        #expect(!chaos.latency.isEnabled && !chaos.fault.isEnabled && chaos.setting == .healthy)
    }
}
