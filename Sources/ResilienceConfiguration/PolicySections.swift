// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

public import Resilience

// The sections of a configuration document, one `Codable` type per policy. Every field is optional in a document;
// a missing one takes the policy's default. Durations are written as text (`250ms`, `2s`, `1m`); unknown keys are
// errors, so that a misspelt field is never silently ignored.

/// A section of a configuration document that configures one policy: it reads its fields (unknown keys are errors),
/// builds its policy with the policy's defaults where the document is silent, and says whether a running policy can
/// follow a changed section in place.
///
/// The sections this module knows are listed once, outermost first, in `ConfiguredPolicies.Layers`'s table; each
/// section's defaults are written once, in its ``makePolicy(name:clock:)``.
public protocol PolicySection: Sendable, Hashable, Codable {
    /// The policy the section configures.
    associatedtype Policy: ResiliencePolicy

    /// Builds the policy of the integration point `name`, its defaults where the section is silent.
    ///
    /// - Throws: `ConfigurationError` naming the field the policy refuses, or a required field the section lacks.
    func makePolicy(name: String, clock: some Clock<Duration>) throws(ConfigurationError) -> Policy

    /// Moves `policy`, built from an earlier version of the section, to this section's settings, keeping its state.
    ///
    /// - Returns: Whether it could; when not, the integration point gets a new policy from ``makePolicy(name:clock:)``.
    ///   The default implementation returns `false`.
    func update(_ policy: Policy) -> Bool
}

extension PolicySection {
    /// A changed section gets a new policy: returns `false`.
    public func update(_ policy: Policy) -> Bool { false }

    /// The error for `field`, which the policy needs and the section lacks.
    static func missing(_ field: String, policy: String) -> ConfigurationError {
        ConfigurationError(policy: policy, field: field, value: "absent", rule: "must be given: it has no default")
    }
}

/// A coding key for any string, to find the keys a type does not know.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws when the object holds a key that `Keys` does not name.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Set(Keys.allCases.map(\.stringValue))
        for key in try self.container(keyedBy: AnyCodingKey.self).allKeys where !known.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: self.codingPath + [key],
                    debugDescription: "is not a known field (known: \(known.sorted().joined(separator: ", ")))"
                )
            )
        }
    }
}

extension KeyedDecodingContainer {
    func decodeDuration(_ key: Key) throws -> Duration? {
        guard let text = try self.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let duration = DurationText.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key,
                in: self,
                debugDescription: DurationText.notADuration("\"\(text)\"")
            )
        }
        return duration
    }

    /// Throws when `key` is absent: the field has no default.
    func require(_ key: Key) throws {
        guard !self.contains(key) else { return }
        throw DecodingError.keyNotFound(
            key,
            DecodingError.Context(codingPath: self.codingPath, debugDescription: "must have \(key.stringValue)")
        )
    }

    func decodeChoice<T>(_ key: Key, _ choices: [String: T]) throws -> T? {
        guard let text = try self.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let value = choices[text] else {
            throw DecodingError.dataCorruptedError(
                forKey: key,
                in: self,
                debugDescription: "\"\(text)\" is not one of \(choices.keys.sorted().joined(separator: ", "))"
            )
        }
        return value
    }
}

extension KeyedEncodingContainer {
    mutating func encodeDuration(_ duration: Duration?, forKey key: Key) throws {
        try self.encodeIfPresent(duration.map(DurationText.format), forKey: key)
    }
}

