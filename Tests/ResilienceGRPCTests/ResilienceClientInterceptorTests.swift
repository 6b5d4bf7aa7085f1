// Built only with the package trait `GRPC`.
#if GRPC

import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import Resilience
import ResilienceGRPC
import Synchronization
import Testing

/// UTF-8 strings as gRPC messages: no protobuf needed.
struct StringCoder: MessageSerializer, MessageDeserializer {
    func serialize<Bytes: GRPCContiguousBytes>(_ message: String) throws -> Bytes {
        Bytes(Array(message.utf8))
    }

    func deserialize<Bytes: GRPCContiguousBytes>(_ serializedMessageBytes: Bytes) throws -> String {
        serializedMessageBytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }
}

/// A real grpc-swift-2 server on loopback with two services, `inventory.Inventory/Reserve` and
/// `catalog.Catalog/Lookup`, whose answers change on command.
final class TestServer: Sendable {
    enum Mode: Sendable {
        case ok
        case fail(RPCError.Code)
        /// Accept the RPC, then fail it after the headers.
        case failAfterHeaders(RPCError.Code)
        case hang
    }

    struct State {
        var mode = Mode.ok
        var calls = 0
        var lastTimeout: String?
    }

    static let reserve = MethodDescriptor(fullyQualifiedService: "inventory.Inventory", method: "Reserve")
    static let lookup = MethodDescriptor(fullyQualifiedService: "catalog.Catalog", method: "Lookup")

    /// What the handlers and the test share.
    final class Shared: Sendable {
        let state = Mutex(State())
    }

    let shared: Shared
    let server: GRPCServer<HTTP2ServerTransport.Posix>
    let port: Int

    private init(shared: Shared, server: GRPCServer<HTTP2ServerTransport.Posix>, port: Int) {
        self.shared = shared
        self.server = server
        self.port = port
    }

    var calls: Int { self.shared.state.withLock { $0.calls } }
    var lastTimeout: String? { self.shared.state.withLock { $0.lastTimeout } }
    func set(_ mode: Mode) { self.shared.state.withLock { $0.mode = mode } }

    struct Services: RegistrableRPCService {
        let shared: Shared

        func registerMethods<Transport: ServerTransport>(with router: inout RPCRouter<Transport>) {
            for descriptor in [TestServer.reserve, TestServer.lookup] {
                router.registerHandler(
                    forMethod: descriptor,
                    deserializer: StringCoder(),
                    serializer: StringCoder()
                ) { request, _ in
                    let mode = self.shared.state.withLock { state in
                        state.calls += 1
                        state.lastTimeout = request.metadata[stringValues: "grpc-timeout"].first { _ in true }
                        return state.mode
                    }
                    switch mode {
                    case .ok:
                        return StreamingServerResponse(single: ServerResponse(message: "reserved"))
                    case .fail(let code):
                        throw RPCError(code: code, message: "the test server says \(code)")
                    case .failAfterHeaders(let code):
                        return StreamingServerResponse(of: String.self, metadata: [:]) { _ in
                            throw RPCError(code: code, message: "failed after the headers")
                        }
                    case .hang:
                        try await Task.sleep(for: .seconds(30))
                        return StreamingServerResponse(single: ServerResponse(message: "late"))
                    }
                }
            }
        }
    }

    static func start() async throws -> (TestServer, Task<Void, any Error>) {
        let shared = Shared()
        let transport = HTTP2ServerTransport.Posix(
            address: .ipv4(host: "127.0.0.1", port: 0),
            transportSecurity: .plaintext
        )
        let services = Services(shared: shared)
        let server = GRPCServer(transport: transport, services: [services])
        let serving = Task { try await server.serve() }
        let port = try await transport.listeningAddress.ipv4!.port
        return (TestServer(shared: shared, server: server, port: port), serving)
    }
}

extension MethodDescriptor {
    init(fullyQualifiedService: String, method: String) {
        self.init(service: ServiceDescriptor(fullyQualifiedService: fullyQualifiedService), method: method)
    }
}

typealias GuardedPolicies = ComposedPolicy<CircuitBreaker, Bulkhead>

/// Runs `body` with a server, a client whose interceptor guards each service with a breaker (opens after 4 calls at
/// 50 % failures) and a bulkhead, and the points.
func withGRPC(
    retryPolicy: RetryPolicy? = nil,
    _ body: (TestServer, GRPCClient<HTTP2ClientTransport.Posix>, KeyedIntegrationPoints<GuardedPolicies>) async throws
        -> Void
) async throws {
    let (server, serving) = try await TestServer.start()
    let registry = ResilienceRegistry()
    let points = try registry.registerKeyed("grpc", maxInstances: 8) { key in
        var breaker = CircuitBreaker.Configuration()
        breaker.slidingWindow = .countBased(size: 4)
        breaker.minimumNumberOfCalls = 4
        breaker.waitDurationInOpenState = .seconds(30)
        return try ResiliencePipeline {
            try CircuitBreaker(name: "grpc \(key)", configuration: breaker)
            try Bulkhead(name: "grpc \(key)", maxConcurrentCalls: 8)
        }
    }
    var serviceConfig = ServiceConfig()
    if let retryPolicy {
        serviceConfig.methodConfig = [
            MethodConfig(names: [.init(service: "inventory.Inventory")], executionPolicy: .retry(retryPolicy))
        ]
    }
    let transport = try HTTP2ClientTransport.Posix(
        target: .ipv4(address: "127.0.0.1", port: server.port),
        transportSecurity: .plaintext,
        serviceConfig: serviceConfig
    )
    let client = GRPCClient(
        transport: transport,
        interceptors: [try ResilienceClientInterceptor(integrationPoints: points)]
    )
    let running = Task { try await client.runConnections() }
    do {
        try await body(server, client, points)
    } catch {
        await shutDown(client: client, running: running, server: server.server, serving: serving)
        throw error
    }
    await shutDown(client: client, running: running, server: server.server, serving: serving)
}

