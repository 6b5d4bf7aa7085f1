/// What one fault scenario measured, for the note's table: how long callers waited, how long the breaker took to
/// open after the fault began and to close after it ended.
public struct ScenarioMeasurement: CustomStringConvertible, Sendable {
    /// The scenario.
    public var name: String
    /// How long each caller waited, whatever its call's fate.
    public var callerLatencies: [Duration] = []
    /// From the fault's start until the breaker opened.
    public var timeToOpen: Duration?
    /// From the fault's end until the breaker closed.
    public var timeToClose: Duration?

    /// Starts a measurement of the scenario `name`.
    public init(name: String) {
        self.name = name
    }

    /// The longest a caller waited.
    public var worstCallerLatency: Duration { self.callerLatencies.max() ?? .zero }

    /// The 99th percentile of the callers' waits.
    public var p99: Duration {
        let sorted = self.callerLatencies.sorted()
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
    }

    public var description: String {
        func ms(_ duration: Duration?) -> String {
            guard let duration else { return "-" }
            let milliseconds =
                Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
            return String(Int(milliseconds.rounded())) + " ms"
        }
        return "scenario \(self.name): caller p99 \(ms(self.p99)) (\(self.callerLatencies.count) calls), "
            + "time to open \(ms(self.timeToOpen)), time to close \(ms(self.timeToClose))"
    }
}
