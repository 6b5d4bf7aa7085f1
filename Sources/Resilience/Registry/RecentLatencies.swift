import Logging

/// How long something took recently, in the windowed histogram an integration point keeps for its calls
/// (``CallStatistics/latency``), for an adapter's own measurements: the wait for a pooled connection, the time a disk
/// call held its thread.
///
/// Recording costs two clock reads and a short lock; the percentiles cover the last 5 to 10 seconds.
package final class RecentLatencies: Sendable {
    private let recorder: CallRecorder

    /// Creates an empty record, timed by `clock`.
    package init<C: Clock<Duration>>(clock: C = ContinuousClock()) {
        self.recorder = CallRecorder(
            name: "",
            timeSource: TimeSource(clock, shortestMeasuredDuration: 1_000),
            logger: Logger(label: "resilience.recent-latencies", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    /// The current instant, to pass to ``record(since:)``.
    package func now() -> Int64 {
        self.recorder.timeSource.now()
    }

    /// Records one duration, from `start` (from ``now()``) until now, and returns it in nanoseconds: one clock read.
    @discardableResult
    package func record(since start: Int64) -> Int64 {
        self.recorder.recordSuccess(since: start) ?? 0
    }

    /// How many durations were recorded in all, and the percentiles of those within the window (`nil` when none
    /// were): one merge of the window's histograms for both.
    package var summary: (count: Int, recent: CallStatistics.Latency?) {
        let statistics = self.recorder.statistics
        return (statistics.successfulCalls, statistics.latency)
    }
}
