// Built only with the package traits `AsyncHTTPClient` and `Chaos`.
#if AsyncHTTPClient && Chaos

import AsyncHTTPClient
import Foundation
import NIOCore
import Resilience
import ResilienceChaos
import ResilienceHTTPClient
import ResilienceTestSupport
import Testing

/// The suites that measure time on real sockets run one after the other.
@Suite("HTTP client against real servers", .serialized)
struct HTTPClientNetworkTests {}

extension HTTPClientNetworkTests {
    /// One scenario per fault, against real servers: every caller answered within its deadline + 100 ms, the host's
    /// breaker opens while another host's stays closed, and closes again after the fault.
    @Suite("Fault scenarios", .serialized)
    struct FaultScenarioTests {
        @Test func serverErrorStorm() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "500 storm",
                    fault: { fixture.upstream.set(.errors(status: 500)) },
                    heal: { fixture.upstream.set(.healthy(latency: .zero)) }
                )
            }
        }

        @Test func unavailableWithRetryAfter() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "503 with Retry-After",
                    fault: { fixture.upstream.set(.retryAfter(status: 503, after: .seconds(1))) },
                    heal: { fixture.upstream.set(.healthy(latency: .zero)) }
                )
            }
        }

        @Test func slowBeyondTheDeadline() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "slow beyond the deadline",
                    fault: { fixture.upstream.set(.slow(.seconds(2))) },
                    heal: { fixture.upstream.set(.healthy(latency: .zero)) }
                )
            }
        }

        @Test func hang() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "hang",
                    fault: { fixture.upstream.set(.hang) },
                    heal: { fixture.upstream.set(.healthy(latency: .zero)) }
                )
            }
        }

        @Test func refused() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "refused",
                    fault: { fixture.upstream.set(.down) },
                    heal: { fixture.upstream.set(.healthy(latency: .zero)) }
                )
            }
        }

        @Test func resetMidBody() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "reset mid-body",
                    fault: { fixture.upstream.set(.resetMidBody) },
                    heal: { fixture.upstream.set(.healthy(latency: .zero)) }
                )
            }
        }

        @Test func drip() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "drip",
                    fault: { fixture.upstream.set(.drip(bytesPerSecond: 20)) },
                    heal: { fixture.upstream.set(.healthy(latency: .zero)) }
                )
            }
        }

        @Test func blackHoleThroughTheProxy() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "black hole (proxy)",
                    throughProxy: true,
                    fault: { fixture.proxy.set(.blackHole) },
                    heal: { fixture.proxy.set(.none) }
                )
            }
        }

        @Test func resetPeerThroughTheProxy() async throws {
            try await withHTTPFixture { fixture in
                try await fixture.runFaultScenario(
                    "reset by peer (proxy)",
                    throughProxy: true,
                    fault: { fixture.proxy.set(.resetPeer(afterBytes: 0)) },
                    heal: { fixture.proxy.set(.none) }
                )
            }
        }

        /// A contract change is counted and visible, but never opens the breaker: the host is up.
        @Test func contractChangeIsCountedButNeverOpensTheBreaker() async throws {
            try await withHTTPFixture { fixture in
                fixture.upstream.set(.contractChange(status: 422))
                // The deadline only bounds the test. Under ThreadSanitizer, beside the suite's load tests, a call
                // missed 300 ms by 0.2 ms in a full run: there it is 2 s. The plain run's bound is unchanged.
                let deadline: Duration = underThreadSanitizer ? .seconds(2) : .milliseconds(300)
                for _ in 0..<20 {
                    let (latency, result) = await fixture.timedGet(fixture.upstreamURL, deadline: deadline)
                    #expect(try result.get().status == .unprocessableEntity, "the caller gets the response")
                    #expect(latency <= deadline + .milliseconds(100))
                }
                #expect(fixture.upstream.requestCount == 20, "a contract violation is not retried")
                let point = try fixture.point(fixture.upstreamKey)
                #expect(try fixture.breaker(fixture.upstreamKey).state == .closed)
                #expect(try fixture.breaker(fixture.upstreamKey).metrics.numberOfFailedCalls == 0)
                let statistics = try #require(point.snapshot.statistics)
                #expect(statistics.contractViolations == 20 && statistics.failedCalls == 0)
                #expect(statistics.lastContractViolation?.reason == "http_422")

                // The JSON changes shape under a 200: decoding fails, a contract violation too.
                fixture.upstream.set(.contractChange(status: 200))
                struct Order: Decodable { var status: String }
                await #expect(throws: DecodingError.self) {
                    try await fixture.client.execute(HTTPClientRequest(url: fixture.upstreamURL)) { response in
                        try JSONDecoder().decode(
                            Order.self,
                            from: Data(String(buffer: try await response.body.collect(upTo: 4096)).utf8)
                        )
                    }
                }
                let after = try #require(point.snapshot.statistics)
                #expect(after.contractViolations == 21 && after.lastContractViolation?.reason == "decoding")
                #expect(try fixture.breaker(fixture.upstreamKey).state == .closed)
            }
        }
    }
}

#endif
