import ResilienceTestSupport
import Testing

@testable import Resilience

@Suite("Bulkhead state machine")
struct BulkheadStateMachineTests {
    typealias Machine = BulkheadStateMachine<String>

    @Test func admitsUpToTheMaximumThenRefuses() {
        var machine = Machine(maxConcurrentCalls: 2)
        #expect(machine.tryAcquire() == true)
        #expect(machine.tryAcquire() == true)
        #expect(machine.tryAcquire() == false)
        #expect(machine.permitsInUse == 2)
        #expect(machine.availablePermits == 0)
    }

    @Test func aReleasedPermitIsFreeAgainWhenNoOneWaits() {
        var machine = Machine(maxConcurrentCalls: 1)
        #expect(machine.tryAcquire() == true)
        guard case .none = machine.release() else {
            Issue.record("nobody waits")
            return
        }
        #expect(machine.availablePermits == 1)
        #expect(machine.tryAcquire() == true)
    }

    @Test func aReleasedPermitGoesToTheFirstWaiterInOrder() {
        var machine = Machine(maxConcurrentCalls: 1)
        #expect(machine.tryAcquire() == true)
        for name in ["a", "b", "c"] {
            guard case .waiting = machine.enqueue(name) else {
                Issue.record("\(name) must wait")
                return
            }
        }
        var order: [String] = []
        for _ in 0..<3 {
            guard case .resume(let waiter) = machine.release() else {
                Issue.record("a waiter is resumed")
                return
            }
            order.append(waiter)
            #expect(machine.permitsInUse == 1, "the permit passes from hand to hand")
        }
        #expect(order == ["a", "b", "c"])
        guard case .none = machine.release() else {
            Issue.record("nobody waits any more")
            return
        }
        #expect(machine.permitsInUse == 0)
    }

    @Test func aNewCallDoesNotOvertakeWaiters() {
        var machine = Machine(maxConcurrentCalls: 2)
        #expect(machine.tryAcquire() == true)
        #expect(machine.tryAcquire() == true)
        _ = machine.enqueue("waiting")
        // One permit comes back and goes to the waiter; a call arriving now still finds none.
        guard case .resume("waiting") = machine.release() else {
            Issue.record("the waiter is served first")
            return
        }
        #expect(machine.tryAcquire() == false)
    }

    @Test func enqueueAdmitsWhenAPermitIsFree() {
        var machine = Machine(maxConcurrentCalls: 1)
        guard case .admitted = machine.enqueue("a") else {
            Issue.record("a free permit admits at once")
            return
        }
        #expect(machine.numberOfWaitingCalls == 0)
        #expect(machine.permitsInUse == 1)
    }

    @Test func aCancelledWaiterLeavesTheQueueAndHoldsNothing() {
        var machine = Machine(maxConcurrentCalls: 1)
        #expect(machine.tryAcquire() == true)
        guard case .waiting(let a) = machine.enqueue("a"), case .waiting = machine.enqueue("b") else {
            Issue.record("both wait")
            return
        }
        #expect(machine.cancelWaiter(a) == "a")
        #expect(machine.cancelWaiter(a) == nil, "a waiter leaves once")
        #expect(machine.numberOfWaitingCalls == 1)
        #expect(machine.numberOfRejectedCalls == 0, "a cancellation is not a rejection")
        guard case .resume("b") = machine.release() else {
            Issue.record("b is next")
            return
        }
        #expect(machine.permitsInUse == 1)
    }

    @Test func anExpiredWaitIsARejection() {
        var machine = Machine(maxConcurrentCalls: 1)
        #expect(machine.tryAcquire() == true)
        guard case .waiting(let id) = machine.enqueue("a") else {
            Issue.record("a waits")
            return
        }
        #expect(machine.waitExpired(id) == "a")
        #expect(machine.waitExpired(id) == nil)
        #expect(machine.numberOfRejectedCalls == 1)
        #expect(machine.numberOfWaitingCalls == 0)
    }

    @Test func aWaiterResumedBeforeItsWaitExpiredIsNotRejected() {
        var machine = Machine(maxConcurrentCalls: 1)
        #expect(machine.tryAcquire() == true)
        guard case .waiting(let id) = machine.enqueue("a") else {
            Issue.record("a waits")
            return
        }
        guard case .resume = machine.release() else {
            Issue.record("a is resumed")
            return
        }
        #expect(machine.waitExpired(id) == nil)
        #expect(machine.cancelWaiter(id) == nil)
        #expect(machine.numberOfRejectedCalls == 0)
    }

    @Test func aPermitHeldByAbandonedWorkStaysTakenUntilTheWorkEnds() {
        var machine = Machine(maxConcurrentCalls: 1)
        #expect(machine.tryAcquire() == true)
        machine.permitHeldByAbandonedWork()
        #expect(machine.permitsHeldByAbandonedWork == 1)
        #expect(machine.permitsInUse == 1)
        #expect(machine.tryAcquire() == false, "the abandoned work still holds the permit")
        _ = machine.enqueue("next")
        guard case .resume("next") = machine.abandonedWorkEnded() else {
            Issue.record("the waiter gets the permit once the work ends")
            return
        }
        #expect(machine.permitsHeldByAbandonedWork == 0)
        #expect(machine.permitsInUse == 1)
    }

