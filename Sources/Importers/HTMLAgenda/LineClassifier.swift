import CouncilText
import EvidenceModel

/// Classifies one line of body text the way the minutes-text importer does, so that a paragraph
/// means the same whichever format the minutes arrived in.
enum LineClassifier {
    /// Bullet characters councils' pages use, including Word's Symbol/Wingdings private-use ones.
    static let bullets: Set<Character> = ["·", "•", "-", "Ø", "▪", "◦", "*", "●", "○", "■", "□", "➢", "►", "–",
                                          "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{F0FC}"]

    /// The block a line of text is.
    static func block(for text: String, line: Int?) -> Block {
        if let (marker, number, rest) = listMarker(text) {
            return Block(.listItem, text: rest, number: number, marker: marker, line: line)
        }
        var number: String?
        var body = Substring(text)
        if let (paragraphNumber, rest) = paragraphNumber(text) {
            number = paragraphNumber
            body = rest
        }
        if let marker = resolutionMarker(body) ?? UnlabelledResolution.closingMarker(String(body)) {
            return Block(.resolution, text: String(body), number: number, marker: marker, line: line)
        }
        if number == nil, LineClassifier.mayStart(body, with: "a"), body.uppercased().hasPrefix("ACTION:") {
            let owner = HTMLText.normalize(body.dropFirst("ACTION:".count))
            return Block(.action, text: text, owner: owner.isEmpty ? nil : owner, line: line)
        }
        if let number {
            return Block(.numberedParagraph, text: String(body), number: number, line: line)
        }
        return Block(.paragraph, text: text, line: line)
    }

    /// An `<li>`'s text as a list item: a typed bullet or sub-item number is taken off the text.
    static func listItem(_ text: String, line: Int?) -> Block {
        if let (marker, number, rest) = listMarker(text) {
            return Block(.listItem, text: rest, number: number, marker: marker, line: line)
        }
        return Block(.listItem, text: text, line: line)
    }

    /// A leading bullet (`· text`) or sub-item number (`i)`, `a)`, `(1)`, `(a)`): marker, number, rest.
    static func listMarker(_ text: String) -> (String?, String?, String)? {
        if LineClassifier.cannotOpenWithMarker(text) { return nil }
        guard let first = text.first else { return nil }
        if bullets.contains(first) {
            let rest = text.dropFirst()
            guard let next = rest.first, next == " " else { return nil }
            let body = HTMLText.normalize(rest)
            return body.isEmpty ? nil : (String(first), nil, body)
        }
        // "i)", "iv)", "a)", "1)", "(a)", "(iv)", "(1)" followed by a space.
        var index = text.startIndex
        let opened = first == "("
        if opened { index = text.index(after: index) }
        let start = index
        while index < text.endIndex, text[index].isLetter || text[index].isNumber { index = text.index(after: index) }
        let token = text[start..<index]
        guard !token.isEmpty, index < text.endIndex, text[index] == ")" else { return nil }
        let isSubItem = token.allSatisfy(\.isNumber) && token.count <= 3
            || token.count == 1 && token.first?.isLetter == true
            || token.allSatisfy({ "ivxlIVXL".contains($0) }) && token.count <= 5
        guard isSubItem else { return nil }
        let after = text.index(after: index)
        guard after < text.endIndex, text[after] == " " else { return nil }
        let body = HTMLText.normalize(text[after...])
        guard !body.isEmpty else { return nil }
        return (nil, String(text[text.startIndex...index]), body)
    }

    /// "38.1 The Committee …" → ("38.1", "The Committee …"); "19. Title" → ("19", "Title").
    static func paragraphNumber(_ text: String) -> (String, Substring)? {
        if let byte = text.utf8.first, byte < 0x80, !(0x30...0x39).contains(byte) { return nil }
        let head = text.prefix { $0.isNumber || $0 == "." }
        guard head.first?.isNumber == true, head.contains(where: { $0 == "." }) else { return nil }
        let rest = text.dropFirst(head.count)
        guard rest.first == " " else { return nil }
        let number = head.hasSuffix(".") ? head.dropLast() : head
        guard !number.hasSuffix("."), number.count <= 12 else { return nil }
        let body = rest.drop(while: { $0 == " " })
        return body.isEmpty ? nil : (String(number), body)
    }

    /// `RESOLVED` or `AGREED` when the text opens with that word (any case).
    static func resolutionMarker(_ text: Substring) -> String? {
        guard mayStart(text, with: "r") || mayStart(text, with: "a") else { return nil }
        for marker in ["RESOLVED", "AGREED"] {
            guard text.count >= marker.count, text.prefix(marker.count).uppercased() == marker else { continue }
            let next = text.dropFirst(marker.count).first
            if next == nil || next?.isLetter == false { return marker }
        }
        return nil
    }

    /// False when the text certainly does not start with the ASCII letter `lower` in either case: its
    /// first scalar is another ASCII character (whose Character upper-cases to another letter).
    static func mayStart(_ text: some StringProtocol, with lower: Unicode.Scalar) -> Bool {
        guard let byte = text.utf8.first else { return false }
        return byte >= 0x80 || byte | 0x20 == UInt8(lower.value)
    }

    /// True when `listMarker` certainly finds no marker, judged on the leading ASCII bytes (where
    /// bytes are Characters): the text opens with a word of letters and digits not followed by `)`,
    /// or with ASCII punctuation that is no bullet and no `(`.
    static func cannotOpenWithMarker(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, first < 0x80 else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        if first == UInt8(ascii: "(") || first == UInt8(ascii: "-") || first == UInt8(ascii: "*") { return false }
        guard isAlphanumeric(first) else { return true }
        for byte in utf8.dropFirst() where !isAlphanumeric(byte) {
            return byte < 0x80 && byte != UInt8(ascii: ")")
        }
        return true
    }

    /// Whether a resolution's text introduces a list: "RESOLVED that:", "RESOLVED –", "RESOLVED".
    static func announcesItems(_ text: String) -> Bool {
        let trimmed = HTMLText.normalize(text)
        guard let last = trimmed.last else { return false }
        if ":–-—".contains(last) { return true }
        let lower = trimmed.lowercased()
        return lower.hasSuffix(" that") || lower == "resolved" || lower == "agreed"
    }
}
