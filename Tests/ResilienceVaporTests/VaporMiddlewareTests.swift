// Built only with the package traits `Vapor`, `Hummingbird` and `AsyncHTTPClient`.
#if Vapor && Hummingbird && AsyncHTTPClient

import AsyncHTTPClient
import Hummingbird
import Logging
import NIOCore
import Resilience
import ResilienceHTTPClient
import ResilienceTestSupport
import ServiceLifecycle
import Synchronization
import Testing
import Vapor

import struct ResilienceHummingbird.DeadlineMiddleware
import struct ResilienceVapor.DeadlineMiddleware
import struct ResilienceVapor.LoadSheddingMiddleware

/// A real Vapor application, set up by `configure`, to run on a free loopback port with ``VaporServer/serving(_:)``.
func vaporServer(_ configure: @escaping (Vapor.Application) throws -> Void) -> VaporServer {
    VaporServer(configure: configure)
}

struct VaporServer {
    let configure: (Vapor.Application) throws -> Void

    /// Runs the application while `body` runs, with the port it listens on.
    func serving<T: Sendable>(_ body: (Int) async throws -> T) async throws -> T {
        let app = try await Vapor.Application.make(.testing)
        app.logger.logLevel = .error
        try self.configure(app)
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = app.http.server.shared.localAddress?.port ?? 0
        do {
            let result = try await body(port)
            await app.server.shutdown()
            try await app.asyncShutdown()
            return result
        } catch {
            await app.server.shutdown()
            try await app.asyncShutdown()
            throw error
        }
    }
}

/// GETs `path` on a loopback port; the status and the whole body.
func get(
    _ port: Int,
    _ path: String,
    headers: [(String, String)] = []
) async throws -> (status: Int, headers: NIOHTTP1.HTTPHeaders, body: String) {
    var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
    for (name, value) in headers { request.headers.add(name: name, value: value) }
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
    let body = try await response.body.collect(upTo: 1 << 20)
    return (Int(response.status.code), response.headers, String(buffer: body))
}

@Suite("Vapor middleware", .serialized, .exclusive)
struct VaporMiddlewareTests {
    /// Hummingbird first, Vapor second: the deadline set at the first arrives at the second with less budget.
    @Test func aDeadlineSetAtAHummingbirdServiceArrivesAtAVaporServiceWithLessBudget() async throws {
        let registry = ResilienceRegistry()
        let downstream = try ResilientHTTPClient(client: .shared, registry: registry, name: "vapor") { host in
            try ResiliencePipeline { try CircuitBreaker(name: "vapor \(host)") }
        }
        let result = try await vaporServer { app in
            app.middleware.use(ResilienceVapor.DeadlineMiddleware())
            // Async, as every handler that calls out is: Vapor runs a synchronous handler on the event loop, outside
            // the request's task and its deadline.
            app.get("remaining") { _ async in "\(Deadline.current?.remainingMilliseconds ?? -1)" }
        }.serving { vaporPort in
            let router = Hummingbird.Router()
            router.add(middleware: ResilienceHummingbird.DeadlineMiddleware())
            router.get("chain") { _, _ -> String in
                try await Task.sleep(for: .milliseconds(50))
                let own = Deadline.current?.remainingMilliseconds ?? -1
                let response = try await downstream.execute(
                    HTTPClientRequest(url: "http://127.0.0.1:\(vaporPort)/remaining"),
                    collectingUpTo: 1_024
                )
                return "\(own) \(String(buffer: try await response.body.collect(upTo: 1_024)))"
            }
            return try await withHummingbird(router) { port in
                try await get(port, "/chain", headers: [("x-envoy-expected-rq-timeout-ms", "5000")]).body
            }
        }
        let numbers = result.split(separator: " ").compactMap { Int($0) }
        try #require(numbers.count == 2, "\(result)")
        #expect(numbers[0] < 4_950 && numbers[0] > 4_000, "the first spent 50 ms of its 5000: \(numbers[0])")
        #expect(numbers[1] <= numbers[0] && numbers[1] > 0, "Vapor's handler runs under what was left: \(numbers[1])")
    }

