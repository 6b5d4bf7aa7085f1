import Logging
import MetricsTestKit
import Synchronization
import Testing

@testable import Resilience

@Suite("Starvation watchdog state")
struct StarvationWatchdogStateTests {
    static let millisecond: Int64 = 1_000_000

    func makeState() -> StarvationWatchdogState {
        StarvationWatchdogState(resolution: .milliseconds(10), stallThreshold: .milliseconds(500), window: .seconds(2))
    }

    @Test func onTimeWakeUpsKeepThePercentilesAtTheirLag() {
        var state = self.makeState()
        #expect(state.started(at: 0) == true)
        for wakeUp in 1...100 {
            let ended = state.probeWoke(at: Int64(wakeUp) * 10 * Self.millisecond, lag: 200_000)
            #expect(ended == nil)
        }
        let snapshot = state.snapshot(at: 1_000 * Self.millisecond)
        #expect(snapshot.samples == 100)
        #expect(snapshot.p50 >= .microseconds(199) && snapshot.p50 <= .microseconds(201))
        #expect(snapshot.p99 <= .microseconds(201))
        #expect(snapshot.stalls == 0)
    }

    @Test func aLateWakeUpCountsTheWakeUpsItMissed() {
        var state = self.makeState()
        #expect(state.started(at: 0) == true)
        for wakeUp in 1...40 {
            _ = state.probeWoke(at: Int64(wakeUp) * 10 * Self.millisecond, lag: 100_000)
        }
        // Blocked for 600 ms: one wake-up 600 ms late stands for the 59 that did not happen.
        _ = state.probeWoke(at: 1_010 * Self.millisecond, lag: 600 * Self.millisecond)
        let snapshot = state.snapshot(at: 1_010 * Self.millisecond)
        #expect(snapshot.samples == 40 + 60)
        #expect(snapshot.max >= .milliseconds(599) && snapshot.max <= .milliseconds(606))
        #expect(snapshot.p99 >= .milliseconds(500), "a stall of 60 % of the window lifts its p99")
        #expect(snapshot.p50 >= .milliseconds(10), "the missed wake-ups weigh in the median")
    }

    @Test func theSentinelCountsAStallOnceFromTheThresholdOn() {
        var state = self.makeState()
        #expect(state.started(at: 0) == true)
        _ = state.probeWoke(at: 10 * Self.millisecond, lag: 0)
        let early = state.check(at: 500 * Self.millisecond)
        #expect(early == nil, "490 ms without the probe is no stall yet")
        let first = state.check(at: 510 * Self.millisecond)
        #expect(first == .init(stalledFor: 500 * Self.millisecond, count: 1))
        let again = state.check(at: 900 * Self.millisecond)
        #expect(again == nil, "a stall is counted once however long it lasts")
        let ended = state.probeWoke(at: 1_000 * Self.millisecond, lag: 980 * Self.millisecond)
        #expect(ended == 990 * Self.millisecond)
        let afterRunning = state.check(at: 1_400 * Self.millisecond)
        #expect(afterRunning == nil, "the probe ran again")
        let second = state.check(at: 1_500 * Self.millisecond)
        #expect(second?.count == 2, "the next stall is counted again")
        let stalls = state.snapshot(at: 1_500 * Self.millisecond).stalls
        #expect(stalls == 2)
    }

    @Test func noStallIsCountedWhileTheProbeDoesNotRun() {
        var state = self.makeState()
        let beforeStart = state.check(at: 10_000 * Self.millisecond)
        #expect(beforeStart == nil, "not started")
        let started = state.started(at: 10_000 * Self.millisecond)
        let startedAgain = state.started(at: 10_001 * Self.millisecond)
        #expect(started && !startedAgain, "a second run is refused")
        state.stopped()
        let afterStop = state.check(at: 20_000 * Self.millisecond)
        #expect(afterStop == nil, "stopped")
        let stalls = state.snapshot(at: 20_000 * Self.millisecond).stalls
        #expect(stalls == 0)
    }

