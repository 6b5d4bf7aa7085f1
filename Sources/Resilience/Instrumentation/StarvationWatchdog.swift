public import CoreMetrics
import Dispatch
public import Logging
public import ServiceLifecycle

/// Measures whether Swift's cooperative thread pool keeps up: how late a probe task wakes, and the stalls when it
/// cannot run at all.
///
/// Swift runs every task on a cooperative pool of one thread per core. A synchronous call that blocks in async code
/// (a `sleep`, a C driver, a lock held across I/O) freezes one of those few threads; a handful freeze the whole
/// service, and every request slows down with no error anywhere. The watchdog makes that visible:
///
/// - a **probe** task sleeps for ``Configuration/resolution`` (10 ms) again and again, and records how late each
///   wake-up is in a histogram of the recent ``Configuration/window`` (p50, p99 and max in ``snapshot``), corrected for
///   the wake-ups a late probe missed;
/// - a **sentinel** on a thread of its own (a Dispatch queue, not the cooperative pool) counts a **stall** when the
///   probe has not run for ``Configuration/stallThreshold`` (500 ms): it logs it at warning level while it lasts,
///   counts it once, and tells the registries the watchdog is registered with
///   (``ResilienceRegistry/register(_:)``), which publish
///   ``ResilienceEvent/Kind/schedulingStall(watchdog:stalledFor:)``.
///
/// ```swift
/// let watchdog = StarvationWatchdog()
/// try registry.register(watchdog)   // GET /api/v1/watchdogs and the dashboard's tile
/// let group = ServiceGroup(services: [server, watchdog, admin], logger: logger)
/// ```
///
/// | metric | type | labels |
/// |---|---|---|
/// | `resilience_watchdog_lag_p99_seconds` | gauge, p99 of the window, written every second | `name` |
/// | `resilience_watchdog_lag_p50_seconds`, `resilience_watchdog_lag_max_seconds` | gauges, the same way | `name` |
/// | `resilience_watchdog_stalls_total` | counter | `name` |
///
/// Its cost is one timer wake-up per resolution and one sentinel wake-up per tenth of the stall threshold (at most
/// 100 ms): what the platform charges for a `Task.sleep` wake-up, 100 times a second at the defaults. On the 2-core
/// VM of the project's benchmarks that was 1.4 % of a core, the same as a bare `Task.sleep` loop at 10 ms, where even a
/// thread's `nanosleep` wake-up costs 48 µs of CPU (0.5 % at 10 ms); a coarser ``Configuration/resolution`` costs
/// proportionally less.
public final class StarvationWatchdog: Service, Sendable {
    /// How often the probe wakes, when a stall counts, and how far back the percentiles look.
    public struct Configuration: Sendable {
        /// How long the probe sleeps between wake-ups. Default 10 ms; at least 1 ms.
        public var resolution: Duration
        /// How long the probe may not run before the sentinel counts a stall. Default 500 ms; more than
        /// ``resolution``.
        public var stallThreshold: Duration
        /// How far back the percentiles look: they cover between half of it and all of it. Default 10 seconds; at
        /// least twice ``resolution``.
        public var window: Duration

        /// The defaults: a 10 ms probe, stalls from 500 ms, a 10 second window.
        public init() {
            self.resolution = .milliseconds(10)
            self.stallThreshold = .milliseconds(500)
            self.window = .seconds(10)
        }

        /// A configuration with the given values.
        public init(
            resolution: Duration = .milliseconds(10),
            stallThreshold: Duration = .milliseconds(500),
            window: Duration = .seconds(10)
        ) {
            self.resolution = resolution
            self.stallThreshold = stallThreshold
            self.window = window
        }

        /// Throws a ``ConfigurationError`` naming the first invalid field.
        func validate(name: String) throws(ConfigurationError) {
            let validator = try SettingsValidator("starvation watchdog", name: name)
            try validator.check(
                self.resolution >= .milliseconds(1),
                "resolution",
                self.resolution,
                "must be at least 1 ms"
            )
            try validator.check(
                self.stallThreshold > self.resolution,
                "stallThreshold",
                self.stallThreshold,
                "must be longer than the resolution (\(self.resolution))"
            )
            try validator.check(
                self.window >= self.resolution * 2,
                "window",
                self.window,
                "must be at least twice the resolution (\(self.resolution))"
            )
        }
    }

