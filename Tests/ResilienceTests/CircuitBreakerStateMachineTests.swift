import Testing

@testable import Resilience

/// One second in the state machine's nanoseconds.
let second: Int64 = 1_000_000_000

/// A configuration with small, test-friendly numbers.
func smallConfiguration(
    _ adjust: (inout CircuitBreaker.Configuration) -> Void = { _ in }
) -> CircuitBreaker.Configuration {
    var configuration = CircuitBreaker.Configuration()
    configuration.slidingWindow = .countBased(size: 4)
    configuration.minimumNumberOfCalls = 4
    configuration.failureRateThreshold = 0.5
    configuration.slowCallRateThreshold = 0.5
    configuration.slowCallDurationThreshold = .seconds(1)
    configuration.permittedCallsInHalfOpenState = 2
    configuration.waitDurationInOpenState = .seconds(10)
    adjust(&configuration)
    return configuration
}

func machine(_ adjust: (inout CircuitBreaker.Configuration) -> Void = { _ in }) throws -> CircuitBreakerStateMachine {
    CircuitBreakerStateMachine(settings: try smallConfiguration(adjust).validated(name: "test"))
}

extension CircuitBreakerStateMachine {
    /// Admits a call at `now`, expecting it to be permitted, and returns its epoch.
    mutating func admit(at now: Int64, sourceLocation: SourceLocation = #_sourceLocation) -> UInt64 {
        let (decision, _) = self.acquire(now: now)
        guard case .permitted(let epoch) = decision else {
            Issue.record("expected a permit, got \(decision)", sourceLocation: sourceLocation)
            return 0
        }
        return epoch
    }

    /// Admits and records one call that took `duration`, finishing at `now`.
    @discardableResult
    mutating func call(
        _ outcome: CircuitBreaker.Outcome,
        duration: Int64 = 0,
        at now: Int64 = 0,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> RecordResult {
        let epoch = self.admit(at: now, sourceLocation: sourceLocation)
        return self.record(epoch: epoch, outcome: outcome, duration: duration, now: now)
    }

    /// Opens a closed machine with four failures.
    mutating func tripOpen(at now: Int64 = 0) {
        for _ in 0..<4 { self.call(.failure, at: now) }
    }
}

@Suite("Circuit breaker state machine")
struct CircuitBreakerStateMachineTests {
    // MARK: Rule 1: success, failure, ignored; slow calls

    @Test func successFailureAndSlowCallsAreCountedInTheWindow() throws {
        var machine = try machine {
            $0.minimumNumberOfCalls = 10
            $0.slidingWindow = .countBased(size: 10)
        }
        machine.call(.success)
        machine.call(.failure)
        let slow = machine.call(.success, duration: second)
        machine.call(.failure, duration: 2 * second)
        #expect(slow.isSlow)
        let metrics = machine.metrics(now: 0)
        #expect(metrics.numberOfBufferedCalls == 4)
        #expect(metrics.numberOfSuccessfulCalls == 2)
        #expect(metrics.numberOfFailedCalls == 2)
        #expect(metrics.numberOfSlowCalls == 2)
        #expect(metrics.numberOfSlowSuccessfulCalls == 1)
        #expect(metrics.numberOfSlowFailedCalls == 1)
        #expect(metrics.failureRate == nil)
    }

    @Test func aCallJustBelowTheSlowThresholdIsNotSlow() throws {
        var machine = try machine()
        #expect(!machine.call(.success, duration: second - 1).isSlow)
        #expect(machine.call(.success, duration: second).isSlow)
    }

    @Test func ignoredOutcomesAreNotRecorded() throws {
        var machine = try machine()
        let result = machine.call(.ignored)
        #expect(!result.wasRecorded)
        #expect(machine.metrics(now: 0).numberOfBufferedCalls == 0)
    }

    // MARK: Rule 2: closed -> open

    @Test func closedStaysClosedBelowTheMinimumNumberOfCalls() throws {
        var machine = try machine()
        for _ in 0..<3 { machine.call(.failure) }
        #expect(machine.state == .closed)
        #expect(machine.metrics(now: 0).failureRate == nil)
    }

