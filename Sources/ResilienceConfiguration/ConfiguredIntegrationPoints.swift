// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

import Foundation
public import Resilience
import Synchronization

/// The policies of an integration point configured by a ``ResilienceDocument``, replaced in place when a new document
/// is applied.
///
/// Outermost first: total timeout, retry, hedging, circuit breaker, timeout per attempt, bulkhead, adaptive concurrency
/// limiter, rate limiter; each only when the configuration has it. A call reads the current ``Layers`` once (one uncontended lock) and runs through them.
/// Each layer is one function call, specialised for the caller's operation; an absent layer costs that call and
/// nothing else.
public final class ConfiguredPolicies: ResiliencePolicy {
    /// The policies in force, outermost first; `nil` where the configuration has none.
    public final class Layers: Sendable {
        /// The bound on a whole call, retries included.
        public let totalTimeout: Timeout?
        /// The retry.
        public let retry: Retry?
        /// Hedging.
        public let hedging: Hedging?
        /// The circuit breaker.
        public let circuitBreaker: CircuitBreaker?
        /// The bound on each attempt.
        public let timeout: Timeout?
        /// The bulkhead.
        public let bulkhead: Bulkhead?
        /// The adaptive concurrency limiter.
        public let adaptiveConcurrencyLimiter: AdaptiveConcurrencyLimiter?
        /// The rate limiter.
        public let rateLimiter: RateLimiter?

        init(
            totalTimeout: Timeout?,
            retry: Retry?,
            hedging: Hedging?,
            circuitBreaker: CircuitBreaker?,
            timeout: Timeout?,
            bulkhead: Bulkhead?,
            adaptiveConcurrencyLimiter: AdaptiveConcurrencyLimiter?,
            rateLimiter: RateLimiter?
        ) {
            self.totalTimeout = totalTimeout
            self.retry = retry
            self.hedging = hedging
            self.circuitBreaker = circuitBreaker
            self.timeout = timeout
            self.bulkhead = bulkhead
            self.adaptiveConcurrencyLimiter = adaptiveConcurrencyLimiter
            self.rateLimiter = rateLimiter
        }

