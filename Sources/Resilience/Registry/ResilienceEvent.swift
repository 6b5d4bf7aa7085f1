/// Something that happened to an integration point of a ``ResilienceRegistry``: the registry's merged event stream.
public struct ResilienceEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// The point was registered (for a keyed point: created for its key).
        case registered
        /// The point was removed from the registry.
        case removed(RemovalReason)
        /// One of the point's circuit breakers changed state.
        case circuitBreakerTransition(circuitBreaker: String, CircuitBreaker.StateTransition)
        /// The point's configuration changed at run time.
        case reconfigured
        /// An operator acted on one of the point's circuit breakers (an admin API call): `action` says what, as the
        /// operator asked it (`forced_open`, `closed`, `disabled`, `metrics_only`, `reset`).
        case operatorAction(circuitBreaker: String, action: String)
        /// A ``StarvationWatchdog`` registered with the registry counted a stall: its probe had not run for
        /// `stalledFor` (its stall threshold, or a little more). The event's ``ResilienceEvent/integrationPoint`` is
        /// the watchdog's name.
        case schedulingStall(watchdog: String, stalledFor: Duration)
        /// An operator put a ``ChaosTarget`` into `setting` (an admin API call). The event's
        /// ``ResilienceEvent/integrationPoint`` is the target's name.
        case chaosChanged(target: String, setting: ChaosSetting)
    }

    /// Why a point left the registry.
    public enum RemovalReason: Sendable, Hashable {
        /// ``ResilienceRegistry/remove(_:)``, or its family was removed.
        case removed
        /// A keyed point went unused for longer than its family's idle timeout.
        case idle
        /// A keyed point was the least recently used when its family, full, needed room for a new key.
        case capacity
    }

    /// The name of the integration point (for a ``Kind/schedulingStall(watchdog:stalledFor:)``, of the watchdog).
    public var integrationPoint: String
    /// The point's key within its family, or `nil`.
    public var key: String?
    /// What happened.
    public var kind: Kind

    /// Creates an event.
    public init(integrationPoint: String, key: String?, kind: Kind) {
        self.integrationPoint = integrationPoint
        self.key = key
        self.kind = kind
    }
}

/// The subscribers of a registry's events and the breakers it observes: shared by the registry and its families.
final class ResilienceEventHub: Sendable {
    private struct State {
        var subscribers = Subscribers<ResilienceEvent>()
        /// For each observed point, its breakers and their observer IDs.
        var observed: [ObjectIdentifier: [(CircuitBreaker, UInt64)]] = [:]
    }

    private let state = LockedValue(State())

    func subscribe(bufferingNewest limit: Int) -> AsyncStream<ResilienceEvent> {
        Subscribers.stream(bufferingNewest: limit) { [weak self] body in
            self?.state.withLock { body(&$0.subscribers) }
        }
    }

    func publish(_ event: ResilienceEvent) {
        self.state.withLock { $0.subscribers.yield(event) }
    }

    /// `point` joined the registry: observe its breakers and announce it.
    func added(_ point: any IntegrationPointProtocol) {
        self.observe(point)
        self.publish(ResilienceEvent(integrationPoint: point.name, key: point.key, kind: .registered))
    }

    /// `point`'s policies changed: observe the breakers it holds now and announce it.
    func changed(_ point: any IntegrationPointProtocol) {
        self.observe(point)
        self.publish(ResilienceEvent(integrationPoint: point.name, key: point.key, kind: .reconfigured))
    }

    /// `point` left the registry: stop observing its breakers and announce why.
    func removed(_ point: any IntegrationPointProtocol, _ reason: ResilienceEvent.RemovalReason) {
        self.unobserve(point)
        self.publish(ResilienceEvent(integrationPoint: point.name, key: point.key, kind: .removed(reason)))
    }

    /// Forwards the transitions of `point`'s breakers, replacing what was observed of it before.
    private func observe(_ point: any IntegrationPointProtocol) {
        self.unobserve(point)
        let name = point.name
        let key = point.key
        var observers: [(CircuitBreaker, UInt64)] = []
        for breaker in point.circuitBreakers {
            let breakerName = breaker.name
            let id = breaker.addTransitionObserver { [weak self] transition in
                self?.publish(
                    ResilienceEvent(
                        integrationPoint: name,
                        key: key,
                        kind: .circuitBreakerTransition(circuitBreaker: breakerName, transition)
                    )
                )
            }
            observers.append((breaker, id))
        }
        self.state.withLock { $0.observed[ObjectIdentifier(point)] = observers }
    }

    private func unobserve(_ point: any IntegrationPointProtocol) {
        let observers = self.state.withLock { $0.observed.removeValue(forKey: ObjectIdentifier(point)) } ?? []
        for (breaker, id) in observers {
            breaker.removeTransitionObserver(id)
        }
    }

    deinit {
        self.state.withLock { $0.subscribers.finishAll() }
    }
}