/// A circuit breaker's section: the fields of `CircuitBreaker.Configuration`, resilience4j's names.
///
/// ```yaml
/// circuitBreaker:
///   slidingWindow: { type: count, size: 100 }     # or { type: time, duration: 60s, bucketDuration: 1s }
///   failureRateThreshold: 0.5
///   waitDurationInOpenState: 30s
/// ```
public struct CircuitBreakerSection: PolicySection {
    /// `slidingWindow.type`; `nil` when the document leaves it out.
    public var slidingWindowType: String?
    /// `slidingWindow.size`; `nil` when the document leaves it out.
    public var slidingWindowSize: Int?
    /// `slidingWindow.duration`; `nil` when the document leaves it out.
    public var slidingWindowDuration: Duration?
    /// `slidingWindow.bucketDuration`; `nil` when the document leaves it out.
    public var slidingWindowBucketDuration: Duration?
    /// `failureRateThreshold`; `nil` when the document leaves it out.
    public var failureRateThreshold: Double?
    /// `slowCallRateThreshold`; `nil` when the document leaves it out.
    public var slowCallRateThreshold: Double?
    /// `slowCallDurationThreshold`; `nil` when the document leaves it out.
    public var slowCallDurationThreshold: Duration?
    /// `detectsSlowCalls`; `nil` when the document leaves it out.
    public var detectsSlowCalls: Bool?
    /// `minimumNumberOfCalls`; `nil` when the document leaves it out.
    public var minimumNumberOfCalls: Int?
    /// `consecutiveFailureThreshold`; `nil` when the document leaves it out.
    public var consecutiveFailureThreshold: Int?
    /// `permittedCallsInHalfOpenState`; `nil` when the document leaves it out.
    public var permittedCallsInHalfOpenState: Int?
    /// `waitDurationInOpenState`; `nil` when the document leaves it out.
    public var waitDurationInOpenState: Duration?
    /// `maxWaitDurationInHalfOpenState`; `nil` when the document leaves it out.
    public var maxWaitDurationInHalfOpenState: Duration?
    /// `automaticTransitionFromOpenToHalfOpen`; `nil` when the document leaves it out.
    public var automaticTransitionFromOpenToHalfOpen: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case slidingWindow, failureRateThreshold, slowCallRateThreshold, slowCallDurationThreshold, detectsSlowCalls
        case minimumNumberOfCalls, consecutiveFailureThreshold, permittedCallsInHalfOpenState
        case waitDurationInOpenState, maxWaitDurationInHalfOpenState, automaticTransitionFromOpenToHalfOpen
    }

    enum WindowKeys: String, CodingKey, CaseIterable {
        case type, size, duration, bucketDuration
    }

    /// An empty section: every field takes its default.
    public init() {}

    /// Reads the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.slidingWindow) {
            let window = try container.nestedContainer(keyedBy: WindowKeys.self, forKey: .slidingWindow)
            try container.superDecoder(forKey: .slidingWindow).rejectUnknownKeys(WindowKeys.self)
            self.slidingWindowType = try window.decodeChoice(.type, ["count": "count", "time": "time"])
            self.slidingWindowSize = try window.decodeIfPresent(Int.self, forKey: .size)
            self.slidingWindowDuration = try window.decodeDuration(.duration)
            self.slidingWindowBucketDuration = try window.decodeDuration(.bucketDuration)
        }
        self.failureRateThreshold = try container.decodeIfPresent(Double.self, forKey: .failureRateThreshold)
        self.slowCallRateThreshold = try container.decodeIfPresent(Double.self, forKey: .slowCallRateThreshold)
        self.slowCallDurationThreshold = try container.decodeDuration(.slowCallDurationThreshold)
        self.detectsSlowCalls = try container.decodeIfPresent(Bool.self, forKey: .detectsSlowCalls)
        self.minimumNumberOfCalls = try container.decodeIfPresent(Int.self, forKey: .minimumNumberOfCalls)
        self.consecutiveFailureThreshold = try container.decodeIfPresent(Int.self, forKey: .consecutiveFailureThreshold)
        self.permittedCallsInHalfOpenState = try container.decodeIfPresent(
            Int.self,
            forKey: .permittedCallsInHalfOpenState
        )
        self.waitDurationInOpenState = try container.decodeDuration(.waitDurationInOpenState)
        self.maxWaitDurationInHalfOpenState = try container.decodeDuration(.maxWaitDurationInHalfOpenState)
        self.automaticTransitionFromOpenToHalfOpen = try container.decodeIfPresent(
            Bool.self,
            forKey: .automaticTransitionFromOpenToHalfOpen
        )
    }

    /// Writes the section as a document would, durations as text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if self.slidingWindowType != nil || self.slidingWindowSize != nil || self.slidingWindowDuration != nil {
            var window = container.nestedContainer(keyedBy: WindowKeys.self, forKey: .slidingWindow)
            try window.encodeIfPresent(self.slidingWindowType, forKey: .type)
            try window.encodeIfPresent(self.slidingWindowSize, forKey: .size)
            try window.encodeDuration(self.slidingWindowDuration, forKey: .duration)
            try window.encodeDuration(self.slidingWindowBucketDuration, forKey: .bucketDuration)
        }
        try container.encodeIfPresent(self.failureRateThreshold, forKey: .failureRateThreshold)
        try container.encodeIfPresent(self.slowCallRateThreshold, forKey: .slowCallRateThreshold)
        try container.encodeDuration(self.slowCallDurationThreshold, forKey: .slowCallDurationThreshold)
        try container.encodeIfPresent(self.detectsSlowCalls, forKey: .detectsSlowCalls)
        try container.encodeIfPresent(self.minimumNumberOfCalls, forKey: .minimumNumberOfCalls)
        try container.encodeIfPresent(self.consecutiveFailureThreshold, forKey: .consecutiveFailureThreshold)
        try container.encodeIfPresent(self.permittedCallsInHalfOpenState, forKey: .permittedCallsInHalfOpenState)
        try container.encodeDuration(self.waitDurationInOpenState, forKey: .waitDurationInOpenState)
        try container.encodeDuration(self.maxWaitDurationInHalfOpenState, forKey: .maxWaitDurationInHalfOpenState)
        try container.encodeIfPresent(
            self.automaticTransitionFromOpenToHalfOpen,
            forKey: .automaticTransitionFromOpenToHalfOpen
        )
    }

    /// The breaker's configuration: resilience4j's defaults where the section is silent.
    public var configuration: CircuitBreaker.Configuration {
        var configuration = CircuitBreaker.Configuration()
        if self.slidingWindowType == "time" || (self.slidingWindowType == nil && self.slidingWindowDuration != nil) {
            configuration.slidingWindow = .timeBased(
                duration: self.slidingWindowDuration ?? .seconds(60),
                bucketDuration: self.slidingWindowBucketDuration ?? .seconds(1)
            )
        } else if let size = self.slidingWindowSize {
            configuration.slidingWindow = .countBased(size: size)
        }
        if let value = self.failureRateThreshold { configuration.failureRateThreshold = value }
        if let value = self.slowCallRateThreshold { configuration.slowCallRateThreshold = value }
        if let value = self.slowCallDurationThreshold { configuration.slowCallDurationThreshold = value }
        if let value = self.detectsSlowCalls { configuration.detectsSlowCalls = value }
        if let value = self.minimumNumberOfCalls { configuration.minimumNumberOfCalls = value }
        configuration.consecutiveFailureThreshold = self.consecutiveFailureThreshold
        if let value = self.permittedCallsInHalfOpenState { configuration.permittedCallsInHalfOpenState = value }
        if let value = self.waitDurationInOpenState { configuration.waitDurationInOpenState = value }
        configuration.maxWaitDurationInHalfOpenState = self.maxWaitDurationInHalfOpenState
        if let value = self.automaticTransitionFromOpenToHalfOpen {
            configuration.automaticTransitionFromOpenToHalfOpen = value
        }
        return configuration
    }

    /// Builds the breaker; it takes the integration point's name.
    public func makePolicy(name: String, clock: some Clock<Duration>) throws(ConfigurationError) -> CircuitBreaker {
        try CircuitBreaker(name: name, configuration: self.configuration, clock: clock)
    }

    /// Updates the breaker in place, as `CircuitBreaker.update(configuration:)` describes: an open breaker stays open.
    public func update(_ policy: CircuitBreaker) -> Bool {
        (try? policy.update(configuration: self.configuration)) != nil
    }
}

