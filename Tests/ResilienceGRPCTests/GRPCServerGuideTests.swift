// Built only with the package trait `GRPC`.
#if GRPC

import GRPCCore
import GRPCNIOTransportHTTP2
import Resilience
import ResilienceGRPC
import ResilienceTestSupport
import Testing

@Suite("gRPC server guide", .serialized, .exclusive)
struct GRPCServerGuideTests {
    // guide-example-begin
    @Test func aServerShedsLoadAndKeepsToItsCallersDeadline() async throws {
        let registry = ResilienceRegistry()

        // Inbound: one point per method, each with a concurrency limit that adapts to the latency it measures.
        let methods = try registry.registerKeyed("inventory-grpc", maxInstances: 32) { method in
            try ResiliencePipeline { try AdaptiveConcurrencyLimiter(name: "inventory-grpc \(method)") }
        }

        var deadline = InboundDeadline.grpc  // reads grpc-timeout
        deadline.maximum = .seconds(10)
        deadline.whenAbsent = .seconds(5)
        deadline.reserve = .milliseconds(5)

        // A real server on loopback (the tests' `InterceptedServer`: one unary method, `demo.Demo/Call`), the deadline
        // interceptor first: an RPC answered `deadlineExceeded` takes no capacity.
        let server = try await InterceptedServer.start(
            interceptors: [DeadlineServerInterceptor(deadline), LoadSheddingServerInterceptor(perMethod: methods)]
        ) { message in
            // Every outbound call made here reads the RPC's deadline; this one just reports it.
            "\(message): \(Deadline.current?.remainingMilliseconds ?? -1) ms left"
        }

        try await withClient(port: server.port) { client in
            let answer = try await client.call("reserve", timeout: .seconds(5)).get()
            #expect(answer.hasPrefix("reserve: 4"), "5 s less the reserve: \(answer)")
        }
        await server.stop()
        let point = try #require(methods.integrationPoints.first)
        #expect(point.key == "demo.Demo/Call")
        #expect(point.statistics.successfulCalls == 1)
    }
    // guide-example-end

    @Test func theGuideShowsTheExample() throws {
        #expect(
            try GuideExample.articleShowsExample(
                article: "Sources/ResilienceGRPC/ResilienceGRPC.docc/ProtectingAGRPCServer.md",
                source: "Tests/ResilienceGRPCTests/GRPCServerGuideTests.swift"
            )
        )
    }
}

#endif
