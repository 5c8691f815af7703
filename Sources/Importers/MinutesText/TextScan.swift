import Foundation

/// Byte-level checks that let the readers skip the costly recognisers on lines that cannot match
/// (most lines of a long document are prose). They only ever say "maybe", never "no" wrongly.
enum TextScan {
    /// Whether `needle` (ASCII) occurs in `text`, compared byte by byte.
    static func contains(_ text: String, ascii needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, needle) }
    }

    /// Whether `needle` (ASCII) occurs in `text`, compared byte by byte.
    static func contains(_ text: Substring, ascii needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, needle) }
    }

    /// Foundation's `range(of:)` for a needle, asked only when the needle's UTF-8 bytes occur in the
    /// text (most texts hold none of the words looked for, and the byte search is far cheaper).
    static func range(of needle: StaticString, in text: Substring) -> Range<String.Index>? {
        contains(text, ascii: needle) ? text.range(of: needle.description) : nil
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        guard let base = bytes.baseAddress, bytes.count >= count else { return false }
        // The C library's `memchr` finds the needle's first byte many bytes at a time, and `memcmp`
        // settles each place it is found. These searches run on every paragraph and sentence, and a
        // loop comparing byte by byte was a twentieth of reading minutes.
        let pattern = needle.utf8Start
        let first = Int32(pattern[0])
        let last = base + (bytes.count - count)
        var from = base
        while from <= last, let found = memchr(from, first, last - from + 1) {
            let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if count == 1 || memcmp(candidate + 1, pattern + 1, count - 1) == 0 { return true }
            from = candidate + 1
        }
        return false
    }

    /// Whether a line may state a file size: a `KB`/`MB`/`GB` unit (any case) or the word `bytes`.
    static func mayHoldFileSize(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayHoldFileSize)
    }

    private static func mayHoldFileSize(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "b") || byte == UInt8(ascii: "B") {
                switch previous {
                case UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "g"), UInt8(ascii: "G"),
                     UInt8(ascii: " "), UInt8(ascii: "("),
                     // ("(236K/bytes)")
                     UInt8(ascii: "/"):
                    return true
                default:
                    break
                }
            }
            previous = byte
        }
        return false
    }

    /// Whether a text holds an ASCII digit or a pound sign (the start of most numeric facts).
    static func hasDigitOrPound<Text: StringProtocol>(_ text: Text) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
            if previous == 0xC2 && byte == 0xA3 { return true }  // "£" in UTF-8
            previous = byte
        }
        return false
    }

    /// Whether a line is pure printable ASCII with single spaces and no `*` or tab (needs no normalising).
    static func isPlainASCII(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8(isPlainASCII)
    }

    /// `isPlainASCII` over bytes.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true  // a leading space needs trimming
        for byte in bytes {
            if byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "*") { return false }
            let isSpace = byte == UInt8(ascii: " ")
            if isSpace && previousSpace { return false }
            previousSpace = isSpace
        }
        return !previousSpace || bytes.isEmpty
    }

    /// The last space-separated word of a text when it and the spaces around it are plain ASCII
    /// (so bytes and Characters agree); nil otherwise, for the caller's Character-based reading.
    static func lastASCIIWord(_ text: Substring) -> Substring? {
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        var start = end
        while start > bytes.startIndex {
            let before = bytes.index(before: start)
            let byte = bytes[before]
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: " ") {
                // The space is its own Character unless a non-ASCII character before it could join it.
                if before > bytes.startIndex, bytes[bytes.index(before: before)] >= 0x80 { return nil }
                break
            }
            start = before
        }
        return Substring(bytes[start..<end])
    }

    /// Whether a line may hold a size as `LinkLine.firstSize` reads one: a digit, then later a unit
    /// word between spaces (`B`, `KB`, `MB`, `GB`, `bytes`, any case; the Kelvin sign and long s count
    /// as the letters they match), or a `)` ending a word after a digit ("(156Kb)"). A word that
    /// Characters would read as a unit is always such a byte run, so this never says no wrongly.
    static func mayHoldSizeWords(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var sawDigit = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    sawDigit = true
                } else if sawDigit, byte == UInt8(ascii: ")"), index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ") {
                    return true
                } else if sawDigit, byte == UInt8(ascii: " "), isUnitWord(bytes, from: index + 1) {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Whether the bytes from `start` up to the next space (or the end) spell `B`, `KB`, `MB`, `GB`
    /// or `BYTES` in any case, reading the Kelvin sign as K and the long s as S (their upper cases
    /// or canonical forms).
    private static func isUnitWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        // The upper-cased letters, packed one byte each (at most five: "BYTES").
        var packed: UInt64 = 0
        var count = 0
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: " ") {
            guard count < 5 else { return false }
            let byte = bytes[index]
            var letter: UInt8
            if byte < 0x80 {
                letter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
                index += 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x84, bytes[index + 2] == 0xAA {
                letter = UInt8(ascii: "K")  // U+212A KELVIN SIGN
                index += 3
            } else if byte == 0xC5, index + 1 < bytes.count, bytes[index + 1] == 0xBF {
                letter = UInt8(ascii: "S")  // U+017F LATIN SMALL LETTER LONG S
                index += 2
            } else {
                return false
            }
            packed = packed << 8 | UInt64(letter)
            count += 1
        }
        return unitWords.contains(packed) && count > 0
    }

    /// `B`, `KB`, `MB`, `GB` and `BYTES`, packed as `isUnitWord` packs letters.
    private static let unitWords: Set<UInt64> = Set(["B", "KB", "MB", "GB", "BYTES"].map { word in
        word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })

    /// Whether a word starts with "£" (a cheap byte test first; Characters settle a match).
    static func hasPrefixPound(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard bytes.next() == 0xC2, bytes.next() == 0xA3 else { return false }
        return word.hasPrefix("£")
    }

    /// Whether a word ends with "%" (a cheap byte test first; Characters settle a match).
    static func hasSuffixPercent(_ word: String) -> Bool {
        guard word.utf8.last == UInt8(ascii: "%") else { return false }
        return word.hasSuffix("%")
    }

    /// Whether a word holds a "." (bytes settle plain ASCII words; others ask Foundation, as before).
    static func containsDot(_ word: String) -> Bool {
        guard word.utf8.contains(UInt8(ascii: ".")) else { return false }
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return word.contains(".")
    }

    /// Whether a text holds an ASCII lower-case letter that is a Character of its own start (the
    /// byte before it is ASCII too), so that `Character.isLowercase` and `isLetter` hold for it.
    static func hasASCIILowercaseLetter(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") && previous < 0x80 { return true }
            previous = byte
        }
        return false
    }

    /// Whether an ASCII digit occurs among the first `limit` bytes.
    static func hasASCIIDigit(_ text: String, within limit: Int) -> Bool {
        text.utf8.prefix(limit).contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Whether a line has the byte shape of a sub-item marker (`i)`, `(a)`, `(1)`, `iv.`) followed by
    /// a space: an optional `(`, one to five ASCII letters or digits, then `)` (or `.` after Roman
    /// numerals only, without the bracket), then a space. `LinePatterns.enumerator` accepts only such lines.
    static func mayStartEnumerator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let open = bytes.first == UInt8(ascii: "(")
            if open { index = 1 }
            let tokenStart = index
            var allRoman = true
            while index < bytes.count, index - tokenStart < 6 {
                let byte = bytes[index]
                let lower = byte | 0x20
                let isLetter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
                guard isLetter || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { break }
                if !(isLetter && (lower == UInt8(ascii: "i") || lower == UInt8(ascii: "v") || lower == UInt8(ascii: "x") || lower == UInt8(ascii: "l"))) {
                    allRoman = false
                }
                index += 1
            }
            let tokenLength = index - tokenStart
            guard (1...5).contains(tokenLength), index + 1 < bytes.count else { return false }
            let close = bytes[index]
            guard close == UInt8(ascii: ")") || (close == UInt8(ascii: ".") && !open && allRoman) else { return false }
            return bytes[index + 1] == UInt8(ascii: " ")
        }
    }

    /// The byte offset of the first `byte` among the first `limit` bytes of a text.
    static func firstOffset(of byte: UInt8, in text: String, within limit: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            for offset in 0..<min(limit, bytes.count) where bytes[offset] == byte { return offset }
            return nil
        }
    }

    /// Settles, on bytes, the lines `LinePatterns.leadingNumber` turns down for their shape: more than
    /// four digits, or no space after `19`, `6a` or `19.` ("39.1 The panel ...", "2024/25").
    /// Only where the bytes looked at (and the one after them) are ASCII, so each is a Character;
    /// false means "read it properly".
    static func rejectsLeadingNumber(_ text: String, requireDot: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            var digits = 0
            while digits < bytes.count, isDigit(bytes[digits]) { digits += 1 }
            // Every byte looked at below lies before digits + 4.
            for offset in 0..<min(bytes.count, digits + 4) where bytes[offset] >= 0x80 { return false }
            if digits > 4 { return true }
            var index = digits
            if index < bytes.count, bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z"),
               index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: ".") || bytes[index + 1] == UInt8(ascii: " ") {
                index += 1
            } else if index + 2 < bytes.count, bytes[index] >= UInt8(ascii: "A"), bytes[index] <= UInt8(ascii: "Z"),
                      bytes[index + 1] == UInt8(ascii: " "), bytes[index + 2] == UInt8(ascii: "-") {
                // "2A - Title" (LinePatterns.leadingNumber reads the capital suffix before a dash).
                index += 1
            }
            var sawDot = false
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                sawDot = true
                index += 1
            }
            if requireDot && !sawDot { return true }
            return index < bytes.count && bytes[index] != UInt8(ascii: " ")
        }
    }

    /// `trimmingCharacters(in: .whitespaces)`, skipped when both ends are visible ASCII (nothing to trim).
    static func trimmingWhitespaces(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