/// A retry's section.
///
/// ```yaml
/// retry:
///   maxAttempts: 3
///   backoff: { type: exponential, initial: 100ms, multiplier: 2, maximum: 5s }   # or constant / linear
///   jitter: full                                                              # none, full, equal, decorrelated
///   budget: { percentCanRetry: 0.2, minimumRetriesPerSecond: 10 }
/// ```
public struct RetrySection: PolicySection {
    /// `maxAttempts`; `nil` when the document leaves it out.
    public var maxAttempts: Int?
    /// `backoff`; `nil` when the document leaves it out.
    public var backoff: RetryBackoff?
    /// `jitter`; `nil` when the document leaves it out.
    public var jitter: RetryJitter?
    /// `budget.percentCanRetry`; `nil` when the document leaves it out.
    public var budgetPercentCanRetry: Double?
    /// `budget.minimumRetriesPerSecond`; `nil` when the document leaves it out.
    public var budgetMinimumRetriesPerSecond: Int?
    /// Whether the section has a `budget`: the retries then share a `RetryBudget`.
    public var hasBudget = false

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxAttempts, backoff, jitter, budget
    }

    enum BackoffKeys: String, CodingKey, CaseIterable {
        case type, delay, initial, increment, multiplier, maximum
    }

    enum BudgetKeys: String, CodingKey, CaseIterable {
        case percentCanRetry, minimumRetriesPerSecond
    }

    static let jitters: [String: RetryJitter] = [
        "none": .none, "full": .full, "equal": .equal, "decorrelated": .decorrelated,
    ]

    /// An empty section: every field takes its default.
    public init() {}

    /// Reads the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.maxAttempts = try container.decodeIfPresent(Int.self, forKey: .maxAttempts)
        self.jitter = try container.decodeChoice(.jitter, Self.jitters)
        if container.contains(.backoff) {
            try container.superDecoder(forKey: .backoff).rejectUnknownKeys(BackoffKeys.self)
            let backoff = try container.nestedContainer(keyedBy: BackoffKeys.self, forKey: .backoff)
            let type = try backoff.decodeChoice(.type, ["constant": 0, "linear": 1, "exponential": 2]) ?? 2
            let initial = try backoff.decodeDuration(.initial) ?? backoff.decodeDuration(.delay) ?? .milliseconds(100)
            let maximum = try backoff.decodeDuration(.maximum) ?? .seconds(5)
            switch type {
            case 0:
                self.backoff = .constant(initial)
            case 1:
                let increment = try backoff.decodeDuration(.increment) ?? initial
                self.backoff = .linear(initial: initial, increment: increment, maximum: maximum)
            default:
                let multiplier = try backoff.decodeIfPresent(Double.self, forKey: .multiplier) ?? 2
                self.backoff = .exponential(initial: initial, multiplier: multiplier, maximum: maximum)
            }
        }
        if container.contains(.budget) {
            try container.superDecoder(forKey: .budget).rejectUnknownKeys(BudgetKeys.self)
            let budget = try container.nestedContainer(keyedBy: BudgetKeys.self, forKey: .budget)
            self.hasBudget = true
            self.budgetPercentCanRetry = try budget.decodeIfPresent(Double.self, forKey: .percentCanRetry)
            self.budgetMinimumRetriesPerSecond = try budget.decodeIfPresent(Int.self, forKey: .minimumRetriesPerSecond)
        }
    }

    /// Writes the section as a document would, durations as text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.maxAttempts, forKey: .maxAttempts)
        if let jitter = self.jitter {
            try container.encode(Self.jitters.first { $0.value == jitter }!.key, forKey: .jitter)
        }
        if let backoff = self.backoff {
            var nested = container.nestedContainer(keyedBy: BackoffKeys.self, forKey: .backoff)
            switch backoff {
            case .constant(let delay):
                try nested.encode("constant", forKey: .type)
                try nested.encodeDuration(delay, forKey: .initial)
            case .linear(let initial, let increment, let maximum):
                try nested.encode("linear", forKey: .type)
                try nested.encodeDuration(initial, forKey: .initial)
                try nested.encodeDuration(increment, forKey: .increment)
                try nested.encodeDuration(maximum, forKey: .maximum)
            case .exponential(let initial, let multiplier, let maximum):
                try nested.encode("exponential", forKey: .type)
                try nested.encodeDuration(initial, forKey: .initial)
                try nested.encode(multiplier, forKey: .multiplier)
                try nested.encodeDuration(maximum, forKey: .maximum)
            }
        }
        if self.hasBudget {
            var nested = container.nestedContainer(keyedBy: BudgetKeys.self, forKey: .budget)
            try nested.encodeIfPresent(self.budgetPercentCanRetry, forKey: .percentCanRetry)
            try nested.encodeIfPresent(self.budgetMinimumRetriesPerSecond, forKey: .minimumRetriesPerSecond)
        }
    }

    /// Builds the retry, named `<name>.retry`: 3 attempts, exponential backoff from 100 ms doubling up to 5 s, full
    /// jitter, and a `RetryBudget` (20 %, 10 retries a second) when the section has a `budget`. Like the HTTP preset's,
    /// it retries no policy's refusal (`ErrorFilter.rejections`).
    public func makePolicy(name: String, clock: some Clock<Duration>) throws(ConfigurationError) -> Retry {
        var budget: RetryBudget?
        if self.hasBudget {
            budget = try RetryBudget(
                percentCanRetry: self.budgetPercentCanRetry ?? 0.2,
                minimumRetriesPerSecond: self.budgetMinimumRetriesPerSecond ?? 10,
                clock: clock
            )
        }
        return try Retry(
            name: "\(name).retry",
            maxAttempts: self.maxAttempts ?? 3,
            backoff: self.backoff ?? .exponential(initial: .milliseconds(100), multiplier: 2, maximum: .seconds(5)),
            jitter: self.jitter ?? .full,
            shouldRetry: { !ErrorFilter.rejections.matches($0) },
            budget: budget,
            clock: clock
        )
    }
}

