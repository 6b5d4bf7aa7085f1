/// What the server adapters (Hummingbird, Vapor, gRPC) decide before a handler runs, whatever the framework: the
/// deadline a request gets, and the answer to a request the point refused. Each adapter only reads its framework's
/// header and writes its framework's answer.
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

    /// The body of a 503 that shedding answers: JSON, small, the same from every adapter.
    package static func sheddingBody(retryAfter: Duration) -> String {
        #"{"error":"overloaded","retryAfterSeconds":"# + RetryAfter.headerValue(for: retryAfter) + "}"
    }
}
