// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

public import AsyncHTTPClient
public import Logging
import NIOCore
public import Resilience

/// AsyncHTTPClient with every host protected: each request runs through the integration point of its host
/// (`scheme://host:port`), its status and errors are classified, each attempt is bounded and carries its budget to the
/// server, and the call is counted where the dashboard and the metrics see it.
///
/// ```swift
/// let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup,
///                       configuration: .init(connectionPool: .init(retryConnectionEstablishment: false)))
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
/// - **Bodies.** ``execute(_:timeout:retry:logger:)`` returns at the head: the body it returns ends with
///   `TimeoutError` once the attempt's budget has passed, and an error while it is read is recorded late
///   (`IntegrationPoint.recordLateFailure`). ``execute(_:collectingUpTo:timeout:retry:logger:)`` and
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
    public func execute(
        _ request: HTTPClientRequest,
        timeout: Duration? = nil,
        retry: HTTPRetryEligibility? = nil,
        logger: Logger? = nil
    ) async throws -> HTTPClientResponse {
        let call = try self.call(for: request, retry: retry)
        let (response, attempt) = try await self.perform(
            request,
            call: call,
            timeout: timeout,
            logger: logger,
            consume: { response, attempt in (response, attempt) },
            answer: { response in (response, nil) }
        )
        guard let attempt else { return response }
        var guarded = response
        let point = call.point
        let classification = self.configuration.errorClassification
        guarded.body = .stream(
            GuardedResponseBody(
                body: response.body,
                deadline: attempt.deadline,
                timeoutName: attempt.timeoutName,
                budget: attempt.budget,
                recordLate: { error in
                    switch classification.outcome(for: error) {
                    case .failure: point.recordLateFailure(error)
                    case .contractViolation(let reason):
                        point.recordLateContractViolation(reason: reason, message: String(describing: error))
                    case .success, .ignored: break
                    }
                }
            )
        )
        return guarded
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
    public func execute(
        _ request: HTTPClientRequest,
        collectingUpTo maxBytes: Int,
        timeout: Duration? = nil,
        retry: HTTPRetryEligibility? = nil,
        logger: Logger? = nil
    ) async throws -> HTTPClientResponse {
        let call = try self.call(for: request, retry: retry)
        return try await self.perform(
            request,
            call: call,
            timeout: timeout,
            logger: logger,
            consume: { response, attempt in
                let body = response.body
                let bytes = try await attempt.withinBudget { try await body.collect(upTo: maxBytes) }
                var collected = response
                collected.body = .bytes(bytes)
                return collected
            },
            answer: { $0 }
        )
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
    /// `handleResponse` runs within the attempt's budget, in a task of its own (a `TimeoutError` answers at the
    /// deadline). A response whose status counts as a failure or violation is handed to it after the pipeline gave up,
    /// and what it throws then is not counted again.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - timeout: The most each attempt may take, `handleResponse` included.
    ///   - retry: Whether the request may be sent again; by default the configuration's.
    ///   - logger: AsyncHTTPClient's logger for the request.
    ///   - handleResponse: Turns the response into the result.
    /// - Returns: What `handleResponse` returned.
    /// - Throws: A policy's refusal, `TimeoutError`, AsyncHTTPClient's error, or what `handleResponse` threw.
    public func execute<Result: Sendable>(
        _ request: HTTPClientRequest,
        timeout: Duration? = nil,
        retry: HTTPRetryEligibility? = nil,
        logger: Logger? = nil,
        handleResponse: @escaping @Sendable (HTTPClientResponse) async throws -> Result
    ) async throws -> Result {
        let call = try self.call(for: request, retry: retry)
        return try await self.perform(
            request,
            call: call,
            timeout: timeout,
            logger: logger,
            consume: { response, attempt in
                try await attempt.withinBudget { try await handleResponse(response) }
            },
            answer: handleResponse
        )
    }

    // MARK: - One call

    /// What the attempts of one call share.
    private struct Call: Sendable {
        var key: String
        var point: IntegrationPoint<Policies>
        var eligibleForRetry: Bool
    }

    private func call(for request: HTTPClientRequest, retry: HTTPRetryEligibility?) throws -> Call {
        let key = try HTTPIntegrationPointKey.key(forURL: request.url)
        let eligibility = retry ?? self.configuration.retryEligibility
        return Call(
            key: key,
            point: try self.integrationPoints.integrationPoint(for: key),
            eligibleForRetry: eligibility.permitsRetry(
                method: request.method.rawValue,
                body: request.body == nil ? .none : .unknown
            )
        )
    }

    /// Runs the attempts through the pipeline; `consume` turns a response whose status counts as a success into the
    /// result inside the attempt, `answer` turns the last failing response into the result outside it.
    private func perform<Result: Sendable>(
        _ request: HTTPClientRequest,
        call: Call,
        timeout: Duration?,
        logger: Logger?,
        consume: @escaping @Sendable (HTTPClientResponse, Attempt) async throws -> Result,
        answer: (HTTPClientResponse) async throws -> Result
    ) async throws -> Result {
        do {
            return try await call.point.run {
                try await self.attempt(request, call: call, timeout: timeout, logger: logger, consume: consume)
            }
        } catch let failure as ClassifiedFailure {
            if let status = failure.underlying as? HTTPStatusFailure {
                return try await answer(status.response)
            }
            throw failure.underlying
        }
    }

    /// One attempt: bounded, classified.
    private func attempt<Result: Sendable>(
        _ request: HTTPClientRequest,
        call: Call,
        timeout: Duration?,
        logger: Logger?,
        consume: @Sendable (HTTPClientResponse, Attempt) async throws -> Result
    ) async throws -> Result {
        let requested = (timeout ?? self.configuration.defaultTimeout).nanoseconds
        var budget = requested
        if let deadline = Deadline.current {
            budget = min(budget, deadline.remainingNanoseconds)
        }
        let attempt = Attempt(
            deadline: NIODeadline.now() + .nanoseconds(budget),
            budget: .nanoseconds(requested),
            timeoutName: "\(call.point.name) \(call.key)"
        )
        guard budget >= 1_000_000 else {
            // Spent before it was sent: nothing is known of the host.
            throw ClassifiedFailure(attempt.timeoutError(), outcome: .ignored, permitsRetry: false)
        }

        var request = request
        if let header = self.configuration.deadlineHeader {
            // What is left now, rounded down: the server never believes it has more time than we do.
            let remaining = (attempt.deadline - NIODeadline.now()).nanoseconds
            guard let value = header.value(forRemaining: .nanoseconds(remaining)) else {
                throw ClassifiedFailure(attempt.timeoutError(), outcome: .ignored, permitsRetry: false)
            }
            let callers = request.headers.first(name: header.name).flatMap { header.remaining(fromValue: $0) }
            if callers.map({ $0.nanoseconds > remaining }) ?? true {
                request.headers.replaceOrAdd(name: header.name, value: value)
            }
        }

        let response: HTTPClientResponse
        do {
            response = try await self.client.execute(request, deadline: attempt.deadline, logger: logger)
        } catch {
            throw self.classified(error, attempt: attempt, call: call)
        }

        let outcome = self.configuration.statusClassification.outcome(forStatus: Int(response.status.code))
        switch outcome {
        case .success, .ignored:
            do {
                return try await consume(response, attempt)
            } catch {
                throw self.classified(error, attempt: attempt, call: call)
            }
        case .failure, .contractViolation:
            let retryAfter = response.headers.first(name: "retry-after").flatMap {
                RetryAfter.delay(fromHeaderValue: $0)
            }
            let waitable = retryAfter.map { $0 <= self.configuration.maximumRetryAfter } ?? true
            throw ClassifiedFailure(
                HTTPStatusFailure(response: await self.drained(response, attempt: attempt)),
                outcome: outcome,
                permitsRetry: call.eligibleForRetry && outcome == .failure && waitable,
                retryAfterDelay: retryAfter
            )
        }
    }

    /// `error` with its outcome, as it travels through the pipeline; a passed deadline as `TimeoutError`.
    private func classified(_ error: any Error, attempt: Attempt, call: Call) -> any Error {
        if error is CancellationError || (error as? HTTPClientError) == .cancelled {
            // Cancelled at the attempt's deadline (a caller's `withTimeout` whose deadline the attempt took): the host
            // ran out of time, which its breaker must learn, however the news arrived. Otherwise the caller left.
            if (attempt.deadline - NIODeadline.now()).nanoseconds <= Attempt.cancellationSlack {
                return ClassifiedFailure(attempt.timeoutError(), outcome: .failure, permitsRetry: false)
            }
            return error
        }
        if let failure = error as? ClassifiedFailure {
            // The caller's own (from `handleResponse`): kept whole, so that it comes out as itself.
            return ClassifiedFailure(
                failure,
                outcome: failure.outcome,
                permitsRetry: call.eligibleForRetry && failure.permitsRetry,
                retryAfterDelay: failure.retryAfterDelay
            )
        }
        if let error = error as? any ClassifiedError {
            return ClassifiedFailure(
                error,
                outcome: error.outcome,
                permitsRetry: call.eligibleForRetry && error.permitsRetry
            )
        }
        let error: any Error =
            (error as? HTTPClientError) == .deadlineExceeded ? attempt.timeoutError() : error
        let outcome = self.configuration.errorClassification.outcome(for: error)
        return ClassifiedFailure(error, outcome: outcome, permitsRetry: call.eligibleForRetry && outcome == .failure)
    }

    /// A failing response with its body read (up to the configured bytes), so that it can be retried without holding
    /// a connection and still be read by the caller.
    private func drained(_ response: HTTPClientResponse, attempt: Attempt) async -> HTTPClientResponse {
        var drained = response
        let body = response.body
        let limit = self.configuration.maximumErrorBodyBytes
        do {
            drained.body = .bytes(try await attempt.withinBudget { try await body.collect(upTo: limit) })
        } catch {
            drained.body = .stream(FailingBody(error: error))
        }
        return drained
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

/// The bounds of one attempt.
struct Attempt: Sendable {
    /// When the attempt's budget runs out.
    var deadline: NIODeadline
    /// The budget the caller asked for, for `TimeoutError`.
    var budget: Duration
    /// The name in `TimeoutError`: `<point> <key>`.
    var timeoutName: String

    /// How early a cancellation may arrive and still be the deadline's: timers fire on time or late, and the
    /// cancellation travels through a task switch or two.
    static let cancellationSlack: Int64 = 2_000_000

    func timeoutError() -> TimeoutError {
        let late = max(0, (NIODeadline.now() - self.deadline).nanoseconds)
        return TimeoutError(name: self.timeoutName, timeout: self.budget, lateness: .nanoseconds(late))
    }

    /// Runs `operation` until the attempt's deadline at most: `TimeoutError` then, and `operation` is cancelled.
    func withinBudget<T: Sendable>(_ operation: sending @escaping @isolated(any) () async throws -> T) async throws -> T
    {
        let remaining = (self.deadline - NIODeadline.now()).nanoseconds
        guard remaining > 0 else { throw self.timeoutError() }
        do {
            return try await withTimeout(.nanoseconds(remaining), name: self.timeoutName, operation: operation)
        } catch let timeout as TimeoutError where timeout.name == self.timeoutName {
            throw self.timeoutError()
        }
    }
}

/// A response body that throws `error` where it is read.
struct FailingBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let error: any Error

    func makeAsyncIterator() -> Iterator { Iterator(error: self.error) }

    struct Iterator: AsyncIteratorProtocol {
        var error: (any Error)?
        mutating func next() async throws -> ByteBuffer? {
            guard let error = self.error else { return nil }
            self.error = nil
            throw error
        }
    }
}

#endif
