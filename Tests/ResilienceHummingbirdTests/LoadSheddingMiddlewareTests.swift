// Built only with the package traits `Hummingbird` and `AsyncHTTPClient` (their dependencies are fetched only then).
#if Hummingbird && AsyncHTTPClient

import AsyncHTTPClient
import Foundation
import Hummingbird
import Resilience
import ResilienceHummingbird
import ResilienceTestSupport
import Testing

/// A gate that requests wait at until the test opens it.
final class Gate: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (self.stream, self.continuation) = AsyncStream.makeStream()
    }

    func wait() async {
        for await _ in self.stream {}
    }

    func open() {
        self.continuation.finish()
    }
}

@Suite("Hummingbird load-shedding middleware", .serialized, .exclusive)
struct LoadSheddingMiddlewareTests {
    @Test func aFullBulkheadAnswers503WithRetryAfterBeforeTheHandlerRuns() async throws {
        let registry = ResilienceRegistry()
        let inbound = try registry.register(
            "inbound",
            pipeline: ResiliencePipeline { try Bulkhead(name: "inbound", maxConcurrentCalls: 2) }
        )
        let started = Counter()
        let gate = Gate()
        let router = Router()
        router.add(middleware: LoadSheddingMiddleware(integrationPoint: inbound, retryAfter: .seconds(3)))
        router.get("held") { _, _ -> String in
            started.increment()
            await gate.wait()
            return "done"
        }
        try await withServers([router]) { ports in
            try await withThrowingTaskGroup(of: Answer.self) { held in
                for _ in 0..<2 {
                    held.addTask { try await HTTPClient.shared.get(port: ports[0], "/held") }
                }
                while started.value < 2 {
                    try await Task.sleep(for: .milliseconds(5))
                }
                // Answered while the two held requests still hold their permits: refused, not queued behind them.
                let shed = try await HTTPClient.shared.get(port: ports[0], "/held")
                #expect(shed.status == 503)
                #expect(shed.headers["Retry-After"] == ["3"])
                #expect(shed.headers["Content-Type"] == ["application/json"])
                #expect(shed.body == #"{"error":"overloaded","retryAfterSeconds":3}"#)
                #expect(started.value == 2, "the handler did not run for the refused request")
                gate.open()
                for try await answer in held {
                    #expect(answer.status == 200 && answer.body == "done")
                }
            }
        }
        let statistics = inbound.statistics
        #expect(statistics.successfulCalls == 2 && statistics.rejectedCalls == 1)
    }

    @Test func theHandlersStatusesCountForThePointAndReachTheCallerUnchanged() async throws {
        let registry = ResilienceRegistry()
        let inbound = try registry.register(
            "inbound",
            pipeline: ResiliencePipeline { try Bulkhead(name: "inbound", maxConcurrentCalls: 8) }
        )
        let router = Router()
        router.add(middleware: LoadSheddingMiddleware(integrationPoint: inbound))
        router.get("ok") { _, _ in "fine" }
        router.get("broken") { _, _ in Response(status: .internalServerError) }
        router.get("missing") { _, _ -> String in throw HTTPError(.notFound, message: "no such thing") }
        router.get("crash") { _, _ -> String in throw CancellationError() }
        try await withServers([router]) { ports in
            let statuses = try await ["/ok", "/broken", "/missing", "/crash"].asyncMap {
                try await HTTPClient.shared.get(port: ports[0], $0).status
            }
            #expect(statuses == [200, 500, 404, 500])
        }
        let statistics = inbound.statistics
        #expect(statistics.successfulCalls == 1, "200")
        #expect(statistics.failedCalls == 2, "a 500 answered and a 500 thrown")
        #expect(statistics.contractViolations == 1, "a 404: the caller's mistake, not an overload")
        #expect(statistics.lastContractViolation?.reason == "http_404")
    }

    @Test func perRoutePointsAreKeyedByMethodAndRoutePattern() async throws {
        let registry = ResilienceRegistry()
        let routes = try registry.registerKeyed("inbound", maxInstances: 16) { route in
            try ResiliencePipeline { try Bulkhead(name: "inbound \(route)", maxConcurrentCalls: 4) }
        }
        let router = Router()
        router.add(middleware: LoadSheddingMiddleware(perRoute: routes))
        router.get("orders/:id") { _, context in try context.parameters.require("id") }
        router.post("orders") { _, _ in "created" }
        try await withServers([router]) { ports in
            let first = try await HTTPClient.shared.get(port: ports[0], "/orders/17")
            let second = try await HTTPClient.shared.get(port: ports[0], "/orders/18")
            #expect(first.body == "17" && second.body == "18")
            var post = HTTPClientRequest(url: "http://127.0.0.1:\(ports[0])/orders")
            post.method = .POST
            let created = try await HTTPClient.shared.execute(post, timeout: .seconds(5))
            #expect(created.status == .ok)
        }
        let keys = routes.integrationPoints.compactMap(\.key).sorted()
        #expect(keys == ["GET /orders/{id}", "POST /orders"])
        let byRoute = routes.integrationPoints.first { $0.key == "GET /orders/{id}" }
        #expect(byRoute?.statistics.successfulCalls == 2, "two paths, one route")
    }

    @Test func aRefusalWithItsOwnEstimateSendsItAsRetryAfter() async throws {
        let registry = ResilienceRegistry()
        let inbound = try registry.register(
            "inbound",
            pipeline: ResiliencePipeline {
                try RateLimiter(name: "inbound", limitForPeriod: 1, refreshPeriod: .seconds(30))
            }
        )
        let router = Router()
        router.add(middleware: LoadSheddingMiddleware(integrationPoint: inbound))
        router.get("ok") { _, _ in "fine" }
        try await withServers([router]) { ports in
            let admitted = try await HTTPClient.shared.get(port: ports[0], "/ok")
            #expect(admitted.status == 200)
            let shed = try await HTTPClient.shared.get(port: ports[0], "/ok")
            #expect(shed.status == 503)
            let seconds = Int(shed.headers["Retry-After"].first ?? "") ?? 0
            #expect(seconds > 25 && seconds <= 30, "the limiter's next period, not the default second: \(seconds)")
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self {
            results.append(try await transform(element))
        }
        return results
    }
}

#endif
