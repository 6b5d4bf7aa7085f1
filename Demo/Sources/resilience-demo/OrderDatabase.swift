import Foundation
import Logging
import NIOPosix
import PostgresNIO
import Resilience
import ResiliencePostgres
import SQLiteNIO
import ServiceLifecycle

/// An order, as the storefront stores and answers it.
struct Order: Codable, Sendable {
    var id: Int
    var product: Int
    var quantity: Int
    var status: String
}

/// Where the orders live: every call runs through the `database` integration point.
protocol OrderDatabase: Sendable {
    /// Stores a new order; returns its id.
    func insert(product: Int, quantity: Int, status: String) async throws -> Int
    /// The order `id`, or `nil` when there is none.
    func find(id: Int) async throws -> Order?
}

/// The embedded database: SQLite in a file of a temporary folder, on a thread pool of its own. No server needed.
struct SQLiteOrders<Policies: ResiliencePolicy>: OrderDatabase {
    let connection: SQLiteConnection
    let point: IntegrationPoint<Policies>
    let path: String

    static func open(point: IntegrationPoint<Policies>, threadPool: NIOThreadPool) async throws -> SQLiteOrders {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resilience-demo-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("orders.sqlite").path
        let connection = try await SQLiteConnection.open(
            storage: .file(path: path),
            threadPool: threadPool,
            on: MultiThreadedEventLoopGroup.singleton.any()
        )
        _ = try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS orders (
                id INTEGER PRIMARY KEY AUTOINCREMENT, product INTEGER NOT NULL, quantity INTEGER NOT NULL,
                status TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)
            """
        )
        return SQLiteOrders(connection: connection, point: point, path: path)
    }

    func insert(product: Int, quantity: Int, status: String) async throws -> Int {
        let connection = self.connection
        let rows = try await self.point.run {
            try await connection.query(
                "INSERT INTO orders (product, quantity, status) VALUES (?, ?, ?) RETURNING id",
                [.integer(product), .integer(quantity), .text(status)]
            )
        }
        guard let id = rows.first?.column("id")?.integer else { throw DatabaseAnswerError(query: "insert") }
        return id
    }

    func find(id: Int) async throws -> Order? {
        let connection = self.connection
        let rows = try await self.point.run {
            try await connection.query("SELECT id, product, quantity, status FROM orders WHERE id = ?", [.integer(id)])
        }
        guard let row = rows.first else { return nil }
        guard let id = row.column("id")?.integer, let product = row.column("product")?.integer,
            let quantity = row.column("quantity")?.integer, let status = row.column("status")?.string
        else { throw DatabaseAnswerError(query: "find") }
        return Order(id: id, product: product, quantity: quantity, status: status)
    }

    /// Closes the connection and removes the temporary folder.
    func close() async {
        try? await self.connection.close()
        try? FileManager.default.removeItem(atPath: (self.path as NSString).deletingLastPathComponent)
    }
}

/// PostgreSQL through `ResilientPostgresClient`, when the demo is given `--postgres-url`.
struct PostgresOrders<Policies: ResiliencePolicy>: OrderDatabase {
    let client: ResilientPostgresClient<Policies>

    /// Creates the table through the point; the client's `run()` must be running (it is one of the demo's services).
    func prepare() async throws {
        _ = try await self.client.query(
            """
            CREATE TABLE IF NOT EXISTS orders (
                id BIGSERIAL PRIMARY KEY, product INTEGER NOT NULL, quantity INTEGER NOT NULL, status TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL DEFAULT now())
            """
        )
    }

    func insert(product: Int, quantity: Int, status: String) async throws -> Int {
        let rows = try await self.client.query(
            "INSERT INTO orders (product, quantity, status) VALUES (\(product), \(quantity), \(status)) RETURNING id"
        )
        guard let row = rows.first else { throw DatabaseAnswerError(query: "insert") }
        return Int(try row.decode(Int64.self))
    }

    func find(id: Int) async throws -> Order? {
        let rows = try await self.client.query(
            "SELECT id, product, quantity, status FROM orders WHERE id = \(id)"
        )
        guard let row = rows.first else { return nil }
        let (id, product, quantity, status) = try row.decode((Int64, Int32, Int32, String).self)
        return Order(id: Int(id), product: Int(product), quantity: Int(quantity), status: status)
    }
}

/// `--postgres-url`.
enum PostgresURL {
    /// PostgresNIO's configuration from `postgres://user:password@host:port/database`.
    static func configuration(from text: String) throws -> PostgresClient.Configuration {
        guard let url = URLComponents(string: text), url.scheme == "postgres" || url.scheme == "postgresql",
            let host = url.host, !host.isEmpty, let user = url.user
        else {
            throw ConfigurationError(
                policy: "resilience-demo",
                field: "postgres-url",
                value: text,
                rule: "must be postgres://user[:password]@host[:port]/database"
            )
        }
        let database = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        return PostgresClient.Configuration(
            host: host,
            port: url.port ?? 5432,
            username: user,
            password: url.password,
            database: database.isEmpty ? nil : database,
            tls: .disable
        )
    }
}

/// The database answered something the storefront did not expect (no row where one must be).
struct DatabaseAnswerError: Error, CustomStringConvertible {
    var query: String
    var description: String { "the database's answer to \(self.query) had no usable row" }
}

/// PostgresNIO's client as one of the demo's services: it runs until graceful shutdown, and creates the table once it
/// runs (a database that refuses ends the demo with its error).
struct PostgresClientService: Service {
    let client: PostgresClient
    let prepare: @Sendable () async throws -> Void

    func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.client.run() }
            try await self.prepare()
            try? await gracefulShutdown()
            group.cancelAll()
        }
    }
}
