// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

import Foundation
public import Logging
public import ServiceLifecycle

/// A service that applies a configuration file again whenever it changes: run it in your `ServiceGroup`.
///
/// ```swift
/// let configured = ConfiguredIntegrationPoints(registry: registry)
/// try configured.apply(contentsOfFile: "resilience.yaml")      // fail startup on a bad file
/// let reloader = ConfigurationFileReloader(contentsOfFile: "resilience.yaml", applyingTo: configured)
/// let group = ServiceGroup(services: [server, reloader], logger: logger)
/// try await group.run()
/// ```
///
/// Every `interval` it reads the file and, when its text changed, applies it. A changed file with problems is
/// rejected whole and logged at error level with every problem; the running configuration stays, and the file is
/// read again at the next interval, so fixing it is enough. An applied change is logged at info level. The service
/// ends on graceful shutdown or cancellation.
public struct ConfigurationFileReloader: Service {
    private let path: String
    private let points: ConfiguredIntegrationPoints
    private let interval: Duration
    private let sleep: @Sendable (Duration) async throws -> Void
    private let logger: Logger

    /// Creates the service.
    ///
    /// - Parameters:
    ///   - path: The file: JSON when its name ends in `.json`, YAML otherwise.
    ///   - points: The configured points to keep in step with it.
    ///   - interval: How often the file is read. Default 5 seconds.
    ///   - clock: The clock of the interval. Tests pass a `ManualClock`.
    ///   - logger: Where applied and rejected changes are logged.
    public init<C: Clock<Duration>>(
        contentsOfFile path: String,
        applyingTo points: ConfiguredIntegrationPoints,
        every interval: Duration = .seconds(5),
        clock: C = ContinuousClock(),
        logger: Logger = Logger(label: "resilience.configuration")
    ) {
        self.path = path
        self.points = points
        self.interval = interval
        self.sleep = { try await clock.sleep(for: $0) }
        self.logger = logger
    }

    /// Reads and applies the file until graceful shutdown or cancellation.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            var applied: String? = nil
            while true {
                applied = self.reloadIfChanged(since: applied)
                do {
                    try await self.sleep(self.interval)
                } catch {
                    return
                }
            }
        }
    }

    /// Applies the file when its text differs from `previous`; returns the text read.
    private func reloadIfChanged(since previous: String?) -> String? {
        let text: String
        do {
            text = try String(contentsOfFile: self.path, encoding: .utf8)
        } catch {
            self.logger.error(
                "configuration file cannot be read",
                metadata: ["configuration.file": "\(self.path)", "error": "\(error)"]
            )
            return previous
        }
        guard text != previous else { return previous }
        do {
            try self.points.apply(ResilienceDocument(text: text, fileName: self.path))
            self.logger.info(
                "configuration applied",
                metadata: ["configuration.file": "\(self.path)", "configuration.instances": "\(self.points.names)"]
            )
        } catch {
            self.logger.error(
                "configuration rejected, the running configuration stays",
                metadata: [
                    "configuration.file": "\(self.path)",
                    "configuration.problems": .array(error.problems.map { .string($0.description) }),
                ]
            )
        }
        return text
    }
}

#endif
