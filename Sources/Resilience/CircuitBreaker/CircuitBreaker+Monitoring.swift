extension CircuitBreaker: MonitoredPolicy {
    /// The breaker's state and window. Its metrics are written by the breaker itself as calls finish, not by
    /// ``ResilienceMetricsReporter``; a rate below the minimum number of calls is left out.
    public var snapshot: PolicySnapshot {
        let metrics = self.metrics
        var measurements: [PolicySnapshot.Measurement] = [
            .init("bufferedCalls", Double(metrics.numberOfBufferedCalls)),
            .init("failedCalls", Double(metrics.numberOfFailedCalls)),
            .init("successfulCalls", Double(metrics.numberOfSuccessfulCalls)),
            .init("slowCalls", Double(metrics.numberOfSlowCalls)),
            .init("notPermittedCalls", Double(metrics.numberOfNotPermittedCalls)),
        ]
        if let failureRate = metrics.failureRate {
            measurements.append(.init("failureRate", failureRate))
        }
        if let slowCallRate = metrics.slowCallRate {
            measurements.append(.init("slowCallRate", slowCallRate))
        }
        return PolicySnapshot(
            kind: "circuit_breaker",
            name: self.name,
            state: self.state.rawValue,
            measurements: measurements
        )
    }
}
