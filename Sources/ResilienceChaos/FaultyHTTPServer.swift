// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
public import Resilience

/// An HTTP/1.1 server on loopback whose behaviour changes at run time: the upstream that tests and the demo make fail
/// on command.
///
/// ```swift
/// let server = try await FaultyHTTPServer.start()            // healthy, 2 ms per answer
/// server.set(.errors(status: 503, rate: 0.5))                // every other answer a 503
/// server.set(.hang)                                          // reads requests, never answers
/// #expect(server.requestCount == 3)
/// try await server.stop()
/// ```
///
/// Every answer but the faults' is `200 OK` with the JSON body `{"status":"ok","request":N}` (N counts from 1). The
/// server binds 127.0.0.1 only and runs on an event loop of its own; ``stop()`` closes every connection.
public final class FaultyHTTPServer: Sendable {
    /// How the server answers.
    public enum Mode: Sendable, Hashable {
        /// `200` with the JSON body, after `latency`.
        case healthy(latency: Duration = .milliseconds(2))
        /// `200` with the JSON body, after the duration.
        case slow(Duration)
        /// A share `rate` of the answers have `status` (with a JSON error body); the others are `200`.
        case errors(status: Int = 500, rate: Double = 1)
        /// `status` with a `Retry-After` header in whole seconds, rounded up.
        case retryAfter(status: Int = 503, after: Duration)
        /// Reads and counts each request, never answers.
        case hang
        /// Refuses connections (the port stops listening; open connections are closed).
        case down
        /// Sends a `200` head and part of a longer body, then a TCP reset.
        case resetMidBody
        /// A `200` whose body trickles at this rate.
        case drip(bytesPerSecond: Int)
        /// The dependency changed its contract: `status` (422 by default) with a JSON error body, or, with status
        /// 200, a `200` whose JSON body has another shape (`{"state":"ok","items":[]}`).
        case contractChange(status: Int = 422)
    }

    private struct State {
        var mode: Mode
        var requestCount = 0
        var lastDeadlineHeader: String?
    }

    private let state: NIOLockedValueBox<State>
    private let listener = NIOLockedValueBox<LoopbackListener?>(nil)

    /// The header whose value ``lastDeadlineHeader`` records.
    public let deadlineHeader: DeadlineHeader

    private init(mode: Mode, deadlineHeader: DeadlineHeader) {
        self.state = NIOLockedValueBox(State(mode: mode))
        self.deadlineHeader = deadlineHeader
    }

    /// Starts a server on 127.0.0.1. Call ``stop()`` when done: the server runs on a thread of its own until then.
    ///
    /// - Parameters:
    ///   - port: The port; 0 (the default) takes a free one (see ``port``).
    ///   - mode: How it answers at first.
    ///   - deadlineHeader: The header whose value ``lastDeadlineHeader`` records; Envoy's by default.
    /// - Throws: When the port cannot be bound.
    public static func start(
        port: Int = 0,
        mode: Mode = .healthy(),
        deadlineHeader: DeadlineHeader = .envoyExpectedTimeout
    ) async throws -> FaultyHTTPServer {
        let server = FaultyHTTPServer(mode: mode, deadlineHeader: deadlineHeader)
        let listener = try await LoopbackListener.start(port: port) { [server] channel in server.accept(channel) }
        server.listener.withLockedValue { $0 = listener }
        if mode == .down { listener.pause() }
        return server
    }

    /// The server's port on 127.0.0.1.
    public var port: Int { self.listener.withLockedValue { $0?.port ?? 0 } }

    /// The mode in force.
    public var mode: Mode { self.state.withLockedValue { $0.mode } }

    /// The requests read so far, answered or not.
    public var requestCount: Int { self.state.withLockedValue { $0.requestCount } }

    /// The value of ``deadlineHeader`` on the last request; `nil` when it had none.
    public var lastDeadlineHeader: String? { self.state.withLockedValue { $0.lastDeadlineHeader } }

    /// Answers the requests that arrive from now on as `mode` says. ``Mode/down`` returns once the port refuses
    /// connections; the mode after it, once the port accepts them again.
    public func set(_ mode: Mode) {
        self.state.withLockedValue { $0.mode = mode }
        guard let listener = self.listener.withLockedValue({ $0 }), !listener.isStopped else { return }
        if mode == .down {
            listener.pause()
        } else {
            try? listener.resume()
        }
    }

    /// Stops listening and closes every connection; returns once the port refuses connections. Calling it again does
    /// nothing.
    public func stop() async throws {
        try await self.listener.withLockedValue { $0 }?.stop()
    }

    private func accept(_ channel: any Channel) -> EventLoopFuture<Void> {
        channel.setOption(.autoRead, value: true).flatMap {
            channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true)
        }.flatMap {
            channel.pipeline.addHandler(RequestHandler(server: self))
        }
    }

    /// Counts a request and records its deadline header; returns the mode to answer it in and its number.
    fileprivate func received(_ head: HTTPRequestHead) -> (Mode, Int) {
        let value = head.headers.first(name: self.deadlineHeader.name)
        return self.state.withLockedValue { state in
            state.requestCount += 1
            state.lastDeadlineHeader = value
            return (state.mode, state.requestCount)
        }
    }
}