    @Test func aRequestArrivingWithTenMillisecondsLeftIsAnswered504WithoutItsHandlerRunning() async throws {
        var inbound = InboundDeadline()
        inbound.reserve = .milliseconds(20)
        let runs = Atomic(0)
        try await vaporServer { app in
            app.middleware.use(ResilienceVapor.DeadlineMiddleware(inbound))
            app.get("remaining") { _ async -> String in
                runs.add(1, ordering: .relaxed)
                return "\(Deadline.current?.remainingMilliseconds ?? -1)"
            }
            app.get("slow") { _ -> String in
                try await withTimeout(.seconds(30)) { try await Task.sleep(for: .seconds(60)) }
                return "done"
            }
        }.serving { port in
            let late = try await get(port, "/remaining", headers: [("x-envoy-expected-rq-timeout-ms", "10")])
            #expect(late.status == 504)
            #expect(runs.load(ordering: .relaxed) == 0, "the handler did not run")
            let inTime = try await get(port, "/remaining", headers: [("x-envoy-expected-rq-timeout-ms", "5000")])
            let remaining = Int(inTime.body) ?? -1
            #expect(inTime.status == 200 && remaining <= 4_980 && remaining > 4_000, "\(inTime)")
            let start = ContinuousClock.now
            let timedOut = try await get(port, "/slow", headers: [("x-envoy-expected-rq-timeout-ms", "300")])
            #expect(timedOut.status == 504, "a TimeoutError at the deadline")
            #expect(ContinuousClock.now - start < .seconds(10), "the request's 300 ms, not the call's 30 s")
        }
    }

    @Test func aFullBulkheadAnswers503WithRetryAfterAndRoutesAreKeyedByTheirPattern() async throws {
        let registry = ResilienceRegistry()
        let routes = try registry.registerKeyed("inbound", maxInstances: 8) { route in
            try ResiliencePipeline { try Bulkhead(name: "inbound \(route)", maxConcurrentCalls: 1) }
        }
        let started = Atomic(0)
        let (released, release) = AsyncStream.makeStream(of: Void.self)
        try await vaporServer { app in
            let shed = app.grouped(LoadSheddingMiddleware(perRoute: routes, retryAfter: .seconds(2)))
            shed.get("held", ":id") { _ -> String in
                started.add(1, ordering: .relaxed)
                for await _ in released {}
                return "done"
            }
            shed.get("broken") { _ -> String in throw Abort(.badGateway) }
        }.serving { port in
            async let held = get(port, "/held/1")
            while started.load(ordering: .relaxed) < 1 {
                try await Task.sleep(for: .milliseconds(5))
            }
            let shed = try await get(port, "/held/2")
            #expect(shed.status == 503)
            #expect(shed.headers["Retry-After"] == ["2"])
            #expect(shed.body == #"{"error":"overloaded","retryAfterSeconds":2}"#)
            #expect(started.load(ordering: .relaxed) == 1, "the refused request's handler did not run")
            release.finish()
            #expect(try await held.status == 200)
            #expect(try await get(port, "/broken").status == 502)
        }
        let keys = routes.integrationPoints.compactMap(\.key).sorted()
        #expect(keys == ["GET /broken", "GET /held/:id"])
        let held = routes.integrationPoints.first { $0.key == "GET /held/:id" }?.statistics
        #expect(held?.successfulCalls == 1 && held?.rejectedCalls == 1)
        let broken = routes.integrationPoints.first { $0.key == "GET /broken" }?.statistics
        #expect(broken?.failedCalls == 1, "a 502 thrown by the handler counts as a failure")
    }

    /// Vapor wraps its global middleware around each route after matching it: per-route keys work there too, and
    /// paths no route matches share one point.
    @Test func asGlobalMiddlewareEachRouteHasItsPointAndUnmatchedPathsShareOne() async throws {
        let registry = ResilienceRegistry()
        let routes = try registry.registerKeyed("inbound", maxInstances: 8) { route in
            try ResiliencePipeline { try Bulkhead(name: "inbound \(route)", maxConcurrentCalls: 4) }
        }
        try await vaporServer { app in
            app.middleware.use(LoadSheddingMiddleware(perRoute: routes))
            app.get("orders", ":id") { request async throws -> String in try request.parameters.require("id") }
        }.serving { port in
            let order = try await get(port, "/orders/1")
            let missing = try await get(port, "/nowhere")
            #expect(order.body == "1" && missing.status == 404)
        }
        let keys = routes.integrationPoints.compactMap(\.key).sorted()
        #expect(keys == ["GET /orders/:id", "unrouted"])
    }
}

/// A real Hummingbird server for `router` on a free loopback port, running while `body` runs.
func withHummingbird<T: Sendable>(
    _ router: Hummingbird.Router<BasicRequestContext>,
    _ body: (Int) async throws -> T
)
    async throws -> T
{
    let (ports, port) = AsyncStream.makeStream(of: Int.self)
    let application = Hummingbird.Application(
        router: router,
        configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { port.yield($0.localAddress?.port ?? 0) },
        logger: Logger(label: "hummingbird", factory: { _ in SwiftLogNoOpLogHandler() })
    )
    let group = ServiceGroup(
        services: [application],
        gracefulShutdownSignals: [],
        logger: Logger(label: "servers", factory: { _ in SwiftLogNoOpLogHandler() })
    )
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        do {
            let result = try await body(port)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
    }
}

#endif
