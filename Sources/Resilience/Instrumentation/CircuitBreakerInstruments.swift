import CoreMetrics

/// The swift-metrics objects of one ``CircuitBreaker``, made once when the breaker is created, with the names of
/// DESIGN.md (resilience4j's, with `resilience_` in front):
///
/// | metric | type | labels |
/// |---|---|---|
/// | `resilience_circuitbreaker_state` | gauge, 1 for the current state and 0 for the others | `name`, `state` |
/// | `resilience_circuitbreaker_calls_seconds_count` | counter, finished calls | `name`, `kind`: `successful`, `failed`, `ignored` |
/// | `resilience_circuitbreaker_calls_seconds_sum` | floating-point counter, their seconds | `name`, `kind` |
/// | `resilience_circuitbreaker_not_permitted_calls_total` | counter | `name` |
/// | `resilience_circuitbreaker_failure_rate` | gauge, a fraction; -1 below the minimum number of calls | `name` |
/// | `resilience_circuitbreaker_slow_call_rate` | gauge, a fraction; -1 below the minimum number of calls | `name` |
/// | `resilience_circuitbreaker_slow_calls` | gauge, slow calls in the window | `name`, `kind`: `successful`, `failed` |
///
/// States are labelled `closed`, `open`, `half_open`, `disabled`, `forced_open` and `metrics_only`.
///
/// `resilience_circuitbreaker_calls_seconds` is a count and a sum, as resilience4j's Micrometer timer appears in
/// Prometheus (`_count` and `_sum`), so that `rate(…_count[1m])` and `rate(…_sum[1m]) / rate(…_count[1m])` work as they
/// do there. A swift-metrics `Timer` would be a histogram: in swift-prometheus 2.4 its `record` takes a lock and scans
/// the buckets, about 100 ns a call, against two atomic additions here. Each finished call adds to one count and one
/// sum. The state gauges change with the state; the window's gauges (rates and slow calls) with
/// every transition, and otherwise at most every 100 ms of calls: Prometheus scrapes every few seconds, and four gauge
/// writes per call would double the cost of a guarded call.
final class CircuitBreakerInstruments: Sendable {
    static let stateLabel = "resilience_circuitbreaker_state"
    static let callsCountLabel = "resilience_circuitbreaker_calls_seconds_count"
    static let callsSumLabel = "resilience_circuitbreaker_calls_seconds_sum"
    static let notPermittedLabel = "resilience_circuitbreaker_not_permitted_calls_total"
    static let failureRateLabel = "resilience_circuitbreaker_failure_rate"
    static let slowCallRateLabel = "resilience_circuitbreaker_slow_call_rate"
    static let slowCallsLabel = "resilience_circuitbreaker_slow_calls"

    /// In the order of ``CircuitBreaker/State/allCases``.
    private let stateGauges: [Gauge]
    /// Count and seconds of finished calls, by kind: successful, failed, ignored.
    private let callCounts: [Counter]
    private let callSeconds: [FloatingPointCounter]
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
        let kinds = ["successful", "failed", "ignored"]
        self.callCounts = kinds.map { kind in
            Counter(label: Self.callsCountLabel, dimensions: named + [("kind", kind)], factory: factory)
        }
        self.callSeconds = kinds.map { kind in
            FloatingPointCounter(label: Self.callsSumLabel, dimensions: named + [("kind", kind)], factory: factory)
        }
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

    /// How often, at most, the window's gauges are written while calls finish: 100 ms, in nanoseconds.
    static let windowReportInterval: Int64 = 100_000_000

    /// A call finished.
    func callFinished(outcome: CircuitBreaker.Outcome, nanoseconds: Int64) {
        let kind: Int =
            switch outcome {
            case .success: 0
            case .failure: 1
            case .ignored: 2
            }
        self.callCounts[kind].increment()
        if nanoseconds > 0 {
            self.callSeconds[kind].increment(by: Double(nanoseconds) / 1_000_000_000)
        }
    }

    /// The window's rates and slow calls are now `window`.
    func windowChanged(_ window: CircuitBreakerStateMachine.WindowRates) {
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
