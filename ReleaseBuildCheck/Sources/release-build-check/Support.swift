import Resilience
import ResilienceConfiguration

/// The error the operations throw for a negative input.
struct Failure: Error {}

/// What an operation's error does to a shape's result.
enum ErrorFlow {
    /// The shape throws ``Failure``.
    case propagate
    /// A fallback answers 0 in its place.
    case absorb
    /// The operation cannot throw: a negative input is added like any other.
    case none
}

/// One shape of one entry point, as Shapes.swift lists them.
struct Shape: Sendable {
    let name: String
    let errors: ErrorFlow
    let body: @Sendable ([Int]) async throws -> Int

    init(_ name: String, errors: ErrorFlow, _ body: @escaping @Sendable ([Int]) async throws -> Int) {
        self.name = name
        self.errors = errors
        self.body = body
    }
}

// MARK: Operations, opaque to the optimiser so that it cannot fold a shape away.

@inline(never)
func work(_ i: Int) async throws -> Int {
    if i < 0 { throw Failure() }
    return i
}

@inline(never)
func typedWork(_ i: Int) async throws(Failure) -> Int {
    if i < 0 { throw Failure() }
    return i
}

@inline(never)
func plainWork(_ i: Int) async -> Int {
    i
}

@inline(never)
func blockingWork(_ i: Int) throws -> Int {
    if i < 0 { throw Failure() }
    return i
}

@inline(never)
func typedBlockingWork(_ i: Int) throws(Failure) -> Int {
    if i < 0 { throw Failure() }
    return i
}

@inline(never)
func plainBlockingWork(_ i: Int) -> Int {
    i
}

/// A call with a typed error, as every policy's initialiser has: part of the shape that crashed the optimiser.
func checkedName(_ name: String) throws(ConfigurationError) -> String {
    guard !name.isEmpty else {
        throw ConfigurationError(policy: "release build check", field: "name", value: "\"\"", rule: "must not be empty")
    }
    return name
}

// MARK: Helpers of the kinds clients write

/// A rethrowing helper that is not generic.
func sumAsync(_ inputs: [Int], _ body: (Int) async throws -> Int) async rethrows -> Int {
    var total = 0
    for input in inputs {
        total &+= try await body(input)
    }
    return total
}

/// A generic rethrowing helper.
func mapAsync<Element, Result>(
    _ elements: [Element],
    _ transform: (Element) async throws -> Result
) async rethrows -> [Result] {
    var results: [Result] = []
    results.reserveCapacity(elements.count)
    for element in elements {
        results.append(try await transform(element))
    }
    return results
}

/// Calls `body` with a policy through a generic function over `CallerTaskResiliencePolicy`.
func runEach<Policy: CallerTaskResiliencePolicy>(
    _ inputs: [Int],
    through policy: Policy,
    _ body: (Policy, Int) async throws -> Int
) async throws -> Int {
    var total = 0
    for input in inputs {
        total &+= try await body(policy, input)
    }
    return total
}

/// Runs each input's operation through `some ResiliencePolicy`'s `execute`.
func executeEach(
    _ inputs: [Int],
    through policy: some ResiliencePolicy,
    _ operation: @escaping @Sendable (Int) -> (nonisolated(nonsending) @Sendable () async throws -> Int)
) async throws -> Int {
    var total = 0
    for input in inputs {
        total &+= try await policy.execute(ClosureOperation(operation(input)))
    }
    return total
}

// MARK: Subjects

/// Retry, breaker, timeout and bulkhead, outermost first.
func fourPolicyPipeline(
    _ tag: String
) throws(ConfigurationError) -> ResiliencePipeline<
    ComposedPolicy<Retry, ComposedPolicy<CircuitBreaker, ComposedPolicy<Timeout, Bulkhead>>>
> {
    try ResiliencePipeline { () throws(ConfigurationError) in
        try Retry(name: "retry \(tag)", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
        try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
        Timeout(.seconds(30), name: "timeout \(tag)")
        try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
    }
}

/// Breaker, bulkhead and rate limiter: a pipeline whose every policy runs on the caller's task.
func callerTaskPipeline(
    _ tag: String
) throws(ConfigurationError) -> ResiliencePipeline<
    ComposedPolicy<CircuitBreaker, ComposedPolicy<Bulkhead, RateLimiter>>
> {
    try ResiliencePipeline { () throws(ConfigurationError) in
        try CircuitBreaker(name: "breaker \(tag)", configuration: CircuitBreaker.Configuration())
        try Bulkhead(name: "bulkhead \(tag)", maxConcurrentCalls: 64)
        try RateLimiter(name: "limiter \(tag)", limitForPeriod: 1_000_000, refreshPeriod: .seconds(1))
    }
}

func keyedPoints(
    _ tag: String
) throws(ConfigurationError) -> KeyedIntegrationPoints<
    ComposedPolicy<CircuitBreaker, ComposedPolicy<Bulkhead, RateLimiter>>
> {
    try ResilienceRegistry().registerKeyed("keyed \(tag)", maxInstances: 8) { key in
        try callerTaskPipeline("\(tag) \(key)")
    }
}

func configuredPoint(_ tag: String) throws -> IntegrationPoint<ConfiguredPolicies> {
    let points = ConfiguredIntegrationPoints(registry: ResilienceRegistry())
    try points.apply(
        ResilienceDocument(
            yaml: """
                instances:
                  "\(tag)":
                    circuitBreaker: { failureRateThreshold: 0.5 }
                    timeout: 30s
                    retry: { maxAttempts: 2, backoff: { type: constant, delay: 1ms }, jitter: none }
                    bulkhead: { maxConcurrentCalls: 64 }
                    rateLimiter: { limitForPeriod: 1000000, refreshPeriod: 1s }
                """
        )
    )
    guard let point = points.integrationPoint(tag) else { throw Failure() }
    return point
}

/// The HTTP preset, retrying without delay.
func httpPipeline(_ tag: String) throws(ConfigurationError) -> ResiliencePipeline<HTTPDependencyPolicies> {
    var settings = HTTPDependencySettings()
    settings.retryBackoff = .constant(.zero)
    settings.retryJitter = .none
    settings.minimumRetriesPerSecond = 1_000
    return try ResiliencePipeline.http(name: "http \(tag)", settings: settings)
}
