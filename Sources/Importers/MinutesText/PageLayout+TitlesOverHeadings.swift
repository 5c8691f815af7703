import CouncilText
import EvidenceModel
import Foundation

/// A title line over the heading that counts: a file's dated or draft title, a site's title that names a kind of meeting, the
/// same body's heading again with its day, a page's number before the heading.
extension PageLayout {
    /// Words that name a kind of meeting, not a body: "Formal Meeting Minutes", "Full Meeting Minutes".
    static let meetingKinds: Set<String> = ["formal", "full", "ordinary", "annual", "special", "extraordinary", "general", "public",
                                            "open", "informal", "monthly", "termly", "quarterly", "annual general"]

    /// "january 2025 play park committee draft minutes", "2024 … minutes": a file's title, dated by its month or year or
    /// marked as a draft, over the minutes' own heading.
    static func isDatedOrDraftTitle(_ key: String) -> Bool {
        guard let first = key.split(separator: " ").first else { return false }
        return MonthName.number(first) != nil || first.count == 4 && first.allSatisfy(\.isNumber) || key.hasSuffix(" draft minutes")
    }

    /// "January 2025 Play Park Committee DRAFT" → "Play Park Committee".
    static func droppingMonthAndDraft(_ name: String) -> String {
        var words = name.split(separator: " ")
        if let first = words.first, MonthName.number(first) != nil { words.removeFirst() }
        if let first = words.first, first.count == 4, first.allSatisfy(\.isNumber) { words.removeFirst() }
        if let last = words.last, last.lowercased() == "draft" { words.removeLast() }
        return words.isEmpty ? name : words.joined(separator: " ")
    }

    /// "1 MINUTES OF A MEETING OF …", "2 Minutes of the …": the heading after a page's number (one to three digits, no
    /// full stop: an item's number has one, or a title after it).
    static func headingAfterPageNumber(_ text: String) -> String? {
        let digits = text.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        guard (1...3).contains(digits), text.utf8.dropFirst(digits).first == UInt8(ascii: " ") else { return nil }
        let rest = text.dropFirst(digits + 1)
        return rest.hasPrefix("MINUTES OF ") || rest.hasPrefix("Minutes of the ") || rest.hasPrefix("Minutes of a ") ? String(rest) : nil
    }

    /// The day of a short line among the next three with text that opens with the body's name and holds a date, and the
    /// line's index; nil when none does.
    static func sameBodyWithItsDay(_ body: String, after index: Int, in lines: [SourceLine]) -> (date: CalendarDate, line: Int)? {
        let key = body.lowercased() + " "
        for line in nextLinesWithText(after: index, count: 3, in: lines) {
            let text = lines[line].text
            if text.utf8.count <= 100, text.lowercased().hasPrefix(key), let date = DateText.firstDate(in: text) { return (date, line) }
        }
        return nil
    }

    /// The index of a line among the next four with text that repeats `heading` and goes on to a day; nil when none does.
    static func headingRepeatedWithItsDay(_ heading: String, after index: Int, in lines: [SourceLine]) -> Int? {
        let key = heading.lowercased()
        return nextLinesWithText(after: index, count: 4, in: lines).first { line in
            let text = lines[line].text
            return text.utf8.count > heading.utf8.count + 8 && text.utf8.count <= 300 && text.lowercased().hasPrefix(key)
                && DateText.firstDate(in: text) != nil
        }
    }

    /// Whether a "Minutes of the X …" heading (or a "Draft Minutes of …" one) opens one of the next six lines
    /// with text: the heading a title line above it stands over.
    static func minutesOfHeadingFollows(after index: Int, in lines: [SourceLine]) -> Bool {
        for line in nextLinesWithText(after: index, count: 6, in: lines) {
            var key = Substring(lines[line].text.lowercased())
            for qualifier in minutesQualifiers where key.hasPrefix(qualifier + "minutes of ") {
                key = key.dropFirst(qualifier.count)
                break
            }
            if key.hasPrefix("minutes of the ") || key.hasPrefix("minutes of a ") { return !namesAnEarlierMeeting(String(key)) }
        }
        return false
    }

    /// The indices of up to `count` lines with text after `index`, in order.
    static func nextLinesWithText(after index: Int, count: Int, in lines: [SourceLine]) -> [Int] {
        var found: [Int] = [], next = index
        while found.count < count, let line = nextNonBlank(lines, after: next) {
            found.append(line)
            next = line
        }
        return found
    }
}
