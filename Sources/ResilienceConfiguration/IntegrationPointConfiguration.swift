// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

import Foundation
import Resilience

/// The merged, typed configuration of one integration point of a ``ResilienceDocument``: which policies it has and
/// their settings. `nil` means the point has no such policy.
///
/// The fields follow the order of the layers, outermost first.
public struct IntegrationPointConfiguration: Sendable, Hashable {
    /// The most one call may take, all attempts and delays included.
    public var totalTimeout: Duration?
    /// The retry.
    public var retry: RetrySection?
    /// Hedging.
    public var hedging: HedgingSection?
    /// The circuit breaker.
    public var circuitBreaker: CircuitBreakerSection?
    /// The most one attempt may take.
    public var timeout: Duration?
    /// The bulkhead.
    public var bulkhead: BulkheadSection?
    /// The adaptive concurrency limiter.
    public var adaptiveConcurrencyLimiter: AdaptiveConcurrencyLimiterSection?
    /// The rate limiter.
    public var rateLimiter: RateLimiterSection?
    /// Chaos latency, next to the call.
    public var chaosLatency: ChaosLatencySection?
    /// A chaos fault, innermost.
    public var chaosFault: ChaosFaultSection?

    /// Creates a configuration with no policy.
    public init() {}
}

extension ResilienceDocument {
    /// Merges and checks the configuration of every instance.
    ///
    /// - Returns: Each instance's configuration, by name.
    /// - Throws: ``ConfigurationDocumentError`` with every problem of the document: unknown or cyclic `baseConfig`s,
    ///   values of the wrong type, and values a policy refuses (each reported where it is written).
    public func resolved() throws(ConfigurationDocumentError) -> [String: IntegrationPointConfiguration] {
        try self.resolvedWithPolicies { name, configuration throws(SectionedConfigurationErrors) in
            try ConfiguredPolicies.Layers(name: name, configuration: configuration, clock: ContinuousClock())
        }.mapValues(\.configuration)
    }

    /// Builds the policies of one instance from its configuration; building them is also the check of their values.
    typealias PolicyBuilder =
        @Sendable (String, IntegrationPointConfiguration) throws(SectionedConfigurationErrors) ->
        ConfiguredPolicies.Layers

    /// Merges and checks the configuration of every instance, building its policies with `build`: ``resolved()``
    /// builds them only to check them; ``ConfiguredIntegrationPoints`` keeps them.
    func resolvedWithPolicies(
        _ build: PolicyBuilder
    ) throws(ConfigurationDocumentError) -> [String: (
        configuration: IntegrationPointConfiguration, layers: ConfiguredPolicies.Layers
    )] {
        var problems: [ConfigurationDocumentError.Problem] = []
        var result: [String: (configuration: IntegrationPointConfiguration, layers: ConfiguredPolicies.Layers)] = [:]
        for name in self.instances.keys.sorted() {
            do {
                result[name] = try self.resolve(instance: name, building: build)
            } catch {
                problems += error.problems
            }
        }
        // A problem inherited by several instances is reported once.
        var seen = Set<ConfigurationDocumentError.Problem>()
        problems = problems.filter { seen.insert($0).inserted }
        guard problems.isEmpty else { throw ConfigurationDocumentError(problems: problems) }
        return result
    }

    /// The merged sections of one instance and where each value was written.
    private struct Merged {
        var sections: [String: ConfigValue] = [:]
        /// For `section` and `section.field`: the path of the value in the document.
        var origin: [String: String] = [:]

        func path(_ section: String, _ field: String? = nil) -> String {
            if let field, let path = self.origin["\(section).\(field)"] { return path }
            let base = self.origin[section] ?? section
            return field.map { "\(base).\($0)" } ?? base
        }
    }

