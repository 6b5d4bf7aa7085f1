public import Logging
public import Synchronization
public import Tracing

/// Waits before calling the operation, for a share of the calls: Polly's chaos latency.
///
/// ```swift
/// let chaos = try ChaosLatency(name: "search", injectionRate: 0.05, latency: .seconds(2))
/// let results = try await chaos.run { try await search.query(text) }   // 1 call in 20 takes 2 s longer
/// ```
///
/// The wait ends early, with `CancellationError`, when the caller is cancelled (by a timeout around it, for example).
/// Disabled, a call costs one relaxed atomic load.
public final class ChaosLatency: CallerTaskResiliencePolicy {
    /// The name in logs and metrics.
    public let name: String

    /// How long an injected call waits before it runs (to the nanosecond); ``setLatency(_:)`` changes it.
    @inlinable
    public var latency: Duration { .nanoseconds(self.latencyNanoseconds.load(ordering: .relaxed)) }

    @usableFromInline let latencyNanoseconds: Atomic<Int64>
    @usableFromInline let injector: ChaosInjector
    @usableFromInline let sleep: @Sendable (Duration) async throws -> Void

    /// Creates a chaos latency.
    ///
    /// - Parameters:
    ///   - name: The name in logs and metrics; not empty.
    ///   - injectionRate: The share of calls that wait, from 0 to 1.
    ///   - enabled: Whether the policy injects at all; ``setEnabled(_:)`` changes it at run time.
    ///   - seed: Makes the injected calls a fixed sequence (tests); `nil` draws from the system's random source.
    ///   - latency: How long an injected call waits; not negative.
    ///   - clock: The clock of the wait. Tests pass a `ManualClock`.
    ///   - logger: Where each injection is logged, at debug level. Defaults to the task-local `Logger.current`.
    ///   - tracer: The tracer whose active span receives a `chaos.injected` event for each injection.
    /// - Throws: ``ConfigurationError`` for an empty name, a rate outside 0…1 or a negative latency.
    public init<C: Clock<Duration>>(
        name: String,
        injectionRate: Double,
        enabled: Bool = true,
        seed: UInt64? = nil,
        latency: Duration,
        clock: C = ContinuousClock(),
        logger: Logger = .current,
        tracer: (any Tracer)? = InstrumentationSystem.tracer
    ) throws(ConfigurationError) {
        self.injector = try ChaosInjector(
            kind: "chaos latency",
            name: name,
            injectionRate: injectionRate,
            enabled: enabled,
            seed: seed,
            logger: logger,
            tracer: tracer
        )
        try Self.check(latency, name: name)
        self.name = name
        self.latencyNanoseconds = Atomic(latency.nanoseconds)
        self.sleep = { duration in try await clock.sleep(for: duration) }
    }

    /// Whether the policy injects latency.
    public var isEnabled: Bool { self.injector.isEnabled }

    /// Switches the policy on or off, for calls that start from now on.
    public func setEnabled(_ enabled: Bool) { self.injector.setEnabled(enabled) }

    /// Changes how long an injected call waits, for calls that start from now on.
    ///
    /// - Throws: ``ConfigurationError`` for a negative latency; the latency is then unchanged.
    public func setLatency(_ latency: Duration) throws(ConfigurationError) {
        try Self.check(latency, name: self.name)
        self.latencyNanoseconds.store(latency.nanoseconds, ordering: .relaxed)
    }

    private static func check(_ latency: Duration, name: String) throws(ConfigurationError) {
        try SettingsValidator("chaos latency", name: name)
            .check(latency >= .zero, "latency", latency, "must not be negative")
    }

    /// The share of calls that wait while enabled.
    public var injectionRate: Double { self.injector.injectionRate }

    /// Changes the share of calls that wait.
    ///
    /// - Throws: ``ConfigurationError`` for a rate outside 0…1; the rate is then unchanged.
    public func setInjectionRate(_ rate: Double) throws(ConfigurationError) { try self.injector.setInjectionRate(rate) }

    /// The calls injected and passed while enabled.
    public var metrics: ChaosMetrics { self.injector.metrics }

    /// The seed of the injections' fixed sequence; `nil` when they are drawn from the system's random source.
    public var seed: UInt64? { self.injector.seed }

    /// Runs `operation`, after waiting ``latency`` for a share of the calls while enabled.
    ///
    /// - Parameter operation: The call; it runs on the caller's task and isolation.
    /// - Returns: What `operation` returned.
    /// - Throws: `CancellationError` when the caller is cancelled during the wait, or whatever `operation` threw.
    @inlinable
    nonisolated(nonsending) public func run<T, E: Error>(_ operation: () async throws(E) -> T) async throws -> T {
        if self.injector.isEnabled, self.injector.rollForEnabledCall("latency") {
            try await self.sleep(self.latency)
        }
        // Caught and rethrown: see `RateLimiter.run` (Swift 6.3.1's optimiser).
        do {
            return try await operation()
        } catch {
            throw error
        }
    }
}
