// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Resilience
import ResilienceChaos
import Testing

// Every name of DESIGN.md's "Chaos" contract for the network tools, spelled exactly as written there.

extension NetworkChaosTests {
    @Suite("DESIGN.md contract: network chaos")
    struct ChaosContractTests {
        @Test func theNetworkChaosContractCompilesAsWritten() async throws {
            let faults: [FaultProxy.Fault] = [
                .none, .latency(.milliseconds(5)), .latency(.milliseconds(5), jitter: .milliseconds(1)),
                .bandwidth(bytesPerSecond: 1_000), .blackHole, .resetPeer(), .resetPeer(afterBytes: 10), .refuse,
                .slowClose(.milliseconds(1)), .timeout(after: .seconds(1)),
            ]
            let modes: [FaultyHTTPServer.Mode] = [
                .healthy(), .healthy(latency: .milliseconds(2)), .slow(.milliseconds(1)), .errors(),
                .errors(status: 500, rate: 1), .retryAfter(after: .seconds(1)),
                .retryAfter(status: 503, after: .seconds(1)),
                .hang, .down, .resetMidBody, .drip(bytesPerSecond: 100), .contractChange(),
                .contractChange(status: 422),
            ]
            let server = try await FaultyHTTPServer.start(port: 0, mode: .healthy())
            let proxy = try await FaultProxy.start(upstreamHost: "127.0.0.1", upstreamPort: server.port, port: 0)
            let port: Int = proxy.port
            for fault in faults { proxy.set(fault) }
            for mode in modes { server.set(mode) }
            let count: Int = server.requestCount
            let header: String? = server.lastDeadlineHeader
            #expect(port > 0 && server.port > 0 && count == 0 && header == nil)
            try await proxy.stop()
            try await server.stop()
        }
    }
}

#endif
