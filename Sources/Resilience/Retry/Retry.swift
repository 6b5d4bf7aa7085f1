public import Logging
public import Synchronization
public import Tracing

/// Tries a failed call again, after a delay that grows and is spread by jitter, a limited number of times.
///
/// ```swift
/// let retry = try Retry(maxAttempts: 3,
///                       backoff: .exponential(initial: .milliseconds(100), multiplier: 2, maximum: .seconds(5)),
///                       jitter: .full, shouldRetry: { _ in true })
/// let page = try await retry.run { try await catalog.page(2) }   // rethrows the last error when attempts run out
/// ```
///
/// - An error is retried when `shouldRetry` says so and, for a ``ClassifiedError``, its ``ClassifiedError/permitsRetry``
///   agrees (a contract violation never is); never when it is a `CancellationError` or the caller was cancelled.
///   ``run(retryingWhen:_:)`` also retries on returned values (a 503 response).
/// - An error that carries a retry-after (``RetryAfterProviding``: an open breaker, a rate limit, a server's
///   `Retry-After`) is waited for at least that long.
/// - Under a ``Deadline/current``, no retry is started that cannot finish before the deadline: when the delay, plus the
///   duration of the previous attempt, would reach it, the call fails at once with the last error.
/// - With a ``RetryBudget``, retries stop when the budget is spent, so that retries cannot multiply an outage.
/// - The delay is slept on the injected clock; cancelling the caller during it throws `CancellationError`.
///
/// A call that succeeds on its first attempt costs no allocation, no clock read (without a budget) and no lock.
public final class Retry: Sendable {
    /// The name of the retry, used in logs and metrics.
    public let name: String

    /// The most attempts per call, the first included.
    public let maxAttempts: Int

    /// The schedule of delays between attempts.
    public let backoff: RetryBackoff

    /// How the delays are spread.
    public let jitter: RetryJitter

    /// The budget that retries draw from, if any.
    public let budget: RetryBudget?

    @usableFromInline
    let shouldRetry: @Sendable (any Error) -> Bool

    private let reporter: PolicyReporter

    private let timeSource: TimeSource

    @usableFromInline
    let counters = Counters()

    /// Creates a retry.
    ///
    /// - Parameters:
    ///   - name: The name in logs and metrics. By default `retry-1`, `retry-2`, … in the order of creation, so
    ///     that no two share a metrics label.
    ///   - maxAttempts: The most attempts per call, the first included; at least 1.
    ///   - backoff: The schedule of delays; the default starts at 100 ms, doubles, and stops growing at 5 s.
    ///   - jitter: How the delays are spread; default ``RetryJitter/full``.
    ///   - shouldRetry: Which errors are retried; by default all (`CancellationError` never is).
    ///   - budget: A budget shared by the retries of one dependency; default none.
    ///   - clock: The clock of the delays and of the budget. Tests pass a `ManualClock`.
    ///   - logger: Where each retry is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `retry.attempt` event for each retry; `nil` adds none.
    ///     Defaults to `InstrumentationSystem.tracer`.
    /// - Throws: ``ConfigurationError`` naming the invalid field.
    public init<C: Clock<Duration>>(
        name: String = PolicyName.unique("retry"),
        maxAttempts: Int,
        backoff: RetryBackoff = .exponential(initial: .milliseconds(100), multiplier: 2, maximum: .seconds(5)),
        jitter: RetryJitter = .full,
        shouldRetry: @escaping @Sendable (any Error) -> Bool = { _ in true },
        budget: RetryBudget? = nil,
        clock: C = ContinuousClock(),
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) throws(ConfigurationError) {
        let validator = try SettingsValidator("retry", name: name)
        try validator.check(maxAttempts >= 1, "maxAttempts", maxAttempts, "must be at least 1")
        try Self.validate(backoff, with: validator)
        self.name = name
        self.maxAttempts = maxAttempts
        self.backoff = backoff
        self.jitter = jitter
        self.shouldRetry = shouldRetry
        self.budget = budget
        self.timeSource = TimeSource(clock, shortestMeasuredDuration: 0)
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
    }

    private static func validate(_ backoff: RetryBackoff, with validator: SettingsValidator) throws(ConfigurationError)
    {
        func check(_ valid: Bool, _ rule: String) throws(ConfigurationError) {
            try validator.check(valid, "backoff", backoff, rule)
        }
        switch backoff {
        case .constant(let delay):
            try check(delay >= .zero, "the delay must not be negative")
        case .linear(let initial, let increment, let maximum):
            try check(initial >= .zero && increment >= .zero, "the delays must not be negative")
            try check(maximum >= initial, "maximum must be at least initial")
        case .exponential(let initial, let multiplier, let maximum):
            try check(initial >= .zero, "initial must not be negative")
            try check(multiplier >= 1 && multiplier.isFinite, "multiplier must be at least 1")
            try check(maximum >= initial, "maximum must be at least initial")
        }
    }

