import AsyncHTTPClient
import Foundation
import Resilience
import ResilienceAdmin
import ResilienceChaos
import ResilienceConfiguration
import ResilienceHTTPClient
import ResilienceTesting

/// The entry points that run until cancelled (the services) and the test clock, each started, used and stopped.
func runServices() async throws {
    let registry = ResilienceRegistry()
    let clock = ManualClock()
    var configuration = CircuitBreaker.Configuration()
    configuration.minimumNumberOfCalls = 1
    configuration.slidingWindow = .countBased(size: 1)
    configuration.waitDurationInOpenState = .seconds(5)
    let breaker = try CircuitBreaker(name: "services", configuration: configuration, clock: clock)
    try registry.register("services", pipeline: ResiliencePipeline { breaker })
    do {
        _ = try await breaker.run { try await work(-1) }
    } catch is Failure {}
    guard breaker.state == .open else { throw Failure() }
    await clock.advance(by: .seconds(5))
    guard try await breaker.run({ try await work(1) }) == 1, breaker.state == .halfOpen else { throw Failure() }

    let reporter = ResilienceMetricsReporter(registry: registry, interval: .milliseconds(10), clock: clock)
    let server = AdminServer(registry: registry, configuration: .init(port: 0), reporter: reporter)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("release-build-check-\(getpid()).yaml")
        .path
    try "instances:\n  reloaded:\n    timeout: 1s\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let points = ConfiguredIntegrationPoints(registry: registry)
    let reloader = ConfigurationFileReloader(contentsOfFile: path, applyingTo: points, clock: clock)

    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await reporter.run() }
        group.addTask { try await server.run() }
        group.addTask { try await reloader.run() }
        // The reloader applies the file before its first sleep; bounded at 10 s.
        for _ in 0..<2_000 where points.integrationPoint("reloaded") == nil {
            try await Task.sleep(for: .milliseconds(5))
        }
        guard points.integrationPoint("reloaded") != nil else { throw Failure() }
        group.cancelAll()
        while let _ = try? await group.next() {}
    }
}

/// The outcome and deadline API as a client uses it: classified errors flowing through a pipeline and a retry, late
/// failures, the header codecs.
func runOutcomes() async throws {
    let registry = ResilienceRegistry()
    let point = try registry.register("outcomes", pipeline: callerTaskPipeline("outcomes"))
    let retry = try Retry(name: "outcomes", maxAttempts: 3, backoff: .constant(.zero), jitter: .none)
    let refused = try await mapAsync([1, 2]) { i in
        do {
            return try await retry.run {
                try await point.run { () async throws -> Int in
                    throw ClassifiedFailure(Failure(), outcome: .contractViolation(reason: "http_422"))
                }
            }
        } catch let failure as ClassifiedFailure {
            return failure.permitsRetry ? -i : i
        }
    }
    point.recordLateFailure(Failure())
    point.recordLateContractViolation(reason: "decoding", message: "late")
    let statistics = point.statistics
    let deadline = Deadline.after(.milliseconds(1_500))
    var inbound = InboundDeadline()
    inbound.reserve = .milliseconds(500)
    guard refused == [1, 2], statistics.contractViolations == 3, statistics.failedCalls == 1,
        DeadlineHeader.envoyExpectedTimeout.value(for: deadline.earlier(than: Deadline.current)) != nil,
        DeadlineHeader.grpcTimeout.remaining(fromValue: "1500m") == .milliseconds(1_500),
        inbound.budget(fromHeaderValue: "1500") == .seconds(1),
        RetryAfter.delay(fromHeaderValue: "120") == .seconds(120), RetryAfter.headerValue(for: .seconds(1.5)) == "2",
        HTTPStatusClassification.default.outcome(forStatus: 422) == .contractViolation(reason: "http_422"),
        HTTPRetryEligibility.automatic.permitsRetry(method: "GET", body: .none)
    else { throw Failure() }
}

