/// Inline HTML tags left in text that sites copied out of a PDF or a web page ("KIRKWALL on 6 FEBRUARY
/// <strong>2013</strong> at 10.30am<br />"): they are markup, not words, and are removed before the lines
/// are read. Only inline tags are removed, so line numbers stay those of the file.
enum InlineMarkup {
    /// The text without inline tags; the same string when it holds none (one byte search).
    static func stripped(_ text: String) -> String {
        guard TextScan.contains(text, ascii: "<br") || TextScan.contains(text, ascii: "<strong") || TextScan.contains(text, ascii: "</strong")
                || TextScan.contains(text, ascii: "</b>") || TextScan.contains(text, ascii: "</em>") || TextScan.contains(text, ascii: "</span>")
        else { return text }
        return text.replacing(Self.inlineTag, with: "")
    }

    /// `<br />`, `<strong>`, `</strong>`, `<b>`, `<em>`, `<span class="…">` and the like, in any case.
    nonisolated(unsafe) static let inlineTag = /(?i)<\/?(?:br|strong|b|em|i|u|span|font|sup|sub)(?:\s[^<>\n]*)?\s*\/?>/
}
