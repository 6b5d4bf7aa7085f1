public import Logging

/// The integration points of a service, by name: where monitoring finds them and operators act on them.
///
/// ```swift
/// let registry = ResilienceRegistry()
/// let payments = try registry.register("payments", pipeline: ResiliencePipeline { retry; breaker; bulkhead })
/// let partners = try registry.registerKeyed("partner-api", maxInstances: 500, idleTimeout: .seconds(600)) { host in
///     ResiliencePipeline { try CircuitBreaker(name: "partner-api \(host)"); Timeout(.seconds(2)) }
/// }
/// try await partners.run(key: request.host) { try await client.get(request) }
///
/// registry.snapshot()          // state and numbers of every policy of every point
/// for await event in registry.events { … }   // registrations, removals, breaker transitions
/// ```
///
/// Names are unique across points and keyed families. The registry holds its points strongly until they are removed;
/// it runs nothing in the background: idle keyed points are evicted when their family creates a new point, and by
/// ``evictIdleIntegrationPoints()``.
public final class ResilienceRegistry: Sendable {
    private enum Entry {
        case point(any IntegrationPointProtocol)
        case family(any KeyedIntegrationPointFamily)
    }

    private let entries = LockedValue<[String: Entry]>([:])
    private let registeredWatchdogs = LockedValue<[String: StarvationWatchdog]>([:])
    private let hub = ResilienceEventHub()
    private let timeSource: TimeSource
    private let statisticsTimeSource: TimeSource
    private let logger: Logger

    /// Creates an empty registry.
    ///
    /// - Parameters:
    ///   - clock: The clock that measures how long keyed points have been idle and how long calls take
    ///     (``IntegrationPoint/statistics``). Tests pass a `ManualClock`.
    ///   - logger: Where the points log the first contract violation of each minute, at warning level. Defaults to the
    ///     task-local `Logger.current`.
    public init<C: Clock<Duration>>(clock: C = ContinuousClock(), logger: Logger = .current) {
        // Idle timeouts are minutes: the coarse system clock is precise enough. Latencies need the precise one.
        self.timeSource = TimeSource(clock, shortestMeasuredDuration: Duration.seconds(1).nanoseconds)
        self.statisticsTimeSource = TimeSource(clock, shortestMeasuredDuration: 0)
        self.logger = logger
    }

    // MARK: Registering

    /// Registers an integration point named `name` guarded by `pipeline`.
    ///
    /// - Throws: ``ConfigurationError`` when the name is empty or already taken.
    @discardableResult
    public func register<Policies: ResiliencePolicy>(
        _ name: String,
        pipeline: ResiliencePipeline<Policies>
    ) throws(ConfigurationError) -> IntegrationPoint<Policies> {
        let point = IntegrationPoint(
            name: name,
            key: nil,
            pipeline: pipeline,
            usage: nil,
            statisticsTimeSource: self.statisticsTimeSource,
            logger: self.logger
        )
        try self.insert(name, .point(point))
        self.hub.added(point)
        return point
    }

    /// Registers a family of integration points named `name`, one per key (a host, a tenant), each with its own
    /// pipeline from `makePipeline`, created on first use.
    ///
    /// - Parameters:
    ///   - name: The family's name, shared by its points (their ``IntegrationPoint/key`` tells them apart).
    ///   - maxInstances: The most points the family holds. A new key beyond it evicts an idle point, or else the
    ///     least recently used one.
    ///   - idleTimeout: How long a point may go unused before it is evicted; `nil` keeps points until the family is
    ///     full.
    ///   - makePipeline: Makes the pipeline of a new key's point. Give its policies names that include the key, so
    ///     that their metrics and logs tell the points apart.
    /// - Throws: ``ConfigurationError`` when the name is empty or taken, `maxInstances` is below 1, or `idleTimeout`
    ///   is not positive.
    public func registerKeyed<Policies: ResiliencePolicy>(
        _ name: String,
        maxInstances: Int,
        idleTimeout: Duration? = nil,
        makePipeline: @escaping @Sendable (_ key: String) throws -> ResiliencePipeline<Policies>
    ) throws(ConfigurationError) -> KeyedIntegrationPoints<Policies> {
        let validator = try SettingsValidator("keyed integration points", name: name)
        try validator.check(maxInstances >= 1, "maxInstances", maxInstances, "must be at least 1")
        if let idleTimeout {
            try validator.check(idleTimeout > .zero, "idleTimeout", idleTimeout, "must be greater than zero")
        }
        let family = KeyedIntegrationPoints(
            name: name,
            maxInstances: maxInstances,
            idleTimeout: idleTimeout,
            makePipeline: makePipeline,
            timeSource: self.timeSource,
            statisticsTimeSource: self.statisticsTimeSource,
            logger: self.logger,
            hub: self.hub
        )
        try self.insert(name, .family(family))
        return family
    }