    /// Runs `operation`, and again after a delay when it fails with an error worth retrying, up to `maxAttempts`
    /// times.
    ///
    /// - Parameter operation: The call to the integration point; it runs on the caller's task and isolation.
    /// - Returns: What the first successful attempt returned.
    /// - Throws: The last attempt's error when the attempts, the budget or the deadline ran out, or the error was not
    ///   worth retrying; `CancellationError` when the caller was cancelled during a delay.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        try await self.run(retryingWhen: { _ in false }, operation)
    }

    /// Runs `operation` like ``run(_:)``, and also retries when `shouldRetryResult` says a returned value is a failure
    /// (an HTTP 503 response). When the attempts run out on such a value, that value is returned.
    ///
    /// - Parameters:
    ///   - shouldRetryResult: Whether a returned value calls for another attempt.
    ///   - operation: The call to the integration point.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(
        retryingWhen shouldRetryResult: (T) -> Bool,
        _ operation: () async throws(E) -> T
    ) async throws -> T {
        self.budget?.deposit()
        var lastError: (any Error)?
        var lastValue: T?
        do {
            let value = try await operation()
            guard shouldRetryResult(value) else {
                self.counters.successfulWithoutRetry.add(1, ordering: .relaxed)
                return value
            }
            lastValue = value
        } catch {
            lastError = error
        }
        // The retry loop is written out here rather than in a function that takes the operation: passing the
        // operation on as a closure kept the optimiser from specialising a retry around a circuit breaker in a pipeline
        // (one allocation and about 300 ns per call).
        var state = self.makeLoopState()
        while true {
            guard let delay = self.delayBeforeRetry(after: lastError, state: &state) else {
                self.countGiveUp(retried: state.attempts > 1)
                if let lastError { throw lastError }
                return lastValue!
            }
            try await self.sleep(nanoseconds: delay)
            state.attempts += 1
            let start = self.now()
            do {
                let value = try await operation()
                if !shouldRetryResult(value) {
                    self.counters.successfulWithRetry.add(1, ordering: .relaxed)
                    return value
                }
                lastValue = value
                lastError = nil
            } catch {
                lastError = error
                lastValue = nil
            }
            state.lastAttemptDuration = self.now() - start
        }
    }

    /// The counts of calls by how they ended.
    public var metrics: Metrics {
        Metrics(
            successfulWithoutRetry: self.counters.successfulWithoutRetry.load(ordering: .relaxed),
            successfulWithRetry: self.counters.successfulWithRetry.load(ordering: .relaxed),
            failedWithoutRetry: self.counters.failedWithoutRetry.load(ordering: .relaxed),
            failedWithRetry: self.counters.failedWithRetry.load(ordering: .relaxed)
        )
    }

    // MARK: Retrying
    //
    // The loop is in the inlinable `run`, specialised with the caller's operation; everything it calls is not generic.

    /// The state of one call's retries.
    @usableFromInline
    struct LoopState {
        var schedule: RetrySchedule
        @usableFromInline
        var attempts = 1
        @usableFromInline
        var lastAttemptDuration: Int64 = 0
        var random = SystemRandomNumberGenerator()

        init(schedule: RetrySchedule) {
            self.schedule = schedule
        }
    }

    @usableFromInline
    func makeLoopState() -> LoopState {
        LoopState(schedule: RetrySchedule(backoff: self.backoff, jitter: self.jitter))
    }

    @usableFromInline
    func now() -> Int64 {
        self.timeSource.now()
    }

    @usableFromInline
    func sleep(nanoseconds delay: Int64) async throws {
        guard delay > 0 else { return }
        try await self.timeSource.sleep(until: self.timeSource.now().addingSaturating(delay))
    }

    /// The delay before another attempt after `error` (or a value that called for a retry, when `nil`), or `nil` when
    /// there is none to make.
    @usableFromInline
    func delayBeforeRetry(after error: (any Error)?, state: inout LoopState) -> Int64? {
        guard state.attempts < self.maxAttempts, !Task.isCancelled else { return nil }
        var delay = state.schedule.nextDelay(random: Double.random(in: 0..<1, using: &state.random))
        if let error {
            guard !(error is CancellationError), (error as? any ClassifiedError)?.permitsRetry ?? true,
                self.shouldRetry(error)
            else { return nil }
            if let hint = (error as? any RetryAfterProviding)?.retryAfterDelay {
                delay = max(delay, hint.nanoseconds)
            }
        }
        if let deadline = Deadline.current,
            deadline.remainingNanoseconds <= delay.addingSaturating(state.lastAttemptDuration)
        {
            return nil
        }
        if let budget = self.budget, !budget.tryWithdraw() {
            return nil
        }
        self.reportRetry(attempt: state.attempts + 1, delay: delay, after: error)
        return delay
    }

    /// Logs and traces that attempt `attempt` will start after `delay`.
    private func reportRetry(attempt: Int, delay: Int64, after error: (any Error)?) {
        self.reporter.report(
            "retrying a call",
            event: "retry.attempt",
            [
                "retry.name": .string(self.name),
                "retry.attempt": .int(attempt),
                "retry.delay": .duration(.nanoseconds(delay)),
                "retry.cause": .string(error.map { "\($0)" } ?? "a result that called for a retry"),
            ]
        )
    }

    @usableFromInline
    func countGiveUp(retried: Bool) {
        if retried {
            self.counters.failedWithRetry.add(1, ordering: .relaxed)
        } else {
            self.counters.failedWithoutRetry.add(1, ordering: .relaxed)
        }
    }

    /// The counters behind ``metrics``.
    @usableFromInline
    final class Counters: Sendable {
        @usableFromInline
        let successfulWithoutRetry = Atomic<Int>(0)
        @usableFromInline
        let successfulWithRetry = Atomic<Int>(0)
        let failedWithoutRetry = Atomic<Int>(0)
        let failedWithRetry = Atomic<Int>(0)

        init() {}
    }
}

extension Retry {
    /// The calls of a ``Retry`` by how they ended, as resilience4j counts them.
    public struct Metrics: Hashable, Sendable {
        /// Calls that succeeded on their first attempt.
        public var successfulWithoutRetry: Int
        /// Calls that succeeded after one or more retries.
        public var successfulWithRetry: Int
        /// Calls that failed without being retried (the error was not worth retrying, or the budget or deadline left
        /// no room).
        public var failedWithoutRetry: Int
        /// Calls that failed after one or more retries.
        public var failedWithRetry: Int
    }
}
