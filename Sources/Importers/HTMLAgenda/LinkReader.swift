import EvidenceModel
import Foundation
import LibXML

/// Reads `<a>` elements into `DocumentLink`s: the title without icon, hidden-ref and file-size
/// text; the format and size ("PDF 119 KB" in ModernGov's `span.mgFileSize` inside the link,
/// "(156Kb)" beside CMIS links); the href resolved against the page address when one is known.
struct LinkReader {
    /// The page address links are resolved against.
    let address: PageAddress

    /// The link an `<a>` makes, or nil for anchors without a usable href (fragments, scripts).
    ///
    /// The title is the link text as a reader sees it, without the size statement and icon text,
    /// so it matches the text rendering of the same page; ModernGov's ", item 38." suffix stays in
    /// the title and also gives `itemNumber`.
    func link(_ anchor: XMLNode, itemNumber: String? = nil, sizeNear sibling: XMLNode? = nil) -> DocumentLink? {
        guard let rawHref = anchor.attribute("href").map(HTMLText.normalize), !rawHref.isEmpty,
              !rawHref.hasPrefix("#"), !rawHref.lowercased().hasPrefix("javascript:") else { return nil }
        var sizeSpans: [String] = []
        var title = HTMLText.inlineText(of: anchor, skipping: { element in
            if element.isElement("span"), element.hasClass("mgFileSize") || element.hasClass("FileSize") {
                sizeSpans.append(HTMLText.inlineText(of: element))
                return true
            }
            return false
        })
        var size: FileSizeText.Size?
        for span in sizeSpans {
            // The span can hold more than the size: ", item 38. PDF 266 KB" — that part is link text.
            if let (rest, parsed) = FileSizeText.splitTrailing(span) {
                size = size ?? parsed
                title = LinkReader.joined(title, rest)
            } else if let parsed = FileSizeText.parse(span) {
                size = size ?? parsed
            } else {
                title = LinkReader.joined(title, span)
            }
        }
        if let (rest, parsed) = FileSizeText.splitTrailing(title) {
            title = rest
            size = size ?? parsed
        }
        if size == nil, let sibling { size = FileSizeText.parse(HTMLText.inlineText(of: sibling)) }
        let number = itemNumber ?? LinkReader.splitItemSuffix(title)?.1
        if title.isEmpty, let hint = anchor.attribute("title").map(HTMLText.normalize) {
            title = LinkReader.stripTitlePrefix(hint)
        }
        let href = address.resolve(rawHref)
        let format = size?.format ?? FileSizeText.format(ofPath: rawHref)
        return DocumentLink(title: title, href: href, format: format, sizeText: size?.text, sizeBytes: size?.bytes,
                            itemNumber: number, line: anchor.line)
    }

    /// Two pieces of link text as one: a space between, unless the second starts with punctuation.
    static func joined(_ first: String, _ second: String) -> String {
        guard let lead = second.first, !first.isEmpty else { return HTMLText.normalize(first + second) }
        return HTMLText.normalize(",.;:)".contains(lead) ? first + second : first + " " + second)
    }

    /// Every link inside `node`, in document order.
    func links(in node: XMLNode, itemNumber: String? = nil) -> [DocumentLink] {
        node.descendants(where: { $0.isElement("a") }).compactMap { anchor in
            link(anchor, itemNumber: itemNumber, sizeNear: LinkReader.sizeSibling(of: anchor))
        }
    }

    /// A CMIS-style `span.FileSize` right after the link.
    static func sizeSibling(of anchor: XMLNode) -> XMLNode? {
        guard let next = anchor.nextSiblingElement, next.isElement("span"), next.hasClass("FileSize") else { return nil }
        return next
    }

    /// "Cover Report, item 4.1" → ("Cover Report", "4.1"); ModernGov appends ", item N." to file names.
    static func splitItemSuffix(_ title: String) -> (String, String)? {
        // Most titles have no comma: skip the case-insensitive Foundation search for them.
        guard title.utf8.contains(UInt8(ascii: ",")), let range = title.lastRangeIgnoringCase(of: ", item ") else { return nil }
        var number = title[range.upperBound...]
        while number.last == "." || number.last == " " { number.removeLast() }
        guard !number.isEmpty, number.count <= 8, number.first?.isNumber == true,
              number.allSatisfy({ $0.isNumber || $0 == "." || $0.isLetter }) else { return nil }
        let rest = HTMLText.normalize(title[..<range.lowerBound])
        return rest.isEmpty ? nil : (rest, String(number))
    }

