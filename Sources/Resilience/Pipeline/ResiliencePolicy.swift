/// A policy that guards a call: the common shape of every policy a ``ResiliencePipeline`` composes.
///
/// ``CircuitBreaker``, ``Timeout``, ``Bulkhead``, ``RateLimiter``, ``AdaptiveConcurrencyLimiter``, ``Retry``,
/// ``Hedging`` and ``Fallback`` conform. Conform your own policy to use it in a pipeline.
///
/// The operation is a value rather than a closure, so that each layer of a pipeline passes the next layer on without
/// allocating a closure context; it is `Sendable` because some policies run it in a task of their own (a timeout, so
/// that it can answer at the deadline; hedging, to run attempts side by side).
public protocol ResiliencePolicy: Sendable {
    /// Runs `operation` under the policy.
    nonisolated(nonsending) func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output

    /// What the policy is, for the pipeline's validation; outermost first for a composition.
    var policyDescriptions: [PolicyDescription] { get }

    /// The policy instances, outermost first for a composition, for monitoring and operator control. The default lists
    /// the policy itself when it conforms to ``MonitoredPolicy``, and otherwise one entry of kind `other` per
    /// description.
    var components: [any MonitoredPolicy] { get }
}

extension ResiliencePolicy {
    /// A policy the pipeline knows nothing about.
    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: String(describing: Self.self), kind: .other)]
    }
}

/// A call that a ``ResiliencePolicy`` guards: the user's operation, or the next policies of a pipeline around it.
public protocol ResilienceOperation: Sendable {
    /// What the call returns.
    associatedtype Output: Sendable

    /// Makes the call.
    nonisolated(nonsending) func run() async throws -> Output
}

/// A closure as a ``ResilienceOperation``.
public struct ClosureOperation<Output: Sendable>: ResilienceOperation {
    /// The call.
    public let body: nonisolated(nonsending) @Sendable () async throws -> Output

    /// Wraps `body`.
    @inlinable
    public init(_ body: nonisolated(nonsending) @escaping @Sendable () async throws -> Output) {
        self.body = body
    }

    @inlinable
    @inline(__always)
    nonisolated(nonsending) public func run() async throws -> Output {
        try await self.body()
    }
}

/// An operation guarded by a policy: how a pipeline hands its inner policies to an outer one.
public struct GuardedOperation<Policy: ResiliencePolicy, Operation: ResilienceOperation>: ResilienceOperation {
    /// The policy around the operation.
    public let policy: Policy
    /// The operation.
    public let operation: Operation

    /// Guards `operation` with `policy`.
    @inlinable
    public init(policy: Policy, operation: Operation) {
        self.policy = policy
        self.operation = operation
    }

    @inlinable
    @inline(__always)
    nonisolated(nonsending) public func run() async throws -> Operation.Output {
        try await self.policy.execute(self.operation)
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
    /// Whether the policy waits for the work inside it to honour cancellation before it answers: a cooperative
    /// ``Timeout``.
    public var waitsForCancellation: Bool
    /// Whether the work this describes goes on after its task is cancelled: a client that cannot stop a call in flight
    /// (PostgresNIO's statements), or blocking calls. Describe such a client as the innermost entry when checking a
    /// pipeline around it (``ResiliencePipeline/warnings(around:)``).
    public var ignoresCancellation: Bool

    /// Creates a description.
    ///
    /// - Parameters:
    ///   - name: The policy's (or client's) name.
    ///   - kind: What it is.
    ///   - waitsForCancellation: Whether it waits for the work inside it to honour cancellation. Defaults to `false`.
    ///   - ignoresCancellation: Whether its work goes on after cancellation. Defaults to `false`.
    public init(name: String, kind: Kind, waitsForCancellation: Bool = false, ignoresCancellation: Bool = false) {
        self.name = name
        self.kind = kind
        self.waitsForCancellation = waitsForCancellation
        self.ignoresCancellation = ignoresCancellation
    }

    /// A client whose calls go on after their task is cancelled, as the innermost entry of a check with
    /// ``ResiliencePipeline/warnings(around:)``.
    public static func clientIgnoringCancellation(_ name: String) -> PolicyDescription {
        PolicyDescription(name: name, kind: .other, ignoresCancellation: true)
    }

    public var description: String {
        switch self.kind {
        case .circuitBreaker: "circuit breaker \"\(self.name)\""
        case .timeout(let duration):
            "\(self.waitsForCancellation ? "cooperative timeout" : "timeout") \"\(self.name)\" (\(duration))"
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

/// A policy whose `run` takes the operation as a closure that runs on the caller's task, without escaping: the shape
/// of most policies. It gets ``ResiliencePolicy/execute(_:)`` for free.
public protocol CallerTaskResiliencePolicy: ResiliencePolicy {
    /// Runs `operation` on the caller's task under the policy.
    nonisolated(nonsending) func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T
}

extension CallerTaskResiliencePolicy {
    @inlinable
    @inline(__always)
    nonisolated(nonsending) public func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output {
        try await self.run { try await operation.run() }
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
    @inline(__always)
    nonisolated(nonsending) public func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output {
        try await self.outer.execute(GuardedOperation(policy: self.inner, operation: operation))
    }

    public var policyDescriptions: [PolicyDescription] {
        self.outer.policyDescriptions + self.inner.policyDescriptions
    }
}

extension CircuitBreaker: CallerTaskResiliencePolicy {
    public var policyDescriptions: [PolicyDescription] {
        let window: Duration? =
            switch self.configuration.slidingWindow.kind {
            case .countBased: nil
            case .timeBased(let duration, _): duration
            }
        return [PolicyDescription(name: self.name, kind: .circuitBreaker(window: window))]
    }
}

extension Bulkhead: CallerTaskResiliencePolicy {
    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .bulkhead)]
    }
}

extension RateLimiter: CallerTaskResiliencePolicy {
    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .rateLimiter)]
    }
}

extension AdaptiveConcurrencyLimiter: CallerTaskResiliencePolicy {
    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .adaptiveConcurrencyLimiter)]
    }
}

extension Retry: CallerTaskResiliencePolicy {
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
    nonisolated(nonsending) public func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output {
        try await self.run { try await operation.run() }
    }

    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .hedging)]
    }
}

extension Timeout: ResiliencePolicy {
    @inlinable
    nonisolated(nonsending) public func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output {
        try await self.run { try await operation.run() }
    }

    public var policyDescriptions: [PolicyDescription] {
        [
            PolicyDescription(
                name: self.name,
                kind: .timeout(self.duration),
                waitsForCancellation: self.mode == .cooperative
            )
        ]
    }
}

extension Fallback: ResiliencePolicy {
    /// Runs `operation`; when its result type is the fallback's `Value`, answers with the alternative on the errors the
    /// filter matches. For any other result type the fallback lets errors through: a fallback only knows how to stand
    /// in for its own type.
    nonisolated(nonsending) public func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output {
        do {
            return try await operation.run()
        } catch {
            guard Operation.Output.self == Value.self, self.filter.matches(error) else { throw error }
            return try await self.alternative(error) as! Operation.Output
        }
    }

    public var policyDescriptions: [PolicyDescription] {
        [PolicyDescription(name: self.name, kind: .fallback)]
    }
}
