// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

import Foundation
public import Resilience

/// The integration points of a configuration document, registered in a `ResilienceRegistry` and kept in step with
/// the document as it changes.
///
/// ```swift
/// let registry = ResilienceRegistry()
/// let configured = ConfiguredIntegrationPoints(registry: registry)
/// try configured.apply(ResilienceDocument(contentsOfFile: "resilience.yaml"))
/// let payments = configured.integrationPoint("payments")!
/// try await payments.run { try await client.charge(order) }
///
/// // later, on SIGHUP or when the file changed:
/// try configured.apply(ResilienceDocument(contentsOfFile: "resilience.yaml"))
/// ```
///
/// Applying a document is all or nothing: it is checked whole first, and a document with any problem throws
/// ``ConfigurationDocumentError`` and leaves every point as it was. A valid one registers its new instances, removes
/// the instances it no longer has, and updates the others in place: an unchanged policy keeps its state, a changed
/// circuit breaker keeps its state as `CircuitBreaker.update(configuration:)` describes, a changed bulkhead
/// keeps its running calls, and other changed policies start afresh. Calls already running finish under the
/// policies they started with.
public final class ConfiguredIntegrationPoints: Sendable {
    private let registry: ResilienceRegistry
    private let makeLayers: ResilienceDocument.PolicyBuilder
    private let points = LockedValue<[String: IntegrationPoint<ConfiguredPolicies>]>([:])

    /// Creates an empty set of configured points that registers them in `registry`.
    ///
    /// - Parameters:
    ///   - registry: Where the points are registered, and removed from when a document no longer has them.
    ///   - clock: The clock of every configured policy. Tests pass a `ManualClock`.
    public init<C: Clock<Duration>>(registry: ResilienceRegistry, clock: C = ContinuousClock()) {
        self.registry = registry
        self.makeLayers = { name, configuration throws(SectionedConfigurationErrors) in
            try ConfiguredPolicies.Layers(name: name, configuration: configuration, clock: clock)
        }
    }

    /// The configured point named `name`, or `nil`.
    public func integrationPoint(_ name: String) -> IntegrationPoint<ConfiguredPolicies>? {
        self.points.withLock { $0[name] }
    }

    /// The names of the configured points.
    public var names: [String] {
        self.points.withLock { $0.keys.sorted() }
    }

    /// Applies `document`: all of it, or, when it has any problem, none of it.
    ///
    /// - Throws: ``ConfigurationDocumentError`` listing every problem; nothing changed.
    public func apply(_ document: ResilienceDocument) throws(ConfigurationDocumentError) {
        // Checked whole, with the policies built, before anything changes.
        let resolved = try document.resolvedWithPolicies(self.makeLayers)
        let problems = self.points.withLock { points -> [ConfigurationDocumentError.Problem] in
            let problems: [ConfigurationDocumentError.Problem] = resolved.keys.sorted().compactMap { name in
                guard points[name] == nil, self.registry.contains(name) else { return nil }
                return .init(
                    path: "instances.\(name)",
                    message: "names an integration point the registry already has, not from a document"
                )
            }
            guard problems.isEmpty else { return problems }

            for name in points.keys.sorted() where resolved[name] == nil {
                points.removeValue(forKey: name)
                self.registry.remove(name)
            }
            for (name, (configuration, layers)) in resolved.sorted(by: { $0.key < $1.key }) {
                if let point = points[name] {
                    if point.pipeline.policies.update(to: configuration, fresh: layers) {
                        self.registry.integrationPointDidChange(point)
                    }
                } else {
                    let policies = ConfiguredPolicies(configuration: configuration, layers: layers)
                    // Cannot fail but in a race: the document refuses an empty name, and this one was found free
                    // above, under this lock (a point registered by hand in between would keep its name).
                    if let point = try? self.registry.register(name, pipeline: ResiliencePipeline { policies }) {
                        points[name] = point
                    }
                }
            }
            return []
        }
        guard problems.isEmpty else { throw ConfigurationDocumentError(problems: problems) }
    }

    /// Reads and applies the document at `path` (JSON when it ends in `.json`, YAML otherwise).
    ///
    /// - Throws: ``ConfigurationDocumentError``; nothing changed.
    public func apply(contentsOfFile path: String) throws(ConfigurationDocumentError) {
        try self.apply(ResilienceDocument(contentsOfFile: path))
    }
}

#endif
