// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Foundation
import ResilienceTestSupport
import Resilience
import ResilienceChaos
import Testing

extension NetworkChaosTests {
    /// The complete example of the "Chaos engineering" article, run as it is written there.
    @Suite("Chaos engineering guide")
    struct ChaosGuideExampleTests {
        // guide-example-begin
        @Test func theBreakerOpensWhenPostgreSQLFallsIntoABlackHole() async throws {
            // A real PostgreSQL, and the proxy in front of it: the service talks to the proxy.
            let postgres = try await PostgresServer.start()
            let proxy = try await FaultProxy.start(upstreamPort: postgres.port)

            // The integration point: a breaker around a blocking client's queries (a session each), each on a thread of
            // its own, each answered within 200 ms.
            var settings = CircuitBreaker.Configuration()
            settings.slidingWindow = .countBased(size: 5)
            settings.minimumNumberOfCalls = 5
            let breaker = try CircuitBreaker(name: "orders-db", configuration: settings)
            let database = try BlockingBulkhead(name: "orders-db", maxThreads: 8)
            let port = proxy.port
            func countOrders() async throws -> String? {
                try await breaker.run {
                    try await database.run(timeout: .milliseconds(200)) {
                        try PostgresWireClient(port: port, receiveTimeout: .seconds(1)).query("SELECT 42")
                    }
                }
            }
            #expect(try await countOrders() == "42")

            // The database's network falls into a black hole: every query hangs. Four time out: with the success, 4
            // failures in 5 calls, over the breaker's 50 % threshold.
            proxy.set(.blackHole)
            for _ in 0..<4 {
                await #expect(throws: TimeoutError.self) { try await countOrders() }
            }

            // The breaker opened: callers are answered at once instead of waiting 200 ms each.
            #expect(breaker.state == .open)
            await #expect(throws: CircuitBreakerOpenError.self) { try await countOrders() }
            try await proxy.stop()
            await postgres.stop()
        }
        // guide-example-end

        /// The article shows the example above, line for line.
        @Test func theArticleShowsThisExample() throws {
            let here = URL(fileURLWithPath: #filePath)
            let source = try String(contentsOf: here, encoding: .utf8)
            let begin = try #require(source.range(of: "        // guide-example-begin\n"))
            let end = try #require(source.range(of: "        // guide-example-end\n"))
            let example = source[begin.upperBound..<end.lowerBound].split(
                separator: "\n",
                omittingEmptySubsequences: false
            )
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }.joined(separator: "\n")
            let article = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/ResilienceChaos/ResilienceChaos.docc/ChaosEngineering.md")
            #expect(try String(contentsOf: article, encoding: .utf8).contains(example))
        }
    }

}

#endif
