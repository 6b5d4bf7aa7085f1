internal import Histogram

/// What a ``StarvationWatchdog`` knows, as a value: how late its probe woke over the recent window, when the probe last
/// ran, and the stalls counted. The watchdog's probe and its sentinel call it under one lock, with the time in
/// nanoseconds since the watchdog's origin; it reads no clock and starts nothing.
///
/// The window is two intervals of half its length, as in ``CallStatistics``: percentiles cover between half the window
/// and the whole of it. Lags are recorded in microseconds, corrected for coordinated omission (a probe that woke 600 ms
/// late at a 10 ms resolution also records the 59 wake-ups it missed), so that a long stall weighs in the percentiles
/// as much as the time it lasted.
struct StarvationWatchdogState {
    /// A stall the sentinel just counted.
    struct Stall: Equatable {
        /// How long the probe had not run when the stall was counted.
        var stalledFor: Int64
        /// The number of stalls counted, this one included.
        var count: Int
    }

    private let intervalNanoseconds: Int64
    private let resolutionMicroseconds: UInt64
    private let stallThresholdNanoseconds: Int64
    private var epoch: Int64 = 0
    private var current = Self.makeHistogram()
    private var previous = Self.makeHistogram()
    /// When the probe last ran; `nil` while the watchdog does not run.
    private var lastProbe: Int64?
    /// Whether the stall that began at ``lastProbe`` was counted.
    private var stallCounted = false
    /// Stalls counted since the watchdog was created.
    private(set) var stalls = 0

    /// Percentiles reach an hour.
    private static let highestMicroseconds: UInt64 = 3_600_000_000

    init(resolution: Duration, stallThreshold: Duration, window: Duration) {
        self.intervalNanoseconds = max(1, window.nanoseconds / 2)
        self.resolutionMicroseconds = UInt64(max(1, resolution.nanoseconds / 1_000))
        self.stallThresholdNanoseconds = stallThreshold.nanoseconds
    }

    private static func makeHistogram() -> Histogram<UInt32> {
        Histogram(
            lowestDiscernibleValue: 1,
            highestTrackableValue: Self.highestMicroseconds,
            numberOfSignificantValueDigits: .two
        )
    }

    /// Whether the probe runs.
    var isRunning: Bool { self.lastProbe != nil }

    /// The probe starts at `now`. Returns `false` when it runs already (a second `run()` of one watchdog).
    mutating func started(at now: Int64) -> Bool {
        guard self.lastProbe == nil else { return false }
        self.lastProbe = now
        self.stallCounted = false
        return true
    }

    /// The probe stopped: the sentinel counts no stall until it starts again.
    mutating func stopped() {
        self.lastProbe = nil
        self.stallCounted = false
    }

    /// The probe woke at `now`, `lag` nanoseconds after it asked to.
    ///
    /// - Returns: How long the stall that this wake-up ends lasted, when the sentinel counted one.
    mutating func probeWoke(at now: Int64, lag: Int64) -> Int64? {
        self.advance(to: now)
        let microseconds = UInt64(min(max(0, lag / 1_000), Int64(Self.highestMicroseconds)))
        _ = self.current.recordCorrectedValue(microseconds, expectedInterval: self.resolutionMicroseconds)
        defer {
            self.lastProbe = now
            self.stallCounted = false
        }
        guard self.stallCounted, let lastProbe = self.lastProbe else { return nil }
        return now - lastProbe
    }

    /// The sentinel looks at `now`: a stall begins when the probe has not run for the stall threshold, and is counted
    /// once however long it lasts.
    mutating func check(at now: Int64) -> Stall? {
        guard let lastProbe = self.lastProbe, !self.stallCounted else { return nil }
        let stalledFor = now - lastProbe
        guard stalledFor >= self.stallThresholdNanoseconds else { return nil }
        self.stallCounted = true
        self.stalls += 1
        return Stall(stalledFor: stalledFor, count: self.stalls)
    }

    /// The percentiles of the window ending at `now`, the samples in it and the stalls counted.
    mutating func snapshot(at now: Int64) -> StarvationWatchdog.Snapshot {
        self.advance(to: now)
        var merged = Self.makeHistogram()
        merged.add(self.previous)
        merged.add(self.current)
        guard merged.totalCount > 0 else {
            return StarvationWatchdog.Snapshot(p50: .zero, p99: .zero, max: .zero, samples: 0, stalls: self.stalls)
        }
        return StarvationWatchdog.Snapshot(
            p50: .microseconds(Int64(merged.valueAtPercentile(50))),
            p99: .microseconds(Int64(merged.valueAtPercentile(99))),
            max: .microseconds(Int64(merged.max)),
            samples: Int(merged.totalCount),
            stalls: self.stalls
        )
    }

    /// Moves the intervals on to the one holding `now`: the current one becomes the previous one, or both are emptied
    /// when more than an interval passed.
    private mutating func advance(to now: Int64) {
        let epoch = now / self.intervalNanoseconds
        guard epoch > self.epoch else { return }
        if epoch == self.epoch + 1 {
            swap(&self.current, &self.previous)
            self.current.reset()
        } else {
            self.current.reset()
            self.previous.reset()
        }
        self.epoch = epoch
    }
}
