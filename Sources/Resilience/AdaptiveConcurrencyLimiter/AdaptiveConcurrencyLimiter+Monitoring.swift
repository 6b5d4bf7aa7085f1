extension AdaptiveConcurrencyLimiter: MonitoredPolicy {
    /// The limit in force (`resilience_adaptive_concurrency_limit`), the calls in flight
    /// (`resilience_adaptive_concurrency_in_flight`) and the rejected calls.
    public var snapshot: PolicySnapshot {
        let metrics = self.metrics
        return PolicySnapshot(
            kind: "adaptive_concurrency_limiter",
            name: self.name,
            measurements: [
                .init("limit", Double(metrics.limit), metric: .gauge("resilience_adaptive_concurrency_limit")),
                .init(
                    "inFlight",
                    Double(metrics.inFlight),
                    metric: .gauge("resilience_adaptive_concurrency_in_flight")
                ),
                .init("rejectedCalls", Double(metrics.numberOfRejectedCalls)),
            ]
        )
    }
}
