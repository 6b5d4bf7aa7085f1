// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import CoreMetrics
public import Resilience
import Synchronization

/// How callers waited for a connection from the pool: the seed's "waiting for a connection from the pool because
/// some threads have been blocked", made visible.
public struct ConnectionWaitStatistics: Sendable, Hashable {
    /// Callers waiting for a connection now.
    public var waiting: Int
    /// Connections leased through the client, in all.
    public var waits: Int
    /// How long the leases of the last 5 to 10 seconds waited, or `nil` when there were none.
    public var recent: CallStatistics.Latency?

    /// Creates statistics.
    public init(waiting: Int, waits: Int, recent: CallStatistics.Latency?) {
        self.waiting = waiting
        self.waits = waits
        self.recent = recent
    }
}

/// The waits for a connection of one ``ResilientPostgresClient``: counted, timed into a recent histogram and the
/// `resilience_postgres_connection_wait_seconds` timer, and shown among the integration point's components (kind
/// `postgres_pool`) with the gauge `resilience_postgres_connections_waiting`.
final class ConnectionWaits: MonitoredPolicy, Sendable {
    let name: String
    private let waitingNow = Atomic<Int>(0)
    private let latencies = RecentLatencies()
    private let timer: CoreMetrics.Timer

    init(name: String, metricsFactory: any MetricsFactory) {
        self.name = name
        self.timer = CoreMetrics.Timer(
            label: "resilience_postgres_connection_wait_seconds",
            dimensions: [("name", name)],
            preferredDisplayUnit: .seconds,
            factory: metricsFactory
        )
    }

    /// A caller starts waiting; returns when.
    func begin() -> Int64 {
        self.waitingNow.wrappingAdd(1, ordering: .relaxed)
        return self.latencies.now()
    }

    /// The caller that began waiting at `start` got its connection.
    func leased(since start: Int64) {
        self.waitingNow.wrappingSubtract(1, ordering: .relaxed)
        self.timer.recordNanoseconds(self.latencies.record(since: start))
    }

    /// The caller that began waiting gave up (cancelled, timed out) or the pool failed it.
    func abandoned() {
        self.waitingNow.wrappingSubtract(1, ordering: .relaxed)
    }

    var statistics: ConnectionWaitStatistics {
        let summary = self.latencies.summary
        return ConnectionWaitStatistics(
            waiting: self.waitingNow.load(ordering: .relaxed),
            waits: summary.count,
            recent: summary.recent
        )
    }

    var snapshot: PolicySnapshot {
        let statistics = self.statistics
        return PolicySnapshot(
            kind: "postgres_pool",
            name: self.name,
            measurements: [
                .init(
                    "waitingCallers",
                    Double(statistics.waiting),
                    metric: .gauge("resilience_postgres_connections_waiting")
                ),
                .init("leases", Double(statistics.waits)),
                .init("recentWaitP50", statistics.recent.map { $0.p50.seconds } ?? 0),
                .init("recentWaitP99", statistics.recent.map { $0.p99.seconds } ?? 0),
                .init("recentWaitMax", statistics.recent.map { $0.max.seconds } ?? 0),
            ]
        )
    }
}

#endif
