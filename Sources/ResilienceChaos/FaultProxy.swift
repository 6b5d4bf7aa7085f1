// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A TCP proxy on loopback in front of a real server (PostgreSQL, an HTTP API, anything over TCP) that injects network
/// faults on command, as Toxiproxy does, for the open connections and the new ones.
///
/// ```swift
/// let proxy = try await FaultProxy.start(upstreamPort: postgresPort)
/// // connect the client to 127.0.0.1:proxy.port instead of the server
/// proxy.set(.latency(.milliseconds(200), jitter: .milliseconds(20)))
/// proxy.set(.blackHole)        // connections stay open, nothing comes back
/// proxy.set(.none)
/// try await proxy.stop()
/// ```
///
/// Faults, exactly:
/// - ``Fault/latency(_:jitter:)`` delays what the upstream sends back: a round trip grows by the latency once; the
///   jitter is spread evenly around it, and the bytes keep their order.
/// - ``Fault/bandwidth(bytesPerSecond:)`` paces what the upstream sends back, and reads from the upstream only as fast
///   as it writes: no unbounded buffer.
/// - ``Fault/blackHole`` accepts and reads, but forwards and answers nothing: the bytes read are dropped.
/// - ``Fault/resetPeer(afterBytes:)`` lets that many more bytes reach the client, then closes both connections with a
///   TCP reset (RST).
/// - ``Fault/refuse`` stops listening on the port (open connections are closed); any other fault listens there again.
/// - ``Fault/slowClose(_:)`` closes one side that long after the other closed.
/// - ``Fault/timeout(after:)`` closes a connection that long after it was accepted, or after the fault was set for an
///   open one; bytes flow until then.
///
/// The proxy binds 127.0.0.1 only. It runs on an event loop of its own; ``stop()`` closes every connection.
public final class FaultProxy: Sendable {
    /// A network fault.
    public enum Fault: Sendable, Hashable {
        /// Bytes pass untouched.
        case none
        /// What the upstream sends back is delayed by the latency, ± the jitter.
        case latency(Duration, jitter: Duration = .zero)
        /// What the upstream sends back flows at this rate at most.
        case bandwidth(bytesPerSecond: Int)
        /// Connections are accepted and read, but nothing is forwarded or answered.
        case blackHole
        /// That many more bytes reach the client, then both connections get a TCP reset.
        case resetPeer(afterBytes: Int = 0)
        /// The port refuses connections; open ones are closed.
        case refuse
        /// When one side closes, the other is closed that long after.
        case slowClose(Duration)
        /// A connection is closed that long after it was accepted (or after the fault was set, for an open one).
        case timeout(after: Duration)
    }

    private struct State {
        var fault: Fault = .none
        var connections: [ObjectIdentifier: ProxyConnection] = [:]
    }

    private let upstream: SocketAddress
    private let state = NIOLockedValueBox(State())
    private let listener = NIOLockedValueBox<LoopbackListener?>(nil)

    private init(upstream: SocketAddress) {
        self.upstream = upstream
    }

    /// Starts a proxy on 127.0.0.1 in front of `upstreamHost:upstreamPort`, with no fault. Call ``stop()`` when done:
    /// the proxy runs on a thread of its own until then.
    ///
    /// - Parameters:
    ///   - upstreamHost: The server's address.
    ///   - upstreamPort: The server's port.
    ///   - port: The proxy's port; 0 (the default) takes a free one (see ``port``).
    /// - Throws: When the address does not resolve or the port cannot be bound.
    public static func start(
        upstreamHost: String = "127.0.0.1",
        upstreamPort: Int,
        port: Int = 0
    ) async throws
        -> FaultProxy
    {
        let proxy = FaultProxy(upstream: try SocketAddress.makeAddressResolvingHost(upstreamHost, port: upstreamPort))
        // Weak: the listener's initialiser would otherwise keep the proxy alive, and the proxy its listener, for good.
        let listener = try await LoopbackListener.start(port: port) { [weak proxy] channel in
            guard let proxy else { return channel.close() }
            return proxy.accept(channel)
        }
        proxy.listener.withLockedValue { $0 = listener }
        return proxy
    }

    private var loopbackListener: LoopbackListener? { self.listener.withLockedValue { $0 } }

    /// The proxy's port on 127.0.0.1: connect clients here instead of to the upstream.
    public var port: Int { self.loopbackListener?.port ?? 0 }

    /// The fault in force.
    public var fault: Fault { self.state.withLockedValue { $0.fault } }

    /// The connections open through the proxy now.
    public var openConnections: Int { self.loopbackListener?.openConnections ?? 0 }

