import Logging
import ResilienceTesting
import Synchronization
import Testing

@testable import Resilience

/// The breaker's shortcuts (issue 19): untimed calls, the quick record of a success, rejections without the lock. Each
/// must give exactly what the general path gives.
@Suite("Circuit breaker hot paths")
struct CircuitBreakerHotPathTests {
    func makeBreaker(
        clock: ManualClock = ManualClock(),
        _ adjust: (inout CircuitBreaker.Configuration) -> Void = { _ in }
    ) throws -> CircuitBreaker {
        try CircuitBreakerTests().makeBreaker(clock: clock, adjust)
    }

    func admission(of breaker: CircuitBreaker) -> UInt64 {
        breaker.admission.load(ordering: .relaxed) & CircuitBreaker.tagMask
    }

    @Test func withoutSlowCallDetectionCallsAreNotTimedAndNoneIsSlow() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock) {
            $0.detectsSlowCalls = false
            $0.slowCallRateThreshold = 0.25
        }
        #expect(admission(of: breaker) == CircuitBreaker.admitAndRecordUntimedTag)
        for _ in 0..<8 {
            let permit = try breaker.acquirePermission().get()
            #expect(permit.start == CircuitBreaker.Permit.untimed)
            await clock.advance(by: .seconds(5))
            breaker.record(permit, outcome: .success)
        }
        let metrics = breaker.metrics
        #expect(metrics.numberOfBufferedCalls == 4)
        #expect(metrics.numberOfSlowCalls == 0)
        #expect(metrics.slowCallRate == 0)
        #expect(breaker.state == .closed)
    }

    @Test func withoutSlowCallDetectionFailuresStillOpenTheBreakerAtTheExactCall() async throws {
        let breaker = try makeBreaker { $0.detectsSlowCalls = false }
        for _ in 0..<3 {
            breaker.record(try breaker.acquirePermission().get(), outcome: .failure)
        }
        #expect(breaker.state == .closed)
        // The fourth call fills the window: 100 % failures, opened through the trip the untimed record left pending.
        breaker.record(try breaker.acquirePermission().get(), outcome: .failure)
        #expect(breaker.state == .open)
        guard case .failure(let rejection) = breaker.acquirePermission() else {
            Issue.record("an open breaker admitted a call")
            return
        }
        #expect(rejection.retryAfter == .seconds(60))
    }

    @Test func aTimeBasedWindowWithoutSlowCallDetectionFilesCallsByTheInstantTheyEnd() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock) {
            $0.detectsSlowCalls = false
            $0.slidingWindow = .timeBased(duration: .seconds(3))
            $0.minimumNumberOfCalls = 100
        }
        #expect(admission(of: breaker) == CircuitBreaker.admitAndRecordWithInstantTag)
        for _ in 0..<3 {
            breaker.record(try breaker.acquirePermission().get(), outcome: .success)
        }
        await clock.advance(by: .seconds(2))
        breaker.record(try breaker.acquirePermission().get(), outcome: .success)
        #expect(breaker.metrics.numberOfBufferedCalls == 4)
        // The first three leave the window with their bucket; the fourth stays.
        await clock.advance(by: .seconds(1))
        #expect(breaker.metrics.numberOfBufferedCalls == 1)
    }

    @Test func aSubscriberMakesCallsTimedAndRejectionsPublishedUntilItLeaves() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock) { $0.detectsSlowCalls = false }
        do {
            let events = EventRecorder(breaker)
            #expect(admission(of: breaker) == CircuitBreaker.admitAndRecordTag)
            let permit = try breaker.acquirePermission().get()
            await clock.advance(by: .milliseconds(1_500))
            breaker.record(permit, outcome: .success)
            // Timed for the subscriber, and still not slow: the breaker does not detect slow calls.
            #expect(
                await events.next() == .callFinished(outcome: .success, duration: .milliseconds(1_500), isSlow: false)
            )
            breaker.transition(to: .open)
            #expect(await events.nextTransition()?.to == .open)
            #expect(admission(of: breaker) == CircuitBreaker.lockedTag)
            _ = breaker.acquirePermission()
            #expect(await events.next() == .callNotPermitted(state: .open, retryAfter: .seconds(60)))
        }
        // The recorder is gone: rejections need no lock again.
        #expect(admission(of: breaker) == CircuitBreaker.rejectWhileOpenTag)
    }

    @Test func aRejectionWithoutTheLockCarriesTheTimeLeftAndIsCounted() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock)
        breaker.transition(to: .open)
        #expect(admission(of: breaker) == CircuitBreaker.rejectWhileOpenTag)
        await clock.advance(by: .seconds(20))
        for _ in 0..<5 {
            guard case .failure(let rejection) = breaker.acquirePermission() else {
                Issue.record("an open breaker admitted a call")
                return
            }
            #expect(rejection.state == .open)
            #expect(rejection.retryAfter == .seconds(40))
        }
        #expect(breaker.metrics.numberOfNotPermittedCalls == 5)
        // The wait is over: the next call moves the breaker to half-open under the lock and is admitted as a probe.
        await clock.advance(by: .seconds(40))
        let events = EventRecorder(breaker)
        _ = try breaker.acquirePermission().get()
        let transition = try #require(await events.nextTransition())
        #expect(transition.to == .halfOpen)
        #expect(transition.metrics.numberOfNotPermittedCalls == 5)
    }

    @Test func rejectionsRacingWithTransitionsAreCountedInTheirPeriodExactly() async throws {
        let breaker = try makeBreaker()
        // A transition observer, unlike an event subscriber, leaves rejections to the path without the lock.
        let countedWhileOpen = Mutex(0)
        let transitions = Mutex(0)
        _ = breaker.addTransitionObserver { transition in
            transitions.withLock { $0 += 1 }
            if transition.from == .open {
                countedWhileOpen.withLock { $0 += transition.metrics.numberOfNotPermittedCalls }
            }
        }
        final class Callers: Sendable {
            let rejectedWhileOpen = Atomic(0)
            let stop = Atomic(false)
        }
        let callers = Callers()
        let rounds = 300
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    while !callers.stop.load(ordering: .relaxed) {
                        for _ in 0..<64 {
                            switch breaker.acquirePermission() {
                            case .success(let permit):
                                breaker.record(permit, outcome: .success)
                            case .failure(let rejection):
                                #expect(rejection.state == .open)
                                callers.rejectedWhileOpen.add(1, ordering: .relaxed)
                            }
                        }
                        // Two cooperative threads here: leave one to the task that makes the transitions.
                        await Task.yield()
                    }
                }
            }
            for _ in 0..<rounds {
                breaker.transition(to: .open)
                await Task.yield()
                breaker.transition(to: .closed)
                await Task.yield()
            }
            callers.stop.store(true, ordering: .relaxed)
        }
        #expect(transitions.withLock { $0 } == 2 * rounds)
        let rejected = callers.rejectedWhileOpen.load(ordering: .relaxed)
        #expect(rejected > 0)
        #expect(countedWhileOpen.withLock { $0 } == rejected)
    }

    @Test func successesCountedWithoutTheLockAreNeverLost() async throws {
        let breaker = try makeBreaker {
            $0.slidingWindow = .countBased(size: 1_000)
            $0.minimumNumberOfCalls = 1_000
            $0.failureRateThreshold = 1.0
            $0.detectsSlowCalls = false
        }
        // A full window: 999 failures, then a success (99.9 % < 100 %: closed).
        for _ in 0..<999 { breaker.record(try breaker.acquirePermission().get(), outcome: .failure) }
        breaker.record(try breaker.acquirePermission().get(), outcome: .success)
        #expect(breaker.metrics.numberOfFailedCalls == 999)
        // 999 successes from two tasks, without the lock, while metrics reads take them over: they replace the 999
        // failures exactly, so one lost success would leave a failure in the window.
        await withTaskGroup(of: Void.self) { group in
            for half in [500, 499] {
                group.addTask {
                    for index in 0..<half {
                        guard case .success(let permit) = breaker.acquirePermission() else { return }
                        breaker.record(permit, outcome: .success)
                        if index.isMultiple(of: 64) { await Task.yield() }
                    }
                }
            }
            for _ in 0..<50 {
                _ = breaker.metrics
                await Task.yield()
            }
        }
        let metrics = breaker.metrics
        #expect(metrics.numberOfBufferedCalls == 1_000)
        #expect(metrics.numberOfFailedCalls == 0)
        #expect(breaker.state == .closed)
    }
}
