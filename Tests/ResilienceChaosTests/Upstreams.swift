// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Foundation
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

/// A PostgreSQL server of its own for a test: `initdb` into a temporary folder, a free loopback port, `pg_ctl start`;
/// ``stop()`` stops it and removes the folder. Authentication is `trust` for the user `test`.
///
/// The binaries come from the `PATH` or `/usr/lib/postgresql/<version>/bin`; `.ci/run` installs them when missing. As
/// root (CI containers), they run as the `postgres` user, since PostgreSQL refuses to run as root.
final class PostgresServer: Sendable {
    /// Starts a server, its `initdb` and `pg_ctl` on a Dispatch thread.
    static func start() async throws -> PostgresServer {
        try await offThePool { try PostgresServer.start() }
    }

    /// Stops the server and removes its folder, on a Dispatch thread.
    func stop() async {
        _ = try? await offThePool { self.stop() }
    }

    let port: Int
    private let directory: String
    private let binaries: String

    private init(port: Int, directory: String, binaries: String) {
        self.port = port
        self.directory = directory
        self.binaries = binaries
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func start() throws -> PostgresServer {
        let binaries = try Self.findBinaries()
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("resilience-postgres-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if getuid() == 0 {
            try Self.run("/bin/chown", ["postgres", directory], asPostgres: false)
        }
        let data = "\(directory)/data"
        try Self.run("\(binaries)/initdb", ["-D", data, "-A", "trust", "-U", "test", "-E", "UTF8", "--no-sync"])
        let port = try Self.freePort()
        try Self.run(
            "\(binaries)/pg_ctl",
            [
                "-D", data, "-l", "\(directory)/log", "-w", "-t", "60", "-o",
                "-p \(port) -h 127.0.0.1 -k \(directory) -F", "start",
            ]
        )
        return PostgresServer(port: port, directory: directory, binaries: binaries)
    }

    func stop() {
        try? Self.run("\(self.binaries)/pg_ctl", ["-D", "\(self.directory)/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: self.directory)
    }

    private static func findBinaries() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/pg_ctl")
        {
            let resolved = URL(fileURLWithPath: "\(folder)/pg_ctl").resolvingSymlinksInPath()
            return resolved.deletingLastPathComponent().path
        }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.sorted().reversed()
        where FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\(version)/bin/pg_ctl") {
            return "/usr/lib/postgresql/\(version)/bin"
        }
        throw Failure(description: "PostgreSQL's initdb and pg_ctl are not installed (apt-get install postgresql)")
    }

    /// Runs a command to its end with `posix_spawn` and `waitpid` (Foundation's `Process` does not reap a child whose
    /// own child lives on, as `pg_ctl start`'s server does); its output goes to a file, read when it failed.
    private static func run(_ executable: String, _ arguments: [String], asPostgres: Bool = true) throws {
        let argv =
            asPostgres && getuid() == 0
            ? ["/usr/sbin/runuser", "-u", "postgres", "--", executable] + arguments
            : [executable] + arguments
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("pg-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "\(argv[0]) could not start: errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw Failure(description: "\(argv.joined(separator: " ")) failed (\(status)): \(text)")
        }
    }

    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "no free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Runs `body` with a PostgreSQL of its own, stopped and removed afterwards whether `body` throws or not.
func withPostgres<T>(_ body: (PostgresServer) async throws -> T) async throws -> T {
    let postgres = try await PostgresServer.start()
    do {
        let result = try await body(postgres)
        await postgres.stop()
        return result
    } catch {
        await postgres.stop()
        throw error
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
