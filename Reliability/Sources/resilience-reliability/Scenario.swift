import Resilience
import Synchronization

/// How a caller saw one call end, from what it got back (never from our counters): the matrix compares these tallies
/// with the integration point's statistics.
enum CallerOutcome: Sendable {
    /// A value (an HTTP status the caller reads as success).
    case success
    /// An error, or a status that says the dependency failed (5xx, 408, 429).
    case failure
    /// A policy refused the call (`CircuitBreakerOpenError`, `BulkheadFullError`, …).
    case rejection
    /// An answer the dependency gave but that breaks the contract (another 4xx).
    case violation
    /// The caller cancelled the call (the matrix's callers never do; counted to prove it).
    case ignored

    /// The outcome of a thrown error: a policy's refusal, a cancellation, or a failure.
    init(error: any Error) {
        // The refusals the statistics count as rejections (`CallStatistics.rejectedCalls`); a timeout is a failure.
        switch error {
        case is CircuitBreakerOpenError, is BulkheadFullError, is RateLimitExceededError,
            is ConcurrencyLimitExceededError:
            self = .rejection
        case is CancellationError:
            self = .ignored
        default:
            self = .failure
        }
    }
}

/// What the matrix expects of the breaker in a scenario.
enum Expectation: String, Sendable, Codable {
    /// The breaker opens during the fault and closes after it.
    case opens
    /// The breaker stays closed and the answers are counted as contract violations.
    case staysClosedCountingViolations = "stays closed, violations counted"
    /// The starvation watchdog counts a stall; the breaker is not the signal.
    case watchdogStall = "the watchdog counts a stall"
}

/// One fault against a real dependency: how to call it, how to make it fail and how to heal it, and what to watch.
struct Scenario: Sendable {
    var name: String
    /// The dependency and the fault, as the table shows them.
    var fault: String
    var expectation: Expectation
    /// The deadline every call has (its timeout): a caller must be answered within it plus ``slack``.
    var deadline: Duration
    var slack: Duration = .milliseconds(100)
    /// How long the fault lasts after the breaker opened (or in all, when the breaker is not expected to open).
    var holdAfterOpen: Duration = .seconds(1)
    var holdWithoutOpening: Duration = .seconds(2)
    /// Concurrent callers, each calling again 5 ms after its call ended.
    var callers: Int = 4
    var point: IntegrationPointView
    var call: @Sendable () async -> CallerOutcome
    var inject: @Sendable () async throws -> Void
    var heal: @Sendable () async throws -> Void
    /// A count that must grow during the fault (the watchdog's stalls), for ``Expectation/watchdogStall``.
    var stalls: (@Sendable () -> Int)? = nil
    /// What the dependency's client says of itself when something leaked (PostgreSQL: callers waiting for a connection).
    var diagnose: (@Sendable () -> String)? = nil
}

/// What the matrix reads of a point, whatever its policies' types.
struct IntegrationPointView: Sendable {
    var statistics: @Sendable () -> CallStatistics
    var breaker: CircuitBreaker
    var bulkhead: Bulkhead
    var timeout: Timeout?

    init<Policies: ResiliencePolicy>(
        _ point: IntegrationPoint<Policies>,
        breaker: CircuitBreaker,
        bulkhead: Bulkhead,
        timeout: Timeout?
    ) {
        self.statistics = { point.statistics }
        self.breaker = breaker
        self.bulkhead = bulkhead
        self.timeout = timeout
    }

    /// Operations its timeout abandoned that still run.
    var abandonedRunning: Int { self.timeout?.abandonedWork.numberOfRunningOperations ?? 0 }

    /// Whether no permit is held, no caller waits and no abandoned operation runs.
    var isDrained: Bool {
        let bulkhead = self.bulkhead.metrics
        return bulkhead.concurrentCallsInUse == 0 && bulkhead.numberOfWaitingCalls == 0 && self.abandonedRunning == 0
    }

