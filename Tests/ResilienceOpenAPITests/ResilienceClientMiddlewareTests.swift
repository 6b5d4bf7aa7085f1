// Built only with the package traits `OpenAPI` and `Chaos`.
#if OpenAPI && Chaos

import AsyncHTTPClient
import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import Resilience
import ResilienceChaos
import ResilienceOpenAPI
import Testing

/// A generated client (`Generated/`, from `openapi.yaml`) with the middleware, over AsyncHTTPClient, against two real
/// servers on loopback. Each host's pipeline: a retry (eligible requests only) and a breaker that opens after 4 calls
/// at 50 % failures, waits 300 ms and closes after 2 probes.
struct OpenAPIFixture {
    let registry = ResilienceRegistry()
    let http: HTTPClient
    let points: KeyedIntegrationPoints<ComposedPolicy<Retry, CircuitBreaker>>
    let upstream: FaultyHTTPServer
    let other: FaultyHTTPServer
    let client: Client
    let otherClient: Client

    init(
        key: ResilienceClientMiddleware<ComposedPolicy<Retry, CircuitBreaker>>.Key = .host,
        retryEligibility: HTTPRetryEligibility = .automatic,
        upstreamMode: FaultyHTTPServer.Mode = .healthy(latency: .zero)
    ) async throws {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        self.http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        self.points = try self.registry.registerKeyed("orders", maxInstances: 8) { key in
            var breaker = CircuitBreaker.Configuration()
            breaker.slidingWindow = .countBased(size: 4)
            breaker.minimumNumberOfCalls = 4
            breaker.waitDurationInOpenState = .milliseconds(300)
            breaker.permittedCallsInHalfOpenState = 2
            return try ResiliencePipeline {
                try Retry(
                    name: "orders \(key).retry",
                    maxAttempts: 2,
                    backoff: .constant(.milliseconds(5)),
                    shouldRetry: { !ErrorFilter.rejections.matches($0) }
                )
                try CircuitBreaker(name: "orders \(key)", configuration: breaker)
            }
        }
        let middleware = ResilienceClientMiddleware(
            integrationPoints: self.points,
            key: key,
            retryEligibility: retryEligibility
        )
        self.upstream = try await FaultyHTTPServer.start(mode: upstreamMode)
        self.other = try await FaultyHTTPServer.start(mode: .healthy(latency: .zero))
        let transport = AsyncHTTPClientTransport(configuration: .init(client: self.http, timeout: .seconds(5)))
        self.client = Client(
            serverURL: URL(string: "http://127.0.0.1:\(self.upstream.port)")!,
            transport: transport,
            middlewares: [middleware]
        )
        self.otherClient = Client(
            serverURL: URL(string: "http://127.0.0.1:\(self.other.port)")!,
            transport: transport,
            middlewares: [middleware]
        )
    }

    var upstreamKey: String { "http://127.0.0.1:\(self.upstream.port)" }
    var otherKey: String { "http://127.0.0.1:\(self.other.port)" }

    func point(_ key: String) throws -> IntegrationPoint<ComposedPolicy<Retry, CircuitBreaker>> {
        try self.points.integrationPoint(for: key)
    }

    func breaker(_ key: String) throws -> CircuitBreaker {
        try #require(try self.point(key).circuitBreakers.first)
    }

    /// The status a `getOrder` answered with.
    func getOrder(_ client: Client? = nil) async throws -> Int {
        switch try await (client ?? self.client).getOrder(path: .init(id: 7)) {
        case .ok: 200
        case .undocumented(let status, _): status
        }
    }

    func shutdown() async throws {
        try await self.http.shutdown()
        try await self.upstream.stop()
        try await self.other.stop()
    }
}

func withOpenAPIFixture(
    key: ResilienceClientMiddleware<ComposedPolicy<Retry, CircuitBreaker>>.Key = .host,
    retryEligibility: HTTPRetryEligibility = .automatic,
    upstreamMode: FaultyHTTPServer.Mode = .healthy(latency: .zero),
    _ body: (OpenAPIFixture) async throws -> Void
) async throws {
    let fixture = try await OpenAPIFixture(key: key, retryEligibility: retryEligibility, upstreamMode: upstreamMode)
    do {
        try await body(fixture)
    } catch {
        try? await fixture.shutdown()
        throw error
    }
    try await fixture.shutdown()
}

