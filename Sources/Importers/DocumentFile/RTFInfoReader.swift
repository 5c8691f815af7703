import EvidenceModel
import EvidencePackCore

/// Reads the `{\info ...}` group of an RTF file: `{\title ...}`, `{\author ...}`, `{\subject ...}`,
/// `{\creatim\yr2023\mo10\dy12...}` and `{\revtim ...}`. The body text is not read.
enum RTFInfoReader {
    static func read(_ bytes: [UInt8]) -> DocumentMetadata {
        let text = TextDecoding.decode(Array(bytes.prefix(256 << 10)), allowTruncatedTail: true).text
        var metadata = DocumentMetadata()
        metadata.title = group("title", in: text).map(plainText)?.collapsingWhitespace.nilIfEmpty
        metadata.author = group("author", in: text).map(plainText)?.collapsingWhitespace.nilIfEmpty
        metadata.subject = group("subject", in: text).map(plainText)?.collapsingWhitespace.nilIfEmpty
        metadata.created = group("creatim", in: text).flatMap(date)
        metadata.modified = group("revtim", in: text).flatMap(date)
        if metadata != DocumentMetadata() { metadata.origin = "RTF info group" }
        return metadata
    }

    /// The content of `{\name ...}` up to its closing brace (nested groups included).
    static func group(_ name: String, in text: String) -> Substring? {
        guard let start = text.range(of: "{\\" + name) else { return nil }
        var index = start.upperBound
        // The control word must end here (`\title` is not `\titlepg`).
        if index < text.endIndex, text[index].isLetter { return nil }
        var depth = 1
        let contentStart = index
        while index < text.endIndex {
            switch text[index] {
            case "\\": index = text.index(after: index)  // skip the escaped character
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return text[contentStart..<index] }
            default: break
            }
            if index < text.endIndex { index = text.index(after: index) }
        }
        return nil
    }

    /// Text with control words removed and `\'hh` read as Windows-1252.
    static func plainText(_ content: Substring) -> String {
        var result: [UInt8] = []
        var index = content.startIndex
        while index < content.endIndex {
            let character = content[index]
            if character == "\\" {
                index = content.index(after: index)
                guard index < content.endIndex else { break }
                let next = content[index]
                if next == "'" {
                    let hexStart = content.index(after: index)
                    let hexEnd = content.index(hexStart, offsetBy: 2, limitedBy: content.endIndex) ?? content.endIndex
                    if let value = UInt8(content[hexStart..<hexEnd], radix: 16) { result.append(value) }
                    index = hexEnd
                } else if next.isLetter {
                    while index < content.endIndex, content[index].isLetter || content[index] == "-" || content[index].isNumber {
                        index = content.index(after: index)
                    }
                    if index < content.endIndex, content[index] == " " { index = content.index(after: index) }
                } else {
                    result.append(contentsOf: Array(String(next).utf8))
                    index = content.index(after: index)
                }
            } else {
                if character != "{" && character != "}" { result.append(contentsOf: Array(String(character).utf8)) }
                index = content.index(after: index)
            }
        }
        return TextDecoding.decode(result).text
    }

    /// `\yr2023\mo10\dy12`.
    static func date(_ content: Substring) -> CalendarDate? {
        func value(_ word: String) -> Int? {
            guard let range = content.range(of: "\\" + word) else { return nil }
            return Int(content[range.upperBound...].prefix { $0.isNumber })
        }
        guard let year = value("yr"), let month = value("mo"), let day = value("dy") else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
