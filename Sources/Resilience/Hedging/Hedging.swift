public import Logging
public import Tracing

/// Cuts tail latency by sending a second (third, …) attempt when the first is slow: the first attempt to succeed wins,
/// and the others are cancelled.
///
/// ```swift
/// let hedging = try Hedging(maxHedgedAttempts: 1, delay: .milliseconds(50))
/// let profile = try await hedging.run { try await profiles.fetch(id) }   // a second request after 50 ms
/// ```
///
/// - After `delay` without an answer, another attempt starts, up to `maxHedgedAttempts` more than the first. An
///   attempt that fails fast with an error the filter matches starts the next one at once instead of waiting.
/// - The first attempt that succeeds answers the caller; the others are cancelled. Attempts run in tasks of their
///   own, so a losing attempt that ignores cancellation never holds the caller: it is counted in `abandonedWork`
///   until it ends.
/// - An error the filter does not match answers the caller at once (a 400 is not made better by asking again); when
///   every attempt failed, the last error is thrown.
/// - With a ``RetryBudget``, each hedged attempt is withdrawn from it like a retry, so that hedging cannot multiply the
///   load of a dependency that is already slow.
///
/// Hedge only idempotent calls: more than one attempt may reach the dependency.
public final class Hedging: Sendable {
    /// The name of the hedging, used in logs, metrics and abandoned work.
    public let name: String

    /// The most attempts started besides the first.
    public let maxHedgedAttempts: Int

    /// How long an attempt may run before the next one starts.
    public let delay: Duration

    /// The errors that start the next attempt at once.
    public let filter: ErrorFilter

    /// The budget hedged attempts draw from, if any.
    public let budget: RetryBudget?

    /// Where losing attempts that outlive the answer are counted.
    public let abandonedWork: AbandonedWork

    private let scheduler: DeadlineScheduler
    private let reporter: PolicyReporter

    /// Creates a hedging policy.
    ///
    /// - Parameters:
    ///   - name: The name in logs, metrics and abandoned work. By default `hedging-1`, `hedging-2`, … in the order of creation, so
    ///     that no two share a metrics label.
    ///   - maxHedgedAttempts: The most attempts started besides the first; at least 1.
    ///   - delay: How long an attempt may run before the next one starts; not negative (zero starts all at once).
    ///   - filter: The errors that start the next attempt at once; by default every error but `CancellationError`.
    ///   - budget: A budget shared with the dependency's retries; default none.
    ///   - clock: The clock of the delay. Tests pass a `ManualClock`.
    ///   - abandonedWork: Where losing attempts that outlive the answer are counted.
    ///   - logger: Where each hedged attempt is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `hedging.attempt` event for each hedged attempt; `nil` adds
    ///     none. Defaults to `InstrumentationSystem.tracer`.
    /// - Throws: ``ConfigurationError`` naming the invalid field.
    public init<C: Clock<Duration>>(
        name: String = PolicyName.unique("hedging"),
        maxHedgedAttempts: Int = 1,
        delay: Duration,
        handling filter: ErrorFilter = .all,
        budget: RetryBudget? = nil,
        clock: C = ContinuousClock(),
        abandonedWork: AbandonedWork = .shared,
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) throws(ConfigurationError) {
        let validator = try SettingsValidator("hedging", name: name)
        try validator.check(
            maxHedgedAttempts >= 1 && maxHedgedAttempts <= 100,
            "maxHedgedAttempts",
            maxHedgedAttempts,
            "must be at least 1 and at most 100"
        )
        try validator.check(delay >= .zero, "delay", delay, "must not be negative")
        self.name = name
        self.maxHedgedAttempts = maxHedgedAttempts
        self.delay = delay
        self.filter = filter
        self.budget = budget
        self.abandonedWork = abandonedWork
        self.scheduler = DeadlineScheduler.scheduler(for: clock)
        self.reporter = PolicyReporter(logger: logger, tracer: tracer)
    }

    private enum Event<T: Sendable>: Sendable {
        case succeeded(T)
        case failed(any Error)
        case delayPassed
        case delayCancelled
    }

    /// Runs `operation`, hedged.
    ///
    /// - Parameter operation: The call; it runs once per attempt, each in a task of its own.
    /// - Returns: What the first successful attempt returned.
    /// - Throws: An error the filter does not match, as soon as an attempt fails with it; otherwise, when every attempt
    ///   failed, the last error; `CancellationError` when the caller was cancelled.
    public func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        self.budget?.deposit()
        let maxAttempts = 1 + self.maxHedgedAttempts
        return try await withThrowingTaskGroup(of: Event<T>.self) { group in
            var started = 0
            var finished = 0
            var delayRunning = false
            var lastError: (any Error)?

            func startAttempt() {
                started += 1
                group.addTask {
                    do {
                        return .succeeded(
                            try await runAbandonable(
                                name: self.name,
                                scheduler: self.scheduler,
                                abandonedWork: self.abandonedWork,
                                operation: operation
                            )
                        )
                    } catch {
                        return .failed(error)
                    }
                }
            }
            func startDelay() {
                delayRunning = true
                let until = self.scheduler.timeSource.now().addingSaturating(self.delay.nanoseconds)
                group.addTask {
                    do {
                        try await self.scheduler.timeSource.sleep(until: until)
                        return .delayPassed
                    } catch {
                        return .delayCancelled
                    }
                }
            }
            /// Starts another attempt if the count and the budget allow it.
            func hedge(after cause: String) -> Bool {
                guard started < maxAttempts, self.budget?.tryWithdraw() ?? true else { return false }
                startAttempt()
                self.reporter.report(
                    "hedging started another attempt",
                    event: "hedging.attempt",
                    [
                        "hedging.name": .string(self.name), "hedging.attempt": .int(started),
                        "hedging.cause": .string(cause),
                    ]
                )
                return true
            }

            startAttempt()
            startDelay()
            while let event = try await group.next() {
                switch event {
                case .succeeded(let value):
                    group.cancelAll()
                    return value
                case .failed(let error):
                    finished += 1
                    lastError = error
                    // An answer that is not a failure (a contract violation, a business error) ends the hedging.
                    let isFailure = (error as? any ClassifiedError).map { $0.outcome == .failure } ?? true
                    guard isFailure, self.filter.matches(error), !Task.isCancelled else {
                        group.cancelAll()
                        throw error
                    }
                    // A fast failure starts the next attempt at once, without waiting for the delay.
                    if !hedge(after: "failure"), finished == started {
                        group.cancelAll()
                        throw error
                    }
                case .delayPassed:
                    delayRunning = false
                    if hedge(after: "delay"), started < maxAttempts {
                        startDelay()
                    }
                case .delayCancelled:
                    delayRunning = false
                }
                if finished == started, !delayRunning {
                    break
                }
            }
            group.cancelAll()
            throw lastError ?? CancellationError()
        }
    }
}
