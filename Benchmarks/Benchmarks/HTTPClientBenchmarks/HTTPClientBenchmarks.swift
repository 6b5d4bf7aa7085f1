// A GET through ResilientHTTPClient beside the same GET through a bare AsyncHTTPClient, to the same server on
// loopback, in the same run (DESIGN.md, "Performance budgets"; issue 14: at most 2 µs and 3 % per admitted request).
//
// The server is a `FaultyHTTPServer` answering at once (`healthy(latency: .zero)`, a 33-byte JSON body) on an event
// loop of its own; the clients share another one. Each iteration is one request whose body is read to its end.

import AsyncHTTPClient
import Benchmark
import BenchmarkSupport
import Glibc
import NIOCore
import NIOPosix
import Resilience
import ResilienceChaos
import ResilienceHTTPClient

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

/// The run's server, held for the whole run: a `FaultyHTTPServer` that nobody holds stops (and a local that is not
/// used after its port is read may be released at once).
nonisolated(unsafe) var runningServer: FaultyHTTPServer?

let benchmarks: @Sendable () -> Void = {
    let server = blocking { try await FaultyHTTPServer.start(mode: .healthy(latency: .zero)) }
    runningServer = server
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
    // The same without the deadline header (`x-envoy-expected-rq-timeout-ms`), which the others send: what
    // propagating the deadline costs the client and the server.
    var headerless = declared
    headerless.deadlineHeader = nil
    let unheaded = try! ResilientHTTPClient(
        client: http,
        registry: registry,
        name: "headerless",
        configuration: headerless
    ) { key in
        try ResiliencePipeline { try CircuitBreaker(name: "headerless \(key)") }
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
    pairedBenchmark("marginal, paired with the bare request: breaker, no deadline header, collectingUpTo", bare: bare) {
        let response = try await unheaded.execute(request, collectingUpTo: 1 << 16)
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
