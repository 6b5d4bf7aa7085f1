// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Foundation
import ResilienceChaos
import Testing

/// A real PostgreSQL, started for the suite, behind the proxy: queries pass with no fault and fail or hang as each
/// fault says.
@Suite("PostgreSQL behind the fault proxy", .serialized)
final class PostgresBehindTheProxyTests {
    let postgres: PostgresServer

    init() throws {
        self.postgres = try PostgresServer.start()
    }

    deinit {
        self.postgres.stop()
    }

    @Test func queriesPassWithNoFault() async throws {
        let proxy = try await FaultProxy.start(upstreamPort: self.postgres.port)
        let client = try PostgresWireClient(port: proxy.port)
        #expect(try client.query("SELECT 1 + 1") == "2")
        #expect(try client.query("SELECT current_user") == "test")
        try await proxy.stop()
    }

    @Test func latencyDelaysEveryQuery() async throws {
        let proxy = try await FaultProxy.start(upstreamPort: self.postgres.port)
        let client = try PostgresWireClient(port: proxy.port)
        proxy.set(.latency(.milliseconds(50)))
        let start = monotonicNanoseconds()
        #expect(try client.query("SELECT 1") == "1")
        let elapsed = Double(monotonicNanoseconds() - start) / 1e6
        #expect(elapsed >= 49 && elapsed < 150, "\(elapsed) ms")
        try await proxy.stop()
    }

    @Test func aBlackHoleHangsQueriesAndNewSessions() async throws {
        let proxy = try await FaultProxy.start(upstreamPort: self.postgres.port)
        let client = try PostgresWireClient(port: proxy.port, receiveTimeout: .milliseconds(300))
        proxy.set(.blackHole)
        #expect(throws: SocketFailure.timedOut) { try client.query("SELECT 1") }
        #expect(throws: SocketFailure.timedOut) {
            try PostgresWireClient(port: proxy.port, receiveTimeout: .milliseconds(300))
        }
        try await proxy.stop()
    }

    @Test func resetRefuseAndTimeoutFailQueries() async throws {
        let proxy = try await FaultProxy.start(upstreamPort: self.postgres.port)
        let open = try PostgresWireClient(port: proxy.port)
        proxy.set(.resetPeer())
        #expect(throws: SocketFailure.reset) { try open.query("SELECT 1") }

        proxy.set(.refuse)
        #expect(throws: SocketFailure.refused) { try PostgresWireClient(port: proxy.port) }

        proxy.set(.timeout(after: .milliseconds(100)))
        let timedOut = try PostgresWireClient(port: proxy.port)
        #expect(throws: SocketFailure.self) { try timedOut.query("SELECT pg_sleep(0.5)") }

        proxy.set(.none)
        #expect(try PostgresWireClient(port: proxy.port).query("SELECT 1") == "1", "the database itself never failed")
        try await proxy.stop()
    }
}

#endif
