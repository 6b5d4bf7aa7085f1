// Built only with the package trait `GRPC` (its dependencies are fetched only then).
#if GRPC

public import GRPCCore
public import Resilience

/// Refuses RPCs quickly when the service is at capacity: `.unavailable` with `grpc-retry-pushback-ms` in the trailers
/// before the handler runs, instead of queueing them until every caller times out. grpc-swift-2's and grpc-go's
/// clients wait that long before their retry policy tries again.
///
/// The capacity is an integration point's pipeline run on the RPC's own task (an
/// ``Resilience/AdaptiveConcurrencyLimiter``, a ``Resilience/Bulkhead``, a ``Resilience/RateLimiter``, or several),
/// one for the server or one per method:
///
/// ```swift
/// let limiter = try AdaptiveConcurrencyLimiter(name: "inbound-grpc", configuration: .init(initialLimit: 64))
/// let inbound = try registry.register("inbound-grpc", pipeline: ResiliencePipeline { limiter })
/// let server = GRPCServer(transport: transport, services: [inventory],
///                         interceptors: [DeadlineServerInterceptor(), LoadSheddingServerInterceptor(integrationPoint: inbound)])
/// ```
///
/// The status the handler answers with is classified (``GRPCStatusClassification``): an error status counts for the
/// point as a failure or a contract violation. A unary or client-streaming RPC's handler runs inside the pipeline; for
/// a server-streaming or bidirectional one, the pipeline covers the handler up to the start of its response stream,
/// and an error status the stream ends with is recorded late.
public struct LoadSheddingServerInterceptor<Policies: CallerTaskResiliencePolicy>: ServerInterceptor {
    enum Points: Sendable {
        case one(IntegrationPoint<Policies>)
        case perMethod(KeyedIntegrationPoints<Policies>)
    }

    let points: Points
    /// The pushback of a refusal whose policy gives no estimate of its own.
    public let retryPushback: Duration
    /// How the handler's status counts.
    public let statusClassification: GRPCStatusClassification

    /// Sheds every RPC through one point.
    ///
    /// - Parameters:
    ///   - integrationPoint: The point whose pipeline admits RPCs.
    ///   - retryPushback: The `grpc-retry-pushback-ms` of a refusal whose policy gives none. Default 1 second.
    ///   - statusClassification: How the handler's status counts for the point.
    public init(
        integrationPoint: IntegrationPoint<Policies>,
        retryPushback: Duration = .seconds(1),
        statusClassification: GRPCStatusClassification = .default
    ) {
        self.points = .one(integrationPoint)
        self.retryPushback = retryPushback
        self.statusClassification = statusClassification
    }

    /// Sheds each method through a point of its own, keyed by its fully qualified name (`inventory.Inventory/Reserve`).
    ///
    /// - Parameters:
    ///   - points: The keyed family that makes each method's point.
    ///   - retryPushback: The `grpc-retry-pushback-ms` of a refusal whose policy gives none. Default 1 second.
    ///   - statusClassification: How the handler's status counts for the point.
    public init(
        perMethod points: KeyedIntegrationPoints<Policies>,
        retryPushback: Duration = .seconds(1),
        statusClassification: GRPCStatusClassification = .default
    ) {
        self.points = .perMethod(points)
        self.retryPushback = retryPushback
        self.statusClassification = statusClassification
    }

    public func intercept<Input: Sendable, Output: Sendable>(
        request: StreamingServerRequest<Input>,
        context: ServerContext,
        next: @Sendable (StreamingServerRequest<Input>, ServerContext) async throws -> StreamingServerResponse<Output>
    ) async throws -> StreamingServerResponse<Output> {
        let point: IntegrationPoint<Policies>
        switch self.points {
        case .one(let one):
            point = one
        case .perMethod(let family):
            point = try family.integrationPoint(for: context.descriptor.fullyQualifiedMethod)
        }
        let classification = self.statusClassification
        var response: StreamingServerResponse<Output>
        do {
            response = try await point.runOnCallerTask { () async throws -> StreamingServerResponse<Output> in
                let response: StreamingServerResponse<Output>
                do {
                    response = try await next(request, context)
                } catch let error as RPCError {
                    throw ResilienceClientInterceptor<Policies>.classified(error, by: classification)
                }
                if case .failure(let error) = response.accepted {
                    switch classification.outcome(for: error.code) {
                    case .success, .ignored: break
                    case .failure, .contractViolation:
                        throw ResilienceClientInterceptor<Policies>.classified(error, by: classification)
                    }
                }
                return response
            }
        } catch let failure as ClassifiedFailure {
            guard let error = failure.underlying as? RPCError else { throw failure.underlying }
            return StreamingServerResponse(error: error)
        } catch {
            guard
                let delay = InboundAdmission.retryAfter(
                    forRejection: error,
                    fallback: self.retryPushback,
                    minimum: .milliseconds(1)
                )
            else {
                throw error
            }
            return StreamingServerResponse(error: Self.unavailable(retryPushback: delay))
        }
        // An error status the response stream ends with counts for the point, late.
        if case .success(var contents) = response.accepted {
            let producer = contents.producer
            contents.producer = { writer in
                do {
                    return try await producer(writer)
                } catch let error as RPCError {
                    switch classification.outcome(for: error.code) {
                    case .failure: point.recordLateFailure(error)
                    case .contractViolation(let reason):
                        point.recordLateContractViolation(reason: reason, message: error.message)
                    case .success, .ignored: break
                    }
                    throw error
                }
            }
            response.accepted = .success(contents)
        }
        return response
    }

    /// `.unavailable`, with the pushback in the trailers.
    static func unavailable(retryPushback delay: Duration) -> RPCError {
        RPCError(
            code: .unavailable,
            message: "the server is at capacity; retry after \(delay.nanoseconds / 1_000_000) ms",
            metadata: ["grpc-retry-pushback-ms": "\(delay.nanoseconds / 1_000_000)"]
        )
    }
}

#endif
