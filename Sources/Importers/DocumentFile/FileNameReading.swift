import CouncilText
import EvidenceModel
import Foundation

/// Reads what people put in evidence file names: a date (`2023-10-12`, `20231012`, `121023`,
/// `12.10.2023`, `12 October 2023`, `Oct23`) and a title once underscores, version suffixes
/// (`v3`, `v1.2`, `version 2`, `final`, `(1)`, `- Copy`) and dates are taken out.
enum FileNameReading {
    /// A date found in a file name, with the characters it covered and how exact it is.
    struct DateMatch: Equatable {
        var date: CalendarDate
        /// `day` or `month` (a month and year alone date the document to the 1st).
        var precision: String
        /// Token indexes covered.
        var tokens: ClosedRange<Int>
    }

    /// A run of digits, a run of letters, or one other character.
    struct Token: Equatable {
        enum Kind { case digits, letters, other }
        var kind: Kind
        var text: String
    }

    /// The file name without folders and without its extension.
    static func stem(of path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        for character in text {
            let kind: Token.Kind = character.isASCII && character.isNumber ? .digits : character.isLetter ? .letters : .other
            if kind != .other, let last = tokens.last, last.kind == kind {
                tokens[tokens.count - 1].text.append(character)
            } else {
                tokens.append(Token(kind: kind, text: String(character)))
            }
        }
        return tokens
    }

    /// The first date in a file name (without its extension).
    static func date(in stem: String) -> DateMatch? {
        let tokens = tokenize(stem)
        for index in tokens.indices {
            if let match = numericDate(tokens, index) ?? compactDate(tokens, index) ?? wordDate(tokens, index) {
                return match
            }
        }
        return nil
    }

    static let plausibleYears = 1990...2099

    static func year(_ text: String) -> Int? {
        guard let value = Int(text) else { return nil }
        if text.count == 4 { return plausibleYears.contains(value) ? value : nil }
        if text.count == 2 { return 2000 + value }
        return nil
    }

    static func isSeparator(_ token: Token) -> Bool {
        token.kind == .other && ["-", "_", ".", " ", "/"].contains(token.text)
    }

    /// `2023-10-12`, `2023_10_12`, `12.10.2023`, `12-10-23` (the same separator twice).
    static func numericDate(_ t: [Token], _ i: Int) -> DateMatch? {
        guard i + 4 < t.count, t[i].kind == .digits, t[i + 2].kind == .digits, t[i + 4].kind == .digits,
              isSeparator(t[i + 1]), t[i + 1] == t[i + 3] else { return nil }
        guard !(i + 5 < t.count && t[i + 5].kind == .digits), !(i > 0 && t[i - 1].kind == .digits) else { return nil }
        let a = t[i].text, b = t[i + 2].text, c = t[i + 4].text
        if a.count == 4, let y = year(a), b.count <= 2, c.count <= 2, let m = Int(b), let d = Int(c),
           let date = CalendarDate(year: y, month: m, day: d) {
            return DateMatch(date: date, precision: "day", tokens: i...(i + 4))
        }
        if a.count <= 2, b.count <= 2, c.count == 4 || c.count == 2, let d = Int(a), let m = Int(b), let y = year(c),
           let date = CalendarDate(year: y, month: m, day: d) {
            return DateMatch(date: date, precision: "day", tokens: i...(i + 4))
        }
        return nil
    }

    /// `20231012` (year first), `12102023` (day first) and `121023` (day, month, two-digit year).
    static func compactDate(_ t: [Token], _ i: Int) -> DateMatch? {
        guard t[i].kind == .digits else { return nil }
        let digits = Array(t[i].text)
        func number(_ range: Range<Int>) -> Int? { Int(String(digits[range])) }
        var date: CalendarDate?
        switch digits.count {
        case 8:
            if let y = number(0..<4), plausibleYears.contains(y), let m = number(4..<6), let d = number(6..<8) {
                date = CalendarDate(year: y, month: m, day: d)
            }
            if date == nil, let d = number(0..<2), let m = number(2..<4), let y = number(4..<8), plausibleYears.contains(y) {
                date = CalendarDate(year: y, month: m, day: d)
            }
        case 6:
            if let d = number(0..<2), let m = number(2..<4), let y = number(4..<6) {
                date = CalendarDate(year: 2000 + y, month: m, day: d)
            }
        default:
            return nil
        }
        return date.map { DateMatch(date: $0, precision: "day", tokens: i...i) }
    }

