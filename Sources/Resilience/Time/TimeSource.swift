#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The time a policy reads on its hot path, as nanoseconds since an origin.
///
/// `ContinuousClock` and `SuspendingClock` are read through the operating system's monotonic clock, without a generic
/// `Clock` in between; when every duration the policy measures is far above its resolution, through the coarse
/// variant of that clock, which costs a few nanoseconds instead of a few dozen. Any other clock (a test's
/// `ManualClock`) is read exactly, through its own `now`.
@usableFromInline
struct TimeSource: Sendable {
    @usableFromInline
    final class CustomClock: Sendable {
        @usableFromInline
        let now: @Sendable () -> Int64
        let sleep: @Sendable (Int64) async throws -> Void

        init<C: Clock<Duration>>(_ clock: C) {
            let origin = clock.now
            self.now = { origin.duration(to: clock.now).nanoseconds }
            self.sleep = { deadline in
                try await clock.sleep(until: origin.advanced(by: .nanoseconds(deadline)), tolerance: nil)
            }
        }
    }

    @usableFromInline
    let custom: CustomClock?

    @usableFromInline
    let systemClockID: clockid_t

    /// Creates the time source for `clock`.
    ///
    /// - Parameters:
    ///   - clock: The clock the user gave.
    ///   - shortestMeasuredDuration: The shortest duration, in nanoseconds, that the policy measures or waits for;
    ///     the coarse system clock is used when it is at least 100 times that clock's resolution.
    init<C: Clock<Duration>>(_ clock: C, shortestMeasuredDuration: Int64) {
        if Self.isSystemClock(C.self) {
            self.custom = nil
            if let resolution = Self.coarseResolution, resolution > 0,
                shortestMeasuredDuration / 100 >= resolution
            {
                self.systemClockID = Self.coarseClockID
            } else {
                self.systemClockID = Self.preciseClockID
            }
        } else {
            self.custom = CustomClock(clock)
            self.systemClockID = Self.preciseClockID
        }
    }

    /// Whether `C` is read through the operating system's monotonic clock (`ContinuousClock`, `SuspendingClock`)
    /// rather than through its own `now`. Metatypes are compared, not a clock cast: the timeout functions ask on every
    /// call.
    @inlinable
    static func isSystemClock<C: Clock<Duration>>(_: C.Type) -> Bool {
        C.self == ContinuousClock.self || C.self == SuspendingClock.self
    }

    /// The current instant, in nanoseconds since the origin.
    @inlinable
    func now() -> Int64 {
        if let custom = self.custom {
            return custom.now()
        }
        var time = timespec()
        clock_gettime(self.systemClockID, &time)
        return Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }

    /// Suspends until `now() >= deadline`; throws `CancellationError` when the task is cancelled.
    func sleep(until deadline: Int64) async throws {
        if let custom = self.custom {
            try await custom.sleep(deadline)
            return
        }
        // A coarse clock may still be a tick short after the sleep: the loop then sleeps that remainder. Far deadlines
        // are slept in rounds of at most a day, so that no clock arithmetic can overflow.
        while true {
            let remaining = deadline - self.now()
            if remaining <= 0 { return }
            try await Task.sleep(for: .nanoseconds(min(remaining, 86_400 * 1_000_000_000)))
        }
    }

    #if canImport(Darwin)
    @usableFromInline
    static let preciseClockID = CLOCK_UPTIME_RAW
    static let coarseClockID = CLOCK_UPTIME_RAW_APPROX
    #else
    @usableFromInline
    static let preciseClockID = CLOCK_MONOTONIC
    static let coarseClockID = CLOCK_MONOTONIC_COARSE
    #endif

    /// The resolution of the coarse clock in nanoseconds, or `nil` when it cannot be read.
    static let coarseResolution: Int64? = {
        var resolution = timespec()
        guard clock_getres(coarseClockID, &resolution) == 0 else { return nil }
        return Int64(resolution.tv_sec) * 1_000_000_000 + Int64(resolution.tv_nsec)
    }()
}
