import InMemoryLogging
import Logging
import ResilienceTesting
import Testing

@testable import Resilience

@Suite("Circuit breaker")
struct CircuitBreakerTests {
    func makeBreaker(
        clock: ManualClock = ManualClock(),
        logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
        _ adjust: (inout CircuitBreaker.Configuration) -> Void = { _ in }
    ) throws -> CircuitBreaker {
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 4)
        configuration.minimumNumberOfCalls = 4
        configuration.permittedCallsInHalfOpenState = 2
        configuration.waitDurationInOpenState = .seconds(60)
        configuration.slowCallDurationThreshold = .seconds(1)
        adjust(&configuration)
        return try CircuitBreaker(name: "payments", configuration: configuration, clock: clock, logger: logger)
    }

    func trip(_ breaker: CircuitBreaker) async {
        for _ in 0..<4 {
            _ = try? await breaker.run { () async throws -> Int in throw DependencyError() }
        }
    }

    @Test func runReturnsTheValueAndRecordsASuccess() async throws {
        let breaker = try makeBreaker()
        let value = try await breaker.run { 42 }
        #expect(value == 42)
        #expect(breaker.metrics.numberOfSuccessfulCalls == 1)
    }

    @Test func runRethrowsTheErrorAndRecordsAFailure() async throws {
        let breaker = try makeBreaker()
        await #expect(throws: DependencyError.self) {
            try await breaker.run { () async throws -> Int in throw DependencyError() }
        }
        #expect(breaker.metrics.numberOfFailedCalls == 1)
    }

    @Test func cancellationErrorsAreIgnoredByDefault() async throws {
        let breaker = try makeBreaker()
        await #expect(throws: CancellationError.self) {
            try await breaker.run { () async throws -> Int in throw CancellationError() }
        }
        #expect(breaker.metrics.numberOfBufferedCalls == 0)
    }

    @Test func recordErrorDecidesWhichErrorsCount() async throws {
        let breaker = try makeBreaker { $0.recordError = { $0 is DependencyError } }
        struct Harmless: Error {}
        _ = try? await breaker.run { () async throws -> Int in throw Harmless() }
        _ = try? await breaker.run { () async throws -> Int in throw DependencyError() }
        #expect(breaker.metrics.numberOfFailedCalls == 1)
        #expect(breaker.metrics.numberOfBufferedCalls == 1)
    }

    @Test func aClassifierCountsAReturnedValueAsAFailure() async throws {
        let breaker = try makeBreaker()
        let byStatus: (Int) -> CircuitBreaker.Outcome = { $0 >= 500 ? .failure : .success }
        let ignoreAll: (Int) -> CircuitBreaker.Outcome = { _ in .ignored }
        let status = try await breaker.run(classifyingResult: byStatus) { 503 }
        #expect(status == 503)
        _ = try await breaker.run(classifyingResult: byStatus) { 200 }
        _ = try await breaker.run(classifyingResult: ignoreAll) { 0 }
        let metrics = breaker.metrics
        #expect(metrics.numberOfFailedCalls == 1)
        #expect(metrics.numberOfSuccessfulCalls == 1)
    }

    @Test func anOpenBreakerRejectsWithoutRunningTheOperation() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock)
        await trip(breaker)
        await clock.advance(by: .seconds(20))
        let ran = Counter()
        let error = await #expect(throws: CircuitBreakerOpenError.self) {
            try await breaker.run { ran.increment() }
        }
        #expect(ran.current == 0)
        #expect(error == CircuitBreakerOpenError(name: "payments", state: .open, retryAfter: .seconds(40)))
        #expect(breaker.metrics.numberOfNotPermittedCalls == 1)
    }

    @Test func acquirePermissionRejectsWithoutThrowing() async throws {
        let breaker = try makeBreaker()
        breaker.transition(to: .forcedOpen)
        guard case .failure(let rejection) = breaker.acquirePermission() else {
            Issue.record("a forced-open breaker admitted a call")
            return
        }
        #expect(rejection.state == .forcedOpen)
        #expect(rejection.retryAfter == nil)
        #expect(breaker.metrics.numberOfNotPermittedCalls == 1)
    }

    @Test func theTwoStepAPIRecordsWhatItIsTold() async throws {
        let breaker = try makeBreaker()
        let first = try breaker.acquirePermission().get()
        let second = try breaker.acquirePermission().get()
        #expect(first.isRecorded)
        breaker.record(first, outcome: .failure)
        breaker.record(second, error: DependencyError())
        #expect(breaker.metrics.numberOfFailedCalls == 2)
    }

    @Test func aDisabledBreakerIssuesPermitsThatRecordNothing() async throws {
        let breaker = try makeBreaker()
        breaker.transition(to: .disabled)
        let permit = try breaker.acquirePermission().get()
        #expect(!permit.isRecorded)
        breaker.record(permit, outcome: .failure)
        _ = try await breaker.run { 1 }
        #expect(breaker.metrics.numberOfBufferedCalls == 0)
        #expect(breaker.state == .disabled)
    }

    @Test func callsAreTimedOnTheInjectedClock() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock)
        let events = EventRecorder(breaker)
        _ = try await breaker.run { await clock.advance(by: .milliseconds(1_500)) }
        #expect(await events.next() == .callFinished(outcome: .success, duration: .milliseconds(1_500), isSlow: true))
        #expect(breaker.metrics.numberOfSlowCalls == 1)
    }

    @Test func theFirstCallAfterTheWaitMovesTheBreakerToHalfOpen() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock)
        await trip(breaker)
        await clock.advance(by: .seconds(60))
        #expect(breaker.state == .open, "without automatic transition, only a call moves the breaker")
        _ = try await breaker.run { 1 }
        #expect(breaker.state == .halfOpen)
        _ = try await breaker.run { 1 }
        #expect(breaker.state == .closed)
    }

    @Test func automaticTransitionMovesTheBreakerToHalfOpenByTimer() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock) { $0.automaticTransitionFromOpenToHalfOpen = true }
        let events = EventRecorder(breaker)
        await trip(breaker)
        #expect(await events.nextTransition()?.to == .open)
        try await clock.waitForSleepers(count: 1)
        #expect(clock.nextDeadline == ManualClock.Instant(offset: .seconds(60)))
        await clock.advance(by: .seconds(60))
        let transition = await events.nextTransition()
        #expect(transition?.from == .open)
        #expect(transition?.to == .halfOpen)
        #expect(transition?.reason == .waitDurationInOpenStateElapsed)
        #expect(breaker.state == .halfOpen)
    }

    @Test func theMaxWaitInHalfOpenReopensTheBreakerByTimer() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock) { $0.maxWaitDurationInHalfOpenState = .seconds(5) }
        let events = EventRecorder(breaker)
        breaker.transition(to: .halfOpen)
        #expect(await events.nextTransition()?.to == .halfOpen)
        try await clock.waitForSleepers(count: 1)
        await clock.advance(by: .seconds(5))
        let transition = await events.nextTransition()
        #expect(transition?.to == .open)
        #expect(transition?.reason == .maxWaitDurationInHalfOpenStateElapsed)
    }

    @Test func leavingTheOpenStateCancelsTheTimer() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock) { $0.automaticTransitionFromOpenToHalfOpen = true }
        await trip(breaker)
        let scheduler = DeadlineScheduler.scheduler(for: clock)
        #expect(scheduler.pendingCount == 1)
        breaker.reset()
        #expect(scheduler.pendingCount == 0)
        await clock.advance(by: .seconds(120))
        #expect(breaker.state == .closed)
    }

    @Test func deinitialisingTheBreakerCancelsItsTimerAndEndsItsEventStreams() async throws {
        let clock = ManualClock()
        var breaker: CircuitBreaker? = try makeBreaker(clock: clock) { $0.automaticTransitionFromOpenToHalfOpen = true }
        let stream = breaker!.events
        await trip(breaker!)
        let scheduler = DeadlineScheduler.scheduler(for: clock)
        #expect(scheduler.pendingCount == 1)
        breaker = nil
        #expect(scheduler.pendingCount == 0)
        var received = 0
        for await _ in stream { received += 1 }
        #expect(received == 5, "four outcomes and one transition, then the end of the stream")
    }

    @Test func manyOpenBreakersShareOneSleepingTimer() async throws {
        let clock = ManualClock()
        let breakers = try (0..<20).map { _ in
            try makeBreaker(clock: clock) { $0.automaticTransitionFromOpenToHalfOpen = true }
        }
        for breaker in breakers { await trip(breaker) }
        try await clock.waitForSleepers(count: 1)
        #expect(clock.numberOfSleepers == 1)
        await clock.advance(by: .seconds(60))
        for breaker in breakers {
            let events = EventRecorder(breaker)
            if breaker.state != .halfOpen {
                #expect(await events.nextTransition()?.to == .halfOpen)
            }
        }
    }

    @Test func eventsArriveInTheOrderTheyHappened() async throws {
        let clock = ManualClock()
        let breaker = try makeBreaker(clock: clock) {
            $0.minimumNumberOfCalls = 1
            $0.slidingWindow = .countBased(size: 1)
        }
        let events = EventRecorder(breaker)
        _ = try? await breaker.run { () async throws -> Int in throw DependencyError() }
        _ = try? await breaker.run { 1 }
        breaker.reset()
        #expect(await events.next() == .callFinished(outcome: .failure, duration: .zero, isSlow: false))
        guard case .stateTransition(let opened) = await events.next() else {
            Issue.record("expected the transition to open")
            return
        }
        #expect(opened.description == "closed -> open (failure_rate_threshold_exceeded)")
        #expect(await events.next() == .callNotPermitted(state: .open, retryAfter: .seconds(60)))
        guard case .stateTransition(let reset) = await events.next() else {
            Issue.record("expected the reset transition")
            return
        }
        #expect(reset.reason == .reset)
        #expect(reset.to == .closed)
    }

    @Test func aSubscriberThatDoesNotReadNeverBlocksCallsAndItsLossesAreCounted() async throws {
        let breaker = try makeBreaker {
            $0.slidingWindow = .countBased(size: 100)
            $0.minimumNumberOfCalls = 100
        }
        let events = EventRecorder(breaker, bufferingNewest: 2)
        for value in 0..<10 { _ = try await breaker.run { value } }
        #expect(breaker.numberOfDroppedEvents == 8)
        #expect(await events.next() == .callFinished(outcome: .success, duration: .zero, isSlow: false))
        #expect(breaker.metrics.numberOfSuccessfulCalls == 10)
    }

    @Test func everySubscriberReceivesEveryEvent() async throws {
        let breaker = try makeBreaker()
        let first = EventRecorder(breaker)
        let second = EventRecorder(breaker)
        breaker.transition(to: .metricsOnly)
        #expect(await first.nextTransition()?.to == .metricsOnly)
        #expect(await second.nextTransition()?.to == .metricsOnly)
    }

    @Test func eachTransitionIsLoggedOnceAtInfoWithItsData() async throws {
        let handler = InMemoryLogHandler()
        let breaker = try makeBreaker(logger: Logger(label: "test", factory: { _ in handler }))
        await trip(breaker)
        let entries = handler.entries
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry.level == .info)
        #expect(entry.message == "circuit breaker changed state")
        #expect(entry.metadata["circuit_breaker.name"] == "payments")
        #expect(entry.metadata["circuit_breaker.from"] == "closed")
        #expect(entry.metadata["circuit_breaker.to"] == "open")
        #expect(entry.metadata["circuit_breaker.reason"] == "failure_rate_threshold_exceeded")
        #expect(entry.metadata["circuit_breaker.failed_calls"] == "4")
    }

    @Test func anActorCanPassIsolatedStateStraightIntoRun() async throws {
        actor Ledger {
            var entries = 0
            func charge(through breaker: CircuitBreaker) async throws {
                // The closure touches actor state without being @Sendable: run stays on the actor.
                try await breaker.run { self.entries += 1 }
            }
        }
        let ledger = Ledger()
        try await ledger.charge(through: try makeBreaker())
        #expect(await ledger.entries == 1)
    }
}
