import CoreMetrics

/// The swift-metrics objects of one ``CircuitBreaker``, made once when the breaker is created, with the names of
/// DESIGN.md (resilience4j's, with `resilience_` in front):
///
/// | metric | type | labels |
/// |---|---|---|
/// | `resilience_circuitbreaker_state` | gauge, 1 for the current state and 0 for the others | `name`, `state` |
/// | `resilience_circuitbreaker_calls_seconds` | timer | `name`, `kind`: `successful`, `failed`, `ignored` |
/// | `resilience_circuitbreaker_not_permitted_calls_total` | counter | `name` |
/// | `resilience_circuitbreaker_failure_rate` | gauge, a fraction; -1 below the minimum number of calls | `name` |
/// | `resilience_circuitbreaker_slow_call_rate` | gauge, a fraction; -1 below the minimum number of calls | `name` |
/// | `resilience_circuitbreaker_slow_calls` | gauge, slow calls in the window | `name`, `kind`: `successful`, `failed` |
///
/// States are labelled `closed`, `open`, `half_open`, `disabled`, `forced_open` and `metrics_only`. Each finished call
/// records one timer value and three gauges; state gauges change only with the state.
final class CircuitBreakerInstruments: Sendable {
    static let stateLabel = "resilience_circuitbreaker_state"
    static let callsLabel = "resilience_circuitbreaker_calls_seconds"
    static let notPermittedLabel = "resilience_circuitbreaker_not_permitted_calls_total"
    static let failureRateLabel = "resilience_circuitbreaker_failure_rate"
    static let slowCallRateLabel = "resilience_circuitbreaker_slow_call_rate"
    static let slowCallsLabel = "resilience_circuitbreaker_slow_calls"

    /// In the order of ``CircuitBreaker/State/allCases``.
    private let stateGauges: [Gauge]
    private let successfulCalls: Timer
    private let failedCalls: Timer
    private let ignoredCalls: Timer
    private let notPermittedCalls: Counter
    private let failureRate: Gauge
    private let slowCallRate: Gauge
    private let slowSuccessfulCalls: Gauge
    private let slowFailedCalls: Gauge

    init(name: String, factory: any MetricsFactory) {
        let named = [("name", name)]
        self.stateGauges = CircuitBreaker.State.allCases.map { state in
            Gauge(label: Self.stateLabel, dimensions: named + [("state", state.rawValue)], factory: factory)
        }
        func calls(_ kind: String) -> Timer {
            Timer(label: Self.callsLabel, dimensions: named + [("kind", kind)], factory: factory)
        }
        self.successfulCalls = calls("successful")
        self.failedCalls = calls("failed")
        self.ignoredCalls = calls("ignored")
        self.notPermittedCalls = Counter(label: Self.notPermittedLabel, dimensions: named, factory: factory)
        self.failureRate = Gauge(label: Self.failureRateLabel, dimensions: named, factory: factory)
        self.slowCallRate = Gauge(label: Self.slowCallRateLabel, dimensions: named, factory: factory)
        self.slowSuccessfulCalls = Gauge(
            label: Self.slowCallsLabel,
            dimensions: named + [("kind", "successful")],
            factory: factory
        )
        self.slowFailedCalls = Gauge(
            label: Self.slowCallsLabel,
            dimensions: named + [("kind", "failed")],
            factory: factory
        )
    }

    /// The breaker is now in `state`.
    func stateChanged(to state: CircuitBreaker.State) {
        for (candidate, gauge) in zip(CircuitBreaker.State.allCases, self.stateGauges) {
            gauge.record(candidate == state ? 1 : 0)
        }
    }

    /// A call finished; `window` is the window after it.
    func callFinished(
        outcome: CircuitBreaker.Outcome,
        nanoseconds: Int64,
        window: CircuitBreakerStateMachine.WindowRates
    ) {
        switch outcome {
        case .success: self.successfulCalls.recordNanoseconds(nanoseconds)
        case .failure: self.failedCalls.recordNanoseconds(nanoseconds)
        case .ignored: self.ignoredCalls.recordNanoseconds(nanoseconds)
        }
        self.failureRate.record(window.failureRate ?? -1)
        self.slowCallRate.record(window.slowCallRate ?? -1)
        self.slowSuccessfulCalls.record(window.slowSuccessfulCalls)
        self.slowFailedCalls.record(window.slowFailedCalls)
    }

    /// A call was rejected.
    func callNotPermitted() {
        self.notPermittedCalls.increment()
    }
}
