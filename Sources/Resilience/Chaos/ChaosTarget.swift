/// How a ``ChaosTarget`` misbehaves: one of the modes an operator switches a dependency into (the admin API's
/// `PUT /api/v1/chaos/{target}`), with the latency or rate the mode takes.
///
/// ```swift
/// try payments.apply(ChaosSetting(.hang))
/// try inventory.apply(ChaosSetting(.flaky, rate: 0.3))
/// try database.apply(ChaosSetting(.slow, latency: .milliseconds(800)))
/// ```
///
/// A setting is valid by construction: the initialiser fills in the mode's defaults and refuses a latency or a rate
/// that the mode does not take.
public struct ChaosSetting: Sendable, Hashable, CustomStringConvertible {
    /// What the dependency does.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Answers as it should.
        case healthy
        /// Answers as it should, after ``ChaosSetting/latency`` (default 2 s).
        case slow
        /// Fails a share ``ChaosSetting/rate`` of the calls (default all): an HTTP 500, an injected error in process.
        case errors
        /// ``errors`` for a share of the calls: by default every other one.
        case flaky
        /// Takes each call and never answers: the worst failure, which only a timeout ends.
        case hang
        /// Refuses connections; in process, every call fails at once as a refused connection would.
        case down
        /// Starts to answer, then resets the connection; in process, every call fails as a reset would.
        case reset
        /// Answers at a trickle, the whole answer taking about ``ChaosSetting/latency`` (default 3 s); in process, a
        /// wait of that long before each call (there is no stream to pace).
        case drip
        /// Answers in a way the caller did not agree to: HTTP 422, an error classified as a contract violation in
        /// process. A breaker does not count it as a failure.
        case contractChange = "contract_change"
    }

    /// The mode.
    public let mode: Mode
    /// How long a ``Mode/slow`` answer waits, or a ``Mode/drip`` answer takes; `nil` for the other modes.
    public let latency: Duration?
    /// The share of calls that fail in ``Mode/errors`` and ``Mode/flaky``; `nil` for the other modes.
    public let rate: Double?

    /// The latency of ``Mode/slow`` when none is given.
    public static let defaultSlowLatency = Duration.seconds(2)
    /// The latency of ``Mode/drip`` when none is given.
    public static let defaultDripLatency = Duration.seconds(3)
    /// The longest latency a setting accepts: ten minutes.
    public static let maximumLatency = Duration.seconds(600)

    /// Creates a setting, with the mode's default latency and rate where none is given.
    ///
    /// - Parameters:
    ///   - mode: The mode.
    ///   - latency: For ``Mode/slow`` and ``Mode/drip`` only: from 0 to ten minutes.
    ///   - rate: For ``Mode/errors`` and ``Mode/flaky`` only: from 0 to 1.
    /// - Throws: ``ConfigurationError`` naming `latency` or `rate` when it is out of range or the mode does not take it.
    public init(_ mode: Mode, latency: Duration? = nil, rate: Double? = nil) throws(ConfigurationError) {
        let validator = SettingsValidator(unnamed: "chaos setting \(mode.rawValue)")
        switch mode {
        case .slow, .drip:
            let latency = latency ?? (mode == .slow ? Self.defaultSlowLatency : Self.defaultDripLatency)
            try validator.check(
                latency >= .zero && latency <= Self.maximumLatency,
                "latency",
                latency,
                "must be from 0 to 600 seconds"
            )
            try validator.check(rate == nil, "rate", rate ?? 0, "applies to errors and flaky only")
            self.latency = latency
            self.rate = nil
        case .errors, .flaky:
            let rate = rate ?? (mode == .errors ? 1 : 0.5)
            try validator.check(rate >= 0 && rate <= 1, "rate", rate, "must be from 0 to 1")
            try validator.check(latency == nil, "latency", latency ?? .zero, "applies to slow and drip only")
            self.latency = nil
            self.rate = rate
        case .healthy, .hang, .down, .reset, .contractChange:
            try validator.check(latency == nil, "latency", latency ?? .zero, "applies to slow and drip only")
            try validator.check(rate == nil, "rate", rate ?? 0, "applies to errors and flaky only")
            self.latency = nil
            self.rate = nil
        }
        self.mode = mode
    }

    /// Healthy: no fault.
    public static let healthy = try! ChaosSetting(.healthy)

    /// `hang`, `slow 2s`, `flaky 0.5`.
    public var description: String {
        if let latency { return "\(self.mode.rawValue) \(latency)" }
        if let rate { return "\(self.mode.rawValue) \(rate)" }
        return self.mode.rawValue
    }
}

/// A dependency that can be made to fail on command: an upstream server (`FaultyHTTPServer`'s
/// `chaosTarget(named:)`), or an integration point in process (``InProcessChaosTarget``). The admin server lists and
/// switches them (`GET /api/v1/chaos`, `PUT /api/v1/chaos/{target}`), and so does its dashboard's chaos panel.
public protocol ChaosTarget: AnyObject, Sendable {
    /// The target's name: the integration point that calls it, usually.
    var name: String { get }

    /// The setting in force.
    var setting: ChaosSetting { get }

    /// Puts the target into `setting`, for calls that start from now on.
    ///
    /// - Throws: ``ConfigurationError`` when the target cannot take the setting; it then keeps the one in force.
    func apply(_ setting: ChaosSetting) throws(ConfigurationError)
}

