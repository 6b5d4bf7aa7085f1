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
/// The reporter knows no policy by type: it writes every ``PolicySnapshot/Measurement`` that carries a
/// ``PolicySnapshot/Metric`` in the ``MonitoredPolicy/snapshot`` of each component of each integration point, with the
/// policy's name as the `name` dimension. Your own policies' metrics appear the same way. Ours are:
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
/// | `resilience_integration_point_calls_total` | counter, from ``IntegrationPoint/statistics`` | `name`, `key` (empty for a point without one), `kind`: `successful`, `failed`, `rejected`, `contract_violation` |
///
/// The metrics of a policy that left the registry (an evicted keyed point) are destroyed at the next report, so that
/// their series disappear from the backend.
public final class ResilienceMetricsReporter: Service, Sendable {
    private let registry: ResilienceRegistry
    private let factory: any MetricsFactory
    private let interval: Duration
    private let sleep: @Sendable (Duration) async throws -> Void
    private let reported = LockedValue<[MetricsSource: PolicyMetrics]>([:])

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
        let points = self.registry.integrationPoints
        // Each point's calls, then each policy's numbers: one path writes both.
        let snapshots =
            points.map { (MetricsSource.point(ObjectIdentifier($0)), $0.callsSnapshot) }
            + points.flatMap(\.components).map(\.snapshot).map {
                (MetricsSource.policy(kind: $0.kind, name: $0.name), $0)
            }
        self.reported.withLock { reported in
            var seen = Set<MetricsSource>()
            for (source, snapshot) in snapshots {
                let measured = snapshot.measurements.filter { $0.metric != nil }
                guard !measured.isEmpty else { continue }
                // Two policies of one kind and name write one series, as Prometheus would see them anyway.
                guard seen.insert(source).inserted else { continue }
                if reported[source] == nil {
                    reported[source] = PolicyMetrics(for: snapshot, factory: self.factory)
                }
                reported[source]?.update(from: measured)
            }
            for (source, metrics) in reported where !seen.contains(source) {
                metrics.destroy()
                reported.removeValue(forKey: source)
            }
        }
    }
}

extension IntegrationPointProtocol {
    /// The point's calls by outcome, as `resilience_integration_point_calls_total{name,key,kind}` counters.
    fileprivate var callsSnapshot: PolicySnapshot {
        let statistics = self.statistics
        let key = PolicySnapshot.Metric.Dimension("key", self.key ?? "")
        func calls(_ kind: String, _ count: Int) -> PolicySnapshot.Measurement {
            .init(
                kind,
                Double(count),
                metric: .counter("resilience_integration_point_calls_total", key, .init("kind", kind))
            )
        }
        return PolicySnapshot(
            kind: "integration_point",
            name: self.name,
            measurements: [
                calls("successful", statistics.successfulCalls),
                calls("failed", statistics.failedCalls),
                calls("rejected", statistics.rejectedCalls),
                calls("contract_violation", statistics.contractViolations),
            ]
        )
    }
}

/// What tells metrics apart: an integration point (its calls), or a policy by kind and name (the `name` dimension).
private enum MetricsSource: Hashable {
    case point(ObjectIdentifier)
    case policy(kind: String, name: String)
}

/// The metric objects of one policy or point, one per measurement that has a metric, in the snapshot's order.
private struct PolicyMetrics {
    private enum Instrument {
        case gauge(Gauge)
        case counter(Counter, last: Double)
    }

    private var instruments: [String: Instrument] = [:]

    init(for snapshot: PolicySnapshot, factory: any MetricsFactory) {
        for measurement in snapshot.measurements {
            guard let metric = measurement.metric else { continue }
            let dimensions = [("name", snapshot.name)] + metric.dimensions.map { ($0.name, $0.value) }
            switch metric.kind {
            case .gauge:
                self.instruments[measurement.name] = .gauge(
                    Gauge(label: metric.label, dimensions: dimensions, factory: factory)
                )
            case .counter:
                self.instruments[measurement.name] = .counter(
                    Counter(label: metric.label, dimensions: dimensions, factory: factory),
                    last: 0
                )
            }
        }
    }

    mutating func update(from measurements: [PolicySnapshot.Measurement]) {
        for measurement in measurements {
            switch self.instruments[measurement.name] {
            case .gauge(let gauge):
                gauge.record(measurement.value)
            case .counter(let counter, let last) where measurement.value > last:
                counter.increment(by: Int64(measurement.value - last))
                self.instruments[measurement.name] = .counter(counter, last: measurement.value)
            case .counter, .none:
                break
            }
        }
    }

    func destroy() {
        for instrument in self.instruments.values {
            switch instrument {
            case .gauge(let gauge): gauge.destroy()
            case .counter(let counter, _): counter.destroy()
            }
        }
    }
}
