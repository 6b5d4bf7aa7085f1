import AsyncHTTPClient
import Foundation
import NIOPosix
import Resilience
import ResilienceTestSupport
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// One sample of the process, taken every second of the soak.
struct SoakSample: Codable, Sendable {
    var second: Double
    var residentMegabytes: Double
    var fileDescriptors: Int
    var calls: Int
    var abandonedRunning: Int
    var faults: Int
}

/// What the soak measured and what it broke.
struct SoakReport: Codable {
    var date: String
    var machine: String
    var seconds: Int
    var calls: Int
    var faultsInjected: Int
    var samples: [SoakSample]
    var problems: [String]
}

/// A bounded mixed load on four real dependencies (two HTTP servers behind our proxy, a PostgreSQL behind it, an
/// in-process dependency under chaos) while random faults come and go, then a quiet sixth without faults: resident
/// memory and file descriptors must stay flat, abandoned work must drain to zero, and no count may be lost.
enum Soak {
    /// A dependency of the soak: its point and how to call it, break it and heal it.
    struct Target: Sendable {
        var name: String
        var view: IntegrationPointView
        var call: @Sendable () async -> CallerOutcome
        var faults: [@Sendable () async throws -> Void]
        var heal: @Sendable () async throws -> Void
    }

    /// What a soak runs, beyond its length.
    struct Options {
        /// Whether resident memory must stay flat (off under AddressSanitizer, whose quarantine holds freed memory).
        var checkMemory = true
        /// Whether faults are injected.
        var faults = true
        /// The dependencies to load (`catalog`, `payments`, `orders`, `in-process`); all when `nil`.
        var dependencies: [String]? = nil
        /// Whether `orders` calls PostgresNIO's `PostgresClient` directly, without swift-resilience: the baseline of
        /// the driver's own memory (its counts are then not checked).
        var rawPostgres = false
    }