/// Answers each request of one connection as the server's mode says.
private final class RequestHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let server: FaultyHTTPServer
    private var head: HTTPRequestHead?
    private var random = SystemRandomNumberGenerator()

    init(server: FaultyHTTPServer) {
        self.server = server
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch Self.unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
        case .body:
            break
        case .end:
            guard let head = self.head else { return }
            self.head = nil
            let (mode, number) = self.server.received(head)
            self.answer(head, number: number, mode: mode, context: context)
        }
    }

    private func answer(
        _ request: HTTPRequestHead,
        number: Int,
        mode: FaultyHTTPServer.Mode,
        context: ChannelHandlerContext
    ) {
        let keepAlive = request.isKeepAlive
        let ok = #"{"status":"ok","request":\#(number)}"#
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        func respond(_ status: Int, _ body: String, headers: [(String, String)] = [], after delay: Duration = .zero) {
            guard delay > .zero else {
                loopBound.value.0.write(
                    status,
                    body,
                    headers: headers,
                    keepAlive: keepAlive,
                    context: loopBound.value.1
                )
                return
            }
            context.eventLoop.scheduleTask(in: delay.timeAmount) {
                let (handler, context) = loopBound.value
                handler.write(status, body, headers: headers, keepAlive: keepAlive, context: context)
            }
        }
        switch mode {
        case .healthy(let latency):
            respond(200, ok, after: latency)
        case .slow(let delay):
            respond(200, ok, after: delay)
        case .errors(let status, let rate):
            if Double.random(in: 0..<1, using: &self.random) < rate {
                respond(status, #"{"error":"injected","status":\#(status)}"#)
            } else {
                respond(200, ok)
            }
        case .retryAfter(let status, let after):
            respond(status, #"{"error":"retry later"}"#, headers: [("retry-after", RetryAfter.headerValue(for: after))])
        case .hang, .down:
            break
        case .resetMidBody:
            var head = HTTPResponseHead(version: request.version, status: .ok)
            head.headers.add(name: "content-type", value: "application/json")
            head.headers.add(name: "content-length", value: "4096")
            context.write(Self.wrapOutboundOut(.head(head)), promise: nil)
            let part = context.channel.allocator.buffer(repeating: UInt8(ascii: " "), count: 512)
            context.writeAndFlush(Self.wrapOutboundOut(.body(.byteBuffer(part)))).whenComplete { _ in
                loopBound.value.1.channel.reset()
            }
        case .drip(let bytesPerSecond):
            self.drip(Array(ok.utf8), bytesPerSecond: bytesPerSecond, request: request, context: context)
        case .contractChange(let status):
            if status == 200 {
                respond(200, #"{"state":"ok","items":[]}"#)
            } else {
                respond(status, #"{"error":"unprocessable","detail":"the contract changed"}"#)
            }
        }
    }

    private func write(
        _ status: Int,
        _ body: String,
        headers: [(String, String)],
        keepAlive: Bool,
        context: ChannelHandlerContext
    ) {
        guard context.channel.isActive else { return }
        var head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status))
        head.headers.add(name: "content-type", value: "application/json")
        head.headers.add(name: "content-length", value: "\(body.utf8.count)")
        for (name, value) in headers { head.headers.add(name: name, value: value) }
        if !keepAlive { head.headers.add(name: "connection", value: "close") }
        context.write(Self.wrapOutboundOut(.head(head)), promise: nil)
        context.write(
            Self.wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: body)))),
            promise: nil
        )
        let done = context.writeAndFlush(Self.wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }

    /// Writes a `200` whose body goes out a slice every hundredth of a second, at `bytesPerSecond`.
    private func drip(_ body: [UInt8], bytesPerSecond: Int, request: HTTPRequestHead, context: ChannelHandlerContext) {
        var head = HTTPResponseHead(version: .http1_1, status: .ok)
        head.headers.add(name: "content-type", value: "application/json")
        head.headers.add(name: "content-length", value: "\(body.count)")
        context.writeAndFlush(Self.wrapOutboundOut(.head(head)), promise: nil)
        let slice = max(1, bytesPerSecond / 100)
        let interval = TimeAmount.nanoseconds(Int64(slice) * 1_000_000_000 / Int64(max(1, bytesPerSecond)))
        let channel = context.channel
        let keepAlive = request.isKeepAlive
        @Sendable func send(from offset: Int) {
            guard channel.isActive else { return }
            let end = min(body.count, offset + slice)
            let part = channel.allocator.buffer(bytes: body[offset..<end])
            channel.write(HTTPServerResponsePart.body(.byteBuffer(part)), promise: nil)
            guard end < body.count else {
                let done = channel.writeAndFlush(HTTPServerResponsePart.end(nil))
                if !keepAlive { done.whenComplete { _ in channel.close(promise: nil) } }
                return
            }
            channel.flush()
            channel.eventLoop.scheduleTask(in: interval) { send(from: end) }
        }
        channel.eventLoop.scheduleTask(in: interval) { send(from: 0) }
    }
}

#endif
