import EvidenceModel
import Foundation

/// One row of a list of meetings, as ModernGov's "Browse meetings" and CMIS's list views print it:
/// "Tue 12 Mar 2024 6.00 pm", "9 Jul 2026 11:00 - Planning Committee", "Cabinet - 15 Mar 2026 6.30 pm",
/// "15 Mar 2026 6.30 pm CANCELLED". The row must be only that: a date with its year, a time, a committee
/// set apart by a dash or comma, a status. Prose that mentions a date ("The panel first met on 12 May 2010")
/// is no row. Shared by the text and HTML readers, so they list the same meetings.
public struct ListedMeeting: Equatable, Sendable {
    /// The meeting's day.
    public var date: CalendarDate
    /// The committee the row names, if it names one (a committee's own list often does not).
    public var committee: String?
    /// "cancelled", "postponed"... as the row states it, lower case; nil when it states none.
    public var status: String?

    public init(date: CalendarDate, committee: String? = nil, status: String? = nil) {
        self.date = date
        self.committee = committee
        self.status = status
    }

    /// The words a site's list of meetings puts before each day: what it links to for that meeting.
    static let documentWords: Set<String> = ["papers", "papers from", "papers for", "meeting papers", "minutes", "minutes of", "minutes from",
                                             "minutes for", "agenda", "agenda and papers", "agenda and minutes", "meeting", "meeting held on",
                                             "notes", "notes of", "meeting of", "minutes of meeting", "minutes of the meeting held on",
                                             "minutes of meeting held on", "meeting on"]

    /// What a row may say of its meeting after the date, alone or in brackets.
    static let statusWords = ["cancelled", "canceled", "postponed", "rearranged", "deferred", "moved", "provisional"]

    /// The row, or nil when the text is anything more than a listed meeting.
    public static func parse(_ raw: String) -> ListedMeeting? {
        var text = CouncilText.collapsingSpaces(raw)
        guard !text.isEmpty, text.utf8.count <= 160 else { return nil }
        let status = takeStatus(from: &text)
        let dates = DateText.allDates(in: text)
        guard dates.count == 1, let match = dates.first else { return nil }
        var before = text[..<match.range.lowerBound].trimmingCharacters(in: .whitespaces)
        // ("Thursday 6th October 2022 – 4:30pm-6:30pm": the weekday before the day is the day's.)
        if DateText.isWeekday(Substring(before.trimmingCharacters(in: CharacterSet(charactersIn: ",")))) { before = "" }
        let after = dropTime(text[match.range.upperBound...])
        let separators = CharacterSet(charactersIn: " ,-–—:|")
        if before.isEmpty {
            let rest = after.trimmingCharacters(in: .whitespaces)
            if rest.isEmpty { return ListedMeeting(date: match.date, status: status) }
            // "2022-09-28 School Budget Forum Minutes": the body, then the word for the meeting's document.
            for word in [" special minutes", " minutes", " agenda", " papers"] where rest.lowercased().hasSuffix(word) {
                let name = String(rest.dropLast(word.count)).trimmingCharacters(in: separators)
                guard isCommitteeName(name), CouncilText.namesMeetingBody(name) else { return nil }
                return ListedMeeting(date: match.date, committee: name, status: status)
            }
            // "9 Jul 2026 11:00 - Planning Committee": a dash sets the committee apart.
            guard let first = rest.first, "-–—|".contains(first) else { return nil }
            let name = rest.trimmingCharacters(in: separators)
            guard isCommitteeName(name) else { return nil }
            return ListedMeeting(date: match.date, committee: name, status: status)
        }
        // "Papers from 3 February 2022", "Minutes 12 March 2024": a site's words for a meeting's documents, then its day.
        if documentWords.contains(before.lowercased()), String(after).trimmingCharacters(in: .whitespaces).isEmpty {
            return ListedMeeting(date: match.date, status: status)
        }
        // "Cabinet - 15 Mar 2026 6.30 pm": the committee, a separator, then only the date and a time.
        guard let last = before.last, ",-–—:|".contains(last),
              String(after).trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        var name = before.trimmingCharacters(in: separators)
        // ("School Council Minutes - 16th June 2017": the body, then the word for the meeting's document.)
        for word in [" minutes", " agenda", " papers"] where name.lowercased().hasSuffix(word) && CouncilText.namesMeetingBody(String(name.dropLast(word.count))) {
            name = String(name.dropLast(word.count))
            break
        }
        guard isCommitteeName(name) else { return nil }
        return ListedMeeting(date: match.date, committee: name, status: status)
    }

    /// Removes a trailing status ("CANCELLED", "(Postponed)") and returns it, lower case.
    private static func takeStatus(from text: inout String) -> String? {
        let lower = text.lowercased()
        for word in statusWords {
            for form in ["(\(word))", "- \(word)", word] where lower.hasSuffix(form) {
                let kept = text.dropLast(form.count)
                guard kept.isEmpty || kept.last == " " else { continue }
                text = kept.trimmingCharacters(in: .whitespaces)
                return word == "canceled" ? "cancelled" : word
            }
        }
        return nil
    }

    /// What follows the date without its clock time ("11:00", "6.00 pm", "at 10am", "10.00 am - 12.00 pm").
    private static func dropTime(_ text: Substring) -> Substring {
        // ("… 2022 – 4:30pm-6:30pm": a dash before the time.)
        let afterDash = text.drop { $0 == " " }
        if let dash = afterDash.first, "-–—".contains(dash), afterDash.dropFirst().drop(while: { $0 == " " }).first?.isNumber == true,
           let match = afterDash.dropFirst().prefixMatch(of: leadingTime) {
            return afterDash.dropFirst()[match.range.upperBound...]
        }
        guard let match = text.prefixMatch(of: leadingTime) else { return text }
        return text[match.range.upperBound...]
    }

    nonisolated(unsafe) static let leadingTime =
        /(?i)[\s,]*(at\s*)?[0-9]{1,2}([.:][0-9]{2})?\s*(a\.?m\.?|p\.?m\.?|noon|hrs)?(\s*(?:to|-|–)\s*[0-9]{1,2}([.:][0-9]{2})?\s*(a\.?m\.?|p\.?m\.?)?)?/

    /// A committee's name as a list prints it: short, opening with a capital, no sentence.
    private static func isCommitteeName(_ name: String) -> Bool {
        guard let first = name.first, first.isUppercase, name.count <= 120 else { return false }
        let words = name.split(separator: " ")
        return words.count <= 14 && !name.hasSuffix(".") && DateText.allDates(in: name).isEmpty
    }
}
