import Testing

@testable import Resilience

/// The timed call's decisions, step by step, with plain values for the operation's task (1) and the timer (2).
@Suite("Timed call state machine")
struct TimedCallStateMachineTests {
    typealias Machine = TimedCallStateMachine<Int, Int>

    private func running() -> Machine {
        var machine = Machine()
        guard case .startOperation = machine.start() else {
            Issue.record("a new call starts its operation")
            return machine
        }
        guard case .none = machine.operationStarted(task: 1, timer: 2) else {
            Issue.record("a running call keeps its task and timer")
            return machine
        }
        return machine
    }

    @Test func anOperationThatFinishesInTimeAnswersAndCancelsTheTimer() {
        var machine = self.running()
        guard case .answer(cancelTimer: 2) = machine.operationFinished() else {
            Issue.record("the result answers the caller")
            return
        }
        #expect(machine.deadlineReached(now: 10).isNone, "the timer finds the call decided")
        #expect(machine.callerCancelled(now: 11).isNone)
    }

    @Test func theDeadlineAnswersCancelsTheOperationAndRegistersItAsAbandoned() {
        var machine = self.running()
        let decision = machine.deadlineReached(now: 10)
        #expect(decision.registerAbandonedOperation)
        guard case .timeOut(cancelTask: 1, firedAt: 10) = decision.action else {
            Issue.record("a TimeoutError answers the caller: \(decision.action)")
            return
        }
        #expect(machine.callerCancelled(now: 11).isNone, "answered once")
        guard case .abandonedOperationEnded(.timedOut, answeredAt: 10) = machine.operationFinished() else {
            Issue.record("the operation's late end is accounted for")
            return
        }
    }

    @Test func theCallersCancellationAnswersAndCancelsTheOperationAndTheTimer() {
        var machine = self.running()
        let decision = machine.callerCancelled(now: 7)
        #expect(decision.registerAbandonedOperation)
        guard case .abandonForCancellation(cancelTask: 1, cancelTimer: 2) = decision.action else {
            Issue.record("a CancellationError answers the caller: \(decision.action)")
            return
        }
        #expect(machine.deadlineReached(now: 10).isNone, "answered once")
        guard case .abandonedOperationEnded(.callerCancelled, answeredAt: 7) = machine.operationFinished() else {
            Issue.record("the operation's late end is accounted for")
            return
        }
    }

    @Test func aCallerCancelledBeforeItsContinuationIsStoredIsAnsweredByStartAndNothingRuns() {
        var machine = Machine()
        let decision = machine.callerCancelled(now: 1)
        #expect(!decision.registerAbandonedOperation && decision.isNone, "no continuation to answer yet")
        guard case .failWithCancellation = machine.start() else {
            Issue.record("start answers with CancellationError")
            return
        }
        guard case .none = machine.operationFinished() else {
            Issue.record("nothing ran")
            return
        }
    }

    @Test func whatWasDecidedBeforeTheTaskAndTimerExistedCleansThemUp() {
        // The operation finished before `start` could store its task and timer: only the timer is left to cancel.
        var finished = Machine()
        _ = finished.start()
        guard case .answer(cancelTimer: nil) = finished.operationFinished() else {
            Issue.record("answered without a timer to cancel")
            return
        }
        guard case .cancel(task: nil, timer: 2) = finished.operationStarted(task: 1, timer: 2) else {
            Issue.record("the timer is cancelled once it exists")
            return
        }
        // The deadline passed first: the task is cancelled, the timer has fired.
        var timedOut = Machine()
        _ = timedOut.start()
        guard case .timeOut(cancelTask: nil, firedAt: 5) = timedOut.deadlineReached(now: 5).action else {
            Issue.record("answered without a task to cancel")
            return
        }
        guard case .cancel(task: 1, timer: nil) = timedOut.operationStarted(task: 1, timer: 2) else {
            Issue.record("the task is cancelled once it exists")
            return
        }
        // The caller was cancelled first: both are cancelled.
        var cancelled = Machine()
        _ = cancelled.start()
        _ = cancelled.callerCancelled(now: 5)
        guard case .cancel(task: 1, timer: 2) = cancelled.operationStarted(task: 1, timer: 2) else {
            Issue.record("the task and the timer are cancelled once they exist")
            return
        }
    }

    @Test func everyOrderOfTheThreePartiesAnswersTheCallerExactlyOnce() {
        enum Input: CaseIterable { case finish, deadline, cancel, started }
        // Every order of the four inputs after start (and the two orders of cancel before start).
        func permutations(_ items: [Input]) -> [[Input]] {
            items.count <= 1
                ? [items]
                : items.indices.flatMap { i in
                    permutations(Array(items[..<i] + items[(i + 1)...])).map { [items[i]] + $0 }
                }
        }
        for order in permutations(Input.allCases) {
            var machine = Machine()
            var answers = 0
            var registered = 0
            var ended = 0
            _ = machine.start()
            for input in order {
                switch input {
                case .finish:
                    switch machine.operationFinished() {
                    case let action where action.answersCaller: answers += 1
                    case .abandonedOperationEnded: ended += 1
                    default: break
                    }
                case .deadline, .cancel:
                    let decision =
                        input == .deadline ? machine.deadlineReached(now: 1) : machine.callerCancelled(now: 1)
                    if decision.registerAbandonedOperation { registered += 1 }
                    if decision.action.answersCaller { answers += 1 }
                case .started:
                    _ = machine.operationStarted(task: 1, timer: 2)
                }
            }
            #expect(answers == 1, "\(order)")
            #expect(registered == ended, "every registered abandoned operation ends once: \(order)")
        }
    }
}

extension TimedCallStateMachine.Decision {
    fileprivate var isNone: Bool {
        if case .none = self.action { true } else { false }
    }
}
