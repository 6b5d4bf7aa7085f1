public import Logging
public import Tracing

/// Throws an error instead of calling the operation, for a share of the calls: Polly's chaos fault.
///
/// ```swift
/// let chaos = try ChaosFault(name: "payments", injectionRate: 0.1) { URLError(.timedOut) }
/// let pipeline = ResiliencePipeline { retry; breaker; chaos }   // innermost, so the policies see the fault
/// chaos.setEnabled(false)                                       // from an operator control, at run time
/// ```
///
/// Put chaos policies innermost, next to the operation, so that the policies around them meet the faults as they
/// would meet the dependency's own. Disabled, a call costs one relaxed atomic load.
public final class ChaosFault: CallerTaskResiliencePolicy {
    /// The name in logs and metrics.
    public let name: String

    @usableFromInline let injector: ChaosInjector
    @usableFromInline let error: @Sendable () -> any Error

    /// Creates a chaos fault.
    ///
    /// - Parameters:
    ///   - name: The name in logs and metrics; not empty.
    ///   - injectionRate: The share of calls that get the fault, from 0 to 1.
    ///   - enabled: Whether the policy injects at all; ``setEnabled(_:)`` changes it at run time.
    ///   - seed: Makes the injected calls a fixed sequence (tests); `nil` draws from the system's random source.
    ///   - logger: Where each injection is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `chaos.injected` event for each injection.
    ///   - error: Makes the error thrown instead of the call.
    /// - Throws: ``ConfigurationError`` for an empty name or a rate outside 0…1.
    public init(
        name: String,
        injectionRate: Double,
        enabled: Bool = true,
        seed: UInt64? = nil,
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer,
        error: @escaping @Sendable () -> any Error
    ) throws(ConfigurationError) {
        self.injector = try ChaosInjector(
            kind: "chaos fault",
            name: name,
            injectionRate: injectionRate,
            enabled: enabled,
            seed: seed,
            logger: logger,
            tracer: tracer
        )
        self.name = name
        self.error = error
    }

    /// Whether the policy injects faults.
    public var isEnabled: Bool { self.injector.isEnabled }

    /// Switches the policy on or off, for calls that start from now on.
    public func setEnabled(_ enabled: Bool) { self.injector.setEnabled(enabled) }

    /// The share of calls that get the fault while enabled.
    public var injectionRate: Double { self.injector.injectionRate }

    /// Changes the share of calls that get the fault.
    ///
    /// - Throws: ``ConfigurationError`` for a rate outside 0…1; the rate is then unchanged.
    public func setInjectionRate(_ rate: Double) throws(ConfigurationError) { try self.injector.setInjectionRate(rate) }

    /// The calls injected and passed while enabled.
    public var metrics: ChaosMetrics { self.injector.metrics }

    /// The seed of the injections' fixed sequence; `nil` when they are drawn from the system's random source.
    public var seed: UInt64? { self.injector.seed }

    /// Runs `operation`, or throws the fault's error instead, for a share of the calls while enabled.
    ///
    /// - Parameter operation: The call; it runs on the caller's task and isolation.
    /// - Returns: What `operation` returned.
    /// - Throws: The fault's error instead of the call, or whatever `operation` threw.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        if self.injector.isEnabled, self.injector.rollForEnabledCall("error") {
            throw self.error()
        }
        // Caught and rethrown: see `RateLimiter.run` (Swift 6.3.1's optimiser).
        do {
            return try await operation()
        } catch {
            throw error
        }
    }
}

/// The error of a ``ChaosFault`` made without an error of its own (one configured by a document): it names the policy,
/// so that a log line or a test tells an injected fault from a real one.
public struct ChaosFaultError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name of the chaos policy that injected the fault.
    public var name: String

    /// Creates the error of the chaos policy `name`.
    public init(name: String) {
        self.name = name
    }

    public var description: String { "fault injected by chaos policy \"\(self.name)\"" }
}
