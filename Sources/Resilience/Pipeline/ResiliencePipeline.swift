/// Several policies around one integration point, composed in order, outermost first.
///
/// ```swift
/// let pipeline = ResiliencePipeline { retry; breaker; Timeout(.seconds(1)); bulkhead }
/// let receipt = try await pipeline.run { try await payments.charge(order) }
/// ```
///
/// The order is the order of the block: the first policy sees the call first and its outcome last. The usual order,
/// Polly's, is: a total timeout, a retry, a circuit breaker, a timeout per attempt, then the limits (bulkhead, rate
/// limiter) closest to the call. The pipeline is a plain nested value of its policies' concrete types, with no
/// existential, and its layers hand each other values rather than closures, so that the optimiser can make it the same
/// code as the nested calls written by hand. (It does for most compositions; a retry around a breaker still costs
/// more, see `Benchmarks/README.md`.)
///
/// The pipeline checks its order and values when it is built, and lists what looks risky in ``warnings`` (a retry
/// outside a bulkhead holds the permit through its delays; a timeout outside a retry that leaves no time for a retry;
/// …). ``validated()`` turns them into an error, for services that want to refuse a risky configuration at startup.
public struct ResiliencePipeline<Policies: ResiliencePolicy>: Sendable {
    /// The composed policies.
    public let policies: Policies

    /// What looks risky in the order or values of the policies; empty when nothing does.
    public let warnings: [PipelineWarning]

    /// Builds a pipeline from its policies, outermost first.
    @inlinable
    public init(@ResiliencePipelineBuilder _ build: () -> Policies) {
        self.init(policies: build())
    }

    /// Wraps already composed policies.
    public init(policies: Policies) {
        self.policies = policies
        self.warnings = PipelineWarning.check(policies.policyDescriptions)
    }

    /// The policies, outermost first.
    public var policyDescriptions: [PolicyDescription] {
        self.policies.policyDescriptions
    }

    /// Runs `operation` through every policy, outermost first.
    ///
    /// - Parameter operation: The call to the integration point. It runs on the caller's executor (no hop), and is
    ///   `@Sendable` because a timeout or hedging in the pipeline runs it in a task of its own.
    /// - Returns: What `operation` returned, or a fallback's value.
    /// - Throws: Whatever the outermost policy threw: the operation's error, or a policy's (``CircuitBreakerOpenError``,
    ///   ``TimeoutError``, ``BulkheadFullError``, ``RateLimitExceededError``, …).
    @inlinable
    nonisolated(nonsending) public func run<T: Sendable>(
        _ operation: nonisolated(nonsending) @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.policies.execute(ClosureOperation(operation))
    }

    /// The pipeline, or ``PipelineValidationError`` when it has ``warnings``.
    public func validated() throws(PipelineValidationError) -> Self {
        guard self.warnings.isEmpty else { throw PipelineValidationError(warnings: self.warnings) }
        return self
    }
}

/// Builds the nested composition of a ``ResiliencePipeline`` from a list of policies, outermost first.
@resultBuilder
public enum ResiliencePipelineBuilder {
    /// The first policy.
    @inlinable
    public static func buildPartialBlock<P: ResiliencePolicy>(first: P) -> P {
        first
    }

    /// The policies so far, with `next` inside them.
    @inlinable
    public static func buildPartialBlock<Outer: ResiliencePolicy, Inner: ResiliencePolicy>(
        accumulated: Outer,
        next: Inner
    ) -> ComposedPolicy<Outer, Inner> {
        ComposedPolicy(outer: accumulated, inner: next)
    }
}

/// Something risky in the order or values of a pipeline's policies.
public struct PipelineWarning: Sendable, Hashable, CustomStringConvertible {
    /// The policies concerned, outermost first.
    public var policies: [PolicyDescription]
    /// What is risky and why.
    public var message: String

    public var description: String {
        self.message
    }

    /// The rules, applied to the policies outermost first.
    static func check(_ policies: [PolicyDescription]) -> [PipelineWarning] {
        var warnings: [PipelineWarning] = []
        for (outerIndex, outer) in policies.enumerated() {
            for inner in policies[(outerIndex + 1)...] {
                if let message = Self.rule(outer: outer, inner: inner) {
                    warnings.append(PipelineWarning(policies: [outer, inner], message: message))
                }
            }
        }
        return warnings
    }

    private static func rule(outer: PolicyDescription, inner: PolicyDescription) -> String? {
        switch (outer.kind, inner.kind) {
        case (.circuitBreaker(let window?), .timeout(let timeout)) where window < timeout * 2:
            return "\(outer)'s time window (\(window)) is shorter than twice the \(inner) inside it: a call that times "
                + "out is recorded after the window that admitted it has mostly passed, and slow failures barely count"
        case (.timeout(let total), .retry(let attempts, let firstDelay)) where attempts > 1 && total <= firstDelay:
            return "\(outer) outside \(inner) is not longer than the retry's first delay (\(firstDelay)): no retry can "
                + "happen before the timeout"
        case (.timeout(let outerTimeout), .timeout(let innerTimeout)) where innerTimeout >= outerTimeout:
            return "\(inner) inside \(outer) is not shorter than it: the inner timeout never fires"
        case (.bulkhead, .retry), (.adaptiveConcurrencyLimiter, .retry):
            return
                "\(outer) outside \(inner) holds its permit through the retry's delays: put the limit inside the retry"
        case (.circuitBreaker, .retry):
            return
                "\(inner) inside \(outer) hides failures from the breaker (it sees one outcome per call, after every "
                + "attempt) and keeps retrying while the breaker should be open: put the retry outside the breaker"
        case (.fallback, .fallback):
            return "\(inner) inside \(outer) answers first, so the outer fallback only sees the inner one's failures"
        default:
            return nil
        }
    }
}

/// The error of ``ResiliencePipeline/validated()``: the pipeline has warnings.
public struct PipelineValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is risky.
    public var warnings: [PipelineWarning]

    public var description: String {
        "resilience pipeline: " + self.warnings.map(\.message).joined(separator: "; ")
    }
}
