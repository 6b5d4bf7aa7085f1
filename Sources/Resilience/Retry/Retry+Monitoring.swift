extension Retry: MonitoredPolicy {
    /// The retry's attempts and its calls by how they ended (`resilience_retry_calls_total{kind}`).
    public var snapshot: PolicySnapshot {
        let metrics = self.metrics
        func calls(_ kind: String) -> PolicySnapshot.Metric {
            .counter("resilience_retry_calls_total", .init("kind", kind))
        }
        return PolicySnapshot(
            kind: "retry",
            name: self.name,
            measurements: [
                .init("maxAttempts", Double(self.maxAttempts)),
                .init(
                    "successfulWithoutRetry",
                    Double(metrics.successfulWithoutRetry),
                    metric: calls("successful_without_retry")
                ),
                .init(
                    "successfulWithRetry",
                    Double(metrics.successfulWithRetry),
                    metric: calls("successful_with_retry")
                ),
                .init("failedWithoutRetry", Double(metrics.failedWithoutRetry), metric: calls("failed_without_retry")),
                .init("failedWithRetry", Double(metrics.failedWithRetry), metric: calls("failed_with_retry")),
            ]
        )
    }
}
