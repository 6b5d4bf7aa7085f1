import Synchronization

/// An operation that ignores cancellation: it runs until the test releases it, whatever happens to its task. The
/// dependency that holds its callers hostage, for testing that timeouts answer anyway and that abandoned work is
/// accounted for.
///
/// ```swift
/// let hostage = Hostage()
/// let call = Task { try await withTimeout(.seconds(1), clock: clock) { await hostage.run() } }
/// await hostage.waitUntilRunning()
/// await clock.advance(by: .seconds(1))     // the caller gets its TimeoutError; the operation runs on
/// hostage.release()                        // now it ends, and abandoned work with it
/// ```
public final class Hostage: Sendable {
    private let gate = Gate()
    private let entered = Gate()
    private let cancelled = Atomic<Bool>(false)

    /// An operation not yet started.
    public init() {}

    /// Runs until ``release()``, ignoring cancellation, and notes whether its task was cancelled by then.
    ///
    /// - Returns: `"released"`.
    public func run() async -> String {
        self.entered.open()
        await self.gate.wait()
        if Task.isCancelled { self.cancelled.store(true, ordering: .relaxed) }
        return "released"
    }

    /// Suspends until ``run()`` has started.
    public func waitUntilRunning() async {
        await self.entered.wait()
    }

    /// Lets ``run()`` return.
    public func release() {
        self.gate.open()
    }

    /// Whether the task running the operation had been cancelled when it was released.
    public var sawCancellation: Bool {
        self.cancelled.load(ordering: .relaxed)
    }
}

/// Sleeps `duration` whether or not the calling task is cancelled: a dependency that ignores cancellation, for demos
/// and tests with real time. Tests of time logic use a ``ManualClock`` and a ``Hostage`` instead.
public func sleepIgnoringCancellation(_ duration: Duration) async {
    await Task { try? await Task.sleep(for: duration) }.value
}
