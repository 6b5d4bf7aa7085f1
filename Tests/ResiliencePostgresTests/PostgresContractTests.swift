// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import CoreMetrics
import Logging
import PostgresNIO
import Resilience
import ResiliencePostgres
import Testing

/// Every name of DESIGN.md's "ResiliencePostgres" section, spelled as written there: code outside this repository
/// compiles against them.
@Suite("ResiliencePostgres contract")
struct PostgresContractTests {
    typealias Preset = ComposedPolicy<CircuitBreaker, ComposedPolicy<Timeout, Bulkhead>>

    @Test func thePresetHasTheContractsShapeAndNamesItsPolicies() throws {
        let pipeline: ResiliencePipeline<Preset> = try .postgres(
            name: "orders-db",
            maximumConnections: 10,
            statementTimeout: .seconds(5),
            maxConnectionWait: .seconds(1),
            clock: ContinuousClock()
        )
        #expect(
            pipeline.components.map(\.snapshot.name) == [
                "orders-db", "orders-db.statement-timeout", "orders-db.connections",
            ]
        )
        let bulkhead = try #require(pipeline.components.last?.snapshot)
        #expect(bulkhead["maxAllowedConcurrentCalls"] == 10, "as many calls as connections")
    }

    @Test(arguments: [
        ("maximumConnections", 0, Duration.seconds(5), Duration.seconds(1)),
        ("statementTimeout", 1, .zero, .seconds(1)),
        ("maxConnectionWait", 1, .seconds(5), .milliseconds(-1)),
    ])
    func aBadPresetSettingIsNamed(field: String, connections: Int, timeout: Duration, wait: Duration) {
        #expect {
            _ = try ResiliencePipeline.postgres(
                name: "db",
                maximumConnections: connections,
                statementTimeout: timeout,
                maxConnectionWait: wait
            )
        } throws: { error in
            (error as? ConfigurationError)?.field == field
        }
    }

    @Test func theClientsNamesAndTypes() throws {
        let modes: [ResilientPostgresClient<CircuitBreaker>.StatementTimeout] = [.off, .followDeadline]
        #expect(Set(modes).count == 2)
        let statistics = ConnectionWaitStatistics(waiting: 1, waits: 2, recent: nil)
        #expect(statistics.waiting == 1 && statistics.waits == 2 && statistics.recent == nil)
        #expect(ErrorClassification.postgres.outcome(for: CancellationError()) == .ignored)

        // The initialiser and the four calls, with every label DESIGN.md gives them.
        typealias Client = ResilientPostgresClient<CircuitBreaker>
        let make: (PostgresClient, IntegrationPoint<CircuitBreaker>) -> Client = { client, point in
            Client(
                client: client,
                integrationPoint: point,
                statementTimeout: .followDeadline,
                errorClassification: .postgres,
                metricsFactory: MetricsSystem.factory
            )
        }
        let calls: [(Client) async throws -> Void] = [
            { _ = try await $0.query("SELECT 1", logger: nil, file: #fileID, line: #line) as [PostgresRow] },
            { _ = try await $0.query("SELECT 1", logger: nil, file: #fileID, line: #line) { _ in 1 } },
            { _ = try await $0.withConnection(logger: nil) { _ in 1 } },
            { _ = try await $0.withTransaction(logger: Logger(label: "contract")) { _ in 1 } },
            { let _: PostgresClient = $0.client },
            { let _: IntegrationPoint<CircuitBreaker> = $0.integrationPoint },
            { let _: ConnectionWaitStatistics = $0.connectionWait },
        ]
        _ = make
        #expect(calls.count == 7)
    }
}

#endif
