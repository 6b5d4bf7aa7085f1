/// Pipelines whose every policy runs the call on the caller's task (no `Timeout`, no `Hedging`) are caller-task
/// policies themselves: they take a non-escaping, non-`Sendable` closure, as a framework's `next` is (an OpenAPI
/// middleware's, a gRPC interceptor's, a Hummingbird middleware's). Time there is bounded by the caller's deadline and
/// the client's own.
extension ComposedPolicy: CallerTaskResiliencePolicy
where Outer: CallerTaskResiliencePolicy, Inner: CallerTaskResiliencePolicy {
    /// Runs `operation` on the caller's task through the outer policy, then the inner one.
    @inlinable
    @inline(__always)
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        try await self.outer.run { try await self.inner.run(operation) }
    }
}

extension ResiliencePipeline: CallerTaskResiliencePolicy where Policies: CallerTaskResiliencePolicy {
    /// Runs `operation` through every policy, outermost first: ``run(_:)``, for a pipeline whose policies all run the
    /// call on the caller's task.
    ///
    /// Chosen over the general ``run(_:)`` for such a pipeline (it is the more specialised), because it calls the
    /// policies as the nested calls written by hand do: the general one hands each layer the next as a value holding
    /// a copy of the inner policies, which costs each layer a reference count per policy inside it (for a retry,
    /// breaker, bulkhead and rate limiter: 6 retains and 6 releases per call, about as much as the four policies' own
    /// work).
    @inlinable
    nonisolated(nonsending) public func run<T: Sendable>(
        _ operation: nonisolated(nonsending) @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.policies.run { try await operation() }
    }

    /// Runs `operation` on the caller's task through every policy, outermost first.
    ///
    /// Disfavoured, so that a closure that fits both this and ``run(_:)`` keeps the `Sendable` one.
    @inlinable
    @_disfavoredOverload
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        try await self.policies.run(operation)
    }
}

extension IntegrationPoint where Policies: CallerTaskResiliencePolicy {
    /// Runs `operation` through the pipeline: ``run(_:)``, for a point whose policies all run the call on the caller's
    /// task, chosen over the general one for the reason ``ResiliencePipeline/run(_:)`` gives.
    @inlinable
    nonisolated(nonsending) public func run<T: Sendable>(
        _ operation: nonisolated(nonsending) @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.runOnCallerTask { try await operation() }
    }

    /// Runs `operation` on the caller's task through the pipeline, counted as ``run(_:)`` counts: for a framework's
    /// `next`, which must not escape.
    ///
    /// ```swift
    /// let (response, body) = try await point.runOnCallerTask { try await next(request, body, baseURL) }
    /// ```
    ///
    /// - Throws: What the pipeline threw: a policy's refusal, or the operation's error.
    @inlinable
    nonisolated(nonsending) public func runOnCallerTask<T, E: Error>(
        _ operation: () async throws(E) -> T
    ) async throws -> T {
        self.usage?.touch()
        let start = self.recorder.start()
        do {
            let value = try await self.pipeline.policies.run(operation)
            self.recorder.recordSuccess(since: start)
            return value
        } catch {
            self.recorder.recordFailure(error, since: start)
            throw error
        }
    }
}