    /// What is still held: permits in use, waiting callers, abandoned operations running.
    var leftovers: String {
        let bulkhead = self.bulkhead.metrics
        return "\(bulkhead.concurrentCallsInUse) permits in use, \(bulkhead.numberOfWaitingCalls) waiting, "
            + "\(self.abandonedRunning) abandoned operations running"
    }
}

/// Calls by how they ended: as callers saw them, or as a point counted them.
struct Tally: Equatable, CustomStringConvertible {
    var successes = 0
    var failures = 0
    var rejections = 0
    var violations = 0
    var ignored = 0

    /// The callers' outcomes, counted.
    init(_ outcomes: some Sequence<CallerOutcome>) {
        for outcome in outcomes {
            switch outcome {
            case .success: self.successes += 1
            case .failure: self.failures += 1
            case .rejection: self.rejections += 1
            case .violation: self.violations += 1
            case .ignored: self.ignored += 1
            }
        }
    }

    /// What a point counted between two snapshots of its statistics, which do not count ignored calls.
    init(countedBetween before: CallStatistics, and after: CallStatistics) {
        self.successes = after.successfulCalls - before.successfulCalls
        self.failures = after.failedCalls - before.failedCalls
        self.rejections = after.rejectedCalls - before.rejectedCalls
        self.violations = after.contractViolations - before.contractViolations
    }

    /// Every call.
    var total: Int { self.successes + self.failures + self.rejections + self.violations + self.ignored }

    /// The calls a point's statistics count: all but the ignored ones.
    var counted: Tally {
        var counted = self
        counted.ignored = 0
        return counted
    }

    var description: String {
        "\(self.successes) ok, \(self.failures) failed, \(self.rejections) rejected, \(self.violations) violations, "
            + "\(self.ignored) ignored"
    }
}

/// What one scenario measured and what it broke.
struct ScenarioResult: Sendable, Codable {
    var name: String
    var fault: String
    var expectation: Expectation
    var deadlineMilliseconds: Double
    var calls = 0
    var successes = 0
    var failures = 0
    var rejections = 0
    var violations = 0
    var ignored = 0
    var p50Milliseconds = 0.0
    var p99Milliseconds = 0.0
    var maxMilliseconds = 0.0
    var timeToOpenMilliseconds: Double?
    var timeToCloseMilliseconds: Double?
    var stallsDuringFault: Int?
    var problems: [String] = []

    var passed: Bool { self.problems.isEmpty }

    var summary: String {
        func ms(_ value: Double?) -> String { value.map { "\(Int($0.rounded())) ms" } ?? "-" }
        return "\(self.passed ? "PASS" : "FAIL") \(self.name): \(self.calls) calls (\(self.successes) ok, "
            + "\(self.failures) failed, \(self.rejections) rejected, \(self.violations) violations, "
            + "\(self.ignored) ignored), caller p99 \(ms(self.p99Milliseconds)) max \(ms(self.maxMilliseconds)), "
            + "open after \(ms(self.timeToOpenMilliseconds)), closed after \(ms(self.timeToCloseMilliseconds))"
            + (self.stallsDuringFault.map { ", \($0) stalls" } ?? "")
            + self.problems.map { "\n    - \($0)" }.joined()
    }
}

/// The calls of one caller: its latencies and outcomes.
struct CallerRecord: Sendable {
    var latencies: [Duration] = []
    var outcomes: [CallerOutcome] = []
}

