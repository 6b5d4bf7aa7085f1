// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import NIOConcurrencyHelpers
public import Resilience

extension FaultyHTTPServer {
    /// The server as a chaos target named `name`, for the admin server's chaos API and panel.
    ///
    /// ```swift
    /// let payments = try await FaultyHTTPServer.start()
    /// let admin = AdminServer(registry: registry, configuration: .init(bearerToken: token),
    ///                         chaosTargets: [payments.chaosTarget(named: "payments")])
    /// ```
    ///
    /// Each ``Resilience/ChaosSetting/Mode`` becomes a ``Mode``: `healthy` ``Mode/healthy(latency:)`` (2 ms), `slow`
    /// ``Mode/slow(_:)`` with the setting's latency, `errors` and `flaky` ``Mode/errors(status:rate:)`` (500) with its
    /// rate, `hang` ``Mode/hang``, `down` ``Mode/down``, `reset` ``Mode/resetMidBody``, `drip` ``Mode/drip
    /// (bytesPerSecond:)`` at the pace that sends 256 bytes in the setting's latency, `contract_change`
    /// ``Mode/contractChange(status:)`` (422). The target reports the setting last applied through it (or healthy);
    /// ``set(_:)`` called directly is not seen there.
    public func chaosTarget(named name: String) -> any ChaosTarget {
        FaultyHTTPServerChaosTarget(name: name, server: self)
    }

    /// The mode that imitates `setting`.
    static func mode(imitating setting: ChaosSetting) -> Mode {
        switch setting.mode {
        case .healthy: .healthy()
        case .slow: .slow(setting.latency ?? ChaosSetting.defaultSlowLatency)
        case .errors, .flaky: .errors(status: 500, rate: setting.rate ?? 1)
        case .hang: .hang
        case .down: .down
        case .reset: .resetMidBody
        case .drip:
            .drip(bytesPerSecond: Self.dripPace(sending: 256, in: setting.latency ?? ChaosSetting.defaultDripLatency))
        case .contractChange: .contractChange(status: 422)
        }
    }

    /// The bytes per second that send `bytes` in `duration`: at least 1.
    static func dripPace(sending bytes: Int, in duration: Duration) -> Int {
        guard duration > .zero else { return Int.max }
        return max(1, Int((Double(bytes) / duration.seconds).rounded(.up)))
    }
}

/// A ``FaultyHTTPServer`` behind the ``Resilience/ChaosTarget`` protocol.
private final class FaultyHTTPServerChaosTarget: ChaosTarget {
    let name: String
    let server: FaultyHTTPServer
    private let current = NIOLockedValueBox(ChaosSetting.healthy)

    init(name: String, server: FaultyHTTPServer) {
        self.name = name
        self.server = server
    }

    var setting: ChaosSetting { self.current.withLockedValue { $0 } }

    func apply(_ setting: ChaosSetting) throws(ConfigurationError) {
        self.current.withLockedValue { $0 = setting }
        self.server.set(FaultyHTTPServer.mode(imitating: setting))
    }
}

#endif
