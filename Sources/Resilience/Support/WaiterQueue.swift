/// A first-in, first-out queue whose elements can also leave from the middle: the waiters of a bulkhead or a thread
/// pool, which leave the line when they are cancelled or time out.
///
/// A doubly linked list threaded through a slab of reusable slots: appending, removing the first element and removing
/// any element by its ``ID`` are O(1), and allocate nothing once the slab has grown to the longest queue seen. A
/// removed element's slot is reused with a new generation, so that a stale ``ID`` never removes the slot's next tenant.
struct WaiterQueue<Element> {
    /// Identifies one appended element.
    struct ID: Hashable, Sendable {
        var slot: Int32
        var generation: UInt32
    }

    private struct Slot {
        var element: Element?
        var previous: Int32 = -1
        var next: Int32 = -1
        var generation: UInt32 = 0
    }

    private var slots: [Slot] = []
    private var firstFree: Int32 = -1
    private var head: Int32 = -1
    private var tail: Int32 = -1

    /// The number of elements in the queue.
    private(set) var count = 0

    /// Creates an empty queue.
    init() {}

    /// Whether the queue is empty.
    var isEmpty: Bool { self.count == 0 }

    /// Appends `element` at the end of the queue.
    mutating func append(_ element: Element) -> ID {
        let slot: Int32
        if self.firstFree >= 0 {
            slot = self.firstFree
            self.firstFree = self.slots[Int(slot)].next
        } else {
            slot = Int32(self.slots.count)
            self.slots.append(Slot())
        }
        self.slots[Int(slot)].element = element
        self.slots[Int(slot)].previous = self.tail
        self.slots[Int(slot)].next = -1
        if self.tail >= 0 {
            self.slots[Int(self.tail)].next = slot
        } else {
            self.head = slot
        }
        self.tail = slot
        self.count += 1
        return ID(slot: slot, generation: self.slots[Int(slot)].generation)
    }

    /// Removes and returns the first element.
    mutating func removeFirst() -> (id: ID, element: Element)? {
        guard self.head >= 0 else { return nil }
        let slot = self.head
        let id = ID(slot: slot, generation: self.slots[Int(slot)].generation)
        return (id, self.unlink(slot))
    }

    /// Removes and returns the element `id`; `nil` when it already left the queue.
    mutating func remove(_ id: ID) -> Element? {
        guard id.slot >= 0, Int(id.slot) < self.slots.count,
            self.slots[Int(id.slot)].generation == id.generation,
            self.slots[Int(id.slot)].element != nil
        else { return nil }
        return self.unlink(id.slot)
    }

    /// Whether the element `id` is still in the queue.
    func contains(_ id: ID) -> Bool {
        id.slot >= 0 && Int(id.slot) < self.slots.count && self.slots[Int(id.slot)].generation == id.generation
            && self.slots[Int(id.slot)].element != nil
    }

    /// Changes the element `id` in place; returns `false` when it already left the queue.
    mutating func update(_ id: ID, _ body: (inout Element) -> Void) -> Bool {
        guard self.contains(id) else { return false }
        body(&self.slots[Int(id.slot)].element!)
        return true
    }

    /// Removes every element, first to last.
    mutating func removeAll() -> [Element] {
        var elements: [Element] = []
        elements.reserveCapacity(self.count)
        while let (_, element) = self.removeFirst() {
            elements.append(element)
        }
        return elements
    }

    private mutating func unlink(_ slot: Int32) -> Element {
        let previous = self.slots[Int(slot)].previous
        let next = self.slots[Int(slot)].next
        if previous >= 0 { self.slots[Int(previous)].next = next } else { self.head = next }
        if next >= 0 { self.slots[Int(next)].previous = previous } else { self.tail = previous }
        let element = self.slots[Int(slot)].element.take()!
        self.slots[Int(slot)].generation &+= 1
        self.slots[Int(slot)].previous = -1
        self.slots[Int(slot)].next = self.firstFree
        self.firstFree = slot
        self.count -= 1
        return element
    }
}