extension Scenario {
    /// Runs the scenario: callers call throughout; 500 ms healthy, the fault until the breaker opened and
    /// ``holdAfterOpen`` more, the heal until it closed and 500 ms more. Then every count is compared. Each phase is
    /// printed as it starts, and `hangGuard` ends the process when one outlasts its bound.
    func run(hangGuard: HangGuard) async -> ScenarioResult {
        var result = ScenarioResult(
            name: self.name,
            fault: self.fault,
            expectation: self.expectation,
            deadlineMilliseconds: self.deadline.milliseconds
        )
        let clock = ContinuousClock()
        let stop = Shared(Atomic<Bool>(false))
        let inFlight = Shared(Atomic<Int>(0))
        let point = self.point
        let breaker = point.breaker
        let diagnose: @Sendable () -> String = {
            "\(inFlight.value.load(ordering: .relaxed)) calls in flight, breaker \(breaker.state), \(point.leftovers)"
        }
        let before = self.point.statistics()
        let records = await withTaskGroup(of: CallerRecord.self) { group in
            for _ in 0..<self.callers {
                group.addTask {
                    var record = CallerRecord()
                    while !stop.value.load(ordering: .relaxed) {
                        let start = clock.now
                        inFlight.value.add(1, ordering: .relaxed)
                        let outcome = await self.call()
                        inFlight.value.subtract(1, ordering: .relaxed)
                        record.latencies.append(start.duration(to: clock.now))
                        record.outcomes.append(outcome)
                        try? await Task.sleep(for: .milliseconds(5))
                    }
                    return record
                }
            }
            do {
                try await self.drive(&result, clock: clock, hangGuard: hangGuard, diagnose: diagnose)
            } catch {
                result.problems.append("the scenario could not run: \(error)")
            }
            stop.value.store(true, ordering: .relaxed)
            // Every call is bounded by the deadline: the callers end within it.
            hangGuard.enter("callers ending", bound: .seconds(30), diagnose: diagnose)
            return await group.reduce(into: []) { $0.append($1) }
        }
        self.check(records, before: before, into: &result)
        hangGuard.enter("checking that nothing leaks", bound: .seconds(30), diagnose: diagnose)
        await self.checkNothingLeaks(into: &result)
        hangGuard.leave()
        return result
    }

    /// The phases, on the scenario's clock.
    private func drive(
        _ result: inout ScenarioResult,
        clock: ContinuousClock,
        hangGuard: HangGuard,
        diagnose: @escaping @Sendable () -> String
    ) async throws {
        let breaker = self.point.breaker
        hangGuard.enter("healthy", bound: .seconds(30), diagnose: diagnose)
        try await Task.sleep(for: .milliseconds(500))
        if breaker.state != .closed { result.problems.append("the breaker was \(breaker.state) before the fault") }
        let stallsBefore = self.stalls?() ?? 0
        // The phases' bounds: what they wait for at most (10 s to open, 15 s to close), with a wide margin.
        hangGuard.enter("fault: \(self.fault)", bound: .seconds(60), diagnose: diagnose)
        try await self.inject()
        let injected = clock.now
        switch self.expectation {
        case .opens:
            if let opened = await Self.waitFor(within: .seconds(10), clock: clock, { breaker.state == .open }) {
                result.timeToOpenMilliseconds = injected.duration(to: opened).milliseconds
            } else {
                result.problems.append("the breaker did not open within 10 s of the fault (\(breaker.state))")
            }
            try await Task.sleep(for: self.holdAfterOpen)
        case .staysClosedCountingViolations, .watchdogStall:
            try await Task.sleep(for: self.holdWithoutOpening)
        }
        if let stalls = self.stalls {
            result.stallsDuringFault = stalls() - stallsBefore
        }
        hangGuard.enter("healing", bound: .seconds(60), diagnose: diagnose)
        try await self.heal()
        let healed = clock.now
        if let closed = await Self.waitFor(within: .seconds(15), clock: clock, { breaker.state == .closed }) {
            if self.expectation == .opens {
                result.timeToCloseMilliseconds = healed.duration(to: closed).milliseconds
            }
        } else {
            result.problems.append("the breaker did not close within 15 s of the heal (\(breaker.state))")
        }
        try await Task.sleep(for: .milliseconds(500))
    }

