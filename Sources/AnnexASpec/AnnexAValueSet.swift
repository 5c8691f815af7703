/// A code list of the template (`a) Male`, `b) Female`, ...) and the loose spellings that map to
/// each code without doubt (`Male`, `M`, `N1`, `E11`): the importer normalises them, never guesses.
public struct AnnexAValueSet: Sendable {
    /// The code list's name in the spec (`gender`).
    public var name: String
    /// The template values, in order.
    public var values: [String]
    /// True when other values are allowed too (the LA of placement holds any English LA name).
    public var isOpen: Bool
    /// The sources (`S1`...`S7` of the spec file) that give the list.
    public var evidence: [String]
    /// The extra spellings the spec file lists (`M` → `a) Male`, `s) NOBT` → `t) NOBT`).
    public private(set) var aliases: [String: String]
    /// Loose key hash → index in `values`; ambiguous keys are left out.
    private var lookup: [UInt64: Int]
    private var valueBytes: [[UInt8]]
    /// The same lookup as flat tables, for resolving cells on their bytes (see `AnnexACodeLookup`).
    public private(set) var codeLookup: AnnexACodeLookup

    /// Makes a code list; `aliases` maps extra spellings to template values.
    public init(name: String, values: [String], isOpen: Bool = false, aliases: [String: String] = [:], evidence: [String] = []) {
        self.name = name
        self.values = values
        self.isOpen = isOpen
        self.evidence = evidence
        self.aliases = aliases.filter { values.contains($0.value) }
        self.valueBytes = values.map { Array($0.utf8) }
        var candidates: [UInt64: Set<Int>] = [:]
        for (index, value) in values.enumerated() {
            for spelling in Self.spellings(of: value) {
                candidates[LooseValueKey.hash(Array(spelling.utf8)), default: []].insert(index)
            }
        }
        var lookup: [UInt64: Int] = [:]
        for (key, indexes) in candidates where indexes.count == 1 { lookup[key] = indexes.first }
        for (alias, value) in aliases.sorted(by: { $0.key < $1.key }) {
            if let index = values.firstIndex(of: value) { lookup[LooseValueKey.hash(Array(alias.utf8))] = index }
        }
        self.lookup = lookup
        self.codeLookup = AnnexACodeLookup(lookup: lookup, values: valueBytes)
    }

    /// What a cell's text resolves to.
    public enum Resolution: Equatable, Sendable {
        /// Exactly a template value (its index).
        case exact(Int)
        /// A loose spelling of one template value (its index).
        case normalised(Int)
        /// Not a value of this list.
        case unknown
    }

    /// Resolves trimmed cell bytes to a template value, without making a String.
    public func resolve<C: Collection>(_ bytes: C) -> Resolution where C.Element == UInt8 {
        resolveGeneric(bytes)
    }

    private func resolveGeneric<C: Collection>(_ bytes: C) -> Resolution where C.Element == UInt8 {
        guard let index = lookup[LooseValueKey.hash(bytes)] else { return .unknown }
        return valueBytes[index].elementsEqual(bytes) ? .exact(index) : .normalised(index)
    }

    /// Resolves trimmed cell bytes as the CSV reader hands them over (a concrete entry point, so a
    /// caller in another module gets the specialised loop).
    public func resolve(_ bytes: ArraySlice<UInt8>) -> Resolution {
        resolveGeneric(bytes)
    }

    /// Resolves trimmed cell bytes in a buffer (the CSV reader's hot path; see `AnnexACodeLookup`).
    public func resolve(_ bytes: UnsafeBufferPointer<UInt8>) -> Resolution {
        codeLookup.resolve(bytes)
    }

    /// Resolves a string (convenience for tests and small inputs).
    public func resolve(_ text: String) -> Resolution {
        resolve(Array(text.trimmingSpaces.utf8)[...])
    }

    /// The spellings a template value answers to: itself, without its letter prefix (`a) Male` →
    /// `Male`), and its short code (`a) 1A: Individual` → `1A`, `N1 - Abuse or neglect` → `N1`).
    static func spellings(of value: String) -> [String] {
        var result = [value]
        var rest = Substring(value)
        if let close = value.firstIndex(of: ")"), value.distance(from: value.startIndex, to: close) <= 3 {
            let prefix = value[..<close]
            if let first = prefix.first, first.isLetter, prefix.allSatisfy({ $0.isLetter || $0.isNumber }) {
                rest = value[value.index(after: close)...].drop { $0 == " " }
                result.append(String(rest))
            }
        }
        let separators = [":", " - "]
        for separator in separators {
            if let range = rest.range(of: separator) {
                let code = rest[..<range.lowerBound].trimmingCharacters(in: " ")
                if (1...6).contains(code.count), code.allSatisfy({ $0.isLetter || $0.isNumber }) { result.append(code) }
                break
            }
        }
        return result
    }
}

