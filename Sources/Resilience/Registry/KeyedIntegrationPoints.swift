import Logging

/// A family of integration points of one kind, one per key: one per downstream host, per tenant, per shard.
///
/// Each key gets its own point, with its own pipeline (its own breaker, so that one sick host does not open the
/// breaker of the healthy ones), created on first use by ``ResilienceRegistry/registerKeyed(_:maxInstances:idleTimeout:makePipeline:)``'s
/// `makePipeline`. The family holds at most `maxInstances` points: a new key evicts a point idle for longer than
/// `idleTimeout` if there is one, or else the least recently used point. An evicted point's state is lost (a breaker
/// that was open for that key starts closed when the key comes back); calls running through it finish normally.
public final class KeyedIntegrationPoints<Policies: ResiliencePolicy>: KeyedIntegrationPointFamily {
    /// The family's name, shared by its points.
    public let name: String

    /// The most points the family holds.
    public let maxInstances: Int

    /// How long a point may go unused before it is evicted, or `nil`.
    public let idleTimeout: Duration?

    private let makePipeline: @Sendable (String) throws -> ResiliencePipeline<Policies>
    private let timeSource: TimeSource
    private let statisticsTimeSource: TimeSource
    private let logger: Logger
    private let idleNanoseconds: Int64?
    private let hub: ResilienceEventHub
    @usableFromInline
    let points = LockedValue<[String: IntegrationPoint<Policies>]>([:])

    init(
        name: String,
        maxInstances: Int,
        idleTimeout: Duration?,
        makePipeline: @escaping @Sendable (String) throws -> ResiliencePipeline<Policies>,
        timeSource: TimeSource,
        statisticsTimeSource: TimeSource,
        logger: Logger,
        hub: ResilienceEventHub
    ) {
        self.name = name
        self.maxInstances = maxInstances
        self.idleTimeout = idleTimeout
        self.idleNanoseconds = idleTimeout?.nanoseconds
        self.makePipeline = makePipeline
        self.timeSource = timeSource
        self.statisticsTimeSource = statisticsTimeSource
        self.logger = logger
        self.hub = hub
    }

    /// The point for `key`, created when it is new.
    ///
    /// - Throws: Whatever `makePipeline` threw for a new key (a ``ConfigurationError``); nothing is then created.
    @inlinable
    public func integrationPoint(for key: String) throws -> IntegrationPoint<Policies> {
        // Inlinable, so that an adapter's per-request lookup is specialised for its policies (an unspecialised generic
        // dictionary lookup costs a microsecond); a new key takes the slow path.
        if let point = self.points.withLock({ $0[key] }) {
            return point
        }
        return try self.addIntegrationPoint(for: key)
    }

    @usableFromInline
    func addIntegrationPoint(for key: String) throws -> IntegrationPoint<Policies> {
        // Made outside the lock: the user's closure may take its time, or look up other keys.
        let point = IntegrationPoint(
            name: self.name,
            key: key,
            pipeline: try self.makePipeline(key),
            usage: IntegrationPoint<Policies>.Usage(timeSource: self.timeSource),
            statisticsTimeSource: self.statisticsTimeSource,
            logger: self.logger
        )
        let (winner, evicted) = self.points.withLock { points -> (IntegrationPoint<Policies>, [Eviction]) in
            if let existing = points[key] { return (existing, []) }
            var evicted = self.removeIdle(from: &points)
            if points.count >= self.maxInstances,
                let (oldest, _) = points.min(by: { $0.value.lastUse < $1.value.lastUse })
            {
                evicted.append(Eviction(point: points.removeValue(forKey: oldest)!, reason: .capacity))
            }
            points[key] = point
            return (point, evicted)
        }
        self.report(evicted)
        if winner === point {
            self.hub.added(point)
        }
        return winner
    }

    /// Runs `operation` through the pipeline of `key`'s point.
    ///
    /// - Throws: What ``integrationPoint(for:)`` or the pipeline threw.
    nonisolated(nonsending) public func run<T: Sendable>(
        key: String,
        _ operation: nonisolated(nonsending) @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await self.integrationPoint(for: key).run(operation)
    }

    /// The family's points, in no particular order.
    public var integrationPoints: [IntegrationPoint<Policies>] {
        self.points.withLock { Array($0.values) }
    }

    var allIntegrationPoints: [any IntegrationPointProtocol] {
        self.integrationPoints
    }

    /// Evicts the points idle for longer than ``idleTimeout``; returns how many.
    @discardableResult
    public func evictIdle() -> Int {
        let evicted = self.points.withLock { self.removeIdle(from: &$0) }
        self.report(evicted)
        return evicted.count
    }

    func removeAll() {
        let evicted = self.points.withLock { points in
            defer { points.removeAll() }
            return points.values.map { Eviction(point: $0, reason: .removed) }
        }
        self.report(evicted)
    }

    private struct Eviction {
        var point: IntegrationPoint<Policies>
        var reason: ResilienceEvent.RemovalReason
    }

    private func removeIdle(from points: inout [String: IntegrationPoint<Policies>]) -> [Eviction] {
        guard let idle = self.idleNanoseconds else { return [] }
        let now = self.timeSource.now()
        let keys = points.compactMap { key, point in now - point.lastUse > idle ? key : nil }
        return keys.map { Eviction(point: points.removeValue(forKey: $0)!, reason: .idle) }
    }

    private func report(_ evictions: [Eviction]) {
        for eviction in evictions {
            self.hub.removed(eviction.point, eviction.reason)
        }
    }
}

extension IntegrationPoint {
    /// When the point was last used, in its family's nanoseconds.
    fileprivate var lastUse: Int64 {
        self.usage?.lastUse.load(ordering: .relaxed) ?? 0
    }
}