    /// `12 October 2023`, `12th Oct 2023`, `October 2023`, `Oct23`, `Oct-23`.
    static func wordDate(_ t: [Token], _ i: Int) -> DateMatch? {
        var j = i
        var day: Int?
        if t[j].kind == .digits, t[j].text.count <= 2, let value = Int(t[j].text) {
            day = value
            j += 1
            if j < t.count, t[j].kind == .letters, ["st", "nd", "rd", "th"].contains(t[j].text.lowercased()) { j += 1 }
            if j < t.count, isSeparator(t[j]) { j += 1 }
        }
        guard j < t.count, t[j].kind == .letters, let month = MonthName.number(t[j].text) else { return nil }
        j += 1
        if j < t.count, isSeparator(t[j]) { j += 1 }
        guard j < t.count, t[j].kind == .digits, !(j + 1 < t.count && t[j + 1].kind == .digits),
              let y = year(t[j].text) else { return nil }
        // A two-digit year needs the month right before it (`Oct23`, `Oct-23`), not a day as well.
        if let day {
            guard t[j].text.count == 4, let date = CalendarDate(year: y, month: month, day: day) else { return nil }
            return DateMatch(date: date, precision: "day", tokens: i...j)
        }
        guard let date = CalendarDate(year: y, month: month, day: 1) else { return nil }
        return DateMatch(date: date, precision: "month", tokens: i...j)
    }

    /// Words that mark a version rather than the title: dropped from a file-name title.
    static let versionWords: Set<String> = ["final", "version", "ver", "copy", "v", "rev", "revised", "updated", "latest", "amended"]

    /// A readable title from a file name: `SEF_2023-10-12_v3_FINAL.docx` → `SEF`,
    /// `Corporate%20Parenting_Strategy (1).pdf` → `Corporate Parenting Strategy`.
    static func title(fromPath path: String) -> String {
        var stem = stem(of: path)
        stem = stem.removingPercentEncoding ?? stem
        stem = withoutCopyCounter(stem)
        var tokens = tokenize(stem)
        if let match = date(in: stem) {
            tokens.replaceSubrange(match.tokens, with: [Token(kind: .other, text: " ")])
        }
        var words: [String] = []
        var current = ""
        var index = 0
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        while index < tokens.count {
            let token = tokens[index]
            let lower = token.text.lowercased()
            if token.kind == .other, ["_", " ", "+", "(", ")", "[", "]", "~"].contains(token.text) {
                flush()
            } else if token.kind == .letters, isVersionMarker(lower, next: index + 1 < tokens.count ? tokens[index + 1] : nil) {
                // `v3`, `v1.2`, `ver 2`, `final`: skip the word and a version number after it.
                flush()
                index += 1
                while index < tokens.count, tokens[index].kind == .digits || tokens[index].text == "." || tokens[index].text == " " {
                    if tokens[index].text == " " { break }
                    index += 1
                }
                continue
            } else {
                current += token.text
            }
            index += 1
        }
        flush()
        // Separators left alone by a removed date or version are not part of the title.
        var cleaned = words.filter { !["-", "–", ".", ","].contains($0) }
        while let last = cleaned.last, last.allSatisfy({ "-–.,".contains($0) }) { cleaned.removeLast() }
        let title = cleaned.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " -–.,"))
        return title.isEmpty ? stem.replacingOccurrences(of: "_", with: " ") : title
    }

    /// `Report (1)`, `Report(2)` → `Report`: the counter a download or copy adds.
    static func withoutCopyCounter(_ stem: String) -> String {
        guard stem.hasSuffix(")"), let open = stem.lastIndex(of: "(") else { return stem }
        let inside = stem[stem.index(after: open)..<stem.index(before: stem.endIndex)]
        guard !inside.isEmpty, inside.count <= 3, inside.allSatisfy({ $0.isASCII && $0.isNumber }) else { return stem }
        return String(stem[..<open]).trimmingCharacters(in: .whitespaces)
    }

    static func isVersionMarker(_ word: String, next: Token?) -> Bool {
        if ["final", "copy", "latest"].contains(word) { return true }
        if ["v", "ver", "version", "rev"].contains(word) {
            return next?.kind == .digits || (word == "version" && next?.text == " ")
        }
        return false
    }
}

