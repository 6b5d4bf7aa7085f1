// Built only with the package traits `PostgresNIO` and `Chaos`.
#if PostgresNIO && Chaos

import Logging
import MetricsTestKit
import PostgresNIO
import Resilience
import ResilienceChaos
import ResiliencePostgres
import ResilienceTestSupport
import ResilienceTesting
import Testing

extension PostgresTests.PostgresFaultScenarioTests {
    @Test func poolStarvationIsVisibleAndMeasured() async throws {
        try await withPostgresFixture(maximumConnections: 2) { fixture in
            let metrics = TestMetrics()
            let point = try fixture.registry.register(
                "db",
                pipeline: ResiliencePipeline { Timeout(.seconds(5), name: "db.timeout") }
            )
            let database = ResilientPostgresClient(
                client: fixture.client,
                integrationPoint: point,
                metricsFactory: metrics
            )
            let release = Gate()
            try await withThrowingTaskGroup(of: Void.self) { group in
                // Five callers for two connections, each holding its connection until released.
                for _ in 0..<5 {
                    group.addTask {
                        _ = try await database.withConnection { connection in
                            await release.wait()
                            return try await connection.query("SELECT 1", logger: Logger(label: "test")).collect().count
                        }
                    }
                }
                var waiting = 0
                for _ in 0..<500 where waiting != 3 {
                    try await Task.sleep(for: .milliseconds(10))
                    waiting = database.connectionWait.waiting
                }
                #expect(waiting == 3, "three callers wait for a connection")
                let pool = try #require(point.snapshot.policies.first { $0.kind == "postgres_pool" })
                #expect(pool.name == "db")
                #expect(pool["waitingCallers"] == 3, "the snapshot, the admin server and the dashboard show it")
                try await Task.sleep(for: .milliseconds(50))
                release.open()
                try await group.waitForAll()
            }
            let wait = database.connectionWait
            #expect(wait.waiting == 0)
            #expect(wait.waits == 5)
            let recent = try #require(wait.recent)
            #expect(recent.max >= .milliseconds(50), "three waited while the first two held their connections")
            let timer = try metrics.expectTimer("resilience_postgres_connection_wait_seconds", [("name", "db")])
            #expect(timer.values.count == 5)
        }
    }

    @Test func thePresetsBulkheadBoundsTheWaitForAConnection() async throws {
        try await withPostgresFixture(maximumConnections: 2) { fixture in
            let pipeline = try ResiliencePipeline.postgres(
                name: "db",
                maximumConnections: 2,
                statementTimeout: .seconds(1),
                maxConnectionWait: .milliseconds(200)
            )
            let point = try fixture.registry.register("db", pipeline: pipeline)
            let database = ResilientPostgresClient(client: fixture.client, integrationPoint: point)
            try await fixture.warmUp()
            // Six callers, two connections, each call 600 ms: two run, four give up after 200 ms in the bulkhead.
            let results = await withTaskGroup(of: (Duration, Result<Int, any Error>).self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        await timed { try await database.query("SELECT pg_sleep(0.6)").count }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let refused = results.filter { (try? $0.1.get()) == nil }
            #expect(results.count - refused.count == 2)
            #expect(
                refused.allSatisfy { if case .failure(let error) = $0.1 { error is BulkheadFullError } else { false } }
            )
            for (latency, result) in results {
                let bound: Duration = (try? result.get()) == nil ? .milliseconds(300) : .milliseconds(1_100)
                #expect(latency <= bound, "no caller waits past its bound (\(latency))")
            }
            let breaker = try #require(point.circuitBreakers.first)
            #expect(breaker.metrics.numberOfFailedCalls == 0, "our own overload is not the database's failure")
            #expect(point.statistics.rejectedCalls == 4)
        }
    }

    @Test func aBlackHoleOpensTheBreakerAndHealingClosesIt() async throws {
        try await withPostgresFixture(throughProxy: true) { fixture in
            let proxy = try #require(fixture.proxy)
            let (database, breaker) = try Self.database(fixture)
            try await fixture.warmUp()
            _ = try await Self.measure(
                "black hole (proxy)",
                database: database,
                breaker: breaker,
                fault: { proxy.set(.blackHole) },
                heal: { proxy.set(.none) }
            )
        }
    }

    @Test func latencyBeyondTheDeadlineOpensTheBreakerAndLatencyWithinItDoesNot() async throws {
        try await withPostgresFixture(throughProxy: true) { fixture in
            let proxy = try #require(fixture.proxy)
            let (database, breaker) = try Self.database(fixture)
            try await fixture.warmUp()
            // 50 ms each way: slower, within the deadline.
            proxy.set(.latency(.milliseconds(50)))
            for _ in 0..<5 {
                let (latency, result) = await timed { try await database.query("SELECT 1").count }
                #expect((try? result.get()) == 1)
                #expect(latency >= .milliseconds(50) && latency <= Self.deadline + Self.slack)
            }
            #expect(breaker.state == .closed)
            proxy.set(.none)
            _ = try await Self.measure(
                "latency 400 ms (proxy)",
                database: database,
                breaker: breaker,
                fault: { proxy.set(.latency(.milliseconds(400))) },
                heal: { proxy.set(.none) }
            )
        }
    }
}

#endif