    @Test func closedOpensWhenTheFailureRateReachesTheThreshold() throws {
        var machine = try machine()
        machine.call(.success)
        machine.call(.success)
        machine.call(.failure)
        let result = machine.call(.failure, at: 5 * second)
        #expect(machine.state == .open)
        #expect(machine.mode == .open(openedAt: 5 * second, until: 15 * second))
        let transition = try #require(result.performed.transitions.first)
        #expect(transition.from == .closed && transition.to == .open)
        #expect(transition.reason == .failureRateThresholdExceeded)
        #expect(transition.metrics.failureRate == 0.5)
        #expect(transition.metrics.numberOfBufferedCalls == 4)
    }

    @Test func closedStaysClosedJustBelowTheFailureRateThreshold() throws {
        var machine = try machine { $0.failureRateThreshold = 0.75 }
        machine.call(.success)
        machine.call(.success)
        machine.call(.failure)
        machine.call(.failure)
        #expect(machine.state == .closed)
        #expect(machine.metrics(now: 0).failureRate == 0.5)
    }

    @Test func closedOpensWhenTheSlowCallRateReachesTheThreshold() throws {
        var machine = try machine()
        machine.call(.success)
        machine.call(.success)
        machine.call(.success, duration: second)
        let result = machine.call(.success, duration: 3 * second)
        #expect(machine.state == .open)
        #expect(result.performed.transitions.first?.reason == .slowCallRateThresholdExceeded)
    }

    @Test func theMinimumNumberOfCallsIsCappedAtTheCountWindowSize() throws {
        var machine = try machine { $0.minimumNumberOfCalls = 100 }
        for _ in 0..<3 { machine.call(.failure) }
        #expect(machine.state == .closed)
        machine.call(.failure)
        #expect(machine.state == .open)
    }

    @Test func theCountWindowForgetsItsOldestCall() throws {
        var machine = try machine { $0.failureRateThreshold = 0.75 }
        machine.call(.failure)
        machine.call(.failure)
        machine.call(.success)
        machine.call(.success)
        // The first failure leaves the window: 1 failure, 3 successes.
        machine.call(.success)
        let metrics = machine.metrics(now: 0)
        #expect(metrics.numberOfBufferedCalls == 4)
        #expect(metrics.numberOfFailedCalls == 1)
        #expect(machine.state == .closed)
    }

    @Test func theTimeWindowEvictsWholeBucketsLazily() throws {
        var machine = try machine {
            $0.slidingWindow = .timeBased(duration: .seconds(10), bucketDuration: .seconds(2))
            $0.minimumNumberOfCalls = 3
        }
        machine.call(.failure, at: 1 * second)  // bucket 0
        machine.call(.success, at: 3 * second)  // bucket 1
        #expect(machine.metrics(now: 9 * second).numberOfBufferedCalls == 2)
        // At 10 s the window is buckets 1...5: bucket 0 has left.
        let metrics = machine.metrics(now: 10 * second)
        #expect(metrics.numberOfBufferedCalls == 1)
        #expect(metrics.numberOfFailedCalls == 0)
        #expect(machine.metrics(now: 100 * second).numberOfBufferedCalls == 0)
    }

    @Test func theTimeWindowOpensOnlyOnCallsInsideIt() throws {
        var machine = try machine {
            $0.slidingWindow = .timeBased(duration: .seconds(4), bucketDuration: .seconds(1))
            $0.minimumNumberOfCalls = 2
        }
        machine.call(.failure, at: 0)
        machine.call(.success, at: 5 * second)
        #expect(machine.state == .closed)
        machine.call(.failure, at: 6 * second)
        #expect(machine.state == .open)
    }

    @Test func consecutiveFailuresOpenTheBreakerBelowTheMinimum() throws {
        var machine = try machine {
            $0.consecutiveFailureThreshold = 2
            $0.minimumNumberOfCalls = 4
            $0.slidingWindow = .countBased(size: 10)
        }
        machine.call(.failure)
        let result = machine.call(.failure)
        #expect(machine.state == .open)
        #expect(result.performed.transitions.first?.reason == .consecutiveFailureThresholdReached)
    }

