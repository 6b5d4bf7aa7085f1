// Built only with the package trait `Hummingbird` (its dependencies are fetched only then).
#if Hummingbird

public import Hummingbird
public import Resilience

/// Refuses requests quickly when the service is at capacity: **503** with `Retry-After` before the handler runs,
/// instead of queueing them until every caller times out.
///
/// The capacity is an integration point's pipeline run on the request's own task: an ``Resilience/AdaptiveConcurrencyLimiter``
/// (which finds the capacity from the latency it measures), a ``Resilience/Bulkhead`` (a fixed number of requests in
/// flight, and how long one may wait for its turn), a ``Resilience/RateLimiter``, or several. The handler's answer is
/// classified by its status, so that a limiter learns from 5xx and the point's statistics count them as failures:
///
/// ```swift
/// let limiter = try AdaptiveConcurrencyLimiter(name: "inbound", configuration: .init(initialLimit: 64))
/// let inbound = try registry.register("inbound", pipeline: ResiliencePipeline { limiter })
/// router.add(middleware: LoadSheddingMiddleware(integrationPoint: inbound))
///
/// // Or one point per route ("GET /orders/{id}"), each with its own capacity:
/// let routes = try registry.registerKeyed("inbound", maxInstances: 100) { route in
///     ResiliencePipeline { try Bulkhead(name: "inbound \(route)", maxConcurrentCalls: 32) }
/// }
/// router.add(middleware: LoadSheddingMiddleware(perRoute: routes))
/// ```
///
/// `Retry-After` is the refusing policy's own estimate when it has one (an open breaker's remaining wait, a rate
/// limiter's next period), else `retryAfter`, in whole seconds. The body is `{"error":"overloaded","retryAfterSeconds":N}`.
/// A handler's answer is returned unchanged whatever its class; an error it throws is classified by its status (an
/// `HTTPError`'s, else 500) and thrown on.
public struct LoadSheddingMiddleware<Context: RequestContext, Policies: CallerTaskResiliencePolicy>: RouterMiddleware {
    public typealias Input = Request
    public typealias Output = Response

    /// What `handle` does, made where the middleware is created. Hummingbird calls a middleware through an existential,
    /// so `handle` runs as generic code over `Context` and `Policies`; this closure, made by the inlinable initialisers
    /// in the caller's module, runs the point's pipeline specialised for the caller's types (per request, against the
    /// generic path: 6 of 9 async frames, 1 of 4 executor checks and 2 reference counts fewer).
    @usableFromInline
    let shed: @Sendable (Request, Context, (Request, Context) async throws -> Response) async throws -> Response

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
        self.shed = { request, context, next in
            try await Self.respond(
                to: request,
                context: context,
                next: next,
                through: integrationPoint,
                retryAfter: retryAfter,
                statusClassification: statusClassification
            )
        }
    }

    /// Sheds each route through a point of its own, keyed by the method and the route's pattern (`GET /orders/{id}`,
    /// or `NotFound` for paths no route matches).
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
        self.shed = { request, context, next in
            try await Self.respond(
                to: request,
                context: context,
                next: next,
                through: points.integrationPoint(for: routeKey(request.method, context.endpointPath)),
                retryAfter: retryAfter,
                statusClassification: statusClassification
            )
        }
    }

    /// Runs `next` through the point's pipeline; answers 503 with `Retry-After` when the pipeline refuses.
    public func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        try await self.shed(request, context, next)
    }

    /// Runs `next` through `point`'s pipeline, classified by `statusClassification`; answers a refusal with 503.
    @inlinable
    static func respond(
        to request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response,
        through point: IntegrationPoint<Policies>,
        retryAfter: Duration,
        statusClassification: HTTPStatusClassification
    ) async throws -> Response {
        do {
            return try await point.runOnCallerTask { () async throws -> Response in
                let response: Response
                do {
                    response = try await next(request, context)
                } catch {
                    throw classifiedHandlerError(error, statusClassification)
                }
                switch statusClassification.outcome(forStatus: response.status.code) {
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

/// The point of a route, `GET /orders/{id}`, or `GET NotFound` for paths no route matches.
@usableFromInline
func routeKey(_ method: HTTPRequest.Method, _ endpointPath: String?) -> String {
    "\(method) \(endpointPath ?? "NotFound")"
}

/// What a handler's error is for the point: classified by its status (an `HTTPError`'s, else 500).
@usableFromInline
func classifiedHandlerError(_ error: any Error, _ statusClassification: HTTPStatusClassification) -> ClassifiedFailure {
    let status = (error as? any HTTPResponseError)?.status.code ?? 500
    return ClassifiedFailure(error, outcome: statusClassification.outcome(forStatus: status), permitsRetry: false)
}

/// A refusal's answer: 503 with `Retry-After` and the shedding body.
@usableFromInline
func overloaded(retryAfter delay: Duration) -> Response {
    Response(
        status: .serviceUnavailable,
        headers: [.retryAfter: RetryAfter.headerValue(for: delay), .contentType: "application/json"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: InboundAdmission.sheddingBody(retryAfter: delay)))
    )
}

#endif
