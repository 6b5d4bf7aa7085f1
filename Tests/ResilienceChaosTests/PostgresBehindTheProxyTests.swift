// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Foundation
import ResilienceTestSupport
import ResilienceChaos
import Testing

extension NetworkChaosTests {
    /// A real PostgreSQL for each test, behind the proxy: queries pass with no fault and fail or hang as each fault
    /// says.
    @Suite("PostgreSQL behind the fault proxy")
    struct PostgresBehindTheProxyTests {

        @Test func queriesPassWithNoFault() async throws {
            try await withPostgres { postgres in
                let proxy = try await FaultProxy.start(upstreamPort: postgres.port)
                let client = try await PostgresWireClient.connect(port: proxy.port)
                #expect(try await client.query("SELECT 1 + 1") == "2")
                #expect(try await client.query("SELECT current_user") == "test")
                try await proxy.stop()
            }
        }

        @Test func latencyDelaysEveryQuery() async throws {
            try await withPostgres { postgres in
                let proxy = try await FaultProxy.start(upstreamPort: postgres.port)
                let client = try await PostgresWireClient.connect(port: proxy.port)
                proxy.set(.latency(.milliseconds(50)))
                let start = monotonicNanoseconds()
                #expect(try await client.query("SELECT 1") == "1")
                let elapsed = Double(monotonicNanoseconds() - start) / 1e6
                #expect(elapsed >= 49 && elapsed < 150, "\(elapsed) ms")
                try await proxy.stop()
            }
        }

        @Test func aBlackHoleHangsQueriesAndNewSessions() async throws {
            try await withPostgres { postgres in
                let proxy = try await FaultProxy.start(upstreamPort: postgres.port)
                let client = try await PostgresWireClient.connect(port: proxy.port, receiveTimeout: .milliseconds(300))
                proxy.set(.blackHole)
                await #expect(throws: SocketFailure.timedOut) { try await client.query("SELECT 1") }
                await #expect(throws: SocketFailure.timedOut) {
                    try await PostgresWireClient.connect(port: proxy.port, receiveTimeout: .milliseconds(300))
                }
                try await proxy.stop()
            }
        }

        @Test func resetRefuseAndTimeoutFailQueries() async throws {
            try await withPostgres { postgres in
                let proxy = try await FaultProxy.start(upstreamPort: postgres.port)
                let open = try await PostgresWireClient.connect(port: proxy.port)
                proxy.set(.resetPeer())
                await #expect(throws: SocketFailure.reset) { try await open.query("SELECT 1") }

                proxy.set(.refuse)
                await #expect(throws: SocketFailure.refused) { try await PostgresWireClient.connect(port: proxy.port) }

                proxy.set(.timeout(after: .milliseconds(100)))
                let timedOut = try await PostgresWireClient.connect(port: proxy.port)
                await #expect(throws: SocketFailure.self) { try await timedOut.query("SELECT pg_sleep(0.5)") }

                proxy.set(.none)
                #expect(
                    try await PostgresWireClient.connect(port: proxy.port).query("SELECT 1") == "1",
                    "the database itself never failed"
                )
                try await proxy.stop()
            }
        }
    }

}

#endif
