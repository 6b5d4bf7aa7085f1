/// A bulkhead's permits in use and its gate, in the one atomic word that lets a call take and return its permit without
/// the lock.
///
/// While the gate is open, a call takes a permit (when fewer than ``limit`` are in use) or returns one with a single
/// compare-and-exchange of the word. Whoever holds the bulkhead's lock closes the gate first, so that the count is its
/// alone until it publishes the word again; it leaves the gate closed while calls wait, so that a returned permit goes
/// to the first waiter (through the lock) rather than to a call that just arrived.
///
/// Layout: `permitsInUse << 32 | limit << 1 | closed`.
struct BulkheadPermitWord: Equatable, Sendable {
    var rawValue: UInt64

    /// The largest limit the word holds; a bulkhead allowing more calls admits those beyond it through the lock.
    static let maximumLimit = Int(UInt32.max >> 1)

    /// What a call finds when it tries to take a permit without the lock.
    enum Acquisition: Equatable {
        /// The permit is free: exchange the word for this one.
        case take(BulkheadPermitWord)
        /// Every permit is in use and the gate is open: nobody waits, so the call is refused or waits.
        case full
        /// The lock holder decides: the gate is closed, or the limit is beyond what the word holds.
        case locked
    }

    init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    init(permitsInUse: Int, limit: Int, closed: Bool) {
        precondition(permitsInUse >= 0 && permitsInUse <= Int(UInt32.max), "permits in use out of range")
        precondition(limit > 0, "validated by the shell")
        let limit = UInt64(min(limit, Self.maximumLimit))
        self.rawValue = UInt64(permitsInUse) << 32 | limit << 1 | (closed ? 1 : 0)
    }

    var permitsInUse: Int { Int(truncatingIfNeeded: self.rawValue >> 32) }

    /// The bulkhead's maximum of concurrent calls, or ``maximumLimit`` when it allows more.
    var limit: Int { Int(truncatingIfNeeded: (self.rawValue & 0xFFFF_FFFF) >> 1) }

    var isClosed: Bool { self.rawValue & 1 != 0 }

    /// The word with the gate closed.
    var closed: Self { Self(rawValue: self.rawValue | 1) }

    /// Taking a permit without the lock.
    var acquisition: Acquisition {
        if self.isClosed { return .locked }
        let permitsInUse = self.permitsInUse
        if permitsInUse < self.limit { return .take(Self(rawValue: self.rawValue &+ 1 << 32)) }
        return self.limit == Self.maximumLimit ? .locked : .full
    }

    /// The word after a permit was returned without the lock, or `nil` when the gate is closed.
    var released: Self? {
        if self.isClosed { return nil }
        precondition(self.permitsInUse > 0, "released a permit that was not held")
        return Self(rawValue: self.rawValue &- 1 << 32)
    }
}
