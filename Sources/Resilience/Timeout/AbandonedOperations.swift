import Synchronization

/// Which abandoned operations are still running, by the task whose caller was answered without them: how a bulkhead
/// (or any capacity limit) finds out that the call it admitted left work behind, and keeps its permit until that work
/// really ends.
///
/// A timeout answers its caller at the deadline while the operation may keep running. A bulkhead around that timeout
/// must not give its permit back then, or it would admit a new call while the old one still holds a connection or a
/// thread. Binding a task-local value per bulkhead call would let the timeout find the bulkhead, but costs about
/// 100 ns per call. Instead, the timeout registers the operation here, under its caller's task, before it answers;
/// a bulkhead reads ``mark()`` (one atomic load) when it admits a call and compares it again when the call returns.
/// Only when an operation was abandoned somewhere in between does it look here, and defer its release until every
/// operation abandoned by its own task since the mark has ended.
@usableFromInline
final class AbandonedOperations: Sendable {
    /// The registry every timeout and bulkhead uses.
    @usableFromInline
    static let shared = AbandonedOperations()

    /// Called once when the abandoned work it waits for has ended.
    typealias Action = @Sendable () -> Void

    /// Runs its action when the last of the operations it waits for ends.
    private final class Countdown: @unchecked Sendable {
        // Mutated only under the registry's lock.
        var remaining: Int
        let action: Action

        init(remaining: Int, action: @escaping Action) {
            self.remaining = remaining
            self.action = action
        }
    }

    private struct Entry {
        let operation: ObjectIdentifier
        let sequence: UInt64
    }

    private struct State {
        /// The running abandoned operations of each caller task.
        var byTask: [Int: [Entry]] = [:]
        /// What waits for each running abandoned operation.
        var waiting: [ObjectIdentifier: [Countdown]] = [:]
    }

    @usableFromInline
    let sequence = Atomic<UInt64>(0)
    private let state = LockedValue(State())

    /// The number of abandoned operations registered so far; compare it before and after a call.
    @inlinable
    func mark() -> UInt64 {
        self.sequence.load(ordering: .acquiring)
    }

    /// The key of the current task, for ``register(_:callerTask:)``.
    @usableFromInline
    static func currentTaskKey() -> Int {
        // The task's address, read without hashing it (a timed call asks on every call): unique while the task lives,
        // which covers every use, since a key is registered and looked up while its task waits for the call.
        withUnsafeCurrentTask { task in
            guard let task else { return 0 }
            return unsafeBitCast(task, to: Int.self)
        }
    }

    /// Records that `operation`, started by the task `callerTask`, keeps running after its caller was answered. Call it
    /// before answering the caller.
    @usableFromInline
    func register(_ operation: AnyObject, callerTask: Int) {
        self.state.withLock { state in
            let sequence = self.sequence.load(ordering: .relaxed) &+ 1
            state.byTask[callerTask, default: []].append(
                Entry(operation: ObjectIdentifier(operation), sequence: sequence)
            )
            self.sequence.store(sequence, ordering: .releasing)
        }
    }

    /// Records that the abandoned `operation` has ended, and runs whatever waited for it.
    @usableFromInline
    func ended(_ operation: AnyObject, callerTask: Int) {
        let key = ObjectIdentifier(operation)
        let due = self.state.withLock { state -> [Countdown] in
            if var entries = state.byTask[callerTask] {
                entries.removeAll { $0.operation == key }
                state.byTask[callerTask] = entries.isEmpty ? nil : entries
            }
            guard let countdowns = state.waiting.removeValue(forKey: key) else { return [] }
            return countdowns.filter { countdown in
                countdown.remaining -= 1
                return countdown.remaining == 0
            }
        }
        for countdown in due {
            countdown.action()
        }
    }

    /// Runs `action` once every operation abandoned by the current task since `mark` has ended: at once when none is
    /// still running, otherwise when the last of them ends.
    func runWhenEnded(since mark: UInt64, _ action: @escaping Action) {
        let task = Self.currentTaskKey()
        let deferred = self.state.withLock { state in
            guard let entries = state.byTask[task] else { return false }
            let pending = entries.filter { $0.sequence > mark }
            guard !pending.isEmpty else { return false }
            let countdown = Countdown(remaining: pending.count, action: action)
            for entry in pending {
                state.waiting[entry.operation, default: []].append(countdown)
            }
            return true
        }
        if !deferred {
            action()
        }
    }
}