    @Test func aSuccessResetsTheConsecutiveFailures() throws {
        var machine = try machine {
            $0.consecutiveFailureThreshold = 2
            $0.slidingWindow = .countBased(size: 10)
            $0.minimumNumberOfCalls = 10
        }
        machine.call(.failure)
        machine.call(.success)
        machine.call(.failure)
        #expect(machine.state == .closed)
        machine.call(.ignored)
        machine.call(.failure)
        #expect(machine.state == .open)
    }

    // MARK: Rule 3: open

    @Test func openRejectsWithRetryAfterAndCountsTheRejection() throws {
        var machine = try machine()
        machine.tripOpen(at: 0)
        let (decision, action) = machine.acquire(now: 4 * second)
        #expect(decision == .rejected(state: .open, retryAfter: 6 * second))
        #expect(action == nil)
        #expect(machine.metrics(now: 4 * second).numberOfNotPermittedCalls == 1)
    }

    @Test func openMovesToHalfOpenOnTheFirstCallOnceTheWaitHasPassed() throws {
        var machine = try machine()
        machine.tripOpen(at: 0)
        #expect(machine.acquire(now: 10 * second - 1).0 == .rejected(state: .open, retryAfter: 1))
        let (decision, action) = machine.acquire(now: 10 * second)
        guard case .permitted = decision else {
            Issue.record("expected a probe permit, got \(decision)")
            return
        }
        #expect(machine.state == .halfOpen)
        #expect(action?.transitions.map(\.reason) == [.waitDurationInOpenStateElapsed])
    }

    @Test func openKeepsTheWindowThatOpenedIt() throws {
        var machine = try machine()
        machine.tripOpen(at: 0)
        let metrics = machine.metrics(now: second)
        #expect(metrics.numberOfFailedCalls == 4)
        #expect(metrics.failureRate == 1)
    }

    @Test func withoutAutomaticTransitionNoTimerIsScheduled() throws {
        var machine = try machine()
        machine.call(.failure)
        machine.call(.failure)
        machine.call(.failure)
        let result = machine.call(.failure)
        #expect(result.performed.timer == .cancel)
    }

    @Test func automaticTransitionSchedulesATimerThatMovesToHalfOpen() throws {
        var machine = try machine { $0.automaticTransitionFromOpenToHalfOpen = true }
        machine.call(.failure)
        machine.call(.failure)
        machine.call(.failure)
        let result = machine.call(.failure, at: 2 * second)
        let epoch = machine.epoch
        #expect(result.performed.timer == .schedule(deadline: 12 * second, epoch: epoch))
        // Early: nothing happens, the timer is kept.
        #expect(
            machine.timerFired(epoch: epoch, now: 11 * second).timer == .schedule(deadline: 12 * second, epoch: epoch)
        )
        #expect(machine.state == .open)
        let action = machine.timerFired(epoch: epoch, now: 12 * second)
        #expect(machine.state == .halfOpen)
        #expect(action.transitions.map(\.reason) == [.waitDurationInOpenStateElapsed])
    }

    @Test func aStaleTimerChangesNothing() throws {
        var machine = try machine { $0.automaticTransitionFromOpenToHalfOpen = true }
        machine.tripOpen(at: 0)
        let staleEpoch = machine.epoch
        _ = machine.transition(to: .closed, now: second)
        #expect(machine.timerFired(epoch: staleEpoch, now: 20 * second) == .init())
        #expect(machine.state == .closed)
    }

