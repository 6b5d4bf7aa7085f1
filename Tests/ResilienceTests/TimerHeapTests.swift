import ResilienceTestSupport
import Testing

@testable import Resilience

@Suite("Timer heap")
struct TimerHeapTests {
    @Test func dueEntriesComeOutEarliestFirst() {
        var heap = TimerHeap<String>()
        for (name, deadline) in [("c", 30), ("a", 10), ("e", 50), ("b", 20), ("d", 40)] as [(String, Int64)] {
            _ = heap.insert(name, deadline: deadline)
        }
        #expect(heap.earliestDeadline == 10)
        #expect(heap.removeDue(at: 9).isEmpty)
        #expect(heap.removeDue(at: 30) == ["a", "b", "c"])
        #expect(heap.count == 2)
        #expect(heap.earliestDeadline == 40)
    }

    @Test func aRemovedEntryNeverFires() {
        var heap = TimerHeap<Int>()
        let first = heap.insert(1, deadline: 10)
        let second = heap.insert(2, deadline: 20)
        #expect(heap.remove(first) == 1)
        #expect(heap.remove(first) == nil, "removing twice finds nothing")
        #expect(heap.removeDue(at: 100) == [2])
        #expect(heap.remove(second) == nil, "a fired entry cannot be removed")
    }

    @Test func aStaleIDDoesNotRemoveTheSlotsNextTenant() {
        var heap = TimerHeap<Int>()
        let old = heap.insert(1, deadline: 10)
        _ = heap.remove(old)
        let new = heap.insert(2, deadline: 20)
        #expect(new.slot == old.slot, "the slot is reused")
        #expect(heap.remove(old) == nil)
        #expect(heap.count == 1)
    }

    @Test func randomInsertsAndRemovalsKeepTheHeapOrdered() {
        var random = SeededGenerator(state: 7)
        var heap = TimerHeap<Int64>()
        var live: [TimerHeap<Int64>.ID: Int64] = [:]
        var mistakes = 0
        for _ in 0..<5_000 {
            if live.isEmpty || Int.random(in: 0..<3, using: &random) > 0 {
                let deadline = Int64.random(in: 0..<1_000, using: &random)
                live[heap.insert(deadline, deadline: deadline)] = deadline
            } else {
                let id = live.keys.randomElement(using: &random)!
                if heap.remove(id) != live.removeValue(forKey: id) { mistakes += 1 }
            }
            if heap.earliestDeadline != live.values.min() { mistakes += 1 }
        }
        #expect(mistakes == 0)
        let due = heap.removeDue(at: .max)
        #expect(due == live.values.sorted())
    }
}
