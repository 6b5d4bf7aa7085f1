// Built only with the package traits `Hummingbird` and `AsyncHTTPClient` (their dependencies are fetched only then).
#if Hummingbird && AsyncHTTPClient

import AsyncHTTPClient
import Foundation
import Hummingbird
import Resilience
import ResilienceHummingbird
import ResilienceTestSupport
import Testing

/// What an open-loop load saw: requests sent at a fixed rate whatever the answers, as independent callers send them,
/// each timed from the moment it was due (so that a load generator falling behind does not hide the wait).
struct LoadRun: CustomStringConvertible {
    var rate: Int
    var seconds: Double
    var admitted: [Duration] = []
    var shed: [Duration] = []
    var other = 0

    static func percentile(_ values: [Duration], _ percentile: Double) -> Duration {
        guard !values.isEmpty else { return .zero }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count) * percentile / 100).rounded(.up)) - 1))]
    }

    var admittedP50: Duration { Self.percentile(self.admitted, 50) }
    var admittedP99: Duration { Self.percentile(self.admitted, 99) }
    var shedP50: Duration { Self.percentile(self.shed, 50) }
    var shedP99: Duration { Self.percentile(self.shed, 99) }
    /// Whether a refusal waited for nothing: half of them came back at least half a ``workTime`` before half of the
    /// admitted requests of this run (an admitted request is a refusal's work plus the permit's `workTime`), and none
    /// later than the admitted requests' p99. Both sides are measured in the same run, so that the 2 cores'
    /// scheduling, shared with the load generator and in CI with the suites beside the test, weighs on both: there a
    /// refusal's p99 reached 20 ms with the unloaded run's p50 at 14, and its p50 12 ms with the admitted p50 at 22.
    var refusesFast: Bool {
        self.shedP50 <= self.admittedP50 - workTime / 2 && self.shedP99 <= self.admittedP99
    }

    /// Admitted requests per second of load.
    var goodput: Double { Double(self.admitted.count) / self.seconds }

    var description: String {
        func ms(_ duration: Duration) -> String { String(format: "%.1f ms", duration.seconds * 1_000) }
        return
            "\(self.rate)/s for \(String(format: "%.1f", self.seconds)) s: \(self.admitted.count) admitted (p50 "
            + "\(ms(self.admittedP50)), p99 \(ms(self.admittedP99)), \(Int(self.goodput))/s), \(self.shed.count) shed "
            + "(p50 \(ms(self.shedP50)), p99 \(ms(self.shedP99))), \(self.other) other"
    }
}

/// Sends GET `/work` at `rate` requests a second for `duration`, in batches every millisecond, and waits for every
/// answer.
func drive(_ client: HTTPClient, port: Int, rate: Int, for duration: Duration) async throws -> LoadRun {
    let batch: Duration = .milliseconds(1)
    let perBatch = Double(rate) * batch.seconds
    let batches = Int(duration / batch)
    let start = ContinuousClock.now
    let request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/work")
    return try await withThrowingTaskGroup(of: (Int, Duration).self) { group in
        var sent = 0.0
        for index in 0..<batches {
            let due = start + batch * index
            try await Task.sleep(until: due)
            let target = perBatch * Double(index + 1)
            while sent < target {
                sent += 1
                group.addTask {
                    let response = try await client.execute(request, timeout: .seconds(60))
                    _ = try await response.body.collect(upTo: 1_024)
                    return (Int(response.status.code), ContinuousClock.now - due)
                }
            }
        }
        var run = LoadRun(rate: rate, seconds: duration.seconds)
        for try await (status, latency) in group {
            switch status {
            case 200: run.admitted.append(latency)
            case 503: run.shed.append(latency)
            default: run.other += 1
            }
        }
        return run
    }
}

/// How long a request to ``overloadableService(capacity:shedding:)`` holds its permit.
let workTime: Duration = .milliseconds(10)

/// A service whose `/work` holds one of `capacity` connections of a pool (waiting in line for one, as a database
/// pool's callers do) for ``workTime``; with `shedding`, a bulkhead of the same capacity in front refuses what would
/// wait.
func overloadableService(capacity: Int, shedding: Bool) throws -> Router<BasicRequestContext> {
    let pool = try Bulkhead(name: "pool", maxConcurrentCalls: capacity, maxWaitDuration: .seconds(60))
    let router = Router()
    if shedding {
        let inbound = try ResilienceRegistry().register(
            "inbound",
            pipeline: ResiliencePipeline { try Bulkhead(name: "inbound", maxConcurrentCalls: capacity) }
        )
        router.add(middleware: LoadSheddingMiddleware(integrationPoint: inbound))
    }
    router.get("work") { _, _ -> String in
        try await pool.run { try await Task.sleep(for: workTime) }
        return "done"
    }
    return router
}

