// The fault proxy with no fault beside a direct connection to the same server, in the same run (DESIGN.md,
// "Performance budgets": at least 1 Gbit/s through loopback).
//
// The server answers `"<n>\n"` with n bytes. The client is a blocking socket: what a load generator or a driver does,
// without an event loop of its own in the measurement.

import Benchmark
import Glibc
import NIOCore
import NIOPosix
import ResilienceChaos

/// A server on loopback that answers `"<n>\n"` with n bytes, from one buffer written again and again.
final class SourceServer: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    static let chunk = ByteBuffer(repeating: 0x61, count: 1 << 16)

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let text = String(buffer: Self.unwrapInboundIn(data))
        guard text.hasSuffix("\n"), var remaining = Int(text.dropLast()) else { return }
        while remaining > 0 {
            let count = min(remaining, Self.chunk.readableBytes)
            context.write(Self.wrapOutboundOut(Self.chunk.getSlice(at: 0, length: count)!), promise: nil)
            remaining -= count
        }
        context.flush()
    }

    static func start() -> Int {
        let channel = try! ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { $0.pipeline.addHandler(SourceServer()) }
            .bind(host: "127.0.0.1", port: 0)
            .wait()
        return channel.localAddress!.port!
    }
}

/// A blocking loopback client.
final class Client {
    let descriptor: Int32
    var buffer = [UInt8](repeating: 0, count: 1 << 18)

    init(port: Int) {
        self.descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(self.descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        precondition(connected == 0, "connect failed: errno \(errno)")
        var noDelay: Int32 = 1
        setsockopt(self.descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(self.descriptor) }

    /// Asks for `count` bytes and reads them all.
    func fetch(_ count: Int) {
        let request = Array("\(count)\n".utf8)
        _ = request.withUnsafeBytes { send(self.descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received = 0
        while received < count {
            let read = self.buffer.withUnsafeMutableBytes { recv(self.descriptor, $0.baseAddress, $0.count, 0) }
            precondition(read > 0, "recv failed: errno \(errno)")
            received += read
        }
    }
}

let throughput = BenchmarkMetric.custom("throughput (Mbit/s)", polarity: .prefersLarger, useScalingFactor: false)

/// 64 MiB a sample.
let bytesPerSample = 64 << 20

func throughputBenchmark(_ name: String, port: @escaping @Sendable () -> Int) {
    Benchmark(
        name,
        configuration: .init(
            metrics: [throughput, .wallClock],
            scalingFactor: .one,
            maxDuration: .seconds(5),
            maxIterations: 40
        )
    ) { benchmark in
        let client = Client(port: port())
        client.fetch(1 << 20)  // warm the connection
        for _ in benchmark.scaledIterations {
            var start = timespec()
            clock_gettime(CLOCK_MONOTONIC, &start)
            client.fetch(bytesPerSample)
            var end = timespec()
            clock_gettime(CLOCK_MONOTONIC, &end)
            let nanoseconds = (end.tv_sec - start.tv_sec) * 1_000_000_000 + (end.tv_nsec - start.tv_nsec)
            benchmark.measurement(throughput, Int(Double(bytesPerSample) * 8 / Double(nanoseconds) * 1_000))
        }
    }
}

func roundTripBenchmark(_ name: String, port: @escaping @Sendable () -> Int) {
    Benchmark(
        name,
        configuration: .init(
            metrics: [.wallClock],
            timeUnits: .microseconds,
            scalingFactor: .one,
            maxIterations: 20_000
        )
    ) { benchmark in
        let client = Client(port: port())
        client.fetch(1)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            client.fetch(1)
        }
        benchmark.stopMeasurement()
    }
}

/// The run's proxy, held for the whole run: a `FaultProxy` that nobody holds stops (and a local that is not used after
/// its port is read may be released at once).
nonisolated(unsafe) var runningProxy: FaultProxy?

let benchmarks: @Sendable () -> Void = {
    let server = SourceServer.start()
    let proxy = try! MultiThreadedEventLoopGroup.singleton.any().makeFutureWithTask {
        try await FaultProxy.start(upstreamPort: server)
    }.wait()
    runningProxy = proxy
    let proxyPort = proxy.port

    throughputBenchmark("direct connection, 64 MiB (baseline)") { server }
    throughputBenchmark("through the fault proxy, no fault, 64 MiB") { proxyPort }
    roundTripBenchmark("direct connection, 1-byte round trip (baseline)") { server }
    roundTripBenchmark("through the fault proxy, no fault, 1-byte round trip") { proxyPort }
}
