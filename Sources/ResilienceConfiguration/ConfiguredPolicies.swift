// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

public import Resilience
import Synchronization

/// The policies of an integration point configured by a ``ResilienceDocument``, replaced in place when a new document
/// is applied.
///
/// Outermost first: total timeout, retry, hedging, circuit breaker, timeout per attempt, bulkhead, adaptive concurrency
/// limiter, rate limiter, chaos latency, chaos fault; each only when the configuration has it. A call reads the current ``Layers`` once (one
/// uncontended lock) and runs through them. Each layer is one function call, specialised for the caller's operation;
/// an absent layer costs that call and nothing else.
public final class ConfiguredPolicies: ResiliencePolicy {
    /// The policies in force, outermost first; `nil` where the configuration has none.
    public struct Layers: Sendable {
        /// The bound on a whole call, retries included.
        public internal(set) var totalTimeout: Timeout?
        /// The retry.
        public internal(set) var retry: Retry?
        /// Hedging.
        public internal(set) var hedging: Hedging?
        /// The circuit breaker.
        public internal(set) var circuitBreaker: CircuitBreaker?
        /// The bound on each attempt.
        public internal(set) var timeout: Timeout?
        /// The bulkhead.
        public internal(set) var bulkhead: Bulkhead?
        /// The adaptive concurrency limiter.
        public internal(set) var adaptiveConcurrencyLimiter: AdaptiveConcurrencyLimiter?
        /// The rate limiter.
        public internal(set) var rateLimiter: RateLimiter?
        /// Chaos latency, next to the call.
        public internal(set) var chaosLatency: ChaosLatency?
        /// A chaos fault, innermost.
        public internal(set) var chaosFault: ChaosFault?

        /// Every policy a document can configure, outermost first: the one list of them. A new policy is a section
        /// type (``PolicySection``), a field of ``IntegrationPointConfiguration`` and of ``Layers``, a line here, and
        /// its layer in ``ConfiguredPolicies/execute(_:)`` (written out there so that each layer is specialised).
        static var table: [ConfigurableLayer] {
            [
                .duration("totalTimeout", \.totalTimeout, \.totalTimeout, suffix: "total-timeout"),
                .section("retry", \.retry, \.retry),
                .section("hedging", \.hedging, \.hedging),
                .section("circuitBreaker", \.circuitBreaker, \.circuitBreaker),
                .duration("timeout", \.timeout, \.timeout, suffix: "attempt-timeout"),
                .section("bulkhead", \.bulkhead, \.bulkhead),
                .section("adaptiveConcurrencyLimiter", \.adaptiveConcurrencyLimiter, \.adaptiveConcurrencyLimiter),
                .section("rateLimiter", \.rateLimiter, \.rateLimiter),
                // Innermost, as Polly places its chaos strategies: every policy above meets the injected faults.
                .section("chaosLatency", \.chaosLatency, \.chaosLatency),
                .section("chaosFault", \.chaosFault, \.chaosFault),
            ]
        }

        /// No policy.
        init() {}

        /// Builds every policy `configuration` names; this is also the check of their values, and it reports every
        /// policy that refuses its settings, not only the first.
        init(
            name: String,
            configuration: IntegrationPointConfiguration,
            clock: any Clock<Duration>
        ) throws(SectionedConfigurationErrors) {
            var errors: [SectionedConfigurationError] = []
            for layer in Self.table {
                do {
                    try layer.build(configuration, name, clock, &self)
                } catch {
                    errors.append(SectionedConfigurationError(section: layer.key, error))
                }
            }
            guard errors.isEmpty else { throw SectionedConfigurationErrors(errors: errors) }
        }

        /// The policies present, outermost first.
        private var present: [any ResiliencePolicy] {
            Self.table.compactMap { $0.policy(self) }
        }

        /// The policies present, outermost first.
        public var components: [any MonitoredPolicy] {
            self.present.flatMap(\.components)
        }