/// The error an ``InProcessChaosTarget`` throws instead of a call: which mode it imitates. A ``ChaosSetting/Mode/
/// contractChange`` counts as a contract violation, every other mode as a failure.
public struct ChaosInjectedError: ClassifiedError, Hashable, CustomStringConvertible {
    /// The target that threw it.
    public var target: String
    /// The mode it imitates: ``ChaosSetting/Mode/errors``, ``ChaosSetting/Mode/flaky``, ``ChaosSetting/Mode/down``,
    /// ``ChaosSetting/Mode/reset`` or ``ChaosSetting/Mode/contractChange``.
    public var mode: ChaosSetting.Mode

    /// Creates the error.
    public init(target: String, mode: ChaosSetting.Mode) {
        self.target = target
        self.mode = mode
    }

    /// A contract violation (`chaos_contract_change`) for ``ChaosSetting/Mode/contractChange``, else a failure.
    public var outcome: CallOutcome {
        self.mode == .contractChange ? .contractViolation(reason: "chaos_contract_change") : .failure
    }

    /// What the imitated failure would have said, and that chaos injected it.
    public var description: String {
        switch self.mode {
        case .down: "connection refused (chaos: \(self.target) is down)"
        case .reset: "connection reset by peer (chaos: \(self.target) resets)"
        case .contractChange: "the answer broke the contract (chaos: \(self.target) changed it)"
        default: "fault injected by chaos (\(self.target): \(self.mode.rawValue))"
        }
    }
}

/// A ``ChaosTarget`` in process: a ``ChaosLatency`` and a ``ChaosFault`` that a point's pipeline holds, switched
/// together into the mode an operator asks for. For the dependencies without a server to break: a database in the
/// same process, the disk.
///
/// ```swift
/// let chaos = try InProcessChaosTarget(name: "disk")
/// let point = try registry.register("disk", pipeline: ResiliencePipeline {
///     try Timeout(name: "disk", timeout: .seconds(1))
///     breaker
///     chaos.fault                      // innermost: the policies around them meet the faults
///     chaos.latency
/// })
/// try chaos.apply(ChaosSetting(.hang))  // each call waits until the timeout ends it
/// ```
///
/// ``ChaosSetting/Mode/slow`` and ``ChaosSetting/Mode/drip`` wait the setting's latency before each call;
/// ``ChaosSetting/Mode/hang`` waits a day (the wait ends when the caller is cancelled, by a timeout for one);
/// ``ChaosSetting/Mode/errors`` and ``ChaosSetting/Mode/flaky`` throw ``ChaosInjectedError`` for their share of the
/// calls; ``ChaosSetting/Mode/down``, ``ChaosSetting/Mode/reset`` and ``ChaosSetting/Mode/contractChange`` for every
/// call. Healthy, both policies are disabled: a call costs two relaxed atomic loads.
public final class InProcessChaosTarget: ChaosTarget {
    /// The target's name, also the name of its two policies.
    public let name: String
    /// The policy that waits; put it in the point's pipeline, innermost.
    public let latency: ChaosLatency
    /// The policy that throws; put it in the point's pipeline, innermost.
    public let fault: ChaosFault

    /// How long a hanging call waits: longer than any timeout.
    static let hangLatency = Duration.seconds(86_400)

    private let current: LockedValue<ChaosSetting>

    /// Creates a healthy target whose policies are named `name`.
    ///
    /// - Parameters:
    ///   - name: The target's name; not empty.
    ///   - seed: Makes the injected calls of ``ChaosSetting/Mode/errors`` and ``ChaosSetting/Mode/flaky`` a fixed
    ///     sequence (tests).
    /// - Throws: ``ConfigurationError`` for an empty name.
    public init(name: String, seed: UInt64? = nil) throws(ConfigurationError) {
        let current = LockedValue(ChaosSetting.healthy)
        self.name = name
        self.current = current
        self.latency = try ChaosLatency(name: name, injectionRate: 1, enabled: false, seed: seed, latency: .zero)
        self.fault = try ChaosFault(name: name, injectionRate: 1, enabled: false, seed: seed) {
            ChaosInjectedError(target: name, mode: current.withLock { $0.mode })
        }
    }

    /// The setting last applied; healthy at first.
    public var setting: ChaosSetting { self.current.withLock { $0 } }

    /// Switches ``latency`` and ``fault`` into `setting`, for calls that start from now on.
    ///
    /// - Throws: Never for a valid ``ChaosSetting`` (every setting is valid by construction); the signature is the
    ///   protocol's.
    public func apply(_ setting: ChaosSetting) throws(ConfigurationError) {
        let wait: Duration? =
            switch setting.mode {
            case .slow, .drip: setting.latency
            case .hang: Self.hangLatency
            default: nil
            }
        let failureRate: Double? =
            switch setting.mode {
            case .errors, .flaky: setting.rate
            case .down, .reset, .contractChange: 1
            default: nil
            }
        // Disabled first, so that no call sees the new latency or error with the old switch.
        self.latency.setEnabled(false)
        self.fault.setEnabled(false)
        self.current.withLock { $0 = setting }
        if let wait {
            try self.latency.setLatency(wait)
            self.latency.setEnabled(true)
        }
        if let failureRate {
            try self.fault.setInjectionRate(failureRate)
            self.fault.setEnabled(true)
        }
    }
}