    /// How late the probe woke within the window, and the stalls counted since the watchdog was created.
    public struct Snapshot: Sendable, Hashable {
        /// The median lateness of the probe's wake-ups.
        public var p50: Duration
        /// The 99th percentile of the lateness.
        public var p99: Duration
        /// The latest wake-up.
        public var max: Duration
        /// The wake-ups recorded in the window (missed ones included); 0 before the probe ran.
        public var samples: Int
        /// Stalls counted since the watchdog was created.
        public var stalls: Int

        /// Creates a snapshot.
        public init(p50: Duration, p99: Duration, max: Duration, samples: Int, stalls: Int) {
            self.p50 = p50
            self.p99 = p99
            self.max = max
            self.samples = samples
            self.stalls = stalls
        }
    }

    /// The watchdog's name: the `name` of its metrics and of the events its stalls cause.
    public let name: String
    /// Its configuration.
    public let configuration: Configuration

    private let state: LockedValue<StarvationWatchdogState>
    private let timeSource: TimeSource
    private let sleep: @Sendable (Duration) async throws -> Void
    private let logger: Logger
    private let metrics: Metrics
    private let stallObservers = LockedValue<(next: UInt64, observers: [UInt64: @Sendable (Duration) -> Void])>(
        (0, [:])
    )

    private struct Metrics: Sendable {
        let p50: Gauge
        let p99: Gauge
        let max: Gauge
        let stalls: Counter

        init(name: String, factory: any MetricsFactory) {
            let dimensions = [("name", name)]
            self.p50 = Gauge(label: "resilience_watchdog_lag_p50_seconds", dimensions: dimensions, factory: factory)
            self.p99 = Gauge(label: "resilience_watchdog_lag_p99_seconds", dimensions: dimensions, factory: factory)
            self.max = Gauge(label: "resilience_watchdog_lag_max_seconds", dimensions: dimensions, factory: factory)
            self.stalls = Counter(label: "resilience_watchdog_stalls_total", dimensions: dimensions, factory: factory)
        }
    }

    /// Creates a watchdog; it measures while ``run()`` runs.
    ///
    /// - Parameters:
    ///   - name: Its name in metrics, logs, events and the admin API. Default `cooperative-pool`.
    ///   - configuration: Resolution, stall threshold and window; ``run()`` throws a ``ConfigurationError`` naming an
    ///     invalid field.
    ///   - clock: The clock the probe sleeps on and measures with.
    ///   - logger: Where stalls are logged, at warning level when counted and at notice level when they end. Defaults
    ///     to the task-local `Logger.current`.
    ///   - metricsFactory: Where the metrics are made. Defaults to `MetricsSystem.factory`.
    public init<C: Clock<Duration>>(
        name: String = "cooperative-pool",
        configuration: Configuration = .init(),
        clock: C = ContinuousClock(),
        logger: Logger = .current,
        metricsFactory: any MetricsFactory = MetricsSystem.factory
    ) {
        self.name = name
        self.configuration = configuration
        self.state = LockedValue(
            StarvationWatchdogState(
                resolution: configuration.resolution,
                stallThreshold: configuration.stallThreshold,
                window: configuration.window
            )
        )
        self.timeSource = TimeSource(clock, shortestMeasuredDuration: 0)
        self.sleep = { try await clock.sleep(for: $0) }
        self.logger = logger
        self.metrics = Metrics(name: name, factory: metricsFactory)
    }

    /// How late the probe woke within the window, and the stalls counted.
    public var snapshot: Snapshot {
        let now = self.timeSource.now()
        return self.state.withLock { $0.snapshot(at: now) }
    }

