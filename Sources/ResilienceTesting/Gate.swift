import Resilience

/// Suspends tasks until it is opened: a test holds an operation inside a policy (a bulkhead's permit, a half-open
/// probe) exactly as long as it needs to, without sleeping.
///
/// ```swift
/// let gate = Gate()
/// let call = Task { try await bulkhead.run { await gate.wait() } }   // holds a permit
/// // … assert what happens while the permit is held …
/// gate.open()
/// try await call.value
/// ```
public final class Gate: Sendable {
    private let state = LockedValue<(isOpen: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    /// A closed gate.
    public init() {}

    /// Whether the gate is open.
    public var isOpen: Bool {
        self.state.withLock { $0.isOpen }
    }

    /// Suspends until the gate is opened; returns at once when it is open already. Not cancellable: a task waiting
    /// here is one that ignores cancellation.
    public func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isOpen = self.state.withLock { state in
                if !state.isOpen { state.waiters.append(continuation) }
                return state.isOpen
            }
            if isOpen { continuation.resume() }
        }
    }

    /// Opens the gate for good: resumes every waiting task, and every later ``wait()`` returns at once.
    public func open() {
        let waiters = self.state.withLock { state in
            state.isOpen = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}
