// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import PostgresNIO
import Resilience
import ResiliencePostgres
import Testing

@Suite("Pipelines around PostgreSQL")
struct PostgresPipelineWarningTests {
    /// A client that is never run: the checks happen when the resilient client is made, before any statement.
    static func client() -> PostgresClient {
        PostgresClient(
            configuration: .init(
                host: "127.0.0.1",
                port: 5432,
                username: "test",
                password: nil,
                database: "postgres",
                tls: .disable
            )
        )
    }

    @Test func aCooperativeTimeoutAroundPostgresNIOIsReported() throws {
        let registry = ResilienceRegistry()
        let cooperative = try registry.register(
            "orders-db",
            pipeline: ResiliencePipeline { Timeout(.seconds(1), mode: .cooperative, name: "orders-db.timeout") }
        )
        let database = ResilientPostgresClient(client: Self.client(), integrationPoint: cooperative)
        #expect(database.warnings.count == 1)
        #expect(database.warnings.first?.policies.map(\.name) == ["orders-db.timeout", "PostgresNIO"])
        let neverHostage = try registry.register(
            "audit-db",
            pipeline: ResiliencePipeline { Timeout(.seconds(1), name: "audit-db.timeout") }
        )
        #expect(ResilientPostgresClient(client: Self.client(), integrationPoint: neverHostage).warnings.isEmpty)
    }
}

#endif