/// ResilienceTesting's doubles as a user's tests use them: a gate holding a bulkhead's permit, a hostage outliving its
/// timeout on a manual clock, a simulated dependency behind a breaker.
func runTestDoubles() async throws {
    let bulkhead = try Bulkhead(name: "doubles", maxConcurrentCalls: 1)
    let gate = Gate()
    let holder = Task { try await bulkhead.run { await gate.wait() } }
    // Bounded: the holder takes the permit within a few scheduling rounds.
    for _ in 0..<100_000 where bulkhead.metrics.concurrentCallsInUse == 0 { await Task.yield() }
    guard bulkhead.metrics.concurrentCallsInUse == 1 else { throw Failure() }
    let full: Bool
    do {
        try await bulkhead.run {}
        full = false
    } catch is BulkheadFullError {
        full = true
    }
    gate.open()
    try await holder.value

    let clock = ManualClock()
    let hostage = Hostage()
    let timed = Task { try await withTimeout(.seconds(1), clock: clock) { await hostage.run() } }
    await hostage.waitUntilRunning()
    try await clock.waitForSleepers(count: 0)
    await clock.advance(by: .seconds(1))
    let timedOut = await (try? timed.value) == nil
    hostage.release()

    let dependency = SimulatedDependency(latency: .microseconds(1))
    let breaker = try CircuitBreaker(name: "doubles", configuration: CircuitBreaker.Configuration())
    dependency.set(.failing)
    let failed = await (try? breaker.run { try await dependency.call() }) == nil
    await sleepIgnoringCancellation(.zero)
    guard full, timedOut, failed else { throw Failure() }
}

/// The network chaos tools: a faulty HTTP server behind the fault proxy, a request through both, each fault set once.
func runChaos() async throws {
    let server = try await FaultyHTTPServer.start(mode: .healthy(latency: .zero))
    let proxy = try await FaultProxy.start(upstreamPort: server.port)
    let breaker = try CircuitBreaker(name: "chaos", configuration: CircuitBreaker.Configuration())
    let answer = try await breaker.run {
        try await withTimeout(.seconds(10)) { try httpGet(port: proxy.port) }
    }
    let faults: [FaultProxy.Fault] = [
        .latency(.milliseconds(1), jitter: .zero), .bandwidth(bytesPerSecond: 1_000), .blackHole,
        .resetPeer(afterBytes: 10), .refuse, .slowClose(.milliseconds(1)), .timeout(after: .seconds(1)), .none,
    ]
    for fault in faults { proxy.set(fault) }
    let modes: [FaultyHTTPServer.Mode] = [
        .slow(.milliseconds(1)), .errors(status: 503, rate: 0.5), .retryAfter(after: .seconds(1)), .hang, .down,
        .resetMidBody, .drip(bytesPerSecond: 100), .contractChange(), .healthy(),
    ]
    for mode in modes { server.set(mode) }
    try await proxy.stop()
    try await server.stop()
    guard answer.hasPrefix("HTTP/1.1 200"), server.requestCount == 1, server.lastDeadlineHeader == nil else {
        throw Failure()
    }
    try await runChaosTargets()
}