/// A bulkhead's section: `bulkhead: { maxConcurrentCalls: 10, maxWaitDuration: 50ms }`.
public struct BulkheadSection: PolicySection {
    /// `maxConcurrentCalls`, required.
    public var maxConcurrentCalls: Int?
    /// `maxWaitDuration`; `nil` when the document leaves it out.
    public var maxWaitDuration: Duration?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxConcurrentCalls, maxWaitDuration
    }

    /// An empty section: every field takes its default.
    public init() {}

    /// Reads the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try container.require(.maxConcurrentCalls)
        self.maxConcurrentCalls = try container.decodeIfPresent(Int.self, forKey: .maxConcurrentCalls)
        self.maxWaitDuration = try container.decodeDuration(.maxWaitDuration)
    }

    /// Writes the section as a document would, durations as text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.maxConcurrentCalls, forKey: .maxConcurrentCalls)
        try container.encodeDuration(self.maxWaitDuration, forKey: .maxWaitDuration)
    }

    /// Builds the bulkhead; it takes the integration point's name and waits no time by default.
    public func makePolicy(name: String, clock: some Clock<Duration>) throws(ConfigurationError) -> Bulkhead {
        guard let maxConcurrentCalls = self.maxConcurrentCalls else {
            throw Self.missing("maxConcurrentCalls", policy: "bulkhead \"\(name)\"")
        }
        return try Bulkhead(
            name: name,
            maxConcurrentCalls: maxConcurrentCalls,
            maxWaitDuration: self.maxWaitDuration ?? .zero,
            clock: clock
        )
    }

    /// Updates the bulkhead in place: the calls it runs keep their permits.
    public func update(_ policy: Bulkhead) -> Bool {
        guard let maxConcurrentCalls = self.maxConcurrentCalls else { return false }
        let maxWaitDuration = self.maxWaitDuration ?? .zero
        return (try? policy.update(maxConcurrentCalls: maxConcurrentCalls, maxWaitDuration: maxWaitDuration)) != nil
    }
}

