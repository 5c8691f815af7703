import Foundation

/// Word and PDF copies lift the superscript of an ordinal ("2nd", "19th") onto a line of its own above the line
/// it belongs to ("                      nd                     th"), in the middle of a heading. Such a line holds
/// nothing but the suffixes: it becomes a blank line (line numbers stay), so a heading wrapped around it reads whole.
enum OrdinalSuperscripts {
    /// The lines, with every line of lifted ordinal suffixes made blank; the same array when none is.
    static func blanked(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { isSuffixLine($0.text) }) else { return lines }
        return lines.map { isSuffixLine($0.text) ? SourceLine(number: $0.number, text: "", isBold: false) : $0 }
    }

    /// "nd", "nd      th", "st  rd": one to four ordinal suffixes, nothing else.
    static func isSuffixLine(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.count <= 400, let first = utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              first == UInt8(ascii: "s") || first == UInt8(ascii: "n") || first == UInt8(ascii: "r") || first == UInt8(ascii: "t")
        else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return (1...4).contains(words.count) && words.allSatisfy { ["st", "nd", "rd", "th"].contains($0) }
    }
}
