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
}