extension GRPCClient {
    func reserve(timeout: Duration = .seconds(5)) async throws -> String {
        var options = CallOptions.defaults
        options.timeout = timeout
        return try await self.unary(
            request: ClientRequest(message: "one"),
            descriptor: TestServer.reserve,
            serializer: StringCoder(),
            deserializer: StringCoder(),
            options: options
        ) { try $0.message }
    }

    func lookup() async throws -> String {
        try await self.unary(
            request: ClientRequest(message: "one"),
            descriptor: TestServer.lookup,
            serializer: StringCoder(),
            deserializer: StringCoder(),
            options: .defaults
        ) { try $0.message }
    }
}

@Suite("gRPC client interceptor", .serialized)
struct ResilienceClientInterceptorTests {
    // guide-example-begin
    @Test func theInventoryServiceIsProtectedAndItsBreakerOpens() async throws {
        // A real grpc-swift-2 server on loopback (the tests' `TestServer`), failing with `unavailable`.
        let (inventory, serving) = try await TestServer.start()
        inventory.set(.fail(.unavailable))

        // One integration point per service: a breaker that opens after 4 calls at 50 % failures, and a bulkhead.
        let registry = ResilienceRegistry()
        let points = try registry.registerKeyed("backends", maxInstances: 16) { service in
            var breaker = CircuitBreaker.Configuration()
            breaker.slidingWindow = .countBased(size: 4)
            breaker.minimumNumberOfCalls = 4
            return try ResiliencePipeline {
                try CircuitBreaker(name: "backends \(service)", configuration: breaker)
                try Bulkhead(name: "backends \(service)", maxConcurrentCalls: 32)
            }
        }

        // The client, with the interceptor (it refuses a pipeline with a Retry: gRPC retries attempts itself).
        let transport = try HTTP2ClientTransport.Posix(
            target: .ipv4(address: "127.0.0.1", port: inventory.port),
            transportSecurity: .plaintext
        )
        let client = GRPCClient(
            transport: transport,
            interceptors: [try ResilienceClientInterceptor(integrationPoints: points)]
        )
        let connections = Task { try await client.runConnections() }

        // Four failures open the service's breaker; the fifth call is answered `unavailable` without being sent.
        for _ in 0..<4 {
            await #expect(throws: RPCError.self) { try await client.reserve() }
        }
        let breaker = try #require(try points.integrationPoint(for: "inventory.Inventory").circuitBreakers.first)
        #expect(breaker.state == .open)
        let error = await #expect(throws: RPCError.self) { try await client.reserve() }
        #expect(error?.code == .unavailable && inventory.calls == 4)

        // The client first: its connections close before the server stops.
        client.beginGracefulShutdown()
        _ = await connections.result
        inventory.server.beginGracefulShutdown()
        _ = await serving.result
    }
    // guide-example-end