        /// Builds every policy `configuration` names; this is also the check of their values, and it reports every
        /// policy that refuses its settings, not only the first.
        convenience init(
            name: String,
            configuration: IntegrationPointConfiguration,
            clock: some Clock<Duration>
        ) throws(SectionedConfigurationErrors) {
            var totalTimeout: Timeout?
            var retryPolicy: Retry?
            var hedgingPolicy: Hedging?
            var circuitBreaker: CircuitBreaker?
            var timeout: Timeout?
            var bulkheadPolicy: Bulkhead?
            var adaptiveLimiter: AdaptiveConcurrencyLimiter?
            var rateLimiter: RateLimiter?
            var errors: [SectionedConfigurationError] = []
            func building<T>(_ section: String, _ body: () throws(ConfigurationError) -> T) -> T? {
                do {
                    return try body()
                } catch {
                    errors.append(SectionedConfigurationError(section: section, error))
                    return nil
                }
            }
            totalTimeout = configuration.totalTimeout.map {
                Timeout($0, name: "\(name).total-timeout", clock: clock)
            }
            timeout = configuration.timeout.map { Timeout($0, name: "\(name).attempt-timeout", clock: clock) }
            if let retry = configuration.retry {
                var budget: RetryBudget?
                if retry.hasBudget {
                    budget = building("retry") { () throws(ConfigurationError) in
                        try RetryBudget(
                            percentCanRetry: retry.budgetPercentCanRetry ?? 0.2,
                            minimumRetriesPerSecond: retry.budgetMinimumRetriesPerSecond ?? 10,
                            clock: clock
                        )
                    }
                }
                retryPolicy = building("retry") { () throws(ConfigurationError) in
                    try Retry(
                        name: "\(name).retry",
                        maxAttempts: retry.maxAttempts ?? 3,
                        backoff: retry.backoff
                            ?? .exponential(
                                initial: .milliseconds(100),
                                multiplier: 2,
                                maximum: .seconds(5)
                            ),
                        jitter: retry.jitter ?? .full,
                        // As the HTTP preset's: no policy's refusal is retried.
                        shouldRetry: { !ErrorFilter.rejections.matches($0) },
                        budget: budget,
                        clock: clock
                    )
                }
            }
            if let breaker = configuration.circuitBreaker {
                circuitBreaker = building("circuitBreaker") { () throws(ConfigurationError) in
                    try CircuitBreaker(name: name, configuration: breaker.configuration, clock: clock)
                }
            }
            if let bulkhead = configuration.bulkhead {
                if let maxConcurrentCalls = bulkhead.maxConcurrentCalls {
                    bulkheadPolicy = building("bulkhead") { () throws(ConfigurationError) in
                        try Bulkhead(
                            name: name,
                            maxConcurrentCalls: maxConcurrentCalls,
                            maxWaitDuration: bulkhead.maxWaitDuration ?? .zero,
                            clock: clock
                        )
                    }
                } else {
                    errors.append(SectionedConfigurationError(section: "bulkhead", missing: "maxConcurrentCalls"))
                }
            }
            if let hedging = configuration.hedging {
                if let delay = hedging.delay {
                    hedgingPolicy = building("hedging") { () throws(ConfigurationError) in
                        try Hedging(
                            name: "\(name).hedging",
                            maxHedgedAttempts: hedging.maxHedgedAttempts ?? 1,
                            delay: delay,
                            clock: clock
                        )
                    }
                } else {
                    errors.append(SectionedConfigurationError(section: "hedging", missing: "delay"))
                }
            }
            if let limiter = configuration.adaptiveConcurrencyLimiter {
                adaptiveLimiter = building("adaptiveConcurrencyLimiter") { () throws(ConfigurationError) in
                    try AdaptiveConcurrencyLimiter(name: name, configuration: limiter.configuration, clock: clock)
                }
            }
            if let limiter = configuration.rateLimiter {
                if let limit = limiter.limitForPeriod, let period = limiter.refreshPeriod {
                    rateLimiter = building("rateLimiter") { () throws(ConfigurationError) in
                        try RateLimiter(
                            name: name,
                            limitForPeriod: limit,
                            refreshPeriod: period,
                            maxWaitDuration: limiter.maxWaitDuration ?? .zero,
                            clock: clock
                        )
                    }
                } else {
                    let missing = limiter.limitForPeriod == nil ? "limitForPeriod" : "refreshPeriod"
                    errors.append(SectionedConfigurationError(section: "rateLimiter", missing: missing))
                }
            }
            guard errors.isEmpty else { throw SectionedConfigurationErrors(errors: errors) }
            self.init(
                totalTimeout: totalTimeout,
                retry: retryPolicy,
                hedging: hedgingPolicy,
                circuitBreaker: circuitBreaker,
                timeout: timeout,
                bulkhead: bulkheadPolicy,
                adaptiveConcurrencyLimiter: adaptiveLimiter,
                rateLimiter: rateLimiter
            )
        }

