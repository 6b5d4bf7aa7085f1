import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO
import Resilience
import ResilienceFileSystem
import ResilienceHTTPClient
import ResilienceHummingbird
import ResiliencePostgres
import ServiceLifecycle
import _NIOFileSystem

/// The storefront's integration points and its Hummingbird application.
///
/// | point | what it guards | pipeline |
/// |---|---|---|
/// | `payments` | `POST /payments` | total timeout 1 s, retry under a budget (idempotent requests only: never this `POST`), breaker, timeout per attempt 500 ms |
/// | `inventory` | `GET /stock`, `POST /reservations` | bulkhead (8 calls, 20 ms wait), timeout 400 ms |
/// | `recommendations` | `GET /recommendations` | breaker, timeout 300 ms; a fallback to the last good answer around it |
/// | `database` | the orders (SQLite, or PostgreSQL) | breaker, timeout 500 ms, chaos |
/// | `disk` | the receipts, a file per order | breaker, timeout 500 ms, chaos |
///
/// The timeouts sit inside the breakers, so that a breaker counts each call that ran out of time as a failure.
/// | `storefront` | each route, inbound | an adaptive concurrency limiter per route (load shedding: 503 + `Retry-After`) |
///
/// Every request gets a deadline of 1 s (or what its `x-envoy-expected-rq-timeout-ms` header asks, at most 1 s), which
/// every outbound call inherits: a `POST /orders` answers within 1 s whatever its dependencies do.
struct Storefront {
    let router: Router<BasicRequestContext>
    let chaosTargets: [any ChaosTarget]
    /// PostgreSQL's client, when there is one.
    let services: [any Service]
    let databaseDescription: String
    /// What `close()` does, in order.
    private let closings: [@Sendable () async -> Void]

    /// Closes the database, the HTTP client and the thread pool, and removes the temporary files: after the services
    /// have stopped.
    func close() async {
        for closing in self.closings { await closing() }
    }

