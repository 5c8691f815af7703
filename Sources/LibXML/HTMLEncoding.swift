/// Which character encoding an HTML page was read with, and why.
///
/// Council pages arrive as UTF-8, as Windows-1252 with no declaration (saved from Word or old CMSs),
/// or declared one way and written another. The parser is always told the encoding explicitly, so
/// the answer never depends on libxml2's own guessing (which falls back to Latin-1 mid-file).
public struct HTMLEncoding: Hashable, Sendable, CustomStringConvertible {
    /// How the encoding was decided.
    public enum Basis: String, Hashable, Sendable {
        /// The caller asked for it.
        case forced
        /// A byte-order mark.
        case byteOrderMark
        /// A `<meta charset>` or `<meta http-equiv="Content-Type">` declaration.
        case declared
        /// No declaration; the bytes are valid UTF-8.
        case undeclaredUTF8
        /// No declaration and not valid UTF-8: read as Windows-1252, as browsers do.
        case undeclaredWindows1252
        /// Declared UTF-8 but not valid UTF-8: valid sequences kept, stray bytes read as Windows-1252.
        case declaredUTF8Repaired
        /// The declared name is unknown to libxml2: fell back to the undeclared rules.
        case unknownDeclaration
    }

    /// The IANA name used: `UTF-8`, `windows-1252`, `UTF-16LE`, `ISO-8859-15`...
    public var name: String
    /// How it was decided.
    public var basis: Basis
    /// The label found in the page, when there was one (e.g. `iso-8859-1`).
    public var declaredLabel: String?

    /// Makes an encoding decision record.
    public init(name: String, basis: Basis, declaredLabel: String? = nil) {
        self.name = name
        self.basis = basis
        self.declaredLabel = declaredLabel
    }

    /// The name and basis, e.g. `windows-1252 (declared)`.
    public var description: String { "\(name) (\(basis.rawValue))" }
}

/// Decides the encoding of HTML bytes the way browsers do (BOM, then a `<meta>` declaration in the
/// head, then the bytes themselves), and transcodes the cases libxml2 handles badly.
enum HTMLEncodingSniffer {
    /// How far into the file a `<meta>` declaration is looked for.
    static let prescanLimit = 16 * 1024