        /// The policies present, outermost first.
        private var present: [any ResiliencePolicy] {
            let layers: [(any ResiliencePolicy)?] = [
                self.totalTimeout, self.retry, self.hedging, self.circuitBreaker, self.timeout, self.bulkhead,
                self.adaptiveConcurrencyLimiter, self.rateLimiter,
            ]
            return layers.compactMap { $0 }
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

    private struct Current: Sendable {
        var configuration: IntegrationPointConfiguration
        var layers: Layers
    }

    // A `Mutex` of its own with the core's annotated lock: read on every call, it must be specialised here, and
    // `LockedValue`'s generic `withLock` is not, across modules.
    private let current: Mutex<Current>

    init(configuration: IntegrationPointConfiguration, layers: Layers) {
        self.current = Mutex(Current(configuration: configuration, layers: layers))
    }

    private func withCurrent<Result>(_ body: (inout Current) -> Result) -> Result {
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
        let layers = self.layers
        @Sendable nonisolated(nonsending) func rateLimited() async throws -> Operation.Output {
            guard let policy = layers.rateLimiter else { return try await operation.run() }
            return try await policy.run { try await operation.run() }
        }
        @Sendable nonisolated(nonsending) func adaptivelyLimited() async throws -> Operation.Output {
            guard let policy = layers.adaptiveConcurrencyLimiter else { return try await rateLimited() }
            return try await policy.run { try await rateLimited() }
        }
        @Sendable nonisolated(nonsending) func bulkheaded() async throws -> Operation.Output {
            guard let policy = layers.bulkhead else { return try await adaptivelyLimited() }
            return try await policy.run { try await adaptivelyLimited() }
        }
        @Sendable nonisolated(nonsending) func attempt() async throws -> Operation.Output {
            guard let policy = layers.timeout else { return try await bulkheaded() }
            return try await policy.execute(ClosureOperation(bulkheaded))
        }
        @Sendable nonisolated(nonsending) func guarded() async throws -> Operation.Output {
            guard let policy = layers.circuitBreaker else { return try await attempt() }
            return try await policy.run { try await attempt() }
        }
        @Sendable nonisolated(nonsending) func hedged() async throws -> Operation.Output {
            guard let policy = layers.hedging else { return try await guarded() }
            return try await policy.execute(ClosureOperation(guarded))
        }
        @Sendable nonisolated(nonsending) func retried() async throws -> Operation.Output {
            guard let policy = layers.retry else { return try await hedged() }
            return try await policy.run { try await hedged() }
        }
        guard let policy = layers.totalTimeout else { return try await retried() }
        return try await policy.execute(ClosureOperation(retried))
    }

    public var policyDescriptions: [PolicyDescription] {
        self.layers.policyDescriptions
    }

    public var components: [any MonitoredPolicy] {
        self.layers.components
    }

    /// Moves to `configuration`, whose policies `fresh` holds, already checked. Policies whose settings did not change
    /// are kept with their state; a changed breaker or bulkhead is updated in place; other changed policies are
    /// replaced. Returns whether anything changed.
    func update(to configuration: IntegrationPointConfiguration, fresh: Layers) -> Bool {
        self.withCurrent { current in
            let old = current.configuration
            guard old != configuration else { return false }
            let kept = current.layers
            var circuitBreaker = fresh.circuitBreaker
            if let existing = kept.circuitBreaker, let section = configuration.circuitBreaker {
                if old.circuitBreaker != section {
                    // Checked when `fresh` was built: it cannot fail here.
                    try? existing.update(configuration: section.configuration)
                }
                circuitBreaker = existing
            }
            var bulkhead = fresh.bulkhead
            if let existing = kept.bulkhead, let new = fresh.bulkhead {
                if old.bulkhead != configuration.bulkhead {
                    try? existing.update(
                        maxConcurrentCalls: new.maxConcurrentCalls,
                        maxWaitDuration: new.maxWaitDuration
                    )
                }
                bulkhead = existing
            }
            let layers = Layers(
                totalTimeout: old.totalTimeout == configuration.totalTimeout ? kept.totalTimeout : fresh.totalTimeout,
                retry: old.retry == configuration.retry ? kept.retry : fresh.retry,
                hedging: old.hedging == configuration.hedging ? kept.hedging : fresh.hedging,
                circuitBreaker: circuitBreaker,
                timeout: old.timeout == configuration.timeout ? kept.timeout : fresh.timeout,
                bulkhead: bulkhead,
                adaptiveConcurrencyLimiter: old.adaptiveConcurrencyLimiter == configuration.adaptiveConcurrencyLimiter
                    ? kept.adaptiveConcurrencyLimiter : fresh.adaptiveConcurrencyLimiter,
                rateLimiter: old.rateLimiter == configuration.rateLimiter ? kept.rateLimiter : fresh.rateLimiter
            )
            current = Current(configuration: configuration, layers: layers)
            return true
        }
    }
}

/// The integration points of a configuration document, registered in a `ResilienceRegistry` and kept in step with
/// the document as it changes.
///
/// ```swift
/// let registry = ResilienceRegistry()
/// let configured = ConfiguredIntegrationPoints(registry: registry)
/// try configured.apply(ResilienceDocument(contentsOfFile: "resilience.yaml"))
/// let payments = configured.integrationPoint("payments")!
/// try await payments.run { try await client.charge(order) }
///
/// // later, on SIGHUP or when the file changed:
/// try configured.apply(ResilienceDocument(contentsOfFile: "resilience.yaml"))
/// ```
///
/// Applying a document is all or nothing: it is checked whole first, and a document with any problem throws
/// ``ConfigurationDocumentError`` and leaves every point as it was. A valid one registers its new instances, removes
/// the instances it no longer has, and updates the others in place: an unchanged policy keeps its state, a changed
/// circuit breaker keeps its state as `CircuitBreaker.update(configuration:)` describes, a changed bulkhead
/// keeps its running calls, and other changed policies start afresh. Calls already running finish under the
/// policies they started with.
public final class ConfiguredIntegrationPoints: Sendable {
    private let registry: ResilienceRegistry
    private let makeLayers: ResilienceDocument.PolicyBuilder
    private let points = LockedValue<[String: IntegrationPoint<ConfiguredPolicies>]>([:])

