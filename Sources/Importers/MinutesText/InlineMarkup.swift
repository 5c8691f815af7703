import Foundation

/// Inline HTML tags left in text that sites copied out of a PDF or a web page ("KIRKWALL on 6 FEBRUARY
/// <strong>2013</strong> at 10.30am<br />"): they are markup, not words, and are removed before the lines
/// are read. Only inline tags are removed, so line numbers stay those of the file.
enum InlineMarkup {
    /// The text without inline tags; the same string when it holds none (one byte search).
    static func stripped(_ text: String) -> String {
        holdsInlineTag(text) ? text.replacing(Self.inlineTag, with: "") : text
    }

    /// Whether a "<" opens one of the tags, found in one pass over the bytes (memchr finds each "<").
    static func holdsInlineTag(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "<")), bytes.count - offset) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var index = at + 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
                var name: [UInt8] = []
                while index < bytes.count, name.count < 7, (bytes[index] | 0x20) >= UInt8(ascii: "a"), (bytes[index] | 0x20) <= UInt8(ascii: "z") {
                    name.append(bytes[index] | 0x20)
                    index += 1
                }
                if index < bytes.count, [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "/")].contains(bytes[index]),
                   Self.tagNames.contains(name) {
                    return true
                }
                offset = at + 1
            }
            return false
        }
    }

    static let tagNames: Set<[UInt8]> = Set(["br", "strong", "b", "em", "i", "u", "span", "font", "sup", "sub"].map { Array($0.utf8) })

    /// `<br />`, `<strong>`, `</strong>`, `<b>`, `<em>`, `<span class="…">` and the like, in any case.
    nonisolated(unsafe) static let inlineTag = /(?i)<\/?(?:br|strong|b|em|i|u|span|font|sup|sub)(?:\s[^<>\n]*)?\s*\/?>/
}