        /// What the policies present are, outermost first.
        public var policyDescriptions: [PolicyDescription] {
            self.present.flatMap(\.policyDescriptions)
        }
    }

    /// The configuration in force and its policies, read once per call.
    @usableFromInline
    final class Current: Sendable {
        let configuration: IntegrationPointConfiguration
        @usableFromInline let layers: Layers

        init(configuration: IntegrationPointConfiguration, layers: Layers) {
            self.configuration = configuration
            self.layers = layers
        }
    }

    // A `Mutex` of its own with the core's annotated lock: read on every call, it must be specialised here, and
    // `LockedValue`'s generic `withLock` is not, across modules.
    private let current: Mutex<Current>

    init(configuration: IntegrationPointConfiguration, layers: Layers) {
        self.current = Mutex(Current(configuration: configuration, layers: layers))
    }

    @usableFromInline
    func withCurrent<Result>(_ body: (inout Current) -> Result) -> Result {
        self.current.withAnnotatedLock(owner: self) { body(&$0) }
    }

    /// The configuration in force.
    public var configuration: IntegrationPointConfiguration {
        self.withCurrent { $0.configuration }
    }

    /// The policies in force.
    public var layers: Layers {
        self.withCurrent { $0.layers }
    }

    // One local function per layer, each calling the next once whether its policy is present or not. Nested optional
    // layers written as values would each hold a copy of every layer inside them in both branches (present, absent):
    // 64 copies for six layers, which Swift 6.3's optimiser cannot even split into an async function (it crashes).
    @inlinable
    nonisolated(nonsending) public func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output {
        let current = self.withCurrent { $0 }
        @Sendable nonisolated(nonsending) func faulted() async throws -> Operation.Output {
            guard let policy = current.layers.chaosFault else { return try await operation.run() }
            return try await policy.run { try await operation.run() }
        }
        @Sendable nonisolated(nonsending) func delayed() async throws -> Operation.Output {
            guard let policy = current.layers.chaosLatency else { return try await faulted() }
            return try await policy.run { try await faulted() }
        }
        @Sendable nonisolated(nonsending) func rateLimited() async throws -> Operation.Output {
            guard let policy = current.layers.rateLimiter else { return try await delayed() }
            return try await policy.run { try await delayed() }
        }
        @Sendable nonisolated(nonsending) func adaptivelyLimited() async throws -> Operation.Output {
            guard let policy = current.layers.adaptiveConcurrencyLimiter else { return try await rateLimited() }
            return try await policy.run { try await rateLimited() }
        }
        @Sendable nonisolated(nonsending) func bulkheaded() async throws -> Operation.Output {
            guard let policy = current.layers.bulkhead else { return try await adaptivelyLimited() }
            return try await policy.run { try await adaptivelyLimited() }
        }
        @Sendable nonisolated(nonsending) func attempt() async throws -> Operation.Output {
            guard let policy = current.layers.timeout else { return try await bulkheaded() }
            return try await policy.execute(ClosureOperation(bulkheaded))
        }
        @Sendable nonisolated(nonsending) func guarded() async throws -> Operation.Output {
            guard let policy = current.layers.circuitBreaker else { return try await attempt() }
            return try await policy.run { try await attempt() }
        }
        @Sendable nonisolated(nonsending) func hedged() async throws -> Operation.Output {
            guard let policy = current.layers.hedging else { return try await guarded() }
            return try await policy.execute(ClosureOperation(guarded))
        }
        @Sendable nonisolated(nonsending) func retried() async throws -> Operation.Output {
            guard let policy = current.layers.retry else { return try await hedged() }
            return try await policy.run { try await hedged() }
        }
        guard let policy = current.layers.totalTimeout else { return try await retried() }
        return try await policy.execute(ClosureOperation(retried))
    }

    public var policyDescriptions: [PolicyDescription] {
        self.layers.policyDescriptions
    }

    public var components: [any MonitoredPolicy] {
        self.layers.components
    }