/// A rate limiter's section: `rateLimiter: { limitForPeriod: 50, refreshPeriod: 1s, maxWaitDuration: 0s }`.
public struct RateLimiterSection: PolicySection {
    /// `limitForPeriod`, required.
    public var limitForPeriod: Int?
    /// `refreshPeriod`, required.
    public var refreshPeriod: Duration?
    /// `maxWaitDuration`; `nil` when the document leaves it out.
    public var maxWaitDuration: Duration?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case limitForPeriod, refreshPeriod, maxWaitDuration
    }

    /// An empty section: every field takes its default.
    public init() {}

    /// Reads the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try container.require(.limitForPeriod)
        try container.require(.refreshPeriod)
        self.limitForPeriod = try container.decodeIfPresent(Int.self, forKey: .limitForPeriod)
        self.refreshPeriod = try container.decodeDuration(.refreshPeriod)
        self.maxWaitDuration = try container.decodeDuration(.maxWaitDuration)
    }

    /// Writes the section as a document would, durations as text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.limitForPeriod, forKey: .limitForPeriod)
        try container.encodeDuration(self.refreshPeriod, forKey: .refreshPeriod)
        try container.encodeDuration(self.maxWaitDuration, forKey: .maxWaitDuration)
    }

    /// Builds the rate limiter; it takes the integration point's name and waits no time by default.
    public func makePolicy(name: String, clock: some Clock<Duration>) throws(ConfigurationError) -> RateLimiter {
        guard let limitForPeriod = self.limitForPeriod else {
            throw Self.missing("limitForPeriod", policy: "rate limiter \"\(name)\"")
        }
        guard let refreshPeriod = self.refreshPeriod else {
            throw Self.missing("refreshPeriod", policy: "rate limiter \"\(name)\"")
        }
        return try RateLimiter(
            name: name,
            limitForPeriod: limitForPeriod,
            refreshPeriod: refreshPeriod,
            maxWaitDuration: self.maxWaitDuration ?? .zero,
            clock: clock
        )
    }
}

