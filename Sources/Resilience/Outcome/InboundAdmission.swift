/// What the server adapters (Hummingbird, Vapor, gRPC) decide before a handler runs, whatever the framework: the
/// deadline a request gets, and the answer to a request the point refused. Each adapter only reads its framework's
/// header and writes its framework's answer.
@usableFromInline
package enum InboundAdmission {
    /// What a request's deadline header makes of it.
    package enum DeadlineDecision {
        /// No deadline applies: run the handler as it is.
        case unbounded
        /// Nothing is left: answer 504 (gRPC: `deadlineExceeded`) without running the handler.
        case expired
        /// Run the handler under this deadline, the earlier of the header's and the task's own.
        case run(Deadline)
    }

    /// The deadline for a request whose deadline header had `value` (`nil` when it had none), under `inbound`'s rules
    /// and the current task's ``Deadline/current``.
    package static func deadline(for inbound: InboundDeadline, headerValue value: String?) -> DeadlineDecision {
        guard let budget = inbound.budget(fromHeaderValue: value) else {
            guard let current = Deadline.current else { return .unbounded }
            return current.hasPassed ? .expired : .run(current)
        }
        guard budget > .zero else { return .expired }
        // On the system clock without the generic `Deadline.after(_:clock:)`'s casts: this runs for every request.
        let scheduler = DeadlineScheduler.system
        let own = Deadline(
            scheduler: scheduler,
            instant: scheduler.timeSource.now().addingSaturating(budget.nanoseconds)
        )
        guard let current = Deadline.current else { return .run(own) }
        let deadline = own.earlier(than: current)
        return deadline.hasPassed ? .expired : .run(deadline)
    }

    /// Whether `error`, thrown by a handler running under `deadline`, is that deadline passing: a ``TimeoutError``
    /// arriving at (or after) it. The adapters answer 504 then rather than 500.
    package static func isDeadline(_ error: any Error, of deadline: Deadline) -> Bool {
        error is TimeoutError && deadline.remainingNanoseconds <= Deadline.arrivalSlackNanoseconds
    }

    /// How long a refused request should wait before it comes back, or `nil` when `error` is not a refusal (an open
    /// breaker, a full bulkhead, a rate or concurrency limit): the policy's own estimate (an open breaker's wait, a
    /// rate limiter's next period) when it has one, else `fallback`; at least `minimum` (HTTP's `Retry-After` counts
    /// whole seconds, and 0 would invite the caller straight back).
    package static func retryAfter(
        forRejection error: any Error,
        fallback: Duration,
        minimum: Duration = .seconds(1)
    ) -> Duration? {
        guard isAdmissionRejection(error) else { return nil }
        let delay = (error as? any RetryAfterProviding)?.retryAfterDelay ?? fallback
        return max(delay, minimum)
    }

    /// What a shedding adapter answers when its point's pipeline threw `error`: a handler's answer that counted as a
    /// failure (a ``ClassifiedAnswer`` inside a ``ClassifiedFailure``) is returned as it was, a handler's error is
    /// thrown on, a refusal is `overloaded(retryAfter)` (the framework's 503 with `Retry-After`), and anything else is
    /// thrown. Only refusals and failures come here, so it is not inlined into the adapters' callers.
    @usableFromInline
    package static func answer<Answer: Sendable>(
        to error: any Error,
        retryAfter fallback: Duration,
        overloaded: (Duration) -> Answer
    ) throws -> Answer {
        if let failure = error as? ClassifiedFailure {
            if let classified = failure.underlying as? ClassifiedAnswer<Answer> { return classified.answer }
            throw failure.underlying
        }
        guard let delay = retryAfter(forRejection: error, fallback: fallback) else { throw error }
        return overloaded(delay)
    }

    /// The body of a 503 that shedding answers: JSON, small, the same from every adapter.
    package static func sheddingBody(retryAfter: Duration) -> String {
        #"{"error":"overloaded","retryAfterSeconds":"# + RetryAfter.headerValue(for: retryAfter) + "}"
    }
}

/// A handler's answer (a framework's `Response`) that counts as a failure or a contract violation, on its way through
/// a shedding adapter's pipeline inside a ``ClassifiedFailure``; ``InboundAdmission/answer(to:retryAfter:overloaded:)``
/// takes it out again, so the caller gets the handler's answer unchanged.
@usableFromInline
package struct ClassifiedAnswer<Answer: Sendable>: Error {
    /// The handler's answer.
    @usableFromInline
    package let answer: Answer

    /// Wraps a handler's answer.
    @inlinable
    package init(_ answer: Answer) {
        self.answer = answer
    }
}
