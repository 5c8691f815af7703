/// The duplicate check over one list's rows: which rows repeat an earlier row's key, and the line
/// that first had it. It answers exactly as a plain map would, remembering at most `limit` keys
/// (a row past that is still checked against them, not remembered).
///
/// Almost every row's key is new, and learning that row by row from a table of a million keys
/// costs a cache miss a row and tens of megabytes of fresh pages (the benchmark's profile put that
/// at a fifth of validating a list; a bit filter in front still missed the cache once a row). So
/// while fewer than `limit` rows have come, a row's fingerprint and line are only appended, in
/// order (12 bytes a row). `finish()` then splits the rows by their fingerprints' top bits into
/// parts of a few thousand, keeping line order within each, and finds the repeats of each part
/// with a table small enough to stay in cache. Should `limit` rows come, they are settled there,
/// and `KeyFingerprints` answers row by row from then on.
struct DuplicateKeyCheck {
    /// A row that repeats an earlier row's key: its line and the line that first had the key.
    struct Repeat: Equatable {
        var line: Int32
        var first: Int32
    }

    /// What `take` can say at once about a row.
    enum Answer: Equatable {
        /// Nothing yet: the row is settled by `finish()` (or when the rows reach the limit).
        case later
        /// A key not seen before, now remembered.
        case new
        /// A key first seen on this line.
        case repeatOf(Int32)
        /// A key not seen before, not remembered: the check already holds `limit` keys.
        case notRemembered
    }

    private let limit: Int
    /// Every row's fingerprint, in order, until the rows reach `limit`.
    private var keys: [UInt64] = []
    /// Every row's line, in order.
    private var lines: [Int32] = []
    /// Once the rows reached `limit`: the exact memory that answers from then on.
    private var memory: KeyFingerprints?

    /// Makes the check for about `expected` rows (a guess: the rows' buffers are reserved for up to
    /// that many, never more than `limit`), remembering at most `limit` keys.
    init(expected: Int = 0, limit: Int) {
        self.limit = limit
        let rows = min(max(0, expected), limit)
        keys.reserveCapacity(rows)
        lines.reserveCapacity(rows)
    }

    /// Takes the next row's key fingerprint. When this row brings the rows to `limit`, the rows
    /// before it are settled first: their repeats are appended to `settled`, in line order.
    mutating func take(_ key: UInt64, line: Int32, settling settled: inout [Repeat]) -> Answer {
        let line = max(1, line)
        if memory == nil && keys.count >= limit { settled += switchToMemory() }
        if memory != nil { return answerFromMemory(key, line: line) }
        keys.append(key)
        lines.append(line)
        return .later
    }

    /// The repeats not yet answered, in line order.
    mutating func finish() -> [Repeat] {
        memory == nil ? settle(onFirst: { _, _ in }) : []
    }

    private mutating func answerFromMemory(_ key: UInt64, line: Int32) -> Answer {
        let found = memory!.firstLine(of: key, line: line, rememberingUnder: limit)
        if let first = found.first { return .repeatOf(first) }
        return found.remembered ? .new : .notRemembered
    }

    /// Settles the rows so far, then hands their keys to `KeyFingerprints` (all of them are new
    /// keys, fewer than `limit`, so all are remembered, as a plain map would have them).
    private mutating func switchToMemory() -> [Repeat] {
        var memory = KeyFingerprints(expected: limit)
        let limit = self.limit
        let repeats = settle { key, first in _ = memory.firstLine(of: key, line: first, rememberingUnder: limit) }
        self.memory = memory
        keys = []
        lines = []
        return repeats
    }

    /// The repeats among the rows so far, in line order; `onFirst` gets each key once, with the
    /// line that first had it.
    private func settle(onFirst: (UInt64, Int32) -> Void) -> [Repeat] {
        let count = keys.count
        guard count > 0 else { return [] }
        // Parts of about 4,096 rows (at most 1,024 parts); a row's part is its fingerprint's top bits.
        var partBits = 0
        while count >> partBits > 4096 && partBits < 10 { partBits += 1 }
        let partCount = 1 << partBits
        @inline(__always) func part(_ key: UInt64) -> Int {
            partBits == 0 ? 0 : Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> UInt64(64 - partBits))
        }
        // Where each part starts, then the rows laid out part by part, in line order within each.
        var starts = [Int](repeating: 0, count: partCount + 1)
        for key in keys { starts[part(key) + 1] += 1 }
        for index in 0..<partCount { starts[index + 1] += starts[index] }
        var next = starts
        var partKeys = [UInt64](repeating: 0, count: count)
        var partLines = [Int32](repeating: 0, count: count)
        for index in 0..<count {
            let key = keys[index], own = part(key), slot = next[own]
            partKeys[slot] = key
            partLines[slot] = lines[index]
            next[own] = slot + 1
        }
        var largest = 0
        for index in 0..<partCount { largest = max(largest, starts[index + 1] - starts[index]) }
        var table = FirstLineTable(capacity: largest)
        var repeats: [Repeat] = []
        for index in 0..<partCount where starts[index + 1] > starts[index] {
            table.clear()
            for row in starts[index]..<starts[index + 1] {
                let key = partKeys[row], line = partLines[row]
                if let first = table.firstLine(of: key, line: line) {
                    repeats.append(Repeat(line: line, first: first))
                } else {
                    onFirst(key, line)
                }
            }
        }
        repeats.sort { $0.line < $1.line }
        return repeats
    }
}

