// Built only with the package trait `OpenAPI` (its dependencies are fetched only then).
#if OpenAPI

import Foundation
public import HTTPTypes
public import OpenAPIRuntime
public import Resilience

/// A swift-openapi-runtime client middleware that runs every call of a generated client through an integration point:
/// one per host, per operation, or per both, with its statuses classified and its deadline sent on.
///
/// ```swift
/// let points = try registry.registerKeyed("catalog", maxInstances: 16) { key in
///     try ResiliencePipeline {
///         try Retry(name: "catalog \(key).retry", maxAttempts: 3, shouldRetry: { !ErrorFilter.rejections.matches($0) })
///         try CircuitBreaker(name: "catalog \(key)")
///     }
/// }
/// let client = Client(serverURL: url, transport: AsyncHTTPClientTransport(),
///                     middlewares: [ResilienceClientMiddleware(integrationPoints: points)])
/// ```
///
/// - **Statuses.** swift-openapi-runtime returns 5xx as responses, not errors: the middleware classifies each response
///   by its status (``Resilience/HTTPStatusClassification``). A failure or contract violation travels through the
///   pipeline as a `ClassifiedFailure` carrying an ``OpenAPIStatusFailure`` (with the server's `Retry-After`), so a
///   breaker opens on 503s and not on 422s and a `Retry` retries what may be retried; when the pipeline gives up, the
///   generated client gets the last response, as without the middleware (`.undocumented` or a documented case).
/// - **Retries.** Only for an eligible request (``Resilience/HTTPRetryEligibility``): under `.automatic`, an
///   idempotent method whose body is absent or can be sent again (`HTTPBody.iterationBehavior == .multiple`). A
///   failing response's body is read (up to 1 MiB) so that the caller can still read it after a retry.
/// - **Deadlines.** The `next` of a middleware must not escape, so the pipeline holds only caller-task policies (no
///   `Timeout`, no `Hedging`): time is bounded by `Deadline.current` (a caller's `withTimeout`) and the transport's own
///   timeouts. The time `Deadline.current` leaves goes to the server in the ``deadlineHeader`` (a smaller value
///   already there is kept); a deadline already passed throws `TimeoutError` and sends nothing.
/// - **Decoding.** The generated client decodes above the middleware, so a body that no longer decodes surfaces as a
///   `ClientError` around a `DecodingError`; `ClientError` is a `ClassifiedError` that says so
///   (`.contractViolation(reason: "decoding")`) wherever it is counted: run the generated call through an integration
///   point of your own to count it.
public struct ResilienceClientMiddleware<Policies: CallerTaskResiliencePolicy>: ClientMiddleware {
    /// What a call's integration point is keyed by.
    public enum Key: Sendable, Hashable {
        /// The server: `scheme://host:port` of the base URL.
        case host
        /// The operation ID of the OpenAPI document (`getOrder`).
        case operationID
        /// Both: `scheme://host:port operationID`.
        case hostAndOperationID
    }

    /// The points, one per key.
    public let integrationPoints: KeyedIntegrationPoints<Policies>
    /// What a call's point is keyed by.
    public let key: Key
    /// How a response's status counts.
    public let statusClassification: HTTPStatusClassification
    /// Which requests may be sent again.
    public let retryEligibility: HTTPRetryEligibility
    /// The header that carries the time left to the server, or `nil`.
    public let deadlineHeader: DeadlineHeader?
    /// How the transport's errors count.
    public let errorClassification: ErrorClassification
    /// The longest `Retry-After` worth waiting for; a longer one ends the retries.
    public let maximumRetryAfter: Duration

