/// What the reader accepted leniently, counted so it can be said once per column instead of once
/// per cell, and never silently: the spellings read as a template code (`M` → `a) Male`) and the
/// derived numbers given with decimals (an age of `11.62` read as 11).
///
/// A normalised cell costs a hash of its bytes and a scan of the column's few known spellings; a
/// String is made only for a spelling's first cell (and only a code spelling: a cell that matched no
/// code is never kept).
struct AnnexAReadTallies {
    /// One spelling of a code, in one column.
    struct Spelling {
        let hash: UInt64
        /// The template value's index in the column's code list.
        let code: Int
        /// The spelling as written (at most `maxSpellingBytes`).
        let text: String
        var count: Int
        let firstLine: Int
    }

    /// A count and where it starts.
    struct Count {
        var count = 0
        var firstLine = 0

        mutating func add(line: Int) {
            if count == 0 { firstLine = line }
            count += 1
        }
    }

    /// Distinct spellings kept per column; further ones are only counted (`otherSpellings`).
    static let spellingsPerColumn = 12
    /// The longest spelling quoted in a note.
    static let maxSpellingBytes = 48

    /// Per template column: its spellings, in the order first seen.
    private(set) var spellings: [[Spelling]]
    /// Per template column: cells with a spelling past the first `spellingsPerColumn`.
    private(set) var otherSpellings: [Count]
    /// Per template column: numbers given with decimals.
    private(set) var fractions: [Count]

    init(columns: Int) {
        spellings = Array(repeating: [], count: columns)
        otherSpellings = Array(repeating: Count(), count: columns)
        fractions = Array(repeating: Count(), count: columns)
    }

    /// Counts a cell whose bytes were read as code `code` of the column's list.
    mutating func normalised(column: Int, code: Int, bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        let hash = Self.hash(bytes)
        if let index = spellings[column].firstIndex(where: { $0.hash == hash && $0.code == code }) {
            spellings[column][index].count += 1
        } else if spellings[column].count < Self.spellingsPerColumn {
            let text = String(decoding: bytes.prefix(Self.maxSpellingBytes), as: UTF8.self) + (bytes.count > Self.maxSpellingBytes ? "…" : "")
            spellings[column].append(Spelling(hash: hash, code: code, text: text, count: 1, firstLine: line))
        } else {
            otherSpellings[column].add(line: line)
        }
    }

    /// Counts a number given with decimals.
    mutating func fraction(column: Int, line: Int) {
        fractions[column].add(line: line)
    }

    /// FNV-1a over every byte: two spellings differ in their notes whenever their bytes differ.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }
}
