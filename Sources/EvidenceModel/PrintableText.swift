/// Text made safe to print on one line: control characters (C0, DEL, C1, and the Unicode line and
/// bidirectional-override marks) are written as escapes. A file named "a\n/x.csv:1: error: …" must not
/// forge a diagnostic line or reorder a terminal's text.
public enum PrintableText {
    /// `text` with every control character escaped (`\n`, `\r`, `\t`, else `\u{1B}`); other text unchanged.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else { result.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return result
    }

    /// Whether a scalar is a control character or a mark that changes how a line is laid out.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
