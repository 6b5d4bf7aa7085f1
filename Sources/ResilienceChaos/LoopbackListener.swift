// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Resilience

/// A listening socket on 127.0.0.1, on an event loop group of its own, that keeps the connections it accepted: it can
/// stop listening (the port then refuses connections, and the open ones are closed) and listen again on the same port,
/// as `FaultProxy.Fault.refuse` and `FaultyHTTPServer.Mode.down` need, and `stop()` closes everything. It binds nothing
/// but loopback.
final class LoopbackListener: Sendable {
    private struct State {
        var channel: (any Channel)?
        var port: Int
        var accepted: [ObjectIdentifier: any Channel] = [:]
        var stopped = false
    }

    /// The group every accepted connection runs on, one thread.
    let group: MultiThreadedEventLoopGroup
    private let initialize: @Sendable (any Channel) -> EventLoopFuture<Void>
    private let state: NIOLockedValueBox<State>

    private init(port: Int, initialize: @escaping @Sendable (any Channel) -> EventLoopFuture<Void>) {
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        self.initialize = initialize
        self.state = NIOLockedValueBox(State(port: port))
    }

    /// Listens on `port` (0: a free one), handing each accepted connection to `initialize` with auto-read off.
    static func start(
        port: Int,
        initialize: @escaping @Sendable (any Channel) -> EventLoopFuture<Void>
    ) async throws -> LoopbackListener {
        let listener = LoopbackListener(port: port, initialize: initialize)
        do {
            let channel = try await listener.bind(port: port).get()
            listener.state.withLockedValue {
                $0.channel = channel
                $0.port = channel.localAddress?.port ?? port
            }
        } catch {
            try? await listener.group.shutdownGracefully()
            throw error
        }
        return listener
    }

    private func bind(port: Int) -> EventLoopFuture<any Channel> {
        ServerBootstrap(group: self.group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(.backlog, value: 256)
            .childChannelOption(.autoRead, value: false)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [self] channel in self.accept(channel) }
            .bind(host: "127.0.0.1", port: port)
    }

    private func accept(_ channel: any Channel) -> EventLoopFuture<Void> {
        let accepted = self.state.withLockedValue { state -> Bool in
            guard !state.stopped else { return false }
            state.accepted[ObjectIdentifier(channel)] = channel
            return true
        }
        guard accepted else { return channel.close() }
        channel.closeFuture.whenComplete { [self] _ in
            _ = self.state.withLockedValue { $0.accepted.removeValue(forKey: ObjectIdentifier(channel)) }
        }
        return self.initialize(channel)
    }

    /// The port it listens on, or listened on while paused.
    var port: Int { self.state.withLockedValue { $0.port } }

    /// The connections accepted and still open.
    var openConnections: Int { self.state.withLockedValue { $0.accepted.count } }

    /// Whether ``stop()`` was called.
    var isStopped: Bool { self.state.withLockedValue { $0.stopped } }

    /// Stops listening and closes the open connections; returns once the port refuses connections.
    func pause() {
        let (channel, accepted) = self.state.withLockedValue { state -> ((any Channel)?, [any Channel]) in
            defer { state.channel = nil }
            return (state.channel, Array(state.accepted.values))
        }
        try? channel?.close().wait()
        for connection in accepted { connection.close(promise: nil) }
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

    /// Stops listening, closes every connection of the group (accepted or opened from it), and shuts the group down;
    /// returns once the port refuses connections. Calling it again does nothing.
    func stop() async throws {
        let channel = self.state.withLockedValue { state -> (any Channel)?? in
            guard !state.stopped else { return nil }
            state.stopped = true
            defer { state.channel = nil }
            return .some(state.channel)
        }
        guard let channel else { return }
        try? await channel?.close().get()
        // Shutting the group down closes every channel registered on it, the upstream connections of a proxy too.
        try await self.group.shutdownGracefully()
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
    /// As NIO's `TimeAmount` (the core's `nanoseconds`, saturating).
    var timeAmount: TimeAmount {
        .nanoseconds(self.nanoseconds)
    }
}

#endif
