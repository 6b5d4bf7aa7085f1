extension Timeout: MonitoredPolicy {
    /// The timeout's duration, its calls by how they ended (`resilience_timeout_calls_total{kind}`) and its operations
    /// still running past their deadline (`resilience_timeout_abandoned_operations`).
    public var snapshot: PolicySnapshot {
        let metrics = self.metrics
        let calls = "resilience_timeout_calls_total"
        return PolicySnapshot(
            kind: "timeout",
            name: self.name,
            measurements: [
                .init("durationSeconds", self.duration.seconds),
                .init(
                    "successfulCalls",
                    Double(metrics.successful),
                    metric: .counter(calls, .init("kind", "successful"))
                ),
                .init("failedCalls", Double(metrics.failed), metric: .counter(calls, .init("kind", "failed"))),
                .init("timedOutCalls", Double(metrics.timedOut), metric: .counter(calls, .init("kind", "timed_out"))),
                .init(
                    "runningAbandonedOperations",
                    Double(self.abandonedWork.numberOfRunningOperations),
                    metric: .gauge("resilience_timeout_abandoned_operations")
                ),
            ]
        )
    }
}