/// Checks that the article at `articlePath` (from the package's root) shows the code between `// guide-example-begin`
/// and `// guide-example-end` in `file`, de-indented by 4 spaces, line for line.
func expectArticle(_ articlePath: String, showsTheExampleIn file: String) throws {
    let here = URL(fileURLWithPath: file)
    let source = try String(contentsOf: here, encoding: .utf8)
    let begin = try #require(source.range(of: "    // guide-example-begin\n"))
    let end = try #require(source.range(of: "    // guide-example-end\n"))
    let example = source[begin.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
    let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let article = try String(contentsOf: root.appendingPathComponent(articlePath), encoding: .utf8)
    #expect(article.contains("```swift\n" + example + "```"))
}

@Suite("OpenAPI client middleware", .serialized)
struct ResilienceClientMiddlewareTests {
    // guide-example-begin
    @Test func theOrdersClientIsProtectedPerHost() async throws {
        // The service to call: a real HTTP server on loopback that answers 503 with Retry-After: 1.
        let orders = try await FaultyHTTPServer.start(mode: .retryAfter(status: 503, after: .seconds(1)))

        // One integration point per host: a retry (eligible requests only, never a policy's refusal) and a breaker.
        let registry = ResilienceRegistry()
        let points = try registry.registerKeyed("orders", maxInstances: 16) { host in
            try ResiliencePipeline {
                try Retry(
                    name: "orders \(host).retry",
                    maxAttempts: 2,
                    backoff: .constant(.milliseconds(100)),
                    shouldRetry: { !ErrorFilter.rejections.matches($0) }
                )
                try CircuitBreaker(name: "orders \(host)")
            }
        }

        // The generated client, with the middleware; AsyncHTTPClient as its transport.
        let client = Client(
            serverURL: URL(string: "http://127.0.0.1:\(orders.port)")!,
            transport: AsyncHTTPClientTransport(),
            middlewares: [ResilienceClientMiddleware(integrationPoints: points)]
        )

        // Under a deadline of 3 s: the 503 is retried once, after the second the server asked for, and the generated
        // client gets the last answer; the server saw the time left in x-envoy-expected-rq-timeout-ms.
        let output = try await withTimeout(.seconds(3)) { try await client.getOrder(path: .init(id: 7)) }
        guard case .undocumented(statusCode: 503, _) = output else {
            Issue.record("expected the 503, got \(output)")
            return
        }
        #expect(orders.requestCount == 2)
        #expect(orders.lastDeadlineHeader.flatMap { Int($0) }.map { $0 < 2_000 } == true)

        // The host's point counted one failed call (its two attempts: two failures for its breaker).
        let point = try points.integrationPoint(for: "http://127.0.0.1:\(orders.port)")
        #expect(point.statistics.failedCalls == 1)
        #expect(point.circuitBreakers.first?.metrics.numberOfFailedCalls == 2)
        try await orders.stop()
    }
    // guide-example-end

    @Test func theArticleShowsTheGuidesExample() throws {
        try expectArticle(
            "Sources/ResilienceOpenAPI/ResilienceOpenAPI.docc/ProtectingOpenAPIClients.md",
            showsTheExampleIn: #filePath
        )
    }

    @Test func aHealthyCallIsDecodedAndCountedAtItsHost() async throws {
        try await withOpenAPIFixture { fixture in
            let output = try await fixture.client.getOrder(path: .init(id: 7))
            let order = try output.ok.body.json
            #expect(order.status == "ok" && order.request == 1)
            #expect(fixture.points.integrationPoints.map(\.key) == [fixture.upstreamKey])
            #expect(try fixture.point(fixture.upstreamKey).statistics.successfulCalls == 1)
        }
    }

    @Test func serverErrorsArriveAsResponsesAndOpenOnlyTheirHostsBreaker() async throws {
        try await withOpenAPIFixture(upstreamMode: .errors(status: 500)) { fixture in
            #expect(try await fixture.getOrder() == 500, "the generated client gets the last response")
            #expect(fixture.upstream.requestCount == 2, "a GET is retried")
            _ = try await fixture.getOrder()
            #expect(try fixture.breaker(fixture.upstreamKey).state == .open)
            await #expect(throws: ClientError.self) { try await fixture.getOrder() }
            #expect(fixture.upstream.requestCount == 4, "refused while open")
            #expect(try await fixture.getOrder(fixture.otherClient) == 200)
            #expect(try fixture.breaker(fixture.otherKey).state == .closed, "the other host is untouched")

            // The fault ends: after the open wait, the probes close the breaker.
            fixture.upstream.set(.healthy(latency: .zero))
            try await Task.sleep(for: .milliseconds(350))
            for _ in 0..<3 { _ = try? await fixture.getOrder() }
            #expect(try fixture.breaker(fixture.upstreamKey).state == .closed)
        }
    }

    @Test func retryAfterIsHonouredWithinTheCallersDeadline() async throws {
        try await withOpenAPIFixture(upstreamMode: .retryAfter(status: 503, after: .seconds(1))) { fixture in
            let clock = ContinuousClock()
            let start = clock.now
            let status = try await withTimeout(.seconds(5)) { try await fixture.getOrder() }
            #expect(status == 503 && fixture.upstream.requestCount == 2)
            #expect(start.duration(to: clock.now) >= .seconds(1))
        }
    }

    @Test func aContractViolationIsCountedButNeverOpensTheBreaker() async throws {
        try await withOpenAPIFixture(upstreamMode: .contractChange(status: 422)) { fixture in
            for _ in 0..<6 { #expect(try await fixture.getOrder() == 422) }
            #expect(fixture.upstream.requestCount == 6, "not retried")
            let statistics = try fixture.point(fixture.upstreamKey).statistics
            #expect(statistics.contractViolations == 6 && statistics.failedCalls == 0)
            #expect(statistics.lastContractViolation?.reason == "http_422")
            #expect(try fixture.breaker(fixture.upstreamKey).state == .closed)
        }
    }

    @Test func aBodyThatNoLongerDecodesIsAContractViolationWhereTheCallIsCounted() async throws {
        try await withOpenAPIFixture(upstreamMode: .contractChange(status: 200)) { fixture in
            let own = try fixture.registry.register(
                "orders.getOrder",
                pipeline: ResiliencePipeline { try CircuitBreaker(name: "own") }
            )
            let error = await #expect(throws: ClientError.self) {
                try await own.run { try await fixture.client.getOrder(path: .init(id: 7)).ok.body.json }
            }
            #expect(error?.underlyingError is DecodingError)
            #expect(error.map { CallOutcome.of($0) { _ in .failure } } == .contractViolation(reason: "decoding"))
            #expect(own.statistics.contractViolations == 1 && own.statistics.failedCalls == 0)
            #expect(own.circuitBreakers.first?.metrics.numberOfFailedCalls == 0)
        }
    }

    @Test func aPostIsNeverRetriedWithoutTheCallersOptIn() async throws {
        try await withOpenAPIFixture(upstreamMode: .errors(status: 503)) { fixture in
            _ = try await fixture.client.createOrder(body: .json(.init(product: 1)))
            #expect(fixture.upstream.requestCount == 1)
        }
        try await withOpenAPIFixture(retryEligibility: .always, upstreamMode: .errors(status: 503)) { fixture in
            _ = try await fixture.client.createOrder(body: .json(.init(product: 1)))
            #expect(fixture.upstream.requestCount == 2, "the body is in memory: it can be sent again")
        }
    }

    @Test func theCallersDeadlineArrivesAsAHeaderAndAPassedOneSendsNothing() async throws {
        try await withOpenAPIFixture { fixture in
            _ = try await withTimeout(.milliseconds(800)) { try await fixture.getOrder() }
            let sent = try #require(fixture.upstream.lastDeadlineHeader.flatMap { Int($0) })
            #expect(sent < 800 && sent > 500, "sent \(sent) ms")
            _ = try await fixture.getOrder()
            #expect(fixture.upstream.lastDeadlineHeader == nil, "no deadline, no header")
            await #expect(throws: TimeoutError.self) {
                try await withTimeout(.milliseconds(1)) {
                    try await Task.sleep(for: .milliseconds(20))  // the deadline passes before the call
                    return try await fixture.getOrder()
                }
            }
            #expect(fixture.upstream.requestCount == 2)
        }
    }

    @Test func aHangingServerCostsTheCallerItsDeadlineAndCountsAsATimeout() async throws {
        try await withOpenAPIFixture(upstreamMode: .hang) { fixture in
            let clock = ContinuousClock()
            var latencies: [Duration] = []
            for _ in 0..<4 {
                let start = clock.now
                await #expect(throws: TimeoutError.self) {
                    try await withTimeout(.milliseconds(200)) { try await fixture.getOrder() }
                }
                latencies.append(start.duration(to: clock.now))
            }
            // The best of the four within the deadline + 100 ms (a loaded 2-core machine, or ThreadSanitizer, may
            // delay one), and none anywhere near the server's 30 s.
            #expect(latencies.min()! <= .milliseconds(300) && latencies.max()! < .seconds(1), "\(latencies)")
            // The transport's cancellation arrives just after the caller's answer: wait for the count.
            let point = try fixture.point(fixture.upstreamKey)
            for _ in 0..<100 where point.statistics.failedCalls < 4 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(point.statistics.failedCalls == 4 && point.statistics.timedOutCalls == 4)
            #expect(try fixture.breaker(fixture.upstreamKey).state == .open)
        }
    }

    @Test func pointsCanBeKeyedByOperation() async throws {
        try await withOpenAPIFixture(key: .operationID) { fixture in
            _ = try await fixture.getOrder()
            _ = try await fixture.getOrder(fixture.otherClient)
            _ = try await fixture.client.createOrder(body: .json(.init(product: 1)))
            #expect(Set(fixture.points.integrationPoints.map(\.key)) == ["getOrder", "createOrder"])
        }
        try await withOpenAPIFixture(key: .hostAndOperationID) { fixture in
            _ = try await fixture.getOrder()
            #expect(fixture.points.integrationPoints.map(\.key) == ["\(fixture.upstreamKey) getOrder"])
        }
    }
}

#endif
