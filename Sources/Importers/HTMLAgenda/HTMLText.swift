import LibXML

/// Text helpers shared by the readers: HTML whitespace rules, label keys, element categories.
enum HTMLText {
    /// Collapses runs of HTML whitespace (and `&nbsp;`, which Word pastes everywhere) into one
    /// space, drops Word's downlevel conditionals (`<![if !supportLists]>`, `<![endif]>`, which
    /// libxml2 leaves in the text) and trims the ends.
    static func normalize(_ text: some StringProtocol) -> String {
        // Works on the UTF-8 bytes: the readers call this for every run of text on the page, and
        // much of it is normalized already (it came from here), so that is checked without copying.
        var input = String(text)
        return input.withUTF8 { isNormalized($0) ? nil : normalizeUTF8($0) } ?? input
    }

    /// `normalize` over UTF-8 bytes gathered from text nodes (well-formed UTF-8).
    static func normalize(bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { normalizeUTF8($0) }
    }

    /// Whether `normalizeUTF8` would return the bytes unchanged: single spaces between other
    /// characters, no other whitespace or ignorable character, no Word conditional.
    private static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x3C, wordConditionalEnd(bytes, at: index) != nil { return false }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                if spaceOrIgnorableLength(bytes, at: index) > 0 { return false }
                previousWasSpace = false
            }
            index += 1
        }
        return !previousWasSpace || count == 0
    }

    /// `normalize` over UTF-8 bytes (which stay valid: only whole sequences are dropped or replaced).
    /// The output is never longer than the input, so it is written straight into the String.
    private static func normalizeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var pendingSpace = false
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                // Printable ASCII other than `<` (the bulk of every page) is copied with no other test.
                if !(byte > 0x20 && byte < 0x80 && byte != 0x3C) {
                    if byte == 0x3C, let end = wordConditionalEnd(bytes, at: index) {
                        index = end
                        continue
                    }
                    let length = spaceOrIgnorableLength(bytes, at: index)
                    if length > 0 {
                        if !isIgnorable(bytes, at: index) { pendingSpace = written > 0 }
                        index += length
                        continue
                    }
                }
                if pendingSpace {
                    output[written] = 0x20
                    written += 1
                }
                pendingSpace = false
                output[written] = byte
                written += 1
                index += 1
            }
            return written
        }
    }

    /// The byte length of the whitespace or ignorable character at `index` (see `isSpace`; soft
    /// hyphen, zero-width space and stray BOM are ignorable), else 0.
    private static func spaceOrIgnorableLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return 1
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            return bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return (0x80...0x8B).contains(last) || last == 0xAF ? 3 : 0
        case 0xE3:
            guard index + 2 < bytes.count else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xEF:
            guard index + 2 < bytes.count else { return 0 }
            return bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// Whether the character at `index` is dropped without leaving a space (soft hyphen, U+200B, BOM).
    private static func isIgnorable(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2: return bytes[index + 1] == 0xAD
        case 0xE2: return bytes[index + 2] == 0x8B
        case 0xEF: return true
        default: return false
        }
    }

    /// Where a Word conditional starting at `start` (`<![if …]>`, `<![endif]>`) ends, else nil.
    private static func wordConditionalEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start + 4 < bytes.count, bytes[start + 1] == 0x21, bytes[start + 2] == 0x5B else { return nil }
        let wordStart = start + 3
        let isIf = bytes[wordStart] | 0x20 == 0x69 && bytes[wordStart + 1] | 0x20 == 0x66
        let isEndif = wordStart + 4 < bytes.count && bytes[wordStart] | 0x20 == 0x65 && bytes[wordStart + 1] | 0x20 == 0x6E
            && bytes[wordStart + 2] | 0x20 == 0x64 && bytes[wordStart + 3] | 0x20 == 0x69 && bytes[wordStart + 4] | 0x20 == 0x66
        guard isIf || isEndif else { return nil }
        var index = wordStart
        while index + 1 < bytes.count, index < wordStart + 80 {
            if bytes[index] == 0x5D, bytes[index + 1] == 0x3E { return index + 2 }
            index += 1
        }
        return nil
    }

    /// Whitespace as HTML collapses it, plus no-break and other Unicode spaces.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0, 0x2007, 0x202F, 0x2000...0x200A, 0x3000: true
        default: false
        }
    }

    /// A label as a property key in camel case: "Is Key decision?:" → `isKeyDecision`,
    /// "Date/Time:" → `dateTime`.
    static func propertyKey(_ label: String) -> String {
        let words = label.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        var key = ""
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            key += index == 0 ? lower : lower.prefix(1).uppercased() + lower.dropFirst()
        }
        return key
    }

    /// A label's text without its trailing colon and spaces: "Decision Maker: " → "Decision Maker".
    static func labelName(_ text: String) -> String {
        var name = normalize(text)
        while let last = name.last, last == ":" || last == " " { name.removeLast() }
        return name
    }

    /// Elements whose content is never page text.
    static func isSkipped(_ node: XMLNode) -> Bool {
        // Asked of every element several times over: one set lookup on the packed name.
        guard let key = node.shortNameKey else { return false }
        if key == spanKey { return node.hasClass("mgHide") }
        return skippedKeys.contains(key)
    }

    private static let skippedNames: [StaticString] = [
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "select", "button", "input", "svg",
        "img", "map", "textarea",
    ]
    private static let skippedKeys = Set(skippedNames.compactMap(XMLNode.shortNameKey))
    private static let spanKey = XMLNode.shortNameKey("span")

    /// Elements that start and end a block of text (the rest are inline).
    static func isBlock(_ node: XMLNode) -> Bool {
        if let key = node.shortNameKey { return blockKeys.contains(key) || node.headingLevel != nil }
        return node.isElement("blockquote") || node.isElement("figcaption")
    }

    private static let blockKeys = Set(blockNames.compactMap(XMLNode.shortNameKey))

    private static let blockNames: [StaticString] = [
        "p", "div", "ul", "ol", "li", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "blockquote",
        "section", "article", "main", "header", "footer", "nav", "aside", "form", "fieldset", "address", "center",
        "dl", "dt", "dd", "figure", "figcaption", "hr", "pre", "body", "html", "legend", "details", "summary",
    ]

    /// The text of an element as one line: inline text with `<br>` read as a space, hidden refs,
    /// icons and scripts left out. `skipping` drops extra elements (e.g. `span.mgFileSize`).
    static func inlineText(of node: XMLNode, skipping skip: ((XMLNode) -> Bool)? = nil) -> String {
        var raw: [UInt8] = []
        node.walk { child in
            if child.isElement {
                if child.isSameNode(as: node) { return true }
                if isSkipped(child) || skip?(child) == true { return false }
                if child.isElement("br") || isBlock(child) { raw.append(0x20) }
                return true
            }
            if child.isText { child.appendOwnText(to: &raw) }
            return false
        }
        return normalize(bytes: raw)
    }

    /// The lines of an element's text: `<br>` and block boundaries start new lines.
    static func lines(of node: XMLNode) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        node.walk { child in
            if child.isElement {
                if child.isSameNode(as: node) { return true }
                if isSkipped(child) { return false }
                if child.isElement("br") || isBlock(child) {
                    let line = normalize(bytes: current)
                    if !line.isEmpty { lines.append(line) }
                    current.removeAll(keepingCapacity: true)
                }
                return true
            }
            if child.isText { child.appendOwnText(to: &current) }
            return false
        }
        let line = normalize(bytes: current)
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Whether a text is a heading that opens an agenda item's section ("Minutes:", "Decision:",
    /// "Supporting documents:"), and which.
    static func sectionLabel(_ text: String) -> ItemSection? {
        // Every label below is short: long text (which lower-casing shrinks at most threefold) is
        // no label, and is neither lower-cased nor counted.
        let label = labelName(text)
        guard label.utf8.count <= 240 else { return nil }
        let name = label.lowercased()
        guard name.hasAtMost(60) else { return nil }
        switch name {
        case "minutes", "minute", "minutes of the meeting": return .minutes
        case "decision", "decisions", "decision taken", "decision made", "resolution", "resolutions",
             "reason for decision", "reasons for decision", "reasons for the decision", "reason for the decision",
             "implementation of decision", "alternative options considered", "alternative options considered and rejected":
            return .decisions
        case "supporting documents", "additional documents", "accompanying documents", "background papers",
             "documents", "attachments", "appendices":
            return .documents
        case "purpose", "description", "summary": return .description
        default: return nil
        }
    }
}

extension StringProtocol {
    /// Whether the text has at most `limit` Characters (`count <= limit`, without counting them all).
    func hasAtMost(_ limit: Int) -> Bool {
        utf8.count <= limit || index(startIndex, offsetBy: limit + 1, limitedBy: endIndex) == nil
    }
}

/// The parts of an agenda item a section heading can open.
enum ItemSection: Equatable {
    case description, minutes, decisions, documents
}
