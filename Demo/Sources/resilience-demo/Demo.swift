import CoreMetrics
import Logging
import Prometheus
import Resilience
import ResilienceAdmin
import ResilienceTesting
import ServiceLifecycle

/// The runnable demo: a service calls a simulated payments provider through a circuit breaker. The provider is
/// healthy, then fails, then recovers; the demo prints every state change of the breaker and what the callers saw in
/// each phase. No external server is needed.
///
/// `resilience-demo --admin-port 9090 [--admin-token TOKEN] [--duration SECONDS]` also serves the admin API, the
/// dashboard and Prometheus metrics on 127.0.0.1, adds more integration points with traffic of their own
/// (``BackgroundTraffic``), and repeats the phases until the duration (default 60 s) has passed: open
/// `http://127.0.0.1:9090/`, or point a Prometheus at `127.0.0.1:9090/metrics`, to watch the breaker open and close.
@main
struct Demo {
    static func main() async throws {
        let options = Options(CommandLine.arguments.dropFirst())
        guard let port = options.adminPort else {
            try await Self.run(options: options, metricsFactory: MetricsSystem.factory, registry: ResilienceRegistry())
            return
        }
        let prometheus = PrometheusCollectorRegistry()
        let registry = ResilienceRegistry()
        let admin = AdminServer(
            registry: registry,
            configuration: .init(port: port, bearerToken: options.adminToken),
            prometheus: prometheus,
            reporter: ResilienceMetricsReporter(
                registry: registry,
                metricsFactory: PrometheusMetricsFactory(registry: prometheus)
            ),
            logger: Logger(label: "resilience-demo.admin")
        )
        // How late the cooperative pool runs a 10 ms probe: the dashboard's "Scheduling" tile.
        let watchdog = StarvationWatchdog(metricsFactory: PrometheusMetricsFactory(registry: prometheus))
        try registry.register(watchdog)
        print("admin API and metrics on http://127.0.0.1:\(port) for \(options.duration)\n")
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await admin.run() }
            group.addTask { try await watchdog.run() }
            group.addTask {
                let traffic = BackgroundTraffic(
                    registry: registry,
                    metricsFactory: PrometheusMetricsFactory(registry: prometheus)
                )
                try await traffic.run()
            }
            group.addTask {
                try await Self.run(
                    options: options,
                    metricsFactory: PrometheusMetricsFactory(registry: prometheus),
                    registry: registry
                )
            }
            try await group.next()
            group.cancelAll()
        }
    }

    static func run(options: Options, metricsFactory: any MetricsFactory, registry: ResilienceRegistry) async throws {
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 20)
        configuration.minimumNumberOfCalls = 10
        configuration.failureRateThreshold = 0.5
        configuration.waitDurationInOpenState = .milliseconds(500)
        configuration.permittedCallsInHalfOpenState = 3
        configuration.automaticTransitionFromOpenToHalfOpen = true

        // The breaker logs each transition at info; the demo prints them itself, so its logger shows warnings only.
        var logger = Logger(label: "resilience-demo")
        logger.logLevel = .warning
        let breaker = try CircuitBreaker(
            name: "payments",
            configuration: configuration,
            logger: logger,
            metricsFactory: metricsFactory
        )
        let point = try registry.register("payments", pipeline: ResiliencePipeline { breaker })
        let payments = SimulatedDependency(latency: .milliseconds(2))
        let start = ContinuousClock.now
        let stamp: @Sendable () -> String = {
            let elapsed = ContinuousClock.now - start
            let millis = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            let text = "\(millis) ms"
            return String(repeating: " ", count: max(0, 8 - text.count)) + text
        }

        print("swift-resilience demo: a circuit breaker in front of a simulated payments provider\n")

        let events = breaker.events
        let printer = Task {
            for await event in events {
                guard case .stateTransition(let transition) = event else { continue }
                let rate =
                    transition.metrics.failureRate.map { "failure rate \(Int($0 * 100))%" } ?? "no failure rate yet"
                print("\(stamp())  breaker \(transition.from) -> \(transition.to)  (\(transition.reason), \(rate))")
            }
        }

        let phases: [(label: String, health: SimulatedDependency.Health, length: Duration)] = [
            ("healthy", .healthy, .milliseconds(600)),
            ("failing", .failing, .milliseconds(1500)),
            ("recovered", .healthy, .milliseconds(1000)),
        ]
        // Once without the admin server; with it, again and again until the duration has passed.
        let end = ContinuousClock.now + options.duration
        repeat {
            for phase in phases {
                payments.set(phase.health)
                print("\(stamp())  -- the provider is \(phase.label) for \(phase.length)")
                let tally = await Self.callRepeatedly(point, payments: payments, for: phase.length)
                print(
                    "\(stamp())     \(tally.succeeded) succeeded, \(tally.failed) failed at the provider, "
                        + "\(tally.rejected) rejected fast by the breaker"
                )
            }
        } while options.adminPort != nil && ContinuousClock.now < end

        let metrics = breaker.metrics
        print(
            "\nfinal state: \(breaker.state); window: \(metrics.numberOfBufferedCalls) calls, "
                + "\(metrics.numberOfFailedCalls) failed"
        )
        printer.cancel()
    }

    /// Four callers call the provider through the breaker until `length` has passed.
    static func callRepeatedly(
        _ point: IntegrationPoint<CircuitBreaker>,
        payments: SimulatedDependency,
        for length: Duration
    ) async -> Tally {
        let end = ContinuousClock.now + length
        return await withTaskGroup(of: Tally.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var tally = Tally()
                    while ContinuousClock.now < end {
                        do {
                            _ = try await point.run { try await payments.call() }
                            tally.succeeded += 1
                        } catch is CircuitBreakerOpenError {
                            tally.rejected += 1
                            try? await Task.sleep(for: .milliseconds(5))
                        } catch {
                            tally.failed += 1
                        }
                    }
                    return tally
                }
            }
            return await group.reduce(into: Tally()) { total, tally in
                total.succeeded += tally.succeeded
                total.failed += tally.failed
                total.rejected += tally.rejected
            }
        }
    }
}

/// What the callers saw in one phase.
struct Tally: Sendable {
    var succeeded = 0
    var failed = 0
    var rejected = 0
}

/// The demo's command line: `--admin-port N`, `--admin-token TOKEN`, `--duration SECONDS`.
struct Options {
    var adminPort: Int?
    var adminToken: String?
    var duration: Duration = .seconds(60)

    init(_ arguments: some Collection<String>) {
        var arguments = Array(arguments)
        while !arguments.isEmpty {
            let name = arguments.removeFirst()
            let value = arguments.isEmpty ? nil : arguments.removeFirst()
            switch name {
            case "--admin-port": self.adminPort = value.flatMap(Int.init)
            case "--admin-token": self.adminToken = value
            case "--duration": self.duration = .seconds(value.flatMap(Int.init) ?? 60)
            default:
                print("unknown option \(name); options: --admin-port N, --admin-token TOKEN, --duration SECONDS")
            }
        }
    }
}
