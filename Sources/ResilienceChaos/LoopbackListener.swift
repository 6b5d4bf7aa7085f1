// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A listening socket on 127.0.0.1 that can stop listening (the port then refuses connections) and listen again on
/// the same port: what `FaultProxy.Fault.refuse` and `FaultyHTTPServer.Mode.down` need. It binds nothing but
/// loopback.
final class LoopbackListener: Sendable {
    private struct State {
        var channel: (any Channel)?
        var port: Int
        var stopped = false
    }

    private let group: MultiThreadedEventLoopGroup
    private let initialize: @Sendable (any Channel) -> EventLoopFuture<Void>
    private let state: NIOLockedValueBox<State>

    private init(
        group: MultiThreadedEventLoopGroup,
        port: Int,
        initialize: @escaping @Sendable (any Channel) -> EventLoopFuture<Void>
    ) {
        self.group = group
        self.initialize = initialize
        self.state = NIOLockedValueBox(State(port: port))
    }

    /// Listens on `port` (0: a free one), handing each accepted connection to `initialize` with auto-read off.
    static func start(
        port: Int,
        group: MultiThreadedEventLoopGroup,
        initialize: @escaping @Sendable (any Channel) -> EventLoopFuture<Void>
    ) async throws -> LoopbackListener {
        let listener = LoopbackListener(group: group, port: port, initialize: initialize)
        let channel = try await listener.bind(port: port).get()
        listener.state.withLockedValue {
            $0.channel = channel
            $0.port = channel.localAddress?.port ?? port
        }
        return listener
    }

    private func bind(port: Int) -> EventLoopFuture<any Channel> {
        ServerBootstrap(group: self.group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(.backlog, value: 256)
            .childChannelOption(.autoRead, value: false)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer(self.initialize)
            .bind(host: "127.0.0.1", port: port)
    }

    /// The port it listens on, or listened on while paused.
    var port: Int { self.state.withLockedValue { $0.port } }

    /// Whether it listens now.
    var isListening: Bool { self.state.withLockedValue { $0.channel != nil } }

    /// Stops listening; returns once the port refuses connections.
    func pause() {
        let channel = self.state.withLockedValue { state -> (any Channel)? in
            defer { state.channel = nil }
            return state.channel
        }
        try? channel?.close().wait()
    }

    /// Listens again on the same port; returns once it accepts connections.
    ///
    /// - Throws: When the port was taken by another socket meanwhile.
    func resume() throws {
        let (port, resume) = self.state.withLockedValue { ($0.port, $0.channel == nil && !$0.stopped) }
        guard resume else { return }
        let channel = try self.bind(port: port).wait()
        let keep = self.state.withLockedValue { state -> Bool in
            guard state.channel == nil, !state.stopped else { return false }
            state.channel = channel
            return true
        }
        if !keep { try? channel.close().wait() }
    }

    /// Stops listening for good.
    func stop() async {
        let channel = self.state.withLockedValue { state -> (any Channel)? in
            state.stopped = true
            defer { state.channel = nil }
            return state.channel
        }
        try? await channel?.close().get()
    }
}

extension Channel {
    /// Closes the connection with a TCP reset (RST) instead of an orderly FIN: `SO_LINGER` with a zero timeout.
    func reset() {
        guard let socket = self as? any SocketOptionProvider else {
            self.close(promise: nil)
            return
        }
        socket.setSoLinger(linger(l_onoff: 1, l_linger: 0)).whenComplete { _ in
            self.close(promise: nil)
        }
    }
}

extension Duration {
    /// As NIO's `TimeAmount`.
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = self.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

#endif
