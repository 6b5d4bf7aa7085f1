/// How one call to an integration point counts: what it says about the health of the dependency.
///
/// The seed's third failure mode, "the specification can change and your call is no longer correct", is neither health
/// nor sickness of the dependency: it answers, but refuses what we send (an HTTP 400 or 422, a response that no longer
/// decodes, SQLSTATE 42P01). A breaker must not open on it (retrying or failing fast fixes nothing), but an operator
/// must see it at once: integration points count it apart (``CallStatistics/contractViolations``).
public enum CallOutcome: Sendable, Hashable {
    /// Answered as specified, including a business error such as a unique violation.
    case success
    /// The dependency is unhealthy: down, overloaded, erroring, too slow.
    case failure
    /// The dependency answered, but refused what we sent or answered what we cannot read. `reason` is short and of low
    /// cardinality (`http_422`, `decoding`, `sqlstate_42P01`): it becomes a label and a dashboard line.
    case contractViolation(reason: String)
    /// Says nothing about the dependency (the caller cancelled).
    case ignored

    /// How `error` counts: its own ``ClassifiedError/outcome`` when it has one; otherwise a `CancellationError` is
    /// ignored, and `classification` decides for any other error.
    ///
    /// The exact rule of every policy and adapter.
    public static func of(_ error: any Error, classifiedBy classification: (any Error) -> CallOutcome) -> CallOutcome {
        if let classified = error as? any ClassifiedError {
            return classified.outcome
        }
        if error is CancellationError {
            return .ignored
        }
        return classification(error)
    }
}

/// An error that says how it counts, whatever the policy's own classification: an adapter's wrapper around an HTTP
/// status, a decoding error.
///
/// Policies look at it on the error path only. A circuit breaker records a ``CallOutcome/contractViolation(reason:)``
/// or a ``CallOutcome/success`` as a success without consulting its `recordError`; ``Retry`` never retries an error
/// whose ``permitsRetry`` is false; ``Hedging`` stops at an error that is not a failure.
public protocol ClassifiedError: Error {
    /// How the call counts.
    var outcome: CallOutcome { get }
    /// Whether another attempt may help. By default, only for a ``CallOutcome/failure``.
    var permitsRetry: Bool { get }
}

extension ClassifiedError {
    /// Only a failure may be retried.
    public var permitsRetry: Bool { self.outcome == .failure }
}

/// An error with the outcome an adapter gave it: what travels through a pipeline when a response's status or a
/// database's SQLSTATE says how the call counts.
///
/// ```swift
/// throw ClassifiedFailure(HTTPStatusFailure(response: response), outcome: .failure,
///                         retryAfterDelay: RetryAfter.delay(fromHeaderValue: retryAfterHeader))
/// ```
public struct ClassifiedFailure: ClassifiedError, RetryAfterProviding, CustomStringConvertible {
    /// The error the adapter classified.
    public var underlying: any Error
    /// How the call counts.
    public var outcome: CallOutcome
    /// Whether another attempt may help.
    public var permitsRetry: Bool
    /// How long the dependency asked us to wait (its `Retry-After`), if it did.
    public var retryAfterDelay: Duration?

    /// Classifies `underlying`.
    ///
    /// - Parameters:
    ///   - underlying: The error.
    ///   - outcome: How the call counts.
    ///   - permitsRetry: Whether another attempt may help; by default only for a failure.
    ///   - retryAfterDelay: How long the dependency asked us to wait, if it did.
    public init(
        _ underlying: any Error,
        outcome: CallOutcome,
        permitsRetry: Bool? = nil,
        retryAfterDelay: Duration? = nil
    ) {
        self.underlying = underlying
        self.outcome = outcome
        self.permitsRetry = permitsRetry ?? (outcome == .failure)
        self.retryAfterDelay = retryAfterDelay
    }

    public var description: String {
        "\(self.underlying) (\(self.outcome))"
    }
}

extension ClassifiedFailure {
    /// `error`, thrown by a caller's own code inside an adapter's operation, carried through the pipeline whole: with
    /// its own outcome, retry permission and `Retry-After`, so that it comes out after the pipeline as itself.
    package init(carrying error: any ClassifiedError) {
        self.init(
            error,
            outcome: error.outcome,
            permitsRetry: error.permitsRetry,
            retryAfterDelay: (error as? any RetryAfterProviding)?.retryAfterDelay
        )
    }
}

extension CallOutcome: CustomStringConvertible {
    public var description: String {
        switch self {
        case .success: "success"
        case .failure: "failure"
        case .contractViolation(let reason): "contract violation: \(reason)"
        case .ignored: "ignored"
        }
    }
}

/// A response that no longer decodes: the dependency changed its contract.
extension DecodingError: ClassifiedError {
    /// ``CallOutcome/contractViolation(reason:)`` with the reason `decoding`.
    public var outcome: CallOutcome { .contractViolation(reason: "decoding") }
}

/// How an adapter counts the errors its framework throws: `.asyncHTTPClient`, `.postgres` and `.fileSystem` come with
/// their adapters.
///
/// An error's own ``ClassifiedError/outcome`` wins over the classification, and a `CancellationError` is ignored
/// before it is asked (``CallOutcome/of(_:classifiedBy:)``).
public struct ErrorClassification: Sendable {
    private let classify: @Sendable (any Error) -> CallOutcome

    /// A classification by a function of the error.
    public init(_ classify: @escaping @Sendable (any Error) -> CallOutcome) {
        self.classify = classify
    }

    /// Every error is a failure.
    public static var `default`: ErrorClassification {
        ErrorClassification { _ in .failure }
    }

    /// How `error` counts.
    public func outcome(for error: any Error) -> CallOutcome {
        CallOutcome.of(error, classifiedBy: self.classify)
    }
}
