extension Hedging: MonitoredPolicy {
    /// The losing attempts still running after their call was answered.
    public var snapshot: PolicySnapshot {
        PolicySnapshot(
            kind: "hedging",
            name: self.name,
            measurements: [.init("runningAbandonedOperations", Double(self.abandonedWork.numberOfRunningOperations))]
        )
    }
}