    /// Latencies bounded, the breaker as expected, and the callers' tallies equal to the point's statistics.
    private func check(_ records: [CallerRecord], before: CallStatistics, into result: inout ScenarioResult) {
        let latencies = records.flatMap(\.latencies).sorted()
        let seen = Tally(records.flatMap(\.outcomes))
        result.successes = seen.successes
        result.failures = seen.failures
        result.rejections = seen.rejections
        result.violations = seen.violations
        result.ignored = seen.ignored
        result.calls = latencies.count
        if !latencies.isEmpty {
            func percentile(_ p: Double) -> Double {
                latencies[min(latencies.count - 1, Int((Double(latencies.count) * p).rounded(.up)) - 1)].milliseconds
            }
            result.p50Milliseconds = percentile(0.5)
            result.p99Milliseconds = percentile(0.99)
            result.maxMilliseconds = latencies.last!.milliseconds
        }
        if self.expectation != .watchdogStall, let worst = latencies.last, worst > self.deadline + self.slack {
            result.problems.append(
                "a caller waited \(Int(worst.milliseconds)) ms, beyond the deadline + \(Int(self.slack.milliseconds)) ms"
            )
        }
        switch self.expectation {
        case .opens:
            if result.rejections == 0 { result.problems.append("no call was refused while the breaker was open") }
        case .staysClosedCountingViolations:
            if result.violations == 0 { result.problems.append("no contract violation was counted") }
            if result.rejections > 0 { result.problems.append("\(result.rejections) calls were refused") }
        case .watchdogStall:
            if (result.stallsDuringFault ?? 0) < 1 { result.problems.append("the watchdog counted no stall") }
        }

        // No lost counts: every call the callers made is in the point's statistics, in the same bucket.
        let counted = Tally(countedBetween: before, and: self.point.statistics())
        if seen.total != result.calls || counted.total + seen.ignored != seen.total {
            result.problems.append("lost counts: \(seen.total) calls made, \(counted.total + seen.ignored) counted")
        }
        if counted != seen.counted {
            result.problems.append("the point counted \(counted); the callers saw \(seen)")
        }
    }

    /// No permit held, no caller waiting, no abandoned operation left running once the fault has ended.
    private func checkNothingLeaks(into result: inout ScenarioResult) async {
        let point = self.point
        guard await Self.waitFor(within: .seconds(10), clock: ContinuousClock(), { point.isDrained }) == nil else {
            return
        }
        result.problems.append(
            "leaked: \(point.leftovers) 10 s on" + (self.diagnose.map { " (\($0()))" } ?? "")
        )
    }

    /// When `condition` first held, polled every 2 ms, or `nil` when it did not within `limit`.
    static func waitFor(
        within limit: Duration,
        clock: ContinuousClock,
        _ condition: () -> Bool
    ) async -> ContinuousClock.Instant? {
        let end = clock.now.advanced(by: limit)
        while clock.now < end {
            if condition() { return clock.now }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return condition() ? clock.now : nil
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        Double(self.components.seconds) * 1e3 + Double(self.components.attoseconds) / 1e15
    }
}

/// A value that is not copyable (an `Atomic`, a `Mutex`), shared by the tasks that capture it.
final class Shared<Value: ~Copyable & Sendable>: Sendable {
    let value: Value

    init(_ value: consuming Value) {
        self.value = value
    }
}

/// A breaker, a bulkhead of 8 and a timeout, as most of the matrix's points have them.
typealias MatrixPolicies = ComposedPolicy<CircuitBreaker, ComposedPolicy<Bulkhead, Timeout>>

/// Registers the point `name` with the matrix's breaker, a bulkhead of 8 and a timeout of `deadline`.
func registerMatrixPoint(
    _ name: String,
    deadline: Duration,
    registry: ResilienceRegistry
) throws -> (IntegrationPoint<MatrixPolicies>, IntegrationPointView) {
    let breaker = try CircuitBreaker(name: name, configuration: .matrix)
    let bulkhead = try Bulkhead(name: "\(name).bulkhead", maxConcurrentCalls: 8)
    let timeout = Timeout(deadline, name: "\(name).timeout")
    let point = try registry.register(
        name,
        pipeline: ResiliencePipeline {
            breaker
            bulkhead
            timeout
        }
    )
    return (point, IntegrationPointView(point, breaker: breaker, bulkhead: bulkhead, timeout: timeout))
}