    @Test func backoffLengthensTheOpenDurationOnEachReopening() throws {
        var machine = try machine {
            $0.waitDurationInOpenStateBackoff = .exponential(multiplier: 2, maximum: .seconds(30))
            $0.permittedCallsInHalfOpenState = 1
        }
        machine.tripOpen(at: 0)
        #expect(machine.mode == .open(openedAt: 0, until: 10 * second))
        machine.call(.failure, at: 10 * second)
        #expect(machine.mode == .open(openedAt: 10 * second, until: 30 * second))
        machine.call(.failure, at: 30 * second)
        #expect(machine.mode == .open(openedAt: 30 * second, until: 60 * second), "capped at the maximum")
        machine.call(.success, at: 60 * second)
        #expect(machine.state == .closed)
        machine.tripOpen(at: 70 * second)
        #expect(machine.mode == .open(openedAt: 70 * second, until: 80 * second), "closing resets the backoff")
    }

    // MARK: Rule 4: half-open

    @Test func halfOpenAdmitsExactlyThePermittedProbes() throws {
        var machine = try machine { $0.permittedCallsInHalfOpenState = 3 }
        _ = machine.transition(to: .halfOpen, now: 0)
        for _ in 0..<3 { _ = machine.admit(at: 0) }
        for _ in 0..<5 {
            #expect(machine.acquire(now: 0).0 == .rejected(state: .halfOpen, retryAfter: nil))
        }
        #expect(machine.metrics(now: 0).numberOfNotPermittedCalls == 5)
    }

    @Test func halfOpenReopensWhenTheProbesReachTheFailureRateThreshold() throws {
        var machine = try machine()
        machine.tripOpen(at: 0)
        let first = machine.admit(at: 10 * second)
        let second_ = machine.admit(at: 10 * second)
        _ = machine.record(epoch: first, outcome: .failure, duration: 0, now: 10 * second)
        #expect(machine.state == .halfOpen, "the breaker waits for every probe")
        let result = machine.record(epoch: second_, outcome: .success, duration: 0, now: 11 * second)
        #expect(machine.mode == .open(openedAt: 11 * second, until: 21 * second))
        #expect(result.performed.transitions.map(\.reason) == [.failureRateThresholdExceeded])
        #expect(result.performed.transitions.first?.metrics.failureRate == 0.5)
    }

    @Test func halfOpenClosesWhenTheProbesStayBelowTheThresholds() throws {
        var machine = try machine { $0.failureRateThreshold = 0.6 }
        machine.tripOpen(at: 0)
        machine.call(.failure, at: 10 * second)
        let result = machine.call(.success, at: 10 * second)
        #expect(machine.state == .closed)
        #expect(result.performed.transitions.last?.reason == .permittedCallsSucceeded)
        #expect(result.performed.transitions.last?.metrics.failureRate == 0.5)
        #expect(machine.metrics(now: 10 * second).numberOfBufferedCalls == 0)
    }

    @Test func halfOpenReopensWhenTheProbesAreSlow() throws {
        var machine = try machine()
        machine.tripOpen(at: 0)
        machine.call(.success, duration: 2 * second, at: 10 * second)
        let result = machine.call(.success, at: 10 * second)
        #expect(machine.state == .open)
        #expect(result.performed.transitions.last?.reason == .slowCallRateThresholdExceeded)
    }

    @Test func halfOpenRatesAreUnknownUntilEveryProbeIsRecorded() throws {
        var machine = try machine {
            $0.minimumNumberOfCalls = 1
            $0.permittedCallsInHalfOpenState = 3
        }
        _ = machine.transition(to: .halfOpen, now: 0)
        machine.call(.failure)
        #expect(machine.metrics(now: 0).failureRate == nil)
        #expect(machine.state == .halfOpen)
    }

    @Test func anIgnoredProbeGivesItsPermitBack() throws {
        var machine = try machine { $0.permittedCallsInHalfOpenState = 1 }
        _ = machine.transition(to: .halfOpen, now: 0)
        let epoch = machine.admit(at: 0)
        #expect(machine.acquire(now: 0).0 == .rejected(state: .halfOpen, retryAfter: nil))
        _ = machine.record(epoch: epoch, outcome: .ignored, duration: 0, now: 0)
        _ = machine.admit(at: 0)
    }

