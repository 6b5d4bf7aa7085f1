// A GET through ResilientHTTPClient beside the same GET through a bare AsyncHTTPClient, to the same server on
// loopback, in the same run (DESIGN.md, "Performance budgets"; issue 14: at most 2 µs and 3 % per admitted request).
//
// The server is a `FaultyHTTPServer` answering at once (`healthy(latency: .zero)`, a 33-byte JSON body) on an event
// loop of its own; the clients share another one. Each iteration is one request whose body is read to its end.

import AsyncHTTPClient
import Benchmark
import Glibc
import NIOCore
import NIOPosix
import Resilience
import ResilienceChaos
import ResilienceHTTPClient

/// Runs an async body to completion from the synchronous setup.
func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) -> T {
    try! MultiThreadedEventLoopGroup.singleton.any().makeFutureWithTask(body).wait()
}

func requestBenchmark(_ name: String, _ request: @escaping @Sendable () async throws -> Void) {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 500,  // the connection pool, the host's integration point
        scalingFactor: .one,
        maxDuration: .seconds(8),
        maxIterations: 40_000
    )
    Benchmark(name, configuration: configuration) { _ in
        try await request()
    }
}

let marginal = BenchmarkMetric.custom("marginal (ns)", polarity: .prefersSmaller, useScalingFactor: false)
let marginalShare = BenchmarkMetric.custom("marginal (0.01 %)", polarity: .prefersSmaller, useScalingFactor: false)

let marginalCPU = BenchmarkMetric.custom(
    "marginal CPU, all threads (ns)",
    polarity: .prefersSmaller,
    useScalingFactor: false
)

