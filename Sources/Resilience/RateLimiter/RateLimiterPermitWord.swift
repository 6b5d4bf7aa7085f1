/// The permissions of a rate limiter's current cycle that calls may take without the lock, in one atomic word.
///
/// Whoever holds the limiter's lock takes every permission back from the word first (an exchange that leaves none, so
/// that calls go to the lock meanwhile), hands them to the state machine before its input, and then moves the cycle's
/// free permissions back into the word, with a new epoch and the cycle's end published just before it. A call that
/// finds permissions left and the cycle not ended takes one with a compare-and-exchange; since every publication changes
/// the epoch, an exchange that succeeds proves that the cycle's end the call read belongs to the permissions it took.
///
/// Layout: `epoch << 40 | permissions`.
struct RateLimiterPermitWord: Equatable, Sendable {
    var rawValue: UInt64

    /// The most permissions the word holds; the state machine keeps the rest of a larger cycle for the next publication.
    static let maximumPermissions: Int64 = (1 << 40) - 1

    private static let epochMask: UInt64 = (1 << 24) - 1

    init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    init(epoch: UInt64, permissions: Int64) {
        precondition(permissions >= 0 && permissions <= Self.maximumPermissions, "permissions out of range")
        self.rawValue = (epoch & Self.epochMask) << 40 | UInt64(permissions)
    }

    var epoch: UInt64 { self.rawValue >> 40 }

    var permissions: Int64 { Int64(self.rawValue & UInt64(Self.maximumPermissions)) }

    /// The word after a call took one permission, or `nil` when none is left.
    var takingOne: Self? {
        self.permissions > 0 ? Self(rawValue: self.rawValue - 1) : nil
    }

    /// The word that holds no permission, with the next epoch: what the lock holder leaves while it works.
    var seized: Self { Self(epoch: self.epoch &+ 1, permissions: 0) }

    /// The word that offers `permissions`, with the epoch after this one.
    func publishing(_ permissions: Int64) -> Self {
        Self(epoch: self.epoch &+ 1, permissions: permissions)
    }
}
