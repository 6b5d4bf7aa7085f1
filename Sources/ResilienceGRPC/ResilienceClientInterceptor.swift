// Built only with the package trait `GRPC` (its dependencies are fetched only then).
#if GRPC

public import GRPCCore
public import Resilience

/// A grpc-swift-2 client interceptor that runs every attempt of an RPC through an integration point (one per service,
/// method or server), with its status classified and the caller's deadline sent on.
///
/// ```swift
/// let points = try registry.registerKeyed("inventory", maxInstances: 16) { key in
///     try ResiliencePipeline { try CircuitBreaker(name: "inventory \(key)"); try Bulkhead(name: "inventory \(key)", maxConcurrentCalls: 32) }
/// }
/// let client = GRPCClient(transport: transport,
///                         interceptors: [try ResilienceClientInterceptor(integrationPoints: points)])
/// ```
///
/// - **Once per attempt.** gRPC runs interceptors once per attempt of its own retry or hedging policy, so each attempt
///   is counted once; the pipeline must not retry as well (the init refuses a `Retry`), and must run on the caller's
///   task (no `Timeout`, no `Hedging`: time is bounded by the call's own timeout and `Deadline.current`).
/// - **Statuses.** gRPC returns failures inside the response, not as errors: a rejected RPC (`accepted` is a failure)
///   is classified by its status code (``GRPCStatusClassification``); an error status that arrives later, while the
///   response's parts are read, is recorded late (`IntegrationPoint.recordLateFailure`). A policy's refusal
///   (`CircuitBreakerOpenError`, `BulkheadFullError`, …) answers `.unavailable` without calling the server.
/// - **Deadlines.** With `propagateDeadline`, an earlier `Deadline.current` replaces the call's `grpc-timeout`, and one
///   that has passed answers `.deadlineExceeded` without calling the server.
public struct ResilienceClientInterceptor<Policies: CallerTaskResiliencePolicy>: ClientInterceptor {
    /// What an RPC's integration point is keyed by.
    public enum Key: Sendable, Hashable {
        /// The fully qualified service (`inventory.Inventory`).
        case service
        /// The fully qualified method (`inventory.Inventory/Reserve`).
        case method
        /// The server the transport talks to (`ipv4:127.0.0.1:8080`).
        case remotePeer
    }

    /// The points, one per key.
    public let integrationPoints: KeyedIntegrationPoints<Policies>
    /// What an RPC's point is keyed by.
    public let key: Key
    /// How a status code counts.
    public let statusClassification: GRPCStatusClassification
    /// Whether an earlier `Deadline.current` replaces the call's `grpc-timeout`.
    public let propagateDeadline: Bool

    /// An interceptor over the points of `integrationPoints`.
    ///
    /// - Parameters:
    ///   - integrationPoints: The family whose points guard the RPCs.
    ///   - key: What an RPC's point is keyed by; by default the service.
    ///   - statusClassification: How a status code counts.
    ///   - propagateDeadline: Whether an earlier `Deadline.current` replaces the call's `grpc-timeout`.
    /// - Throws: ``Resilience/ConfigurationError`` naming `integrationPoints` when its pipelines hold a `Retry`: gRPC
    ///   runs interceptors once per attempt, so a retry here would multiply gRPC's own.
    public init(
        integrationPoints: KeyedIntegrationPoints<Policies>,
        key: Key = .service,
        statusClassification: GRPCStatusClassification = .default,
        propagateDeadline: Bool = true
    ) throws(ConfigurationError) {
        if Self.policiesHoldARetry {
            throw ConfigurationError(
                policy: "gRPC client interceptor \"\(integrationPoints.name)\"",
                field: "integrationPoints",
                value: "a pipeline of \(String(describing: Policies.self))",
                rule: "it must not hold a Retry: gRPC runs interceptors once per attempt (use gRPC's retry policy)"
            )
        }
        self.integrationPoints = integrationPoints
        self.key = key
        self.statusClassification = statusClassification
        self.propagateDeadline = propagateDeadline
    }

    /// Whether the pipeline's type holds `Resilience.Retry` (at any depth of its composition).
    static var policiesHoldARetry: Bool {
        // A composition's name: `Resilience.ComposedPolicy<Resilience.Retry, Resilience.CircuitBreaker>`.
        String(reflecting: Policies.self).split { "<>, ".contains($0) }.contains("Resilience.Retry")
    }

