// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Foundation
import ResilienceChaos
import Testing

/// Each fault measured from a plain blocking client through the proxy, in front of a real echo server on loopback.
@Suite("Fault proxy", .serialized)
struct FaultProxyTests {
    /// One round trip of one byte, in nanoseconds.
    private func roundTrip(_ connection: PlainConnection) throws -> Int64 {
        let start = monotonicNanoseconds()
        try connection.send([0x21])
        _ = try connection.receive(exactly: 1)
        return monotonicNanoseconds() - start
    }

    private func percentile(_ samples: [Int64], _ fraction: Double) -> Int64 {
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    @Test func bytesPassUntouchedWithNoFault() async throws {
        let upstream = try await EchoServer.start()
        let proxy = try await FaultProxy.start(upstreamPort: upstream.port)
        let connection = try PlainConnection(port: proxy.port)
        let payload = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        try connection.send(payload)
        #expect(try connection.receive(exactly: payload.count) == payload)
        #expect(proxy.openConnections == 1)
        try await proxy.stop()
        try await upstream.stop()
    }

    @Test func latencyDelaysEachRoundTripOnceWithinAMillisecondAtTheMedian() async throws {
        let upstream = try await EchoServer.start()
        let proxy = try await FaultProxy.start(upstreamPort: upstream.port)
        let connection = try PlainConnection(port: proxy.port)
        let direct = try (0..<50).map { _ in try self.roundTrip(connection) }
        proxy.set(.latency(.milliseconds(20)))
        let delayed = try (0..<100).map { _ in try self.roundTrip(connection) }
        let added50 = Double(self.percentile(delayed, 0.5) - self.percentile(direct, 0.5)) / 1e6
        let added99 = Double(self.percentile(delayed, 0.99) - self.percentile(direct, 0.5)) / 1e6
        #expect(abs(added50 - 20) <= 1, "p50 added \(added50) ms for a latency of 20 ms")
        #expect(abs(added99 - 20) <= 5, "p99 added \(added99) ms for a latency of 20 ms")

        proxy.set(.latency(.milliseconds(20), jitter: .milliseconds(5)))
        let jittered = try (0..<100).map { _ in Double(try self.roundTrip(connection)) / 1e6 }
        #expect(jittered.min()! >= 14 && jittered.max()! <= 30, "\(jittered.min()!)…\(jittered.max()!) ms")
        #expect(jittered.max()! - jittered.min()! >= 4, "the jitter spreads the round trips")
        try await proxy.stop()
        try await upstream.stop()
    }

    @Test func bandwidthPacesTheAnswerWithinTenPercentOfTheLimit() async throws {
        let upstream = try await EchoServer.start()
        let proxy = try await FaultProxy.start(upstreamPort: upstream.port)
        proxy.set(.bandwidth(bytesPerSecond: 500_000))
        let connection = try PlainConnection(port: proxy.port)
        let start = monotonicNanoseconds()
        try connection.send("500000\n")
        _ = try connection.receive(exactly: 500_000)
        let seconds = Double(monotonicNanoseconds() - start) / 1e9
        let rate = 500_000 / seconds
        #expect(abs(rate - 500_000) / 500_000 <= 0.1, "\(Int(rate)) bytes/s for a limit of 500,000")
        try await proxy.stop()
        try await upstream.stop()
    }

    @Test func aBlackHoleHoldsTheConnectionAndAnswersNothing() async throws {
        let upstream = try await EchoServer.start()
        let proxy = try await FaultProxy.start(upstreamPort: upstream.port)
        let open = try PlainConnection(port: proxy.port, receiveTimeout: .milliseconds(300))
        #expect(try self.roundTrip(open) > 0)
        proxy.set(.blackHole)
        let fresh = try PlainConnection(port: proxy.port, receiveTimeout: .milliseconds(300))
        for connection in [open, fresh] {
            try connection.send("hello")
            #expect(throws: SocketFailure.timedOut) { try connection.receive() }
        }
        #expect(proxy.openConnections == 2, "the proxy holds both connections")
        proxy.set(.none)
        try open.send("again")
        #expect(try open.receive(exactly: 5) == Array("again".utf8), "the bytes read in the black hole were dropped")
        try await proxy.stop()
        try await upstream.stop()
    }

    @Test func resetPeerLetsTheBytesThroughThenResets() async throws {
        let upstream = try await EchoServer.start()
        let proxy = try await FaultProxy.start(upstreamPort: upstream.port)
        proxy.set(.resetPeer(afterBytes: 100))
        let connection = try PlainConnection(port: proxy.port)
        try connection.send("1000\n")
        let (bytes, end) = connection.receiveUntilEnd()
        #expect(bytes.count == 100 && end == .reset)

        proxy.set(.resetPeer())
        let reset = try PlainConnection(port: proxy.port)
        _ = try? reset.send("hello")
        #expect(throws: SocketFailure.reset) { try reset.receive() }
        try await proxy.stop()
        try await upstream.stop()
    }

    @Test func refuseStopsListeningAndNoneListensAgainOnTheSamePort() async throws {
        let upstream = try await EchoServer.start()
        let proxy = try await FaultProxy.start(upstreamPort: upstream.port)
        let port = proxy.port
        let open = try PlainConnection(port: port)
        #expect(try self.roundTrip(open) > 0)
        proxy.set(.refuse)
        #expect(throws: SocketFailure.refused) { try PlainConnection(port: port) }
        let (_, end) = open.receiveUntilEnd()
        #expect(end == .closed || end == .reset, "the open connection was closed")
        proxy.set(.none)
        #expect(proxy.port == port)
        #expect(try self.roundTrip(PlainConnection(port: port)) > 0)
        try await proxy.stop()
        try await upstream.stop()
    }

    @Test func timeoutClosesTheConnectionThatLongAfterItWasAccepted() async throws {
        let upstream = try await EchoServer.start()
        let proxy = try await FaultProxy.start(upstreamPort: upstream.port)
        proxy.set(.timeout(after: .milliseconds(200)))
        let start = monotonicNanoseconds()
        let connection = try PlainConnection(port: proxy.port)
        #expect(try self.roundTrip(connection) > 0, "bytes flow until the timeout")
        let (_, end) = connection.receiveUntilEnd()
        let elapsed = Double(monotonicNanoseconds() - start) / 1e6
        #expect(end == .closed && elapsed >= 195 && elapsed < 400, "closed after \(elapsed) ms")
        try await proxy.stop()
        try await upstream.stop()
    }

    @Test func slowCloseDelaysTheCloseOfTheOtherSide() async throws {
        let server = try await FaultyHTTPServer.start(mode: .healthy(latency: .zero))
        let proxy = try await FaultProxy.start(upstreamPort: server.port)
        proxy.set(.slowClose(.milliseconds(300)))
        let connection = try PlainConnection(port: proxy.port)
        try connection.send("GET / HTTP/1.1\r\nhost: test\r\nconnection: close\r\n\r\n")
        #expect(try connection.receiveHTTPResponse().status == 200)
        let answered = monotonicNanoseconds()
        let (_, end) = connection.receiveUntilEnd()
        let elapsed = Double(monotonicNanoseconds() - answered) / 1e6
        #expect(end == .closed && elapsed >= 250 && elapsed < 600, "closed \(elapsed) ms after the server closed")
        try await proxy.stop()
        try await server.stop()
    }

    @Test func aThousandConnectionsLeaveNoDescriptorBehind() async throws {
        let upstream = try await EchoServer.start()
        let proxy = try await FaultProxy.start(upstreamPort: upstream.port)
        for _ in 0..<1_000 {
            let connection = try PlainConnection(port: proxy.port)
            try connection.send([1])
            _ = try connection.receive(exactly: 1)
        }
        for _ in 0..<500 where proxy.openConnections > 0 {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(proxy.openConnections == 0)
        // The proxy's listening socket is the only one left on its port; no connection to the upstream is left open.
        #expect(openSockets(localPort: proxy.port, remotePort: upstream.port) == 1)
        try await proxy.stop()
        try await proxy.stop()  // a second stop does nothing
        #expect(openSockets(localPort: proxy.port, remotePort: upstream.port) == 0)
        #expect(throws: SocketFailure.refused) { try PlainConnection(port: proxy.port) }
        try await upstream.stop()
    }
}

#endif
