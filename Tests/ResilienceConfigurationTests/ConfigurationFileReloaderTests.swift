// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

import Foundation
import InMemoryLogging
import Logging
import Resilience
import ResilienceConfiguration
import ResilienceTesting
import ServiceLifecycle
import Testing

@Suite("Configuration file reloader")
struct ConfigurationFileReloaderTests {
    static func document(threshold: String) -> String {
        "instances: { payments: { circuitBreaker: { failureRateThreshold: \(threshold) } } }"
    }

    @Test(.timeLimit(.minutes(1)))
    func appliesTheFileWhenItChangesAndKeepsTheRunningConfigurationWhenItIsBad() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("resilience-\(UUID()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.document(threshold: "0.5").write(toFile: path, atomically: true, encoding: .utf8)

        let clock = ManualClock()
        let registry = ResilienceRegistry()
        let configured = ConfiguredIntegrationPoints(registry: registry, clock: clock)
        let logs = InMemoryLogHandler()
        let reloader = ConfigurationFileReloader(
            contentsOfFile: path,
            applyingTo: configured,
            every: .seconds(5),
            clock: clock,
            logger: Logger(label: "test", factory: { _ in logs })
        )
        var events = registry.events.makeAsyncIterator()
        let group = ServiceGroup(services: [reloader], gracefulShutdownSignals: [], logger: Logger(label: "group"))
        let running = Task { try await group.run() }

        #expect(await events.next() == ResilienceEvent(integrationPoint: "payments", key: nil, kind: .registered))
        let breaker = try #require(registry.circuitBreaker(named: "payments"))
        #expect(breaker.configuration.failureRateThreshold == 0.5)

        try await clock.waitForSleepers()
        try Self.document(threshold: "0.75").write(toFile: path, atomically: true, encoding: .utf8)
        await clock.advance(by: .seconds(5))
        #expect(await events.next() == ResilienceEvent(integrationPoint: "payments", key: nil, kind: .reconfigured))
        #expect(breaker.configuration.failureRateThreshold == 0.75)

        try await clock.waitForSleepers()
        try Self.document(threshold: "1.5").write(toFile: path, atomically: true, encoding: .utf8)
        await clock.advance(by: .seconds(5))
        try await clock.waitForSleepers()  // the check of the bad file is over
        #expect(breaker.configuration.failureRateThreshold == 0.75, "a bad file changes nothing")
        let rejected = try #require(logs.entries.first { $0.level == .error })
        #expect(rejected.message.description == "configuration rejected, the running configuration stays")
        #expect("\(rejected.metadata["configuration.problems"] ?? "")".contains("failureRateThreshold: 1.5 is invalid"))
        #expect(logs.entries.filter { $0.level == .info }.count == 2, "applied at start and after the change")

        await group.triggerGracefulShutdown()
        try await running.value
    }
}

#endif