    /// Applies `fault` to new connections and to open ones; returns once every open connection has it. ``Fault/refuse``
    /// returns once the port refuses connections; the fault after it, once the port accepts them again.
    public func set(_ fault: Fault) {
        let connections = self.state.withLockedValue { state in
            state.fault = fault
            return Array(state.connections.values)
        }
        guard let listener = self.loopbackListener, !listener.isStopped else { return }
        if fault == .refuse {
            listener.pause()
        } else {
            try? listener.resume()
        }
        // Returns once every open connection has the fault, so that the next byte a caller sends meets it.
        let applied = connections.map { connection in connection.eventLoop.submit { connection.apply(fault) } }
        try? EventLoopFuture.andAllComplete(applied, on: listener.group.next()).wait()
    }

    /// Stops listening and closes every connection; returns once the port refuses connections. Calling it again does
    /// nothing.
    public func stop() async throws {
        try await self.loopbackListener?.stop()
    }

    private func accept(_ client: any Channel) -> EventLoopFuture<Void> {
        let connection = ProxyConnection(client: client)
        let fault = self.state.withLockedValue { state -> Fault in
            state.connections[ObjectIdentifier(connection)] = connection
            return state.fault
        }
        client.closeFuture.whenComplete { [self] _ in
            _ = self.state.withLockedValue { $0.connections.removeValue(forKey: ObjectIdentifier(connection)) }
        }
        return client.pipeline.addHandler(ProxyConnection.SideHandler(connection, side: .client)).map {
            connection.start(fault: fault, upstream: self.upstream)
        }
    }
}

/// One connection through the proxy: the client's channel, the upstream's, and the fault between them. Every member is
/// used on the client's event loop only, which the upstream channel shares.
final class ProxyConnection: @unchecked Sendable {
    enum Side {
        case client, upstream
    }

    let eventLoop: any EventLoop
    private let client: any Channel
    private var upstream: (any Channel)?
    private var fault: FaultProxy.Fault = .none
    /// The bytes that reached the client since the fault was set.
    private var deliveredSinceFault = 0
    /// Bytes from the upstream scheduled for the client, not yet written.
    private var scheduledBytes = 0
    /// When the last scheduled bytes go out: later bytes never overtake them.
    private var lastDelivery = NIODeadline.uptimeNanoseconds(0)
    private var closeTimer: Scheduled<Void>?
    private var closing = false
    private var random = SystemRandomNumberGenerator()

    /// The most bytes held for the client under a latency: beyond it, the upstream is not read.
    private static let maximumScheduledBytes = 4 << 20

    init(client: any Channel) {
        self.client = client
        self.eventLoop = client.eventLoop
    }

    func start(fault: FaultProxy.Fault, upstream address: SocketAddress) {
        self.eventLoop.preconditionInEventLoop()
        ClientBootstrap(group: self.eventLoop)
            .channelOption(.autoRead, value: false)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { [self] channel in
                channel.pipeline.addHandler(SideHandler(self, side: .upstream))
            }
            .connect(to: address)
            .whenComplete { [self] result in
                switch result {
                case .success(let upstream):
                    guard self.client.isActive else {
                        upstream.close(promise: nil)
                        return
                    }
                    self.upstream = upstream
                    self.apply(fault)
                    self.readClient()
                    self.readUpstream()
                case .failure:
                    self.client.close(promise: nil)
                }
            }
    }

    /// Moves to `fault`.
    func apply(_ fault: FaultProxy.Fault) {
        self.eventLoop.preconditionInEventLoop()
        self.fault = fault
        self.deliveredSinceFault = 0
        self.closeTimer?.cancel()
        self.closeTimer = nil
        switch fault {
        case .refuse:
            self.closeBoth()
        case .resetPeer(let afterBytes) where afterBytes <= 0:
            self.resetBoth()
        case .timeout(let after):
            self.closeTimer = self.eventLoop.scheduleTask(in: after.timeAmount) { [self] in self.closeBoth() }
        default:
            self.readClient()
            self.readUpstream()
        }
    }

    // MARK: Client → upstream

    fileprivate func readFromClient(_ buffer: ByteBuffer) {
        guard let upstream = self.upstream, !self.closing else { return }
        if self.fault == .blackHole { return }
        upstream.write(buffer, promise: nil)
    }

    fileprivate func clientReadComplete() {
        self.upstream?.flush()
        self.readClient()
    }

    private func readClient() {
        guard let upstream = self.upstream, !self.closing else { return }
        if self.fault == .blackHole || upstream.isWritable {
            self.client.read()
        }
    }

    // MARK: Upstream → client