    private func insert(_ name: String, _ entry: Entry) throws(ConfigurationError) {
        _ = try SettingsValidator("integration point", name: name)
        let inserted = self.entries.withLock { entries in
            guard entries[name] == nil else { return false }
            entries[name] = entry
            return true
        }
        guard inserted else {
            throw ConfigurationError(
                policy: "resilience registry",
                field: "name",
                value: "\"\(name)\"",
                rule: "must be unique, and an integration point or keyed family of that name is registered"
            )
        }
    }

    /// Removes the point or keyed family named `name`. Calls running through it finish normally.
    ///
    /// - Returns: Whether something of that name was registered.
    @discardableResult
    public func remove(_ name: String) -> Bool {
        guard let entry = self.entries.withLock({ $0.removeValue(forKey: name) }) else { return false }
        switch entry {
        case .point(let point):
            self.hub.removed(point, .removed)
        case .family(let family):
            family.removeAll()
        }
        return true
    }

    /// Registers a starvation watchdog: its snapshot joins the registry's (``watchdogs``, an admin server's
    /// `GET /api/v1/watchdogs` and dashboard), and each stall it counts is published on ``events`` as
    /// ``ResilienceEvent/Kind/schedulingStall(watchdog:stalledFor:)``. Run the watchdog yourself, as a `Service`.
    ///
    /// - Throws: ``ConfigurationError`` when a watchdog of that name is registered.
    public func register(_ watchdog: StarvationWatchdog) throws(ConfigurationError) {
        let inserted = self.registeredWatchdogs.withLock { watchdogs in
            guard watchdogs[watchdog.name] == nil else { return false }
            watchdogs[watchdog.name] = watchdog
            return true
        }
        guard inserted else {
            throw ConfigurationError(
                policy: "resilience registry",
                field: "name",
                value: "\"\(watchdog.name)\"",
                rule: "must be unique, and a starvation watchdog of that name is registered"
            )
        }
        let name = watchdog.name
        _ = watchdog.addStallObserver { [weak hub = self.hub] stalledFor in
            hub?.publish(
                ResilienceEvent(
                    integrationPoint: name,
                    key: nil,
                    kind: .schedulingStall(watchdog: name, stalledFor: stalledFor)
                )
            )
        }
    }

    /// The registered starvation watchdogs, ordered by name.
    public var watchdogs: [StarvationWatchdog] {
        self.registeredWatchdogs.withLock { $0.values.sorted { $0.name < $1.name } }
    }

    // MARK: Finding

    /// Whether a point or a keyed family named `name` is registered.
    public func contains(_ name: String) -> Bool {
        self.entries.withLock { $0[name] != nil }
    }

    /// The point named `name` (not a keyed family's), or `nil`.
    public func integrationPoint(named name: String) -> (any IntegrationPointProtocol)? {
        guard case .point(let point) = self.entries.withLock({ $0[name] }) else { return nil }
        return point
    }

    /// The point named `name` with its concrete type, or `nil` when there is none or its policies differ.
    public func integrationPoint<Policies: ResiliencePolicy>(
        named name: String,
        as policies: Policies.Type
    ) -> IntegrationPoint<Policies>? {
        self.integrationPoint(named: name) as? IntegrationPoint<Policies>
    }

