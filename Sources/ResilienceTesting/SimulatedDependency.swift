import Synchronization

/// A dependency whose health a test or a demo sets: it answers after a latency, successfully or with
/// ``Unavailable``.
///
/// ```swift
/// let payments = SimulatedDependency(latency: .milliseconds(2))
/// payments.set(.failing)
/// try await breaker.run { try await payments.call() }   // throws SimulatedDependency.Unavailable
/// ```
public final class SimulatedDependency: Sendable {
    /// How the dependency answers.
    public enum Health: Sendable, Hashable {
        /// Every call succeeds.
        case healthy
        /// Every call fails with ``Unavailable``.
        case failing
    }

    /// The error of a failing dependency.
    public struct Unavailable: Error, Hashable {
        /// Creates the error.
        public init() {}
    }

    /// How long each call takes, on the continuous clock.
    public let latency: Duration
    private let health = Atomic<Bool>(true)

    /// A healthy dependency that answers after `latency`.
    public init(latency: Duration = .milliseconds(2)) {
        self.latency = latency
    }

    /// How the dependency answers now.
    public var currentHealth: Health {
        self.health.load(ordering: .relaxed) ? .healthy : .failing
    }

    /// Changes how the dependency answers, from the next call on.
    public func set(_ health: Health) {
        self.health.store(health == .healthy, ordering: .relaxed)
    }

    /// Waits the latency, then answers `"ok"` or throws ``Unavailable``.
    ///
    /// - Throws: ``Unavailable`` when failing; `CancellationError` when cancelled during the latency.
    public func call() async throws -> String {
        try await Task.sleep(for: self.latency)
        guard self.health.load(ordering: .relaxed) else { throw Unavailable() }
        return "ok"
    }
}
