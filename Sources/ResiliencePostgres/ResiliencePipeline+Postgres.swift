// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

public import Resilience

extension ResiliencePipeline where Policies == ComposedPolicy<CircuitBreaker, ComposedPolicy<Timeout, Bulkhead>> {
    /// A pipeline for a PostgreSQL database behind a pool of `maximumConnections`, outermost first:
    ///
    /// 1. a circuit breaker named `name` (the last 20 calls; opens at 50 % failures, timeouts included, over at least
    ///    10 calls; stays open 5 s, then lets 3 calls probe). A bulkhead's refusal is our own overload, not the
    ///    database's: the breaker does not count it;
    /// 2. a timeout, `statementTimeout`, named `<name>.statement-timeout`: the caller is answered then, and
    ///    ``ResilientPostgresClient`` has the server stop the statement at the same deadline;
    /// 3. a bulkhead, `<name>.connections`, of `maximumConnections` calls, which waits at most `maxConnectionWait` for
    ///    a place: callers never queue without bound for the pool's connections.
    ///
    /// Give the bulkhead the pool's size (`PostgresClient.Configuration.Options.maximumConnections`): then at most
    /// one caller waits for each connection inside PostgresNIO, and pool starvation shows as the bulkhead's waits and
    /// refusals.
    ///
    /// - Parameters:
    ///   - name: The database's name; the breaker's name.
    ///   - maximumConnections: The pool's size; at least 1.
    ///   - statementTimeout: The most a call may take, its wait for a connection included. Default 5 seconds.
    ///   - maxConnectionWait: The most a call waits for a place in the bulkhead. Default 1 second.
    ///   - clock: The clock of every policy. Tests pass a `ManualClock`.
    /// - Throws: ``Resilience/ConfigurationError`` naming the invalid setting.
    public static func postgres<C: Clock<Duration>>(
        name: String,
        maximumConnections: Int,
        statementTimeout: Duration = .seconds(5),
        maxConnectionWait: Duration = .seconds(1),
        clock: C = ContinuousClock()
    ) throws(ConfigurationError) -> Self {
        // Checked here, so that an error names the preset's parameter rather than the policy's field it becomes.
        func check(_ valid: Bool, _ field: String, _ value: Any, _ rule: String) throws(ConfigurationError) {
            guard valid else {
                throw ConfigurationError(policy: "postgres \"\(name)\"", field: field, value: "\(value)", rule: rule)
            }
        }
        try check(!name.isEmpty, "name", "\"\"", "must not be empty")
        try check(maximumConnections >= 1, "maximumConnections", maximumConnections, "must be at least 1")
        try check(statementTimeout > .zero, "statementTimeout", statementTimeout, "must be greater than zero")
        try check(maxConnectionWait >= .zero, "maxConnectionWait", maxConnectionWait, "must not be negative")
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 20)
        configuration.minimumNumberOfCalls = 10
        configuration.failureRateThreshold = 0.5
        configuration.waitDurationInOpenState = .seconds(5)
        configuration.permittedCallsInHalfOpenState = 3
        configuration.recordError = { error in
            !(error is CancellationError) && !ErrorFilter.rejections.matches(error)
        }
        let breaker = try CircuitBreaker(name: name, configuration: configuration, clock: clock)
        let bulkhead = try Bulkhead(
            name: "\(name).connections",
            maxConcurrentCalls: maximumConnections,
            maxWaitDuration: maxConnectionWait,
            clock: clock
        )
        return ResiliencePipeline {
            breaker
            Timeout(statementTimeout, name: "\(name).statement-timeout", clock: clock)
            bulkhead
        }
    }
}

#endif
