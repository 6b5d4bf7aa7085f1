/// The outcomes of recent calls, with running totals: O(1) to record and to read.
///
/// A count-based window is a ring of the last `size` outcomes. A time-based window is a ring of buckets, each holding
/// the totals of one `bucketNanoseconds`-long slice of time; buckets that fall out of the window are evicted lazily,
/// when a later call or read moves the window forward.
///
/// Time is in nanoseconds since the breaker's origin and never negative.
struct SlidingWindowStorage: Sendable {
    enum Kind: Sendable, Hashable {
        case countBased(size: Int)
        case timeBased(bucketNanoseconds: Int64, bucketCount: Int)
        /// Every call recorded, none evicted: the probes of the half-open state, whose number the state machine bounds.
        case allCalls
    }

    private struct Bucket: Sendable {
        var calls = 0
        var failures = 0
        var slowCalls = 0
        var slowFailures = 0
    }

    private static let failedFlag: UInt8 = 1
    private static let slowFlag: UInt8 = 2

    let kind: Kind

    /// The number of calls of a full count-based window; -1 for the other kinds.
    private let fullCount: Int

    /// The number of calls in the window.
    private(set) var calls = 0
    /// The number of failed calls in the window.
    private(set) var failures = 0
    /// The number of slow calls in the window, failed or not.
    private(set) var slowCalls = 0
    /// The number of calls in the window that were both slow and failed.
    private(set) var slowFailures = 0

    // Count-based storage: one flag byte per call.
    private var outcomes: [UInt8]
    private var nextOutcome = 0

    // Time-based storage: one bucket per slice of time; `newestBucket` is the absolute index of the newest, which
    // ends at `newestBucketEnd` and sits in `buckets[newestSlot]`. Calls before that end (nearly all of them) find
    // their bucket without dividing.
    private var buckets: [Bucket]
    private var newestBucket: Int64 = 0
    private var newestBucketEnd: Int64 = 0
    private var newestSlot = 0

    init(kind: Kind) {
        self.kind = kind
        switch kind {
        case .countBased(let size):
            self.fullCount = size
            self.outcomes = [UInt8](repeating: 0, count: size)
            self.buckets = []
        case .timeBased(_, let bucketCount):
            self.fullCount = -1
            self.outcomes = []
            self.buckets = [Bucket](repeating: Bucket(), count: bucketCount)
        case .allCalls:
            self.fullCount = -1
            self.outcomes = []
            self.buckets = []
        }
    }

    /// The largest number of calls the window can hold, or `nil` when time alone bounds it.
    var capacity: Int? {
        switch self.kind {
        case .countBased(let size): size
        case .timeBased, .allCalls: nil
        }
    }

    /// Records one call that finished at `now`, which only a time-based window reads.
    mutating func record(failed: Bool, slow: Bool, at now: Int64) {
        switch self.kind {
        case .countBased(let size):
            let flags = (failed ? Self.failedFlag : 0) | (slow ? Self.slowFlag : 0)
            if self.calls == size {
                self.subtract(flags: self.outcomes[self.nextOutcome])
            } else {
                self.calls += 1
            }
            self.outcomes[self.nextOutcome] = flags
            self.nextOutcome += 1
            if self.nextOutcome == size { self.nextOutcome = 0 }
            self.add(failed: failed, slow: slow)

        case .timeBased(let bucketNanoseconds, let bucketCount):
            // Time only moves forward here; an instant older than the newest bucket is counted in the newest one.
            if now >= self.newestBucketEnd {
                let index = now / bucketNanoseconds
                self.moveForward(to: index, bucketNanoseconds: bucketNanoseconds, bucketCount: bucketCount)
            }
            let slot = self.newestSlot
            self.buckets[slot].calls += 1
            if failed { self.buckets[slot].failures += 1 }
            if slow { self.buckets[slot].slowCalls += 1 }
            if failed && slow { self.buckets[slot].slowFailures += 1 }
            self.calls += 1
            self.add(failed: failed, slow: slow)

        case .allCalls:
            self.calls += 1
            self.add(failed: failed, slow: slow)
        }
    }