/// An adaptive concurrency limiter's section: the fields of `AdaptiveConcurrencyLimiter.Configuration` (Vegas).
///
/// ```yaml
/// adaptiveConcurrencyLimiter: { initialLimit: 20, minimumLimit: 5, maximumLimit: 200 }
/// ```
public struct AdaptiveConcurrencyLimiterSection: PolicySection {
    /// `initialLimit`; `nil` when the document leaves it out.
    public var initialLimit: Int?
    /// `minimumLimit`; `nil` when the document leaves it out.
    public var minimumLimit: Int?
    /// `maximumLimit`; `nil` when the document leaves it out.
    public var maximumLimit: Int?
    /// `smoothing`; `nil` when the document leaves it out.
    public var smoothing: Double?
    /// `windowSize`; `nil` when the document leaves it out.
    public var windowSize: Int?
    /// `probeMultiplier`; `nil` when the document leaves it out.
    public var probeMultiplier: Int?
    /// `backoffRatio`; `nil` when the document leaves it out.
    public var backoffRatio: Double?
    /// `latencySampleInterval`; `nil` when the document leaves it out.
    public var latencySampleInterval: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case initialLimit, minimumLimit, maximumLimit, smoothing, windowSize, probeMultiplier, backoffRatio
        case latencySampleInterval
    }

    /// An empty section: every field takes its default.
    public init() {}

    /// Reads the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.initialLimit = try container.decodeIfPresent(Int.self, forKey: .initialLimit)
        self.minimumLimit = try container.decodeIfPresent(Int.self, forKey: .minimumLimit)
        self.maximumLimit = try container.decodeIfPresent(Int.self, forKey: .maximumLimit)
        self.smoothing = try container.decodeIfPresent(Double.self, forKey: .smoothing)
        self.windowSize = try container.decodeIfPresent(Int.self, forKey: .windowSize)
        self.probeMultiplier = try container.decodeIfPresent(Int.self, forKey: .probeMultiplier)
        self.backoffRatio = try container.decodeIfPresent(Double.self, forKey: .backoffRatio)
        self.latencySampleInterval = try container.decodeIfPresent(Int.self, forKey: .latencySampleInterval)
    }

    /// Writes the section as a document would.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.initialLimit, forKey: .initialLimit)
        try container.encodeIfPresent(self.minimumLimit, forKey: .minimumLimit)
        try container.encodeIfPresent(self.maximumLimit, forKey: .maximumLimit)
        try container.encodeIfPresent(self.smoothing, forKey: .smoothing)
        try container.encodeIfPresent(self.windowSize, forKey: .windowSize)
        try container.encodeIfPresent(self.probeMultiplier, forKey: .probeMultiplier)
        try container.encodeIfPresent(self.backoffRatio, forKey: .backoffRatio)
        try container.encodeIfPresent(self.latencySampleInterval, forKey: .latencySampleInterval)
    }

    /// The limiter's configuration: its defaults where the section is silent.
    public var configuration: AdaptiveConcurrencyLimiter.Configuration {
        var configuration = AdaptiveConcurrencyLimiter.Configuration()
        if let value = self.initialLimit { configuration.initialLimit = value }
        if let value = self.minimumLimit { configuration.minimumLimit = value }
        if let value = self.maximumLimit { configuration.maximumLimit = value }
        if let value = self.smoothing { configuration.smoothing = value }
        if let value = self.windowSize { configuration.windowSize = value }
        if let value = self.probeMultiplier { configuration.probeMultiplier = value }
        if let value = self.backoffRatio { configuration.backoffRatio = value }
        if let value = self.latencySampleInterval { configuration.latencySampleInterval = value }
        return configuration
    }

    /// Builds the limiter; it takes the integration point's name.
    public func makePolicy(
        name: String,
        clock: some Clock<Duration>
    ) throws(ConfigurationError) -> AdaptiveConcurrencyLimiter {
        try AdaptiveConcurrencyLimiter(name: name, configuration: self.configuration, clock: clock)
    }
}