    /// Labels that browsers read as Windows-1252 (WHATWG Encoding Standard).
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1",
        "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "iso_8859-1:1987",
    ]

    /// Labels read as UTF-8. UTF-16 declared in an ASCII-compatible page is read as UTF-8 too.
    static let utf8Labels: Set<String> = [
        "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
        "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2",
    ]

    /// Decides the encoding. `isKnown` says whether libxml2 can decode a label.
    static func decide(_ bytes: UnsafeBufferPointer<UInt8>, isKnown: (String) -> Bool) -> HTMLEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return HTMLEncoding(name: "UTF-8", basis: .byteOrderMark) }
        if bytes.starts(with: [0xFF, 0xFE]) { return HTMLEncoding(name: "UTF-16LE", basis: .byteOrderMark) }
        if bytes.starts(with: [0xFE, 0xFF]) { return HTMLEncoding(name: "UTF-16BE", basis: .byteOrderMark) }
        let valid = UTF8Validation.isValid(bytes)
        if let label = declaredLabel(in: bytes) {
            let lower = label.lowercased()
            if utf8Labels.contains(lower) {
                return valid ? HTMLEncoding(name: "UTF-8", basis: .declared, declaredLabel: label)
                    : HTMLEncoding(name: "UTF-8", basis: .declaredUTF8Repaired, declaredLabel: label)
            }
            if windows1252Labels.contains(lower) {
                return HTMLEncoding(name: "windows-1252", basis: .declared, declaredLabel: label)
            }
            if isKnown(label) { return HTMLEncoding(name: label, basis: .declared, declaredLabel: label) }
            return HTMLEncoding(name: valid ? "UTF-8" : "windows-1252", basis: .unknownDeclaration, declaredLabel: label)
        }
        return valid ? HTMLEncoding(name: "UTF-8", basis: .undeclaredUTF8)
            : HTMLEncoding(name: "windows-1252", basis: .undeclaredWindows1252)
    }

    /// The charset label of the first `<meta>` that declares one, before `<body>` and within the
    /// prescan limit: `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
    static func declaredLabel(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let limit = min(bytes.count, prescanLimit)
        var index = 0
        while index + 5 < limit {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if matches(bytes, at: index + 1, "body", limit: limit) { return nil }
            guard matches(bytes, at: index + 1, "meta", limit: limit) else { index += 1; continue }
            var end = index + 5
            while end < limit, bytes[end] != UInt8(ascii: ">") { end += 1 }
            if let label = charset(in: bytes, from: index + 5, to: end) { return label }
            index = end
        }
        return nil
    }

    /// Finds `charset` then `=` and reads the value (quoted or not) inside one tag.
    private static func charset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String? {
        var index = start
        while index + 7 <= end {
            if matches(bytes, at: index, "charset", limit: end) {
                var cursor = index + 7
                while cursor < end, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
                guard cursor < end, bytes[cursor] == UInt8(ascii: "=") else { index += 7; continue }
                cursor += 1
                while cursor < end, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\"")
                    || bytes[cursor] == UInt8(ascii: "'") { cursor += 1 }
                var valueEnd = cursor
                while valueEnd < end, isLabelByte(bytes[valueEnd]) { valueEnd += 1 }
                guard valueEnd > cursor else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<valueEnd]), as: UTF8.self)
            }
            index += 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// Case-insensitive ASCII match of `word` at `offset`.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ word: StaticString, limit: Int) -> Bool {
        guard offset + word.utf8CodeUnitCount <= limit else { return false }
        let pointer = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount where bytes[offset + index] | 0x20 != pointer[index] {
            return false
        }
        return true
    }
}

/// UTF-8 checks and the two repairs the parser needs (libxml2 switches to Latin-1 for the rest of
/// the file at the first bad byte, which garbles every later curly quote).
enum UTF8Validation {
    /// Whether the bytes are well-formed UTF-8 (fast path over ASCII runs).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] < 0x80 { index += 1; continue }
            let length = sequenceLength(bytes, at: index)
            if length == 0 { return false }
            index += length
        }
        return true
    }

    /// The length of a valid multi-byte sequence starting at `index`, or 0 when invalid.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let count = bytes.count
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && bytes[index + offset] >= low && bytes[index + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    /// Windows-1252 bytes as UTF-8 (0x80-0x9F through the Windows table; the five unassigned bytes
    /// become the C1 controls of the same value, as browsers do).
    static func windows1252ToUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // Written in place (every page declared windows-1252 passes here): at most 3 bytes a byte.
        [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { output, written in
            var end = 0
            let high = windows1252High
            for byte in bytes {
                if byte < 0x80 {
                    output[end] = byte
                    end += 1
                    continue
                }
                let scalar: UInt32 = byte <= 0x9F ? high[Int(byte - 0x80)] : UInt32(byte)
                if scalar < 0x800 {
                    output[end] = UInt8(0xC0 | (scalar >> 6))
                    output[end + 1] = UInt8(0x80 | (scalar & 0x3F))
                    end += 2
                } else {
                    output[end] = UInt8(0xE0 | (scalar >> 12))
                    output[end + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    output[end + 2] = UInt8(0x80 | (scalar & 0x3F))
                    end += 3
                }
            }
            written = end
        }
    }

    /// Keeps valid UTF-8 sequences and reads each stray byte as Windows-1252.
    static func repairedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { output.append(byte); index += 1; continue }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                appendWindows1252(byte, to: &output)
                index += 1
            } else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                index += length
            }
        }
        return output
    }

    private static func appendWindows1252(_ byte: UInt8, to output: inout [UInt8]) {
        if byte < 0x80 { output.append(byte); return }
        let scalar: UInt32 = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
        if scalar < 0x800 {
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
