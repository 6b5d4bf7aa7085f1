/// A policy as monitoring sees it: its kind, name, state and named numbers, for any policy, ours or yours.
///
/// The registry's snapshots, the admin server's JSON and dashboard, and ``ResilienceMetricsReporter``'s metrics read
/// every policy through this protocol alone, so a policy written outside this library shows its own numbers
/// everywhere once it conforms:
///
/// ```swift
/// extension TokenBucket: MonitoredPolicy {
///     public var snapshot: PolicySnapshot {
///         PolicySnapshot(kind: "token_bucket", name: self.name, measurements: [
///             .init("tokens", Double(self.tokens), metric: .gauge("myapp_token_bucket_tokens")),
///             .init("rejectedCalls", Double(self.rejections), metric: .counter("myapp_token_bucket_rejected_total")),
///         ])
///     }
/// }
/// ```
///
/// A ``ResiliencePolicy`` that conforms lists itself in ``ResiliencePolicy/components`` by default; one that does not
/// appears as kind `other` with its description and no numbers.
public protocol MonitoredPolicy: Sendable {
    /// The policy's state and numbers now. Called on cold paths only (a snapshot, a metrics report, a dashboard tick).
    var snapshot: PolicySnapshot { get }
}

/// The state and numbers of one policy at one moment.
public struct PolicySnapshot: Sendable, Hashable {
    /// What kind of policy it is, in snake case: `circuit_breaker`, `bulkhead`, `rate_limiter`, or a kind of yours.
    public var kind: String
    /// The policy's name.
    public var name: String
    /// The state, for policies that have states (a breaker's `closed`, `open`, …); `nil` otherwise.
    public var state: String?
    /// The numbers, in the order the policy lists them.
    public var measurements: [Measurement]

    /// Creates a snapshot.
    public init(kind: String, name: String, state: String? = nil, measurements: [Measurement] = []) {
        self.kind = kind
        self.name = name
        self.state = state
        self.measurements = measurements
    }

    /// The value of the measurement named `name`, if the snapshot has one.
    public subscript(name: String) -> Double? {
        self.measurements.first { $0.name == name }?.value
    }

    /// One named number of a policy.
    public struct Measurement: Sendable, Hashable {
        /// The number's name in the admin server's JSON, in lower camel case: `availableConcurrentCalls`.
        public var name: String
        /// The value; durations in seconds.
        public var value: Double
        /// The metric ``ResilienceMetricsReporter`` writes it to, if any.
        public var metric: Metric?

        /// Creates a measurement.
        public init(_ name: String, _ value: Double, metric: Metric? = nil) {
            self.name = name
            self.value = value
            self.metric = metric
        }
    }

    /// How ``ResilienceMetricsReporter`` writes a measurement: a gauge set to its value, or a counter that grows by
    /// what the value grew since the last report. The reporter adds the dimension `name` (the policy's name).
    public struct Metric: Sendable, Hashable {
        /// A gauge or a counter.
        public enum Kind: Sendable, Hashable {
            /// Set to the value at each report.
            case gauge
            /// Grows by the value's increase since the last report; the value counts since the policy was created.
            case counter
        }

        /// The metric's label: `resilience_bulkhead_available_concurrent_calls`.
        public var label: String
        /// A gauge or a counter.
        public var kind: Kind
        /// Dimensions besides `name`, such as `("kind", "timed_out")`.
        public var dimensions: [Dimension]

        /// One dimension of a metric.
        public struct Dimension: Sendable, Hashable {
            /// The dimension's name.
            public var name: String
            /// Its value.
            public var value: String

            /// Creates a dimension.
            public init(_ name: String, _ value: String) {
                self.name = name
                self.value = value
            }
        }

        /// Creates a metric.
        public init(label: String, kind: Kind, dimensions: [Dimension] = []) {
            self.label = label
            self.kind = kind
            self.dimensions = dimensions
        }

        /// A gauge.
        public static func gauge(_ label: String, _ dimensions: Dimension...) -> Self {
            Metric(label: label, kind: .gauge, dimensions: dimensions)
        }

        /// A counter.
        public static func counter(_ label: String, _ dimensions: Dimension...) -> Self {
            Metric(label: label, kind: .counter, dimensions: dimensions)
        }
    }
}

/// A policy of a pipeline that does not conform to ``MonitoredPolicy``: known by its description alone.
struct UnmonitoredPolicy: MonitoredPolicy {
    let description: PolicyDescription

    var snapshot: PolicySnapshot {
        PolicySnapshot(kind: "other", name: self.description.name)
    }
}

extension ResiliencePolicy {
    /// The policy itself when it is a ``MonitoredPolicy``; otherwise one entry of kind `other` per description.
    public var components: [any MonitoredPolicy] {
        if let monitored = self as? any MonitoredPolicy {
            return [monitored]
        }
        return self.policyDescriptions.map(UnmonitoredPolicy.init)
    }
}

extension ComposedPolicy {
    /// The outer policy's components, then the inner one's.
    public var components: [any MonitoredPolicy] {
        self.outer.components + self.inner.components
    }
}

extension ResiliencePipeline {
    /// The components of the pipeline's policies, outermost first.
    public var components: [any MonitoredPolicy] {
        self.policies.components
    }
}
