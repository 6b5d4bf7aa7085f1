/// The limit algorithm of an ``AdaptiveConcurrencyLimiter``: TCP Vegas's congestion avoidance (Brakmo and Peterson,
/// 1994) applied to concurrency, as in Netflix's `concurrency-limits` (`VegasLimit` behind a `WindowedLimit`), with
/// AIMD's multiplicative decrease on drops.
///
/// Vegas compares the latency it observes with the latency of the dependency without load (the lowest it has seen):
/// with `limit` calls in flight and a latency of `rtt` against `noLoadRtt`, about `limit × (1 − noLoadRtt / rtt)` of
/// them are queueing rather than being served. The limit grows while that queue is small and shrinks when it is large,
/// so it settles just past the knee of the latency curve: where the dependency starts to queue. A drop (a timeout or
/// an overload error) is a stronger signal than latency, so it cuts the limit by `backoffRatio` at once.
///
/// Samples are gathered in windows of `windowSize` calls; each full window updates the limit once, from the window's
/// mean latency and the most calls it saw in flight:
///
/// - a window with a drop: `limit × backoffRatio`;
/// - when fewer than half the limit were in flight, nothing changes (the caller, not the dependency, is the bottleneck,
///   and growing a limit nobody uses only hides overload later);
/// - otherwise, with `log = max(1, ⌊log10 limit⌋)`, `alpha = 3·log`, `beta = 6·log` and
///   `queue = ⌈limit × (1 − noLoadRtt / rtt)⌉`: `queue ≤ log` grows by `beta`, `queue < alpha` by `log`,
///   `queue > beta` shrinks by `log`, and otherwise the limit holds.
///
/// The new limit is clamped to `[minimumLimit, maximumLimit]` and smoothed:
/// `limit ← (1 − smoothing) × limit + smoothing × newLimit`.
///
/// The no-load latency only falls by itself. So that it can follow a dependency that became slower for good, it is
/// measured afresh every `probeMultiplier × limit` windows (jittered between half and all of that, so that many
/// instances do not probe together), the way BBR probes its minimum round-trip time: the limit is halved, the calls
/// admitted at the full limit drain (as many samples as that limit), the next window's latency becomes the no-load
/// latency, and the limit is restored. (Netflix's `VegasLimit` takes the latency of a window at full load instead;
/// on a dependency that queues, that reads queueing as no load and ratchets the limit up with every probe.)
///
/// A pure value: it reads no clock. ``record(latency:inFlight:dropped:)`` takes one call's sample and returns the new
/// limit when it changed.
struct VegasLimit: Sendable {
    struct Settings: Sendable, Equatable {
        var initialLimit: Int
        var minimumLimit: Int
        var maximumLimit: Int
        var smoothing: Double
        var windowSize: Int
        var probeMultiplier: Int
        var backoffRatio: Double
    }

    let settings: Settings

    /// The current limit, before rounding down.
    private(set) var estimatedLimit: Double
    /// The lowest window latency seen since the last probe, in nanoseconds; 0 before the first window.
    private(set) var noLoadLatency: Int64 = 0

    private var windowCount = 0
    private var windowLatencySum: Int64 = 0
    private var windowMaxInFlight = 0
    private var windowDropped = false

    private var windowsSinceProbe = 0
    /// While probing: the windows left (drain, then measure) and the limit to restore.
    private var probe: (windowsLeft: Int, limitToRestore: Double)?
    private var probeJitter: Double
    private var random: UInt64

    /// Creates the algorithm at its initial limit; `seed` drives the probe jitter.
    init(settings: Settings, seed: UInt64) {
        self.settings = settings
        self.estimatedLimit = Double(settings.initialLimit)
        self.random = seed
        self.probeJitter = 1
        self.probeJitter = self.nextJitter()
    }

    /// Whether the limit is halved to measure the no-load latency.
    var isProbing: Bool { self.probe != nil }

    /// The limit in force: the estimate, rounded down.
    var limit: Int { Int(self.estimatedLimit) }

    /// Records one call: its latency in nanoseconds, how many calls were in flight when it started (itself included),
    /// and whether it was dropped. Returns the new limit when it changed.
    mutating func record(latency: Int64, inFlight: Int, dropped: Bool) -> Int? {
        self.windowCount += 1
        self.windowLatencySum = self.windowLatencySum.addingSaturating(max(0, latency))
        self.windowMaxInFlight = max(self.windowMaxInFlight, inFlight)
        self.windowDropped = self.windowDropped || dropped
        guard self.windowCount >= self.settings.windowSize else { return nil }

        let rtt = max(1, self.windowLatencySum / Int64(self.windowCount))
        let maxInFlight = self.windowMaxInFlight
        let dropped = self.windowDropped
        self.windowCount = 0
        self.windowLatencySum = 0
        self.windowMaxInFlight = 0
        self.windowDropped = false

        let before = self.limit
        self.update(rtt: rtt, maxInFlight: maxInFlight, dropped: dropped)
        return self.limit == before ? nil : self.limit
    }

    private mutating func update(rtt: Int64, maxInFlight: Int, dropped: Bool) {
        if let probe = self.probe {
            if probe.windowsLeft > 1 {
                self.probe = (probe.windowsLeft - 1, probe.limitToRestore)
            } else {
                self.probe = nil
                self.noLoadLatency = rtt
                self.estimatedLimit = probe.limitToRestore
            }
            return
        }
        self.windowsSinceProbe += 1
        let limit = self.estimatedLimit
        if Double(self.windowsSinceProbe) >= self.probeJitter * Double(self.settings.probeMultiplier) * limit {
            self.windowsSinceProbe = 0
            self.probeJitter = self.nextJitter()
            // Enough windows to drain the calls admitted at the full limit, then one to measure.
            let drainWindows = (Int(limit) + self.settings.windowSize - 1) / self.settings.windowSize
            self.probe = (drainWindows + 1, limit)
            self.estimatedLimit = max(Double(self.settings.minimumLimit), (limit / 2).rounded(.down))
            return
        }
        if self.noLoadLatency == 0 || rtt < self.noLoadLatency {
            self.noLoadLatency = rtt
            if !dropped { return }
        }

        var newLimit: Double
        if dropped {
            newLimit = limit * self.settings.backoffRatio
        } else if maxInFlight * 2 < Int(limit) {
            return
        } else {
            let log = Double(max(1, floorLog10(limit)))
            let alpha = 3 * log
            let beta = 6 * log
            let queue = (limit * (1 - Double(self.noLoadLatency) / Double(rtt))).rounded(.up)
            if queue <= log {
                newLimit = limit + beta
            } else if queue < alpha {
                newLimit = limit + log
            } else if queue > beta {
                newLimit = limit - log
            } else {
                return
            }
        }
        newLimit = min(Double(self.settings.maximumLimit), max(Double(self.settings.minimumLimit), newLimit))
        self.estimatedLimit = (1 - self.settings.smoothing) * limit + self.settings.smoothing * newLimit
    }

    /// A factor in [0.5, 1) from SplitMix64.
    private mutating func nextJitter() -> Double {
        self.random &+= 0x9E37_79B9_7F4A_7C15
        var z = self.random
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return 0.5 + Double(z >> 11) / Double(1 << 53) * 0.5
    }
}

/// `⌊log10 value⌋` for `value >= 1`: the number of decimal digits of its whole part, minus one.
@inline(__always)
func floorLog10(_ value: Double) -> Int {
    var exponent = 0
    var remaining = value
    while remaining >= 10 {
        remaining /= 10
        exponent += 1
    }
    return exponent
}
