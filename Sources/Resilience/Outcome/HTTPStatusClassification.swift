/// How an HTTP response's status counts for the dependency that sent it.
///
/// ```swift
/// let lookups = HTTPStatusClassification.default.treating([404], as: .success)   // "not found" is an answer
/// lookups.outcome(forStatus: 503)   // .failure
/// lookups.outcome(forStatus: 422)   // .contractViolation(reason: "http_422")
/// ```
public struct HTTPStatusClassification: Sendable {
    private let classify: @Sendable (Int) -> CallOutcome

    /// A classification by a function of the status code.
    public init(_ classify: @escaping @Sendable (_ statusCode: Int) -> CallOutcome) {
        self.classify = classify
    }

    /// 2xx and 3xx succeed; 5xx, 408 (timeout) and 429 (too many requests) are failures; any other 4xx violates the
    /// contract (`http_<code>`); 1xx and codes outside 100-599 are failures.
    public static var `default`: HTTPStatusClassification {
        HTTPStatusClassification { code in
            switch code {
            case 200..<400: .success
            case 408, 429: .failure
            case 400..<500: .contractViolation(reason: "http_\(code)")
            default: .failure
            }
        }
    }

    /// How a response with status `code` counts.
    public func outcome(forStatus code: Int) -> CallOutcome {
        self.classify(code)
    }

    /// This classification, except that `codes` count as `outcome`.
    public func treating(_ codes: Set<Int>, as outcome: CallOutcome) -> HTTPStatusClassification {
        let classify = self.classify
        return HTTPStatusClassification { code in codes.contains(code) ? outcome : classify(code) }
    }
}

/// Whether a failed HTTP request may be sent again.
///
/// A request may be retried only when sending it twice is harmless (its method is idempotent) and possible (its body
/// can be sent again).
public enum HTTPRetryEligibility: Sendable, Hashable {
    /// An idempotent method (GET, HEAD, OPTIONS, TRACE, PUT, DELETE) with no body or a body that can be sent again.
    case automatic
    /// Any request: the caller knows it is idempotent and its body replayable.
    case always
    /// No request.
    case never

    /// What a request's body allows.
    public enum Body: Sendable, Hashable {
        /// No body.
        case none
        /// A body that can be sent again (bytes in memory).
        case replayable
        /// A body that can be sent once (a stream).
        case singleUse
        /// A body of which nothing is known.
        case unknown
    }

    /// Whether a request with `method` and `body` may be sent again.
    public func permitsRetry(method: String, body: Body) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .automatic:
            (body == .none || body == .replayable) && Self.isIdempotent(method)
        }
    }

    /// RFC 9110's idempotent methods; the usual uppercase spelling is matched without allocating.
    private static func isIdempotent(_ method: String) -> Bool {
        switch method {
        case "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE": true
        case "POST", "PATCH", "CONNECT": false
        default: ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"].contains(method.uppercased())
        }
    }
}
