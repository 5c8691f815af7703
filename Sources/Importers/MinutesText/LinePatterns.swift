/// Small, linear recognisers for the shapes a minutes line can take: numbers (`38.1`, `19.`),
/// sub-item markers (`i)`, `(a)`, `(1)`), bullets, resolutions, actions and title-like lines.
enum LinePatterns {
    /// Characters that start a bulleted line in text renderings of council pages.
    static let bulletCharacters: Set<Character> = [
        "·", "•", "Ø", "▪", "◦", "●", "○", "■", "□", "➢", "►", "‣", "⁃", "-", "–", "*", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{F076}",
        // Word's second-level bullet, as text: "o  sub-point" (needs the space after it).
        "o",
    ]

    /// Bullets that may touch their text without a space (`·Data`), unlike `-` or `*`.
    static let tightBullets: Set<Character> = ["·", "•", "Ø", "▪", "◦", "●", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}"]

    /// "-", "•": a bullet's mark alone on its line, its text on the next.
    static func isBulletMarkOnly(_ text: String) -> Bool {
        guard let first = text.first, bulletCharacters.contains(first) else { return false }
        return text.dropFirst().allSatisfy { $0 == " " }
    }

    /// A bulleted line: the bullet as written and the text after it.

    static func bullet(_ text: String) -> (marker: String, rest: String)? {
        // Every bullet Character starts with `-`, `*`, `o` or a non-ASCII byte.
        guard let lead = text.utf8.first, lead >= 0x80 || lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "o")
        else { return nil }
        guard let first = text.first, bulletCharacters.contains(first) else { return nil }
        let afterBullet = text.dropFirst()
        let rest = afterBullet.trimmingSpaces()
        guard !rest.isEmpty else { return nil }
        if afterBullet.first == " " || tightBullets.contains(first) {
            // "-5 degrees" or "--" are not bullets.
            if first == "-", let next = rest.first, next == "-" { return nil }
            return (String(first), String(rest))
        }
        return nil
    }

    /// A multi-level paragraph number at the start (`38.1`, `20.1.1`, `5.1.`), optionally after a
    /// markdown bullet (`- 1.1`): the number without a trailing dot and the text after it (maybe empty).
    static func paragraphNumber(_ text: String) -> (number: String, rest: String)? {
        // The number's first digit is within the first five bytes (after "• " at most).
        guard TextScan.hasASCIIDigit(text, within: 5) else { return nil }
        if let settled = asciiParagraphNumber(text) { return settled }
        var body = Substring(text)
        if let first = body.first, first == "-" || first == "•" || first == "·", body.dropFirst().first == " " {
            body = body.dropFirst(2)
        }
        var index = body.startIndex
        var groups = 0
        var digitsInGroup = 0
        while index < body.endIndex {
            let c = body[index]
            if c.isASCII && c.isNumber {
                digitsInGroup += 1
                if digitsInGroup > 3 { return nil }
            } else if c == "." && digitsInGroup > 0 {
                groups += 1
                digitsInGroup = 0
            } else {
                break
            }
            index = body.index(after: index)
        }
        if digitsInGroup > 0 { groups += 1 }
        guard groups >= 2 else { return nil }
        // "4.2m" or "1.5%" are numbers in prose, not paragraph numbers.
        if index < body.endIndex, body[index] != " " { return nil }
        var number = body[body.startIndex..<index]
        if number.last == "." { number = number.dropLast() }
        // Dates such as 12.10.2023 are not paragraph numbers.
        if number.split(separator: ".").contains(where: { $0.count > 2 }) { return nil }
        return (String(number), String(body[index...].trimmingSpaces()))
    }

    /// `paragraphNumber` on bytes for a line that starts with a digit and whose number (and the byte
    /// after each of its bytes) is plain ASCII, so that bytes are Characters there. The outer nil
    /// means "not such a line: read it by Characters"; the inner value is the answer.
    private static func asciiParagraphNumber(_ text: String) -> (number: String, rest: String)?? {
        var contiguous = text
        let shape: (end: Int, answer: Bool)? = contiguous.withUTF8 { bytes in
            guard let first = bytes.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") else { return nil }
            var index = 0
            var groups = 0
            var digitsInGroup = 0
            var groupTooLong = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    digitsInGroup += 1
                    if digitsInGroup > 3 { break }
                } else if byte == UInt8(ascii: ".") && digitsInGroup > 0 {
                    groups += 1
                    if digitsInGroup > 2 { groupTooLong = true }
                    digitsInGroup = 0
                } else {
                    break
                }
                index += 1
            }
            // Bytes are Characters only if each byte looked at, and the one after it, is ASCII.
            for offset in 0..<min(bytes.count, index + 2) where bytes[offset] >= 0x80 { return nil }
            if digitsInGroup > 3 { return (index, false) }
            if digitsInGroup > 0 {
                groups += 1
                if digitsInGroup > 2 { groupTooLong = true }
            }
            guard groups >= 2 else { return (index, false) }
            if index < bytes.count, bytes[index] != UInt8(ascii: " ") { return (index, false) }
            // Dates such as 12.10.2023 are not paragraph numbers (a group of three digits or more).
            return (index, !groupTooLong)
        }
        guard let shape else { return nil }
        guard shape.answer else { return .some(nil) }
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: shape.end)
        var number = text[text.startIndex..<end]
        if number.last == "." { number = number.dropLast() }
        return .some((String(number), String(text[end...].trimmingSpaces())))
    }

    /// A single-level number at the start: `19.`, `187`, `6a`, `20.` (number, letter suffix allowed),
    /// with the text after it. `requireDot` asks for `N.` as in `1. That the report be noted`.
    static func leadingNumber(_ text: String, requireDot: Bool) -> (number: String, value: Int, rest: String)? {
        guard let lead = text.utf8.first, lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9") else { return nil }
        if TextScan.rejectsLeadingNumber(text, requireDot: requireDot) { return nil }
        var index = text.startIndex
        var digits = 0
        while index < text.endIndex, text[index].isASCII, text[index].isNumber {
            digits += 1
            index = text.index(after: index)
        }
        guard (1...4).contains(digits), let value = Int(text[text.startIndex..<index]) else { return nil }
        var numberEnd = index
        if index < text.endIndex, text[index].isLowercase, text[index].isASCII {
            let next = text.index(after: index)
            if next == text.endIndex || text[next] == "." || text[next] == " " {
                index = next
                numberEnd = index
            }
        } else if index < text.endIndex, text[index].isUppercase, text[index].isASCII,
                  text[text.index(after: index)...].hasPrefix(" - ") || text[text.index(after: index)...].hasPrefix(" – ") {
            // "2A - Statement on Equalities": a capital suffix, only before a dash.
            index = text.index(after: index)
            numberEnd = index
        }
        var sawDot = false
        if index < text.endIndex, text[index] == "." {
            sawDot = true
            index = text.index(after: index)
        }
        if requireDot && !sawDot { return nil }
        if index < text.endIndex {
            guard text[index] == " " else { return nil }
        }
        let rest = text[index...].trimmingSpaces()
        // "20. 1" or "3 4 5" are not numbered lines.
        if rest.first?.isNumber == true { return nil }
        return (String(text[text.startIndex..<numberEnd]), value, String(rest))
    }

    /// A sub-item marker (`i)`, `(ii)`, `a)`, `(a)`, `(1)`, `1)`, `iv.`): the marker as written,
    /// its style (`i)`, `(a)`, `(1)`, ...) and the text after it.
    static func enumerator(_ text: String) -> (marker: String, style: String, rest: String)? {
        // "(" or an ASCII letter or digit first, and the closing ")" or "." within seven bytes.
        guard TextScan.mayStartEnumerator(text) else { return nil }
        var body = Substring(text)
        let open = body.first == "("
        if open { body = body.dropFirst() }
        let token = body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !token.isEmpty, token.count <= 5 else { return nil }
        let afterToken = body.dropFirst(token.count)
        guard let close = afterToken.first, close == ")" || (close == "." && !open) else { return nil }
        let restWithSpace = afterToken.dropFirst()
        guard restWithSpace.first == " " else { return nil }
        let rest = restWithSpace.trimmingSpaces()
        guard !rest.isEmpty else { return nil }
        let kind: String
        if token.allSatisfy({ $0.isNumber }) {
            guard token.count <= 3, close == ")" else { return nil }
            kind = "1"
        } else if token.allSatisfy({ "ivxlIVXL".contains($0) }) {
            kind = token.first?.isUppercase == true ? "I" : "i"
        } else if token.count == 1 {
            guard close == ")" else { return nil }
            kind = token.first?.isUppercase == true ? "A" : "a"
        } else {
            return nil
        }
        let marker = (open ? "(" : "") + token + String(close)
        let style = (open ? "(" : "") + kind + String(close)
        return (marker, style, String(rest))
    }

    /// Whether text starts a resolution, and with which marker (`RESOLVED`, `AGREED`).
    static func resolutionMarker(_ text: String) -> String? {
        // "It was ...", "RESOLVED", "Resolved", "resolved", "AGREED", "Agreed" start with these bytes.
        // ("DECIDED:", "The Committee AGREED", "Following consideration the Committee agreed to …", "With reference to …, the
        // Committee agreed to …" too.)
        guard let lead = text.utf8.first, lead == UInt8(ascii: "I") || lead == UInt8(ascii: "i") || lead == UInt8(ascii: "R")
                || lead == UInt8(ascii: "r") || lead == UInt8(ascii: "A") || lead == UInt8(ascii: "C") || lead == UInt8(ascii: "D")
                || lead == UInt8(ascii: "T") || lead == UInt8(ascii: "F") || lead == UInt8(ascii: "W") else { return nil }
        var body = Substring(text)
        for lead in ["It was ", "it was ", "It was unanimously ", "It was further "] where body.hasPrefix(lead) {
            body = body.dropFirst(lead.count)
            break
        }
        if let decided = bodyDecided(body) { return decided }
        // GovernorHub's minutes tag each paragraph: "DECISION  Members noted the resignation of …" (a sentence after the
        // tag, not a heading in capitals: "DECISION MAKING").
        if body.hasPrefix("DECISION "), case let after = body.dropFirst(9).drop(while: { $0 == " " }), after.first?.isUppercase == true,
           after.dropFirst().first?.isLowercase == true, after.utf8.count >= 20 { return "DECISION" }
        for (word, marker) in [("RESOLVED", "RESOLVED"), ("Resolved", "RESOLVED"), ("resolved", "RESOLVED"),
                               ("AGREED", "AGREED"), ("Agreed", "AGREED"),
                               // Scottish councils' minutes decide: "DECIDED: that the report be noted."
                               ("DECIDED", "DECIDED"), ("Decided", "DECIDED"),
                               // AKS minutes conclude: "CONCLUDED that the Work Programme be noted."
                               ("CONCLUDED", "CONCLUDED"),
                               // A working group's decision, put to the council: "It was RECOMMENDED THAT the …" (in capitals
                               // only: "Recommended" in a report is an officer's advice).
                               ("RECOMMENDED", "RECOMMENDED")] where body.hasPrefix(word) {
            let after = body.dropFirst(word.count)
            guard let next = after.first else { return marker }
            if next.isLetter { return nil }  // "Resolvedly", "AGREEDS"
            if word.allSatisfy({ $0.isUppercase }) { return marker }
            // Mixed case needs a resolution's shape: "Resolved – That", "Agreed that", "Resolved:".
            var afterSpaces = after.trimmingSpaces()
            // "Resolved 52 That Governors consent …": the resolution's number before its wording.
            let number = afterSpaces.prefix { $0.isASCII && $0.isNumber }
            if (1...4).contains(number.count), afterSpaces.dropFirst(number.count).first == " " {
                afterSpaces = afterSpaces.dropFirst(number.count).trimmingSpaces()
                return afterSpaces.prefix(5).lowercased() == "that " ? marker : nil
            }
            let nextWord = afterSpaces.prefix { $0.isLetter }.lowercased()
            if afterSpaces.isEmpty || [":", "–", "-", "—", "(", ","].contains(afterSpaces.first ?? " ")
                || ["that", "unanimously", "to", "accordingly"].contains(nextWord) {
                return marker
            }
            return nil
        }
        return nil
    }

    /// "The Committee AGREED that …", "Following consideration the Committee agreed to note …", "Thereafter, the Board
    /// resolved that …": the body that met deciding, as some councils minute every decision; the marker, or nil.
    static func bodyDecided(_ text: Substring) -> String? {
        // "With reference to Article 5 (c) of the minute of meeting of the Council held on 13 May 1999, the Committee agreed to
        // note …": Scottish minutes name what they refer to before the decision.
        if text.hasPrefix("With reference to ") {
            var searchFrom = text.startIndex
            while let comma = text[searchFrom...].range(of: ", the ") {
                if let decided = bodyDecided(text[text.index(comma.lowerBound, offsetBy: 2)...]) { return decided }
                searchFrom = comma.upperBound
            }
            return nil
        }
        var body = text
        for lead in ["Following consideration, ", "Following consideration ", "Following discussion, ", "Following discussion ",
                     "After discussion, ", "After discussion ", "Thereafter, ", "Thereafter "] where body.hasPrefix(lead) {
            body = body.dropFirst(lead.count)
            break
        }
        // ("Cabinet Agreed:", "Council resolved that …": the two bodies named without an article.)
        let articled = body.hasPrefix("The ") || body.hasPrefix("the ")
        guard articled || body.hasPrefix("Cabinet ") || body.hasPrefix("Council ") else { return nil }
        // ("The Governing Body agreed that …": a school's body, named in two words.)
        let governing = articled && (body.dropFirst(4).hasPrefix("Governing ") || body.dropFirst(4).hasPrefix("governing "))
        let words = body.split(separator: " ", maxSplits: (articled ? 3 : 2) + (governing ? 1 : 0))
        let named = (articled ? 1 : 0) + (governing ? 1 : 0)
        guard words.count >= named + 2, decidingBodies.contains(words[named].lowercased())
                || governing && ["body", "board"].contains(words[named].lowercased()) else { return nil }
        let verb = words[named + 1].trimmingCharacters(in: [":", ",", "-", "—", "–"])
        let rest = words.count > named + 2 ? words[named + 2] : ""
        switch verb {
        case "AGREED", "RESOLVED", "DECIDED":
            return verb
        case "agreed", "resolved", "decided", "Agreed", "Resolved", "Decided":
            // Mixed case needs the wording a decision opens with: "agreed to note", "resolved that", "agreed:", "agreed:-",
            // "agreed —" over its points.
            guard words[named + 1].hasSuffix(":") || words[named + 1].hasSuffix(":-") || rest.hasPrefix("to ") || rest.hasPrefix("that ")
                    || rest.hasPrefix(":") || ["—", "–", "-", ":-"].contains(rest.trimmingCharacters(in: .whitespaces)) else { return nil }
            return verb.uppercased()
        case "approved", "APPROVED", "ratified", "endorsed", "adopted":
            // ("The Committee approved the above.", "The Board approved the recommendations": a Scottish minute's decision;
            // "The Board ratified the annual accounts" too. "noted the …" is left: the sets' labels take it for a decision
            // on some pages and not on others.)
            return rest.hasPrefix("the ") ? "APPROVED" : nil
        default:
            return nil
        }
    }

    /// The bodies whose decisions minutes state as theirs ("The Committee agreed").
    static let decidingBodies: Set<String> = ["committee", "sub-committee", "board", "cabinet", "panel", "council", "forum",
                                              "partnership", "group", "executive", "commission"]

    /// `ACTION: name` (also `Action:`/`ACTION -`): the owner named, or nil.
    static func actionOwner(_ text: String) -> String? {
        guard text.utf8.first == UInt8(ascii: "A") else { return nil }
        for lead in ["ACTION:", "ACTIONS:", "Action:", "ACTION -", "ACTION –", "Action by:", "ACTION BY:"] where text.hasPrefix(lead) {
            var owner = text.dropFirst(lead.count).trimmingSpaces()
            while let last = owner.last, last == "." || last == ";" { owner = owner.dropLast() }
            return String(owner)
        }
        return nil
    }

    /// Where an inline `ACTION:` starts inside a paragraph ("... be circulated. ACTION: Head of Service").
    static func inlineActionRange(_ text: String) -> Range<String.Index>? {
        guard TextScan.contains(text, ascii: " ACTION"),
              let range = text.range(of: " ACTION:") ?? text.range(of: " ACTION -") else { return nil }
        return range
    }

    /// Whether a text ends a sentence or clause (so the next line cannot continue it).
    static func endsWithTerminalPunctuation(_ text: Substring) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:;”\"’)]".contains(last) || text.hasSuffix(":-")
    }

    /// A line that reads like a title: short, starts with a capital (or digit or quote), no
    /// sentence-ending punctuation.
    static func isTitleLike(_ text: String, maxLength: Int = 150) -> Bool {
        guard let first = text.first, text.count <= maxLength else { return false }
        guard first.isUppercase || first.isNumber || first == "“" || first == "\"" || first == "'" else { return false }
        guard let last = text.last, !".;,?!:".contains(last) else { return false }
        return text.contains { $0.isLetter }
    }

    /// A line that is only a clock time: `3:00 p.m.`, `10.00 am`, `14:00`.
    static func isTimeOnly(_ text: String) -> Bool {
        let lowered = text.lowercased()
        var rest = Substring(lowered)
        let hours = rest.prefix { $0.isNumber }
        guard (1...2).contains(hours.count) else { return false }
        rest = rest.dropFirst(hours.count)
        guard let separator = rest.first, separator == ":" || separator == "." else { return false }
        rest = rest.dropFirst()
        let minutes = rest.prefix { $0.isNumber }
        guard minutes.count == 2 else { return false }
        rest = rest.dropFirst(2).trimmingSpaces()
        return ["", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hrs", "hours"].contains(String(rest))
    }

    /// Words that start with a lower-case letter (a line continuing the previous sentence).
    static func startsLowercase(_ text: String) -> Bool {
        text.first?.isLowercase == true
    }

    /// Number of letters in a text.
    static func letterCount(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
    }

    /// Whether every letter is upper case (and there are `minimumLetters` of them or more).
    static func isUpperCase(_ text: Substring, minimumLetters: Int = 3) -> Bool {
        var letters = 0
        for c in text where c.isLetter {
            if c.isLowercase { return false }
            letters += 1
        }
        return letters >= minimumLetters
    }

    /// Words of a text, split on spaces.
    static func wordCount(_ text: String) -> Int {
        text.split(separator: " ").count
    }

    /// Text without trailing punctuation and spaces (committee names, names in lists).
    static func trimTrailingPunctuation(_ text: some StringProtocol) -> String {
        var result = Substring(text).trimmingSpaces()
        while let last = result.last, ".,;:-–—".contains(last) || last == " " { result = result.dropLast() }
        while let first = result.first, ",;:-–— ".contains(first) { result = result.dropFirst() }
        return String(result)
    }
}
