extension ChaosFault: MonitoredPolicy {
    /// Enabled or disabled as the state; the injection rate (`resilience_chaos_injection_rate`), the calls injected
    /// (`resilience_chaos_injected_total`) and passed (`resilience_chaos_passed_total`) while enabled.
    public var snapshot: PolicySnapshot { self.injector.snapshot(kind: "chaos_fault") }
}

extension ChaosLatency: MonitoredPolicy {
    /// Enabled or disabled as the state; the injection rate (`resilience_chaos_injection_rate`), the calls injected
    /// (`resilience_chaos_injected_total`) and passed (`resilience_chaos_passed_total`) while enabled.
    public var snapshot: PolicySnapshot { self.injector.snapshot(kind: "chaos_latency") }
}

extension ChaosOutcome: MonitoredPolicy {
    /// Enabled or disabled as the state; the injection rate (`resilience_chaos_injection_rate`), the calls injected
    /// (`resilience_chaos_injected_total`) and passed (`resilience_chaos_passed_total`) while enabled.
    public var snapshot: PolicySnapshot { self.injector.snapshot(kind: "chaos_outcome") }
}

extension ChaosFault {
    /// The chaos fault, by its name; the pipeline's validation has no rule for chaos.
    public var policyDescriptions: [PolicyDescription] { [PolicyDescription(name: self.name, kind: .other)] }
}

extension ChaosLatency {
    /// The chaos latency, by its name; the pipeline's validation has no rule for chaos.
    public var policyDescriptions: [PolicyDescription] { [PolicyDescription(name: self.name, kind: .other)] }
}

extension ChaosOutcome {
    /// The chaos outcome, by its name; the pipeline's validation has no rule for chaos.
    public var policyDescriptions: [PolicyDescription] { [PolicyDescription(name: self.name, kind: .other)] }
}
