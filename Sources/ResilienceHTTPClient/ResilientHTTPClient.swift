// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

public import AsyncHTTPClient
public import Logging
public import Resilience

/// AsyncHTTPClient with every host protected: each request runs through the integration point of its host
/// (`scheme://host:port`), its status and errors are classified, each attempt is bounded and carries its budget to the
/// server, and the call is counted where the dashboard and the metrics see it.
///
/// ```swift
/// var configuration = HTTPClient.Configuration()
/// configuration.connectionPool.retryConnectionEstablishment = false
/// let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
/// let client = try ResilientHTTPClient(client: http, registry: registry, name: "catalog")   // the HTTP preset per host
/// let response = try await client.execute(HTTPClientRequest(url: "https://catalog.internal/items/7"),
///                                         collectingUpTo: 1 << 20, timeout: .seconds(2))
/// ```
///
/// What one call does:
///
/// - **Per host.** The key is `scheme://host:port` (lowercased, default port written out); its point comes from
///   ``integrationPoints``, created on first use and evicted when idle, so a sick host opens its own breaker only.
/// - **Bounded attempts.** Each attempt's budget is the earliest of `timeout` (else
///   ``ResilientHTTPClientConfiguration/defaultTimeout``) and `Deadline.current` (which a `Timeout` outside the
///   `Retry` sets for the whole call). It becomes AsyncHTTPClient's `deadline:` (enforced on the event loop, no task)
///   and the ``ResilientHTTPClientConfiguration/deadlineHeader`` (whole milliseconds, rounded down; a smaller value
///   the caller set is kept). A budget under a millisecond throws `TimeoutError` and sends nothing.
/// - **Classified.** A status the ``ResilientHTTPClientConfiguration/statusClassification`` counts as a failure or a
///   contract violation travels through the pipeline as `ClassifiedFailure(HTTPStatusFailure(response:), …)` with the
///   server's `Retry-After`, so a breaker opens on 503s but not on 422s, and a `Retry` waits as long as asked (a
///   `Retry-After` beyond ``ResilientHTTPClientConfiguration/maximumRetryAfter`` ends the retries). Its body is read
///   inside the attempt, so a retried response frees its connection. Errors are classified by
///   ``ResilientHTTPClientConfiguration/errorClassification``.
/// - **Retried only when safe.** An attempt may be retried only when the request is eligible
///   (``ResilientHTTPClientConfiguration/retryEligibility``, or `retry:`): under `.automatic`, an idempotent method
///   without a body. A `POST` is never sent twice unless the caller says so.
/// - **The caller gets the response.** After the pipeline, a failing or violating response is returned (or handed to
///   `handleResponse`) like any other; the caller sees a policy's refusal as itself (`CircuitBreakerOpenError`, …), a
///   passed budget as `TimeoutError`, and AsyncHTTPClient's errors as themselves.
/// - **Bodies.** Every read of a body is bounded by the attempt's deadline (`TimeoutError` then); declare the client's
///   read timeout in ``ResilientHTTPClientConfiguration/clientReadTimeout`` and this costs nothing until the last
///   stretch of the budget. ``execute(_:timeout:retry:logger:)`` returns at the head: an error while its body is read
///   is recorded late (`IntegrationPoint.recordLateFailure`). ``execute(_:collectingUpTo:timeout:retry:logger:)`` and
///   ``execute(_:timeout:retry:logger:handleResponse:)`` read the body inside the pipeline instead, so a broken body
///   is an ordinary failed (and retryable) attempt.
///
/// AsyncHTTPClient retries refused connections until the request's deadline; give the client
/// `connectionPool.retryConnectionEstablishment = false` so that a refusal fails at once and is classified.
public final class ResilientHTTPClient<Policies: ResiliencePolicy>: Sendable {
    /// The AsyncHTTPClient that sends the requests. The caller owns it (and shuts it down).
    public let client: HTTPClient

    /// The integration points, one per host; key `scheme://host:port`.
    public let integrationPoints: KeyedIntegrationPoints<Policies>

    /// How responses and errors count, what is retried and how attempts are bounded.
    public let configuration: ResilientHTTPClientConfiguration

    /// Everything but the pipeline: compiled once here, while the few lines around the pipeline are inlined into the
    /// caller's module and specialised for its policies (an unspecialised generic pipeline costs microseconds).
    @usableFromInline
    let attempts: HTTPAttempts

