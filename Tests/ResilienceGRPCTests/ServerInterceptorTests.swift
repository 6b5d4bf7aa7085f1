// Built only with the package trait `GRPC`.
#if GRPC

import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import Resilience
import ResilienceGRPC
import ResilienceTestSupport
import Synchronization
import Testing

/// A real grpc-swift-2 server on loopback with one unary method, `demo.Demo/Call`, answered by `handler`, behind
/// `interceptors`.
struct InterceptedServer: Sendable {
    static let call = MethodDescriptor(fullyQualifiedService: "demo.Demo", method: "Call")

    struct Service: RegistrableRPCService {
        let handler: @Sendable (String) async throws -> String

        func registerMethods<Transport: ServerTransport>(with router: inout RPCRouter<Transport>) {
            router.registerHandler(
                forMethod: InterceptedServer.call,
                deserializer: StringCoder(),
                serializer: StringCoder()
            ) { request, _ in
                var message = ""
                for try await part in request.messages { message = part }
                return StreamingServerResponse(single: ServerResponse(message: try await self.handler(message)))
            }
        }
    }

    let server: GRPCServer<HTTP2ServerTransport.Posix>
    let serving: Task<Void, any Error>
    let port: Int

    static func start(
        interceptors: [any ServerInterceptor],
        handler: @escaping @Sendable (String) async throws -> String
    ) async throws -> InterceptedServer {
        let transport = HTTP2ServerTransport.Posix(
            address: .ipv4(host: "127.0.0.1", port: 0),
            transportSecurity: .plaintext
        )
        let server = GRPCServer(transport: transport, services: [Service(handler: handler)], interceptors: interceptors)
        let serving = Task { try await server.serve() }
        let port = try await transport.listeningAddress.ipv4!.port
        return InterceptedServer(server: server, serving: serving, port: port)
    }

    func stop() async {
        await shutDown(server: self.server, serving: self.serving)
    }
}

/// A client of `port`, behind `interceptors`, running until `body` returns.
func withClient<T: Sendable>(
    port: Int,
    interceptors: [any ClientInterceptor] = [],
    _ body: (GRPCClient<HTTP2ClientTransport.Posix>) async throws -> T
) async throws -> T {
    let transport = try HTTP2ClientTransport.Posix(
        target: .ipv4(address: "127.0.0.1", port: port),
        transportSecurity: .plaintext
    )
    let client = GRPCClient(transport: transport, interceptors: interceptors)
    let running = Task { try await client.runConnections() }
    let result: Result<T, any Error>
    do {
        result = .success(try await body(client))
    } catch {
        result = .failure(error)
    }
    // Its connections closed before the server may stop (see ``shutDown(client:running:server:serving:)``).
    client.beginGracefulShutdown()
    _ = await running.result
    return try result.get()
}

extension GRPCClient {
    /// Calls `demo.Demo/Call`: its answer, or the `RPCError` it ended with.
    func call(_ message: String = "hello", timeout: Duration? = nil) async -> Result<String, RPCError> {
        var options = CallOptions.defaults
        options.timeout = timeout
        do {
            let answer = try await self.unary(
                request: ClientRequest(message: message),
                descriptor: InterceptedServer.call,
                serializer: StringCoder(),
                deserializer: StringCoder(),
                options: options
            ) { try $0.message }
            return .success(answer)
        } catch let error as RPCError {
            return .failure(error)
        } catch {
            return .failure(RPCError(code: .unknown, message: "\(error)"))
        }
    }

    /// The trailing metadata of a call that ends with an error.
    func trailers(_ message: String = "hello") async throws -> (RPCError.Code?, Metadata) {
        try await self.unary(
            request: ClientRequest(message: message),
            descriptor: InterceptedServer.call,
            serializer: StringCoder(),
            deserializer: StringCoder(),
            options: .defaults
        ) { response in
            switch response.accepted {
            case .success: return (nil, [:])
            case .failure(let error): return (error.code, error.metadata)
            }
        }
    }
}