    fileprivate func readFromUpstream(_ buffer: ByteBuffer) {
        guard !self.closing else { return }
        var buffer = buffer
        switch self.fault {
        case .blackHole:
            return
        case .resetPeer(let afterBytes):
            let allowed = max(0, afterBytes - self.deliveredSinceFault)
            guard buffer.readableBytes >= allowed else { break }
            let last = buffer.readSlice(length: allowed)!
            self.closing = true
            self.deliveredSinceFault += allowed
            self.client.writeAndFlush(last).whenComplete { [self] _ in self.resetBoth() }
            return
        case .latency(let latency, let jitter):
            var delay = latency.timeAmount.nanoseconds
            let spread = jitter.timeAmount.nanoseconds
            if spread > 0 {
                delay += Int64.random(in: -spread...spread, using: &self.random)
            }
            let at = max(NIODeadline.now() + .nanoseconds(max(0, delay)), self.lastDelivery)
            self.schedule(buffer, at: at)
            return
        case .bandwidth(let bytesPerSecond):
            // Slices of a hundredth of a second each, every one sent when its share of the second has passed.
            let slice = max(1, bytesPerSecond / 100)
            while buffer.readableBytes > 0 {
                let part = buffer.readSlice(length: min(slice, buffer.readableBytes))!
                let start = max(NIODeadline.now(), self.lastDelivery)
                let at = start + .nanoseconds(Int64(part.readableBytes) * 1_000_000_000 / Int64(max(1, bytesPerSecond)))
                self.schedule(part, at: at)
            }
            return
        case .none, .refuse, .slowClose, .timeout:
            break
        }
        if self.scheduledBytes > 0 {
            // Bytes held under an earlier latency go first.
            self.schedule(buffer, at: self.lastDelivery)
        } else {
            self.deliveredSinceFault += buffer.readableBytes
            self.client.write(buffer, promise: nil)
        }
    }

    private func schedule(_ buffer: ByteBuffer, at deadline: NIODeadline) {
        self.scheduledBytes += buffer.readableBytes
        self.lastDelivery = deadline
        self.eventLoop.scheduleTask(deadline: deadline) { [self] in
            self.scheduledBytes -= buffer.readableBytes
            guard !self.closing else { return }
            self.deliveredSinceFault += buffer.readableBytes
            self.client.writeAndFlush(buffer).whenComplete { [self] _ in self.readUpstream() }
        }
    }

    fileprivate func upstreamReadComplete() {
        self.client.flush()
        self.readUpstream()
    }

    private func readUpstream() {
        guard let upstream = self.upstream, !self.closing, self.client.isWritable else { return }
        switch self.fault {
        case .bandwidth:
            // Read the next bytes only once the last ones went out: the pace reaches the upstream.
            guard self.scheduledBytes == 0 else { return }
        case .latency:
            guard self.scheduledBytes < Self.maximumScheduledBytes else { return }
        default:
            break
        }
        upstream.read()
    }

    // MARK: Closing

    fileprivate func writabilityChanged(_ side: Side) {
        switch side {
        case .client: self.readUpstream()
        case .upstream: self.readClient()
        }
    }

    /// One side closed: close the other, once the bytes held for the client went out, and later under a slow close.
    fileprivate func sideClosed(_ side: Side) {
        let other: (any Channel)? = side == .client ? self.upstream : self.client
        guard let other, other.isActive else { return }
        var at = NIODeadline.now()
        if side == .upstream, self.scheduledBytes > 0 {
            at = max(at, self.lastDelivery)
        }
        if case .slowClose(let delay) = self.fault {
            at = at + delay.timeAmount
        }
        if at <= NIODeadline.now() {
            other.close(promise: nil)
        } else {
            self.eventLoop.scheduleTask(deadline: at) { other.close(promise: nil) }
        }
    }

    private func closeBoth() {
        self.closing = true
        self.closeTimer?.cancel()
        self.client.close(promise: nil)
        self.upstream?.close(promise: nil)
    }

    private func resetBoth() {
        self.closing = true
        self.client.reset()
        self.upstream?.reset()
    }

    /// The handler on either channel: it hands everything to the connection.
    final class SideHandler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer

        private let connection: ProxyConnection
        private let side: Side

        init(_ connection: ProxyConnection, side: Side) {
            self.connection = connection
            self.side = side
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = Self.unwrapInboundIn(data)
            switch self.side {
            case .client: self.connection.readFromClient(buffer)
            case .upstream: self.connection.readFromUpstream(buffer)
            }
        }

        func channelReadComplete(context: ChannelHandlerContext) {
            switch self.side {
            case .client: self.connection.clientReadComplete()
            case .upstream: self.connection.upstreamReadComplete()
            }
        }

        func channelWritabilityChanged(context: ChannelHandlerContext) {
            self.connection.writabilityChanged(self.side)
            context.fireChannelWritabilityChanged()
        }

        func channelInactive(context: ChannelHandlerContext) {
            self.connection.sideClosed(self.side)
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            context.close(promise: nil)
        }
    }
}

#endif
