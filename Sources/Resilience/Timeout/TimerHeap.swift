/// The deadlines of a ``DeadlineScheduler``: a binary min-heap over a slab of reusable slots.
///
/// Inserting and removing cost O(log n) and allocate nothing once the arrays have grown to the largest number of
/// deadlines pending at once, so that an unfired timeout leaves nothing behind. A removed or fired entry's slot is
/// reused; its generation changes, so that a stale ``ID`` never removes the slot's next tenant.
@usableFromInline
struct TimerHeap<Payload> {
    /// Identifies one inserted deadline.
    @usableFromInline
    struct ID: Hashable, Sendable {
        @usableFromInline
        var slot: Int
        @usableFromInline
        var generation: UInt64
    }

    private struct Slot {
        var deadline: Int64 = 0
        var heapPosition = -1
        var generation: UInt64 = 0
        var payload: Payload?
    }

    private var slots: [Slot] = []
    private var freeSlots: [Int] = []
    /// Slot indices, ordered as a binary min-heap by deadline.
    private var heap: [Int] = []

    /// The number of pending deadlines.
    var count: Int { self.heap.count }

    /// The earliest pending deadline, if any.
    var earliestDeadline: Int64? {
        self.heap.first.map { self.slots[$0].deadline }
    }

    /// Adds `payload`, due at `deadline`.
    mutating func insert(_ payload: Payload, deadline: Int64) -> ID {
        let slot: Int
        if let free = self.freeSlots.popLast() {
            slot = free
        } else {
            slot = self.slots.count
            self.slots.append(Slot())
        }
        self.slots[slot].deadline = deadline
        self.slots[slot].payload = payload
        self.slots[slot].heapPosition = self.heap.count
        self.heap.append(slot)
        self.siftUp(from: self.heap.count - 1)
        return ID(slot: slot, generation: self.slots[slot].generation)
    }

    /// Removes the deadline `id` and returns its payload; `nil` when it already fired or was removed.
    mutating func remove(_ id: ID) -> Payload? {
        guard id.slot < self.slots.count, self.slots[id.slot].generation == id.generation,
            self.slots[id.slot].heapPosition >= 0
        else { return nil }
        return self.removeSlot(id.slot)
    }

    /// Removes and returns every payload due at `now` (deadline `<= now`), earliest first.
    mutating func removeDue(at now: Int64) -> [Payload] {
        var due: [Payload] = []
        while let first = self.heap.first, self.slots[first].deadline <= now {
            if let payload = self.removeSlot(first) {
                due.append(payload)
            }
        }
        return due
    }

    private mutating func removeSlot(_ slot: Int) -> Payload? {
        let position = self.slots[slot].heapPosition
        let last = self.heap.count - 1
        if position != last {
            self.swapAt(position, last)
        }
        self.heap.removeLast()
        if position < self.heap.count {
            self.siftDown(from: position)
            self.siftUp(from: position)
        }
        let payload = self.slots[slot].payload
        self.slots[slot].payload = nil
        self.slots[slot].heapPosition = -1
        self.slots[slot].generation &+= 1
        self.freeSlots.append(slot)
        return payload
    }

    private mutating func siftUp(from position: Int) {
        var child = position
        while child > 0 {
            let parent = (child - 1) / 2
            guard self.deadline(at: child) < self.deadline(at: parent) else { return }
            self.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(from position: Int) {
        var parent = position
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < self.heap.count, self.deadline(at: left) < self.deadline(at: smallest) { smallest = left }
            if right < self.heap.count, self.deadline(at: right) < self.deadline(at: smallest) { smallest = right }
            guard smallest != parent else { return }
            self.swapAt(parent, smallest)
            parent = smallest
        }
    }

    private func deadline(at position: Int) -> Int64 {
        self.slots[self.heap[position]].deadline
    }

    private mutating func swapAt(_ first: Int, _ second: Int) {
        self.heap.swapAt(first, second)
        self.slots[self.heap[first]].heapPosition = first
        self.slots[self.heap[second]].heapPosition = second
    }
}
