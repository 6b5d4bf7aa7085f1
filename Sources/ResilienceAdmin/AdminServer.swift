// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

import Foundation
import Hummingbird
public import Logging
public import Prometheus
public import Resilience
public import ServiceLifecycle

/// The admin server of a service's integration points: their state as JSON, Prometheus metrics, health checks, and
/// operator control of circuit breakers.
///
/// ```swift
/// let admin = AdminServer(registry: registry, configuration: .init(bearerToken: token, criticalCircuitBreakers: ["db"]))
/// let group = ServiceGroup(services: [server, admin], logger: logger)
/// try await group.run()
/// ```
///
/// | route | answer |
/// |---|---|
/// | `GET /` | the dashboard: a tile per integration point (breaker state, failure and slow-call rates, calls per second, p50 and p99 latency, rejections, timeouts, abandoned work, bulkhead use) and a timeline of transitions and operator actions, live from the stream; one page, nothing loaded from elsewhere |
/// | `GET /api/v1/integration-points` | every integration point, its calls (totals, rates, latency percentiles) and its policies, as JSON |
/// | `GET /api/v1/watchdogs` | every registered ``StarvationWatchdog``: its probe's lateness (p50, p99, max in seconds) over its window, its samples and stalls |
/// | `GET /api/v1/stream` | server-sent events: a `snapshot` at once and every ``Configuration/streamInterval``, an `event` for each of the last ``Configuration/timelineCapacity`` registry events (transitions, operator actions, registrations) at once, then for each new one as it happens |
/// | `GET /metrics` | Prometheus text: the metrics registry, after a `ResilienceMetricsReporter` report |
/// | `GET /health/live` | 200 while the server answers |
/// | `GET /health/ready` | 200, or 503 while a breaker marked critical is open or forced open |
/// | `POST /api/v1/circuit-breakers/{name}/state` | body `{"state": "forced_open" \| "closed" \| "disabled" \| "metrics_only"}` |
/// | `POST /api/v1/circuit-breakers/{name}/reset` | closes the breaker and empties its window |
/// | `GET /api/v1/chaos` | `{"targets": [{"name", "mode", "latency_ms", "rate"}]}`: each chaos target's setting |
/// | `PUT /api/v1/chaos/{target}` | body `{"mode": "hang"}` (a ``Resilience/ChaosSetting/Mode``, optional `latency_ms` and `rate`): puts the target into that mode, answers its new setting |
/// | `GET /api/v1/openapi.yaml` | this API's OpenAPI 3.1 description |
///
/// Writes need `Authorization: Bearer <token>`. Without a configured token every write is refused (403); a missing or
/// wrong token gets 401 (compared in constant time); an unknown breaker or chaos target 404; a malformed body, an
/// unknown state or mode, or a latency or rate the mode does not take 400;
/// a body over ``Configuration/maximumBodySize`` 413. A refused request changes nothing. Every operator action is
/// logged at notice level and put on the registry's event stream.
public struct AdminServer: Service {
    /// Where the server listens and what it allows.
    public struct Configuration: Sendable {
        /// The address to listen on. Default `127.0.0.1`: the admin API is for operators, not the internet.
        public var host: String
        /// The port. Default 9090; 0 picks a free one.
        public var port: Int
        /// The token that operator requests must carry; `nil` (the default) refuses every write.
        public var bearerToken: String?
        /// The largest request body accepted, in bytes. Default 4,096.
        public var maximumBodySize: Int
        /// The breakers whose open state makes `/health/ready` fail.
        public var criticalCircuitBreakers: Set<String>
        /// How often `/api/v1/stream` sends a snapshot. Default 1 second. Snapshots are read from the policies at that
        /// pace, whatever the traffic: streaming to many dashboards costs guarded calls nothing.
        public var streamInterval: Duration
        /// How many recent events (transitions, operator actions, registrations) the server keeps for the dashboard's
        /// timeline and sends to each new stream. Default 200; 0 keeps none.
        public var timelineCapacity: Int

        /// Creates a configuration.
        public init(
            host: String = "127.0.0.1",
            port: Int = 9090,
            bearerToken: String? = nil,
            maximumBodySize: Int = 4_096,
            criticalCircuitBreakers: Set<String> = [],
            streamInterval: Duration = .seconds(1),
            timelineCapacity: Int = 200
        ) {
            self.host = host
            self.port = port
            self.bearerToken = bearerToken
            self.maximumBodySize = maximumBodySize
            self.criticalCircuitBreakers = criticalCircuitBreakers
            self.streamInterval = streamInterval
            self.timelineCapacity = timelineCapacity
        }
    }