    /// ModernGov's `title` attributes: "Link to file polc2 - 23.09.2015" → "polc2 - 23.09.2015".
    static func stripTitlePrefix(_ text: String) -> String {
        for prefix in ["Link to file ", "Link to ", "Click to view "] where text.hasPrefix(prefix) {
            return HTMLText.normalize(text.dropFirst(prefix.count)).trimmingQuotes()
        }
        return text
    }
}

extension String {
    /// Without surrounding straight or curly quotes.
    func trimmingQuotes() -> String {
        var slice = Substring(self)
        while let first = slice.first, "'\"‘’“”".contains(first) { slice.removeFirst() }
        while let last = slice.last, "'\"‘’“”".contains(last) { slice.removeLast() }
        return String(slice)
    }
}

/// File sizes as councils print them: "PDF 119 KB", "(PDF, 132 KB)", "(156Kb)", "2Mb", "51 KB".
enum FileSizeText {
    /// A parsed size statement.
    struct Size: Equatable {
        var format: String?
        var text: String
        var bytes: Int?
    }

    static let formats: Set<String> = ["PDF", "DOC", "DOCX", "XLS", "XLSX", "XLSM", "PPT", "PPTX", "RTF", "ODT", "ODS",
                                       "CSV", "TXT", "HTML", "HTM", "ZIP", "MSG", "JPG", "PNG", "MP3", "MP4"]

    /// Parses text that is only a size statement (icons already dropped).
    static func parse(_ text: String) -> Size? {
        guard mayEndWithUnit(text) else { return nil }
        var words = tokens(text)
        guard !words.isEmpty else { return nil }
        let size = parseTail(&words)
        return words.isEmpty ? size : nil
    }

    /// Splits "title PDF 119 KB" into ("title", size).
    static func splitTrailing(_ text: String) -> (String, Size)? {
        guard mayEndWithUnit(text) else { return nil }
        var words = tokens(text)
        guard words.count >= 2, let size = parseTail(&words), !words.isEmpty else { return nil }
        // The icon's alt text when a page was saved as text: "Report pdf icon PDF 119 KB".
        if words.count >= 3, words[words.count - 1].lowercased() == "icon", formatName(words[words.count - 2]) != nil {
            words.removeLast(2)
        }
        var title = words.joined(separator: " ")
        while let last = title.last, last == " " || last == "," || last == "-" || last == "(" { title.removeLast() }
        return title.isEmpty ? nil : (title, size)
    }

    /// The text without a trailing size statement.
    static func stripTrailing(_ text: String) -> String {
        splitTrailing(text)?.0 ?? text
    }

