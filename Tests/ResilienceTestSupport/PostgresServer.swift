import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A PostgreSQL server of its own for a test: `initdb` into a temporary folder, a free loopback port, `pg_ctl start`;
/// ``stop()`` stops it and removes the folder. Authentication is `trust` for the user `test`.
///
/// The binaries come from the `PATH` or `/usr/lib/postgresql/<version>/bin`; `.ci/run` installs them when missing. As
/// root (CI containers), they run as the `postgres` user, since PostgreSQL refuses to run as root.
public final class PostgresServer: Sendable {
    /// Starts a server, its `initdb` and `pg_ctl` on a Dispatch thread.
    public static func start() async throws -> PostgresServer {
        try await offThePool { try PostgresServer.start() }
    }

    /// Stops the server and removes its folder, on a Dispatch thread.
    public func stop() async {
        _ = try? await offThePool { self.stop() }
    }

    /// The loopback port the server listens on, the same after a restart.
    public let port: Int
    private let directory: String
    private let binaries: String

    private init(port: Int, directory: String, binaries: String) {
        self.port = port
        self.directory = directory
        self.binaries = binaries
    }

    /// Why the server could not be set up.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func start() throws -> PostgresServer {
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
        try Self.run("\(binaries)/pg_ctl", Self.startArguments(directory: directory, port: port))
        return PostgresServer(port: port, directory: directory, binaries: binaries)
    }

    /// Stops the server and removes its folder.
    public func stop() {
        try? self.stopServer()
        try? FileManager.default.removeItem(atPath: self.directory)
    }

    /// Stops the server the way a crash does (`pg_ctl stop -m immediate`: every backend ends at once, connections
    /// break without a goodbye), keeping its data for ``startServer()``.
    public func stopServer() throws {
        try Self.run("\(self.binaries)/pg_ctl", ["-D", "\(self.directory)/data", "-m", "immediate", "-w", "stop"])
    }

    /// Starts the server again on the same port after ``stopServer()``.
    public func startServer() throws {
        try Self.run("\(self.binaries)/pg_ctl", Self.startArguments(directory: self.directory, port: self.port))
    }

    /// ``stopServer()`` on a Dispatch thread.
    public func stopServer() async throws {
        try await offThePool { try self.stopServer() }
    }

    /// ``startServer()`` on a Dispatch thread.
    public func startServer() async throws {
        try await offThePool { try self.startServer() }
    }

    private static func startArguments(directory: String, port: Int) -> [String] {
        [
            "-D", "\(directory)/data", "-l", "\(directory)/log", "-w", "-t", "60", "-o",
            "-p \(port) -h 127.0.0.1 -k \(directory) -F", "start",
        ]
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

    /// Runs a command to its end; as root, PostgreSQL's own commands run as the `postgres` user.
    private static func run(_ executable: String, _ arguments: [String], asPostgres: Bool = true) throws {
        let argv =
            asPostgres && getuid() == 0
            ? ["/usr/sbin/runuser", "-u", "postgres", "--", executable] + arguments
            : [executable] + arguments
        do {
            try runCommand(argv)
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// A loopback port no one listens on now.
    public static func freePort() throws -> Int {
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
public func withPostgres<T>(_ body: (PostgresServer) async throws -> T) async throws -> T {
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
