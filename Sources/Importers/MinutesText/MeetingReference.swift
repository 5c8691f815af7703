import EvidenceModel
import EvidencePackCore
import Foundation

/// A meeting named on an issue page ("Meeting: 23/01/2020 - Panel (Item 25)") or agenda item page.
struct MeetingReference {
    var date: CalendarDate?
    var committee: String?
    var itemNumber: String?

    /// "23/01/2020 - Children and Families Scrutiny Panel (Item 25)" or "Cabinet - 19/10/2015".
    static func parse(_ value: String) -> MeetingReference {
        var reference = MeetingReference()
        var text = Substring(value)
        if let open = text.range(of: "(Item ", options: [.caseInsensitive, .backwards]) {
            reference.itemNumber = itemNumber(text[open.upperBound...])
            text = text[..<open.lowerBound]
        }
        guard let match = DateText.allDates(in: String(text)).first else {
            let committee = LinePatterns.trimTrailingPunctuation(text)
            reference.committee = committee.isEmpty ? nil : committee
            return reference
        }
        let string = String(text)
        reference.date = match.date
        var after = Substring(string[match.range.upperBound...])
        // A clock time after the date ("19/10/2015 2.00 pm - Cabinet").
        after = after.trimmingSpaces()
        if let first = after.first, first.isNumber { after = after.drop { $0 != "-" && $0 != "–" } }
        var committee = LinePatterns.trimTrailingPunctuation(after)
        if committee.isEmpty { committee = LinePatterns.trimTrailingPunctuation(string[..<match.range.lowerBound]) }
        reference.committee = committee.isEmpty ? nil : committee
        return reference
    }

    /// "- Meeting of Children, Young People & Skills Committee, Monday, 13th November, 2017 4.00pm (Item 38.)".
    static func meetingOfLine(_ text: String) -> MeetingReference? {
        var body = Substring(text)
        if body.hasPrefix("- ") || body.hasPrefix("• ") { body = body.dropFirst(2) }
        guard body.lowercased().hasPrefix("meeting of ") else { return nil }
        body = body.dropFirst("meeting of ".count)
        var reference = MeetingReference()
        if let open = body.range(of: "(Item ", options: [.caseInsensitive, .backwards]) {
            reference.itemNumber = itemNumber(body[open.upperBound...])
            body = body[..<open.lowerBound]
        }
        let string = String(body)
        guard let match = DateText.allDates(in: string).first else { return nil }
        reference.date = match.date
        let committee = LinePatterns.trimTrailingPunctuation(string[..<match.range.lowerBound])
        reference.committee = committee.isEmpty ? nil : committee
        return reference
    }

    /// "38.)" → "38"; "6a)" → "6a".
    static func itemNumber(_ text: Substring) -> String? {
        let number = text.prefix { $0.isNumber || $0 == "." || ($0.isLetter && $0.isLowercase) }
        var trimmed = number
        while trimmed.last == "." { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
