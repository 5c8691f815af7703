/// A code list of the template (`a) Male`, `b) Female`, ...) and the loose spellings that map to
/// each code without doubt (`Male`, `M`, `N1`, `E11`): the importer normalises them, never guesses.
public struct AnnexAValueSet: Sendable {
    /// The code list's name in the spec (`gender`).
    public var name: String
    /// The template values, in order.
    public var values: [String]
    /// True when other values are allowed too (the LA of placement holds any English LA name).
    public var isOpen: Bool
    /// Loose key hash → index in `values`; ambiguous keys are left out.
    private var lookup: [UInt64: Int]
    private var valueBytes: [[UInt8]]

    /// Makes a code list; `aliases` maps extra spellings to template values.
    public init(name: String, values: [String], isOpen: Bool = false, aliases: [String: String] = [:]) {
        self.name = name
        self.values = values
        self.isOpen = isOpen
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

/// The loose key of a cell value: ASCII letters and digits only, lower case, hashed (FNV-1a 64)
/// so a lookup needs no allocation.
enum LooseValueKey {
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            let lower: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower = byte | 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): lower = byte
            default: continue
            }
            hash = (hash ^ UInt64(lower)) &* 0x100000001b3
        }
        return hash
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