    @Test func theWindowForgetsWhatIsOlderThanIt() {
        var state = self.makeState()
        #expect(state.started(at: 0) == true)
        _ = state.probeWoke(at: 1_100 * Self.millisecond, lag: 300 * Self.millisecond)
        let inWindow = state.snapshot(at: 1_500 * Self.millisecond)
        #expect(inWindow.max >= .milliseconds(299), "still in the window")
        _ = state.probeWoke(at: 2_100 * Self.millisecond, lag: 0)
        let nextInterval = state.snapshot(at: 2_100 * Self.millisecond)
        #expect(nextInterval.max >= .milliseconds(299), "the previous interval is part of the window")
        let later = state.snapshot(at: 3_100 * Self.millisecond)
        #expect(later.max < .milliseconds(1), "two intervals on, the late wake-up is gone")
        #expect(later.samples == 1)
        let idle = state.snapshot(at: 10_000 * Self.millisecond)
        #expect(idle.samples == 0, "an idle window is empty")
    }
}

@Suite("Starvation watchdog")
struct StarvationWatchdogTests {
    @Test func invalidSettingsAreRefusedByRunNamingTheField() async {
        let cases: [(StarvationWatchdog.Configuration, String)] = [
            (.init(resolution: .microseconds(500)), "resolution"),
            (.init(resolution: .milliseconds(10), stallThreshold: .milliseconds(10)), "stallThreshold"),
            (.init(resolution: .milliseconds(10), window: .milliseconds(15)), "window"),
        ]
        for (configuration, field) in cases {
            let watchdog = StarvationWatchdog(name: "pool", configuration: configuration)
            await #expect {
                try await watchdog.run()
            } throws: { error in
                (error as? ConfigurationError)?.field == field
            }
        }
        await #expect(throws: ConfigurationError.self) {
            try await StarvationWatchdog(name: "").run()
        }
    }

    @Test func theProbeMeasuresWhileItRunsAndWritesItsGauges() async throws {
        let metrics = TestMetrics()
        let watchdog = StarvationWatchdog(
            name: "pool",
            configuration: .init(resolution: .milliseconds(1), stallThreshold: .milliseconds(500), window: .seconds(2)),
            metricsFactory: metrics
        )
        let running = Task { try await watchdog.run() }
        // The gauges are written after a second of wake-ups: wait for them, for at most 20 seconds.
        let p99 = try metrics.expectGauge("resilience_watchdog_lag_p99_seconds", [("name", "pool")])
        for _ in 0..<1_000 where p99.lastValue == nil {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(p99.lastValue != nil, "the gauge is written once a second")
        // A second run of the same watchdog is refused while the first runs.
        await #expect(throws: ConfigurationError.self) { try await watchdog.run() }
        running.cancel()
        try await running.value
        let snapshot = watchdog.snapshot
        #expect(snapshot.samples > 0, "the window holds the last one to two seconds of wake-ups")
        #expect(snapshot.p50 < .milliseconds(500), "an unblocked pool wakes the probe well within the threshold")
        #expect(snapshot.p50 <= snapshot.p99 && snapshot.p99 <= snapshot.max)
        // Stopped, it runs again.
        let again = Task { try await watchdog.run() }
        again.cancel()
        try await again.value
    }

    @Test func aRegisteredWatchdogsStallIsPublishedOnTheRegistrysEvents() async throws {
        let registry = ResilienceRegistry()
        let watchdog = StarvationWatchdog(name: "pool")
        try registry.register(watchdog)
        #expect(throws: ConfigurationError.self) { try registry.register(StarvationWatchdog(name: "pool")) }
        try registry.register(StarvationWatchdog(name: "another"))
        #expect(registry.watchdogs.map(\.name) == ["another", "pool"])

        let events = registry.events
        // What the sentinel does when it counts a stall.
        watchdog.stalled(for: .milliseconds(700))
        var iterator = events.makeAsyncIterator()
        let event = await iterator.next()
        #expect(
            event
                == ResilienceEvent(
                    integrationPoint: "pool",
                    key: nil,
                    kind: .schedulingStall(watchdog: "pool", stalledFor: .milliseconds(700))
                )
        )
    }
}