    /// False when the text certainly ends in no size unit (`b`, `bytes`, `k`, `kb`, `mb`, `gb`, any
    /// case), looking past closing brackets, commas and spaces: most link text and titles are not sizes.
    static func mayEndWithUnit(_ text: String) -> Bool {
        for byte in text.utf8.reversed() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D, UInt8(ascii: ")"), UInt8(ascii: ","): continue
            case 0x80...: return true
            default:
                let lower = byte | 0x20
                return lower == UInt8(ascii: "b") || lower == UInt8(ascii: "s") || lower == UInt8(ascii: "k") || byte == UInt8(ascii: ">")
            }
        }
        return false
    }

    /// `format(ofPath:)` over the bytes of an ASCII path (where each byte is a Character): the
    /// format, or `.some(nil)` for none; nil when the path is not ASCII.
    private static func asciiFormat(ofPath path: String) -> String?? {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let core = utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard let dot = core.lastIndex(of: UInt8(ascii: ".")),
              !core[dot...].contains(UInt8(ascii: "/")) else { return .some(nil) }
        let ext = String(decoding: core[core.index(after: dot)...].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
        return .some(ext == "HTML" || ext == "HTM" || ext == "ASPX" ? nil : (formats.contains(ext) ? ext : nil))
    }

    /// Words, with brackets and commas split off so "(PDF, 132 KB)" reads as PDF 132 KB.
    private static func tokens(_ text: String) -> [String] {
        var text = HTMLText.normalize(text)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            text = String(text[..<open]) + " " + inner.replacingOccurrences(",", with: " ")
        }
        // ASCII text (nearly all): split the bytes, where each is a Character; else by Characters.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").map(String.init) }
        return text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Consumes "[FORMAT] NUMBER UNIT" or "[FORMAT] NUMBERUNIT" from the end of `words`.
    private static func parseTail(_ words: inout [String]) -> Size? {
        guard let last = words.last else { return nil }
        var number: String
        var unit: String
        var consumed = 1
        if let multiplier = multiplier(last), words.count >= 2, isNumber(words[words.count - 2]) {
            number = words[words.count - 2]
            unit = last
            consumed = 2
            _ = multiplier
        } else if let split = last.firstIndex(where: { $0.isLetter }), isNumber(String(last[..<split])),
                  multiplier(String(last[split...])) != nil {
            number = String(last[..<split])
            unit = String(last[split...])
        } else {
            return nil
        }
        var format: String?
        if words.count > consumed, let name = formatName(words[words.count - consumed - 1]) {
            format = name
            consumed += 1
        }
        words.removeLast(consumed)
        number = number.replacingOccurrences(",", with: "")
        let bytes = Double(number).flatMap { value in multiplier(unit).map { Int(value * Double($0)) } }
        let text = consumed >= 2 && last == unit ? "\(number) \(unit)" : "\(number)\(unit)"
        return Size(format: format, text: text, bytes: bytes)
    }

    /// Names councils print for Office formats ("(Word, 2 MB)"), as the format they stand for.
    static let formatAliases: [String: String] = ["WORD": "DOCX", "EXCEL": "XLSX", "POWERPOINT": "PPTX"]

    /// A stated format word ("PDF", "pdf,", "Word") as a format name, else nil.
    static func formatName(_ word: String) -> String? {
        let candidate = word.uppercased().trimmingCharacters(",")
        if formats.contains(candidate) { return candidate }
        return formatAliases[candidate]
    }

    private static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.first?.isNumber == true && text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }

    private static func multiplier(_ unit: String) -> Int? {
        switch unit.lowercased() {
        case "b", "bytes": 1
        case "kb", "k": 1024
        case "mb": 1024 * 1024
        case "gb": 1024 * 1024 * 1024
        default: nil
        }
    }

    /// `PDF` for `…/report.pdf`, when the path names a document format.
    static func format(ofPath path: String) -> String? {
        if let format = asciiFormat(ofPath: path) { return format }
        var core = Substring(path)
        if let cut = core.firstIndex(where: { $0 == "?" || $0 == "#" }) { core = core[..<cut] }
        guard let dot = core.lastIndex(of: "."), !core[dot...].contains(where: { $0 == "/" }) else { return nil }
        let ext = core[core.index(after: dot)...].uppercased()
        return ext == "HTML" || ext == "HTM" || ext == "ASPX" ? nil : (formats.contains(ext) ? ext : nil)
    }
}

extension StringProtocol {
    func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }

    func trimmingCharacters(_ characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}


extension String {
    /// The last occurrence of `needle` (lower-case ASCII), ignoring case: what Foundation's
    /// `range(of:options: [.caseInsensitive, .backwards])` finds. Searched over bytes when the text is
    /// ASCII (most link titles and meeting lines are), by Foundation otherwise.
    func lastRangeIgnoringCase(of needle: StaticString) -> Range<String.Index>? {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return range(of: needle.description, options: [.caseInsensitive, .backwards])
        }
        let wanted = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let bytes = Array(utf8)
        guard wanted.count > 0, bytes.count >= wanted.count else { return nil }
        var start = bytes.count - wanted.count
        while start >= 0 {
            var matched = true
            for offset in 0..<wanted.count {
                var byte = bytes[start + offset]
                if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
                if byte != wanted[offset] { matched = false; break }
            }
            if matched {
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                return lower..<utf8.index(lower, offsetBy: wanted.count)
            }
            start -= 1
        }
        return nil
    }
}
