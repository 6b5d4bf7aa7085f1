// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

import Foundation
import Hummingbird
import Logging
import Prometheus
import Resilience
import ResilienceTestSupport
import ServiceLifecycle
import Testing

@testable import ResilienceAdmin

#if canImport(Glibc)
import Glibc
#endif

@Suite("Starvation watchdog in the admin server")
struct WatchdogAdminTests {
    @Test func watchdogsAreServedAsJSON() async throws {
        let watchdog = StarvationWatchdog(name: "pool")
        let fixture = try AdminFixture { try $0.register(watchdog) }
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/watchdogs", method: "GET") { response in
                #expect(response.status == 200)
                let body = try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any]
                let first = (body?["watchdogs"] as? [[String: Any]])?.first
                #expect(first?["name"] as? String == "pool")
                #expect(first?["stalls"] as? Int == 0)
                #expect(first?["samples"] as? Int == 0, "not running: no sample")
                #expect(first?["resolutionSeconds"] as? Double == 0.01)
                #expect(first?["stallThresholdSeconds"] as? Double == 0.5)
                #expect((first?["lagSeconds"] as? [String: Double])?["p99"] == 0)
            }
        }
    }

    @Test func aStallGoesOnTheTimelineAndTheStreamsSnapshotsCarryTheWatchdogs() throws {
        let stall = EventReport(
            EventLog.Entry(
                sequence: 7,
                time: Date(timeIntervalSince1970: 1),
                event: ResilienceEvent(
                    integrationPoint: "pool",
                    key: nil,
                    kind: .schedulingStall(watchdog: "pool", stalledFor: .milliseconds(640))
                )
            )
        )
        #expect(stall.kind == "scheduling_stall" && stall.watchdog == "pool" && stall.stalledForSeconds == 0.64)
        let snapshot = IntegrationPointsReport([], watchdogs: [StarvationWatchdog(name: "pool")])
        let json = String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
        #expect(json.contains(#""watchdogs":[{"#) && json.contains(#""name":"pool""#))
        let plain = String(decoding: try JSONEncoder().encode(IntegrationPointsReport([])), as: UTF8.self)
        #expect(!plain.contains("watchdogs"), "GET /api/v1/integration-points is unchanged")
    }
}

/// A handler that blocks every cooperative thread with a synchronous sleep, seen by a real watchdog through the real
/// admin API. It runs in a process of its own (this test binary, filtered to ``blockedPoolChild()``): blocking every
/// cooperative thread of the test process would stall every test running beside it.
@Suite("Starvation watchdog under a blocked cooperative pool", .serialized, .exclusive)
struct WatchdogStallTests {
    static let reportVariable = "RESILIENCE_WATCHDOG_STALL_REPORT"

    /// What the child measured, in milliseconds.
    struct Report: Codable {
        var cooperativeThreads: Int
        var baselineP99: Double
        var blockedFor: Double
        /// From the first blocking request until the admin API showed the stall and the risen p99.
        var seenAfter: Double
        var p99During: Double
        var stallsDuring: Int
        var stallEvents: Int
        var stallsInMetrics: Bool
        /// From the end of the block until the p99 was back under the baseline bound.
        var recoveredAfter: Double
        var p99After: Double
        var stallsAfter: Int
    }

