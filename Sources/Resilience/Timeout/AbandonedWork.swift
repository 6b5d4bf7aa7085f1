import Synchronization

/// Operations that kept running after their caller was answered: timed out, or their caller was cancelled, and they did
/// not stop when cancelled.
///
/// Abandoned work is the cost of never holding a caller hostage: the caller is free, but the operation still holds
/// whatever it holds (a thread, a connection, a permit) until it really ends. Watch it: a growing number means a
/// dependency whose client ignores cancellation.
///
/// Each ``Timeout`` has its own; ``withTimeout(_:name:clock:abandonedWork:operation:)`` reports to ``shared`` unless
/// told otherwise.
public final class AbandonedWork: Sendable {
    /// Why an operation was abandoned.
    public enum Reason: String, Sendable, Hashable {
        /// Its deadline passed.
        case timedOut = "timed_out"
        /// Its caller was cancelled.
        case callerCancelled = "caller_cancelled"
    }

    /// Something that happened to abandoned work.
    public enum Event: Sendable, Hashable {
        /// An abandoned operation finally ended, `overdue` after its caller was answered.
        case finished(name: String, reason: Reason, overdue: Duration)
    }

    /// The work of every timeout that is not given its own.
    public static let shared = AbandonedWork()

    private let running = Atomic<Int>(0)
    private let total = Atomic<Int>(0)
    private let subscribers = LockedValue(Subscribers<Event>())

    /// Creates an empty account of abandoned work.
    public init() {}

    /// The number of abandoned operations still running now.
    public var numberOfRunningOperations: Int {
        self.running.load(ordering: .relaxed)
    }

    /// The number of operations ever abandoned.
    public var numberOfAbandonedOperations: Int {
        self.total.load(ordering: .relaxed)
    }

    /// A new subscription to the events, buffering the newest 1,024.
    public var events: AsyncStream<Event> {
        Subscribers.stream(bufferingNewest: 1024) { [weak self] body in
            self?.subscribers.withLock { body(&$0) }
        }
    }

    @usableFromInline
    func abandoned() {
        self.running.add(1, ordering: .relaxed)
        self.total.add(1, ordering: .relaxed)
    }

    @usableFromInline
    func finished(name: String, reason: Reason, overdue: Duration) {
        self.running.subtract(1, ordering: .relaxed)
        self.subscribers.withLock { $0.yield(.finished(name: name, reason: reason, overdue: overdue)) }
    }
}
