// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

import Foundation
import Yams

/// A configuration document: shared configurations and the integration points that use them, in YAML or JSON.
///
/// ```yaml
/// configs:
///   default:                       # every instance without a baseConfig starts from it
///     circuitBreaker: { failureRateThreshold: 0.5, waitDurationInOpenState: 30s }
///     timeout: 2s
///   slow:
///     baseConfig: default
///     timeout: 10s
/// instances:
///   payments:
///     circuitBreaker: { failureRateThreshold: 0.25 }   # overrides one field of configs.default
///     retry: { maxAttempts: 3, backoff: { type: exponential, initial: 100ms, maximum: 2s } }
///   reports:
///     baseConfig: slow
/// ```
///
/// Like resilience4j's `configs.default` and `instances.<name>.baseConfig`: an instance starts from its `baseConfig`
/// (or from `default` when it names none and a `default` exists), a configuration may itself name a `baseConfig`,
/// and each policy section merges field by field, the nearer one winning. An instance's policies are those its
/// merged sections name, always in this order, outermost first: `totalTimeout`, `retry`, `hedging`, `circuitBreaker`,
/// `timeout` (per attempt), `bulkhead`, `adaptiveConcurrencyLimiter`, `rateLimiter`, `chaosLatency`, `chaosFault`.
///
/// Parsing checks the whole document and reports every problem at once, each with the path where the offending value
/// is written and the rule it breaks.
public struct ResilienceDocument: Sendable, Hashable {
    /// The shared configurations, by name.
    public var configs: [String: [String: ConfigValue]]
    /// The integration points, by name.
    public var instances: [String: [String: ConfigValue]]

    static let sectionKeys: Set<String> = Set(["baseConfig"] + ConfiguredPolicies.Layers.table.map(\.key))

    /// Reads a YAML document.
    public init(yaml: String) throws(ConfigurationDocumentError) {
        try self.init(tree: Self.parse("YAML") { try YAMLDecoder().decode(ConfigValue.self, from: yaml) })
    }

    /// Reads a JSON document.
    public init(json: String) throws(ConfigurationDocumentError) {
        try self.init(tree: Self.parse("JSON") { try JSONDecoder().decode(ConfigValue.self, from: Data(json.utf8)) })
    }

    /// Reads the document at `path`: JSON when its name ends in `.json`, YAML otherwise.
    public init(contentsOfFile path: String) throws(ConfigurationDocumentError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationDocumentError(problems: [.init(path: path, message: "cannot be read: \(error)")])
        }
        try self.init(text: text, fileName: path)
    }

    /// Reads `text`, the contents of the file `fileName`: JSON when the name ends in `.json`, YAML otherwise.
    init(text: String, fileName: String) throws(ConfigurationDocumentError) {
        if fileName.hasSuffix(".json") {
            try self.init(json: text)
        } else {
            try self.init(yaml: text)
        }
    }

    /// Runs a decoder of `format` into the document's tree, turning its errors into problems with paths.
    private static func parse(
        _ format: String,
        _ decode: () throws -> ConfigValue
    ) throws(ConfigurationDocumentError) -> ConfigValue {
        do {
            return try decode()
        } catch let error as DecodingError {
            throw ConfigurationDocumentError(problems: [Self.problem(error, prefix: [])])
        } catch {
            throw ConfigurationDocumentError(problems: [
                .init(path: "(document)", message: "is not valid \(format): \(error)")
            ])
        }
    }

    /// Checks the shape of a parsed document: two known top-level keys, objects of objects, known section names.
    init(tree: ConfigValue) throws(ConfigurationDocumentError) {
        var problems: [ConfigurationDocumentError.Problem] = []
        guard case .object(let top) = tree else {
            throw ConfigurationDocumentError(problems: [.init(path: "(document)", message: "must be an object")])
        }
        for key in top.keys.sorted() where key != "configs" && key != "instances" {
            problems.append(.init(path: key, message: "is not a known key (known: configs, instances)"))
        }
        func entries(_ key: String) -> [String: [String: ConfigValue]] {
            guard let value = top[key] else { return [:] }
            guard case .object(let members) = value else {
                problems.append(.init(path: key, message: "must be an object of names, is \(value.text)"))
                return [:]
            }
            var result: [String: [String: ConfigValue]] = [:]
            for (name, entry) in members.sorted(by: { $0.key < $1.key }) {
                if case .null = entry {
                    result[name] = [:]
                    continue
                }
                guard case .object(let sections) = entry else {
                    problems.append(.init(path: "\(key).\(name)", message: "must be an object, is \(entry.text)"))
                    continue
                }
                for section in sections.keys.sorted() where !Self.sectionKeys.contains(section) {
                    problems.append(
                        .init(
                            path: "\(key).\(name).\(section)",
                            message: "is not a known key (known: \(Self.sectionKeys.sorted().joined(separator: ", ")))"
                        )
                    )
                }
                result[name] = sections.filter { Self.sectionKeys.contains($0.key) }
            }
            return result
        }
        self.configs = entries("configs")
        self.instances = entries("instances")
        guard problems.isEmpty else { throw ConfigurationDocumentError(problems: problems) }
    }

    static func problem(_ error: DecodingError, prefix: [String]) -> ConfigurationDocumentError.Problem {
        let (context, fallback): (DecodingError.Context, String) =
            switch error {
            case .typeMismatch(let type, let context): (context, "must be of type \(type)")
            case .valueNotFound(let type, let context): (context, "must be a \(type)")
            case .keyNotFound(let key, let context): (context, "is missing \(key.stringValue)")
            case .dataCorrupted(let context): (context, "is invalid")
            @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "is invalid")
            }
        let path = (prefix + context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue })
            .joined(separator: ".")
        let message = context.debugDescription.isEmpty ? fallback : context.debugDescription
        return .init(path: path.isEmpty ? "(document)" : path, message: message)
    }
}

/// The error of reading or applying a configuration document: every problem found, each with its path.
///
/// ```
/// instances.payments.circuitBreaker.failureRateThreshold: 1.5 is invalid: must be greater than 0 and at most 1
/// ```
public struct ConfigurationDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem: where, and what is wrong.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The path of the offending value in the document, keys joined by dots.
        public var path: String
        /// What is wrong with it, and the rule it breaks.
        public var message: String

        /// Creates a problem.
        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        public var description: String { "\(self.path): \(self.message)" }
    }

    /// Every problem found, in document order.
    public var problems: [Problem]

    /// Creates the error.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    public var description: String {
        self.problems.map(\.description).joined(separator: "\n")
    }
}

#endif
