extension Fallback: MonitoredPolicy {
    /// The fallback's kind and name; it keeps no numbers.
    public var snapshot: PolicySnapshot {
        PolicySnapshot(kind: "fallback", name: self.name)
    }
}
