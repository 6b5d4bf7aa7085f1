// The inbound middlewares (Hummingbird, Vapor) and server interceptors (gRPC), called as their frameworks call them
// (through the protocol, with a `next` that runs the shape's operation and answers its value), for the shapes of
// generate-shapes; and the starvation watchdog, run as a service.

import GRPCCore
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import Resilience
import ResilienceGRPC
import ResilienceHummingbird
import ResilienceVapor
import Vapor

// MARK: Hummingbird

/// A request context made without a channel, as the middlewares are called in memory here.
struct CheckContext: RequestContext {
    struct Source: RequestContextSource {
        var logger: Logging.Logger
    }

    var coreContext: CoreRequestContextStorage

    init(source: Source) {
        self.coreContext = .init(source: source)
    }
}

func checkedHummingbirdShedding(_ tag: String) throws -> any RouterMiddleware<CheckContext> {
    let point = try ResilienceRegistry().register("hummingbird \(tag)", pipeline: callerTaskPipeline(tag))
    return ResilienceHummingbird.LoadSheddingMiddleware<CheckContext, _>(integrationPoint: point)
}

func checkedHummingbirdDeadline(_ tag: String) throws -> any RouterMiddleware<CheckContext> {
    _ = try checkedName(tag)
    var inbound = InboundDeadline()
    inbound.whenAbsent = .seconds(30)
    return ResilienceHummingbird.DeadlineMiddleware<CheckContext>(inbound)
}

/// Runs `operation` as the handler behind `middleware`: its value comes back in the body.
func handling<E: Error>(
    _ middleware: any RouterMiddleware<CheckContext>,
    _ operation: @escaping @Sendable () async throws(E) -> Int
) async throws -> Int {
    let request = HummingbirdCore.Request(
        head: HTTPRequest(method: .get, scheme: "http", authority: "check", path: "/check"),
        body: .init(buffer: ByteBuffer())
    )
    let context = CheckContext(source: .init(logger: Logging.Logger(label: "check")))
    let response = try await middleware.handle(request, context: context) { _, _ in
        let value = try await operation()
        return HummingbirdCore.Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: String(value))))
    }
    guard response.status == .ok else { throw Failure() }
    var collected = ByteBuffer()
    var body = response.body
    let writer = CollectingWriter()
    try await body.write(writer)
    collected = writer.buffer
    body = .init()
    guard let value = Int(String(buffer: collected)) else { throw Failure() }
    return value
}

/// A response body writer that keeps what it is given.
final class CollectingWriter: ResponseBodyWriter, @unchecked Sendable {
    var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        self.buffer.writeBuffer(&buffer)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

// MARK: Vapor

/// One Vapor application for every shape: requests are made against it in memory.
let vaporApplication = Vapor.Application(.testing)

func checkedVaporShedding(_ tag: String) throws -> any AsyncMiddleware {
    let point = try ResilienceRegistry().register("vapor \(tag)", pipeline: fourPolicyPipeline(tag))
    return ResilienceVapor.LoadSheddingMiddleware(integrationPoint: point)
}

func checkedVaporDeadline(_ tag: String) throws -> any AsyncMiddleware {
    _ = try checkedName(tag)
    var inbound = InboundDeadline()
    inbound.whenAbsent = .seconds(30)
    return ResilienceVapor.DeadlineMiddleware(inbound)
}

/// Runs `operation` as the responder behind `middleware`: its value comes back in the body.
func responding<E: Error>(
    _ middleware: any AsyncMiddleware,
    _ operation: @escaping @Sendable () async throws(E) -> Int
) async throws -> Int {
    let request = Vapor.Request(
        application: vaporApplication,
        method: .GET,
        url: "/check",
        on: vaporApplication.eventLoopGroup.any()
    )
    let response = try await middleware.respond(
        to: request,
        chainingTo: AsyncBasicResponder { _ in
            Vapor.Response(status: .ok, body: .init(string: String(try await operation())))
        }
    )
    guard response.status == .ok, let text = response.body.string, let value = Int(text) else { throw Failure() }
    return value
}

// MARK: gRPC servers

func checkedServerShedding(_ tag: String) throws -> any ServerInterceptor {
    let points = try ResilienceRegistry().registerKeyed("grpc-server \(tag)", maxInstances: 4) { method in
        try ResiliencePipeline { try Bulkhead(name: "grpc-server \(tag) \(method)", maxConcurrentCalls: 64) }
    }
    return LoadSheddingServerInterceptor(perMethod: points)
}

func checkedServerDeadline(_ tag: String) throws -> any ServerInterceptor {
    _ = try checkedName(tag)
    var inbound = InboundDeadline.grpc
    inbound.whenAbsent = .seconds(30)
    return DeadlineServerInterceptor(inbound)
}

/// Runs `operation` as the handler behind `interceptor`: its value comes back as the one message.
func serving<E: Error>(
    _ interceptor: any ServerInterceptor,
    _ operation: @escaping @Sendable () async throws(E) -> Int
) async throws -> Int {
    let descriptor = MethodDescriptor(service: ServiceDescriptor(fullyQualifiedService: "check.Check"), method: "Run")
    let response: StreamingServerResponse<Int> = try await interceptor.intercept(
        request: StreamingServerRequest(single: ServerRequest(metadata: [:], message: 0)),
        context: ServerContext(
            descriptor: descriptor,
            remotePeer: "check",
            localPeer: "check",
            cancellation: ServerContext.RPCCancellationHandle()
        )
    ) { _, _ in
        StreamingServerResponse(single: ServerResponse(message: try await operation()))
    }
    let contents = try response.accepted.get()
    let writer = CollectingRPCWriter()
    _ = try await contents.producer(RPCWriter(wrapping: writer))
    guard let value = writer.values.first else { throw Failure() }
    return value
}

/// An RPC writer that keeps the messages it is given.
final class CollectingRPCWriter: RPCWriterProtocol, @unchecked Sendable {
    var values: [Int] = []

    func write(_ element: Int) async throws {
        self.values.append(element)
    }

    func write(contentsOf elements: some Sequence<Int>) async throws {
        self.values.append(contentsOf: elements)
    }
}

// MARK: The watchdog

/// A starvation watchdog registered and run as a service for a quarter of a second: it measures, and a second run of
/// it is refused.
func runWatchdog() async throws {
    let registry = ResilienceRegistry()
    let watchdog = StarvationWatchdog(name: "release-build-check")
    try registry.register(watchdog)
    let running = Task { try await watchdog.run() }
    for _ in 0..<1_000 where watchdog.snapshot.samples < 10 {
        try await Task.sleep(for: .milliseconds(10))
    }
    running.cancel()
    try await running.value
    guard watchdog.snapshot.samples >= 10, registry.watchdogs.count == 1 else { throw Failure() }
}
