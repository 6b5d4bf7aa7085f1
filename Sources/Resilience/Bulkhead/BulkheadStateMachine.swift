/// The logic of a ``Bulkhead``: how many calls hold a permit, who waits for one, and who gets the next.
///
/// A pure value: it reads no clock, takes no lock and resumes nothing. The shell calls it under its lock and carries
/// out what it returns (resume a waiter, cancel its timer) after unlocking. `Waiter` is whatever the shell needs to
/// resume a waiting call; tests use plain values.
///
/// Rules:
/// - A call is admitted at once when a permit is free **and no one is waiting**: waiters are served first in, first
///   out, and a new call never overtakes them.
/// - A released permit goes straight to the first waiter, so the number of permits in use never drops below the
///   maximum while someone waits.
/// - A waiter that leaves (cancelled, or its wait ran out) leaves the queue at once; it never held a permit, so it
///   gives nothing back.
/// - A call that returns while work it abandoned is still running keeps its permit: the shell reports it with
///   ``permitHeldByAbandonedWork()`` and releases it with ``abandonedWorkEnded()`` when that work ends.
struct BulkheadStateMachine<Waiter> {
    /// What ``release()`` calls for.
    enum ReleaseAction {
        /// Nothing: the permit is free again.
        case none
        /// Resume this waiter: it now holds the released permit.
        case resume(Waiter)
    }

    /// The most calls that may hold a permit at once.
    private(set) var maxConcurrentCalls: Int

    /// How long a call may wait for a permit, in nanoseconds. The machine does not use it; it is kept here so that the
    /// shell reads both limits under one lock, and changes them together (``resize(maxConcurrentCalls:)``).
    var maxWaitNanoseconds: Int64 = 0

    /// The number of permits held: by running calls, by calls being resumed, and by abandoned work.
    private(set) var permitsInUse = 0

    /// Takes the count of permits in use that calls kept without the lock (``BulkheadPermitWord``) while the machine
    /// was not looking; the shell hands it in before every input.
    mutating func adopt(permitsInUse: Int) {
        precondition(
            permitsInUse >= self.permitsHeldByAbandonedWork,
            "abandoned work holds more permits than are in use"
        )
        self.permitsInUse = permitsInUse
    }

    /// The number of those permits held only by abandoned work (see ``AbandonedWork``).
    private(set) var permitsHeldByAbandonedWork = 0

    /// The number of calls rejected since creation.
    private(set) var numberOfRejectedCalls = 0

    private var waiters = WaiterQueue<Waiter>()

    /// Creates the state of a bulkhead with `maxConcurrentCalls` permits, all free.
    init(maxConcurrentCalls: Int) {
        precondition(maxConcurrentCalls > 0, "validated by the shell")
        self.maxConcurrentCalls = maxConcurrentCalls
    }

    /// The number of calls waiting for a permit.
    var numberOfWaitingCalls: Int { self.waiters.count }

    /// The number of free permits.
    var availablePermits: Int { max(0, self.maxConcurrentCalls - self.permitsInUse) }

    /// A call arrives. Returns `true` when it is admitted and holds a permit; `false` when it must wait or be rejected.
    mutating func tryAcquire() -> Bool {
        guard self.permitsInUse < self.maxConcurrentCalls, self.waiters.isEmpty else { return false }
        self.permitsInUse += 1
        return true
    }

    /// A call that found no free permit will not wait: count the rejection.
    mutating func reject() {
        self.numberOfRejectedCalls += 1
    }

    /// What ``enqueue(_:)`` decided.
    enum EnqueueDecision {
        /// A permit became free in between: the call holds it and does not wait.
        case admitted
        /// The call waits in the queue under this ID.
        case waiting(WaiterQueue<Waiter>.ID)
    }

    /// A call that found no free permit waits for one.
    mutating func enqueue(_ waiter: Waiter) -> EnqueueDecision {
        if self.tryAcquire() {
            return .admitted
        }
        return .waiting(self.waiters.append(waiter))
    }

    /// Changes a waiting call's entry (the shell stores its timer there); `false` when it no longer waits.
    mutating func updateWaiter(_ id: WaiterQueue<Waiter>.ID, _ body: (inout Waiter) -> Void) -> Bool {
        self.waiters.update(id, body)
    }

    /// A waiting call was cancelled. Returns its entry, or `nil` when it was already resumed.
    mutating func cancelWaiter(_ id: WaiterQueue<Waiter>.ID) -> Waiter? {
        self.waiters.remove(id)
    }

    /// A waiting call's maximum wait has passed. Returns its entry, or `nil` when it was already resumed; the call is
    /// then counted as rejected.
    mutating func waitExpired(_ id: WaiterQueue<Waiter>.ID) -> Waiter? {
        guard let waiter = self.waiters.remove(id) else { return nil }
        self.numberOfRejectedCalls += 1
        return waiter
    }

    /// A call holding a permit returned.
    mutating func release() -> ReleaseAction {
        precondition(self.permitsInUse > 0, "released a permit that was not held")
        // After the bulkhead shrank, more permits may be in use than allowed: those are retired, not handed on.
        if self.permitsInUse <= self.maxConcurrentCalls, let (_, waiter) = self.waiters.removeFirst() {
            return .resume(waiter)
        }
        self.permitsInUse -= 1
        return .none
    }

    /// The maximum changed at run time. A larger one admits waiters at once (returned, first in first out, each now
    /// holding a permit); a smaller one takes effect as calls return: no running call is stopped, and released permits
    /// are retired until fewer than the new maximum are in use.
    mutating func resize(maxConcurrentCalls: Int) -> [Waiter] {
        precondition(maxConcurrentCalls > 0, "validated by the shell")
        self.maxConcurrentCalls = maxConcurrentCalls
        var admitted: [Waiter] = []
        while self.permitsInUse < maxConcurrentCalls, let (_, waiter) = self.waiters.removeFirst() {
            self.permitsInUse += 1
            admitted.append(waiter)
        }
        return admitted
    }

    /// A call returned, but work it abandoned still runs: its permit stays taken until ``abandonedWorkEnded()``.
    mutating func permitHeldByAbandonedWork() {
        precondition(self.permitsInUse > self.permitsHeldByAbandonedWork, "no call holds a permit")
        self.permitsHeldByAbandonedWork += 1
    }

    /// The abandoned work that held a permit has ended: the permit is released.
    mutating func abandonedWorkEnded() -> ReleaseAction {
        precondition(self.permitsHeldByAbandonedWork > 0, "no permit is held by abandoned work")
        self.permitsHeldByAbandonedWork -= 1
        return self.release()
    }

}
