/// One policy of a pipeline, by reference: what monitoring reads and what an operator acts on.
///
/// ``ResiliencePolicy/components`` lists them outermost first; an ``IntegrationPoint`` and a ``ResilienceRegistry``
/// build their snapshots from them, and an admin server finds a breaker to force open through them.
public enum PolicyComponent: Sendable {
    /// A circuit breaker.
    case circuitBreaker(CircuitBreaker)
    /// A timeout.
    case timeout(Timeout)
    /// A retry.
    case retry(Retry)
    /// A bulkhead.
    case bulkhead(Bulkhead)
    /// A rate limiter.
    case rateLimiter(RateLimiter)
    /// An adaptive concurrency limiter.
    case adaptiveConcurrencyLimiter(AdaptiveConcurrencyLimiter)
    /// Hedging.
    case hedging(Hedging)
    /// A policy with nothing to observe (a fallback), or one this library does not know.
    case other(PolicyDescription)

    /// The policy's name.
    public var name: String {
        switch self {
        case .circuitBreaker(let breaker): breaker.name
        case .timeout(let timeout): timeout.name
        case .retry(let retry): retry.name
        case .bulkhead(let bulkhead): bulkhead.name
        case .rateLimiter(let limiter): limiter.name
        case .adaptiveConcurrencyLimiter(let limiter): limiter.name
        case .hedging(let hedging): hedging.name
        case .other(let description): description.name
        }
    }

    /// The policy's state and numbers now.
    public var snapshot: PolicySnapshot {
        switch self {
        case .circuitBreaker(let breaker):
            .circuitBreaker(name: breaker.name, state: breaker.state, metrics: breaker.metrics)
        case .timeout(let timeout):
            .timeout(
                name: timeout.name,
                duration: timeout.duration,
                metrics: timeout.metrics,
                runningAbandonedOperations: timeout.abandonedWork.numberOfRunningOperations
            )
        case .retry(let retry):
            .retry(name: retry.name, maxAttempts: retry.maxAttempts, metrics: retry.metrics)
        case .bulkhead(let bulkhead):
            .bulkhead(name: bulkhead.name, metrics: bulkhead.metrics)
        case .rateLimiter(let limiter):
            .rateLimiter(name: limiter.name, metrics: limiter.metrics)
        case .adaptiveConcurrencyLimiter(let limiter):
            .adaptiveConcurrencyLimiter(name: limiter.name, metrics: limiter.metrics)
        case .hedging(let hedging):
            .hedging(
                name: hedging.name,
                runningAbandonedOperations: hedging.abandonedWork.numberOfRunningOperations
            )
        case .other(let description):
            .other(description)
        }
    }
}

/// The state and numbers of one policy at one moment, from ``PolicyComponent/snapshot``.
public enum PolicySnapshot: Sendable, Hashable {
    /// A circuit breaker's state and window.
    case circuitBreaker(name: String, state: CircuitBreaker.State, metrics: CircuitBreaker.Metrics)
    /// A timeout's duration, its counts, and the operations it abandoned that still run.
    case timeout(name: String, duration: Duration, metrics: Timeout.Metrics, runningAbandonedOperations: Int)
    /// A retry's attempts and outcome counts.
    case retry(name: String, maxAttempts: Int, metrics: Retry.Metrics)
    /// A bulkhead's permits.
    case bulkhead(name: String, metrics: Bulkhead.Metrics)
    /// A rate limiter's permissions.
    case rateLimiter(name: String, metrics: RateLimiter.Metrics)
    /// An adaptive concurrency limiter's limit and calls in flight.
    case adaptiveConcurrencyLimiter(name: String, metrics: AdaptiveConcurrencyLimiter.Metrics)
    /// Hedging's losing attempts that still run.
    case hedging(name: String, runningAbandonedOperations: Int)
    /// A policy with nothing to report.
    case other(PolicyDescription)
}

extension ResiliencePolicy {
    /// A policy the library knows nothing about: one ``PolicyComponent/other(_:)`` per description.
    public var components: [PolicyComponent] {
        self.policyDescriptions.map { .other($0) }
    }
}

extension ComposedPolicy {
    public var components: [PolicyComponent] {
        self.outer.components + self.inner.components
    }
}

extension ResiliencePipeline {
    /// The pipeline's policies, outermost first.
    public var components: [PolicyComponent] {
        self.policies.components
    }
}

extension CircuitBreaker {
    public var components: [PolicyComponent] { [.circuitBreaker(self)] }
}

extension Timeout {
    public var components: [PolicyComponent] { [.timeout(self)] }
}

extension Retry {
    public var components: [PolicyComponent] { [.retry(self)] }
}

extension Bulkhead {
    public var components: [PolicyComponent] { [.bulkhead(self)] }
}

extension RateLimiter {
    public var components: [PolicyComponent] { [.rateLimiter(self)] }
}

extension AdaptiveConcurrencyLimiter {
    public var components: [PolicyComponent] { [.adaptiveConcurrencyLimiter(self)] }
}

extension Hedging {
    public var components: [PolicyComponent] { [.hedging(self)] }
}
