// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Foundation
import ResilienceTestSupport
import NIOCore
import NIOPosix

/// A TCP server on loopback that echoes what it reads, or, sent `"<n>\n"`, answers n bytes: the upstream of the proxy's
/// byte-level tests.
final class EchoServer: Sendable {
    private let channel: any Channel
    let port: Int

    private init(channel: any Channel) {
        self.channel = channel
        self.port = channel.localAddress?.port ?? 0
    }

    static func start() async throws -> EchoServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { $0.pipeline.addHandler(Echo()) }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return EchoServer(channel: channel)
    }

    func stop() async throws {
        try await self.channel.close()
    }

    private final class Echo: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = Self.unwrapInboundIn(data)
            let text = String(buffer: buffer)
            if text.hasSuffix("\n"), let count = Int(text.dropLast()) {
                context.write(
                    Self.wrapOutboundOut(context.channel.allocator.buffer(repeating: 0x61, count: count)),
                    promise: nil
                )
            } else {
                context.write(data, promise: nil)
            }
        }

        func channelReadComplete(context: ChannelHandlerContext) {
            context.flush()
        }
    }
}

/// The least of PostgreSQL's wire protocol (version 3.0) a test needs: start a session as `test` with `trust`, run one
/// simple query, read the first column of the first row. Real bytes to a real server, over a ``PlainConnection``.
struct PostgresWireClient: Sendable {
    struct ServerError: Error, Equatable {
        var message: String
    }

    private let connection: PlainConnection

    /// Connects and starts a session; `receiveTimeout` bounds each read.
    init(port: Int, receiveTimeout: Duration = .seconds(5)) throws {
        self.connection = try PlainConnection(port: port, receiveTimeout: receiveTimeout)
        var startup: [UInt8] = []
        startup.appendInt32(196_608)  // protocol 3.0
        for text in ["user", "test", "database", "postgres"] { startup.appendCString(text) }
        startup.append(0)
        try self.connection.send(Self.lengthPrefixed(startup))
        try self.readUntilReady()
    }

    /// Connects and starts a session on a Dispatch thread.
    static func connect(port: Int, receiveTimeout: Duration = .seconds(5)) async throws -> PostgresWireClient {
        try await offThePool { try PostgresWireClient(port: port, receiveTimeout: receiveTimeout) }
    }

    /// Runs `sql` on a Dispatch thread.
    func query(_ sql: String) async throws -> String? {
        try await offThePool { try self.query(sql) }
    }

    /// Runs `sql` and returns the first column of the first row, if any.
    func query(_ sql: String) throws -> String? {
        var body: [UInt8] = []
        body.appendCString(sql)
        try self.connection.send([UInt8(ascii: "Q")] + Self.lengthPrefixed(body))
        return try self.readUntilReady()
    }

    /// Reads messages up to ReadyForQuery; returns the first column of the first data row.
    @discardableResult
    private func readUntilReady() throws -> String? {
        var value: String?
        while true {
            let header = try self.connection.receive(exactly: 5)
            let length = Int(
                UInt32(header[1]) << 24 | UInt32(header[2]) << 16 | UInt32(header[3]) << 8 | UInt32(header[4])
            )
            let body = length > 4 ? try self.connection.receive(exactly: length - 4) : []
            switch header[0] {
            case UInt8(ascii: "Z"):
                return value
            case UInt8(ascii: "E"):
                throw ServerError(message: String(decoding: body.filter { $0 >= 32 }, as: UTF8.self))
            case UInt8(ascii: "D") where value == nil && body.count >= 6:
                let size = Int(
                    Int32(
                        bitPattern: UInt32(body[2]) << 24 | UInt32(body[3]) << 16 | UInt32(body[4]) << 8
                            | UInt32(body[5])
                    )
                )
                if size >= 0 { value = String(decoding: body[6..<(6 + size)], as: UTF8.self) }
            default:
                continue
            }
        }
    }

    private static func lengthPrefixed(_ body: [UInt8]) -> [UInt8] {
        var message: [UInt8] = []
        message.appendInt32(Int32(body.count + 4))
        return message + body
    }
}

extension [UInt8] {
    fileprivate mutating func appendInt32(_ value: Int32) {
        let bits = UInt32(bitPattern: value)
        self += [UInt8(bits >> 24), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits & 0xFF)]
    }

    fileprivate mutating func appendCString(_ text: String) {
        self += Array(text.utf8) + [0]
    }
}

#endif