    /// Runs the soak for `duration`, writes its samples to `csvPath` and its report to `jsonPath`, and returns whether
    /// every property held.
    static func run(duration: Duration, csvPath: String?, jsonPath: String?, options: Options) async throws -> Bool {
        let registry = ResilienceRegistry()
        let hangGuard = HangGuard()
        // Starting PostgreSQL (initdb) is the slowest part.
        hangGuard.enter("starting the dependencies", bound: .seconds(120))
        // A group of its own, shut down at the end, so that LeakSanitizer sees every loop's memory freed.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let http = HTTPDependency.client(on: group)
        let catalog = try await HTTPDependency(http: http, registry: registry, name: "catalog")
        let payments = try await HTTPDependency(http: http, registry: registry, name: "payments")
        let database = try await PostgresDependency(eventLoopGroup: group)
        let (orders, ordersView) = try database.point("orders", registry: registry)
        let (inProcess, inProcessView, chaos) = try Self.inProcessPoint(registry: registry)

        func httpTarget(_ name: String, _ dependency: HTTPDependency) -> Target {
            Target(
                name: name,
                view: dependency.view,
                call: dependency.call,
                faults: [
                    { dependency.proxy.set(.refuse) },
                    { dependency.proxy.set(.blackHole) },
                    { dependency.proxy.set(.resetPeer(afterBytes: 40)) },
                    { dependency.server.set(.resetMidBody) },
                    { dependency.server.set(.drip(bytesPerSecond: 20)) },
                    { dependency.server.set(.errors(status: 503, rate: 0.7)) },
                    { dependency.server.set(.hang) },
                    { dependency.server.set(.contractChange(status: 422)) },
                ],
                heal: { dependency.heal() }
            )
        }
        let targets = [
            httpTarget("catalog", catalog),
            httpTarget("payments", payments),
            Target(
                name: "orders",
                view: ordersView,
                call: {
                    do {
                        if options.rawPostgres {
                            _ = try await database.client.query("SELECT 1").collect()
                            return .success
                        }
                        return try await orders.query("SELECT 1").count == 1 ? .success : .violation
                    } catch {
                        return CallerOutcome(error: error)
                    }
                },
                faults: [
                    { database.proxy.set(.blackHole) },
                    { database.proxy.set(.latency(.milliseconds(400))) },
                    { database.proxy.set(.resetPeer(afterBytes: 0)) },
                ],
                heal: { database.proxy.set(.none) }
            ),
            Target(
                name: "in-process",
                view: inProcessView,
                call: {
                    do {
                        try await inProcess.run { try await Task.sleep(for: .milliseconds(1)) }
                        return .success
                    } catch {
                        return CallerOutcome(error: error)
                    }
                },
                faults: [
                    { try chaos.apply(ChaosSetting(.hang)) },
                    { try chaos.apply(ChaosSetting(.flaky)) },
                    { try chaos.apply(ChaosSetting(.slow, latency: .milliseconds(500))) },
                ],
                heal: { try chaos.apply(ChaosSetting(.healthy)) }
            ),
        ].filter { options.dependencies?.contains($0.name) ?? true }

        var problems: [String] = []
        let clock = ContinuousClock()
        let start = clock.now
        let quiet = duration / 6
        let stop = Shared(Atomic<Bool>(false))
        let calls = Shared(Atomic<Int>(0))
        let faults = Shared(Atomic<Int>(0))
        let samples = Shared(Mutex<[SoakSample]>([]))
        let before = targets.map { $0.view.statistics() }

        let leftovers: @Sendable () -> String = {
            targets.map { "\($0.name): \($0.view.leftovers)" }.joined(separator: "; ")
        }
        hangGuard.enter("soaking for \(duration)", bound: duration + .seconds(60)) {
            "\(calls.value.load(ordering: .relaxed)) calls so far; " + leftovers()
        }
        let records = try await withThrowingTaskGroup(of: [(Int, CallerRecord)].self) { group in
            // Eight callers, two per dependency, each calling again 2 ms after its call ended.
            for (index, target) in (targets + targets).enumerated() {
                group.addTask {
                    var record = CallerRecord()
                    while !stop.value.load(ordering: .relaxed) {
                        let outcome = await target.call()
                        record.outcomes.append(outcome)
                        calls.value.add(1, ordering: .relaxed)
                        try? await Task.sleep(for: .milliseconds(2))
                    }
                    return [(index, record)]
                }
            }
            // The sampler: once a second.
            group.addTask {
                while !stop.value.load(ordering: .relaxed) {
                    let sample = SoakSample(
                        second: start.duration(to: clock.now).milliseconds / 1000,
                        residentMegabytes: Self.residentMegabytes(),
                        fileDescriptors: Self.openFileDescriptors(),
                        calls: calls.value.load(ordering: .relaxed),
                        abandonedRunning: targets.reduce(0) { $0 + $1.view.abandonedRunning },
                        faults: faults.value.load(ordering: .relaxed)
                    )
                    samples.value.withLock { $0.append(sample) }
                    try? await Task.sleep(for: .seconds(1))
                }
                return []
            }
            // The faults: every 3 s one of them, on one dependency, for 1.5 s; none in the last sixth.
            var random = SeededGenerator(state: 18)
            while start.duration(to: clock.now) < duration - quiet {
                let target = targets[Int(random.next() % UInt64(targets.count))]
                let fault = target.faults[Int(random.next() % UInt64(target.faults.count))]
                if options.faults {
                    try await fault()
                    faults.value.add(1, ordering: .relaxed)
                }
                try await Task.sleep(for: .milliseconds(1_500))
                try await target.heal()
                try await Task.sleep(for: .milliseconds(1_500))
            }
            for target in targets { try await target.heal() }
            try await Task.sleep(until: start.advanced(by: duration), clock: clock)
            stop.value.store(true, ordering: .relaxed)
            // Every call is bounded by its deadline: the callers end within it.
            hangGuard.enter("callers ending", bound: .seconds(30), diagnose: leftovers)
            return try await group.reduce(into: []) { $0 += $1 }
        }
        hangGuard.enter("draining", bound: .seconds(30))

        // Abandoned work drains and no permit is held once the faults have ended.
        let drained = await Scenario.waitFor(within: .seconds(10), clock: clock) {
            targets.allSatisfy(\.view.isDrained)
        }
        if drained == nil { problems.append("abandoned work or permits still held 10 s after the faults ended") }

        // No lost counts: what each dependency's callers saw is what its point counted.
        for (index, target) in targets.enumerated() where !(options.rawPostgres && target.name == "orders") {
            let seen = Tally(records.filter { $0.0 % targets.count == index }.flatMap { $0.1.outcomes })
            let counted = Tally(countedBetween: before[index], and: target.view.statistics())
            // The soak's callers never cancel: an ignored call is a problem too.
            if counted != seen {
                problems.append("\(target.name): the callers saw \(seen); the point counted \(counted)")
            }
        }

        let recorded = samples.value.withLock { $0 }
        problems += Self.flatness(of: recorded, checkMemory: options.checkMemory)

        hangGuard.enter("stopping the dependencies", bound: .seconds(60))
        await catalog.stop()
        await payments.stop()
        await database.stop()
        try await http.shutdown()
        try await group.shutdownGracefully()
        hangGuard.leave()

        let report = SoakReport(
            date: ISO8601DateFormatter().string(from: Date()),
            machine: machineDescription(),
            seconds: Int(duration.components.seconds),
            calls: calls.value.load(ordering: .relaxed),
            faultsInjected: faults.value.load(ordering: .relaxed),
            samples: recorded,
            problems: problems
        )
        if let jsonPath {
            try writeJSON(report, to: jsonPath)
        }
        if let csvPath {
            let lines =
                ["second,resident_mb,file_descriptors,calls,abandoned_running,faults"]
                + recorded.map {
                    "\($0.second),\($0.residentMegabytes),\($0.fileDescriptors),\($0.calls),\($0.abandonedRunning),\($0.faults)"
                }
            try lines.joined(separator: "\n").appending("\n").write(toFile: csvPath, atomically: true, encoding: .utf8)
        }
        let first = recorded.first.map { "\(Int($0.residentMegabytes)) MB, \($0.fileDescriptors) fds" } ?? "-"
        let last = recorded.last.map { "\(Int($0.residentMegabytes)) MB, \($0.fileDescriptors) fds" } ?? "-"
        print(
            "soak: \(report.calls) calls in \(report.seconds) s, \(report.faultsInjected) faults; first sample \(first), "
                + "last \(last)"
        )
        for problem in problems { print("  - \(problem)") }
        print(problems.isEmpty ? "soak: PASS" : "soak: FAIL")
        return problems.isEmpty
    }