/// Chaos targets as the demo uses them: an upstream with an API of its own, and an integration point in process, each
/// put through every mode; the admin server given both.
func runChaosTargets() async throws {
    let respond: @Sendable (FaultyHTTPServer.Request) -> FaultyHTTPServer.Answer = { request in
        FaultyHTTPServer.Answer(status: request.method == "POST" ? 201 : 200, body: #"{"n":\#(request.number)}"#)
    }
    let upstream = try await FaultyHTTPServer.start(mode: .healthy(latency: .zero), respond: respond)
    let inProcess = try InProcessChaosTarget(name: "disk")
    let pipeline = ResiliencePipeline {
        inProcess.fault
        inProcess.latency
    }
    let targets: [any ChaosTarget] = [upstream.chaosTarget(named: "payments"), inProcess]
    var failed = 0
    for mode in ChaosSetting.Mode.allCases where mode != .hang {
        let setting = try ChaosSetting(
            mode,
            latency: mode == .slow || mode == .drip ? .zero : nil,
            rate: mode == .flaky ? 1 : nil
        )
        for target in targets { try target.apply(setting) }
        do {
            _ = try await pipeline.run { 1 }
        } catch let error as ChaosInjectedError {
            failed += error.outcome == .failure || mode == .contractChange ? 1 : 0
        }
    }
    for target in targets { try target.apply(.healthy) }
    try inProcess.latency.setLatency(.milliseconds(1))
    let registry = ResilienceRegistry()
    registry.recordChaosChange(.healthy, onTarget: "disk")
    _ = AdminServer(registry: registry, configuration: .init(port: 0), chaosTargets: targets)
    try await upstream.stop()
    let created = respond(FaultyHTTPServer.Request(method: "POST", uri: "/payments", body: Array("{}".utf8), number: 7))
    guard failed == 5, targets.allSatisfy({ $0.setting == .healthy }), created == .init(status: 201, body: #"{"n":7}"#)
    else { throw Failure() }
}

/// A plain HTTP/1.1 GET on a blocking socket; the answer's first bytes.
private func httpGet(port: Int) throws -> String {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
    }
    guard connected == 0 else { throw Failure() }
    let request = Array("GET / HTTP/1.1\r\nhost: check\r\nconnection: close\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var buffer = [UInt8](repeating: 0, count: 1_024)
    let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { throw Failure() }
    return String(decoding: buffer[..<count], as: UTF8.self)
}

/// One server and one AsyncHTTPClient for every shape of the HTTP client's entry points, started by the first.
actor HTTPCheck {
    static let shared = HTTPCheck()
    private var started: (server: FaultyHTTPServer, client: HTTPClient)?

    func upstream() async throws -> (server: FaultyHTTPServer, client: HTTPClient) {
        if let started { return started }
        let server = try await FaultyHTTPServer.start(mode: .healthy(latency: .zero))
        if let started {
            try await server.stop()
            return started
        }
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        self.started = (server, client)
        return (server, client)
    }
}

/// A `ResilientHTTPClient` of a shape's own, its hosts guarded by a breaker, and a request to the check's server.
struct CheckedHTTPClient: Sendable {
    let client: ResilientHTTPClient<CircuitBreaker>
    let request: HTTPClientRequest
}

/// A response handler that runs `operation`, whatever the response: the shapes' operation as `handleResponse`.
func handlingResponse<E: Error>(
    _ operation: @escaping @Sendable () async throws(E) -> Int
) -> @Sendable (HTTPClientResponse) async throws -> Int {
    { _ in try await operation() }
}

func checkedHTTPClient(_ tag: String) async throws -> CheckedHTTPClient {
    let (server, http) = try await HTTPCheck.shared.upstream()
    let client = try ResilientHTTPClient(client: http, registry: ResilienceRegistry(), name: tag) { key in
        try ResiliencePipeline { try CircuitBreaker(name: "\(tag) \(key)") }
    }
    return CheckedHTTPClient(client: client, request: HTTPClientRequest(url: "http://127.0.0.1:\(server.port)/check"))
}

/// The HTTP client's other entry points: a family registered by hand, the streamed and collected variants, a failing
/// status handed back, the configuration and the classification.
func runHTTPClient() async throws {
    let registry = ResilienceRegistry()
    let hosts = try registry.registerKeyed("hosts", maxInstances: 4) { key in
        try ResiliencePipeline {
            try Retry(name: "hosts \(key).retry", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
            try CircuitBreaker(name: "hosts \(key)")
        }
    }
    var configuration = ResilientHTTPClientConfiguration()
    configuration.deadlineHeader = .milliseconds(name: "x-budget-ms")
    configuration.retryEligibility = .never
    configuration.maximumRetryAfter = .seconds(1)
    configuration.maximumErrorBodyBytes = 4_096
    configuration.defaultTimeout = .seconds(5)
    configuration.errorClassification = .asyncHTTPClient
    let (server, http) = try await HTTPCheck.shared.upstream()
    let request = HTTPClientRequest(url: "http://127.0.0.1:\(server.port)/check")
    let client = ResilientHTTPClient(client: http, integrationPoints: hosts, configuration: configuration)
    let streamed = try await client.execute(request, timeout: .seconds(5), retry: .automatic)
    let body = try await streamed.body.collect(upTo: 4_096)
    server.set(.errors(status: 500))
    let failed = try await client.execute(request, collectingUpTo: 4_096)
    let status = try await client.execute(request) { $0.status }
    server.set(.healthy(latency: .zero))
    let failure = HTTPStatusFailure(response: failed)
    guard body.readableBytes > 0, failed.status == .internalServerError, status == .internalServerError,
        failure.response.status == .internalServerError,
        ErrorClassification.asyncHTTPClient.outcome(for: HTTPClientError.connectTimeout) == .failure
    else { throw Failure() }
}
