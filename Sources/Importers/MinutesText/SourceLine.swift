/// One line of the input after normalisation: whitespace runs (tabs, no-break spaces, thin spaces)
/// collapsed to one space, zero-width characters and markdown bold markers removed, ends trimmed.
struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the source.
    let number: Int
    /// The normalised text; empty for a blank line.
    let text: String
    /// Whether the whole line was wrapped in `**bold**` markers (the text renderings' bold).
    let isBold: Bool
    /// Whether the line opens a row of a flattened agenda table (`TableRendering`): a structural break.
    var startsTableRow = false
    /// "Councillor A Brolly      Mrs F Brunt": the line's parts where runs of three or more spaces (or a tab) kept
    /// columns apart before they were collapsed; nil for a line with fewer than two such parts.
    var cells: [String]?

    var isBlank: Bool { text.isEmpty }

    /// Splits decoded text into normalised lines. LF, CRLF and lone CR all end a line.
    static func split(_ text: String) -> [SourceLine] {
        // Scans bytes for the line breaks Character.isNewline knows (LF, VT, FF, CR, CRLF, NEL, LS,
        // PS): much cheaper than splitting on Characters, with the same lines. Plain ASCII lines
        // (most of them) become strings straight from the buffer.
        var result: [SourceLine] = []
        var contiguous = text
        contiguous.withUTF8 { bytes in
            let utf8 = text.utf8
            var lineStart = 0
            var index = 0
            func endLine(at end: Int, resumingAt next: Int) {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                if TextScan.isPlainASCII(line) {
                    result.append(SourceLine(number: result.count + 1, text: String(decoding: line, as: UTF8.self), isBold: false))
                } else {
                    let raw = text[utf8.index(utf8.startIndex, offsetBy: lineStart)..<utf8.index(utf8.startIndex, offsetBy: end)]
                    let (normalised, bold) = normalise(raw)
                    result.append(SourceLine(number: result.count + 1, text: normalised, isBold: bold, cells: columns(raw)))
                }
                lineStart = next
            }
            while index < bytes.count {
                let byte = bytes[index]
                var next = index + 1
                switch byte {
                case 0x0A, 0x0B, 0x0C:
                    endLine(at: index, resumingAt: next)
                case 0x0D:
                    if next < bytes.count, bytes[next] == 0x0A { next += 1 }
                    endLine(at: index, resumingAt: next)
                case 0xC2 where next < bytes.count && bytes[next] == 0x85:
                    next += 1
                    endLine(at: index, resumingAt: next)
                case 0xE2 where next < bytes.count && bytes[next] == 0x80:
                    let third = next + 1
                    if third < bytes.count, bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                        next = third + 1
                        endLine(at: index, resumingAt: next)
                    }
                default:
                    break
                }
                index = next
            }
            endLine(at: bytes.count, resumingAt: bytes.count)
        }
        // A final newline does not make a line of its own.
        if let last = result.last, last.isBlank, text.last?.isNewline == true { result.removeLast() }
        return result
    }

    /// The parts of a raw line kept apart by runs of three or more spaces or a tab, each normalised; nil for fewer
    /// than two.
    static func columns(_ raw: Substring) -> [String]? {
        // (A byte search settles most lines: no tab, and no run of three spaces after the line's first letter.)
        let utf8 = raw.utf8
        guard let firstText = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        var spaces = 0, gap = false
        for byte in utf8[firstText...] {
            if byte == 0x09 { gap = true; break }
            spaces = byte == 0x20 ? spaces + 1 : 0
            if spaces == 3 { gap = true; break }
        }
        guard gap else { return nil }
        let trimmed = raw.trimmingSpaces()
        var cells: [String] = []
        var start = trimmed.startIndex
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            guard trimmed[index] == " " || trimmed[index] == "\t" else {
                index = trimmed.index(after: index)
                continue
            }
            var end = index
            var spaces = 0, tab = false
            while end < trimmed.endIndex, trimmed[end] == " " || trimmed[end] == "\t" {
                if trimmed[end] == "\t" { tab = true }
                spaces += 1
                end = trimmed.index(after: end)
            }
            if tab || spaces >= 3 {
                cells.append(normalise(trimmed[start..<index]).0)
                start = end
            }
            index = end
        }
        cells.append(normalise(trimmed[start...]).0)
        return cells.count >= 2 ? cells : nil
    }

    /// Collapses whitespace, drops invisible characters and `**` bold markers, and trims.
    static func normalise(_ raw: Substring) -> (String, Bool) {
        if TextScan.isPlainASCII(raw) || isAlreadyNormal(raw) { return (String(raw), false) }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var previousStar = false
        var starPairs = 0
        for scalar in raw.unicodeScalars {
            if isInvisible(scalar) { continue }
            if isSpace(scalar) {
                pendingSpace = !scalars.isEmpty
                previousStar = false
                continue
            }
            if scalar == "*" {
                if previousStar {
                    // A `**` bold marker: drop both stars (the first was held back).
                    previousStar = false
                    starPairs += 1
                    continue
                }
                previousStar = true
                continue
            }
            if previousStar {
                if pendingSpace { scalars.append(" "); pendingSpace = false }
                scalars.append("*")
                previousStar = false
            }
            if pendingSpace { scalars.append(" "); pendingSpace = false }
            scalars.append(scalar)
        }
        if previousStar {
            if pendingSpace { scalars.append(" ") }
            scalars.append("*")
        }
        let text = String(scalars)
        let trimmedRaw = raw.trimmingSpaces()
        let bold = starPairs >= 2 && trimmedRaw.hasPrefix("**") && trimmedRaw.hasSuffix("**")
        return (text, bold)
    }

    /// Whether a line has nothing to normalise: single ASCII spaces inside, no other spaces, no
    /// invisible characters, no `*`, nothing to trim (most lines with curly quotes or accents).
    /// Scalars are decoded from the UTF-8 bytes directly (a String's bytes are valid UTF-8), which
    /// is several times cheaper than the unicode scalar view on these lines.
    static func isAlreadyNormal(_ raw: Substring) -> Bool {
        var raw = raw
        return raw.withUTF8 { bytes in
            var previousSpace = true
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                var value = UInt32(lead)
                var length = 1
                if lead >= 0xF0 {
                    value = UInt32(lead & 0x07)
                    length = 4
                } else if lead >= 0xE0 {
                    value = UInt32(lead & 0x0F)
                    length = 3
                } else if lead >= 0xC0 {
                    value = UInt32(lead & 0x1F)
                    length = 2
                }
                for offset in 1..<length where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                index += length
                if value == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                    continue
                }
                guard let scalar = Unicode.Scalar(value), scalar != "*", !isSpace(scalar), !isInvisible(scalar) else { return false }
                previousSpace = false
            }
            return !previousSpace || bytes.isEmpty
        }
    }

    /// `isAlreadyNormal` as it reads the unicode scalar view: the reference the byte reading is tested against.
    static func isAlreadyNormalByScalars(_ raw: Substring) -> Bool {
        var previousSpace = true
        for scalar in raw.unicodeScalars {
            if scalar == " " {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            if scalar == "*" || isSpace(scalar) || isInvisible(scalar) { return false }
            previousSpace = false
        }
        return !previousSpace || raw.isEmpty
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD, 0x00...0x08, 0x0E...0x1F, 0x7F: true
        default: false
        }
    }
}

/// Trimming that knows every space width (no-break, thin, ideographic), not just ASCII spaces.
extension Substring {
    /// The substring without leading and trailing spaces of any width.
    func trimmingSpaces() -> Substring {
        var start = startIndex
        var end = endIndex
        while start < end, let scalar = self[start].unicodeScalars.first, SourceLine.isSpace(scalar) { start = index(after: start) }
        while end > start, let scalar = self[index(before: end)].unicodeScalars.first, SourceLine.isSpace(scalar) { end = index(before: end) }
        return self[start..<end]
    }
}
