/// SplitMix64: a tiny, seedable generator, so that every sequence can be replayed from its seed (the model tests' and
/// the soak's faults).
public struct SeededGenerator: RandomNumberGenerator {
    /// The generator's state; a new generator's is its seed.
    public var state: UInt64

    /// A generator whose sequence is that of `state`.
    public init(state: UInt64) {
        self.state = state
    }

    public mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