    /// Random sequences of every input, checked against the rules after each step: never more permits than the maximum,
    /// nobody waits while a permit is free, waiters are served in order, and everything adds up.
    @Test func randomSequencesKeepEveryInvariant() async {
        for seed in 0..<200 {
            Self.checkRandomSequence(seed: UInt64(seed))
            // Yield between sequences, so that tests measuring real time elsewhere keep a cooperative thread.
            await Task.yield()
        }
    }

    static func checkRandomSequence(seed: UInt64) {
        var random = SeededGenerator(state: seed)
        var maximum = Int.random(in: 1...4, using: &random)
        // After a shrink, permits in use may exceed the maximum; they may only come down until they are below it.
        var ceiling = maximum
        var machine = BulkheadStateMachine<Int>(maxConcurrentCalls: maximum)
        var holders = 0  // calls holding a permit, not counting abandoned work
        var abandoned = 0
        var queue: [(id: WaiterQueue<Int>.ID, waiter: Int)] = []  // the model of the queue, in order
        var nextWaiter = 0
        var rejected = 0
        for _ in 0..<300 {
            switch Int.random(in: 0..<7, using: &random) {
            case 0:
                let admitted = machine.tryAcquire()
                #expect(admitted == (holders + abandoned < maximum && queue.isEmpty))
                if admitted { holders += 1 }
            case 1:
                switch machine.enqueue(nextWaiter) {
                case .admitted:
                    #expect(holders + abandoned < maximum && queue.isEmpty)
                    holders += 1
                case .waiting(let id):
                    #expect(holders + abandoned >= maximum || !queue.isEmpty)
                    queue.append((id, nextWaiter))
                }
                nextWaiter += 1
            case 2 where holders > 0:
                let overLimit = holders + abandoned > maximum
                switch machine.release() {
                case .none:
                    #expect(queue.isEmpty || overLimit, "a released permit goes to a waiter unless it is retired")
                    holders -= 1
                case .resume(let waiter):
                    #expect(!overLimit, "a permit beyond the maximum is retired, not handed on")
                    #expect(waiter == queue.first?.waiter, "first in, first out")
                    queue.removeFirst()
                }
            case 3 where !queue.isEmpty:
                let index = Int.random(in: 0..<queue.count, using: &random)
                if Bool.random(using: &random) {
                    #expect(machine.cancelWaiter(queue[index].id) == queue[index].waiter)
                } else {
                    #expect(machine.waitExpired(queue[index].id) == queue[index].waiter)
                    rejected += 1
                }
                queue.remove(at: index)
            case 4 where holders > 0:
                machine.permitHeldByAbandonedWork()
                holders -= 1
                abandoned += 1
            case 5 where abandoned > 0:
                let overLimit = holders + abandoned > maximum
                abandoned -= 1
                switch machine.abandonedWorkEnded() {
                case .none:
                    #expect(queue.isEmpty || overLimit)
                case .resume(let waiter):
                    #expect(waiter == queue.first?.waiter)
                    queue.removeFirst()
                    holders += 1
                }
            case 6:
                maximum = Int.random(in: 1...4, using: &random)
                let admitted = machine.resize(maxConcurrentCalls: maximum)
                let free = max(0, maximum - holders - abandoned)
                #expect(admitted == queue.prefix(free).map(\.waiter), "a larger maximum admits the first waiters")
                queue.removeFirst(admitted.count)
                holders += admitted.count
                ceiling = max(maximum, holders + abandoned)
            default:
                break
            }
            #expect(machine.permitsInUse == holders + abandoned)
            #expect(machine.permitsInUse <= ceiling)
            ceiling = max(maximum, machine.permitsInUse)
            #expect(machine.permitsHeldByAbandonedWork == abandoned)
            #expect(machine.numberOfWaitingCalls == queue.count)
            #expect(queue.isEmpty || machine.permitsInUse >= maximum, "nobody waits while a permit is free")
            #expect(machine.numberOfRejectedCalls == rejected)
        }
    }
}

@Suite("Waiter queue")
struct WaiterQueueTests {
    @Test func behavesLikeAnArrayWithRemovalFromTheMiddle() async {
        for seed in 0..<50 {
            Self.checkRandomSequence(seed: UInt64(seed))
            // Yield between sequences, so that tests measuring real time elsewhere keep a cooperative thread.
            await Task.yield()
        }
    }

    static func checkRandomSequence(seed: UInt64) {
        var random = SeededGenerator(state: seed)
        var queue = WaiterQueue<Int>()
        var model: [(WaiterQueue<Int>.ID, Int)] = []
        var removed: [WaiterQueue<Int>.ID] = []
        for step in 0..<500 {
            switch Int.random(in: 0..<4, using: &random) {
            case 0, 1:
                model.append((queue.append(step), step))
            case 2:
                let first = queue.removeFirst()
                #expect(first?.element == model.first?.1)
                if let first {
                    removed.append(first.id)
                    model.removeFirst()
                }
            default:
                if !model.isEmpty {
                    let index = Int.random(in: 0..<model.count, using: &random)
                    #expect(queue.remove(model[index].0) == model[index].1)
                    removed.append(model[index].0)
                    model.remove(at: index)
                }
                if let stale = removed.randomElement(using: &random) {
                    #expect(queue.remove(stale) == nil, "a stale ID never removes the slot's next tenant")
                }
            }
            #expect(queue.count == model.count)
        }
        #expect(queue.removeAll() == model.map(\.1))
    }
}
