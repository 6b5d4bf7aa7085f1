// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

import Foundation
import Hummingbird
import Resilience

/// `/health/live` and `/health/ready`.
struct HealthReport: ResponseEncodable {
    var status: String
    /// The critical breakers that are open.
    var failing: [String]
}

/// The answer to an operator action.
struct OperatorReport: ResponseEncodable {
    var circuitBreaker: String
    var action: String
    var state: String
}

/// `GET /api/v1/integration-points`: every point and its policies.
struct IntegrationPointsReport: ResponseEncodable {
    struct Point: Encodable {
        var name: String
        var key: String?
        var calls: Calls?
        var policies: [Policy]
    }

    /// The point's calls (totals since it was created; `recent…` and `perSecond` over the recent window) and their
    /// latency in seconds.
    struct Calls: Encodable {
        struct Latency: Encodable {
            var p50: Double
            var p90: Double
            var p99: Double
            var max: Double
        }

        var successful: Int
        var failed: Int
        var timedOut: Int
        var rejected: Int
        var windowSeconds: Double
        var recent: Int
        var recentFailed: Int
        var recentTimedOut: Int
        var recentRejected: Int
        var perSecond: Double
        var latencySeconds: Latency?
        var contractViolations: Int
        var recentContractViolations: Int
        var lastContractViolation: Violation?

        struct Violation: Encodable {
            var reason: String
            var message: String
        }

        init(_ statistics: CallStatistics) {
            self.successful = statistics.successfulCalls
            self.failed = statistics.failedCalls
            self.timedOut = statistics.timedOutCalls
            self.rejected = statistics.rejectedCalls
            self.windowSeconds = statistics.window.seconds
            self.recent = statistics.recentCalls
            self.recentFailed = statistics.recentFailedCalls
            self.recentTimedOut = statistics.recentTimedOutCalls
            self.recentRejected = statistics.recentRejectedCalls
            self.perSecond = statistics.callsPerSecond
            self.contractViolations = statistics.contractViolations
            self.recentContractViolations = statistics.recentContractViolations
            self.lastContractViolation = statistics.lastContractViolation.map {
                Violation(reason: $0.reason, message: $0.message)
            }
            self.latencySeconds = statistics.latency.map {
                Latency(p50: $0.p50.seconds, p90: $0.p90.seconds, p99: $0.p99.seconds, max: $0.max.seconds)
            }
        }
    }

    /// One policy: its kind, name, state for a breaker, and its numbers (durations in seconds; a rate below the
    /// breaker's minimum number of calls is left out).
    struct Policy: Encodable {
        var kind: String
        var name: String
        var state: String?
        var metrics: [String: Double]
    }

    var integrationPoints: [Point]
    /// The registry's starvation watchdogs: in the stream's snapshots, not in `GET /api/v1/integration-points`.
    var watchdogs: [WatchdogsReport.Watchdog]?

    init(_ snapshots: [IntegrationPointSnapshot], watchdogs: [StarvationWatchdog]? = nil) {
        self.watchdogs = watchdogs?.map(WatchdogsReport.Watchdog.init)
        self.integrationPoints = snapshots.map { snapshot in
            Point(
                name: snapshot.name,
                key: snapshot.key,
                calls: snapshot.statistics.map(Calls.init),
                policies: snapshot.policies.map(Policy.init)
            )
        }
    }
}

extension IntegrationPointsReport.Policy {
    init(_ snapshot: PolicySnapshot) {
        self.init(
            kind: snapshot.kind,
            name: snapshot.name,
            state: snapshot.state,
            metrics: Dictionary(
                snapshot.measurements.map { ($0.name, $0.value) },
                uniquingKeysWith: { first, _ in first }
            )
        )
    }
}

/// `GET /api/v1/watchdogs`: how late each starvation watchdog's probe woke within its window, in seconds, and the
/// stalls it counted.
struct WatchdogsReport: ResponseEncodable {
    struct Watchdog: Encodable {
        var name: String
        var lagSeconds: Lag
        var samples: Int
        var stalls: Int
        var resolutionSeconds: Double
        var stallThresholdSeconds: Double
        var windowSeconds: Double

        struct Lag: Encodable {
            var p50: Double
            var p99: Double
            var max: Double
        }

        init(_ watchdog: StarvationWatchdog) {
            let snapshot = watchdog.snapshot
            self.name = watchdog.name
            self.lagSeconds = Lag(p50: snapshot.p50.seconds, p99: snapshot.p99.seconds, max: snapshot.max.seconds)
            self.samples = snapshot.samples
            self.stalls = snapshot.stalls
            self.resolutionSeconds = watchdog.configuration.resolution.seconds
            self.stallThresholdSeconds = watchdog.configuration.stallThreshold.seconds
            self.windowSeconds = watchdog.configuration.window.seconds
        }
    }

    var watchdogs: [Watchdog]

    init(_ watchdogs: [StarvationWatchdog]) {
        self.watchdogs = watchdogs.map(Watchdog.init)
    }
}

/// A registry event, as `/api/v1/stream` sends it: numbered in the order the server saw them, timed in milliseconds
/// since 1970.
struct EventReport: Encodable {
    var sequence: Int
    var time: Double
    var integrationPoint: String
    var key: String?
    var kind: String
    var circuitBreaker: String?
    var from: String?
    var to: String?
    var reason: String?
    var action: String?
    var watchdog: String?
    var stalledForSeconds: Double?

    init(_ entry: EventLog.Entry) {
        let event = entry.event
        self.sequence = entry.sequence
        self.time = (entry.time.timeIntervalSince1970 * 1000).rounded()
        self.integrationPoint = event.integrationPoint
        self.key = event.key
        switch event.kind {
        case .registered:
            self.kind = "registered"
        case .removed(let reason):
            self.kind = "removed"
            self.reason = "\(reason)"
        case .reconfigured:
            self.kind = "reconfigured"
        case .circuitBreakerTransition(let name, let transition):
            self.kind = "circuit_breaker_transition"
            self.circuitBreaker = name
            self.from = transition.from.rawValue
            self.to = transition.to.rawValue
            self.reason = transition.reason.rawValue
        case .operatorAction(let name, let action):
            self.kind = "operator_action"
            self.circuitBreaker = name
            self.action = action
        case .schedulingStall(let watchdog, let stalledFor):
            self.kind = "scheduling_stall"
            self.watchdog = watchdog
            self.stalledForSeconds = stalledFor.seconds
        case .chaosChanged(_, let setting):
            self.kind = "chaos_changed"
            self.action = setting.description
        }
    }
}

#endif