    /// A middleware over the points of `integrationPoints`.
    ///
    /// - Parameters:
    ///   - integrationPoints: The family whose points guard the calls.
    ///   - key: What a call's point is keyed by; by default the host.
    ///   - statusClassification: How a response's status counts; by default 5xx, 408 and 429 fail, other 4xx violate
    ///     the contract.
    ///   - retryEligibility: Which requests may be sent again.
    ///   - deadlineHeader: The header that carries the time left, or `nil` for a third-party API.
    ///   - errorClassification: How the transport's errors count; by default every error but a cancellation fails.
    ///   - maximumRetryAfter: The longest `Retry-After` worth waiting for.
    public init(
        integrationPoints: KeyedIntegrationPoints<Policies>,
        key: Key = .host,
        statusClassification: HTTPStatusClassification = .default,
        retryEligibility: HTTPRetryEligibility = .automatic,
        deadlineHeader: DeadlineHeader? = .envoyExpectedTimeout,
        errorClassification: ErrorClassification = .default,
        maximumRetryAfter: Duration = .seconds(30)
    ) {
        self.integrationPoints = integrationPoints
        self.key = key
        self.statusClassification = statusClassification
        self.retryEligibility = retryEligibility
        self.deadlineHeader = deadlineHeader
        self.errorClassification = errorClassification
        self.maximumRetryAfter = maximumRetryAfter
    }

    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let pointKey =
            switch self.key {
            case .host: Self.hostKey(baseURL)
            case .operationID: operationID
            case .hostAndOperationID: "\(Self.hostKey(baseURL)) \(operationID)"
            }
        let point = try self.integrationPoints.integrationPoint(for: pointKey)
        let bodyKind: HTTPRetryEligibility.Body =
            switch body?.iterationBehavior {
            case nil: .none
            case .multiple: .replayable
            case .single: .singleUse
            }
        let eligible = self.retryEligibility.permitsRetry(method: request.method.rawValue, body: bodyKind)
        let timeoutName = "\(self.integrationPoints.name) \(pointKey)"
        do {
            return try await point.runOnCallerTask { () async throws -> (HTTPResponse, HTTPBody?) in
                var request = request
                if let header = self.deadlineHeader, let deadline = Deadline.current {
                    try Self.addDeadline(deadline, as: header, to: &request, timeoutName: timeoutName)
                }
                let response: HTTPResponse
                let responseBody: HTTPBody?
                do {
                    (response, responseBody) = try await next(request, body, baseURL)
                } catch {
                    throw self.classified(error, eligible: eligible, timeoutName: timeoutName)
                }
                let outcome = self.statusClassification.outcome(forStatus: response.status.code)
                switch outcome {
                case .success, .ignored:
                    return (response, responseBody)
                case .failure, .contractViolation:
                    throw ClassifiedFailure(
                        response: OpenAPIStatusFailure(response: response, body: await Self.drained(responseBody)),
                        outcome: outcome,
                        retryAfterHeader: response.headerFields[.retryAfter],
                        maximumRetryAfter: self.maximumRetryAfter,
                        eligibleForRetry: eligible
                    )
                }
            }
        } catch let failure as ClassifiedFailure {
            guard let status = failure.underlying as? OpenAPIStatusFailure else { throw failure.underlying }
            return (status.response, status.body)
        }
    }

    /// `scheme://host:port`, lowercased, the default port written out, an IPv6 host in brackets.
    static func hostKey(_ url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? "http"
        var host = url.host?.lowercased() ?? ""
        if host.contains(":"), !host.hasPrefix("[") {
            host = "[\(host)]"
        }
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(host):\(port)"
    }

    /// Sends the time `deadline` leaves in `header`, unless the request carries a smaller value already.
    static func addDeadline(
        _ deadline: Deadline,
        as header: DeadlineHeader,
        to request: inout HTTPRequest,
        timeoutName: String
    ) throws {
        let remaining = deadline.remainingNanoseconds
        guard let value = header.value(forRemaining: .nanoseconds(remaining)) else {
            // Spent before it was sent: nothing is known of the server.
            let timeout = TimeoutError(name: timeoutName, timeout: .zero, lateness: .nanoseconds(max(0, -remaining)))
            throw ClassifiedFailure(timeout, outcome: .ignored, permitsRetry: false)
        }
        guard let name = HTTPField.Name(header.name),
            header.replaces(request.headerFields[name], remaining: .nanoseconds(remaining))
        else { return }
        request.headerFields[name] = value
    }

    /// `error` with its outcome, as it travels through the pipeline.
    private func classified(_ error: any Error, eligible: Bool, timeoutName: String) -> any Error {
        if let deadline = Deadline.current, deadline.remainingNanoseconds <= Deadline.arrivalSlackNanoseconds {
            // The caller's deadline passed (its `withTimeout` cancelled the transport): whatever the transport threw,
            // the server ran out of time, which its breaker must learn.
            let lateness = Duration.nanoseconds(max(0, -deadline.remainingNanoseconds))
            return ClassifiedFailure(
                TimeoutError(name: timeoutName, timeout: .zero, lateness: lateness),
                outcome: .failure,
                permitsRetry: false
            )
        }
        if error is CancellationError { return error }
        let outcome = self.errorClassification.outcome(for: error)
        let permitsRetry = (error as? any ClassifiedError)?.permitsRetry ?? (outcome == .failure)
        return ClassifiedFailure(error, outcome: outcome, permitsRetry: eligible && permitsRetry)
    }

    /// The body read into memory (at most 1 MiB), so that it can be read once more after a retry; a longer or broken
    /// one is dropped.
    static func drained(_ body: HTTPBody?) async -> HTTPBody? {
        guard let body else { return nil }
        guard let bytes = try? await ArraySlice<UInt8>(collecting: body, upTo: 1 << 20) else { return nil }
        return HTTPBody(bytes)
    }
}

/// A response whose status the middleware counts as a failure or a contract violation: what travels through the
/// pipeline (inside a `ClassifiedFailure`) for a `Fallback` or a `Retry` to see. The generated client gets the
/// response itself.
public struct OpenAPIStatusFailure: Error, Sendable, CustomStringConvertible {
    /// The response.
    public var response: HTTPResponse
    /// Its body, read into memory.
    public var body: HTTPBody?

    /// Wraps a response.
    public init(response: HTTPResponse, body: HTTPBody?) {
        self.response = response
        self.body = body
    }

    public var description: String {
        "HTTP \(self.response.status.code) \(self.response.status.reasonPhrase)"
    }
}

/// A generated client's error says how it counts: as the error inside it (a `DecodingError` is a contract violation,
/// `decoding`), a cancellation is ignored, anything else is a failure.
extension ClientError: ClassifiedError {
    public var outcome: CallOutcome {
        CallOutcome.of(self.underlyingError) { _ in .failure }
    }

    public var permitsRetry: Bool {
        (self.underlyingError as? any ClassifiedError)?.permitsRetry ?? (self.outcome == .failure)
    }
}

#endif
