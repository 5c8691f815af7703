/// A small deterministic random source (SplitMix64): the same seed gives the same inputs on every
/// machine and Swift version, which `SystemRandomNumberGenerator` cannot promise.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next() % UInt64(items.count))]
    }

    /// An independent stream for a numbered part (a file), so parts can be generated in any order.
    func fork(_ part: Int) -> SeededRandom {
        var copy = SeededRandom(seed: state ^ (UInt64(truncatingIfNeeded: part) &* 0xD6E8_FEB8_6659_FD93))
        _ = copy.next()
        return copy
    }
}
