/// The policies of ``ResiliencePipeline/http(name:settings:clock:)``, outermost first: a total timeout, a retry, a
/// circuit breaker, a timeout per attempt, a rate limiter.
public typealias HTTPDependencyPolicies = ComposedPolicy<
    Timeout, ComposedPolicy<Retry, ComposedPolicy<CircuitBreaker, ComposedPolicy<Timeout, RateLimiter>>>
>

/// The settings of ``ResiliencePipeline/http(name:settings:clock:)``; the defaults are those of Polly's standard
/// resilience pipeline for `HttpClient` (Microsoft.Extensions.Http.Resilience).
public struct HTTPDependencySettings: Sendable {
    /// The most a call may take, all attempts and delays included. Default 30 seconds.
    public var totalTimeout: Duration = .seconds(30)
    /// The most attempts, the first included. Default 4 (3 retries).
    public var maxAttempts = 4
    /// The delays between attempts. Default exponential from 2 seconds, doubling, at most 30 seconds.
    public var retryBackoff: RetryBackoff = .exponential(initial: .seconds(2), multiplier: 2, maximum: .seconds(30))
    /// How the delays are spread. Default decorrelated, as Polly's `DecorrelatedJitterBackoffV2`.
    public var retryJitter: RetryJitter = .decorrelated
    /// The share of traffic retries may add. Default 20 %, at least 10 per second.
    public var retryBudgetPercent = 0.2
    /// The retries allowed per second whatever the traffic. Default 10.
    public var minimumRetriesPerSecond = 10
    /// The breaker's failure-rate threshold. Default 0.1.
    public var failureRateThreshold = 0.1
    /// The calls the breaker needs in its window before it may open. Default 100.
    public var minimumNumberOfCalls = 100
    /// The breaker's time window (Polly's sampling duration). Default 30 seconds.
    public var samplingDuration: Duration = .seconds(30)
    /// How long the breaker stays open (Polly's break duration). Default 5 seconds.
    public var waitDurationInOpenState: Duration = .seconds(5)
    /// The most one attempt may take. Default 10 seconds.
    public var attemptTimeout: Duration = .seconds(10)
    /// Attempts per second sent to the dependency. Default 1,000.
    public var rateLimitPerSecond = 1_000

    /// The defaults.
    public init() {}
}

extension ResiliencePipeline where Policies == HTTPDependencyPolicies {
    /// A pipeline for an HTTP dependency, modelled on Polly's standard resilience pipeline, outermost first:
    ///
    /// 1. a total timeout (30 s) bounds the whole call, retries included;
    /// 2. a retry (4 attempts, exponential from 2 s with decorrelated jitter, under a retry budget of 20 % of the
    ///    traffic, at least 10 per second) retries failures and attempt timeouts, but no policy's refusal
    ///    (``ErrorFilter/rejections``: the breaker's, the rate limiter's);
    /// 3. a circuit breaker (time window 30 s, opens at a failure rate of 10 % over at least 100 calls, stays open 5 s)
    ///    sees every attempt;
    /// 4. a timeout per attempt (10 s);
    /// 5. a rate limiter (1,000 attempts per second, no waiting) closest to the dependency.
    ///
    /// The policies are named `<name>.total-timeout`, `<name>.retry`, `<name>`, `<name>.attempt-timeout` and
    /// `<name>.rate-limiter`. Classify HTTP status codes (5xx, 408, 429) as failures where the response is turned into
    /// a value or an error; the adapters for AsyncHTTPClient do.
    ///
    /// - Parameters:
    ///   - name: The dependency's name; the breaker's name.
    ///   - settings: The settings; by default Polly's.
    ///   - clock: The clock of every policy. Tests pass a `ManualClock`.
    /// - Throws: ``ConfigurationError`` naming the invalid setting.
    public static func http<C: Clock<Duration>>(
        name: String,
        settings: HTTPDependencySettings = HTTPDependencySettings(),
        clock: C = ContinuousClock()
    ) throws(ConfigurationError) -> Self {
        var breaker = CircuitBreaker.Configuration()
        breaker.slidingWindow = .timeBased(duration: settings.samplingDuration)
        breaker.failureRateThreshold = settings.failureRateThreshold
        breaker.minimumNumberOfCalls = settings.minimumNumberOfCalls
        breaker.waitDurationInOpenState = settings.waitDurationInOpenState
        let budget = try RetryBudget(
            percentCanRetry: settings.retryBudgetPercent,
            minimumRetriesPerSecond: settings.minimumRetriesPerSecond,
            clock: clock
        )
        let retry = try Retry(
            name: "\(name).retry",
            maxAttempts: settings.maxAttempts,
            backoff: settings.retryBackoff,
            jitter: settings.retryJitter,
            // The policies inside the retry refuse calls to protect the dependency: retrying a refusal defeats them.
            shouldRetry: { !ErrorFilter.rejections.matches($0) },
            budget: budget,
            clock: clock
        )
        let circuitBreaker = try CircuitBreaker(name: name, configuration: breaker, clock: clock)
        let rateLimiter = try RateLimiter(
            name: "\(name).rate-limiter",
            limitForPeriod: settings.rateLimitPerSecond,
            refreshPeriod: .seconds(1),
            clock: clock
        )
        return ResiliencePipeline {
            Timeout(settings.totalTimeout, name: "\(name).total-timeout", clock: clock)
            retry
            circuitBreaker
            Timeout(settings.attemptTimeout, name: "\(name).attempt-timeout", clock: clock)
            rateLimiter
        }
    }
}