    /// Creates an empty set of configured points that registers them in `registry`.
    ///
    /// - Parameters:
    ///   - registry: Where the points are registered, and removed from when a document no longer has them.
    ///   - clock: The clock of every configured policy. Tests pass a `ManualClock`.
    public init<C: Clock<Duration>>(registry: ResilienceRegistry, clock: C = ContinuousClock()) {
        self.registry = registry
        self.makeLayers = { name, configuration throws(SectionedConfigurationErrors) in
            try ConfiguredPolicies.Layers(name: name, configuration: configuration, clock: clock)
        }
    }

    /// The configured point named `name`, or `nil`.
    public func integrationPoint(_ name: String) -> IntegrationPoint<ConfiguredPolicies>? {
        self.points.withLock { $0[name] }
    }

    /// The names of the configured points.
    public var names: [String] {
        self.points.withLock { $0.keys.sorted() }
    }

    /// Applies `document`: all of it, or, when it has any problem, none of it.
    ///
    /// - Throws: ``ConfigurationDocumentError`` listing every problem; nothing changed.
    public func apply(_ document: ResilienceDocument) throws(ConfigurationDocumentError) {
        // Checked whole, with the policies built, before anything changes.
        let resolved = try document.resolvedWithPolicies(self.makeLayers)
        let problems = self.points.withLock { points -> [ConfigurationDocumentError.Problem] in
            let problems: [ConfigurationDocumentError.Problem] = resolved.keys.sorted().compactMap { name in
                guard points[name] == nil, self.registry.contains(name) else { return nil }
                return .init(
                    path: "instances.\(name)",
                    message: "names an integration point the registry already has, not from a document"
                )
            }
            guard problems.isEmpty else { return problems }

            for name in points.keys.sorted() where resolved[name] == nil {
                points.removeValue(forKey: name)
                self.registry.remove(name)
            }
            for (name, (configuration, layers)) in resolved.sorted(by: { $0.key < $1.key }) {
                if let point = points[name] {
                    if point.pipeline.policies.update(to: configuration, fresh: layers) {
                        self.registry.integrationPointDidChange(point)
                    }
                } else {
                    let policies = ConfiguredPolicies(configuration: configuration, layers: layers)
                    // Cannot fail: the name was checked above, under this lock.
                    if let point = try? self.registry.register(name, pipeline: ResiliencePipeline { policies }) {
                        points[name] = point
                    }
                }
            }
            return []
        }
        guard problems.isEmpty else { throw ConfigurationDocumentError(problems: problems) }
    }

    /// Reads and applies the document at `path` (JSON when it ends in `.json`, YAML otherwise).
    ///
    /// - Throws: ``ConfigurationDocumentError``; nothing changed.
    public func apply(contentsOfFile path: String) throws(ConfigurationDocumentError) {
        try self.apply(ResilienceDocument(contentsOfFile: path))
    }
}

#endif