    /// Runs the probe and the sentinel until graceful shutdown or cancellation.
    ///
    /// - Throws: ``ConfigurationError`` when the configuration is invalid, or when this watchdog runs already.
    public func run() async throws {
        try self.configuration.validate(name: self.name)
        let started = self.state.withLock { $0.started(at: self.timeSource.now()) }
        guard started else {
            throw ConfigurationError(
                policy: "starvation watchdog",
                field: "run()",
                value: "\"\(self.name)\"",
                rule: "must not be called while the watchdog runs already"
            )
        }
        let sentinel = self.startSentinel()
        defer {
            sentinel.cancel()
            self.state.withLock { $0.stopped() }
        }
        await cancelWhenGracefulShutdown {
            await self.probe()
        }
    }

    /// Sleeps and measures until cancelled; writes the gauges about once a second.
    private func probe() async {
        let resolution = self.configuration.resolution
        let wakeUpsPerReport = max(1, Int(Duration.seconds(1) / resolution))
        var wakeUps = 0
        while true {
            let asked = self.timeSource.now() + resolution.nanoseconds
            do {
                try await self.sleep(resolution)
            } catch {
                return
            }
            let now = self.timeSource.now()
            let endedStall = self.state.withLock { $0.probeWoke(at: now, lag: now - asked) }
            if let endedStall {
                self.logger.notice(
                    "the cooperative thread pool runs again after a stall",
                    metadata: ["watchdog.name": "\(self.name)", "watchdog.stalled_ms": "\(endedStall / 1_000_000)"]
                )
            }
            wakeUps += 1
            if wakeUps >= wakeUpsPerReport {
                wakeUps = 0
                self.report()
            }
        }
    }

    /// Writes the gauges from the window's percentiles.
    private func report() {
        let snapshot = self.snapshot
        self.metrics.p50.record(snapshot.p50.seconds)
        self.metrics.p99.record(snapshot.p99.seconds)
        self.metrics.max.record(snapshot.max.seconds)
    }

    /// Starts the sentinel: a Dispatch timer, on threads that are not the cooperative pool's, that checks the probe
    /// every tenth of the stall threshold (at most every 100 ms).
    private func startSentinel() -> any DispatchSourceTimer {
        let period = min(self.configuration.stallThreshold / 10, .milliseconds(100))
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "resilience.watchdog.\(self.name)"))
        timer.schedule(
            deadline: .now() + .nanoseconds(Int(period.nanoseconds)),
            repeating: .nanoseconds(Int(period.nanoseconds)),
            leeway: .nanoseconds(Int(period.nanoseconds / 10))
        )
        timer.setEventHandler { [weak self] in
            self?.checkForStall()
        }
        timer.resume()
        return timer
    }

    private func checkForStall() {
        let now = self.timeSource.now()
        guard let stall = self.state.withLock({ $0.check(at: now) }) else { return }
        self.stalled(for: .nanoseconds(stall.stalledFor), count: stall.count)
    }

    /// Counts, logs and publishes a stall the sentinel found: the probe had not run for `stalledFor`; `count` stalls
    /// so far.
    func stalled(for stalledFor: Duration, count: Int = 1) {
        self.metrics.stalls.increment()
        self.logger.warning(
            "the cooperative thread pool is stalled: blocking calls in async code?",
            metadata: [
                "watchdog.name": "\(self.name)",
                "watchdog.stalled_ms": "\(stalledFor.nanoseconds / 1_000_000)",
                "watchdog.stalls": "\(count)",
            ]
        )
        let observers = self.stallObservers.withLock { Array($0.observers.values) }
        for observer in observers {
            observer(stalledFor)
        }
    }

    /// Calls `observer` on the sentinel's thread with how long the probe had not run, for each stall counted.
    func addStallObserver(_ observer: @escaping @Sendable (Duration) -> Void) -> UInt64 {
        self.stallObservers.withLock { state in
            defer { state.next += 1 }
            state.observers[state.next] = observer
            return state.next
        }
    }

    func removeStallObserver(_ id: UInt64) {
        self.stallObservers.withLock { _ = $0.observers.removeValue(forKey: id) }
    }
}
