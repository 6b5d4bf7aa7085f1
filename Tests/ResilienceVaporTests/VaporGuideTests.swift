// Built only with the package traits `Vapor`, `Hummingbird` and `AsyncHTTPClient`.
#if Vapor && Hummingbird && AsyncHTTPClient

import Resilience
import ResilienceTestSupport
import ResilienceVapor
import Testing
import Vapor

@Suite("Vapor guide", .serialized, .exclusive)
struct VaporGuideTests {
    // guide-example-begin
    @Test func anOrdersServiceShedsLoadAndKeepsToItsCallersDeadline() async throws {
        let registry = ResilienceRegistry()

        // Inbound: at most 64 requests in flight, each within 2 seconds; a request beyond them is refused at once.
        let inbound = try registry.register(
            "orders-api",
            pipeline: ResiliencePipeline {
                try Bulkhead(name: "orders-api", maxConcurrentCalls: 64)
                Timeout(.seconds(2), name: "orders-api")
            }
        )

        var deadline = InboundDeadline()  // reads x-envoy-expected-rq-timeout-ms
        deadline.maximum = .seconds(5)
        deadline.reserve = .milliseconds(10)

        let app = try await Application.make(.testing)
        // After Vapor's ErrorMiddleware, so that a TimeoutError at the deadline reaches it (504, not 500), and before
        // the shedding: a request answered 504 takes no capacity.
        app.middleware.use(DeadlineMiddleware(deadline))
        app.middleware.use(LoadSheddingMiddleware(integrationPoint: inbound))
        app.get("orders", ":id") { request async throws -> String in
            let id = try request.parameters.require("id")
            // Every outbound call made here reads the request's deadline; this one just reports it.
            return "order \(id), \(Deadline.current?.remainingMilliseconds ?? -1) ms left"
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = app.http.server.shared.localAddress?.port ?? 0

        let answer = try await get(port, "/orders/7", headers: [("x-envoy-expected-rq-timeout-ms", "5000")])
        #expect(answer.status == 200)
        #expect(
            answer.body.hasPrefix("order 7, 1"),
            "the pipeline's 2 s timeout, earlier than the caller's 5 s: \(answer.body)"
        )
        let late = try await get(port, "/orders/7", headers: [("x-envoy-expected-rq-timeout-ms", "5")])
        #expect(late.status == 504, "5 ms left, 10 kept in reserve: answered at once")
        #expect(inbound.statistics.successfulCalls == 1, "the 504 took no capacity")

        await app.server.shutdown()
        try await app.asyncShutdown()
    }
    // guide-example-end

    @Test func theGuideShowsTheExample() throws {
        #expect(
            try GuideExample.articleShowsExample(
                article: "Sources/ResilienceVapor/ResilienceVapor.docc/ProtectingAVaporService.md",
                source: "Tests/ResilienceVaporTests/VaporGuideTests.swift"
            )
        )
    }
}

#endif
