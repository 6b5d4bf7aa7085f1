public import Logging
public import Tracing

/// Answers a value instead of calling the operation, for a share of the calls: Polly's chaos outcome. Use it for
/// answers that are wrong without being errors: an empty list, a stale price, a `503` response value.
///
/// ```swift
/// let chaos = try ChaosOutcome<[Product]>(name: "recommendations", injectionRate: 0.2) { [] }
/// let products = try await chaos.run { try await recommendations.fetch(user) }   // empty 1 call in 5
/// ```
///
/// Only calls that return `Value` can get the outcome; a call of another type runs untouched and is not counted.
/// Disabled, a call costs one relaxed atomic load.
public final class ChaosOutcome<Value: Sendable>: CallerTaskResiliencePolicy {
    /// The name in logs and metrics.
    public let name: String

    @usableFromInline let injector: ChaosInjector
    @usableFromInline let outcome: @Sendable () -> Value

    /// Creates a chaos outcome.
    ///
    /// - Parameters:
    ///   - name: The name in logs and metrics; not empty.
    ///   - injectionRate: The share of calls that get the outcome, from 0 to 1.
    ///   - enabled: Whether the policy injects at all; ``setEnabled(_:)`` changes it at run time.
    ///   - seed: Makes the injected calls a fixed sequence (tests); `nil` draws from the system's random source.
    ///   - logger: Where each injection is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `chaos.injected` event for each injection.
    ///   - outcome: Makes the value answered instead of the call.
    /// - Throws: ``ConfigurationError`` for an empty name or a rate outside 0…1.
    public init(
        name: String,
        injectionRate: Double,
        enabled: Bool = true,
        seed: UInt64? = nil,
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer,
        outcome: @escaping @Sendable () -> Value
    ) throws(ConfigurationError) {
        self.injector = try ChaosInjector(
            kind: "chaos outcome",
            name: name,
            injectionRate: injectionRate,
            enabled: enabled,
            seed: seed,
            logger: logger,
            tracer: tracer
        )
        self.name = name
        self.outcome = outcome
    }

    /// Whether the policy injects outcomes.
    public var isEnabled: Bool { self.injector.isEnabled }

    /// Switches the policy on or off, for calls that start from now on.
    public func setEnabled(_ enabled: Bool) { self.injector.setEnabled(enabled) }

    /// The share of calls that get the outcome while enabled.
    public var injectionRate: Double { self.injector.injectionRate }

    /// Changes the share of calls that get the outcome.
    ///
    /// - Throws: ``ConfigurationError`` for a rate outside 0…1; the rate is then unchanged.
    public func setInjectionRate(_ rate: Double) throws(ConfigurationError) { try self.injector.setInjectionRate(rate) }

    /// The calls injected and passed while enabled.
    public var metrics: ChaosMetrics { self.injector.metrics }

    /// The seed of the injections' fixed sequence; `nil` when they are drawn from the system's random source.
    public var seed: UInt64? { self.injector.seed }

    /// Runs `operation`, or answers the outcome instead, for a share of the calls that return `Value` while enabled.
    ///
    /// - Parameter operation: The call; it runs on the caller's task and isolation.
    /// - Returns: What `operation` returned, or the outcome.
    /// - Throws: Whatever `operation` threw.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        if T.self == Value.self, self.injector.isEnabled,
            self.injector.rollForEnabledCall("outcome")
        {
            return self.outcome() as! T
        }
        // Caught and rethrown: see `RateLimiter.run` (Swift 6.3.1's optimiser).
        do {
            return try await operation()
        } catch {
            throw error
        }
    }
}
