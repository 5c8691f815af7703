/// Byte-level checks that let the readers skip the costly recognisers on lines that cannot match
/// (most lines of a long document are prose). They only ever say "maybe", never "no" wrongly.
enum TextScan {
    /// Whether `needle` (ASCII) occurs in `text`, compared byte by byte.
    static func contains(_ text: String, ascii needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            while index <= bytes.count - pattern.count {
                if bytes[index] == first {
                    var offset = 1
                    while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether a line may state a file size: a `KB`/`MB`/`GB` unit (any case) or the word `bytes`.
    static func mayHoldFileSize(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "b") || byte == UInt8(ascii: "B") {
                switch previous {
                case UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "g"), UInt8(ascii: "G"),
                     UInt8(ascii: " "), UInt8(ascii: "("):
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
    static func hasDigitOrPound(_ text: String) -> Bool {
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
        var previousSpace = true  // a leading space needs trimming
        for byte in text.utf8 {
            if byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "*") { return false }
            let isSpace = byte == UInt8(ascii: " ")
            if isSpace && previousSpace { return false }
            previousSpace = isSpace
        }
        return !previousSpace || text.isEmpty
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

    /// Whether a line may hold a size as `LinkLine.firstSize` reads one: a word with a digit followed
    /// by a unit word (`B`, `KB`, `MB`, `GB`, `bytes`, any case), or a bracketed word with a digit
    /// ending in `)` ("(156Kb)"). Words are split on spaces byte by byte; wherever non-ASCII text
    /// could make Characters differ from bytes (next to a space, or inside a unit word), it says maybe.
    static func mayHoldSizeWords(_ text: String) -> Bool {
        var previousHasDigit = false
        var wordStart = 0
        var hasDigit = false
        var hasNonASCII = false
        var previousByte: UInt8 = UInt8(ascii: " ")
        var result = false
        var text = text
        text.withUTF8 { bytes in
            func endWord(at end: Int) -> Bool {
                guard end > wordStart else { return false }
                let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
                if hasDigit, word[word.count - 1] == UInt8(ascii: ")") { return true }
                if previousHasDigit, hasNonASCII || isUnitWord(word) { return true }
                previousHasDigit = hasDigit
                return false
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: " ") {
                    if previousByte >= 0x80 || (index + 1 < bytes.count && bytes[index + 1] >= 0x80) {
                        result = true
                        return
                    }
                    if endWord(at: index) { result = true; return }
                    wordStart = index + 1
                    hasDigit = false
                    hasNonASCII = false
                } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    hasDigit = true
                } else if byte >= 0x80 {
                    hasNonASCII = true
                }
                previousByte = byte
            }
            result = endWord(at: bytes.count)
        }
        return result
    }

    /// `B`, `KB`, `MB`, `GB` or `BYTES` in any ASCII case.
    private static func isUnitWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        func upper(_ byte: UInt8) -> UInt8 { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte }
        switch word.count {
        case 1:
            return upper(word[0]) == UInt8(ascii: "B")
        case 2:
            let first = upper(word[0])
            return upper(word[1]) == UInt8(ascii: "B")
                && (first == UInt8(ascii: "K") || first == UInt8(ascii: "M") || first == UInt8(ascii: "G"))
        case 5:
            return zip(word, "BYTES".utf8).allSatisfy { upper($0) == $1 }
        default:
            return false
        }
    }
}