/// Fingerprint → the line that first had it, for one part of the rows: an open-addressed table
/// sized once for the largest part and cleared between parts.
private struct FirstLineTable {
    private var keys: [UInt64]
    /// The first line; 0 marks an empty slot (lines are 1 or more).
    private var lines: [Int32]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        lines = Array(repeating: 0, count: size)
        mask = size - 1
    }

    mutating func clear() {
        lines.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// The line that first had `key`; nil (and `key` remembered with `line`) when none did.
    @inline(__always)
    mutating func firstLine(of key: UInt64, line: Int32) -> Int32? {
        var slot = Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0xBF58476D1CE4E5B9) >> 32) & mask
        while lines[slot] != 0 {
            if keys[slot] == key { return lines[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        lines[slot] = line
        return nil
    }
}

/// The duplicate check's memory: key fingerprint → the line that first had it.
///
/// A row's key is almost always new, and finding that out in a table of a million keys costs a
/// cache miss a row. So a bit filter (a few bits a key, small enough to stay in cache) answers
/// "certainly new" first; new keys wait in a short list and go into the open-addressed table in
/// batches, whose probes the processor overlaps. Only a key the filter may have seen (a repeat,
/// or a filter collision) flushes the list and probes the table. The answers are exactly those of
/// a plain map: the first line a key was seen on, and nothing remembered past `limit` keys.
struct KeyFingerprints {
    private struct Entry {
        var key: UInt64
        /// 0 marks an empty slot (lines are 1 or more).
        var line: Int32
    }

    private var entries: [Entry] = []
    private var mask = -1
    /// Keys in `entries`.
    private var stored = 0
    /// New keys not yet in `entries` (none of them is in it, and no two are the same).
    private var pending: [Entry] = []
    private var filter: [UInt64]
    private let filterShift: UInt64
    /// Fingerprints held (stored and pending).
    private(set) var count = 0
    /// The size the table starts at when the first key comes.
    private let firstSize: Int

    /// Makes the memory, sized for about `expected` keys (it grows past them; past many more,
    /// the filter answers "maybe" more often, which costs time, not correctness). The filter is kept
    /// to 512 KiB at most, a size that stays in cache.
    init(expected: Int = 0) {
        var size = 1024
        while size < expected * 2 { size *= 2 }
        firstSize = size
        var filterBits = 16
        while (1 << filterBits) < expected * 4 && filterBits < 22 { filterBits += 1 }
        filter = Array(repeating: 0, count: (1 << filterBits) / 64)
        filterShift = UInt64(64 - filterBits)
        pending.reserveCapacity(Self.batch)
    }

    private static let batch = 256

    /// The line that first had this fingerprint; when none did and fewer than `limit` are held,
    /// remembers it with this line.
    mutating func firstLine(of key: UInt64, line: Int32, rememberingUnder limit: Int) -> (first: Int32?, remembered: Bool) {
        let bit = Int(truncatingIfNeeded: (key &* 0xC2B2AE3D27D4EB4F) >> filterShift)
        let word = bit >> 6, flag = UInt64(1) << UInt64(bit & 63)
        if filter[word] & flag == 0 {
            guard count < limit else { return (nil, false) }
            filter[word] |= flag
            pending.append(Entry(key: key, line: max(1, line)))
            count += 1
            if pending.count == Self.batch { flush() }
            return (nil, true)
        }
        flush()
        if (stored + 1) * 2 > entries.count { grow() }
        let mask = self.mask, mayRemember = count < limit
        let found: (first: Int32?, remembered: Bool) = entries.withUnsafeMutableBufferPointer { entries in
            var slot = Self.start(key, mask)
            while entries[slot].line != 0 {
                if entries[slot].key == key { return (entries[slot].line, false) }
                slot = (slot + 1) & mask
            }
            guard mayRemember else { return (nil, false) }
            entries[slot] = Entry(key: key, line: max(1, line))
            return (nil, true)
        }
        if found.remembered {
            count += 1
            stored += 1
        }
        return found
    }

    /// Puts the pending keys into the table (they are new: no comparisons, only free slots).
    private mutating func flush() {
        guard !pending.isEmpty else { return }
        while (stored + pending.count) * 2 > entries.count { grow() }
        let mask = self.mask, pending = self.pending
        entries.withUnsafeMutableBufferPointer { entries in
            for entry in pending {
                var slot = Self.start(entry.key, mask)
                while entries[slot].line != 0 { slot = (slot + 1) & mask }
                entries[slot] = entry
            }
        }
        stored += pending.count
        self.pending.removeAll(keepingCapacity: true)
    }

    private mutating func grow() {
        let old = entries
        let size = max(firstSize, entries.count * 2)
        entries = Array(repeating: Entry(key: 0, line: 0), count: size)
        mask = size - 1
        for entry in old where entry.line != 0 {
            var slot = Self.start(entry.key, mask)
            while entries[slot].line != 0 { slot = (slot + 1) & mask }
            entries[slot] = entry
        }
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E3779B97F4A7C15) >> 32) & mask
    }
}
