// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

import Foundation
import InMemoryLogging
import Logging
import Prometheus
import Resilience
import ServiceLifecycle
import Synchronization
import Testing

@testable import ResilienceAdmin

#if canImport(Glibc)
import Glibc
#endif

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A registry with one integration point, "payments", whose breaker is "payments" too, and an admin server over it
/// with the token "s3cret", started for real on a free loopback port.
struct AdminFixture {
    let registry = ResilienceRegistry()
    let prometheus = PrometheusCollectorRegistry()
    let breaker: CircuitBreaker
    let logs = InMemoryLogHandler()
    let server: AdminServer

    init(
        token: String? = "s3cret",
        critical: Set<String> = ["payments"],
        chaosTargets: [any ChaosTarget] = [],
        registering register: (ResilienceRegistry) throws -> Void = { _ in }
    ) throws {
        let breaker = try CircuitBreaker(
            name: "payments",
            metricsFactory: PrometheusMetricsFactory(registry: self.prometheus)
        )
        self.breaker = breaker
        try self.registry.register("payments", pipeline: ResiliencePipeline { breaker })
        try register(self.registry)
        let logs = self.logs
        self.server = AdminServer(
            registry: self.registry,
            configuration: .init(port: 0, bearerToken: token, maximumBodySize: 64, criticalCircuitBreakers: critical),
            prometheus: self.prometheus,
            reporter: ResilienceMetricsReporter(
                registry: self.registry,
                metricsFactory: PrometheusMetricsFactory(registry: self.prometheus)
            ),
            logger: Logger(label: "admin", factory: { _ in logs }),
            chaosTargets: chaosTargets
        )
    }

    /// Runs the server on a free loopback port, hands `body` a client for it, then shuts the server down.
    func test(_ body: (Client) async throws -> Void) async throws {
        let (ports, port) = AsyncStream.makeStream(of: Int.self)
        let running = RunningServer(server: self.server) { port.yield($0) }
        let group = ServiceGroup(services: [running], gracefulShutdownSignals: [], logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            do {
                try await body(Client(port: port))
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }
}

/// The server as a service that tells the port it listens on.
struct RunningServer: Service {
    let server: AdminServer
    let onServerRunning: @Sendable (Int) -> Void

    func run() async throws {
        try await self.server.run(onServerRunning: self.onServerRunning)
    }
}

/// A policy written as a user would, with public API only: each call takes a token.
final class TokenBucket: ResiliencePolicy, MonitoredPolicy {
    let name: String
    private let tokens: Atomic<Int>
    private let calls = Atomic<Int>(0)

    init(name: String, tokens: Int) {
        self.name = name
        self.tokens = Atomic(tokens)
    }

    nonisolated(nonsending) func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output {
        self.tokens.subtract(1, ordering: .relaxed)
        self.calls.add(1, ordering: .relaxed)
        return try await operation.run()
    }

    var snapshot: PolicySnapshot {
        PolicySnapshot(
            kind: "token_bucket",
            name: self.name,
            state: "refilling",
            measurements: [
                .init(
                    "tokens",
                    Double(self.tokens.load(ordering: .relaxed)),
                    metric: .gauge("test_token_bucket_tokens")
                ),
                .init(
                    "calls",
                    Double(self.calls.load(ordering: .relaxed)),
                    metric: .counter("test_token_bucket_calls_total")
                ),
            ]
        )
    }
}

/// A real HTTP client (Foundation's URLSession) for the server under test.
struct Client {
    struct Response {
        var status: Int
        var body: String
    }

    let port: Int

    func execute(
        uri: String,
        method: String,
        headers: [String: String] = [:],
        body: String? = nil,
        check: (Response) throws -> Void = { _ in }
    ) async throws {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(self.port)\(uri)")!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body.map { Data($0.utf8) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        try check(Response(status: status, body: String(decoding: data, as: UTF8.self)))
    }
}

func bearer(_ token: String) -> [String: String] { ["Authorization": "Bearer \(token)"] }

@Suite("Admin server")
struct AdminServerTests {
    @Test func livenessAndReadinessFollowTheCriticalBreakers() async throws {
        let fixture = try AdminFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/health/live", method: "GET") { #expect($0.status == 200) }
            try await client.execute(uri: "/health/ready", method: "GET") { #expect($0.status == 200) }
            fixture.breaker.transition(to: .forcedOpen)
            try await client.execute(uri: "/health/ready", method: "GET") { response in
                #expect(response.status == 503)
                #expect(response.body.contains(#""failing":["payments"]"#))
            }
        }
    }

    @Test func integrationPointsAreServedAsJSON() async throws {
        let fixture = try AdminFixture()
        _ = try await fixture.registry.integrationPoint(named: "payments", as: CircuitBreaker.self)?.run { 1 }
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/integration-points", method: "GET") { response in
                #expect(response.status == 200)
                let body = try JSONSerialization.jsonObject(with: Data(response.body.utf8))
                let points = (body as? [String: Any])?["integrationPoints"] as? [[String: Any]]
                let policy = (points?.first?["policies"] as? [[String: Any]])?.first
                #expect(points?.first?["name"] as? String == "payments")
                #expect(policy?["kind"] as? String == "circuit_breaker")
                #expect(policy?["state"] as? String == "closed")
                #expect((policy?["metrics"] as? [String: Double])?["successfulCalls"] == 1)
                let calls = points?.first?["calls"] as? [String: Any]
                #expect(calls?["successful"] as? Int == 1 && calls?["rejected"] as? Int == 0)
                #expect(calls?["recent"] as? Int == 1)
                #expect(calls?["contractViolations"] as? Int == 0 && calls?["recentContractViolations"] as? Int == 0)
                let latency = calls?["latencySeconds"] as? [String: Double]
                #expect(latency?["p50"] != nil && latency?["p99"] != nil)
            }
        }
    }

