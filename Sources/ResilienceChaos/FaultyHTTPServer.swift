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
/// Every answer but the faults' is `200 OK` with the JSON body `{"status":"ok","request":N}` (N counts from 1), or what
/// the `respond` closure given to ``start(port:mode:deadlineHeader:respond:)`` makes of the request: an upstream with
/// an API of its own, as the demo's payments, inventory and recommendations services are. The server binds 127.0.0.1
/// only and runs on an event loop of its own; ``stop()`` closes every connection.
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

    /// A request, as the `respond` closure sees it.
    public struct Request: Sendable {
        /// `GET`, `POST`, …
        public var method: String
        /// The request's target: its path and query.
        public var uri: String
        /// Its body (at most 64 KiB are kept).
        public var body: [UInt8]
        /// Its number: 1 for the server's first request.
        public var number: Int

        /// Creates a request: for a test of a `respond` closure without a server.
        public init(method: String, uri: String, body: [UInt8] = [], number: Int = 1) {
            self.method = method
            self.uri = uri
            self.body = body
            self.number = number
        }
    }

    /// A healthy answer, as the `respond` closure makes it: a status and a JSON body.
    public struct Answer: Sendable, Hashable {
        /// The status.
        public var status: Int
        /// The body, sent as `application/json`.
        public var body: String

        /// Creates an answer.
        public init(status: Int = 200, body: String) {
            self.status = status
            self.body = body
        }
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

    /// Makes the healthy answers.
    let respond: @Sendable (Request) -> Answer

    private init(mode: Mode, deadlineHeader: DeadlineHeader, respond: @escaping @Sendable (Request) -> Answer) {
        self.state = NIOLockedValueBox(State(mode: mode))
        self.deadlineHeader = deadlineHeader
        self.respond = respond
    }

    /// Starts a server on 127.0.0.1. Call ``stop()`` when done: the server runs on a thread of its own until then.
    ///
    /// - Parameters:
    ///   - port: The port; 0 (the default) takes a free one (see ``port``).
    ///   - mode: How it answers at first.
    ///   - deadlineHeader: The header whose value ``lastDeadlineHeader`` records; Envoy's by default.
    ///   - respond: Makes the answer to a request in the modes that answer as a healthy server would (``Mode/healthy
    ///     (latency:)``, ``Mode/slow(_:)``, the healthy share of ``Mode/errors(status:rate:)``, ``Mode/drip
    ///     (bytesPerSecond:)``); it runs on the server's event loop, so it must not block. By default
    ///     `{"status":"ok","request":N}`.
    /// - Throws: When the port cannot be bound.
    public static func start(
        port: Int = 0,
        mode: Mode = .healthy(),
        deadlineHeader: DeadlineHeader = .envoyExpectedTimeout,
        respond: @escaping @Sendable (Request) -> Answer = { Answer(body: #"{"status":"ok","request":\#($0.number)}"#) }
    ) async throws -> FaultyHTTPServer {
        let server = FaultyHTTPServer(mode: mode, deadlineHeader: deadlineHeader, respond: respond)
        // Weak: the listener's initialiser would otherwise keep the server alive, and the server its listener, for good.
        let listener = try await LoopbackListener.start(port: port) { [weak server] channel in
            guard let server else { return channel.close() }
            return server.accept(channel)
        }
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
    private var body: [UInt8] = []
    private var random = SystemRandomNumberGenerator()

    init(server: FaultyHTTPServer) {
        self.server = server
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch Self.unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            self.body.removeAll(keepingCapacity: true)
        case .body(let part):
            self.body.append(contentsOf: part.readableBytesView.prefix(max(0, (1 << 16) - self.body.count)))
        case .end:
            guard let head = self.head else { return }
            self.head = nil
            let (mode, number) = self.server.received(head)
            let request = FaultyHTTPServer.Request(
                method: head.method.rawValue,
                uri: head.uri,
                body: self.body,
                number: number
            )
            self.answer(head, request: request, mode: mode, context: context)
        }
    }

    private func answer(
        _ head: HTTPRequestHead,
        request: FaultyHTTPServer.Request,
        mode: FaultyHTTPServer.Mode,
        context: ChannelHandlerContext
    ) {
        let keepAlive = head.isKeepAlive
        // Made only in the modes that answer as a healthy server would.
        var ok: FaultyHTTPServer.Answer { self.server.respond(request) }
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
            let answer = ok
            respond(answer.status, answer.body, after: latency)
        case .slow(let delay):
            let answer = ok
            respond(answer.status, answer.body, after: delay)
        case .errors(let status, let rate):
            if Double.random(in: 0..<1, using: &self.random) < rate {
                respond(status, #"{"error":"injected","status":\#(status)}"#)
            } else {
                let answer = ok
                respond(answer.status, answer.body)
            }
        case .retryAfter(let status, let after):
            respond(status, #"{"error":"retry later"}"#, headers: [("retry-after", RetryAfter.headerValue(for: after))])
        case .hang, .down:
            break
        case .resetMidBody:
            var response = HTTPResponseHead(version: head.version, status: .ok)
            response.headers.add(name: "content-type", value: "application/json")
            response.headers.add(name: "content-length", value: "4096")
            context.write(Self.wrapOutboundOut(.head(response)), promise: nil)
            let part = context.channel.allocator.buffer(repeating: UInt8(ascii: " "), count: 512)
            context.writeAndFlush(Self.wrapOutboundOut(.body(.byteBuffer(part)))).whenComplete { _ in
                loopBound.value.1.channel.reset()
            }
        case .drip(let bytesPerSecond):
            let answer = ok
            self.drip(answer, bytesPerSecond: bytesPerSecond, request: head, context: context)
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

    /// Writes `answer` with its body going out a slice every hundredth of a second, at `bytesPerSecond`.
    private func drip(
        _ answer: FaultyHTTPServer.Answer,
        bytesPerSecond: Int,
        request: HTTPRequestHead,
        context: ChannelHandlerContext
    ) {
        let body = Array(answer.body.utf8)
        var head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: answer.status))
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
