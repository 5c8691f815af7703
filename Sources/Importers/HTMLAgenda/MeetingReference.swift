import EvidenceModel
import EvidencePackCore
import Foundation

/// A meeting named in a line of text: the committee, the date and the item number, from the forms
/// ModernGov prints: "Meeting of Children, Young People & Skills Committee, Monday, 13th November,
/// 2017 4.00pm (Item 38.)", "Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)",
/// "19/10/2015 - Policy Committee", "Policy Committee - Monday, 7th May, 2013 2.00 pm",
/// "Agenda for Policy Committee on Monday, 7th May, 2013, 2.00 pm".
struct MeetingReference: Equatable {
    var committee: String?
    var date: CalendarDate?
    var itemNumber: String?

    /// Reads a reference; nil when the text names neither a date nor an item.
    static func parse(_ raw: String) -> MeetingReference? {
        var text = HTMLText.normalize(raw)
        var reference = MeetingReference()
        for prefix in ["- ", "meeting of ", "meeting: ", "meeting:", "agenda for ", "minutes of ", "decisions of "]
        where LineClassifier.mayStart(text, with: prefix.unicodeScalars.first ?? " ") && text.lowercased().hasPrefix(prefix) {
            text = HTMLText.normalize(text.dropFirst(prefix.count))
        }
        if let open = text.lastRangeIgnoringCase(of: "(item ") {
            let inside = text[open.upperBound...].prefix { $0 != ")" }
            var number = HTMLText.normalize(inside)
            while number.hasSuffix(".") { number.removeLast() }
            if !number.isEmpty, number.count <= 10 { reference.itemNumber = number }
            text = HTMLText.normalize(text[..<open.lowerBound])
        }
        guard let match = DateText.allDates(in: text).first else {
            return reference.itemNumber == nil ? nil : reference
        }
        reference.date = match.date
        let before = cleanCommittee(String(text[..<match.range.lowerBound]))
        let after = cleanCommittee(dropTime(String(text[match.range.upperBound...])))
        reference.committee = before.isEmpty ? (after.isEmpty ? nil : after) : before
        return reference
    }

    /// Trims separators, a dangling weekday and a dangling " on" from a committee name.
    private static func cleanCommittee(_ text: String) -> String {
        var name = HTMLText.normalize(text)
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var changed = true
        while changed {
            changed = false
            while let last = name.last, ",-–—:| ".contains(last) { name.removeLast(); changed = true }
            while let first = name.first, ",-–—:| ".contains(first) { name.removeFirst(); changed = true }
            let lower = name.lowercased()
            for suffix in [" on", " held on"] + weekdays.map({ " " + $0 }) where lower.hasSuffix(suffix) {
                name.removeLast(suffix.count)
                changed = true
                break
            }
            if weekdays.contains(name.lowercased()) { name = ""; changed = false }
        }
        return name
    }

    /// Drops a leading time ("4.00pm", ", 10.00 am", "- 10:00", "2 p.m.").
    private static func dropTime(_ text: String) -> String {
        var rest = Substring(text).drop { ",-–— ".contains($0) }
        guard rest.first?.isNumber == true else { return String(rest) }
        rest = rest.drop { $0.isNumber || $0 == "." || $0 == ":" }
        let trimmed = rest.drop { $0 == " " }
        for suffix in ["a.m.", "p.m.", "am", "pm", "noon"] where trimmed.lowercased().hasPrefix(suffix) {
            return String(trimmed.dropFirst(suffix.count))
        }
        return String(rest)
    }
}
