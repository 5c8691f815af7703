import LibXML

/// Text helpers shared by the readers: HTML whitespace rules, label keys, element categories.
enum HTMLText {
    /// Collapses runs of HTML whitespace (and `&nbsp;`, which Word pastes everywhere) into one
    /// space, drops Word's downlevel conditionals (`<![if !supportLists]>`, `<![endif]>`, which
    /// libxml2 leaves in the text) and trims the ends.
    static func normalize(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "<", let end = wordConditionalEnd(in: scalars, at: index) {
                index = end
                continue
            }
            index = scalars.index(after: index)
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else if scalar.value == 0xAD || scalar.value == 0x200B || scalar.value == 0xFEFF {
                continue // soft hyphen, zero-width space, stray BOM
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Where a Word conditional starting at `start` (`<![if …]>`, `<![endif]>`) ends, else nil.
    private static func wordConditionalEnd<Scalars: Collection<Unicode.Scalar>>(in scalars: Scalars,
                                                                             at start: Scalars.Index) -> Scalars.Index? {
        var index = scalars.index(after: start)
        guard index < scalars.endIndex, scalars[index] == "!" else { return nil }
        index = scalars.index(after: index)
        guard index < scalars.endIndex, scalars[index] == "[" else { return nil }
        index = scalars.index(after: index)
        var word = ""
        var previous: Unicode.Scalar = "["
        var length = 0
        while index < scalars.endIndex, length < 80 {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            length += 1
            if scalar == ">", previous == "]" {
                let lower = word.lowercased()
                return lower.hasPrefix("if") || lower.hasPrefix("endif") ? index : nil
            }
            if word.unicodeScalars.count < 6 { word.unicodeScalars.append(scalar) }
            previous = scalar
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
        node.isElement("script") || node.isElement("style") || node.isElement("noscript") || node.isElement("template")
            || node.isElement("head") || node.isElement("title") || node.isElement("iframe") || node.isElement("object")
            || node.isElement("select") || node.isElement("button") || node.isElement("input") || node.isElement("svg")
            || node.isElement("img") || node.isElement("map") || node.isElement("textarea")
            || (node.isElement("span") && node.hasClass("mgHide"))
    }

    /// Elements that start and end a block of text (the rest are inline).
    static func isBlock(_ node: XMLNode) -> Bool {
        if node.headingLevel != nil { return true }
        for name in blockNames where node.isElement(name) { return true }
        return false
    }

    private static let blockNames: [StaticString] = [
        "p", "div", "ul", "ol", "li", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "blockquote",
        "section", "article", "main", "header", "footer", "nav", "aside", "form", "fieldset", "address", "center",
        "dl", "dt", "dd", "figure", "figcaption", "hr", "pre", "body", "html", "legend", "details", "summary",
    ]

    /// The text of an element as one line: inline text with `<br>` read as a space, hidden refs,
    /// icons and scripts left out. `skipping` drops extra elements (e.g. `span.mgFileSize`).
    static func inlineText(of node: XMLNode, skipping skip: ((XMLNode) -> Bool)? = nil) -> String {
        var raw = ""
        node.walk { child in
            if child.isElement {
                if child.isSameNode(as: node) { return true }
                if isSkipped(child) || skip?(child) == true { return false }
                if child.isElement("br") || isBlock(child) { raw += " " }
                return true
            }
            if child.isText, let text = child.ownText { raw += text }
            return false
        }
        return normalize(raw)
    }

    /// The lines of an element's text: `<br>` and block boundaries start new lines.
    static func lines(of node: XMLNode) -> [String] {
        var lines: [String] = []
        var current = ""
        node.walk { child in
            if child.isElement {
                if child.isSameNode(as: node) { return true }
                if isSkipped(child) { return false }
                if child.isElement("br") || isBlock(child) {
                    let line = normalize(current)
                    if !line.isEmpty { lines.append(line) }
                    current = ""
                }
                return true
            }
            if child.isText, let text = child.ownText { current += text }
            return false
        }
        let line = normalize(current)
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Whether a text is a heading that opens an agenda item's section ("Minutes:", "Decision:",
    /// "Supporting documents:"), and which.
    static func sectionLabel(_ text: String) -> ItemSection? {
        let name = labelName(text).lowercased()
        guard name.count <= 60 else { return nil }
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

/// The parts of an agenda item a section heading can open.
enum ItemSection: Equatable {
    case description, minutes, decisions, documents
}