    @Test func theDashboardIsOnePageThatLoadsNothingFromElsewhere() async throws {
        let fixture = try AdminFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/", method: "GET") { response in
                #expect(response.status == 200)
                #expect(response.body.hasPrefix("<!doctype html>"))
                #expect(response.body.contains(#"new EventSource("api/v1/stream")"#))
                #expect(response.body.contains(#"name="viewport""#))
                for field in [
                    "state", "callsPerSecond", "failureRate", "slowCallRate", "p50", "p99", "rejected", "timeouts",
                    "abandoned", "bulkhead", "contractViolations",
                ] {
                    #expect(response.body.contains(#""\#(field)""#), "no \(field) on a tile")
                }
                // No stylesheet, script, image or font from anywhere (the icon is an empty data URL, so that browsers
                // do not ask for /favicon.ico): the only URL is the SVG namespace.
                let references = try Regex(
                    #"src\s*=|href\s*=\s*"(?!data:)|@import|url\(|<link (?!rel="icon" href="data:)"#
                )
                #expect(!response.body.contains(references))
                let urls = response.body.matches(of: try Regex(#"https?://[^"' ]+"#)).map {
                    String(response.body[$0.range])
                }
                #expect(Set(urls) == ["http://www.w3.org/2000/svg"])
            }
        }
    }

    @Test func metricsAreRenderedForPrometheus() async throws {
        let fixture = try AdminFixture()
        fixture.breaker.transition(to: .forcedOpen)
        try await fixture.test { client in
            try await client.execute(uri: "/metrics", method: "GET") { response in
                #expect(response.status == 200)
                let text = response.body
                #expect(text.contains(#"resilience_circuitbreaker_state{name="payments",state="forced_open"} 1"#))
                #expect(text.contains(#"resilience_circuitbreaker_state{name="payments",state="closed"} 0"#))
            }
        }
    }

    @Test func aPolicyOfTheUsersOwnShowsItsNumbersInSnapshotsJSONAndMetrics() async throws {
        let bucket = TokenBucket(name: "bucket", tokens: 10)
        let fixture = try AdminFixture { registry in
            try registry.register("tokens", pipeline: ResiliencePipeline { bucket })
        }
        let point = try #require(fixture.registry.integrationPoint(named: "tokens", as: TokenBucket.self))
        _ = try await point.run { 1 }
        _ = try await point.run { 2 }

        let snapshot = try #require(fixture.registry.snapshot().first { $0.name == "tokens" }?.policies.first)
        #expect(snapshot.kind == "token_bucket" && snapshot.name == "bucket" && snapshot.state == "refilling")
        #expect(snapshot["tokens"] == 8 && snapshot["calls"] == 2)
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/integration-points", method: "GET") { response in
                let body = try JSONSerialization.jsonObject(with: Data(response.body.utf8))
                let points = (body as? [String: Any])?["integrationPoints"] as? [[String: Any]]
                let tokens = points?.first { $0["name"] as? String == "tokens" }
                let policy = (tokens?["policies"] as? [[String: Any]])?.first
                #expect(policy?["kind"] as? String == "token_bucket")
                #expect(policy?["state"] as? String == "refilling")
                #expect((policy?["metrics"] as? [String: Double]) == ["tokens": 8, "calls": 2])
            }
            try await client.execute(uri: "/metrics", method: "GET") { response in
                #expect(response.body.contains(#"test_token_bucket_tokens{name="bucket"} 8"#), "\(response.body)")
                #expect(response.body.contains(#"test_token_bucket_calls_total{name="bucket"} 2"#))
            }
        }
    }

    @Test func anOperatorForcesABreakerOpenAndResetsIt() async throws {
        let fixture = try AdminFixture()
        var events = fixture.registry.events.makeAsyncIterator()
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/v1/circuit-breakers/payments/state",
                method: "POST",
                headers: bearer("s3cret"),
                body: #"{"state": "forced_open"}"#
            ) { response in
                #expect(response.status == 200)
                #expect(response.body.contains(#""state":"forced_open""#))
            }
            #expect(fixture.breaker.state == .forcedOpen)
            try await client.execute(
                uri: "/api/v1/circuit-breakers/payments/reset",
                method: "POST",
                headers: bearer("s3cret")
            ) { #expect($0.status == 200) }
            #expect(fixture.breaker.state == .closed)
        }
        var kinds: [ResilienceEvent.Kind] = []
        while kinds.count < 4, let event = await events.next() { kinds.append(event.kind) }
        #expect(kinds.contains(.operatorAction(circuitBreaker: "payments", action: "forced_open")))
        #expect(kinds.contains(.operatorAction(circuitBreaker: "payments", action: "reset")))
        let actions = fixture.logs.entries.filter { $0.message == "operator acted on a circuit breaker" }
        #expect(actions.map { $0.metadata["operator.action"] } == ["forced_open", "reset"])
    }

    @Test(
        "a refused write answers 4xx and changes nothing",
        arguments: [
            (nil, "/api/v1/circuit-breakers/payments/state", [:], #"{"state": "forced_open"}"#, 403),
            ("s3cret", "/api/v1/circuit-breakers/payments/state", [:], #"{"state": "forced_open"}"#, 401),
            ("s3cret", "/api/v1/circuit-breakers/payments/state", bearer("wrong"), #"{"state": "forced_open"}"#, 401),
            ("s3cret", "/api/v1/circuit-breakers/payments/state", bearer("s3cret!"), #"{"state": "forced_open"}"#, 401),
            ("s3cret", "/api/v1/circuit-breakers/nothing/state", bearer("s3cret"), #"{"state": "forced_open"}"#, 404),
            ("s3cret", "/api/v1/circuit-breakers/payments/state", bearer("s3cret"), #"{"state": forced_open"#, 400),
            ("s3cret", "/api/v1/circuit-breakers/payments/state", bearer("s3cret"), #"{"state": "half_open"}"#, 400),
            ("s3cret", "/api/v1/circuit-breakers/payments/state", bearer("s3cret"), #"{"mode": "closed"}"#, 400),
            (
                "s3cret", "/api/v1/circuit-breakers/payments/state", bearer("s3cret"),
                #"{"state": "forced_open", "why": ""# + String(repeating: "x", count: 100) + #""}"#, 413
            ),
            (nil, "/api/v1/circuit-breakers/payments/reset", [:], "", 403),
            ("s3cret", "/api/v1/circuit-breakers/payments/reset", bearer("nope"), "", 401),
        ] as [(String?, String, [String: String], String, Int)]
    )
    func refusedWrites(token: String?, uri: String, headers: [String: String], body: String, status: Int) async throws {
        let fixture = try AdminFixture(token: token)
        _ = try? await fixture.breaker.run { throw CancellationError() }  // ignored: the window stays empty
        fixture.breaker.transition(to: .metricsOnly)
        try await fixture.test { client in
            try await client.execute(uri: uri, method: "POST", headers: headers, body: body) { response in
                #expect(response.status == status)
            }
        }
        #expect(fixture.breaker.state == .metricsOnly, "a refused request changes nothing")
        #expect(
            !fixture.logs.entries.contains { $0.message == "operator acted on a circuit breaker" },
            "and logs no operator action"
        )
    }

    @Test func tokensAreComparedWholly() {
        #expect(constantTimeEquals("Bearer abc", "Bearer abc"))
        #expect(!constantTimeEquals("Bearer abc", "Bearer abd"))
        #expect(!constantTimeEquals("Bearer ab", "Bearer abc"))
        #expect(!constantTimeEquals("", "Bearer abc"))
    }
}

@Suite("Admin server stream")
struct AdminServerStreamTests {
    @Test func theTimelineKeepsTheNewestEventsAndHandsEachNewOneToItsReaders() async throws {
        let log = EventLog(capacity: 3)
        for point in ["a", "b", "c", "d", "e"] {
            log.append(ResilienceEvent(integrationPoint: point, key: nil, kind: .registered))
        }
        let (history, updates) = log.subscribe(bufferingNewest: 10)
        #expect(history.map(\.sequence) == [3, 4, 5])
        #expect(history.map(\.event.integrationPoint) == ["c", "d", "e"])

        log.append(ResilienceEvent(integrationPoint: "f", key: nil, kind: .reconfigured))
        var iterator = updates.makeAsyncIterator()
        let next = try #require(await iterator.next())
        #expect(next.sequence == 6 && next.event.integrationPoint == "f")
        #expect(log.subscribe(bufferingNewest: 1).history.map(\.sequence) == [4, 5, 6])
    }

    @Test(.timeLimit(.minutes(1)))
    func theStreamSendsASnapshotAtOnceThenEveryTransitionAsItHappens() async throws {
        let fixture = try AdminFixture()
        try await fixture.test { client in
            let stream = try EventStreamReader(port: client.port, path: "/api/v1/stream")
            defer { stream.close() }
            let first = try await stream.read(until: "event: snapshot")
            #expect(first.contains("HTTP/1.1 200"))
            #expect(first.lowercased().contains("content-type: text/event-stream"))
            #expect(first.contains(#""name":"payments""#))
            fixture.breaker.transition(to: .forcedOpen)
            let transition = try await stream.read(until: #""kind":"circuit_breaker_transition""#)
            #expect(transition.contains(#""to":"forced_open""#))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aNewStreamStartsWithTheTimelineSoFar() async throws {
        let fixture = try AdminFixture(token: "s3cret")
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/v1/circuit-breakers/payments/state",
                method: "POST",
                headers: ["Authorization": "Bearer s3cret"],
                body: #"{"state":"forced_open"}"#
            ) { #expect($0.status == 200) }
            // The first stream sees both events, from the timeline or live: the server has them once it has.
            let first = try EventStreamReader(port: client.port, path: "/api/v1/stream")
            defer { first.close() }
            _ = try await first.read(until: #""kind":"operator_action""#)

            let second = try EventStreamReader(port: client.port, path: "/api/v1/stream")
            defer { second.close() }
            let opening = try await second.read(until: "event: snapshot")
            let transition = try #require(opening.firstRange(of: #""kind":"circuit_breaker_transition""#))
            let action = try #require(opening.firstRange(of: #""kind":"operator_action""#))
            #expect(transition.lowerBound < action.lowerBound)
            #expect(opening.contains(#""sequence":"#) && opening.contains(#""time":"#))
        }
    }
}

/// Reads a server-sent event stream over a plain TCP socket: the raw bytes, as a browser receives them.
final class EventStreamReader: @unchecked Sendable {
    private let socket: Int32
    private var received = ""

    init(port: Int, path: String) throws {
        self.socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(self.socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(self.socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw CancellationError() }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(self.socket, $0, strlen($0), 0) }
    }

    /// Reads until the text received so far contains `marker` (bounded: 20 s); returns what was read.
    func read(until marker: String) async throws -> String {
        let start = ContinuousClock.now
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while !self.received.contains(marker) {
            guard ContinuousClock.now - start < .seconds(20) else {
                Issue.record("\"\(marker)\" not received in 20 s; received: \(self.received)")
                throw CancellationError()
            }
            let count = recv(self.socket, &buffer, buffer.count, 0)
            if count > 0 {
                self.received += String(decoding: buffer[0..<count], as: UTF8.self)
            } else {
                await Task.yield()
            }
        }
        defer { self.received = "" }
        return self.received
    }

    func close() {
        Glibc.close(self.socket)
    }
}

#endif