    public func intercept<Input: Sendable, Output: Sendable>(
        request: StreamingClientRequest<Input>,
        context: ClientContext,
        next: (StreamingClientRequest<Input>, ClientContext) async throws -> StreamingClientResponse<Output>
    ) async throws -> StreamingClientResponse<Output> {
        let pointKey =
            switch self.key {
            case .service: context.descriptor.service.fullyQualifiedService
            case .method: context.descriptor.fullyQualifiedMethod
            case .remotePeer: context.remotePeer
            }
        let point = try self.integrationPoints.integrationPoint(for: pointKey)

        var request = request
        if self.propagateDeadline, let deadline = Deadline.current {
            guard let value = DeadlineHeader.grpcTimeout.value(for: deadline) else {
                return StreamingClientResponse(
                    accepted: .failure(RPCError(code: .deadlineExceeded, message: "the caller's deadline has passed"))
                )
            }
            let current = request.metadata[stringValues: "grpc-timeout"].first(where: { _ in true })
            if DeadlineHeader.grpcTimeout.replaces(current, remaining: deadline.remaining) {
                request.metadata.replaceOrAddString(value, forKey: "grpc-timeout")
            }
        }

        let classification = self.statusClassification
        do {
            return try await point.runOnCallerTask { () async throws -> StreamingClientResponse<Output> in
                let response: StreamingClientResponse<Output>
                do {
                    response = try await next(request, context)
                } catch let error as RPCError {
                    throw Self.classified(error, by: classification)
                }
                switch response.accepted {
                case .success(let contents):
                    // An error status may still come with the parts: counted when it is read.
                    let parts = LateClassifiedParts(
                        parts: contents.bodyParts,
                        classification: classification,
                        recordLateFailure: { point.recordLateFailure($0) },
                        recordLateContractViolation: { point.recordLateContractViolation(reason: $0, message: $1) }
                    )
                    return StreamingClientResponse(
                        accepted: .success(
                            .init(metadata: contents.metadata, bodyParts: RPCAsyncSequence(wrapping: parts))
                        )
                    )
                case .failure(let error):
                    switch classification.outcome(for: error.code) {
                    case .success, .ignored: return response
                    case .failure, .contractViolation: throw Self.classified(error, by: classification)
                    }
                }
            }
        } catch let failure as ClassifiedFailure {
            guard let error = failure.underlying as? RPCError else { throw failure.underlying }
            return StreamingClientResponse(accepted: .failure(error))
        } catch let rejection where ErrorFilter.rejections.matches(rejection) {
            return StreamingClientResponse(
                accepted: .failure(
                    RPCError(code: .unavailable, message: String(describing: rejection), cause: rejection)
                )
            )
        }
    }

    /// An `RPCError` with the outcome its code has, as it travels through the pipeline; never retried there.
    static func classified(_ error: RPCError, by classification: GRPCStatusClassification) -> ClassifiedFailure {
        ClassifiedFailure(error, outcome: classification.outcome(for: error.code), permitsRetry: false)
    }
}

/// The parts of an accepted response; an error status among them is recorded against the point, late.
struct LateClassifiedParts<Part: Sendable>: AsyncSequence, Sendable {
    typealias Element = Part
    let parts: RPCAsyncSequence<Part, any Error>
    let classification: GRPCStatusClassification
    let recordLateFailure: @Sendable (any Error) -> Void
    let recordLateContractViolation: @Sendable (_ reason: String, _ message: String) -> Void

    func makeAsyncIterator() -> Iterator {
        Iterator(iterator: self.parts.makeAsyncIterator(), sequence: self)
    }

    struct Iterator: AsyncIteratorProtocol {
        var iterator: RPCAsyncSequence<Part, any Error>.AsyncIterator
        let sequence: LateClassifiedParts

        mutating func next() async throws -> Part? {
            do {
                return try await self.iterator.next()
            } catch let error as RPCError {
                switch self.sequence.classification.outcome(for: error.code) {
                case .failure: self.sequence.recordLateFailure(error)
                case .contractViolation(let reason): self.sequence.recordLateContractViolation(reason, "\(error)")
                case .success, .ignored: break
                }
                throw error
            }
        }
    }
}

/// How a gRPC status code counts for the server that sent it.
///
/// ```swift
/// let lookups = GRPCStatusClassification.default.treating([.notFound], as: .success)
/// ```
public struct GRPCStatusClassification: Sendable {
    private let classify: @Sendable (RPCError.Code) -> CallOutcome

    /// A classification by a function of the code.
    public init(_ classify: @escaping @Sendable (RPCError.Code) -> CallOutcome) {
        self.classify = classify
    }

    /// `unavailable`, `deadlineExceeded`, `resourceExhausted`, `internalError`, `unknown`, `dataLoss` (and `aborted`)
    /// fail; `invalidArgument`, `failedPrecondition`, `outOfRange`, `notFound`, `alreadyExists`, `permissionDenied`,
    /// `unauthenticated`, `unimplemented` violate the contract (`grpc_<code>`); `cancelled` is ignored.
    public static var `default`: GRPCStatusClassification {
        GRPCStatusClassification { code in
            switch code {
            case .cancelled: .ignored
            case .invalidArgument, .failedPrecondition, .outOfRange, .notFound, .alreadyExists, .permissionDenied,
                .unauthenticated, .unimplemented:
                .contractViolation(reason: "grpc_\(code)")
            default: .failure
            }
        }
    }

    /// How a status with `code` counts.
    public func outcome(for code: RPCError.Code) -> CallOutcome {
        self.classify(code)
    }

    /// This classification, except that `codes` count as `outcome`.
    public func treating(_ codes: Set<RPCError.Code>, as outcome: CallOutcome) -> GRPCStatusClassification {
        let classify = self.classify
        return GRPCStatusClassification { code in codes.contains(code) ? outcome : classify(code) }
    }
}

#endif