func nanosecondsNow(_ clock: clockid_t = CLOCK_MONOTONIC) -> Int64 {
    var now = timespec()
    clock_gettime(clock, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}

/// Wall-clock and process CPU time (every thread: the client's event loop, the server's, the caller's) together.
struct Instant {
    var wall = nanosecondsNow()
    var cpu = nanosecondsNow(CLOCK_PROCESS_CPUTIME_ID)
}

/// The wall clock's noise on this machine (tens of microseconds per loopback request) hides a difference of a few
/// microseconds between two separate benchmarks. Here each sample times 1,000 pairs, a bare request and a guarded
/// one back to back (alternating which goes first), and records the difference of their means, in wall-clock time and
/// in the CPU time of every thread: drift and noise cancel, and the median of the samples is the marginal cost.
func pairedBenchmark(
    _ name: String,
    bare: @escaping @Sendable () async throws -> Void,
    guarded: @escaping @Sendable () async throws -> Void
) {
    let configuration = Benchmark.Configuration(
        metrics: [marginal, marginalShare, marginalCPU],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(30),
        maxIterations: 25
    )
    Benchmark(name, configuration: configuration) { benchmark in
        let pairs = 1_000
        var bareTotal: (wall: Int64, cpu: Int64) = (0, 0)
        var guardedTotal: (wall: Int64, cpu: Int64) = (0, 0)
        for pair in 0..<pairs {
            let first = pair % 2 == 0 ? bare : guarded
            let second = pair % 2 == 0 ? guarded : bare
            let start = Instant()
            try await first()
            let middle = Instant()
            try await second()
            let end = Instant()
            let firstTime = (middle.wall - start.wall, middle.cpu - start.cpu)
            let secondTime = (end.wall - middle.wall, end.cpu - middle.cpu)
            let (bareTime, guardedTime) = pair % 2 == 0 ? (firstTime, secondTime) : (secondTime, firstTime)
            bareTotal = (bareTotal.wall + bareTime.0, bareTotal.cpu + bareTime.1)
            guardedTotal = (guardedTotal.wall + guardedTime.0, guardedTotal.cpu + guardedTime.1)
        }
        let difference = (guardedTotal.wall - bareTotal.wall) / Int64(pairs)
        benchmark.measurement(marginal, Int(difference))
        benchmark.measurement(marginalCPU, Int((guardedTotal.cpu - bareTotal.cpu) / Int64(pairs)))
        benchmark.measurement(marginalShare, Int(difference * 10_000 / max(1, bareTotal.wall / Int64(pairs))))
    }
}

let benchmarks: @Sendable () -> Void = {
    let server = blocking { try await FaultyHTTPServer.start(mode: .healthy(latency: .zero)) }
    let url = "http://127.0.0.1:\(server.port)/orders"
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    var httpConfiguration = HTTPClient.Configuration()
    httpConfiguration.connectionPool.retryConnectionEstablishment = false
    httpConfiguration.timeout.read = .seconds(5)
    let http = HTTPClient(eventLoopGroup: group, configuration: httpConfiguration)
    let registry = ResilienceRegistry()
    // The client's read timeout declared: body reads early in the budget need no race.
    var declared = ResilientHTTPClientConfiguration()
    declared.clientReadTimeout = .seconds(5)
    let guarded = try! ResilientHTTPClient(client: http, registry: registry, name: "guarded", configuration: declared) {
        key in
        try ResiliencePipeline { try CircuitBreaker(name: "guarded \(key)") }
    }
    // Not declared: every body read races the deadline in a task of its own.
    let racing = try! ResilientHTTPClient(client: http, registry: registry, name: "racing") { key in
        try ResiliencePipeline { try CircuitBreaker(name: "racing \(key)") }
    }
    var settings = HTTPDependencySettings()
    settings.rateLimitPerSecond = 1_000_000  // the preset's 1,000 per second would refuse the benchmark's pace
    let preset = try! ResilientHTTPClient(
        client: http,
        registry: registry,
        name: "preset",
        settings: settings,
        configuration: declared
    )
    let request = HTTPClientRequest(url: url)

    let bare: @Sendable () async throws -> Void = {
        let response = try await http.execute(request, deadline: .now() + .seconds(30))
        precondition(response.status == .ok)
        _ = try await response.body.collect(upTo: 1 << 16)
    }
    requestBenchmark("bare AsyncHTTPClient: GET, body collected (baseline)", bare)
    requestBenchmark("ResilientHTTPClient, breaker: GET collectingUpTo") {
        let response = try await guarded.execute(request, collectingUpTo: 1 << 16)
        precondition(response.status == .ok)
    }
    requestBenchmark("ResilientHTTPClient, breaker: GET, streamed body collected") {
        let response = try await guarded.execute(request)
        precondition(response.status == .ok)
        _ = try await response.body.collect(upTo: 1 << 16)
    }
    requestBenchmark("ResilientHTTPClient, breaker, no read timeout declared: GET collectingUpTo") {
        let response = try await racing.execute(request, collectingUpTo: 1 << 16)
        precondition(response.status == .ok)
    }
    requestBenchmark("ResilientHTTPClient, HTTP preset: GET collectingUpTo") {
        let response = try await preset.execute(request, collectingUpTo: 1 << 16)
        precondition(response.status == .ok)
    }
    // The integration point and its breaker alone around the bare request: what the core adds, for reference.
    let point = try! guarded.integrationPoints.integrationPoint(for: "http://127.0.0.1:\(server.port)")
    pairedBenchmark("marginal, paired with the bare request: the point's pipeline alone around it", bare: bare) {
        try await point.run { try await bare() }
    }
    pairedBenchmark("marginal, paired with the bare request: breaker, GET collectingUpTo", bare: bare) {
        let response = try await guarded.execute(request, collectingUpTo: 1 << 16)
        precondition(response.status == .ok)
    }
    pairedBenchmark("marginal, paired with the bare request: breaker, GET, streamed body collected", bare: bare) {
        let response = try await guarded.execute(request)
        precondition(response.status == .ok)
        _ = try await response.body.collect(upTo: 1 << 16)
    }
    pairedBenchmark("marginal, paired with the bare request: no read timeout declared, collectingUpTo", bare: bare) {
        let response = try await racing.execute(request, collectingUpTo: 1 << 16)
        precondition(response.status == .ok)
    }
}
