/// A policy that guards a call: the common shape of every policy a ``ResiliencePipeline`` composes.
///
/// ``CircuitBreaker``, ``Timeout``, ``Bulkhead``, ``RateLimiter``, ``AdaptiveConcurrencyLimiter``, ``Retry``,
/// ``Hedging`` and ``Fallback`` conform. Conform your own policy to use it in a pipeline.
///
/// The operation is `@Sendable` and escaping because some policies run it in a task of their own (a timeout, so that it
/// can answer at the deadline; hedging, to run attempts side by side).
public protocol ResiliencePolicy: Sendable {
    /// Runs `operation` under the policy.
    nonisolated(nonsending) func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T

    /// What the policy is, for the pipeline's validation; outermost first for a composition.
    var policyDescriptions: [PolicyDescription] { get }
}

extension ResiliencePolicy {
    /// A policy the pipeline knows nothing about.
    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: String(describing: Self.self), kind: .other)]
    }
}

/// What a policy in a pipeline is, as far as the pipeline's validation needs to know.
public struct PolicyDescription: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of policy the validation knows.
    public enum Kind: Sendable, Hashable {
        /// A circuit breaker; `window` is the duration of a time-based window, `nil` for a count-based one.
        case circuitBreaker(window: Duration?)
        /// A timeout of `duration`.
        case timeout(Duration)
        /// A retry with `maxAttempts` and a first delay of `firstDelay`.
        case retry(maxAttempts: Int, firstDelay: Duration)
        /// A bulkhead.
        case bulkhead
        /// A rate limiter.
        case rateLimiter
        /// An adaptive concurrency limiter.
        case adaptiveConcurrencyLimiter
        /// Hedging.
        case hedging
        /// A fallback.
        case fallback
        /// Any other policy.
        case other
    }

    /// The policy's name.
    public var name: String
    /// The policy's kind.
    public var kind: Kind

    /// Creates a description.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    public var description: String {
        switch self.kind {
        case .circuitBreaker: "circuit breaker \"\(self.name)\""
        case .timeout(let duration): "timeout \"\(self.name)\" (\(duration))"
        case .retry(let attempts, _): "retry \"\(self.name)\" (\(attempts) attempts)"
        case .bulkhead: "bulkhead \"\(self.name)\""
        case .rateLimiter: "rate limiter \"\(self.name)\""
        case .adaptiveConcurrencyLimiter: "adaptive concurrency limiter \"\(self.name)\""
        case .hedging: "hedging \"\(self.name)\""
        case .fallback: "fallback \"\(self.name)\""
        case .other: self.name
        }
    }
}

/// Two policies, one inside the other: what ``ResiliencePipelineBuilder`` builds.
public struct ComposedPolicy<Outer: ResiliencePolicy, Inner: ResiliencePolicy>: ResiliencePolicy {
    /// The outer policy.
    public let outer: Outer
    /// The inner policy, which the outer one guards.
    public let inner: Inner

    /// Composes `outer` around `inner`.
    @inlinable
    public init(outer: Outer, inner: Inner) {
        self.outer = outer
        self.inner = inner
    }

    @inlinable
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let inner = self.inner
        return try await self.outer.execute { try await inner.execute(operation) }
    }

    public var policyDescriptions: [PolicyDescription] {
        self.outer.policyDescriptions + self.inner.policyDescriptions
    }
}

extension CircuitBreaker: ResiliencePolicy {
    @inlinable
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.run(operation)
    }

    public var policyDescriptions: [PolicyDescription] {
        let window: Duration? =
            switch self.configuration.slidingWindow.kind {
            case .countBased: nil
            case .timeBased(let duration, _): duration
            }
        return [PolicyDescription(name: self.name, kind: .circuitBreaker(window: window))]
    }
}

extension Bulkhead: ResiliencePolicy {
    @inlinable
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.run(operation)
    }

    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .bulkhead)]
    }
}

extension RateLimiter: ResiliencePolicy {
    @inlinable
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.run(operation)
    }

    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .rateLimiter)]
    }
}

extension AdaptiveConcurrencyLimiter: ResiliencePolicy {
    @inlinable
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.run(operation)
    }

    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .adaptiveConcurrencyLimiter)]
    }
}

extension Retry: ResiliencePolicy {
    @inlinable
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.run(operation)
    }

    public var policyDescriptions: [PolicyDescription] {
        let firstDelay: Duration =
            switch self.backoff {
            case .constant(let delay): delay
            case .linear(let initial, _, _): initial
            case .exponential(let initial, _, _): initial
            }
        return [PolicyDescription(name: self.name, kind: .retry(maxAttempts: self.maxAttempts, firstDelay: firstDelay))]
    }
}

extension Hedging: ResiliencePolicy {
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.run(operation)
    }

    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .hedging)]
    }
}

extension Timeout: ResiliencePolicy {
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.run(operation)
    }

    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .timeout(self.duration))]
    }
}

extension Fallback: ResiliencePolicy {
    /// Runs `operation`; when its result type is the fallback's `Value`, answers with the alternative on the errors the
    /// filter matches. For any other result type the fallback lets errors through: a fallback only knows how to stand
    /// in for its own type.
    nonisolated(nonsending) public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        do {
            return try await operation()
        } catch {
            guard T.self == Value.self, self.filter.matches(error) else { throw error }
            return try await self.alternative(error) as! T
        }
    }

    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .fallback)]
    }
}
