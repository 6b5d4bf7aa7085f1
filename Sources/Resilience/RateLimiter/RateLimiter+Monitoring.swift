extension RateLimiter: MonitoredPolicy {
    /// The limiter's permissions left in this period (`resilience_ratelimiter_available_permissions`), its waiting and
    /// rejected calls.
    public var snapshot: PolicySnapshot {
        let metrics = self.metrics
        return PolicySnapshot(
            kind: "rate_limiter",
            name: self.name,
            measurements: [
                .init(
                    "availablePermissions",
                    Double(metrics.availablePermissions),
                    metric: .gauge("resilience_ratelimiter_available_permissions")
                ),
                .init("waitingCalls", Double(metrics.numberOfWaitingCalls)),
                .init("rejectedCalls", Double(metrics.numberOfRejectedCalls)),
            ]
        )
    }
}
