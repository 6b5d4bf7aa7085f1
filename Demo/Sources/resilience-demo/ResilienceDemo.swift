import ArgumentParser
import Foundation
import Logging
import Metrics
import Prometheus
import Resilience
import ResilienceAdmin
import ServiceLifecycle

/// The demo: a storefront whose real dependencies fail on command.
///
/// Three upstream services (`payments`, `inventory`, `recommendations`, each a real HTTP server on loopback), a
/// database (SQLite in a temporary folder, or PostgreSQL) and the disk sit behind a Hummingbird storefront; a load
/// generator sends it traffic; the admin server shows every integration point on its dashboard and lets an operator
/// make any dependency hang, fail, slow down, go away or change its contract.
@main
struct ResilienceDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resilience-demo",
        abstract: "A storefront whose real dependencies fail on command, protected by swift-resilience.",
        discussion: """
            Open the dashboard (http://127.0.0.1:9090/ by default), press a chaos button (payments: hang, say) and \
            watch the breaker open while the storefront stays fast; press healthy and watch it close. Or use the \
            admin API: curl -X PUT -H "Authorization: Bearer TOKEN" -d '{"mode": "hang"}' \
            http://127.0.0.1:9090/api/v1/chaos/payments
            """
    )

    @Option(help: "The storefront's port on 127.0.0.1.")
    var port = 8080

    @Option(help: "The admin server's port on 127.0.0.1: dashboard, chaos panel, admin API, metrics.")
    var adminPort = 9090

    @Option(help: "The admin token that chaos and breaker controls need; generated and printed when not given.")
    var adminToken: String?

    @Option(help: "Requests per second the load generator sends to the storefront; 0 turns it off.")
    var load = 20.0

    @Option(help: "Seconds to run; by default until SIGINT or SIGTERM.")
    var duration: Double?

    @Option(help: "A PostgreSQL URL (postgres://user:password@host:port/database) for the orders; SQLite otherwise.")
    var postgresURL: String?

    @Option(help: "The log level of the demo's own log lines on standard error.")
    var logLevel: Logger.Level = .warning

    @Flag(help: "Print the status line as a new line each second, not refreshed in place (as it is on a terminal).")
    var plain = false

    func validate() throws {
        guard (0...65_535).contains(self.port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (0...65_535).contains(self.adminPort) else {
            throw ValidationError("--admin-port must be from 0 to 65535")
        }
        guard self.load >= 0, self.load <= 10_000 else { throw ValidationError("--load must be from 0 to 10000") }
        if let duration, !(duration > 0 && duration <= 31_536_000) {
            throw ValidationError("--duration must be greater than 0 and at most a year (31536000)")
        }
        if let token = self.adminToken, token.isEmpty { throw ValidationError("--admin-token must not be empty") }
        if let url = self.postgresURL { _ = try PostgresURL.configuration(from: url) }
    }

    func run() async throws {
        let level = self.logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let prometheus = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: prometheus))
        let logger = Logger(label: "resilience-demo")
        let token = self.adminToken ?? Self.generatedToken()

        let registry = ResilienceRegistry()
        let upstreams = try await Upstreams.start()
        let store = try await Storefront.make(
            registry: registry,
            upstreams: upstreams,
            postgresURL: self.postgresURL,
            logger: logger
        )
        let admin = AdminServer(
            registry: registry,
            configuration: .init(port: self.adminPort, bearerToken: token),
            prometheus: prometheus,
            reporter: ResilienceMetricsReporter(registry: registry),
            logger: Logger(label: "resilience-demo.admin"),
            chaosTargets: upstreams.chaosTargets + store.chaosTargets
        )
        // How late the cooperative pool runs a 10 ms probe: the dashboard's "Scheduling" tile.
        let watchdog = StarvationWatchdog()
        try registry.register(watchdog)

        let storefrontURL = "http://127.0.0.1:\(self.port)"
        let load = LoadGenerator(target: storefrontURL, rate: self.load, logger: logger)
        let status = StatusLine(
            registry: registry,
            load: load,
            refreshInPlace: !self.plain && isatty(STDOUT_FILENO) == 1
        )

        print(
            """
            swift-resilience demo
              storefront       \(storefrontURL)  (GET /products, POST /orders, GET /orders/{id})
              dashboard        http://127.0.0.1:\(self.adminPort)/  (chaos panel at the bottom)
              admin token      \(token)
              upstreams        payments :\(upstreams.payments.port), inventory :\(upstreams.inventory.port), \
            recommendations :\(upstreams.recommendations.port)
              database         \(store.databaseDescription)
              load             \(self.load == 0 ? "off" : "\(self.load) requests/s")
            Make payments hang:  curl -X PUT -H 'Authorization: Bearer \(token)' -d '{"mode":"hang"}' \
            http://127.0.0.1:\(self.adminPort)/api/v1/chaos/payments

            """
        )
        fflush(nil)

        var services = store.services
        services += [admin, watchdog, store.application(port: self.port), load, status]
        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        let outcome = await withTaskGroup(of: Result<Void, any Error>?.self) { tasks in
            tasks.addTask {
                do {
                    try await group.run()
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
            if let duration = self.duration {
                tasks.addTask {
                    try? await Task.sleep(for: .milliseconds(Int(duration * 1000)))
                    await group.triggerGracefulShutdown()
                    return nil
                }
            }
            // The group's outcome; the timer, if it is still waiting, is cancelled.
            while let next = await tasks.next() {
                guard let outcome = next else { continue }
                tasks.cancelAll()
                return outcome
            }
            return Result<Void, any Error>.success(())
        }
        status.finish()
        await store.close()
        try await upstreams.stop()
        try outcome.get()
        print("stopped")
    }

    /// 24 random hexadecimal digits.
    static func generatedToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<3).map { _ in String(generator.next() as UInt32, radix: 16) }
            .map { String(repeating: "0", count: 8 - $0.count) + $0 }.joined()
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
