import Dispatch
import Foundation
import Synchronization

/// Ends the process with a diagnosis when a phase outlasts its bound, so that a hang fails the run within minutes and
/// says where it hung, instead of holding CI until its own limit with nothing printed.
///
/// It watches from a Dispatch thread, not from the cooperative pool, which a hang may hold. Each phase is printed, and
/// standard output flushed, as it starts: into a pipe, what a killed run had printed would otherwise be lost.
///
/// `@unchecked Sendable`: the timer is set once, in `init`, and a Dispatch source may be cancelled from any thread.
final class HangGuard: @unchecked Sendable {
    private struct Phase {
        var name: String
        var deadline: ContinuousClock.Instant
        var bound: Duration
        var diagnose: @Sendable () -> String
    }

    private let phase = Mutex<Phase?>(nil)
    private let timer: any DispatchSourceTimer

    init() {
        self.timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "resilience.reliability.hang-guard"))
        self.timer.schedule(deadline: .now() + .seconds(1), repeating: .seconds(1), leeway: .milliseconds(100))
        self.timer.setEventHandler { [weak self] in
            self?.check()
        }
        self.timer.resume()
    }

    deinit {
        self.timer.cancel()
    }

    /// Starts a phase that must end within `bound`; `diagnose` says what was still held if it does not.
    func enter(_ name: String, bound: Duration, diagnose: @escaping @Sendable () -> String = { "" }) {
        print("  \(name)")
        fflush(nil)
        let deadline = ContinuousClock.now.advanced(by: bound)
        self.phase.withLock { $0 = Phase(name: name, deadline: deadline, bound: bound, diagnose: diagnose) }
    }

    /// Ends the current phase: nothing is watched until the next one.
    func leave() {
        self.phase.withLock { $0 = nil }
    }

    private func check() {
        guard let phase = self.phase.withLock({ $0 }), ContinuousClock.now >= phase.deadline else { return }
        // Said before diagnosing: reading what is held takes locks, which a deadlock would hold.
        print("HANG: \(phase.name) did not end within \(phase.bound)")
        fflush(nil)
        let diagnosis = phase.diagnose()
        if !diagnosis.isEmpty { print("HANG: \(diagnosis)") }
        fflush(nil)
        exit(3)
    }
}
