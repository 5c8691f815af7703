import CouncilText
import EvidenceModel
import Foundation

/// The line-level vocabulary of Ofsted report text as `pdftotext` and document-hosting sites give it:
/// straightened apostrophes, page numbers on their own lines, footnote digits glued to words, bullets,
/// running headers, and dates written "6 to 17 March 2023" or "26th February 2024 to 8th March 2024".
enum OfstedText {
    /// The text's lines, trimmed, with typographic apostrophes and no-break spaces made plain and form
    /// feeds read as line breaks. Empty lines are kept (they end lists).
    static func lines(of text: String) -> [String] {
        text.replacingOccurrences(of: "\u{0C}", with: "\n")
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{A0}", with: " ")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ") }
    }

    /// Whether a line is only a page number (or a footnote number): one to three digits.
    static func isPageNumber(_ line: String) -> Bool {
        !line.isEmpty && line.count <= 3 && line.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The line without a footnote marker glued to its last word or full stop: "Board1" → "Board",
    /// "protection.2" → "protection.". Digits after a space ("aged 16 and 17") are a number, kept.
    static func withoutFootnote(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        var digits = 0
        while let last = scalars.last, ("0"..."9").contains(last), digits < 2 {
            scalars.removeLast()
            digits += 1
        }
        guard digits > 0, let before = scalars.last, CharacterSet.letters.contains(before) || before == "." || before == ")" else { return line }
        // A word that ends in digits by nature ("Y2", "S47") has a capital or digit before: leave it.
        if let word = String(String.UnicodeScalarView(scalars)).split(separator: " ").last, word.count <= 3 { return line }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The text after a bullet at the start of the line ("◼", "■", "•", a Symbol-font private-use
    /// glyph), or nil when the line does not start with one.
    static func bulletText(_ line: String) -> String? {
        guard let first = line.unicodeScalars.first else { return nil }
        let bullets: Set<Unicode.Scalar> = ["\u{25FC}", "\u{25A0}", "\u{25AA}", "\u{2022}", "\u{25CF}", "\u{00B7}", "\u{25E6}", "\u{2023}"]
        let privateUse = (0xF000...0xF0FF).contains(Int(first.value))
        guard bullets.contains(first) || privateUse else { return nil }
        return String(line.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
    }

    /// Whether a line is a running header or footer of a report page: the report's own title
    /// ("Inspection of Coventry local authority children's services") or only its dates.
    static func isRunningHeader(_ line: String) -> Bool {
        let lower = line.lowercased()
        if lower.hasPrefix("inspection of"), lower.hasSuffix("children's services") { return true }
        guard let range = InspectionDates.read(line) else { return false }
        return range.matchedWholeLine
    }

    /// Whether the line ends a sentence (so a wrapped list point is complete).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return ".!?".contains(last)
    }
}

/// Ofsted's grades, and reading one printed alone (wrapped over lines or not) or at a line's end.
enum OfstedGrade {
    /// The grades in the spelling Ofsted prints them, longest first so "Requires improvement to be
    /// good" wins over "Requires improvement".
    static let all = ["Requires improvement to be good", "Requires improvement", "Outstanding", "Inadequate", "Good"]

    /// The grade a phrase is, whatever its case and spacing ("Requires\nImprovement"), or nil.
    static func grade(_ phrase: String) -> String? {
        let normal = phrase.lowercased().split(separator: " ").joined(separator: " ")
        return all.first { $0.lowercased() == normal }
    }

    /// The grade printed from line `index`, joined with up to two following lines when it wraps
    /// ("Requires improvement" / "to be good"), and how many lines it took; nil when the line is no grade.
    static func read(_ lines: [String], at index: Int) -> (grade: String, lines: Int)? {
        var best: (String, Int)?
        var joined = ""
        for count in 1...3 where index + count - 1 < lines.count {
            let next = lines[index + count - 1]
            guard !next.isEmpty else { break }
            joined += joined.isEmpty ? next : " " + next
            if let grade = grade(joined) { best = (grade, count) }
        }
        return best
    }

    /// A line ending in a grade after other words ("2.1 Adoption performance Good"): the words and
    /// the grade, or nil.
    static func trailing(_ line: String) -> (prefix: String, grade: String)? {
        let lower = line.lowercased()
        for grade in all where lower.hasSuffix(" " + grade.lowercased()) {
            let prefix = String(line.dropLast(grade.count + 1)).trimmingCharacters(in: .whitespaces)
            return prefix.isEmpty ? nil : (prefix, grade)
        }
        return nil
    }

    /// The overall judgement older (SIF) reports print as a sentence: "Children's services in
    /// Worcestershire are inadequate", "The overall judgement is that children's services require
    /// improvement". The grade in Ofsted's words, or nil when the text is no such sentence.
    static func overallSentence(_ text: String) -> String? {
        let lower = text.lowercased().split(separator: " ").joined(separator: " ")
        let openings = ["children's services in ", "the overall judgement is that children's services "]
        guard let opening = openings.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = lower.dropFirst(opening.count)
        // The authority's name between: a few words, no digits or full stops (nothing else quoted).
        let endings: [(String, String)] = [
            (" require improvement to be good", "Requires improvement to be good"),
            (" requires improvement to be good", "Requires improvement to be good"),
            (" require improvement", "Requires improvement"), (" requires improvement", "Requires improvement"),
            (" are inadequate", "Inadequate"), (" is inadequate", "Inadequate"),
            (" are good", "Good"), (" is good", "Good"), (" are outstanding", "Outstanding"), (" is outstanding", "Outstanding"),
        ]
        let subject = rest.hasPrefix("require") || rest.hasPrefix("are ") || rest.hasPrefix("is ") ? " " + rest : String(rest)
        for (ending, grade) in endings where subject.hasSuffix(ending) {
            let name = subject.dropLast(ending.count)
            guard name.split(separator: " ").count <= 6, !name.contains(where: { $0.isNumber || $0 == "." }) else { return nil }
            return grade
        }
        return nil
    }
}

/// Inspection dates as Ofsted writes them: "11 November 2019 to 22 November 2019", "6 to 17 March
/// 2023", "20 June to 1 July 2022", "3 March 2015 – 25 March 2015", "26th February 2024 to 8th March
/// 2024", "15 and 16 January 2019", or one day.
struct InspectionDates: Equatable {
    var start: CalendarDate
    var end: CalendarDate
    /// Whether the dates were all the line held (a running footer), not part of a sentence.
    var matchedWholeLine: Bool

    /// The first range (or single date) in the text, or nil.
    static func read(_ text: String) -> InspectionDates? {
        let words = tokens(text)
        for start in words.indices {
            if let found = range(words, from: start) {
                return InspectionDates(start: found.start, end: found.end, matchedWholeLine: start == 0 && found.next == words.count)
            }
        }
        return nil
    }

    /// One date ("24 January 2017", "21st December 2017") in the text, or nil.
    static func date(in text: String) -> CalendarDate? {
        let words = tokens(text)
        for start in words.indices {
            if let (date, _) = fullDate(words, start) { return date }
        }
        return nil
    }

    static func tokens(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\u{2013}", with: " to ").replacingOccurrences(of: "\u{2014}", with: " to ")
            .replacingOccurrences(of: " - ", with: " to ").replacingOccurrences(of: ",", with: " ")
            .replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: ";", with: " ")
            .split(separator: " ").map(String.init)
    }

    static func day(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    static func year(_ word: String) -> Int? {
        guard word.count == 4, let value = Int(word), (1990...2100).contains(value) else { return nil }
        return value
    }

    /// "D Month YYYY" at `i`: the date and the index after it.
    static func fullDate(_ w: [String], _ i: Int) -> (CalendarDate, Int)? {
        guard i + 2 < w.count, let d = day(w[i]), let m = MonthName.number(w[i + 1]), let y = year(w[i + 2]),
              let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return (date, i + 3)
    }

    /// A range or single date starting at `i`.
    static func range(_ w: [String], from i: Int) -> (start: CalendarDate, end: CalendarDate, next: Int)? {
        guard i < w.count, let startDay = day(w[i]) else { return nil }
        var j = i + 1
        var startMonth: Int?
        var startYear: Int?
        if j < w.count, let m = MonthName.number(w[j]) { startMonth = m; j += 1 }
        if startMonth != nil, j < w.count, let y = year(w[j]) { startYear = y; j += 1 }
        let joiners = ["to", "and", "until"]
        if j < w.count, joiners.contains(w[j].lowercased()), let (end, next) = fullDate(w, j + 1) {
            let month = startMonth ?? end.month
            var year = startYear ?? end.year
            if startYear == nil, month > end.month { year -= 1 }
            guard let start = CalendarDate(year: year, month: month, day: startDay), start <= end else { return nil }
            return (start, end, next)
        }
        if let month = startMonth, let year = startYear, let date = CalendarDate(year: year, month: month, day: startDay) {
            return (date, date, j)
        }
        return nil
    }
}
