/// The instant by which the current work must be done, carried along with the task.
///
/// ``withTimeout(_:name:clock:abandonedWork:operation:)`` and ``withDeadline(_:name:clock:abandonedWork:operation:)``
/// set ``current`` for the operation they run, so that code further down knows how much time is left and can pass it
/// on, to a client's own deadline or to the next service in a request header:
///
/// ```swift
/// if let deadline = Deadline.current {
///     request.headers.add(name: "x-deadline-ms", value: "\(deadline.remainingMilliseconds)")
///     let response = try await httpClient.execute(request, deadline: .now() + .nanoseconds(deadline.remainingNanoseconds))
/// }
/// ```
///
/// Nested timeouts never extend the time: an inner timeout takes the earlier of its own deadline and the current one.
public struct Deadline: Sendable, CustomStringConvertible {
    /// The scheduler whose clock the deadline is on.
    @usableFromInline
    let scheduler: DeadlineScheduler
    /// The deadline, in the scheduler's nanoseconds.
    @usableFromInline
    let instant: Int64

    @inlinable
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

    /// The time left until the deadline in whole nanoseconds, for clients that take an integer deadline
    /// (SwiftNIO's `NIODeadline.now() + .nanoseconds(deadline.remainingNanoseconds)`).
    public var remainingNanoseconds: Int64 {
        self.instant - self.scheduler.timeSource.now()
    }

    /// The time left until the deadline in whole milliseconds, rounded down, for request headers.
    public var remainingMilliseconds: Int64 {
        self.remainingNanoseconds / 1_000_000
    }

    public var description: String {
        "Deadline(remaining: \(self.remaining))"
    }
}
