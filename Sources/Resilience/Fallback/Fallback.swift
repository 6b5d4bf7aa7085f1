/// Which errors a policy acts on: a ``Fallback`` replaces them, a ``Hedging`` starts another attempt on them.
///
/// `CancellationError` is never matched: a cancelled caller wants no substitute.
public struct ErrorFilter: Sendable {
    @usableFromInline
    let predicate: @Sendable (any Error) -> Bool

    /// Matches the errors for which `predicate` is true.
    public init(_ predicate: @escaping @Sendable (any Error) -> Bool) {
        self.predicate = predicate
    }

    /// Matches every error.
    public static var all: ErrorFilter { ErrorFilter { _ in true } }

    /// Matches errors of exactly these types.
    ///
    /// ```swift
    /// .types(CircuitBreakerOpenError.self, TimeoutError.self, BulkheadFullError.self)
    /// ```
    public static func types(_ types: any Error.Type...) -> ErrorFilter {
        let identifiers = types.map { ObjectIdentifier($0) }
        return ErrorFilter { identifiers.contains(ObjectIdentifier(type(of: $0))) }
    }

    /// The errors that mean a policy refused the call rather than the dependency failing it: an open breaker, a full
    /// bulkhead, a rate or concurrency limit, a timeout.
    public static var rejections: ErrorFilter {
        ErrorFilter { isAdmissionRejection($0) || $0 is TimeoutError }
    }

    /// Whether the filter matches `error`; never for `CancellationError`.
    @inlinable
    public func matches(_ error: any Error) -> Bool {
        !(error is CancellationError) && self.predicate(error)
    }
}

/// Whether `error` is a policy's refusal to run a call at all: an open breaker, a full bulkhead, a rate or
/// concurrency limit. (A timeout refuses to wait, but the call ran.)
func isAdmissionRejection(_ error: any Error) -> Bool {
    error is CircuitBreakerOpenError || error is BulkheadFullError || error is RateLimitExceededError
        || error is ConcurrencyLimitExceededError
}

/// Answers with an alternative, a cached value or another call, when a call fails with chosen errors.
///
/// ```swift
/// let fallback = Fallback<[Product]>(handling: .rejections) { failure in
///     logger.warning("recommendations unavailable", metadata: ["error": "\(failure)"])
///     return cachedBestSellers
/// }
/// let products = try await fallback.run { try await breaker.run { try await recommendations.fetch(user) } }
/// ```
///
/// The alternative receives the error it replaces. Errors the filter does not match, and `CancellationError` always,
/// are rethrown as they are. When the alternative itself throws, that error is thrown.
public struct Fallback<Value: Sendable>: Sendable {
    /// The name of the fallback, used in logs and metrics.
    public let name: String

    /// The errors the fallback replaces.
    public let filter: ErrorFilter

    @usableFromInline
    let alternative: @Sendable (any Error) async throws -> Value

    /// Creates a fallback that calls `alternative` with the failure it replaces.
    ///
    /// - Parameters:
    ///   - name: The name in logs and metrics. By default `fallback-1`, `fallback-2`, … in the order of creation, so
    ///     that no two share a metrics label.
    ///   - filter: The errors to replace; by default every error but `CancellationError`.
    ///   - alternative: What to answer instead; it receives the error.
    public init(
        name: String = PolicyName.unique("fallback"),
        handling filter: ErrorFilter = .all,
        _ alternative: @escaping @Sendable (any Error) async throws -> Value
    ) {
        self.name = name
        self.filter = filter
        self.alternative = alternative
    }

    /// Creates a fallback that answers `value`.
    public static func value(
        _ value: Value,
        name: String = PolicyName.unique("fallback"),
        handling filter: ErrorFilter = .all
    ) -> Self {
        Fallback(name: name, handling: filter) { _ in value }
    }

    /// Runs `operation`, and answers with the alternative when it fails with an error the filter matches.
    ///
    /// - Parameter operation: The call to protect; it runs on the caller's task and isolation.
    /// - Returns: What `operation` returned, or the alternative's value.
    /// - Throws: An error the filter does not match, or the alternative's error.
    @inlinable
    nonisolated(nonsending) public func run<E: Error>(_ operation: () async throws(E) -> Value) async throws -> Value {
        do {
            return try await operation()
        } catch {
            guard self.filter.matches(error) else { throw error }
            return try await self.alternative(error)
        }
    }
}
