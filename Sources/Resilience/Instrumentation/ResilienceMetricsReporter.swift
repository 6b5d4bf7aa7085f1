public import CoreMetrics
public import ServiceLifecycle

/// Writes the metrics of every policy of a registry that the policies keep as numbers rather than report as events:
/// retry and timeout outcome counts, bulkhead and rate limiter capacity, abandoned operations, the adaptive limit.
///
/// Those numbers are counted by each policy with an atomic addition, or are part of its state; turning each change
/// into a metrics call would cost every guarded call a few dozen nanoseconds. The reporter reads them instead, every
/// `interval` when run as a swift-service-lifecycle `Service`, or when asked with ``report()`` (an admin server calls
/// it before rendering `/metrics`, so a scrape always sees current values). Counters grow by what the policy counted
/// since the previous report. Circuit breakers report their own metrics as they happen and are not handled here.
///
/// | metric | type | labels |
/// |---|---|---|
/// | `resilience_retry_calls_total` | counter | `name`, `kind`: `successful_without_retry`, `successful_with_retry`, `failed_without_retry`, `failed_with_retry` |
/// | `resilience_timeout_calls_total` | counter | `name`, `kind`: `successful`, `failed`, `timed_out` |
/// | `resilience_timeout_abandoned_operations` | gauge, abandoned operations still running | `name` |
/// | `resilience_bulkhead_available_concurrent_calls` | gauge | `name` |
/// | `resilience_bulkhead_max_allowed_concurrent_calls` | gauge | `name` |
/// | `resilience_ratelimiter_available_permissions` | gauge | `name` |
/// | `resilience_adaptive_concurrency_limit` | gauge | `name` |
/// | `resilience_adaptive_concurrency_in_flight` | gauge | `name` |
///
/// The metrics of a policy that left the registry (an evicted keyed point) are destroyed at the next report, so that
/// their series disappear from the backend.
public final class ResilienceMetricsReporter: Service, Sendable {
    private let registry: ResilienceRegistry
    private let factory: any MetricsFactory
    private let interval: Duration
    private let sleep: @Sendable (Duration) async throws -> Void
    private let reported = LockedValue<[ObjectIdentifier: PolicyMetrics]>([:])

    /// Creates a reporter for every policy of `registry`'s integration points.
    ///
    /// - Parameters:
    ///   - registry: The integration points to report.
    ///   - metricsFactory: Where the metrics are made. Defaults to `MetricsSystem.factory`.
    ///   - interval: How often ``run()`` reports. Default 1 second.
    ///   - clock: The clock of the interval. Tests pass a `ManualClock`.
    public init<C: Clock<Duration>>(
        registry: ResilienceRegistry,
        metricsFactory: any MetricsFactory = MetricsSystem.factory,
        interval: Duration = .seconds(1),
        clock: C = ContinuousClock()
    ) {
        self.registry = registry
        self.factory = metricsFactory
        self.interval = interval
        self.sleep = { try await clock.sleep(for: $0) }
    }

    /// Reports every `interval` until graceful shutdown or cancellation.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while true {
                self.report()
                do {
                    try await self.sleep(self.interval)
                } catch {
                    return
                }
            }
        }
    }

    /// Writes the current numbers of every policy now.
    public func report() {
        let components = self.registry.integrationPoints.flatMap(\.components)
        self.reported.withLock { reported in
            var seen = Set<ObjectIdentifier>()
            for component in components {
                guard let id = component.metricsIdentity else { continue }
                seen.insert(id)
                if reported[id] == nil {
                    reported[id] = PolicyMetrics(for: component, factory: self.factory)
                }
                reported[id]?.update(from: component)
            }
            for (id, metrics) in reported where !seen.contains(id) {
                metrics.destroy()
                reported.removeValue(forKey: id)
            }
        }
    }
}

extension PolicyComponent {
    /// The object whose lifetime is the policy's, or `nil` for a policy the reporter has nothing to say about.
    fileprivate var metricsIdentity: ObjectIdentifier? {
        switch self {
        case .retry(let retry): ObjectIdentifier(retry)
        case .timeout(let timeout): ObjectIdentifier(timeout.abandonedWork)
        case .bulkhead(let bulkhead): ObjectIdentifier(bulkhead)
        case .rateLimiter(let limiter): ObjectIdentifier(limiter)
        case .adaptiveConcurrencyLimiter(let limiter): ObjectIdentifier(limiter)
        case .circuitBreaker, .hedging, .other: nil
        }
    }
}

/// The metric objects of one policy, and what its counters showed at the last report.
private struct PolicyMetrics {
    private var counters: [Counter] = []
    private var lastCounts: [Int] = []
    private var gauges: [Gauge] = []

    init(for component: PolicyComponent, factory: any MetricsFactory) {
        let named = [("name", component.name)]
        func counters(_ label: String, _ kinds: [String]) -> [Counter] {
            kinds.map { Counter(label: label, dimensions: named + [("kind", $0)], factory: factory) }
        }
        func gauge(_ label: String) -> Gauge {
            Gauge(label: label, dimensions: named, factory: factory)
        }
        switch component {
        case .retry:
            self.counters = counters(
                "resilience_retry_calls_total",
                ["successful_without_retry", "successful_with_retry", "failed_without_retry", "failed_with_retry"]
            )
        case .timeout:
            self.counters = counters("resilience_timeout_calls_total", ["successful", "failed", "timed_out"])
            self.gauges = [gauge("resilience_timeout_abandoned_operations")]
        case .bulkhead:
            self.gauges = [
                gauge("resilience_bulkhead_available_concurrent_calls"),
                gauge("resilience_bulkhead_max_allowed_concurrent_calls"),
            ]
        case .rateLimiter:
            self.gauges = [gauge("resilience_ratelimiter_available_permissions")]
        case .adaptiveConcurrencyLimiter:
            self.gauges = [
                gauge("resilience_adaptive_concurrency_limit"), gauge("resilience_adaptive_concurrency_in_flight"),
            ]
        case .circuitBreaker, .hedging, .other:
            break
        }
        self.lastCounts = Array(repeating: 0, count: self.counters.count)
    }

    mutating func update(from component: PolicyComponent) {
        switch component {
        case .retry(let retry):
            let metrics = retry.metrics
            self.count([
                metrics.successfulWithoutRetry, metrics.successfulWithRetry, metrics.failedWithoutRetry,
                metrics.failedWithRetry,
            ])
        case .timeout(let timeout):
            let metrics = timeout.metrics
            self.count([metrics.successful, metrics.failed, metrics.timedOut])
            self.gauges[0].record(timeout.abandonedWork.numberOfRunningOperations)
        case .bulkhead(let bulkhead):
            let metrics = bulkhead.metrics
            self.gauges[0].record(metrics.availableConcurrentCalls)
            self.gauges[1].record(metrics.maxAllowedConcurrentCalls)
        case .rateLimiter(let limiter):
            self.gauges[0].record(limiter.metrics.availablePermissions)
        case .adaptiveConcurrencyLimiter(let limiter):
            let metrics = limiter.metrics
            self.gauges[0].record(metrics.limit)
            self.gauges[1].record(metrics.inFlight)
        case .circuitBreaker, .hedging, .other:
            break
        }
    }

    /// Adds to each counter what the policy counted since the last report.
    private mutating func count(_ counts: [Int]) {
        for (index, count) in counts.enumerated() where count > self.lastCounts[index] {
            self.counters[index].increment(by: count - self.lastCounts[index])
            self.lastCounts[index] = count
        }
    }

    func destroy() {
        for counter in self.counters { counter.destroy() }
        for gauge in self.gauges { gauge.destroy() }
    }
}