    /// The Hummingbird application on 127.0.0.1:`port`.
    func application(port: Int) -> some Service {
        Application(
            router: self.router,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "resilience-demo"),
            logger: Logger(label: "resilience-demo.storefront")
        )
    }

    static func make(
        registry: ResilienceRegistry,
        upstreams: Upstreams,
        postgresURL: String?,
        logger: Logger
    ) async throws -> Storefront {
        var httpConfiguration = HTTPClient.Configuration()
        // A refused connection fails at once (and is classified), instead of being retried until the deadline.
        httpConfiguration.connectionPool.retryConnectionEstablishment = false
        let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: httpConfiguration)

        // The HTTP preset's shape (`ResiliencePipeline.http`), with a count-based window: a breaker that opens after ten
        // failures of the last twenty calls, whatever the traffic, instead of over a time window.
        let payments = try ResilientHTTPClient(client: http, registry: registry, name: "payments", idleTimeout: nil) {
            host in
            let budget = try RetryBudget(percentCanRetry: 0.2, minimumRetriesPerSecond: 10)
            let retry = try Retry(
                name: "payments \(host).retry",
                maxAttempts: 3,
                backoff: .exponential(initial: .milliseconds(50), multiplier: 2, maximum: .milliseconds(200)),
                jitter: .decorrelated,
                // A policy's refusal (the breaker's) is not retried: that would defeat it.
                shouldRetry: { !ErrorFilter.rejections.matches($0) },
                budget: budget
            )
            return try ResiliencePipeline {
                Timeout(.seconds(1), name: "payments \(host).total-timeout")
                retry
                try CircuitBreaker(name: "payments \(host)", configuration: Self.breakerConfiguration)
                Timeout(.milliseconds(500), name: "payments \(host).attempt-timeout")
            }
        }
        let inventory = try ResilientHTTPClient(client: http, registry: registry, name: "inventory", idleTimeout: nil) {
            host in
            try ResiliencePipeline {
                try Bulkhead(name: "inventory \(host)", maxConcurrentCalls: 8, maxWaitDuration: .milliseconds(20))
                Timeout(.milliseconds(400), name: "inventory \(host)")
            }
        }
        let recommendations = try ResilientHTTPClient(
            client: http,
            registry: registry,
            name: "recommendations",
            idleTimeout: nil
        ) { host in
            try ResiliencePipeline {
                try CircuitBreaker(name: "recommendations \(host)", configuration: Self.breakerConfiguration)
                Timeout(.milliseconds(300), name: "recommendations \(host)")
            }
        }

        let (database, databaseChaos) = try Self.registerInProcess("database", in: registry)
        let (disk, diskChaos) = try Self.registerInProcess("disk", in: registry)
        // Threads of their own, so that a hung disk or database never stalls SwiftNIO's shared blocking pool.
        let threadPool = NIOThreadPool(numberOfThreads: 4)
        threadPool.start()
        let receiptsFolder = FilePath(
            FileManager.default.temporaryDirectory.appendingPathComponent("resilience-demo-receipts-\(getpid())").path
        )
        try FileManager.default.createDirectory(atPath: receiptsFolder.string, withIntermediateDirectories: true)
        let receipts = ResilientFileSystem(fileSystem: FileSystem(threadPool: threadPool), integrationPoint: disk)

        let orders: any OrderDatabase
        var services: [any Service] = []
        var closings: [@Sendable () async -> Void] = [
            {
                try? await http.shutdown()
                try? FileManager.default.removeItem(atPath: receiptsFolder.string)
            }
        ]
        let databaseDescription: String
        if let postgresURL {
            let client = PostgresClient(configuration: try PostgresURL.configuration(from: postgresURL))
            let store = PostgresOrders(client: ResilientPostgresClient(client: client, integrationPoint: database))
            orders = store
            services.append(PostgresClientService(client: client, prepare: { try await store.prepare() }))
            databaseDescription = "PostgreSQL at \(postgresURL.replacing(/:[^:@\/]*@/, with: ":…@"))"
        } else {
            let store = try await SQLiteOrders.open(point: database, threadPool: threadPool)
            orders = store
            closings.append { await store.close() }
            databaseDescription = "SQLite in \(store.path)"
        }
        closings.append { try? await threadPool.shutdownGracefully() }

        // One point per upstream host, created now so that the dashboard shows every point from the start.
        let hosts = (
            payments: "http://127.0.0.1:\(upstreams.payments.port)",
            inventory: "http://127.0.0.1:\(upstreams.inventory.port)",
            recommendations: "http://127.0.0.1:\(upstreams.recommendations.port)"
        )
        _ = try payments.integrationPoints.integrationPoint(for: hosts.payments)
        _ = try inventory.integrationPoints.integrationPoint(for: hosts.inventory)
        _ = try recommendations.integrationPoints.integrationPoint(for: hosts.recommendations)

        // Inbound: a deadline for every request, and a concurrency limit per route that adapts to its latency.
        var deadline = InboundDeadline()
        deadline.maximum = .seconds(1)
        deadline.whenAbsent = .seconds(1)
        deadline.reserve = .milliseconds(5)
        let routes = try registry.registerKeyed("storefront", maxInstances: 16) { route in
            try ResiliencePipeline { try AdaptiveConcurrencyLimiter(name: "storefront \(route)") }
        }
        for route in ["GET /products", "POST /orders", "GET /orders/{id}"] {
            _ = try routes.integrationPoint(for: route)
        }

        let handlers = StorefrontRoutes(
            payments: payments,
            inventory: inventory,
            recommendations: recommendations,
            lastRecommendations: LastGoodAnswer(Array(Catalog.products.prefix(2).map(\.id))),
            orders: orders,
            receipts: receipts,
            receiptsFolder: receiptsFolder,
            hosts: hosts,
            logger: logger
        )
        let router = Router()
        router.add(middleware: DeadlineMiddleware(deadline))
        // A missing order is an answer, not a broken contract.
        router.add(
            middleware: LoadSheddingMiddleware(
                perRoute: routes,
                statusClassification: HTTPStatusClassification.default.treating([404], as: .success)
            )
        )
        handlers.add(to: router)
        return Storefront(
            router: router,
            chaosTargets: [databaseChaos, diskChaos],
            services: services,
            databaseDescription: databaseDescription,
            closings: closings
        )
    }

    /// A point in process, `database` or `disk`: a breaker, a 500 ms timeout, and chaos policies that make it fail on
    /// command.
    static func registerInProcess(
        _ name: String,
        in registry: ResilienceRegistry
    ) throws -> (IntegrationPoint<some ResiliencePolicy>, InProcessChaosTarget) {
        let chaos = try InProcessChaosTarget(name: name)
        let point = try registry.register(
            name,
            pipeline: ResiliencePipeline {
                try CircuitBreaker(name: name, configuration: Self.breakerConfiguration)
                Timeout(.milliseconds(500), name: name)
                chaos.fault
                chaos.latency
            }
        )
        return (point, chaos)
    }

    /// The breaker of every point that has one: opens at 50 % failures over at least 10 of the last 20 calls, stays
    /// open 3 s, then lets 3 probes through.
    static let breakerConfiguration: CircuitBreaker.Configuration = {
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 20)
        configuration.minimumNumberOfCalls = 10
        configuration.failureRateThreshold = 0.5
        configuration.waitDurationInOpenState = .seconds(3)
        configuration.permittedCallsInHalfOpenState = 3
        configuration.automaticTransitionFromOpenToHalfOpen = true
        return configuration
    }()
}

/// The last answer that arrived whole: what the recommendations fallback serves.
final class LastGoodAnswer<Value: Sendable>: Sendable {
    private let value: NIOLockedValueBox<Value>

    init(_ value: Value) {
        self.value = NIOLockedValueBox(value)
    }

    func get() -> Value { self.value.withLockedValue { $0 } }
    func set(_ value: Value) { self.value.withLockedValue { $0 = value } }
}
