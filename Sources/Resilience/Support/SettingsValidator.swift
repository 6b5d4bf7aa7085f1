/// Checks a policy's settings one line each: the first check that fails throws a ``ConfigurationError`` naming the
/// policy, the field, its value and the rule it breaks.
///
/// ```swift
/// let validator = try SettingsValidator("bulkhead", name: name)   // an empty name is the first error
/// try validator.check(maxConcurrentCalls >= 1, "maxConcurrentCalls", maxConcurrentCalls, "must be at least 1")
/// ```
///
/// Every policy validates through one of these, so that every error reads the same way:
/// `bulkhead "db": maxConcurrentCalls is 0, but must be at least 1`.
struct SettingsValidator {
    /// The policy as errors name it: `bulkhead "db"`.
    let policy: String

    /// Starts the checks of the policy `kind` named `name`.
    ///
    /// - Throws: ``ConfigurationError`` for the field `name` when `name` is empty.
    init(_ kind: String, name: String) throws(ConfigurationError) {
        guard !name.isEmpty else {
            throw ConfigurationError(policy: kind, field: "name", value: "\"\"", rule: "must not be empty")
        }
        self.policy = "\(kind) \"\(name)\""
    }

    /// Starts the checks of a policy that has no name of its own (a retry budget).
    init(unnamed kind: String) {
        self.policy = kind
    }

    /// Throws when `valid` is false.
    func check(_ valid: Bool, _ field: String, _ value: Any, _ rule: String) throws(ConfigurationError) {
        guard valid else {
            throw ConfigurationError(policy: self.policy, field: field, value: "\(value)", rule: rule)
        }
    }

    /// Checks that `value` is a fraction greater than 0 and at most 1.
    func checkFraction(_ value: Double, _ field: String) throws(ConfigurationError) {
        try self.check(value > 0 && value <= 1, field, value, "must be greater than 0 and at most 1")
    }
}