    @Test(.timeLimit(.minutes(2)))
    func aHandlerThatBlocksTheCooperativeThreadsRaisesTheLagAndCountsAStallWithinASecond() async throws {
        let reportPath = FileManager.default.temporaryDirectory.appendingPathComponent("watchdog-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: reportPath) }
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        // The child's wait blocks a thread: one of Dispatch's, not of the cooperative pool, which the other tests need.
        try await offThePool {
            try runCommand([
                "/usr/bin/env", "\(Self.reportVariable)=\(reportPath)", executable,
                "--testing-library", "swift-testing", "--filter", "blockedPoolChild",
            ])
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: URL(fileURLWithPath: reportPath)))
        print("watchdog under a blocked pool: \(report)")
        #expect(report.stallsDuring == 1, "one stall, counted once")
        #expect(report.stallEvents == 1 && report.stallsInMetrics, "published as an event and a metric")
        #expect(report.p99During >= 300, "p99 rose from \(report.baselineP99) ms to \(report.p99During) ms")
        #expect(report.seenAfter <= 1_000, "seen \(report.seenAfter) ms after the block began")
        #expect(report.p99After < 50 && report.stallsAfter == 1, "back to the baseline, no new stall")
        #expect(report.recoveredAfter <= 3_000, "the window forgot the stall \(report.recoveredAfter) ms after it")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment[Self.reportVariable] != nil), .timeLimit(.minutes(1)))
    func blockedPoolChild() async throws {
        let reportPath = try #require(ProcessInfo.processInfo.environment[Self.reportVariable])
        let prometheus = PrometheusCollectorRegistry()
        let watchdog = StarvationWatchdog(
            name: "cooperative-pool",
            configuration: .init(
                resolution: .milliseconds(10),
                stallThreshold: .milliseconds(500),
                window: .seconds(1)
            ),
            metricsFactory: PrometheusMetricsFactory(registry: prometheus)
        )
        let registry = ResilienceRegistry()
        try registry.register(watchdog)
        let events = registry.events
        let admin = AdminServer(registry: registry, configuration: .init(port: 0), prometheus: prometheus)
        let blockFor = 700
        let router = Router()
        router.get("block") { _, _ -> String in
            usleep(UInt32(blockFor * 1_000))  // the mistake the watchdog is for: a synchronous sleep in async code
            return "blocked"
        }
        let (ports, port) = AsyncStream.makeStream(of: (String, Int).self)
        let application = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { port.yield(("app", $0.localAddress?.port ?? 0)) }
        )
        let running = RunningServer(server: admin) { port.yield(("admin", $0)) }
        let group = ServiceGroup(
            services: [watchdog, running, application],
            gracefulShutdownSignals: [],
            logger: Logger(label: "test")
        )
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var found: [String: Int] = [:]
            for await (name, number) in ports {
                found[name] = number
                if found.count == 2 { break }
            }
            let admin = Client(port: found["admin"]!)
            let app = Client(port: found["app"]!)
            func read() async throws -> (p99: Double, stalls: Int) {
                var result = (p99: 0.0, stalls: 0)
                try await admin.execute(uri: "/api/v1/watchdogs", method: "GET") { response in
                    let body = try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any]
                    let first = try #require((body?["watchdogs"] as? [[String: Any]])?.first)
                    result.p99 = ((first["lagSeconds"] as? [String: Double])?["p99"] ?? 0) * 1_000
                    result.stalls = first["stalls"] as? Int ?? -1
                }
                return result
            }
            // A baseline: half a second of wake-ups.
            while watchdog.snapshot.samples < 50 {
                try await Task.sleep(for: .milliseconds(20))
            }
            let baseline = try await read()
            let threads = ProcessInfo.processInfo.activeProcessorCount
            let start = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { requests in
                for _ in 0..<threads {
                    requests.addTask {
                        try await app.execute(uri: "/block", method: "GET") { #expect($0.status == 200) }
                    }
                }
                try await requests.waitForAll()
            }
            let unblocked = ContinuousClock.now
            var during = try await read()
            while during.stalls < 1 || during.p99 < 300, ContinuousClock.now - start < .seconds(5) {
                try await Task.sleep(for: .milliseconds(10))
                during = try await read()
            }
            let seen = ContinuousClock.now
            var stallEvents = 0
            var iterator = events.makeAsyncIterator()
            while let event = await iterator.next() {
                if case .schedulingStall = event.kind { stallEvents += 1 }
                if stallEvents >= 1 { break }
            }
            var metricsText = ""
            try await admin.execute(uri: "/metrics", method: "GET") { metricsText = $0.body }
            var after = try await read()
            while after.p99 >= 50, ContinuousClock.now - unblocked < .seconds(10) {
                try await Task.sleep(for: .milliseconds(50))
                after = try await read()
            }
            let recovered = ContinuousClock.now
            func milliseconds(_ duration: Duration) -> Double { duration.seconds * 1_000 }
            let report = Report(
                cooperativeThreads: threads,
                baselineP99: baseline.p99,
                blockedFor: Double(blockFor),
                seenAfter: milliseconds(seen - start),
                p99During: during.p99,
                stallsDuring: during.stalls,
                stallEvents: stallEvents,
                stallsInMetrics: metricsText.contains(#"resilience_watchdog_stalls_total{name="cooperative-pool"} 1"#),
                recoveredAfter: milliseconds(recovered - unblocked),
                p99After: after.p99,
                stallsAfter: after.stalls
            )
            try JSONEncoder().encode(report).write(to: URL(fileURLWithPath: reportPath))
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }
}

#endif
