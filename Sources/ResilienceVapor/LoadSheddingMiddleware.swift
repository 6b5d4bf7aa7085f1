// Built only with the package trait `Vapor` (its dependencies are fetched only then).
#if Vapor

public import Resilience
public import Vapor

/// Refuses requests quickly when the service is at capacity: **503** with `Retry-After` before the handler runs,
/// instead of queueing them until every caller times out.
///
/// The capacity is an integration point's pipeline: an ``Resilience/AdaptiveConcurrencyLimiter``, a
/// ``Resilience/Bulkhead``, a ``Resilience/RateLimiter``, or several; any pipeline, a `Timeout` included, since Vapor's
/// responder may be called from another task. The handler's answer is classified by its status:
///
/// ```swift
/// let limiter = try AdaptiveConcurrencyLimiter(name: "inbound", configuration: .init(initialLimit: 64))
/// let inbound = try registry.register("inbound", pipeline: ResiliencePipeline { limiter })
/// app.middleware.use(LoadSheddingMiddleware(integrationPoint: inbound))
///
/// // Or one point per route ("GET /orders/:id"), globally or for a group of routes:
/// let routes = try registry.registerKeyed("inbound", maxInstances: 100) { route in
///     ResiliencePipeline { try Bulkhead(name: "inbound \(route)", maxConcurrentCalls: 32) }
/// }
/// let shed = app.grouped(LoadSheddingMiddleware(perRoute: routes))
/// shed.get("orders", ":id") { request in … }
/// ```
///
/// `Retry-After` is the refusing policy's own estimate when it has one (an open breaker's remaining wait, a rate
/// limiter's next period), else `retryAfter`, in whole seconds. The body is `{"error":"overloaded","retryAfterSeconds":N}`.
/// A handler's answer is returned unchanged whatever its class; an error it throws is classified by its status (an
/// `AbortError`'s, else 500) and thrown on.
public struct LoadSheddingMiddleware<Policies: ResiliencePolicy>: AsyncMiddleware {
    /// The `Retry-After` of a refusal whose policy gives none.
    public let retryAfter: Duration
    /// How the handler's status counts for the point.
    public let statusClassification: HTTPStatusClassification

    /// What `respond` does, made where the middleware is created. Vapor calls a middleware through an existential, so
    /// `respond` runs as generic code over `Policies`; this closure, made by the inlinable initialisers in the caller's
    /// module, runs the point's pipeline specialised for the caller's policies.
    @usableFromInline
    let shed: @Sendable (Request, any AsyncResponder) async throws -> Response

    /// Sheds every request the middleware sees through one point.
    ///
    /// - Parameters:
    ///   - integrationPoint: The point whose pipeline admits requests.
    ///   - retryAfter: The `Retry-After` of a refusal whose policy gives none. Default 1 second.
    ///   - statusClassification: How the handler's status counts for the point. Default: 5xx, 408 and 429 fail.
    @inlinable
    public init(
        integrationPoint: IntegrationPoint<Policies>,
        retryAfter: Duration = .seconds(1),
        statusClassification: HTTPStatusClassification = .default
    ) {
        self.retryAfter = retryAfter
        self.statusClassification = statusClassification
        self.shed = { request, next in
            try await Self.respond(
                to: request,
                chainingTo: next,
                through: integrationPoint,
                retryAfter: retryAfter,
                statusClassification: statusClassification
            )
        }
    }

    /// Sheds each route through a point of its own, keyed by its method and path pattern (`GET /orders/:id`). Vapor
    /// wraps global middleware around each route after matching it, so this works globally as well as for a group of
    /// routes; paths that no route matches share the key `unrouted`.
    ///
    /// - Parameters:
    ///   - points: The keyed family that makes each route's point.
    ///   - retryAfter: The `Retry-After` of a refusal whose policy gives none. Default 1 second.
    ///   - statusClassification: How the handler's status counts for the point. Default: 5xx, 408 and 429 fail.
    @inlinable
    public init(
        perRoute points: KeyedIntegrationPoints<Policies>,
        retryAfter: Duration = .seconds(1),
        statusClassification: HTTPStatusClassification = .default
    ) {
        self.retryAfter = retryAfter
        self.statusClassification = statusClassification
        self.shed = { request, next in
            try await Self.respond(
                to: request,
                chainingTo: next,
                through: points.integrationPoint(for: routeKey(request)),
                retryAfter: retryAfter,
                statusClassification: statusClassification
            )
        }
    }

    /// Runs `next` through the point's pipeline; answers 503 with `Retry-After` when the pipeline refuses.
    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await self.shed(request, next)
    }

    /// Runs `next` through `point`'s pipeline, classified by `statusClassification`; answers a refusal with 503.
    @inlinable
    static func respond(
        to request: Request,
        chainingTo next: any AsyncResponder,
        through point: IntegrationPoint<Policies>,
        retryAfter: Duration,
        statusClassification: HTTPStatusClassification
    ) async throws -> Response {
        do {
            return try await point.run { () async throws -> Response in
                let response: Response
                do {
                    response = try await next.respond(to: request)
                } catch {
                    throw classifiedHandlerError(error, statusClassification)
                }
                switch statusClassification.outcome(forStatus: Int(response.status.code)) {
                case .success, .ignored:
                    return response
                case let outcome:
                    throw ClassifiedFailure(ClassifiedAnswer(response), outcome: outcome, permitsRetry: false)
                }
            }
        } catch {
            return try InboundAdmission.answer(to: error, retryAfter: retryAfter, overloaded: overloaded(retryAfter:))
        }
    }
}

/// The point of a request's route, `GET /orders/:id`, or `unrouted` for paths no route matches.
@usableFromInline
func routeKey(_ request: Request) -> String {
    request.route?.description ?? "unrouted"
}

/// What a handler's error is for the point: classified by its status (an `AbortError`'s, else 500).
@usableFromInline
func classifiedHandlerError(_ error: any Error, _ statusClassification: HTTPStatusClassification) -> ClassifiedFailure {
    let status = (error as? any AbortError)?.status.code ?? 500
    return ClassifiedFailure(error, outcome: statusClassification.outcome(forStatus: Int(status)), permitsRetry: false)
}

/// A refusal's answer: 503 with `Retry-After` and the shedding body.
@usableFromInline
func overloaded(retryAfter delay: Duration) -> Response {
    var headers = HTTPHeaders()
    headers.add(name: .retryAfter, value: RetryAfter.headerValue(for: delay))
    headers.add(name: .contentType, value: "application/json")
    return Response(
        status: .serviceUnavailable,
        headers: headers,
        body: .init(string: InboundAdmission.sheddingBody(retryAfter: delay))
    )
}

#endif
