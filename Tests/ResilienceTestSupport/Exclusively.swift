import Foundation

/// Runs `body` while no other caller of `exclusively` runs: the tests that measure time on real sockets take it, and
/// so do the tests that start a PostgreSQL (an `initdb` keeps a core busy for a second). They live in different
/// suites of one test process, which Swift Testing runs in parallel; on 2 cores (10 times slower under
/// ThreadSanitizer) a server starting beside a latency measurement adds milliseconds to it.
public func exclusively<T>(_ body: () async throws -> T) async throws -> T {
    await ExclusiveSection.shared.enter()
    do {
        let result = try await body()
        await ExclusiveSection.shared.leave()
        return result
    } catch {
        await ExclusiveSection.shared.leave()
        throw error
    }
}

/// The section `exclusively` guards: one holder, the others waiting in order.
actor ExclusiveSection {
    static let shared = ExclusiveSection()

    private var held = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        guard self.held else {
            self.held = true
            return
        }
        await withCheckedContinuation { self.waiting.append($0) }
    }

    func leave() {
        if self.waiting.isEmpty {
            self.held = false
        } else {
            // Handed over: the section stays held, by the next in line.
            self.waiting.removeFirst().resume()
        }
    }
}

/// Whether the tests run under ThreadSanitizer (`.ci/run` sets `TSAN_OPTIONS` for that step): timing bounds that measure
/// our code rather than the sanitizer hold only without it.
public let underThreadSanitizer = ProcessInfo.processInfo.environment["TSAN_OPTIONS"] != nil

/// How late past its deadline a hung call may be answered in a timing test: 100 ms, and 250 ms under ThreadSanitizer,
/// where the timer's task waits for a thread (full runs there answered 2.5 and 7.6 ms past the 100 ms).
public let deadlineSlack: Duration = underThreadSanitizer ? .milliseconds(250) : .milliseconds(100)