/// A hedging section: `hedging: { delay: 100ms, maxHedgedAttempts: 1 }`. Hedge only idempotent calls.
public struct HedgingSection: PolicySection {
    /// `delay`, required: how long an attempt may run before the next one starts.
    public var delay: Duration?
    /// `maxHedgedAttempts`; `nil` when the document leaves it out (1).
    public var maxHedgedAttempts: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case delay, maxHedgedAttempts
    }

    /// An empty section.
    public init() {}

    /// Reads the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try container.require(.delay)
        self.delay = try container.decodeDuration(.delay)
        self.maxHedgedAttempts = try container.decodeIfPresent(Int.self, forKey: .maxHedgedAttempts)
    }

    /// Writes the section as a document would, durations as text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeDuration(self.delay, forKey: .delay)
        try container.encodeIfPresent(self.maxHedgedAttempts, forKey: .maxHedgedAttempts)
    }

    /// Builds the hedging, named `<name>.hedging`, with one hedged attempt by default.
    public func makePolicy(name: String, clock: some Clock<Duration>) throws(ConfigurationError) -> Hedging {
        guard let delay = self.delay else { throw Self.missing("delay", policy: "hedging \"\(name).hedging\"") }
        return try Hedging(
            name: "\(name).hedging",
            maxHedgedAttempts: self.maxHedgedAttempts ?? 1,
            delay: delay,
            clock: clock
        )
    }
}

#endif
