/// An error thrown when a policy is created with an invalid configuration.
///
/// Every initialiser in this library validates its input and throws this error instead of trapping. The error names
/// the policy, the field, the value it was given and the rule that value breaks, so that the message alone is enough
/// to fix the configuration:
///
/// ```
/// circuit breaker "payments": failureRateThreshold is 1.5, but must be greater than 0 and at most 1
/// ```
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The policy whose configuration is invalid, for example `circuit breaker "payments"`.
    public var policy: String

    /// The name of the invalid field, spelled as in the configuration type, for example `failureRateThreshold`.
    public var field: String

    /// The value the field was given, as text.
    public var value: String

    /// The rule the value breaks, for example `must be greater than 0 and at most 1`.
    public var rule: String

    /// Creates a configuration error.
    ///
    /// - Parameters:
    ///   - policy: The policy whose configuration is invalid.
    ///   - field: The name of the invalid field.
    ///   - value: The value the field was given, as text.
    ///   - rule: The rule the value breaks.
    public init(policy: String, field: String, value: String, rule: String) {
        self.policy = policy
        self.field = field
        self.value = value
        self.rule = rule
    }

    public var description: String {
        "\(self.policy): \(self.field) is \(self.value), but \(self.rule)"
    }
}
