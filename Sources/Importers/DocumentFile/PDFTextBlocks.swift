import EvidenceModel

/// Turns `pdftotext` output (reading order, blank lines between paragraphs, a form feed between
/// pages) into paragraph blocks. A PDF has no reliable headings, so everything is a paragraph.
enum PDFTextBlocks {
    static func blocks(from text: String, limit: Int = 20_000) -> [Block] {
        var blocks: [Block] = []
        var lines: [Substring] = []
        func flush() {
            defer { lines.removeAll() }
            guard !lines.isEmpty, blocks.count < limit else { return }
            var paragraph = ""
            for line in lines {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { continue }
                if paragraph.hasSuffix("-"), let first = trimmed.first, first.isLetter {
                    // Joined with its hyphen kept: "self-\nevaluation" is far commoner than a split word.
                    paragraph += trimmed
                } else {
                    paragraph += paragraph.isEmpty ? trimmed : " " + trimmed
                }
            }
            let collapsed = paragraph.collapsingWhitespace
            if !collapsed.isEmpty { blocks.append(Block(.paragraph, text: collapsed)) }
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // A form feed ends a page and so a paragraph.
            let pieces = rawLine.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { flush() }
                if piece.trimmingCharacters(in: .whitespaces).isEmpty {
                    flush()
                } else {
                    lines.append(piece)
                }
            }
        }
        flush()
        return blocks
    }
}