    let registry: ResilienceRegistry
    let configuration: Configuration
    private let prometheus: PrometheusCollectorRegistry?
    private let reporter: ResilienceMetricsReporter?
    let logger: Logger
    private let eventLog: EventLog
    /// The dependencies an operator may make fail, in the order given; the chaos panel shows them so.
    let chaosTargets: [any ChaosTarget]
    let chaosTargetsByName: [String: any ChaosTarget]

    /// Creates the server.
    ///
    /// - Parameters:
    ///   - registry: The integration points to show and control.
    ///   - configuration: Address, token, limits, critical breakers.
    ///   - prometheus: The registry `GET /metrics` renders, usually the one behind the `PrometheusMetricsFactory` the
    ///     service bootstrapped; `nil` answers 404 there.
    ///   - reporter: Asked to report before each `GET /metrics`, so that a scrape sees current numbers.
    ///   - logger: Where operator actions are logged.
    ///   - chaosTargets: The dependencies operators may make fail through `PUT /api/v1/chaos/{target}` and the
    ///     dashboard's chaos panel (shown only when there are some); names must differ (the first of a name wins).
    ///     None by default: chaos is for demos, tests and game days, not for every service.
    public init(
        registry: ResilienceRegistry,
        configuration: Configuration = Configuration(),
        prometheus: PrometheusCollectorRegistry? = nil,
        reporter: ResilienceMetricsReporter? = nil,
        logger: Logger = Logger(label: "resilience.admin"),
        chaosTargets: [any ChaosTarget] = []
    ) {
        self.chaosTargets = chaosTargets
        self.chaosTargetsByName = Self.indexByName(chaosTargets)
        self.registry = registry
        self.configuration = configuration
        self.prometheus = prometheus
        self.reporter = reporter
        self.logger = logger
        self.eventLog = EventLog(capacity: max(0, configuration.timelineCapacity))
    }

    /// Serves until graceful shutdown.
    public func run() async throws {
        try await self.run(onServerRunning: { _ in })
    }

