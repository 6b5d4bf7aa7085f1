// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import Logging
import PostgresNIO
import Resilience
import ResiliencePostgres
import Testing

extension PostgresTests {
    /// How the answers of a real PostgreSQL count: the database answering (a unique violation), the caller's mistake (a
    /// syntax error, a missing table, a row that does not decode), and an unhealthy database.
    @Suite("PostgreSQL outcomes")
    struct PostgresOutcomeTests {
        @Test func aUniqueViolationIsAnAnswerAndASyntaxErrorAContractViolation() async throws {
            try await withPostgresFixture { fixture in
                let breaker = try PostgresFixture.scenarioBreaker("orders-db")
                let point = try fixture.registry.register("orders-db", pipeline: ResiliencePipeline { breaker })
                let database = ResilientPostgresClient(client: fixture.client, integrationPoint: point)

                _ = try await database.query("CREATE TABLE customers (email text PRIMARY KEY)")
                _ = try await database.query("INSERT INTO customers VALUES ('ada@example.com')")
                let duplicate = await #expect(throws: PSQLError.self) {
                    try await database.query("INSERT INTO customers VALUES ('ada@example.com')")
                }
                #expect(duplicate?.serverInfo?[.sqlState] == "23505", "the caller gets PostgresNIO's error itself")

                let syntax = await #expect(throws: PSQLError.self) { try await database.query("SELEC 1") }
                #expect(syntax?.serverInfo?[.sqlState] == "42601")
                let missing = await #expect(throws: PSQLError.self) {
                    try await database.query("SELECT * FROM no_such_table")
                }
                #expect(missing?.serverInfo?[.sqlState] == "42P01")

                let statistics = point.statistics
                #expect(statistics.successfulCalls == 3, "the create, the insert and the duplicate")
                #expect(statistics.failedCalls == 0)
                #expect(statistics.contractViolations == 2)
                #expect(statistics.lastContractViolation?.reason == "sqlstate_42P01")
                #expect(breaker.metrics.numberOfFailedCalls == 0)
                #expect(breaker.state == .closed)
            }
        }

        @Test func rowsThatDoNotDecodeAreAContractViolationAndOwnErrorsCountForNothing() async throws {
            try await withPostgresFixture { fixture in
                let point = try fixture.registry.register(
                    "db",
                    pipeline: ResiliencePipeline { try PostgresFixture.scenarioBreaker("db") }
                )
                let database = ResilientPostgresClient(client: fixture.client, integrationPoint: point)

                await #expect(throws: PostgresDecodingError.self) {
                    try await database.query("SELECT 'forty-two'::text") { rows in
                        var values: [Int] = []
                        for try await value in rows.decode(Int.self) { values.append(value) }
                        return values
                    }
                }
                struct NotFound: Error {}
                await #expect(throws: NotFound.self) {
                    try await database.query("SELECT 1") { _ in throw NotFound() }
                }
                let total = try await database.query("SELECT 40 + 2") { rows in
                    var total = 0
                    for try await value in rows.decode(Int.self) { total += value }
                    return total
                }
                #expect(total == 42)

                let statistics = point.statistics
                #expect(statistics.contractViolations == 1)
                #expect(statistics.lastContractViolation?.reason == "decoding")
                #expect(statistics.failedCalls == 0)
                #expect(statistics.successfulCalls == 1, "the caller's own error is not counted")
            }
        }

        @Test func serverErrorsThatMeanAnUnhealthyDatabaseAreFailures() async throws {
            try await withPostgresFixture { fixture in
                let point = try fixture.registry.register(
                    "db",
                    pipeline: ResiliencePipeline { try PostgresFixture.scenarioBreaker("db") }
                )
                let database = ResilientPostgresClient(client: fixture.client, integrationPoint: point)
                for state in ["53300", "57P03", "08006", "XX000"] {
                    let error = await #expect(throws: PSQLError.self) {
                        try await database.query(PostgresQuery(unsafeSQL: Self.raise(state)))
                    }
                    #expect(error?.serverInfo?[.sqlState] == state)
                }
                // RAISE without a code is P0001: the database's answer.
                await #expect(throws: PSQLError.self) {
                    try await database.query(PostgresQuery(unsafeSQL: Self.raise("P0001")))
                }
                let statistics = point.statistics
                #expect(statistics.failedCalls == 4)
                #expect(statistics.successfulCalls == 1)
            }
        }

        @Test func aSerializationFailureIsRetriedAndDoesNotCountAgainstTheDatabase() async throws {
            try await withPostgresFixture { fixture in
                let breaker = try PostgresFixture.scenarioBreaker("db")
                let retry = try Retry(name: "db.retry", maxAttempts: 3, backoff: .constant(.milliseconds(1)))
                let point = try fixture.registry.register(
                    "db",
                    pipeline: ResiliencePipeline {
                        retry
                        breaker
                    }
                )
                let database = ResilientPostgresClient(client: fixture.client, integrationPoint: point)
                _ = try await database.query("CREATE SEQUENCE tries")
                let logger = Logger(label: "test")

                // Each try takes a number from the sequence (not rolled back); the first two fail to serialize.
                let value = try await database.withTransaction(logger: logger) { connection in
                    let rows = try await connection.query("SELECT nextval('tries')::int", logger: logger).collect()
                    let attempt = try rows[0].decode(Int.self)
                    if attempt < 3 {
                        _ = try await connection.query(PostgresQuery(unsafeSQL: Self.raise("40001")), logger: logger)
                    }
                    return attempt
                }
                #expect(value == 3, "two serialization failures retried")
                #expect(breaker.metrics.numberOfFailedCalls == 0)
                #expect(breaker.metrics.numberOfSuccessfulCalls == 4, "the sequence's creation and three tries")

                // A unique violation inside a transaction: rolled back, not retried, the caller's answer.
                _ = try await database.query("CREATE TABLE customers (email text PRIMARY KEY)")
                let error = await #expect(throws: PostgresTransactionError.self) {
                    try await database.withTransaction(logger: logger) { connection in
                        try await connection.query("INSERT INTO customers VALUES ('ada@example.com')", logger: logger)
                        try await connection.query("INSERT INTO customers VALUES ('ada@example.com')", logger: logger)
                    }
                }
                #expect((error?.closureError as? PSQLError)?.serverInfo?[.sqlState] == "23505")
                let count = try await database.query("SELECT count(*)::int FROM customers")
                #expect(try count[0].decode(Int.self) == 0, "rolled back")
                #expect(breaker.metrics.numberOfFailedCalls == 0)
            }
        }

        /// A `DO` block that raises SQLSTATE `state`.
        static func raise(_ state: String) -> String {
            "DO $$ BEGIN RAISE EXCEPTION 'raised %', '\(state)' USING ERRCODE = '\(state)'; END $$"
        }
    }
}

#endif
