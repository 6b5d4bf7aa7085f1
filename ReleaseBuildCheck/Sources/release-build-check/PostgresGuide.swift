// The complete example of the ResiliencePostgres guide ("Protecting PostgreSQL queries"), built with `-c release` and
// run against a real PostgreSQL that the check starts. A test of the library checks that the article shows it line
// for line.

import Logging
import PostgresNIO
import Resilience
import ResiliencePostgres

// guide-example-begin
/// Orders in PostgreSQL, through one integration point.
func runOrdersExample(port: Int) async throws {
    // PostgresNIO's client: a pool of 10 connections. Its `run()` must run for as long as the client is used.
    var configuration = PostgresClient.Configuration(
        host: "127.0.0.1",
        port: port,
        username: "test",
        password: nil,
        database: "postgres",
        tls: .disable
    )
    configuration.options.maximumConnections = 10
    let postgres = PostgresClient(configuration: configuration)

    // The preset: a breaker, a 2-second timeout (the server stops a statement at the same deadline), and a bulkhead
    // as large as the pool, where callers wait at most 500 ms for a connection.
    let registry = ResilienceRegistry()
    let database = try registry.register(
        "orders-db",
        pipeline: .postgres(
            name: "orders-db",
            maximumConnections: 10,
            statementTimeout: .seconds(2),
            maxConnectionWait: .milliseconds(500)
        )
    )
    let orders = ResilientPostgresClient(client: postgres, integrationPoint: database)

    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await postgres.run() }

        _ = try await orders.query("CREATE TABLE IF NOT EXISTS orders (id int PRIMARY KEY, total int NOT NULL)")
        _ = try await orders.query("INSERT INTO orders VALUES (1, 30), (2, 12) ON CONFLICT DO NOTHING")

        // Rows are read within the lease: collected, or consumed by a closure.
        let rows = try await orders.query("SELECT id, total FROM orders WHERE total > \(10) ORDER BY id")
        let first = try rows[0].decode((Int, Int).self)
        let sum = try await orders.query("SELECT total FROM orders") { rows in
            var sum = 0
            for try await total in rows.decode(Int.self) { sum += total }
            return sum
        }
        guard first == (1, 30), sum == 42 else { throw OrdersError.unexpectedAnswer }

        // A unique violation is the database answering: the caller gets PostgresNIO's error, the breaker a success.
        do {
            _ = try await orders.query("INSERT INTO orders VALUES (1, 99)")
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            // The order exists already.
        }

        // A transaction: BEGIN, the work, COMMIT (ROLLBACK when it throws), through the pipeline as one call.
        let logger = Logger(label: "orders")
        try await orders.withTransaction(logger: logger) { connection in
            try await connection.query("UPDATE orders SET total = total + 1 WHERE id = \(2)", logger: logger)
            try await connection.query("UPDATE orders SET total = total - 1 WHERE id = \(1)", logger: logger)
        }

        // A statement longer than the deadline: the caller is answered at 2 s, and the server stops it.
        do {
            _ = try await orders.query("SELECT pg_sleep(10)")
        } catch is TimeoutError {
            // Answered at the deadline; PostgreSQL cancelled the statement (SQLSTATE 57014).
        }

        // The point's numbers: calls, contract violations, and the waits for a connection.
        let statistics = database.statistics
        let waits = orders.connectionWait
        guard statistics.failedCalls == 1, statistics.successfulCalls == 6, waits.waits == 7 else {
            throw OrdersError.unexpectedAnswer
        }
        group.cancelAll()
    }
}

enum OrdersError: Error {
    case unexpectedAnswer
}
// guide-example-end