    /// Serves until graceful shutdown, keeping the registry's events for the timeline meanwhile; tests learn the port
    /// the server was given from `onServerRunning`.
    func run(onServerRunning: @escaping @Sendable (Int) -> Void) async throws {
        let events = self.registry.events(bufferingNewest: 1_024)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.eventLog.collect(events) }
            defer { group.cancelAll() }
            try await self.application(onServerRunning: onServerRunning).run()
        }
    }

    /// The Hummingbird application.
    func application(onServerRunning: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: self.router(),
            configuration: .init(address: .hostname(self.configuration.host, port: self.configuration.port)),
            onServerRunning: { channel in onServerRunning(channel.localAddress?.port ?? 0) },
            logger: self.logger
        )
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                body: .init(byteBuffer: ByteBuffer(string: DashboardPage.html))
            )
        }
        router.get("health/live") { _, _ in
            HealthReport(status: "live", failing: [])
        }
        router.get("health/ready") { _, _ in
            try self.readiness()
        }
        router.get("api/v1/integration-points") { _, _ in
            IntegrationPointsReport(self.registry.snapshot())
        }
        router.get("api/v1/watchdogs") { _, _ in
            WatchdogsReport(self.registry.watchdogs)
        }
        router.get("api/v1/stream") { _, _ in
            self.stream()
        }
        router.get("metrics") { _, _ in
            try self.metrics()
        }
        router.post("api/v1/circuit-breakers/:name/state") { request, context in
            try await self.changeState(request, context)
        }
        router.post("api/v1/circuit-breakers/:name/reset") { request, context in
            try await self.reset(request, context)
        }
        self.addChaosRoutes(to: router)
        router.get("api/v1/openapi.yaml") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: AdminAPIDescription.yaml))
            )
        }
        return router
    }

    // MARK: Reading

    private func readiness() throws -> Response {
        let failing = self.configuration.criticalCircuitBreakers.sorted().filter { name in
            guard let state = self.registry.circuitBreaker(named: name)?.state else { return false }
            return state == .open || state == .forcedOpen
        }
        let report = HealthReport(status: failing.isEmpty ? "ready" : "not_ready", failing: failing)
        return Response(
            status: failing.isEmpty ? .ok : .serviceUnavailable,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(report)))
        )
    }

    private func metrics() throws -> Response {
        guard let prometheus = self.prometheus else { throw HTTPError(.notFound) }
        self.reporter?.report()
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: prometheus.emitToString()))
        )
    }

    /// Server-sent events until the client goes away or the server shuts down gracefully.
    private func stream() -> Response {
        let registry = self.registry
        let interval = self.configuration.streamInterval
        let eventLog = self.eventLog
        let body = ResponseBody { writer in
            let (chunks, chunk) = AsyncStream.makeStream(of: ByteBuffer.self, bufferingPolicy: .bufferingNewest(256))
            let (history, events) = eventLog.subscribe(bufferingNewest: 256)
            for entry in history {
                try await writer.write(serverSentEvent("event", EventReport(entry)))
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await entry in events {
                        chunk.yield(serverSentEvent("event", EventReport(entry)))
                    }
                }
                group.addTask {
                    while !Task.isCancelled {
                        chunk.yield(
                            serverSentEvent(
                                "snapshot",
                                IntegrationPointsReport(registry.snapshot(), watchdogs: registry.watchdogs)
                            )
                        )
                        try await Task.sleep(for: interval)
                    }
                }
                defer { group.cancelAll() }
                // A snapshot arrives at least every interval, so a graceful shutdown ends the stream within one.
                for await next in chunks {
                    try await writer.write(next)
                    if Task.isShuttingDownGracefully || Task.isCancelled { break }
                }
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: body
        )
    }

    // MARK: Operator control

    private struct StateChange: Decodable {
        var state: String
    }

    private static let operatorStates: [String: CircuitBreaker.State] = [
        "forced_open": .forcedOpen, "closed": .closed, "disabled": .disabled, "metrics_only": .metricsOnly,
    ]

    private func changeState(_ request: Request, _ context: BasicRequestContext) async throws -> OperatorReport {
        try self.authorize(request)
        let breaker = try self.breaker(context)
        let body = try await request.body.collect(upTo: self.configuration.maximumBodySize)
        guard let change = try? JSONDecoder().decode(StateChange.self, from: Data(buffer: body)) else {
            throw HTTPError(
                .badRequest,
                message: "expected {\"state\": \"forced_open\"|\"closed\"|\"disabled\"|\"metrics_only\"}"
            )
        }
        guard let state = Self.operatorStates[change.state] else {
            throw HTTPError(.badRequest, message: "unknown state \"\(change.state)\"")
        }
        breaker.transition(to: state)
        self.record(change.state, on: breaker)
        return OperatorReport(circuitBreaker: breaker.name, action: change.state, state: breaker.state.rawValue)
    }

    private func reset(_ request: Request, _ context: BasicRequestContext) async throws -> OperatorReport {
        try self.authorize(request)
        let breaker = try self.breaker(context)
        _ = try await request.body.collect(upTo: self.configuration.maximumBodySize)
        breaker.reset()
        self.record("reset", on: breaker)
        return OperatorReport(circuitBreaker: breaker.name, action: "reset", state: breaker.state.rawValue)
    }

    /// Refuses a write without the configured token: 403 when none is configured, 401 when it is missing or wrong.
    func authorize(_ request: Request) throws {
        guard let token = self.configuration.bearerToken else {
            throw HTTPError(.forbidden, message: "operator control is off: no token is configured")
        }
        let presented = request.headers[.authorization] ?? ""
        guard constantTimeEquals(presented, "Bearer " + token) else {
            throw HTTPError(.unauthorized, message: "a valid bearer token is required")
        }
    }

    private func breaker(_ context: BasicRequestContext) throws -> CircuitBreaker {
        let name = try context.parameters.require("name")
        guard let breaker = self.registry.circuitBreaker(named: name) else {
            throw HTTPError(.notFound, message: "no circuit breaker named \"\(name)\"")
        }
        return breaker
    }

    private func record(_ action: String, on breaker: CircuitBreaker) {
        self.logger.notice(
            "operator acted on a circuit breaker",
            metadata: [
                "circuit_breaker.name": "\(breaker.name)",
                "operator.action": "\(action)",
                "circuit_breaker.state": "\(breaker.state.rawValue)",
            ]
        )
        self.registry.recordOperatorAction(action, onCircuitBreaker: breaker.name)
    }
}

/// Whether `a` equals `b`, in time that depends only on their lengths, not on where they first differ.
func constantTimeEquals(_ a: String, _ b: String) -> Bool {
    let left = Array(a.utf8)
    let right = Array(b.utf8)
    var difference = UInt8(truncatingIfNeeded: left.count ^ right.count)
    for index in 0..<max(left.count, right.count) {
        let x = index < left.count ? left[index] : 0
        let y = index < right.count ? right[index] : 0
        difference |= x ^ y
    }
    return difference == 0 && left.count == right.count
}

/// One server-sent event: `event: <name>` and the JSON of `value` as its data.
func serverSentEvent(_ name: String, _ value: some Encodable) -> ByteBuffer {
    let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
    var buffer = ByteBuffer(string: "event: \(name)\ndata: ")
    buffer.writeBytes(data)
    buffer.writeString("\n\n")
    return buffer
}

#endif
