// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

import AsyncHTTPClient
import Logging
import NIOCore
import Resilience

/// The part of ``ResilientHTTPClient`` that does not depend on its policies: keys, budgets, headers, classification and
/// bodies. One attempt runs inside the pipeline; what it throws travels as a `ClassifiedFailure`.
@usableFromInline
struct HTTPAttempts: Sendable {
    let client: HTTPClient
    let configuration: ResilientHTTPClientConfiguration
    /// The family's name, the first half of a `TimeoutError`'s name.
    let name: String

    init(client: HTTPClient, configuration: ResilientHTTPClientConfiguration, name: String) {
        self.client = client
        self.configuration = configuration
        self.name = name
    }

    /// What the attempts of one call share.
    @usableFromInline
    struct Call: Sendable {
        /// The host's key.
        @usableFromInline
        var key: String
        var eligibleForRetry: Bool
    }

    /// A response returned at its head by an attempt, with the bounds its body is read within.
    @usableFromInline
    struct StreamedResponse: Sendable {
        var response: HTTPClientResponse
        var attempt: Attempt
    }

    @usableFromInline
    func call(for request: HTTPClientRequest, retry: HTTPRetryEligibility?) throws -> Call {
        let eligibility = retry ?? self.configuration.retryEligibility
        return Call(
            key: try HTTPIntegrationPointKey.key(forURL: request.url),
            eligibleForRetry: eligibility.permitsRetry(
                method: request.method.rawValue,
                body: request.body == nil ? .none : .unknown
            )
        )
    }

    /// The response a failing status left behind, or the error a `ClassifiedFailure` carries.
    @usableFromInline
    static func response(from failure: ClassifiedFailure) throws -> HTTPClientResponse {
        guard let status = failure.underlying as? HTTPStatusFailure else { throw failure.underlying }
        return status.response
    }

    // MARK: - The three ways to read a body

    @usableFromInline
    func streaming(
        _ request: HTTPClientRequest,
        call: Call,
        timeout: Duration?,
        logger: Logger?
    ) async throws -> StreamedResponse {
        try await self.attempt(request, call: call, timeout: timeout, logger: logger) { response, attempt in
            StreamedResponse(response: response, attempt: attempt)
        }
    }

    @usableFromInline
    func collecting(
        _ request: HTTPClientRequest,
        call: Call,
        upTo maxBytes: Int,
        timeout: Duration?,
        logger: Logger?
    ) async throws -> HTTPClientResponse {
        try await self.attempt(request, call: call, timeout: timeout, logger: logger) { response, attempt in
            var collected = response
            collected.body = .bytes(try await attempt.collect(response, upTo: maxBytes))
            return collected
        }
    }

    @usableFromInline
    func handling<Result: Sendable>(
        _ request: HTTPClientRequest,
        call: Call,
        timeout: Duration?,
        logger: Logger?,
        handleResponse: @escaping @Sendable (HTTPClientResponse) async throws -> Result
    ) async throws -> Result {
        try await self.attempt(request, call: call, timeout: timeout, logger: logger) { response, attempt in
            var bounded = response
            bounded.body = .stream(GuardedResponseBody(body: response.body, attempt: attempt, recordLate: nil))
            return try await handleResponse(bounded)
        }
    }

    /// `streamed`'s response with a body whose reads are bounded and whose first error is recorded late.
    @usableFromInline
    func guarded(
        _ streamed: StreamedResponse,
        recordLateFailure: @escaping @Sendable (any Error) -> Void,
        recordLateContractViolation: @escaping @Sendable (_ reason: String, _ message: String) -> Void
    ) -> HTTPClientResponse {
        let classification = self.configuration.errorClassification
        var guarded = streamed.response
        guarded.body = .stream(
            GuardedResponseBody(
                body: streamed.response.body,
                attempt: streamed.attempt,
                recordLate: { error in
                    switch classification.outcome(for: error) {
                    case .failure: recordLateFailure(error)
                    case .contractViolation(let reason): recordLateContractViolation(reason, String(describing: error))
                    case .success, .ignored: break
                    }
                }
            )
        )
        return guarded
    }

    // MARK: - One attempt

    /// One attempt: bounded, classified; `consume` turns a response whose status counts as a success into the result.
    /// Inlined into its three callers, so that two of them are not generic at all.
    @inline(__always)
    private func attempt<Result: Sendable>(
        _ request: HTTPClientRequest,
        call: Call,
        timeout: Duration?,
        logger: Logger?,
        consume: (HTTPClientResponse, Attempt) async throws -> Result
    ) async throws -> Result {
        let requested = (timeout ?? self.configuration.defaultTimeout).nanoseconds
        var budget = requested
        if let deadline = Deadline.current {
            budget = min(budget, deadline.remainingNanoseconds)
        }
        let attempt = Attempt(
            deadline: NIODeadline.now() + .nanoseconds(budget),
            budget: .nanoseconds(requested),
            pointName: self.name,
            key: call.key,
            clientReadTimeout: self.configuration.clientReadTimeout?.nanoseconds
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
            if header.replaces(request.headers.first(name: header.name), remaining: .nanoseconds(remaining)) {
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
            throw ClassifiedFailure(
                response: HTTPStatusFailure(response: await self.drained(response, attempt: attempt)),
                outcome: outcome,
                retryAfterHeader: response.headers.first(name: "retry-after"),
                maximumRetryAfter: self.configuration.maximumRetryAfter,
                eligibleForRetry: call.eligibleForRetry
            )
        }
    }

    /// `error` with its outcome, as it travels through the pipeline; a passed deadline as `TimeoutError`.
    private func classified(_ error: any Error, attempt: Attempt, call: Call) -> any Error {
        if error is CancellationError || (error as? HTTPClientError) == .cancelled {
            // Cancelled at the attempt's deadline (a caller's `withTimeout` whose deadline the attempt took): the host
            // ran out of time, which its breaker must learn, however the news arrived. Otherwise the caller left.
            if (attempt.deadline - NIODeadline.now()).nanoseconds <= Deadline.arrivalSlackNanoseconds {
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
        do {
            drained.body = .bytes(try await attempt.collect(response, upTo: self.configuration.maximumErrorBodyBytes))
        } catch {
            drained.body = .stream(FailingBody(error: error))
        }
        return drained
    }
}

#endif
