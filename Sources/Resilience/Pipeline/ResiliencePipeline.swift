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
/// existential. When every policy runs the call on the caller's task (no ``Timeout``, no ``Hedging``), `run` calls them
/// as the nested calls written by hand do; otherwise its layers hand each other values rather than closures, with no
/// allocation (`Benchmarks/README.md` compares both with the calls written by hand). A pipeline is itself a
/// ``ResiliencePolicy``, so a pipeline can be one layer of another.
///
/// The pipeline checks its order and values when it is built, and lists what looks risky in ``warnings`` (a retry
/// outside a bulkhead holds the permit through its delays; a timeout outside a retry that leaves no time for a retry;
/// …). ``validated()`` turns them into an error, for services that want to refuse a risky configuration at startup.
public struct ResiliencePipeline<Policies: ResiliencePolicy>: Sendable {
    /// The composed policies.
    public let policies: Policies

    /// What looks risky in the order or values of the policies; empty when nothing does.
    public let warnings: [PipelineWarning]

    /// Builds a pipeline from its policies, outermost first. The block may create them, with `try`.
    @inlinable
    public init<E: Error>(@ResiliencePipelineBuilder _ build: () throws(E) -> Policies) throws(E) {
        self.init(policies: try build())
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

    /// The pipeline's ``warnings``, and those that concern the client it guards, described by `client`: for example a
    /// cooperative timeout around a client that ignores cancellation, which would hold callers past their deadline.
    ///
    /// ```swift
    /// let warnings = pipeline.warnings(around: .clientIgnoringCancellation("PostgresNIO"))
    /// ```
    ///
    /// The adapters of swift-resilience check their pipelines this way and log what they find.
    public func warnings(around client: PolicyDescription) -> [PipelineWarning] {
        PipelineWarning.check(self.policies.policyDescriptions + [client])
    }

    /// The pipeline, or ``PipelineValidationError`` when it has ``warnings``.
    public func validated() throws(PipelineValidationError) -> Self {
        guard self.warnings.isEmpty else { throw PipelineValidationError(warnings: self.warnings) }
        return self
    }
}

extension ResiliencePipeline: ResiliencePolicy {
    @inlinable
    nonisolated(nonsending) public func execute<Operation: ResilienceOperation>(
        _ operation: Operation
    ) async throws -> Operation.Output {
        try await self.policies.execute(operation)
    }
}

/// Builds the nested composition of a ``ResiliencePipeline`` from a list of policies, outermost first.
///
/// The composition nests to the right: `a; b; c` becomes `ComposedPolicy(outer: a, inner: ComposedPolicy(outer: b,
/// inner: c))`. Each layer then hands the next one the caller's operation unchanged, and the optimiser specialises the
/// whole pipeline into the code of the nested calls written by hand. (Nested to the left, each layer wrapped the
/// operation in one more type; from four policies on, the optimiser stopped specialising that growing recursion and the
/// pipeline ran as unspecialised generic code, ten times slower.) A block holds up to ten policies; for more, use a
/// pipeline's ``ResiliencePipeline/policies`` as one of them.
@resultBuilder
public enum ResiliencePipelineBuilder {
    /// One policy.
    @inlinable
    public static func buildBlock<P0: ResiliencePolicy>(_ p0: P0) -> P0 {
        p0
    }

    /// 2 policies, the first outermost.
    @inlinable
    public static func buildBlock<P0: ResiliencePolicy, P1: ResiliencePolicy>(
        _ p0: P0,
        _ p1: P1
    ) -> ComposedPolicy<P0, P1> {
        ComposedPolicy(outer: p0, inner: p1)
    }

    /// 3 policies, the first outermost.
    @inlinable
    public static func buildBlock<P0: ResiliencePolicy, P1: ResiliencePolicy, P2: ResiliencePolicy>(
        _ p0: P0,
        _ p1: P1,
        _ p2: P2
    ) -> ComposedPolicy<P0, ComposedPolicy<P1, P2>> {
        ComposedPolicy(outer: p0, inner: Self.buildBlock(p1, p2))
    }

    /// 4 policies, the first outermost.
    @inlinable
    public static func buildBlock<
        P0: ResiliencePolicy,
        P1: ResiliencePolicy,
        P2: ResiliencePolicy,
        P3: ResiliencePolicy
    >(
        _ p0: P0,
        _ p1: P1,
        _ p2: P2,
        _ p3: P3
    ) -> ComposedPolicy<P0, ComposedPolicy<P1, ComposedPolicy<P2, P3>>> {
        ComposedPolicy(outer: p0, inner: Self.buildBlock(p1, p2, p3))
    }

    /// 5 policies, the first outermost.
    @inlinable
    public static func buildBlock<
        P0: ResiliencePolicy,
        P1: ResiliencePolicy,
        P2: ResiliencePolicy,
        P3: ResiliencePolicy,
        P4: ResiliencePolicy
    >(
        _ p0: P0,
        _ p1: P1,
        _ p2: P2,
        _ p3: P3,
        _ p4: P4
    ) -> ComposedPolicy<P0, ComposedPolicy<P1, ComposedPolicy<P2, ComposedPolicy<P3, P4>>>> {
        ComposedPolicy(outer: p0, inner: Self.buildBlock(p1, p2, p3, p4))
    }

