import Foundation
import NIOConcurrencyHelpers
import Resilience
import ServiceLifecycle

/// The terminal line, refreshed each second: requests per second, error rate and p99 latency of the load generator's
/// requests, and each breaker's state; above it, a line for each breaker transition and operator action as it happens.
final class StatusLine: Service, Sendable {
    let registry: ResilienceRegistry
    let load: LoadGenerator
    let refreshInPlace: Bool
    private let start = ContinuousClock.now
    private let lastLength = NIOLockedValueBox(0)

    init(registry: ResilienceRegistry, load: LoadGenerator, refreshInPlace: Bool) {
        self.registry = registry
        self.load = load
        self.refreshInPlace = refreshInPlace
    }

    func run() async throws {
        let events = self.registry.events(bufferingNewest: 256)
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    for await event in events {
                        guard let line = Self.describe(event) else { continue }
                        self.printAbove("\(self.stamp())  \(line)")
                    }
                }
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(1))
                        self.printStatus(self.status())
                    }
                }
            }
        }
    }

    /// Ends the refreshed line, so that what follows starts on a line of its own.
    func finish() {
        if self.refreshInPlace { print("") }
    }

    private func status() -> String {
        let interval = self.load.takeInterval()
        let errorRate = interval.requests == 0 ? 0 : Double(interval.errors) / Double(interval.requests) * 100
        let p99 = interval.p99.map { Self.milliseconds($0) } ?? "–"
        var parts = [
            "\(interval.requests) req/s", String(format: "errors %.1f %%", errorRate), "p99 \(p99)",
        ]
        if interval.dropped > 0 { parts.append("\(interval.dropped) dropped") }
        let breakers = self.registry.snapshot().flatMap { point in
            point.policies.filter { $0.kind == "circuit_breaker" }.map { (point.name, $0.state ?? "?") }
        }
        parts.append(
            breakers.map { "\($0.0) \($0.1.replacingOccurrences(of: "_", with: "-"))" }.joined(separator: ", ")
        )
        return parts.joined(separator: " · ")
    }

    private func printStatus(_ line: String) {
        if self.refreshInPlace {
            let padding = String(repeating: " ", count: max(0, self.lastLength.withLockedValue { $0 } - line.count))
            self.lastLength.withLockedValue { $0 = line.count }
            print("\r\(line)\(padding)", terminator: "")
        } else {
            print("\(self.stamp())  \(line)")
        }
        fflush(nil)
    }

    private func printAbove(_ line: String) {
        if self.refreshInPlace {
            let clear = String(repeating: " ", count: self.lastLength.withLockedValue { $0 })
            print("\r\(clear)\r\(line)")
        } else {
            print(line)
        }
        fflush(nil)
    }

    /// A breaker transition, an operator action or a chaos change, in a few words.
    static func describe(_ event: ResilienceEvent) -> String? {
        switch event.kind {
        case .circuitBreakerTransition(let name, let transition):
            let rate = transition.metrics.failureRate.map { String(format: ", failure rate %.0f %%", $0 * 100) } ?? ""
            return
                "breaker \(name): \(transition.from.rawValue) → \(transition.to.rawValue) (\(transition.reason)\(rate))"
        case .operatorAction(let name, let action):
            return "operator: \(action) on breaker \(name)"
        case .chaosChanged(let target, let setting):
            return "chaos: \(target) is now \(setting)"
        case .schedulingStall(let watchdog, let stalledFor):
            return "stall: \(watchdog) saw the cooperative pool stall for \(stalledFor)"
        case .registered, .removed, .reconfigured:
            return nil
        }
    }

    private func stamp() -> String {
        String(format: "%7.1f s", (ContinuousClock.now - self.start).inSeconds)
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let ms = duration.inSeconds * 1000
        return ms < 10 ? String(format: "%.1f ms", ms) : String(format: "%.0f ms", ms)
    }
}
