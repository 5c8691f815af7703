#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A short text (a file name, path, title or committee) made ready once for being matched against
/// every item's patterns: its bytes with A–Z lowered, whether it holds a character that case folding
/// could read as ASCII letters, and the set of its adjacent byte pairs. A large pack asks ~100 rules
/// about each of ~10,000 records, and again for the near misses; most patterns are plain words, and
/// a word with a byte pair the text lacks cannot occur in it, so most questions end in a few `AND`s.
struct MatchText: Sendable {
    /// The text as it is (for the regular expressions that bytes cannot settle).
    let string: String
    /// The UTF-8 bytes with A–Z lowered (other bytes as they are).
    let lowered: [UInt8]
    /// True when the text holds `ß`, a ligature or another character whose case folding is ASCII:
    /// byte searches then cannot stand in for the case-insensitive engine (see `ASCIIText`).
    let foldsIntoASCII: Bool
    /// The lowered text's adjacent byte pairs.
    let pairs: BytePairSet

    init(_ string: String) {
        self.string = string
        var lowered = Array(string.utf8)
        for index in lowered.indices { lowered[index] = ASCIIText.lowered(lowered[index]) }
        self.lowered = lowered
        foldsIntoASCII = lowered.withUnsafeBufferPointer(ASCIIText.mayFoldIntoASCII)
        pairs = BytePairSet(lowered)
    }

    /// Whether `needle` (lower-cased bytes, with its pairs) occurs in the text, ignoring ASCII case.
    /// An empty needle is never found, as `ASCIIText.contains` says.
    func contains(_ needle: [UInt8], pairs needlePairs: BytePairSet) -> Bool {
        guard !needle.isEmpty, needle.count <= lowered.count, needlePairs.isSubset(of: pairs) else { return false }
        return lowered.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                guard let text = haystack.baseAddress, let word = needle.baseAddress else { return false }
                // Both sides are lowered already: `memchr` to each place the first byte occurs, `memcmp` the rest.
                let lastStart = haystack.count - needle.count
                var from = 0
                while from <= lastStart {
                    guard let found = memchr(text + from, Int32(word[0]), lastStart - from + 1) else { return false }
                    let start = UnsafeRawPointer(text).distance(to: UnsafeRawPointer(found))
                    if memcmp(text + start, word, needle.count) == 0 { return true }
                    from = start + 1
                }
                return false
            }
        }
    }
}

/// A set of adjacent byte pairs in 256 bits (each pair hashed to one bit). A text holding a word holds
/// every pair of the word, so a pair missing from the text's set proves the word absent; a pair present
/// proves nothing (two pairs may share a bit).
struct BytePairSet: Sendable, Equatable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The pairs of `bytes` (none for fewer than two bytes).
    init(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return }
        var previous = bytes[0]
        for byte in bytes.dropFirst() {
            insert(previous, byte)
            previous = byte
        }
    }

    private mutating func insert(_ first: UInt8, _ second: UInt8) {
        let bit = Self.bit(first, second)
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: words.0 |= mask
        case 1: words.1 |= mask
        case 2: words.2 |= mask
        default: words.3 |= mask
        }
    }

    /// Whether every pair of this set may be in `other` (false means certainly not).
    func isSubset(of other: BytePairSet) -> Bool {
        words.0 & ~other.words.0 == 0 && words.1 & ~other.words.1 == 0
            && words.2 & ~other.words.2 == 0 && words.3 & ~other.words.3 == 0
    }

    /// The pair's bit, 0..<256: a multiplicative hash of the two bytes, so pairs of letters spread out.
    private static func bit(_ first: UInt8, _ second: UInt8) -> Int {
        let pair = UInt32(first) << 8 | UInt32(second)
        return Int((pair &* 0x9E37_79B1) >> 24)
    }

    static func == (lhs: BytePairSet, rhs: BytePairSet) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }
}
