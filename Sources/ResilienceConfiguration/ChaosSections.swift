// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

public import Resilience

/// A chaos fault's section: `chaosFault: { injectionRate: 0.1, enabled: true, seed: 42 }`. The injected calls throw
/// `ChaosFaultError`. A document reload switches it on or off, or changes its rate, in place, keeping its counts.
public struct ChaosFaultSection: PolicySection {
    /// `injectionRate`, required: the share of calls that get the fault, from 0 to 1.
    public var injectionRate: Double?
    /// `enabled`; `nil` when the document leaves it out (enabled).
    public var enabled: Bool?
    /// `seed`; `nil` when the document leaves it out (random).
    public var seed: UInt64?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case injectionRate, enabled, seed
    }

    /// An empty section.
    public init() {}

    /// Reads the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try container.require(.injectionRate)
        self.injectionRate = try container.decodeIfPresent(Double.self, forKey: .injectionRate)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.seed = try container.decodeIfPresent(UInt64.self, forKey: .seed)
    }

    /// Writes the section as a document would.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.injectionRate, forKey: .injectionRate)
        try container.encodeIfPresent(self.enabled, forKey: .enabled)
        try container.encodeIfPresent(self.seed, forKey: .seed)
    }

    /// Builds the chaos fault, named `<name>.chaos-fault`, enabled by default.
    public func makePolicy(name: String, clock: some Clock<Duration>) throws(ConfigurationError) -> ChaosFault {
        let policyName = "\(name).chaos-fault"
        guard let injectionRate = self.injectionRate else {
            throw Self.missing("injectionRate", policy: "chaos fault \"\(policyName)\"")
        }
        return try ChaosFault(
            name: policyName,
            injectionRate: injectionRate,
            enabled: self.enabled ?? true,
            seed: self.seed
        ) { ChaosFaultError(name: policyName) }
    }

    /// Switches the policy and sets its rate in place, when its seed is the section's.
    public func update(_ policy: ChaosFault) -> Bool {
        guard let injectionRate = self.injectionRate, policy.seed == self.seed,
            (try? policy.setInjectionRate(injectionRate)) != nil
        else { return false }
        policy.setEnabled(self.enabled ?? true)
        return true
    }
}

/// A chaos latency's section: `chaosLatency: { injectionRate: 0.05, latency: 2s, enabled: true, seed: 42 }`. A
/// document reload switches it on or off, or changes its rate, in place, keeping its counts.
public struct ChaosLatencySection: PolicySection {
    /// `injectionRate`, required: the share of calls that wait, from 0 to 1.
    public var injectionRate: Double?
    /// `latency`, required: how long an injected call waits.
    public var latency: Duration?
    /// `enabled`; `nil` when the document leaves it out (enabled).
    public var enabled: Bool?
    /// `seed`; `nil` when the document leaves it out (random).
    public var seed: UInt64?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case injectionRate, latency, enabled, seed
    }

    /// An empty section.
    public init() {}

    /// Reads the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try container.require(.injectionRate)
        try container.require(.latency)
        self.injectionRate = try container.decodeIfPresent(Double.self, forKey: .injectionRate)
        self.latency = try container.decodeDuration(.latency)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.seed = try container.decodeIfPresent(UInt64.self, forKey: .seed)
    }

    /// Writes the section as a document would, the latency as text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.injectionRate, forKey: .injectionRate)
        try container.encodeDuration(self.latency, forKey: .latency)
        try container.encodeIfPresent(self.enabled, forKey: .enabled)
        try container.encodeIfPresent(self.seed, forKey: .seed)
    }

    /// Builds the chaos latency, named `<name>.chaos-latency`, enabled by default.
    public func makePolicy(name: String, clock: some Clock<Duration>) throws(ConfigurationError) -> ChaosLatency {
        let policyName = "\(name).chaos-latency"
        guard let injectionRate = self.injectionRate else {
            throw Self.missing("injectionRate", policy: "chaos latency \"\(policyName)\"")
        }
        guard let latency = self.latency else {
            throw Self.missing("latency", policy: "chaos latency \"\(policyName)\"")
        }
        return try ChaosLatency(
            name: policyName,
            injectionRate: injectionRate,
            enabled: self.enabled ?? true,
            seed: self.seed,
            latency: latency,
            clock: clock
        )
    }

    /// Switches the policy and sets its rate in place, when its latency and seed are the section's.
    public func update(_ policy: ChaosLatency) -> Bool {
        guard let injectionRate = self.injectionRate, policy.latency == self.latency, policy.seed == self.seed,
            (try? policy.setInjectionRate(injectionRate)) != nil
        else { return false }
        policy.setEnabled(self.enabled ?? true)
        return true
    }
}

#endif