    private func resolve(
        instance name: String,
        building build: PolicyBuilder
    ) throws(ConfigurationDocumentError) -> (
        configuration: IntegrationPointConfiguration, layers: ConfiguredPolicies.Layers
    ) {
        // The registry refuses a point without a name; say so here, before anything is applied.
        guard !name.isEmpty else {
            throw ConfigurationDocumentError(
                problems: [.init(path: "instances", message: "has an instance with an empty name: a point needs one")]
            )
        }
        let instancePath = "instances.\(name)"
        let own = self.instances[name] ?? [:]

        // The chain of configurations, the root first.
        var chain: [(path: String, sections: [String: ConfigValue])] = [(instancePath, own)]
        var base: (name: String, namedAt: String)?
        switch own["baseConfig"] {
        case .string(let baseName)?: base = (baseName, "\(instancePath).baseConfig")
        case nil, .null?: base = self.configs["default"] != nil ? ("default", instancePath) : nil
        case let other?:
            throw ConfigurationDocumentError(
                problems: [.init(path: "\(instancePath).baseConfig", message: "must be a name, is \(other.text)")]
            )
        }
        var visited: Set<String> = []
        while let (baseName, namedAt) = base {
            guard let sections = self.configs[baseName] else {
                throw ConfigurationDocumentError(
                    problems: [.init(path: namedAt, message: "names \"\(baseName)\", which is not in configs")]
                )
            }
            guard visited.insert(baseName).inserted else {
                throw ConfigurationDocumentError(
                    problems: [.init(path: namedAt, message: "\"\(baseName)\" makes a cycle of baseConfigs")]
                )
            }
            chain.insert(("configs.\(baseName)", sections), at: 0)
            switch sections["baseConfig"] {
            case .string(let next)?:
                base = (next, "configs.\(baseName).baseConfig")
            case nil, .null?:
                base = nil
            case let other?:
                throw ConfigurationDocumentError(
                    problems: [
                        .init(path: "configs.\(baseName).baseConfig", message: "must be a name, is \(other.text)")
                    ]
                )
            }
        }

        var merged = Merged()
        for (path, sections) in chain {
            for (key, value) in sections where key != "baseConfig" {
                switch (value, merged.sections[key]) {
                case (.null, _):
                    // `retry: null` removes a policy the instance would inherit.
                    merged.sections[key] = nil
                case (.object(let fields), .object(var existing)?):
                    for (field, fieldValue) in fields {
                        existing[field] = fieldValue
                        merged.origin["\(key).\(field)"] = "\(path).\(key).\(field)"
                    }
                    merged.sections[key] = .object(existing)
                default:
                    merged.sections[key] = value
                    merged.origin[key] = "\(path).\(key)"
                    if case .object(let fields) = value {
                        for field in fields.keys { merged.origin["\(key).\(field)"] = "\(path).\(key).\(field)" }
                    }
                }
            }
        }

        // Each problem with the position of its section in the table, so that they are listed outermost first.
        var problems: [(layer: Int, problem: ConfigurationDocumentError.Problem)] = []
        var configuration = IntegrationPointConfiguration()
        let table = ConfiguredPolicies.Layers.table
        for (index, layer) in table.enumerated() {
            guard let value = merged.sections[layer.key] else { continue }
            do {
                try layer.read(value, &configuration)
            } catch let error as DecodingError {
                var problem = Self.problem(error, prefix: [])
                let fields = problem.path == "(document)" ? [] : problem.path.split(separator: ".").map(String.init)
                let located = merged.path(layer.key, fields.first)
                problem.path = ([located] + fields.dropFirst()).joined(separator: ".")
                problems.append((index, problem))
            } catch {
                problems.append((index, .init(path: merged.path(layer.key), message: "is invalid: \(error)")))
            }
        }

        // The policies' own rules, reported where the offending value is written; the sections read above are built
        // even when others could not be read, so that every problem is reported at once.
        var built: ConfiguredPolicies.Layers?
        do {
            built = try build(name, configuration)
        } catch {
            for refusal in error.errors {
                let index = table.firstIndex { $0.key == refusal.section } ?? table.count
                let path = merged.path(refusal.section, refusal.field)
                problems.append((index, .init(path: path, message: refusal.message)))
            }
        }
        guard let layers = built, problems.isEmpty else {
            let ordered = problems.enumerated().sorted { ($0.element.layer, $0.offset) < ($1.element.layer, $1.offset) }
            throw ConfigurationDocumentError(problems: ordered.map(\.element.problem))
        }
        return (configuration, layers)
    }
}

/// A policy of a document refused its settings: which section, which field (`nil` for the section as a whole), and why.
struct SectionedConfigurationError: Error {
    var section: String
    var field: String?
    var message: String

    /// The policy's own ``ConfigurationError``, for a value the section holds.
    init(section: String, _ error: ConfigurationError) {
        self.section = section
        self.field = error.field
        self.message = "\(error.value) is invalid: \(error.rule)"
    }

}

/// Every policy of one integration point that refused its settings.
struct SectionedConfigurationErrors: Error {
    var errors: [SectionedConfigurationError]
}

#endif