@Suite("Hummingbird shedding under 4x overload")
struct SheddingUnderOverloadTests {
    static let capacity = 2

    /// Capacity N = 2 requests of 10 ms at a time (about 200 requests a second), driven at 4 × that rate. Without
    /// shedding the requests queue for the pool and the latency grows with the queue; with it, admitted requests stay
    /// near the unloaded latency, the rest are refused fast, and the pool stays busy.
    @Test(.timeLimit(.minutes(3)))
    func sheddingKeepsAdmittedRequestsFastWhileTheQueueGrowsWithoutIt() async throws {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        defer { _ = client.shutdown() }
        let nominalCapacity = Self.capacity * 100
        try await exclusively {
            let routers = [
                try overloadableService(capacity: Self.capacity, shedding: true),
                try overloadableService(capacity: Self.capacity, shedding: false),
            ]
            try await withServers(routers) { ports in
                var reports: [String] = []
                // Timing on 2 shared cores, beside the rest of the suite: the shedding figures are the first run
                // within the bounds of up to ten, a second apart (alone, about one run in four sees a scheduling
                // stall that doubles its p99; in the full suite of a landing CI, five runs in a row were disturbed by
                // the suites still running beside it, the last two by less each time). Shedding that did not work
                // would fail all ten: without it, the p99 grows tenfold (the last check).
                let attempts = 10
                for attempt in 1...attempts {
                    if attempt > 1 { try await Task.sleep(for: .seconds(1)) }
                    _ = try await drive(client, port: ports[0], rate: nominalCapacity / 4, for: .milliseconds(200))
                    let unloaded = try await drive(client, port: ports[0], rate: nominalCapacity / 4, for: .seconds(1))
                    let overloaded = try await drive(
                        client,
                        port: ports[0],
                        rate: 4 * nominalCapacity,
                        for: .seconds(2)
                    )
                    // The capacity the pool really has: N requests per unloaded request time (10 ms and the sleep's
                    // and the network's overhead).
                    let capacity = Double(Self.capacity) / unloaded.admittedP50.seconds
                    reports.append(
                        "shedding, attempt \(attempt): unloaded \(unloaded); overloaded \(overloaded); "
                            + "capacity \(Int(capacity))/s"
                    )
                    let fast = overloaded.refusesFast
                    // A run that another test disturbed (a stall that made the unloaded run shed) is run again. Under
                    // ThreadSanitizer a request takes ~30 ms instead of 13, so the unloaded rate (50 a second for two
                    // permits) now and then finds both taken: a shed there is no disturbance.
                    let unloadedShedNothing = unloaded.shed.isEmpty || underThreadSanitizer
                    let undisturbed = unloadedShedNothing && unloaded.other == 0 && overloaded.other == 0
                    let withinBounds =
                        overloaded.admittedP99 <= unloaded.admittedP99 * 2 && overloaded.goodput >= 0.9 * capacity
                    let settled = undisturbed && !overloaded.shed.isEmpty
                    if (settled && ((withinBounds && fast) || underThreadSanitizer)) || attempt == attempts {
                        print(reports.joined(separator: "\n"))
                        #expect(overloaded.other == 0 && unloadedShedNothing && unloaded.other == 0)
                        #expect(!overloaded.shed.isEmpty && !overloaded.admitted.isEmpty)
                        // ThreadSanitizer makes every request's CPU work 5 to 15 times slower: 800 requests a second
                        // saturate both cores, and times measure the sanitizer. The bounds hold in the plain run.
                        if !underThreadSanitizer {
                            #expect(
                                overloaded.admittedP99 <= unloaded.admittedP99 * 2,
                                "admitted p99 \(overloaded.admittedP99) within twice the unloaded \(unloaded.admittedP99)"
                            )
                            #expect(
                                overloaded.goodput >= 0.9 * capacity,
                                "goodput \(overloaded.goodput)/s of \(capacity)"
                            )
                            #expect(
                                fast,
                                "refused fast: p50 \(overloaded.shedP50), p99 \(overloaded.shedP99) of \(overloaded)"
                            )
                        }
                        break
                    }
                }
                let unloaded = try await drive(client, port: ports[1], rate: nominalCapacity / 4, for: .seconds(1))
                let overloaded = try await drive(client, port: ports[1], rate: 4 * nominalCapacity, for: .seconds(1))
                print("without shedding: unloaded \(unloaded); overloaded \(overloaded)")
                #expect(overloaded.shed.isEmpty && overloaded.other == 0)
                #expect(
                    underThreadSanitizer || overloaded.admittedP99 > unloaded.admittedP99 * 10,
                    "three of four requests wait in a queue that grows for the whole second: p99 \(overloaded.admittedP99)"
                )
            }
        }
    }
}

#endif