    /// Moves to `configuration`, whose policies `fresh` holds, already checked. Policies whose settings did not change
    /// are kept with their state, and so are those their section can update in place (a breaker, a bulkhead); other
    /// changed policies are replaced. Returns whether anything changed.
    func update(to configuration: IntegrationPointConfiguration, fresh: Layers) -> Bool {
        self.withCurrent { current in
            let old = current.configuration
            guard old != configuration else { return false }
            var layers = fresh
            for layer in Layers.table {
                layer.carryOver(old, configuration, current.layers, &layers)
            }
            current = Current(configuration: configuration, layers: layers)
            return true
        }
    }
}

/// One policy a document can configure: its key, where a configuration and ``ConfiguredPolicies/Layers`` hold it, how
/// it is read and built, and how a running one follows a changed document.
struct ConfigurableLayer {
    /// Its key in a document.
    var key: String
    /// Reads the merged value of `key` into a configuration.
    var read: (ConfigValue, inout IntegrationPointConfiguration) throws -> Void
    /// Builds the policy into the layers when the configuration has it.
    var build:
        (IntegrationPointConfiguration, String, any Clock<Duration>, inout ConfiguredPolicies.Layers)
            throws(ConfigurationError) -> Void
    /// The policy, when the layers have it.
    var policy: (ConfiguredPolicies.Layers) -> (any ResiliencePolicy)?
    /// Puts the running policy (of `kept`, built from `old`) into the layers built from `new` when it can stay: its
    /// setting did not change, or it followed the change in place.
    var carryOver:
        (
            _ old: IntegrationPointConfiguration, _ new: IntegrationPointConfiguration,
            _ kept: ConfiguredPolicies.Layers, _ layers: inout ConfiguredPolicies.Layers
        ) -> Void

    /// A policy configured by a section of its own.
    static func section<Section: PolicySection>(
        _ key: String,
        _ section: WritableKeyPath<IntegrationPointConfiguration, Section?>,
        _ policy: WritableKeyPath<ConfiguredPolicies.Layers, Section.Policy?>
    ) -> Self {
        Self(
            key: key,
            read: { value, configuration in
                configuration[keyPath: section] = try value.decode(Section.self)
            },
            build: { configuration, name, clock, layers throws(ConfigurationError) in
                guard let settings = configuration[keyPath: section] else { return }
                layers[keyPath: policy] = try settings.makePolicy(name: name, clock: clock)
            },
            policy: { $0[keyPath: policy] },
            carryOver: { old, new, kept, layers in
                guard let settings = new[keyPath: section], let running = kept[keyPath: policy] else { return }
                if old[keyPath: section] == settings || settings.update(running) {
                    layers[keyPath: policy] = running
                }
            }
        )
    }

    /// A timeout, configured by a duration, named `<name>.<suffix>`.
    static func duration(
        _ key: String,
        _ duration: WritableKeyPath<IntegrationPointConfiguration, Duration?>,
        _ policy: WritableKeyPath<ConfiguredPolicies.Layers, Timeout?>,
        suffix: String
    ) -> Self {
        Self(
            key: key,
            read: { value, configuration in
                guard case .string(let text) = value, let parsed = DurationText.parse(text) else {
                    throw DecodingError.dataCorrupted(
                        DecodingError.Context(codingPath: [], debugDescription: DurationText.notADuration(value.text))
                    )
                }
                configuration[keyPath: duration] = parsed
            },
            build: { configuration, name, clock, layers throws(ConfigurationError) in
                guard let timeout = configuration[keyPath: duration] else { return }
                layers[keyPath: policy] = Timeout(timeout, name: "\(name).\(suffix)", clock: clock)
            },
            policy: { $0[keyPath: policy] },
            carryOver: { old, new, kept, layers in
                if old[keyPath: duration] == new[keyPath: duration], let running = kept[keyPath: policy] {
                    layers[keyPath: policy] = running
                }
            }
        )
    }
}

#endif