    @Test func halfOpenReopensAtItsExpiryWhenTheMaxWaitPassesFirst() throws {
        var machine = try machine { $0.maxWaitDurationInHalfOpenState = .seconds(5) }
        _ = machine.transition(to: .halfOpen, now: 100 * second)
        let probe = machine.admit(at: 100 * second)
        // Noticed by the next call, 2 s late: the breaker re-opened at the expiry, 105 s.
        let (decision, action) = machine.acquire(now: 107 * second)
        #expect(decision == .rejected(state: .open, retryAfter: 8 * second))
        #expect(action?.transitions.map(\.reason) == [.maxWaitDurationInHalfOpenStateElapsed])
        #expect(machine.mode == .open(openedAt: 105 * second, until: 115 * second))
        // The probe's late outcome no longer counts.
        #expect(!machine.record(epoch: probe, outcome: .success, duration: 0, now: 108 * second).wasRecorded)
    }

    @Test func halfOpenMaxWaitIsEnforcedByTheTimer() throws {
        var machine = try machine { $0.maxWaitDurationInHalfOpenState = .seconds(5) }
        let entered = machine.transition(to: .halfOpen, now: 0)
        let epoch = machine.epoch
        #expect(entered.timer == .schedule(deadline: 5 * second, epoch: epoch))
        let action = machine.timerFired(epoch: epoch, now: 5 * second)
        #expect(machine.mode == .open(openedAt: 5 * second, until: 15 * second))
        #expect(action.timer == .cancel)
    }

    @Test func aProbeRecordedAfterTheMaxWaitReopensTheBreaker() throws {
        var machine = try machine { $0.maxWaitDurationInHalfOpenState = .seconds(5) }
        _ = machine.transition(to: .halfOpen, now: 0)
        let probe = machine.admit(at: 0)
        let result = machine.record(epoch: probe, outcome: .success, duration: 6 * second, now: 6 * second)
        #expect(!result.wasRecorded)
        #expect(machine.mode == .open(openedAt: 5 * second, until: 15 * second))
    }

    // MARK: Late outcomes

    @Test func anOutcomeFromAnEarlierPeriodIsNotRecorded() throws {
        var machine = try machine()
        let early = machine.admit(at: 0)
        machine.tripOpen(at: 0)
        let result = machine.record(epoch: early, outcome: .success, duration: 0, now: 0)
        #expect(!result.wasRecorded)
        #expect(machine.metrics(now: 0).numberOfBufferedCalls == 4)
        // Nor does it count as a probe once the breaker is half-open.
        _ = machine.transition(to: .halfOpen, now: 0)
        #expect(!machine.record(epoch: early, outcome: .failure, duration: 0, now: 0).wasRecorded)
        #expect(machine.metrics(now: 0).numberOfBufferedCalls == 0)
    }

    // MARK: Rule 5: manual states

    @Test func disabledAdmitsEverythingAndRecordsNothing() throws {
        var machine = try machine()
        _ = machine.transition(to: .disabled, now: 0)
        for _ in 0..<10 {
            #expect(machine.acquire(now: 0).0 == .permittedWithoutRecording)
        }
        #expect(machine.metrics(now: 0) == CircuitBreaker.Metrics.empty)
    }

    @Test func metricsOnlyRecordsButNeverOpens() throws {
        var machine = try machine { $0.consecutiveFailureThreshold = 1 }
        _ = machine.transition(to: .metricsOnly, now: 0)
        for _ in 0..<10 { machine.call(.failure) }
        #expect(machine.state == .metricsOnly)
        #expect(machine.metrics(now: 0).failureRate == 1)
    }

    @Test func forcedOpenRejectsEverythingWithoutRetryAfter() throws {
        var machine = try machine()
        _ = machine.transition(to: .forcedOpen, now: 0)
        for _ in 0..<3 {
            #expect(machine.acquire(now: 1_000 * second).0 == .rejected(state: .forcedOpen, retryAfter: nil))
        }
        #expect(machine.state == .forcedOpen)
        #expect(machine.metrics(now: 0).numberOfNotPermittedCalls == 3)
    }

