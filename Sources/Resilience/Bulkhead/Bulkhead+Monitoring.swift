extension Bulkhead: MonitoredPolicy {
    /// The bulkhead's permits (`resilience_bulkhead_available_concurrent_calls`,
    /// `resilience_bulkhead_max_allowed_concurrent_calls`), its waiting and rejected calls.
    public var snapshot: PolicySnapshot {
        let metrics = self.metrics
        return PolicySnapshot(
            kind: "bulkhead",
            name: self.name,
            measurements: [
                .init(
                    "availableConcurrentCalls",
                    Double(metrics.availableConcurrentCalls),
                    metric: .gauge("resilience_bulkhead_available_concurrent_calls")
                ),
                .init(
                    "maxAllowedConcurrentCalls",
                    Double(metrics.maxAllowedConcurrentCalls),
                    metric: .gauge("resilience_bulkhead_max_allowed_concurrent_calls")
                ),
                .init("concurrentCallsInUse", Double(metrics.concurrentCallsInUse)),
                .init("permitsHeldByAbandonedWork", Double(metrics.permitsHeldByAbandonedWork)),
                .init("waitingCalls", Double(metrics.numberOfWaitingCalls)),
                .init("rejectedCalls", Double(metrics.numberOfRejectedCalls)),
            ]
        )
    }
}
