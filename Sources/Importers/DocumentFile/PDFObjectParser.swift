/// A PDF object as far as metadata needs it (ISO 32000 §7.3): no streams are decoded.
indirect enum PDFObject: Equatable {
    case dictionary([String: PDFObject])
    case array([PDFObject])
    case string([UInt8])
    case name(String)
    case number(Double)
    case reference(Int, Int)
    case boolean(Bool)
    case null

    /// A dictionary's value for a key (without the slash).
    subscript(key: String) -> PDFObject? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    var name: String? { if case .name(let value) = self { value } else { nil } }
    var number: Double? { if case .number(let value) = self { value } else { nil } }
    var stringBytes: [UInt8]? { if case .string(let value) = self { value } else { nil } }

    /// A text string (§7.9.2.2): UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), else PDFDocEncoding.
    var text: String? {
        guard let bytes = stringBytes else { return nil }
        return PDFObject.decodeText(bytes)
    }

    static func decodeText(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFE, 0xFF]) {
            var units: [UInt16] = []
            var index = 2
            while index + 1 < bytes.count {
                units.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(String.UnicodeScalarView(bytes.compactMap { byte in
            pdfDocEncodingDifferences[byte].flatMap(Unicode.Scalar.init) ?? Unicode.Scalar(UInt32(byte))
        }))
    }

    /// Where PDFDocEncoding differs from Latin-1 in the characters titles use.
    static let pdfDocEncodingDifferences: [UInt8: UInt32] = [
        0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014, 0x85: 0x2013, 0x86: 0x0192,
        0x87: 0x2044, 0x88: 0x2039, 0x89: 0x203A, 0x8A: 0x2212, 0x8B: 0x2030, 0x8C: 0x201E, 0x8D: 0x201C,
        0x8E: 0x201D, 0x8F: 0x2018, 0x90: 0x2019, 0x91: 0x201A, 0x92: 0x2122, 0x93: 0xFB01, 0x94: 0xFB02,
        0x95: 0x0141, 0x96: 0x0152, 0x97: 0x0160, 0x98: 0x0178, 0x99: 0x017D, 0x9A: 0x0131, 0x9B: 0x0142,
        0x9C: 0x0153, 0x9D: 0x0161, 0x9E: 0x017E, 0xA0: 0x20AC,
    ]
}

/// Parses PDF objects from bytes: dictionaries, arrays, strings, names, numbers, references.
/// Bounded (depth, string length) so a hostile file cannot make it recurse or allocate without end.
struct PDFObjectParser {
    let bytes: [UInt8]
    var position: Int

    static let maximumDepth = 32
    static let maximumStringLength = 1 << 20