@Suite("gRPC server interceptors", .serialized, .exclusive)
struct ServerInterceptorTests {
    @Test func aDeadlineSetAtTheFirstServiceArrivesAtTheSecondWithLessBudget() async throws {
        let second = try await InterceptedServer.start(interceptors: [DeadlineServerInterceptor()]) { _ in
            "\(Deadline.current?.remainingMilliseconds ?? -1)"
        }
        let registry = ResilienceRegistry()
        let points = try registry.registerKeyed("second", maxInstances: 4) { key in
            try ResiliencePipeline { try CircuitBreaker(name: "second \(key)") }
        }
        let result = try await withClient(
            port: second.port,
            interceptors: [try ResilienceClientInterceptor(integrationPoints: points)]
        ) { toSecond in
            let first = try await InterceptedServer.start(interceptors: [DeadlineServerInterceptor()]) { _ in
                try await Task.sleep(for: .milliseconds(50))
                let own = Deadline.current?.remainingMilliseconds ?? -1
                let downstream = try await toSecond.call().get()
                return "\(own) \(downstream)"
            }
            let answer = try await withClient(port: first.port) { await $0.call(timeout: .seconds(5)) }
            await first.stop()
            return try answer.get()
        }
        await second.stop()
        let numbers = result.split(separator: " ").compactMap { Int($0) }
        try #require(numbers.count == 2, "\(result)")
        #expect(numbers[0] < 4_950 && numbers[0] > 4_000, "the first spent 50 ms of its 5000: \(numbers[0])")
        #expect(numbers[1] <= numbers[0] && numbers[1] > 0, "the second got what the first had left: \(numbers[1])")
    }

    /// The client's own deadline would also end the call, at 5 s: the server's answer comes well before it.
    @Test func anRPCArrivingWithLessThanTheReserveLeftIsAnsweredAtOnceWithoutItsHandlerRunning() async throws {
        var inbound = InboundDeadline.grpc
        inbound.reserve = .seconds(10)
        let runs = Atomic(0)
        let server = try await InterceptedServer.start(interceptors: [DeadlineServerInterceptor(inbound)]) { _ in
            runs.add(1, ordering: .relaxed)
            return "ran"
        }
        try await withClient(port: server.port) { client in
            // A first RPC connects the client.
            let inTime = await client.call(timeout: .seconds(20))
            #expect(inTime.success == "ran")
            let start = ContinuousClock.now
            let late = await client.call(timeout: .seconds(5))
            #expect(late.failure?.code == .deadlineExceeded)
            #expect(ContinuousClock.now - start < .seconds(4), "answered by the server, before the client's deadline")
            #expect(late.failure?.message == "the RPC arrived with no time left")
            #expect(runs.load(ordering: .relaxed) == 1, "the late RPC's handler did not run")
        }
        await server.stop()
    }

    @Test func aFullBulkheadAnswersUnavailableWithPushbackBeforeTheHandlerRuns() async throws {
        let registry = ResilienceRegistry()
        let inbound = try registry.register(
            "inbound",
            pipeline: ResiliencePipeline { try Bulkhead(name: "inbound", maxConcurrentCalls: 1) }
        )
        let runs = Atomic(0)
        let (released, release) = AsyncStream.makeStream(of: Void.self)
        let server = try await InterceptedServer.start(
            interceptors: [LoadSheddingServerInterceptor(integrationPoint: inbound, retryPushback: .milliseconds(750))]
        ) { message in
            runs.add(1, ordering: .relaxed)
            if message == "hold" { for await _ in released {} }
            if message == "invalid" { throw RPCError(code: .invalidArgument, message: "no such product") }
            if message == "broken" { throw RPCError(code: .internalError, message: "it broke") }
            return "done"
        }
        try await withClient(port: server.port) { client in
            async let held = client.call("hold")
            while runs.load(ordering: .relaxed) < 1 {
                try await Task.sleep(for: .milliseconds(5))
            }
            let (code, trailers) = try await client.trailers("refused")
            #expect(code == .unavailable)
            #expect(trailers[stringValues: "grpc-retry-pushback-ms"].map { $0 } == ["750"])
            #expect(runs.load(ordering: .relaxed) == 1, "the refused RPC's handler did not run")
            release.finish()
            #expect(await held.success == "done")
            #expect(await client.call("invalid").failure?.code == .invalidArgument)
            #expect(await client.call("broken").failure?.code == .internalError)
        }
        await server.stop()
        let statistics = inbound.statistics
        #expect(statistics.successfulCalls == 1 && statistics.rejectedCalls == 1)
        #expect(statistics.contractViolations == 1 && statistics.failedCalls == 1)
    }
}

extension Result {
    var success: Success? { if case .success(let value) = self { value } else { nil } }
    var failure: Failure? { if case .failure(let error) = self { error } else { nil } }
}

#endif