    /// Records one successful call that was not slow and finished at `now`, when that cannot change the verdict of the
    /// trip rules: the window keeps its number of calls or grows without reaching `minimumCalls`, and drops no bucket.
    /// Such a call lowers both rates, and so cannot open a breaker: the common case of a healthy dependency, in a few
    /// instructions. Returns `false`, having changed nothing, in every other case.
    @inline(__always)
    mutating func recordSuccessQuickly(at now: Int64, minimumCalls: Int) -> Bool {
        guard self.calls == self.fullCount else {
            return self.recordSuccessInGrowingWindow(at: now, minimumCalls: minimumCalls)
        }
        // A full count-based window: the success replaces the oldest outcome, which was a success too, most often.
        let slot = self.nextOutcome
        // `slot` is always within the ring: skip the bounds check of the read.
        let replaced = self.outcomes.withUnsafeBufferPointer { $0[slot] }
        if replaced != 0 {
            self.forget(slot: slot, flags: replaced)
        }
        self.nextOutcome = slot &+ 1 == self.fullCount ? 0 : slot &+ 1
        return true
    }

    /// Whether this is a count-based window that holds as many calls as it can.
    var isFullCountWindow: Bool {
        self.calls == self.fullCount
    }

    /// Records `count` successes that were not slow in a full count-based window: each replaces the oldest outcome.
    mutating func recordSuccessesInFullWindow(_ count: Int) {
        guard count > 0, self.calls == self.fullCount else { return }
        if count >= self.fullCount {
            // Every outcome is replaced: the window holds successes only.
            for slot in self.outcomes.indices { self.outcomes[slot] = 0 }
            self.failures = 0
            self.slowCalls = 0
            self.slowFailures = 0
            self.nextOutcome = (self.nextOutcome + count % self.fullCount) % self.fullCount
            return
        }
        for _ in 0..<count {
            let slot = self.nextOutcome
            let replaced = self.outcomes[slot]
            if replaced != 0 {
                self.forget(slot: slot, flags: replaced)
            }
            self.nextOutcome = slot &+ 1 == self.fullCount ? 0 : slot &+ 1
        }
    }

    /// Marks the outcome in `slot`, with `flags`, as a success that was not slow. Kept out of the common case.
    @inline(never)
    private mutating func forget(slot: Int, flags: UInt8) {
        self.outcomes[slot] = 0
        self.subtract(flags: flags)
    }

    /// ``recordSuccessQuickly(at:minimumCalls:)`` for a window that is not a full count-based one.
    @inline(never)
    private mutating func recordSuccessInGrowingWindow(at now: Int64, minimumCalls: Int) -> Bool {
        guard self.calls &+ 1 != minimumCalls else { return false }
        switch self.kind {
        case .countBased(let size):
            self.outcomes[self.nextOutcome] = 0
            self.nextOutcome = self.nextOutcome &+ 1 == size ? 0 : self.nextOutcome &+ 1
        case .timeBased:
            guard now < self.newestBucketEnd else { return false }
            self.buckets[self.newestSlot].calls += 1
        case .allCalls:
            return false
        }
        self.calls += 1
        return true
    }

    /// Evicts the buckets that have left a time-based window by `now`. Does nothing for a count-based window.
    mutating func evict(at now: Int64) {
        guard case .timeBased(let bucketNanoseconds, let bucketCount) = self.kind, now >= self.newestBucketEnd else {
            return
        }
        self.moveForward(to: now / bucketNanoseconds, bucketNanoseconds: bucketNanoseconds, bucketCount: bucketCount)
    }

    private mutating func moveForward(to index: Int64, bucketNanoseconds: Int64, bucketCount: Int) {
        guard index > self.newestBucket else { return }
        if index - self.newestBucket >= Int64(bucketCount) {
            // Every bucket has left the window: forget them all at once.
            for slot in self.buckets.indices { self.buckets[slot] = Bucket() }
            self.calls = 0
            self.failures = 0
            self.slowCalls = 0
            self.slowFailures = 0
        } else {
            var next = self.newestBucket + 1
            while next <= index {
                let slot = Int(next % Int64(bucketCount))
                let old = self.buckets[slot]
                self.calls -= old.calls
                self.failures -= old.failures
                self.slowCalls -= old.slowCalls
                self.slowFailures -= old.slowFailures
                self.buckets[slot] = Bucket()
                next += 1
            }
        }
        self.newestBucket = index
        self.newestBucketEnd = (index * bucketNanoseconds).addingSaturating(bucketNanoseconds)
        self.newestSlot = Int(index % Int64(bucketCount))
    }

    @inline(__always)
    private mutating func add(failed: Bool, slow: Bool) {
        if failed { self.failures += 1 }
        if slow { self.slowCalls += 1 }
        if failed && slow { self.slowFailures += 1 }
    }

    @inline(__always)
    private mutating func subtract(flags: UInt8) {
        let failed = flags & Self.failedFlag != 0
        let slow = flags & Self.slowFlag != 0
        if failed { self.failures -= 1 }
        if slow { self.slowCalls -= 1 }
        if failed && slow { self.slowFailures -= 1 }
    }
}
