import Foundation

/// Turns file bytes into text the way council files need: UTF-8 (with or without a BOM), else
/// Windows-1252, which is what Word-pasted and older council pages use when they are not UTF-8.
public enum TextDecoding {
    /// The text and which encoding was used.
    public struct Decoded: Sendable {
        /// The decoded text, without a BOM.
        public var text: String
        /// `UTF-8`, `UTF-16LE`, `UTF-16BE` or `windows-1252`.
        public var encoding: String
    }

    /// Decodes bytes. `allowTruncatedTail` tolerates a UTF-8 sequence cut by a fixed-size read.
    public static func decode(_ bytes: [UInt8], allowTruncatedTail: Bool = false) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), encoding: "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: false), encoding: "UTF-16LE")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: true), encoding: "UTF-16BE")
        }
        var candidate = bytes[...]
        if allowTruncatedTail {
            // Drop a trailing UTF-8 sequence cut short (a lead byte followed by fewer continuation
            // bytes than it announces); a complete last character stays.
            var lead = candidate.endIndex
            while lead > candidate.startIndex, candidate.endIndex - lead < 4 {
                lead -= 1
                if candidate[lead] & 0xC0 != 0x80 { break }
            }
            if lead < candidate.endIndex {
                let byte = candidate[lead]
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if candidate.endIndex - lead < length { candidate = candidate[..<lead] }
            }
            if let text = String(validating: candidate, as: UTF8.self) { return Decoded(text: text, encoding: "UTF-8") }
            candidate = bytes[...]
        }
        // One pass that validates and copies (checking first and then decoding read every byte twice).
        if let text = String(validating: candidate, as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8")
        }
        return Decoded(text: windows1252(bytes), encoding: "windows-1252")
    }

    /// Decodes UTF-16 code units, replacing lone surrogates (and a dangling odd byte) with U+FFFD:
    /// Foundation's decoder returns nil for the whole file on one bad unit, which lost every line.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 + 1)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if index < bytes.endIndex { units.append(0xFFFD) }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether bytes are well-formed UTF-8 (inlinable: hot in the CSV reader, which calls it per field).
    @inlinable
    public static func validUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        if let valid = bytes.withContiguousStorageIfAvailable({ String(validating: $0, as: UTF8.self) != nil }) { return valid }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Decodes Windows-1252 (a superset of Latin-1 for printable text).
    public static func windows1252(_ bytes: [UInt8]) -> String {
        // Built as UTF-8 (every Windows-1252 file's head passes here in discovery): ASCII as it is,
        // 0x80-0x9F through the Windows table (the five unassigned bytes as the C1 controls of the
        // same value), the rest as Latin-1.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
                continue
            }
            let scalar = byte <= 0x9F ? cp1252High[Int(byte - 0x80)] ?? Unicode.Scalar(byte) : Unicode.Scalar(byte)
            UTF8.encode(scalar) { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