    /// Every point, keyed families' points included, ordered by name and key.
    public var integrationPoints: [any IntegrationPointProtocol] {
        let entries = self.entries.withLock { Array($0.values) }
        var points: [any IntegrationPointProtocol] = []
        for entry in entries {
            switch entry {
            case .point(let point): points.append(point)
            case .family(let family): points.append(contentsOf: family.allIntegrationPoints)
            }
        }
        return points.sorted { ($0.name, $0.key ?? "") < ($1.name, $1.key ?? "") }
    }

    /// The circuit breaker named `name` in any point, or `nil`: how an operator finds the breaker to act on.
    public func circuitBreaker(named name: String) -> CircuitBreaker? {
        self.integrationPoint(holdingCircuitBreaker: name)?.circuitBreaker
    }

    // MARK: Monitoring

    /// The state and numbers of every policy of every point, ordered by name and key.
    public func snapshot() -> [IntegrationPointSnapshot] {
        self.integrationPoints.map(\.snapshot)
    }

    /// A new subscription to the events of every point: registrations, removals, circuit breaker transitions and
    /// reconfigurations, in the order they happened. Buffers the newest 1,024 unread events. Breaker transitions are
    /// delivered without a task per breaker: each breaker hands them to the registry as they happen.
    public var events: AsyncStream<ResilienceEvent> {
        self.hub.subscribe(bufferingNewest: 1024)
    }

    /// A new subscription to the events of every point, buffering at most `limit` unread events (the oldest are
    /// dropped first).
    public func events(bufferingNewest limit: Int) -> AsyncStream<ResilienceEvent> {
        self.hub.subscribe(bufferingNewest: limit)
    }

    /// Reports that a point's configuration changed at run time, and observes the breakers it holds now.
    ///
    /// The configuration loader calls it after applying a document; call it after changing a point's policies
    /// yourself.
    public func integrationPointDidChange(_ point: any IntegrationPointProtocol) {
        self.hub.changed(point)
    }

    /// The point that holds the circuit breaker named `name`, and that breaker, or `nil`.
    public func integrationPoint(
        holdingCircuitBreaker name: String
    ) -> (integrationPoint: any IntegrationPointProtocol, circuitBreaker: CircuitBreaker)? {
        for point in self.integrationPoints {
            if let breaker = point.circuitBreakers.first(where: { $0.name == name }) { return (point, breaker) }
        }
        return nil
    }

    /// Puts an operator's action on a circuit breaker on the event stream (an admin server calls it after acting), so
    /// that dashboards show who changed what next to the transition it caused.
    public func recordOperatorAction(_ action: String, onCircuitBreaker name: String) {
        guard let (point, _) = self.integrationPoint(holdingCircuitBreaker: name) else { return }
        self.hub.publish(
            ResilienceEvent(
                integrationPoint: point.name,
                key: point.key,
                kind: .operatorAction(circuitBreaker: name, action: action)
            )
        )
    }

    /// Publishes that an operator put the chaos target `name` into `setting`, for the dashboard's timeline: the admin
    /// server calls it for each change it makes.
    public func recordChaosChange(_ setting: ChaosSetting, onTarget name: String) {
        self.hub.publish(
            ResilienceEvent(integrationPoint: name, key: nil, kind: .chaosChanged(target: name, setting: setting))
        )
    }

    /// Evicts the keyed points that have been idle longer than their family's idle timeout.
    ///
    /// - Returns: The number of points evicted.
    @discardableResult
    public func evictIdleIntegrationPoints() -> Int {
        let families = self.entries.withLock { entries in
            entries.values.compactMap { entry -> (any KeyedIntegrationPointFamily)? in
                if case .family(let family) = entry { family } else { nil }
            }
        }
        return families.reduce(0) { $0 + $1.evictIdle() }
    }
}

/// What the registry needs of a keyed family, whatever its policies.
protocol KeyedIntegrationPointFamily: Sendable {
    var allIntegrationPoints: [any IntegrationPointProtocol] { get }
    func evictIdle() -> Int
    func removeAll()
}