    /// The in-process dependency: breaker, bulkhead of 8, 300 ms timeout, then chaos.
    static func inProcessPoint(
        registry: ResilienceRegistry
    ) throws -> (
        IntegrationPoint<
            ComposedPolicy<
                CircuitBreaker,
                ComposedPolicy<Bulkhead, ComposedPolicy<Timeout, ComposedPolicy<ChaosLatency, ChaosFault>>>
            >
        >,
        IntegrationPointView,
        InProcessChaosTarget
    ) {
        let chaos = try InProcessChaosTarget(name: "in-process", seed: 18)
        let breaker = try CircuitBreaker(name: "in-process", configuration: .matrix)
        let bulkhead = try Bulkhead(name: "in-process.bulkhead", maxConcurrentCalls: 8)
        let timeout = Timeout(.milliseconds(300), name: "in-process.timeout")
        let point = try registry.register(
            "in-process",
            pipeline: ResiliencePipeline {
                breaker
                bulkhead
                timeout
                chaos.latency
                chaos.fault
            }
        )
        return (point, IntegrationPointView(point, breaker: breaker, bulkhead: bulkhead, timeout: timeout), chaos)
    }

    /// Memory and descriptors flat: the median of the last third within 10 % (and 16 MB) of the second third's, the
    /// descriptors at the end within 16 of those after the warm-up.
    static func flatness(of samples: [SoakSample], checkMemory: Bool) -> [String] {
        guard samples.count >= 9 else { return ["only \(samples.count) samples"] }
        let third = samples.count / 3
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let middle = median(samples[third..<(2 * third)].map(\.residentMegabytes))
        let end = median(samples[(2 * third)...].map(\.residentMegabytes))
        var problems: [String] = []
        if checkMemory, end > middle * 1.10 && end > middle + 16 {
            problems.append("resident memory grew from \(Int(middle)) MB to \(Int(end)) MB (medians of the thirds)")
        }
        let descriptorsAfterWarmUp = samples[min(samples.count - 1, 3)].fileDescriptors
        if let last = samples.last, last.fileDescriptors > descriptorsAfterWarmUp + 16 {
            problems.append("file descriptors grew from \(descriptorsAfterWarmUp) to \(last.fileDescriptors)")
        }
        return problems
    }

    /// The process's resident set, from `/proc/self/statm`.
    static func residentMegabytes() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// The process's open file descriptors, from `/proc/self/fd`.
    static func openFileDescriptors() -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.count ?? 1) - 1
    }
}