    /// Wraps `client` with the points of a family registered by the caller.
    ///
    /// ```swift
    /// let hosts = try registry.registerKeyed("catalog", maxInstances: 64) { key in
    ///     try ResiliencePipeline { try CircuitBreaker(name: "catalog \(key)") }
    /// }
    /// let client = ResilientHTTPClient(client: http, integrationPoints: hosts)
    /// ```
    ///
    /// - Parameters:
    ///   - client: The AsyncHTTPClient that sends the requests.
    ///   - integrationPoints: The family whose point for each host guards its requests.
    ///   - configuration: How responses and errors count.
    public init(
        client: HTTPClient,
        integrationPoints: KeyedIntegrationPoints<Policies>,
        configuration: ResilientHTTPClientConfiguration = .init()
    ) {
        self.client = client
        self.integrationPoints = integrationPoints
        self.configuration = configuration
        self.attempts = HTTPAttempts(client: client, configuration: configuration, name: integrationPoints.name)
    }

    /// Wraps `client`, registering a family of points named `name` in `registry`, one per host, each with the pipeline
    /// `makePipeline` makes for its key.
    ///
    /// - Parameters:
    ///   - client: The AsyncHTTPClient that sends the requests.
    ///   - registry: Where the points are registered (and so monitored).
    ///   - name: The family's name: the `name` label of its metrics.
    ///   - maxInstances: The most hosts kept; a new one evicts the idlest.
    ///   - idleTimeout: How long a host's point may go unused before it is evicted.
    ///   - configuration: How responses and errors count.
    ///   - makePipeline: The pipeline of a host, given its key (`https://api.example.com:443`). Name its breaker after
    ///     the key too, so that hosts never share a metrics label.
    /// - Throws: ``Resilience/ConfigurationError`` for an invalid `maxInstances` or `idleTimeout`, or a name already
    ///   registered.
    public convenience init(
        client: HTTPClient,
        registry: ResilienceRegistry,
        name: String,
        maxInstances: Int = 256,
        idleTimeout: Duration? = .seconds(600),
        configuration: ResilientHTTPClientConfiguration = .init(),
        makePipeline: @escaping @Sendable (_ host: String) throws -> ResiliencePipeline<Policies>
    ) throws(ConfigurationError) {
        let points = try registry.registerKeyed(
            name,
            maxInstances: maxInstances,
            idleTimeout: idleTimeout,
            makePipeline: makePipeline
        )
        self.init(client: client, integrationPoints: points, configuration: configuration)
    }

    /// Sends `request` through its host's pipeline and returns the response at its head; the body streams.
    ///
    /// The body ends with `TimeoutError` once the attempt's budget has passed; an error while it is read counts as a
    /// late failure of the host. Read it, or drop it (AsyncHTTPClient then closes the connection).
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - timeout: The most each attempt may take; by default ``ResilientHTTPClientConfiguration/defaultTimeout``.
    ///     `Deadline.current` bounds the whole call.
    ///   - retry: Whether the request may be sent again; by default the configuration's.
    ///   - logger: AsyncHTTPClient's logger for the request.
    /// - Returns: The response, also when its status counts as a failure (after the pipeline gave up on it).
    /// - Throws: A policy's refusal (`CircuitBreakerOpenError`, `BulkheadFullError`, …), `TimeoutError`, or
    ///   AsyncHTTPClient's error.
    @inlinable
    public func execute(
        _ request: HTTPClientRequest,
        timeout: Duration? = nil,
        retry: HTTPRetryEligibility? = nil,
        logger: Logger? = nil
    ) async throws -> HTTPClientResponse {
        let call = try self.attempts.call(for: request, retry: retry)
        let point = try self.integrationPoints.integrationPoint(for: call.key)
        let streamed: HTTPAttempts.StreamedResponse
        do {
            streamed = try await point.run {
                try await self.attempts.streaming(request, call: call, timeout: timeout, logger: logger)
            }
        } catch let failure as ClassifiedFailure {
            return try HTTPAttempts.response(from: failure)
        }
        return self.attempts.guarded(
            streamed,
            recordLateFailure: { point.recordLateFailure($0) },
            recordLateContractViolation: { point.recordLateContractViolation(reason: $0, message: $1) }
        )
    }