    @Test(arguments: [CircuitBreaker.State.disabled, .forcedOpen, .metricsOnly])
    func manualStatesAreLeftOnlyByTransitionOrReset(state: CircuitBreaker.State) throws {
        var machine = try machine { $0.automaticTransitionFromOpenToHalfOpen = true }
        _ = machine.transition(to: state, now: 0)
        for _ in 0..<10 { _ = machine.acquire(now: 1_000 * second) }
        _ = machine.timerFired(epoch: machine.epoch, now: 1_000 * second)
        #expect(machine.state == state)
        _ = machine.reset(now: 1_000 * second)
        #expect(machine.state == .closed)
    }

    @Test(arguments: CircuitBreaker.State.allCases, CircuitBreaker.State.allCases)
    func transitionReachesAnyStateFromAnyState(from: CircuitBreaker.State, to: CircuitBreaker.State) throws {
        var machine = try machine()
        _ = machine.transition(to: from, now: 0)
        let action = machine.transition(to: to, now: 0)
        #expect(machine.state == to)
        if from == to {
            #expect(action.transitions.isEmpty)
        } else {
            #expect(
                action.transitions == [
                    .init(from: from, to: to, reason: .manual, metrics: action.transitions[0].metrics)
                ]
            )
        }
    }

    @Test func transitionToOpenStartsAFullOpenDuration() throws {
        var machine = try machine()
        _ = machine.transition(to: .open, now: 3 * second)
        #expect(machine.mode == .open(openedAt: 3 * second, until: 13 * second))
    }

    // MARK: Reset and events

    @Test func resetClosesEmptiesTheWindowAndAlwaysReportsATransition() throws {
        var machine = try machine {
            $0.slidingWindow = .countBased(size: 10)
            $0.minimumNumberOfCalls = 10
        }
        machine.call(.failure)
        let epoch = machine.epoch
        let action = machine.reset(now: 0)
        #expect(action.transitions.map(\.reason) == [.reset])
        #expect(action.transitions.first?.from == .closed)
        #expect(action.transitions.first?.metrics.numberOfFailedCalls == 1)
        #expect(machine.metrics(now: 0) == CircuitBreaker.Metrics.empty)
        #expect(machine.epoch != epoch)
    }

    @Test func everyTransitionStartsANewEpoch() throws {
        var machine = try machine()
        var epochs: Set<UInt64> = [machine.epoch]
        machine.tripOpen(at: 0)
        epochs.insert(machine.epoch)
        _ = machine.acquire(now: 10 * second)
        epochs.insert(machine.epoch)
        _ = machine.reset(now: 10 * second)
        epochs.insert(machine.epoch)
        #expect(epochs.count == 4)
    }
}

extension CircuitBreaker.Metrics {
    static let empty = CircuitBreaker.Metrics(
        failureRate: nil,
        slowCallRate: nil,
        numberOfBufferedCalls: 0,
        numberOfFailedCalls: 0,
        numberOfSuccessfulCalls: 0,
        numberOfSlowCalls: 0,
        numberOfSlowSuccessfulCalls: 0,
        numberOfSlowFailedCalls: 0,
        numberOfNotPermittedCalls: 0
    )
}

extension CircuitBreakerStateMachine.RecordResult {
    /// The action of the record, or an empty one when there was nothing to do.
    var performed: CircuitBreakerStateMachine.Action { self.action ?? .init() }
}

@Suite("Trip counts")
struct TripCountTests {
    @Test func theSmallestCountReachingAThresholdAgreesWithTheRateRule() {
        var disagreements: [String] = []
        for calls in 1...300 {
            for threshold in [0.01, 0.1, 0.25, 1.0 / 3.0, 0.5, 0.51, 2.0 / 3.0, 0.7, 0.99, 1.0] {
                let count = CircuitBreakerStateMachine.TripCounts.smallestCount(reaching: threshold, of: calls)
                let expected = (0...calls).first { Double($0) / Double(calls) >= threshold } ?? calls + 1
                if count != expected { disagreements.append("\(calls) calls, threshold \(threshold): \(count)") }
            }
        }
        #expect(disagreements.isEmpty)
    }
}
