import Logging
public import Synchronization

/// One place where the service talks to the outside world, under one name, with the pipeline that guards it.
///
/// ```swift
/// let registry = ResilienceRegistry()
/// let payments = try registry.register("payments", pipeline: ResiliencePipeline { retry; breaker; bulkhead })
/// let receipt = try await payments.run { try await client.charge(order) }
/// ```
///
/// An integration point is created by a ``ResilienceRegistry`` (``ResilienceRegistry/register(_:pipeline:)``), or by
/// a ``KeyedIntegrationPoints`` family for one of its keys. Running a call through it costs what its pipeline costs,
/// plus the counting of its ``statistics`` (two relaxed atomic additions; for the calls picked to be timed, two clock
/// reads and a short lock; no allocation), plus, for a keyed point, one coarse clock read and one atomic store to note
/// when it was last used.
public final class IntegrationPoint<Policies: ResiliencePolicy>: IntegrationPointProtocol {
    /// The name: the registry's key for it, and the `name` label of its metrics.
    public let name: String

    /// The key within its ``KeyedIntegrationPoints`` family (a host, a tenant), or `nil` for a point of its own.
    public let key: String?

    /// The policies that guard the calls, outermost first.
    public let pipeline: ResiliencePipeline<Policies>

    /// When a keyed point was last used, in its family's nanoseconds; `nil` for a point of its own.
    @usableFromInline
    let usage: Usage?

    @usableFromInline
    final class Usage: Sendable {
        @usableFromInline
        let timeSource: TimeSource
        @usableFromInline
        let lastUse: Atomic<Int64>

        init(timeSource: TimeSource) {
            self.timeSource = timeSource
            self.lastUse = Atomic(timeSource.now())
        }

        @inlinable
        func touch() {
            self.lastUse.store(self.timeSource.now(), ordering: .relaxed)
        }
    }

    @usableFromInline
    let recorder: CallRecorder

    /// What adapters attached: monitors listed after the policies.
    private let monitors = LockedValue<[any MonitoredPolicy]>([])

    init(
        name: String,
        key: String?,
        pipeline: ResiliencePipeline<Policies>,
        usage: Usage?,
        statisticsTimeSource: TimeSource,
        logger: Logger
    ) {
        self.name = name
        self.key = key
        self.pipeline = pipeline
        self.usage = usage
        self.recorder = CallRecorder(name: name, timeSource: statisticsTimeSource, logger: logger)
    }

    /// How many calls went through the point, and how long the recent ones took.
    public var statistics: CallStatistics {
        self.recorder.statistics
    }

    /// Runs `operation` through the pipeline. See ``ResiliencePipeline/run(_:)``.
    @inlinable
    nonisolated(nonsending) public func run<T: Sendable>(
        _ operation: nonisolated(nonsending) @escaping @Sendable () async throws -> T
    ) async throws -> T {
        self.usage?.touch()
        let start = self.recorder.start()
        do {
            let value = try await self.pipeline.run(operation)
            self.recorder.recordSuccess(since: start)
            return value
        } catch {
            self.recorder.recordFailure(error, since: start)
            throw error
        }
    }

    /// The point's policies, outermost first, then the monitors adapters attached (``attachMonitor(_:)``).
    public var components: [any MonitoredPolicy] {
        self.pipeline.components + self.monitors.withLock { $0 }
    }

    /// Lists `monitor` among the point's ``components``, after its policies, so that an adapter's own numbers (the
    /// waits for a pooled connection, the threads a hung disk holds) appear with the point's in its snapshot, the
    /// admin server's JSON and dashboard, and the metrics of ``ResilienceMetricsReporter``.
    ///
    /// A monitor whose snapshot has the kind and name of one attached before replaces it: an adapter made twice for
    /// one point shows once.
    public func attachMonitor(_ monitor: any MonitoredPolicy) {
        let snapshot = monitor.snapshot
        self.monitors.withLock { monitors in
            monitors.removeAll { existing in
                let other = existing.snapshot
                return other.kind == snapshot.kind && other.name == snapshot.name
            }
            monitors.append(monitor)
        }
    }

    /// Records that a call which returned successfully failed afterwards: a response body or a row stream broke off
    /// after ``run(_:)`` returned at the head.
    ///
    /// The call moves from the successful calls to the failed ones in ``statistics``, and each circuit breaker of the
    /// point records one failure more (``CircuitBreaker/recordLateFailure(duration:)``).
    public func recordLateFailure(_ error: any Error) {
        self.recorder.recordLateFailure(error)
        for breaker in self.circuitBreakers {
            breaker.recordLateFailure(duration: .zero)
        }
    }

    /// Records that a call which returned successfully violated the contract afterwards (its body did not decode): it
    /// moves from the successful calls to the contract violations, and becomes the last violation.
    ///
    /// - Parameters:
    ///   - reason: The violation's reason, short and of low cardinality: `decoding`.
    ///   - message: What went wrong.
    public func recordLateContractViolation(reason: String, message: String) {
        self.recorder.recordContractViolation(reason: reason, message: message)
    }
}

/// What a ``ResilienceRegistry`` knows of every integration point, whatever its policies.
public protocol IntegrationPointProtocol: AnyObject, Sendable {
    /// The point's name.
    var name: String { get }
    /// The point's key within its family, or `nil`.
    var key: String? { get }
    /// The point's policies, outermost first.
    var components: [any MonitoredPolicy] { get }
    /// How many calls went through the point and how long the recent ones took.
    var statistics: CallStatistics { get }
}

extension IntegrationPointProtocol {
    /// The state and numbers of every policy of the point, now.
    public var snapshot: IntegrationPointSnapshot {
        IntegrationPointSnapshot(
            name: self.name,
            key: self.key,
            policies: self.components.map(\.snapshot),
            statistics: self.statistics
        )
    }

    /// The point's circuit breakers, outermost first.
    public var circuitBreakers: [CircuitBreaker] {
        self.components.compactMap { $0 as? CircuitBreaker }
    }
}

/// The state and numbers of one integration point at one moment.
public struct IntegrationPointSnapshot: Sendable, Hashable {
    /// The point's name.
    public var name: String
    /// The point's key within its family, or `nil`.
    public var key: String?
    /// Every policy, outermost first.
    public var policies: [PolicySnapshot]
    /// The point's calls and their latency; `nil` in a snapshot made without them.
    public var statistics: CallStatistics?

    /// Creates a snapshot.
    public init(name: String, key: String?, policies: [PolicySnapshot], statistics: CallStatistics? = nil) {
        self.name = name
        self.key = key
        self.policies = policies
        self.statistics = statistics
    }
}