/// The loose key of a cell value, hashed (FNV-1a 64) so a lookup needs no allocation: case,
/// spaces and the punctuation that separates a code's parts (`( ) : - . , / ' _`, and the
/// typographic quotes and dashes Excel substitutes: `’ ‘ “ ” – —`) do not count; every other
/// byte does. So `a)Male`, `A) MALE` and `a) Male` share a key, but `Male?`, `Mâle` or `9+` keep
/// what makes them something else, and resolve to no code.
enum LooseValueKey {
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf29ce484222325
        @inline(__always) func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        // A typographic quote or dash is E2 80 xx in UTF-8: held until its third byte decides.
        var held = 0
        for byte in bytes {
            if held == 1 {
                if byte == 0x80 { held = 2; continue }
                mix(0xE2)
                held = 0
            } else if held == 2 {
                held = 0
                if isTypographicSeparator(byte) { continue }
                mix(0xE2)
                mix(0x80)
            }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): mix(byte | 0x20)
            case 0xE2: held = 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ":"), UInt8(ascii: "-"),
                 UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "'"), UInt8(ascii: "_"):
                continue
            default: mix(byte)
            }
        }
        if held >= 1 { mix(0xE2) }
        if held == 2 { mix(0x80) }
        return hash
    }

    /// The third byte of `’ ‘ “ ” – —` (E2 80 xx).
    @inline(__always)
    private static func isTypographicSeparator(_ byte: UInt8) -> Bool {
        byte == 0x98 || byte == 0x99 || byte == 0x9C || byte == 0x9D || byte == 0x93 || byte == 0x94
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        String(self).trimmingCharacters(in: " \t\r\n")
    }

    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

/// A code list's lookup as flat open-addressed tables, for resolving a cell on its bytes with no
/// String and no dictionary: first the cell's exact bytes (what almost every cell is: a template
/// value), then its loose key. A class, so a reader can hold it and call it without copying the
/// tables. Gives exactly what `AnnexAValueSet.resolve` gives.
public final class AnnexACodeLookup: Sendable {
    /// The template values' bytes, end to end, and where each ends.
    private let valueBytes: [UInt8]
    private let valueEnds: [Int]
    /// Loose key hash → value index (the value set's lookup).
    private let loose: HashSlots
    /// Exact bytes hash → value index, for the values whose own loose key leads back to them (for
    /// the others the loose path decides).
    private let exact: HashSlots

    init(lookup: [UInt64: Int], values: [[UInt8]]) {
        valueBytes = values.flatMap { $0 }
        var ends: [Int] = []
        var end = 0
        for value in values {
            end += value.count
            ends.append(end)
        }
        valueEnds = ends
        let looseSlots = HashSlots(lookup)
        loose = looseSlots
        var exactLookup: [UInt64: Int] = [:]
        for (index, value) in values.enumerated() where looseSlots.index(of: LooseValueKey.hash(value)) == index {
            let key = value.withUnsafeBufferPointer(Self.exactHash)
            // Two values with one exact hash: leave both to the loose path.
            exactLookup[key] = exactLookup[key] == nil ? index : -1
        }
        exact = HashSlots(exactLookup.filter { $0.value >= 0 })
    }

    /// What trimmed cell bytes resolve to.
    public func resolve(_ bytes: UnsafeBufferPointer<UInt8>) -> AnnexAValueSet.Resolution {
        let candidate = exact.index(of: Self.exactHash(bytes))
        if candidate >= 0 && equals(candidate, bytes) { return .exact(candidate) }
        let index = loose.index(of: LooseValueKey.hash(bytes))
        guard index >= 0 else { return .unknown }
        return equals(index, bytes) ? .exact(index) : .normalised(index)
    }

    /// Whether a value's bytes are exactly these.
    @inline(__always)
    private func equals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index == 0 ? 0 : valueEnds[index - 1]
        guard valueEnds[index] - start == bytes.count else { return false }
        guard bytes.count > 0, let cell = bytes.baseAddress else { return true }
        return valueBytes.withUnsafeBufferPointer { stored in
            guard let value = stored.baseAddress.map({ UnsafeRawPointer($0 + start) }) else { return false }
            let cellBytes = UnsafeRawPointer(cell)
            var offset = 0
            while offset + 8 <= bytes.count {
                if value.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != cellBytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset += 8
            }
            while offset < bytes.count {
                if value.load(fromByteOffset: offset, as: UInt8.self) != cellBytes.load(fromByteOffset: offset, as: UInt8.self) { return false }
                offset += 1
            }
            return true
        }
    }

    /// A cheap hash of exact bytes: their length and their first and last eight bytes.
    @inline(__always)
    static func exactHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return 0x9E3779B97F4A7C15 }
        var head: UInt64 = 0, tail: UInt64 = 0
        if count >= 8 {
            head = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            tail = UnsafeRawPointer(base + (count - 8)).loadUnaligned(as: UInt64.self)
        } else {
            for offset in 0..<count { head = head << 8 | UInt64(base[offset]) }
        }
        var hash = UInt64(count) &* 0x9E3779B97F4A7C15
        hash = (hash ^ head) &* 0xFF51AFD7ED558CCD
        hash = (hash ^ (tail >> 7 | tail << 57)) &* 0xC4CEB9FE1A85EC53
        return hash ^ (hash >> 31)
    }
}

/// A hash → index map as two flat arrays with linear probing: a multiply, a mask and a compare
/// or two per lookup.
struct HashSlots: Sendable {
    private let keys: [UInt64]
    /// index + 1; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init(_ lookup: [UInt64: Int]) {
        var size = 8
        while size < lookup.count * 4 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var slots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (key, index) in lookup.sorted(by: { $0.key < $1.key }) {
            var slot = Self.start(key, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            slots[slot] = Int32(index + 1)
        }
        self.keys = keys
        self.slots = slots
        self.mask = mask
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 32) & mask
    }

    /// The index stored for a key, or -1.
    @inline(__always)
    func index(of key: UInt64) -> Int {
        var slot = Self.start(key, mask)
        while true {
            let stored = slots[slot]
            if stored == 0 { return -1 }
            if keys[slot] == key { return Int(stored) - 1 }
            slot = (slot + 1) & mask
        }
    }
}