    /// Sends `request` through its host's pipeline and reads its body, at most `maxBytes`, inside it: a body that
    /// breaks off is a failed attempt, retried like any other.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - maxBytes: The most bytes accepted; a longer body throws `NIOTooManyBytesError` (a contract violation,
    ///     `body_too_large`).
    ///   - timeout: The most each attempt may take, the body included.
    ///   - retry: Whether the request may be sent again; by default the configuration's.
    ///   - logger: AsyncHTTPClient's logger for the request.
    /// - Returns: The response with its whole body in memory.
    /// - Throws: A policy's refusal, `TimeoutError`, `NIOTooManyBytesError`, or AsyncHTTPClient's error.
    @inlinable
    public func execute(
        _ request: HTTPClientRequest,
        collectingUpTo maxBytes: Int,
        timeout: Duration? = nil,
        retry: HTTPRetryEligibility? = nil,
        logger: Logger? = nil
    ) async throws -> HTTPClientResponse {
        let call = try self.attempts.call(for: request, retry: retry)
        let point = try self.integrationPoints.integrationPoint(for: call.key)
        do {
            return try await point.run {
                try await self.attempts.collecting(
                    request,
                    call: call,
                    upTo: maxBytes,
                    timeout: timeout,
                    logger: logger
                )
            }
        } catch let failure as ClassifiedFailure {
            return try HTTPAttempts.response(from: failure)
        }
    }

    /// Sends `request` through its host's pipeline and turns the response into a value inside it: a body that breaks
    /// off or a `DecodingError` counts for the host (the latter as a contract violation).
    ///
    /// ```swift
    /// let item = try await client.execute(request, timeout: .seconds(1)) { response in
    ///     guard response.status == .ok else { throw LookupError.status(response.status) }
    ///     return try JSONDecoder().decode(Item.self, from: try await response.body.collect(upTo: 1 << 16))
    /// }
    /// ```
    ///
    /// The body `handleResponse` reads is bounded by the attempt's deadline (a read after it throws `TimeoutError`);
    /// time spent elsewhere in it is bounded by a `Timeout` in the pipeline or the caller's deadline. A response whose
    /// status counts as a failure or violation is handed to it after the pipeline gave up, and what it throws then is
    /// not counted again.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - timeout: The most each attempt may take, the body `handleResponse` reads included.
    ///   - retry: Whether the request may be sent again; by default the configuration's.
    ///   - logger: AsyncHTTPClient's logger for the request.
    ///   - handleResponse: Turns the response into the result.
    /// - Returns: What `handleResponse` returned.
    /// - Throws: A policy's refusal, `TimeoutError`, AsyncHTTPClient's error, or what `handleResponse` threw.
    @inlinable
    public func execute<Result: Sendable>(
        _ request: HTTPClientRequest,
        timeout: Duration? = nil,
        retry: HTTPRetryEligibility? = nil,
        logger: Logger? = nil,
        handleResponse: @escaping @Sendable (HTTPClientResponse) async throws -> Result
    ) async throws -> Result {
        let call = try self.attempts.call(for: request, retry: retry)
        let point = try self.integrationPoints.integrationPoint(for: call.key)
        do {
            return try await point.run {
                try await self.attempts.handling(
                    request,
                    call: call,
                    timeout: timeout,
                    logger: logger,
                    handleResponse: handleResponse
                )
            }
        } catch let failure as ClassifiedFailure {
            return try await handleResponse(HTTPAttempts.response(from: failure))
        }
    }
}

extension ResilientHTTPClient where Policies == HTTPDependencyPolicies {
    /// Wraps `client` with the HTTP preset (``Resilience/ResiliencePipeline/http(name:settings:clock:)``: total
    /// timeout, retry, breaker, attempt timeout, rate limiter) for each host, registered in `registry` as the family
    /// `name`; each host's breaker is named `"<name> <key>"`.
    ///
    /// - Parameters:
    ///   - client: The AsyncHTTPClient that sends the requests.
    ///   - registry: Where the points are registered.
    ///   - name: The family's name.
    ///   - maxInstances: The most hosts kept.
    ///   - idleTimeout: How long a host's point may go unused before it is evicted.
    ///   - settings: The preset's settings, the same for every host.
    ///   - configuration: How responses and errors count.
    /// - Throws: ``Resilience/ConfigurationError`` for invalid settings (checked once, here) or a name already
    ///   registered.
    public convenience init(
        client: HTTPClient,
        registry: ResilienceRegistry,
        name: String,
        maxInstances: Int = 256,
        idleTimeout: Duration? = .seconds(600),
        settings: HTTPDependencySettings = HTTPDependencySettings(),
        configuration: ResilientHTTPClientConfiguration = .init()
    ) throws(ConfigurationError) {
        // Invalid settings fail here, not at a host's first request.
        _ = try ResiliencePipeline.http(name: name, settings: settings)
        try self.init(
            client: client,
            registry: registry,
            name: name,
            maxInstances: maxInstances,
            idleTimeout: idleTimeout,
            configuration: configuration,
            makePipeline: { key in try ResiliencePipeline.http(name: "\(name) \(key)", settings: settings) }
        )
    }
}

#endif
