/// The instant by which the current work must be done, carried along with the task.
///
/// ``withTimeout(_:name:clock:abandonedWork:operation:)`` and ``withDeadline(_:name:clock:abandonedWork:operation:)``
/// set ``current`` for the operation they run, so that code further down knows how much time is left and can pass it
/// on, to a client's own deadline or to the next service in a request header:
///
/// ```swift
/// if let deadline = Deadline.current {
///     request.headers.add(name: "x-deadline-ms", value: "\(deadline.remaining.milliseconds)")
///     let response = try await httpClient.execute(request, deadline: .now() + .nanoseconds(deadline.remaining))
/// }
/// ```
///
/// Nested timeouts never extend the time: an inner timeout takes the earlier of its own deadline and the current one.
public struct Deadline: Sendable, CustomStringConvertible {
    /// The scheduler whose clock the deadline is on.
    let scheduler: DeadlineScheduler
    /// The deadline, in the scheduler's nanoseconds.
    let instant: Int64

    init(scheduler: DeadlineScheduler, instant: Int64) {
        self.scheduler = scheduler
        self.instant = instant
    }

    /// The innermost deadline of the current task, if any.
    @TaskLocal public static var current: Deadline?

    /// The time left until the deadline; zero or negative once it has passed.
    public var remaining: Duration {
        .nanoseconds(self.remainingNanoseconds)
    }

    /// Whether the deadline has passed.
    public var hasPassed: Bool {
        self.remainingNanoseconds <= 0
    }

    var remainingNanoseconds: Int64 {
        self.instant - self.scheduler.timeSource.now()
    }

    public var description: String {
        "Deadline(remaining: \(self.remaining))"
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded down; for headers and clients that take milliseconds.
    public var milliseconds: Int64 {
        self.nanoseconds / 1_000_000
    }
}
