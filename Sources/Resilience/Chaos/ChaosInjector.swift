import Logging
public import Synchronization
import Tracing

/// What a chaos policy counted while it was enabled: the calls it injected its fault into, and those it let pass.
public struct ChaosMetrics: Sendable, Hashable {
    /// The calls that got the fault.
    public var injected: Int
    /// The calls that went through untouched while the policy was enabled.
    public var passed: Int

    /// Creates metrics.
    public init(injected: Int, passed: Int) {
        self.injected = injected
        self.passed = passed
    }
}

/// The dice of a chaos policy: a pure function from a draw to a decision, and the sequence of draws of a seed.
///
/// A draw is 64 random bits; the call gets the fault when the draw's top 53 bits, as a fraction of 1, are below the
/// injection rate: a rate of 0 never injects, a rate of 1 always does.
enum ChaosDice {
    /// Whether a call with this draw gets the fault at `rate`.
    static func injects(draw: UInt64, rate: Double) -> Bool {
        Double(draw >> 11) * 0x1p-53 < rate
    }

    /// The `index`-th draw of the sequence of `seed` (SplitMix64): the same seed gives the same sequence, whichever
    /// tasks make the calls.
    static func draw(seed: UInt64, index: UInt64) -> UInt64 {
        var z = seed &+ (index &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The switch, rate, dice and counters that the three chaos policies share: the concurrent shell around
/// ``ChaosDice``.
///
/// When disabled, a call costs one relaxed atomic load; nothing is counted.
@usableFromInline
final class ChaosInjector: Sendable {
    let kind: String
    let name: String
    @usableFromInline let enabled: Atomic<Bool>
    /// The injection rate's bits (a `Double`), so that it changes without a lock.
    private let rateBits: Atomic<UInt64>
    let seed: UInt64?
    private let draws = Atomic<UInt64>(0)
    private let injected = Atomic<Int>(0)
    private let passed = Atomic<Int>(0)
    private let reporter: PolicyReporter

    init(
        kind: String,
        name: String,
        injectionRate: Double,
        enabled: Bool,
        seed: UInt64?,
        logger: Logger,
        tracer: (any Tracer)?
    ) throws(ConfigurationError) {
        let validator = try SettingsValidator(kind, name: name)
        try Self.checkRate(injectionRate, validator)
        self.kind = kind
        self.name = name
        self.enabled = Atomic(enabled)
        self.rateBits = Atomic(injectionRate.bitPattern)
        self.seed = seed
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
    }

    private static func checkRate(_ rate: Double, _ validator: SettingsValidator) throws(ConfigurationError) {
        try validator.check(rate >= 0 && rate <= 1, "injectionRate", rate, "must be between 0 and 1")
    }

    /// One relaxed atomic load: all a call of a disabled policy costs.
    @inlinable
    var isEnabled: Bool { self.enabled.load(ordering: .relaxed) }

    func setEnabled(_ enabled: Bool) {
        self.enabled.store(enabled, ordering: .relaxed)
    }

    var injectionRate: Double { Double(bitPattern: self.rateBits.load(ordering: .relaxed)) }

    func setInjectionRate(_ rate: Double) throws(ConfigurationError) {
        try Self.checkRate(rate, SettingsValidator(self.kind, name: self.name))
        self.rateBits.store(rate.bitPattern, ordering: .relaxed)
    }

    var metrics: ChaosMetrics {
        ChaosMetrics(injected: self.injected.load(ordering: .relaxed), passed: self.passed.load(ordering: .relaxed))
    }

    /// Rolls the dice for a call of an enabled policy and counts the result. `fault` describes the fault for the log
    /// line and span event of an injection.
    @usableFromInline
    func rollForEnabledCall(_ fault: @autoclosure () -> String) -> Bool {
        let draw: UInt64
        if let seed = self.seed {
            draw = ChaosDice.draw(seed: seed, index: self.draws.wrappingAdd(1, ordering: .relaxed).oldValue)
        } else {
            var generator = SystemRandomNumberGenerator()
            draw = generator.next()
        }
        guard ChaosDice.injects(draw: draw, rate: self.injectionRate) else {
            self.passed.wrappingAdd(1, ordering: .relaxed)
            return false
        }
        self.injected.wrappingAdd(1, ordering: .relaxed)
        self.reporter.report(
            "chaos injected a fault",
            event: "chaos.injected",
            ["chaos.kind": .string(self.kind), "chaos.name": .string(self.name), "chaos.fault": .string(fault())]
        )
        return true
    }

    /// The policy's snapshot: its switch as the state, its counters and rate.
    func snapshot(kind: String) -> PolicySnapshot {
        let metrics = self.metrics
        return PolicySnapshot(
            kind: kind,
            name: self.name,
            state: self.isEnabled ? "enabled" : "disabled",
            measurements: [
                .init("injectionRate", self.injectionRate, metric: .gauge("resilience_chaos_injection_rate")),
                .init("injected", Double(metrics.injected), metric: .counter("resilience_chaos_injected_total")),
                .init("passed", Double(metrics.passed), metric: .counter("resilience_chaos_passed_total")),
            ]
        )
    }
}
