// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

public import AsyncHTTPClient
import NIOCore
public import Resilience

/// How a ``ResilientHTTPClient`` counts responses and errors, retries, and bounds each attempt.
///
/// ```swift
/// var configuration = ResilientHTTPClientConfiguration()
/// configuration.statusClassification = .default.treating([404], as: .success)   // a lookup: "not found" is an answer
/// configuration.deadlineHeader = nil                                             // a third-party API
/// configuration.defaultTimeout = .seconds(5)
/// ```
public struct ResilientHTTPClientConfiguration: Sendable {
    /// How a response's status counts. By default 5xx, 408 and 429 are failures, any other 4xx a contract violation.
    public var statusClassification: HTTPStatusClassification = .default

    /// How an error AsyncHTTPClient throws counts. By default ``Resilience/ErrorClassification/asyncHTTPClient``.
    public var errorClassification: ErrorClassification = .asyncHTTPClient

    /// Which requests may be sent again. By default idempotent methods without a body
    /// (AsyncHTTPClient does not say whether a body can be sent twice; pass `retry: .always` for one that can).
    public var retryEligibility: HTTPRetryEligibility = .automatic

    /// The header that carries each attempt's budget to the server, in whole milliseconds rounded down; `nil` sends
    /// none (for third-party APIs). By default Envoy's `x-envoy-expected-rq-timeout-ms`.
    public var deadlineHeader: DeadlineHeader? = .envoyExpectedTimeout

    /// The most one attempt may take when the call gives no `timeout:`. Default 30 seconds.
    public var defaultTimeout: Duration = .seconds(30)

    /// The longest `Retry-After` worth waiting for: a server asking for longer ends the retries, and the caller gets
    /// its response. Default 30 seconds.
    public var maximumRetryAfter: Duration = .seconds(30)

    /// The most bytes of a failing or violating response's body kept for the caller. Such a body is read inside the
    /// attempt (so that a retried response frees its connection); a longer one ends with `NIOTooManyBytesError` where
    /// the caller reads it. Default 1 MiB.
    public var maximumErrorBodyBytes: Int = 1 << 20

    /// The read timeout (`timeout.read`) of the `HTTPClient` you wrap, which AsyncHTTPClient does not expose, or `nil`
    /// when it has none. Default `nil`.
    ///
    /// Every read of a response body is bounded by the attempt's deadline. A read that starts more than this before
    /// the deadline needs nothing more (the client's read timeout would fire first); any other read races the
    /// deadline in a task of its own, which costs a task switch or two. Give the client a read timeout shorter than
    /// your budgets, and say it here, and reading bodies costs nothing extra.
    public var clientReadTimeout: Duration?

    /// The defaults.
    public init() {}
}

/// A response whose status the ``ResilientHTTPClientConfiguration/statusClassification`` counts as a failure or a
/// contract violation: what travels through the pipeline (inside a `ClassifiedFailure`) for a `Fallback` or a `Retry`
/// to see. The caller gets the response itself.
///
/// Its body has been read already (up to ``ResilientHTTPClientConfiguration/maximumErrorBodyBytes``) and can be read
/// once more.
public struct HTTPStatusFailure: Error, Sendable, CustomStringConvertible {
    /// The response.
    public var response: HTTPClientResponse

    /// Wraps `response`.
    public init(response: HTTPClientResponse) {
        self.response = response
    }

    public var description: String {
        "HTTP \(self.response.status.code) \(self.response.status.reasonPhrase)"
    }
}

extension ErrorClassification {
    /// How the errors of AsyncHTTPClient and SwiftNIO count.
    ///
    /// - failures: connect, read and write timeouts, refused and reset connections (`NIOConnectionError`, `IOError`,
    ///   `ChannelError`), TLS errors, a connection closed by the server, a passed deadline, a full connection pool
    ///   (`getConnectionFromPoolTimeout`), a malformed response, and any error not listed here;
    /// - contract violations: too many redirects or a redirect cycle (`http_redirect`), a proxy asking for
    ///   authentication (`http_407`), a body longer than the caller accepts (`body_too_large`);
    /// - ignored (they say nothing about the server): a cancelled request, and requests AsyncHTTPClient refuses to send
    ///   (an invalid URL or header, a body of the wrong length, a client shut down).
    public static var asyncHTTPClient: ErrorClassification {
        ErrorClassification { error in
            if error is NIOTooManyBytesError {
                return .contractViolation(reason: "body_too_large")
            }
            guard let error = error as? HTTPClientError else { return .failure }
            return HTTPClientErrorKind.outcome(of: error)
        }
    }
}

/// AsyncHTTPClient's errors by their `shortDescription`, which it keeps free of dynamic values.
private enum HTTPClientErrorKind {
    static let ignored: Set<String> = [
        HTTPClientError.cancelled, .invalidURL, .emptyHost, .missingSocketPath, .alreadyShutdown, .emptyScheme,
        .unsupportedScheme(""), .traceRequestWithBody, .invalidHeaderFieldNames([]), .invalidHeaderFieldValues([]),
        .bodyLengthMismatch, .writeAfterRequestSent, .requestStreamCancelled,
        .invalidRedirectConfiguration, .invalidHTTPVersionConfiguration, .invalidDNSOverridesConfiguration,
        .invalidLocalAddress, .invalidProxyConfiguration, .shutdownUnsupported,
    ].reduce(into: []) { $0.insert($1.shortDescription) }

    static let violations: [String: String] = [
        HTTPClientError.redirectLimitReached.shortDescription: "http_redirect",
        HTTPClientError.redirectCycleDetected.shortDescription: "http_redirect",
        HTTPClientError.proxyAuthenticationRequired.shortDescription: "http_407",
    ]

    static func outcome(of error: HTTPClientError) -> CallOutcome {
        let kind = error.shortDescription
        if Self.ignored.contains(kind) { return .ignored }
        if let reason = Self.violations[kind] { return .contractViolation(reason: reason) }
        return .failure
    }
}

#endif
