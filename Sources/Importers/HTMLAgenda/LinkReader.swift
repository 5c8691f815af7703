import CouncilText
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