    @Test func theArticleShowsTheGuidesExample() throws {
        let here = URL(fileURLWithPath: #filePath)
        let source = try String(contentsOf: here, encoding: .utf8)
        let begin = try #require(source.range(of: "    // guide-example-begin\n"))
        let end = try #require(source.range(of: "    // guide-example-end\n"))
        let example = source[begin.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let article = try String(
            contentsOf: root.appendingPathComponent(
                "Sources/ResilienceGRPC/ResilienceGRPC.docc/ProtectingGRPCCalls.md"
            ),
            encoding: .utf8
        )
        #expect(article.contains("```swift\n" + example + "```"))
    }

    @Test func eachServiceGetsItsOwnPointAndHealthyCallsCountAsSuccesses() async throws {
        try await withGRPC { server, client, points async throws in
            #expect(try await client.reserve() == "reserved")
            #expect(try await client.lookup() == "reserved")
            #expect(Set(points.integrationPoints.map(\.key)) == ["inventory.Inventory", "catalog.Catalog"])
            #expect(try points.integrationPoint(for: "inventory.Inventory").statistics.successfulCalls == 1)
        }
    }

    @Test func unavailableOpensTheServicesBreakerAndARejectionAnswersUnavailable() async throws {
        try await withGRPC { server, client, points async throws in
            server.set(.fail(.unavailable))
            for _ in 0..<4 {
                let error = await #expect(throws: RPCError.self) { try await client.reserve() }
                #expect(error?.code == .unavailable)
            }
            let breaker = try #require(try points.integrationPoint(for: "inventory.Inventory").circuitBreakers.first)
            #expect(breaker.state == .open)
            let calls = server.calls
            let rejected = await #expect(throws: RPCError.self) { try await client.reserve() }
            #expect(rejected?.code == .unavailable && rejected?.cause is CircuitBreakerOpenError)
            #expect(server.calls == calls, "not sent")
            server.set(.ok)
            #expect(try await client.lookup() == "reserved", "another service is untouched")
            #expect(try points.integrationPoint(for: "catalog.Catalog").circuitBreakers.first?.state == .closed)
        }
    }

    @Test func aContractViolationIsCountedButNeverOpensTheBreaker() async throws {
        try await withGRPC { server, client, points async throws in
            server.set(.fail(.invalidArgument))
            for _ in 0..<6 {
                await #expect(throws: RPCError.self) { try await client.reserve() }
            }
            let point = try points.integrationPoint(for: "inventory.Inventory")
            #expect(point.statistics.contractViolations == 6 && point.statistics.failedCalls == 0)
            #expect(point.statistics.lastContractViolation?.reason == "grpc_invalidArgument")
            #expect(point.circuitBreakers.first?.state == .closed)
        }
    }

    @Test func anErrorAfterTheHeadersIsRecordedLate() async throws {
        try await withGRPC { server, client, points async throws in
            server.set(.failAfterHeaders(.internalError))
            let error = await #expect(throws: RPCError.self) { try await client.reserve() }
            #expect(error?.code == .internalError)
            let point = try points.integrationPoint(for: "inventory.Inventory")
            #expect(point.statistics.failedCalls == 1 && point.statistics.successfulCalls == 0)
            #expect(point.circuitBreakers.first?.metrics.numberOfFailedCalls == 1)
        }
    }

    @Test func anEarlierCallerDeadlineReplacesGRPCTimeoutAndAPassedOneSendsNothing() async throws {
        try await withGRPC { server, client, _ async throws in
            // Seconds, not milliseconds: a call on two cores busy with the rest of the suite once outlasted 300 ms.
            _ = try await withTimeout(.seconds(8)) { try await client.reserve(timeout: .seconds(30)) }
            let sent = try #require(server.lastTimeout.flatMap { DeadlineHeader.grpcTimeout.remaining(fromValue: $0) })
            #expect(sent <= .seconds(8) && sent > .seconds(6), "sent \(sent)")
            _ = try await client.reserve(timeout: .seconds(4))
            let own = try #require(server.lastTimeout.flatMap { DeadlineHeader.grpcTimeout.remaining(fromValue: $0) })
            #expect(own <= .seconds(4) && own > .seconds(2), "the call's own timeout when earlier")

        }
    }

    @Test func aPassedDeadlineAnswersDeadlineExceededWithoutCallingTheServer() async throws {
        let registry = ResilienceRegistry()
        let points = try registry.registerKeyed("passed", maxInstances: 2) { key in
            try ResiliencePipeline { try CircuitBreaker(name: "passed \(key)") }
        }
        let interceptor = try ResilienceClientInterceptor(integrationPoints: points)
        let response: StreamingClientResponse<String> = try await Deadline.$current.withValue(.after(.zero)) {
            try await interceptor.intercept(
                request: StreamingClientRequest(of: String.self) { _ in },
                context: ClientContext(descriptor: TestServer.reserve, remotePeer: "test", localPeer: "test")
            ) { _, _ in
                Issue.record("the server was called")
                return StreamingClientResponse(accepted: .failure(RPCError(code: .internalError, message: "called")))
            }
        }
        guard case .failure(let error) = response.accepted else {
            Issue.record("accepted")
            return
        }
        #expect(error.code == .deadlineExceeded)
        #expect(try points.integrationPoint(for: "inventory.Inventory").statistics.failedCalls == 0)
    }

    @Test func gRPCsOwnRetryRunsTheInterceptorOncePerAttempt() async throws {
        let retry = RetryPolicy(
            maxAttempts: 3,
            initialBackoff: .milliseconds(5),
            maxBackoff: .milliseconds(5),
            backoffMultiplier: 1,
            retryableStatusCodes: [.unavailable]
        )
        try await withGRPC(retryPolicy: retry) { server, client, points async throws in
            server.set(.fail(.unavailable))
            await #expect(throws: RPCError.self) { try await client.reserve() }
            #expect(server.calls == 3)
            #expect(try points.integrationPoint(for: "inventory.Inventory").statistics.failedCalls == 3)
        }
    }

    @Test func aPipelineWithARetryIsRefused() throws {
        let registry = ResilienceRegistry()
        let points = try registry.registerKeyed("retrying", maxInstances: 2) { key in
            try ResiliencePipeline {
                try Retry(name: "retrying \(key)", maxAttempts: 2)
                try CircuitBreaker(name: "retrying \(key)")
            }
        }
        let error = #expect(throws: ConfigurationError.self) {
            try ResilienceClientInterceptor(integrationPoints: points)
        }
        #expect(error?.field == "integrationPoints")
    }
}

#endif