    /// 6 policies, the first outermost.
    @inlinable
    public static func buildBlock<
        P0: ResiliencePolicy,
        P1: ResiliencePolicy,
        P2: ResiliencePolicy,
        P3: ResiliencePolicy,
        P4: ResiliencePolicy,
        P5: ResiliencePolicy
    >(
        _ p0: P0,
        _ p1: P1,
        _ p2: P2,
        _ p3: P3,
        _ p4: P4,
        _ p5: P5
    ) -> ComposedPolicy<P0, ComposedPolicy<P1, ComposedPolicy<P2, ComposedPolicy<P3, ComposedPolicy<P4, P5>>>>> {
        ComposedPolicy(outer: p0, inner: Self.buildBlock(p1, p2, p3, p4, p5))
    }

    /// 7 policies, the first outermost.
    @inlinable
    public static func buildBlock<
        P0: ResiliencePolicy,
        P1: ResiliencePolicy,
        P2: ResiliencePolicy,
        P3: ResiliencePolicy,
        P4: ResiliencePolicy,
        P5: ResiliencePolicy,
        P6: ResiliencePolicy
    >(
        _ p0: P0,
        _ p1: P1,
        _ p2: P2,
        _ p3: P3,
        _ p4: P4,
        _ p5: P5,
        _ p6: P6
    ) -> ComposedPolicy<
        P0, ComposedPolicy<P1, ComposedPolicy<P2, ComposedPolicy<P3, ComposedPolicy<P4, ComposedPolicy<P5, P6>>>>>
    > {
        ComposedPolicy(outer: p0, inner: Self.buildBlock(p1, p2, p3, p4, p5, p6))
    }

    /// 8 policies, the first outermost.
    @inlinable
    public static func buildBlock<
        P0: ResiliencePolicy,
        P1: ResiliencePolicy,
        P2: ResiliencePolicy,
        P3: ResiliencePolicy,
        P4: ResiliencePolicy,
        P5: ResiliencePolicy,
        P6: ResiliencePolicy,
        P7: ResiliencePolicy
    >(
        _ p0: P0,
        _ p1: P1,
        _ p2: P2,
        _ p3: P3,
        _ p4: P4,
        _ p5: P5,
        _ p6: P6,
        _ p7: P7
    ) -> ComposedPolicy<
        P0,
        ComposedPolicy<
            P1, ComposedPolicy<P2, ComposedPolicy<P3, ComposedPolicy<P4, ComposedPolicy<P5, ComposedPolicy<P6, P7>>>>>
        >
    > {
        ComposedPolicy(outer: p0, inner: Self.buildBlock(p1, p2, p3, p4, p5, p6, p7))
    }

    /// 9 policies, the first outermost.
    @inlinable
    public static func buildBlock<
        P0: ResiliencePolicy,
        P1: ResiliencePolicy,
        P2: ResiliencePolicy,
        P3: ResiliencePolicy,
        P4: ResiliencePolicy,
        P5: ResiliencePolicy,
        P6: ResiliencePolicy,
        P7: ResiliencePolicy,
        P8: ResiliencePolicy
    >(
        _ p0: P0,
        _ p1: P1,
        _ p2: P2,
        _ p3: P3,
        _ p4: P4,
        _ p5: P5,
        _ p6: P6,
        _ p7: P7,
        _ p8: P8
    ) -> ComposedPolicy<
        P0,
        ComposedPolicy<
            P1,
            ComposedPolicy<
                P2,
                ComposedPolicy<P3, ComposedPolicy<P4, ComposedPolicy<P5, ComposedPolicy<P6, ComposedPolicy<P7, P8>>>>>
            >
        >
    > {
        ComposedPolicy(outer: p0, inner: Self.buildBlock(p1, p2, p3, p4, p5, p6, p7, p8))
    }

    /// 10 policies, the first outermost.
    @inlinable
    public static func buildBlock<
        P0: ResiliencePolicy,
        P1: ResiliencePolicy,
        P2: ResiliencePolicy,
        P3: ResiliencePolicy,
        P4: ResiliencePolicy,
        P5: ResiliencePolicy,
        P6: ResiliencePolicy,
        P7: ResiliencePolicy,
        P8: ResiliencePolicy,
        P9: ResiliencePolicy
    >(
        _ p0: P0,
        _ p1: P1,
        _ p2: P2,
        _ p3: P3,
        _ p4: P4,
        _ p5: P5,
        _ p6: P6,
        _ p7: P7,
        _ p8: P8,
        _ p9: P9
    ) -> ComposedPolicy<
        P0,
        ComposedPolicy<
            P1,
            ComposedPolicy<
                P2,
                ComposedPolicy<
                    P3,
                    ComposedPolicy<
                        P4, ComposedPolicy<P5, ComposedPolicy<P6, ComposedPolicy<P7, ComposedPolicy<P8, P9>>>>
                    >
                >
            >
        >
    > {
        ComposedPolicy(outer: p0, inner: Self.buildBlock(p1, p2, p3, p4, p5, p6, p7, p8, p9))
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
        case _ where outer.waitsForCancellation && inner.ignoresCancellation:
            return "\(outer) waits for \(inner) to honour cancellation, which it does not: a call past the deadline "
                + "holds its caller until it ends by itself. Use the never-hostage mode (the default), which answers by "
                + "the deadline and counts the call as abandoned work"
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
