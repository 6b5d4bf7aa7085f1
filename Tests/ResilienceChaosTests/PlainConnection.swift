// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Foundation
import ResilienceTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a plain blocking socket reports: the errno a client sees.
enum SocketFailure: Error, Equatable {
    /// The connection was refused (`ECONNREFUSED`).
    case refused
    /// The peer reset the connection (`ECONNRESET`, or `EPIPE` on a write).
    case reset
    /// Nothing arrived within the receive timeout (`EAGAIN`).
    case timedOut
    /// The peer closed the connection in order (a read of 0 bytes).
    case closed
    /// Any other errno.
    case other(Int32)

    init(errno code: Int32) {
        switch code {
        case ECONNREFUSED: self = .refused
        case ECONNRESET, EPIPE: self = .reset
        case EAGAIN, EWOULDBLOCK: self = .timedOut
        default: self = .other(code)
        }
    }
}

/// A blocking TCP client on loopback, the plainest a client gets: the faults are measured from here, errno and all.
///
/// Its reads have `async` twins that block a Dispatch thread instead of a cooperative one; a connection is used by one
/// task at a time.
final class PlainConnection: @unchecked Sendable {
    private let descriptor: Int32

    /// Connects to 127.0.0.1:`port`; reads wait at most `receiveTimeout`.
    init(port: Int, receiveTimeout: Duration = .seconds(5)) throws(SocketFailure) {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw SocketFailure(errno: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            throw SocketFailure(errno: code)
        }
        var noDelay: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        let (seconds, attoseconds) = receiveTimeout.components
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        self.descriptor = descriptor
    }

    deinit {
        close(self.descriptor)
    }

    /// Sends all of `bytes`.
    func send(_ bytes: [UInt8]) throws(SocketFailure) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(self.descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw SocketFailure(errno: errno) }
            offset += sent
        }
    }

    /// Sends `text` as UTF-8.
    func send(_ text: String) throws(SocketFailure) {
        try self.send(Array(text.utf8))
    }

    /// Reads what is there, up to `maximum` bytes, waiting for at least one.
    func receive(maximum: Int = 65_536) throws(SocketFailure) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: maximum)
        let count = buffer.withUnsafeMutableBytes { recv(self.descriptor, $0.baseAddress, maximum, 0) }
        if count < 0 { throw SocketFailure(errno: errno) }
        if count == 0 { throw SocketFailure.closed }
        return Array(buffer[..<count])
    }

    /// Reads exactly `count` bytes.
    func receive(exactly count: Int) throws(SocketFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            bytes += try self.receive(maximum: count - bytes.count)
        }
        return bytes
    }

    /// Reads until the peer closes or resets, and returns what came before and how it ended.
    func receiveUntilEnd() -> (bytes: [UInt8], end: SocketFailure) {
        var bytes: [UInt8] = []
        while true {
            do {
                bytes += try self.receive()
            } catch {
                return (bytes, error)
            }
        }
    }

    /// Reads one HTTP/1.1 response with a `content-length`: its status, headers (lowercased names) and body.
    func receiveHTTPResponse() throws(SocketFailure) -> (status: Int, headers: [String: String], body: String) {
        var bytes: [UInt8] = []
        var headEnd: Int?
        while headEnd == nil {
            bytes += try self.receive()
            headEnd = bytes.indices.dropLast(3).first {
                bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10
            }
        }
        let head = String(decoding: bytes[..<headEnd!], as: UTF8.self).split(separator: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: " ")
        }
        var body = Array(bytes[(headEnd! + 4)...])
        let length = Int(headers["content-length"] ?? "0") ?? 0
        if body.count < length {
            body += try self.receive(exactly: length - body.count)
        }
        return (status, headers, String(decoding: body, as: UTF8.self))
    }
}

extension PlainConnection {
    func receive(maximum: Int = 65_536) async throws(SocketFailure) -> [UInt8] {
        try await Self.unblocked { try self.receive(maximum: maximum) }
    }

    func receive(exactly count: Int) async throws(SocketFailure) -> [UInt8] {
        try await Self.unblocked { try self.receive(exactly: count) }
    }

    func receiveUntilEnd() async -> (bytes: [UInt8], end: SocketFailure) {
        try! await offThePool { self.receiveUntilEnd() }
    }

    func receiveHTTPResponse() async throws(SocketFailure) -> (status: Int, headers: [String: String], body: String) {
        try await Self.unblocked { try self.receiveHTTPResponse() }
    }

    /// One round trip of one byte, timed on the thread that makes it, in nanoseconds.
    func roundTrip() async throws(SocketFailure) -> Int64 {
        try await Self.unblocked {
            let start = monotonicNanoseconds()
            try self.send([0x21])
            _ = try self.receive(exactly: 1)
            return monotonicNanoseconds() - start
        }
    }

    private static func unblocked<T: Sendable>(
        _ body: @escaping @Sendable () throws -> T
    ) async throws(SocketFailure) -> T {
        do {
            return try await offThePool(body)
        } catch let failure as SocketFailure {
            throw failure
        } catch {
            throw .other(-1)
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(self.drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}

/// A monotonic clock reading, in nanoseconds.
func monotonicNanoseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
}

/// The whole of a file of `/proc`, read to its end: Foundation's `String(contentsOfFile:)` stops after the first page
/// of such files (their size reads as 0), which holds only the first 26 sockets of `/proc/self/net/tcp`.
func readProcFile(_ path: String) -> String {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return "" }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { break }
        bytes += buffer[..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// The bytes waiting in the receive queue of this process's TCP socket whose peer's port is `remotePort` (or whose
/// local port is `localPort`), from `/proc/self/net/tcp`; 0 when there is none.
func receiveQueue(localPort: Int, remotePort: Int) -> Int {
    let table = readProcFile("/proc/self/net/tcp")
    for line in table.split(separator: "\n").dropFirst() {
        let fields = line.split(separator: " ")
        guard fields.count > 4 else { continue }
        let local = Int(fields[1].split(separator: ":").last ?? "", radix: 16)
        let remote = Int(fields[2].split(separator: ":").last ?? "", radix: 16)
        guard local == localPort || remote == remotePort else { continue }
        return Int(fields[4].split(separator: ":").last ?? "", radix: 16) ?? 0
    }
    return 0
}

/// The TCP sockets this process holds open whose local port is `localPort` or whose peer's port is `remotePort`:
/// from `/proc/self/net/tcp`, matched to this process's descriptors by inode, so that other tests' sockets and
/// connections in TIME_WAIT (which no descriptor holds) do not count.
func openSockets(localPort: Int, remotePort: Int) -> Int {
    var inodes = Set<String>()
    if let directory = opendir("/proc/self/fd") {
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            var target = [CChar](repeating: 0, count: 256)
            let count = readlink("/proc/self/fd/\(name)", &target, 255)
            guard count > 0 else { continue }
            let link = String(decoding: target[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("socket:[") { inodes.insert(String(link.dropFirst(8).dropLast())) }
        }
    }
    let table = readProcFile("/proc/self/net/tcp")
    return table.split(separator: "\n").dropFirst().filter { line in
        let fields = line.split(separator: " ")
        guard fields.count > 9 else { return false }
        let local = Int(fields[1].split(separator: ":").last ?? "", radix: 16)
        let remote = Int(fields[2].split(separator: ":").last ?? "", radix: 16)
        return (local == localPort || remote == remotePort) && inodes.contains(String(fields[9]))
    }.count
}

#endif
