import CoreMetrics
import Logging
import Resilience
import ResilienceTesting

/// With the admin server on, more integration points for the dashboard, each with its own policies and a simulated
/// dependency of its own character, called by a few tasks until cancelled (a few hundred calls per second in all).
struct BackgroundTraffic {
    let registry: ResilienceRegistry
    let metricsFactory: any MetricsFactory

    func run() async throws {
        var quiet = Logger(label: "resilience-demo")
        quiet.logLevel = .warning
        let logger = quiet
        let factory = self.metricsFactory

        // Inventory answers in 1-8 ms; one call in 40 hangs for 300 ms, ignoring cancellation: the 100 ms timeout
        // answers its caller and counts the call as abandoned work while it runs on.
        let inventory = try self.registry.register(
            "inventory",
            pipeline: ResiliencePipeline {
                try CircuitBreaker(name: "inventory", logger: logger, metricsFactory: factory)
                Timeout(.milliseconds(100), name: "inventory", logger: logger)
                try Bulkhead(name: "inventory", maxConcurrentCalls: 8, logger: logger)
            }
        )
        // Search fails one call in ten, which a retry mostly hides, and refuses one in 50 (a contract violation).
        let search = try self.registry.register(
            "search",
            pipeline: ResiliencePipeline {
                try Retry(name: "search", maxAttempts: 3, backoff: .constant(.milliseconds(2)), logger: logger)
                try CircuitBreaker(name: "search", logger: logger, metricsFactory: factory)
            }
        )
        // A partner API, one point per host: host b is slow (20-40 ms) and its two-permit bulkhead turns callers away
        // (outside the breaker: a full bulkhead says nothing about the host's health).
        let partners = try self.registry.registerKeyed("partner-api", maxInstances: 10) { host in
            try ResiliencePipeline {
                try Bulkhead(name: "partner-api \(host)", maxConcurrentCalls: 2, logger: logger)
                try CircuitBreaker(name: "partner-api \(host)", logger: logger, metricsFactory: factory)
            }
        }

        await withDiscardingTaskGroup { group in
            for _ in 0..<3 {
                group.addTask {
                    await Self.repeatedly(pause: .milliseconds(10)) {
                        try await inventory.run {
                            if Int.random(in: 0..<40) == 0 {
                                await sleepIgnoringCancellation(.milliseconds(300))
                            } else {
                                try await Task.sleep(for: .milliseconds(Int.random(in: 1...8)))
                            }
                        }
                    }
                }
            }
            group.addTask {
                await Self.repeatedly(pause: .milliseconds(5)) {
                    try await search.run {
                        try await Task.sleep(for: .microseconds(Int.random(in: 500...3_000)))
                        switch Int.random(in: 0..<50) {
                        case 0..<5: throw SimulatedDependency.Unavailable()
                        case 5:
                            // The search service refuses one query in 50 (a changed contract): no retry, no breaker.
                            throw ClassifiedFailure(
                                SimulatedDependency.Unavailable(),
                                outcome: .contractViolation(reason: "http_422")
                            )
                        default: break
                        }
                    }
                }
            }
            for host in ["a.example", "b.example", "b.example", "b.example"] {
                group.addTask {
                    await Self.repeatedly(pause: .milliseconds(3)) {
                        try await partners.run(key: host) {
                            let milliseconds = host == "a.example" ? Int.random(in: 2...6) : Int.random(in: 20...40)
                            try await Task.sleep(for: .milliseconds(milliseconds))
                        }
                    }
                }
            }
        }
    }

    /// Calls `body` with a pause after each call, ignoring its errors, until the task is cancelled.
    static func repeatedly(pause: Duration, _ body: @Sendable () async throws -> Void) async {
        while !Task.isCancelled {
            try? await body()
            try? await Task.sleep(for: pause)
        }
    }
}