    init(bytes: [UInt8], position: Int) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        "()<>[]{}/%".utf8.contains(byte)
    }

    mutating func skipWhitespaceAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    /// The next object, or nil when the bytes are not a PDF object.
    mutating func parseObject(depth: Int = 0) -> PDFObject? {
        guard depth < Self.maximumDepth else { return nil }
        skipWhitespaceAndComments()
        guard let byte = peek() else { return nil }
        switch byte {
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "<") { return parseDictionary(depth: depth) }
            return parseHexString()
        case UInt8(ascii: "["): return parseArray(depth: depth)
        case UInt8(ascii: "("): return parseLiteralString()
        case UInt8(ascii: "/"): return parseName().map(PDFObject.name)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return parseNumberOrReference()
        default:
            let word = parseKeyword()
            switch word {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            case "null": return .null
            default: return nil
            }
        }
    }

    mutating func parseDictionary(depth: Int) -> PDFObject? {
        position += 2
        var entries: [String: PDFObject] = [:]
        while true {
            skipWhitespaceAndComments()
            guard let byte = peek() else { return nil }
            if byte == UInt8(ascii: ">"), peek(1) == UInt8(ascii: ">") {
                position += 2
                return .dictionary(entries)
            }
            guard byte == UInt8(ascii: "/"), let key = parseName(), let value = parseObject(depth: depth + 1) else { return nil }
            entries[key] = value
        }
    }

    mutating func parseArray(depth: Int) -> PDFObject? {
        position += 1
        var elements: [PDFObject] = []
        while true {
            skipWhitespaceAndComments()
            guard let byte = peek() else { return nil }
            if byte == UInt8(ascii: "]") {
                position += 1
                return .array(elements)
            }
            guard let element = parseObject(depth: depth + 1) else { return nil }
            elements.append(element)
        }
    }

    /// `/Name` with `#xx` escapes; returns the name without its slash.
    mutating func parseName() -> String? {
        guard peek() == UInt8(ascii: "/") else { return nil }
        position += 1
        var name: [UInt8] = []
        while let byte = peek(), !Self.isWhitespace(byte), !Self.isDelimiter(byte) {
            if byte == UInt8(ascii: "#"), let high = peek(1).flatMap(Self.hexValue), let low = peek(2).flatMap(Self.hexValue) {
                name.append(high << 4 | low)
                position += 3
            } else {
                name.append(byte)
                position += 1
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    mutating func parseKeyword() -> String {
        var word: [UInt8] = []
        while let byte = peek(), !Self.isWhitespace(byte), !Self.isDelimiter(byte), word.count < 32 {
            word.append(byte)
            position += 1
        }
        if word.isEmpty { position += 1 }
        return String(decoding: word, as: UTF8.self)
    }

    mutating func parseNumberOrReference() -> PDFObject? {
        guard let (first, firstIsInteger) = parseNumber() else { return nil }
        guard firstIsInteger else { return .number(first) }
        let saved = position
        skipWhitespaceAndComments()
        if let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), let (second, secondIsInteger) = parseNumber(), secondIsInteger {
            skipWhitespaceAndComments()
            // An object number no Int holds ("99999999999999999999 0 R") is no reference: a number.
            if peek() == UInt8(ascii: "R"), peek(1).map({ Self.isWhitespace($0) || Self.isDelimiter($0) }) ?? true,
               let object = Int(exactly: first), let generation = Int(exactly: second) {
                position += 1
                return .reference(object, generation)
            }
        }
        position = saved
        return .number(first)
    }

    mutating func parseNumber() -> (Double, Bool)? {
        var text: [UInt8] = []
        while let byte = peek(), byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), text.count < 40 {
            text.append(byte)
            position += 1
        }
        let string = String(decoding: text, as: UTF8.self)
        guard let value = Double(string) ?? (string.hasPrefix(".") ? Double("0" + string) : nil) else { return nil }
        return (value, !text.contains(UInt8(ascii: ".")))
    }

    /// `( ... )` with balanced parentheses and backslash escapes (§7.3.4.2).
    mutating func parseLiteralString() -> PDFObject? {
        position += 1
        var result: [UInt8] = []
        var nesting = 0
        while let byte = peek(), result.count < Self.maximumStringLength {
            position += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard let next = peek() else { return nil }
                position += 1
                switch next {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case 0x0D:
                    if peek() == 0x0A { position += 1 }
                case 0x0A: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(next - UInt8(ascii: "0"))
                    for _ in 0..<2 {
                        guard let digit = peek(), (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(digit) else { break }
                        value = value * 8 + Int(digit - UInt8(ascii: "0"))
                        position += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: value))
                default: result.append(next)
                }
            case UInt8(ascii: "("):
                nesting += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                if nesting == 0 { return .string(result) }
                nesting -= 1
                result.append(byte)
            default:
                result.append(byte)
            }
        }
        return nil
    }

    /// `<48656C6C6F>`; an odd final digit counts as followed by 0 (§7.3.4.3).
    mutating func parseHexString() -> PDFObject? {
        position += 1
        var result: [UInt8] = []
        var pending: UInt8?
        while let byte = peek(), result.count < Self.maximumStringLength {
            position += 1
            if byte == UInt8(ascii: ">") {
                if let pending { result.append(pending << 4) }
                return .string(result)
            }
            if Self.isWhitespace(byte) { continue }
            guard let value = Self.hexValue(byte) else { return nil }
            if let high = pending {
                result.append(high << 4 | value)
                pending = nil
            } else {
                pending = value
            }
        }
        return nil
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
