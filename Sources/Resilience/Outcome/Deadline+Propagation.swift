extension Deadline {
    /// A deadline `duration` from now on `clock`, for code that has a budget from elsewhere (a request header) and
    /// wants to compare it with ``current`` or run under it with ``withDeadline(_:name:clock:abandonedWork:operation:)``.
    ///
    /// - Parameters:
    ///   - duration: The time left; zero or less makes a deadline that has passed.
    ///   - clock: The clock that measures it. Tests pass a `ManualClock`.
    public static func after<C: Clock<Duration>>(_ duration: Duration, clock: C = ContinuousClock()) -> Deadline {
        let scheduler = DeadlineScheduler.scheduler(for: clock)
        return Deadline(
            scheduler: scheduler,
            instant: scheduler.timeSource.now().addingSaturating(duration.nanoseconds)
        )
    }

    /// This deadline or `other`, whichever comes first; this one when `other` is `nil`.
    ///
    /// Deadlines on the same clock are compared exactly; on different clocks, by the time each has left now.
    public func earlier(than other: Deadline?) -> Deadline {
        guard let other else { return self }
        if other.scheduler === self.scheduler {
            return other.instant < self.instant ? other : self
        }
        return other.remainingNanoseconds < self.remainingNanoseconds ? other : self
    }
}

extension Deadline {
    /// How early an error may arrive and still be the deadline's: a timer fires on time or late, and the cancellation
    /// it causes travels through a task switch or two. An adapter counts an error that arrives this close to the
    /// caller's deadline as a timeout of the dependency, not as the caller leaving.
    package static let arrivalSlackNanoseconds: Int64 = 2_000_000
}
