import EvidenceModel
import Foundation

/// A meeting named in a line of council text: the committee, the date and the item number, from the
/// forms ModernGov and others print: "Meeting of Children, Young People & Skills Committee, Monday, 13th
/// November, 2017 4.00pm (Item 38.)", "Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item
/// 25)", "19/10/2015 - Policy Committee", "Policy Committee - Monday, 7th May, 2013 2.00 pm", "Agenda for
/// Policy Committee on Monday, 7th May, 2013, 2.00 pm", "Decided at meeting: 24/09/2021 - Governance
/// Committee". The one parser the text and HTML readers share, so they agree by construction.
public struct MeetingReference: Equatable, Sendable {
    /// The committee, board or panel, without the date, time or item.
    public var committee: String?
    /// The meeting's date.
    public var date: CalendarDate?
    /// The item number in "(Item 38.)", without its trailing dot.
    public var itemNumber: String?

    public init(committee: String? = nil, date: CalendarDate? = nil, itemNumber: String? = nil) {
        self.committee = committee
        self.date = date
        self.itemNumber = itemNumber
    }

    /// Reads a reference; nil when the text names neither a date nor an item.
    public static func parse(_ raw: String) -> MeetingReference? {
        var text = droppingMovedFrom(CouncilText.collapsingSpaces(raw))
        var reference = MeetingReference()
        // Lower-cased once, and again only when a prefix is dropped (not once per prefix tried).
        var lower = text.lowercased()
        for prefix in ["- ", "• ", "meeting of ", "meeting: ", "meeting:", "agenda for ", "minutes of ", "decisions of ",
                       "decided at meeting: ", "decided at meeting:"] where lower.hasPrefix(prefix) {
            text = CouncilText.collapsingSpaces(text.dropFirst(prefix.count))
            lower = text.lowercased()
        }
        if let open = text.range(of: "(item ", options: [.caseInsensitive, .backwards]) {
            reference.itemNumber = itemNumber(text[open.upperBound...])
            text = CouncilText.collapsingSpaces(text[..<open.lowerBound])
        }
        // ("Corporate Parenting Panel (12/11/2013- 30/04/2024) - Tuesday 3 November 2020": the days in the bracket are when a
        // former committee sat, part of its name as ModernGov prints it; the meeting's day is outside.)
        guard let match = DateText.allDates(in: text).first(where: { !CouncilText.isInsideBracket($0.range.lowerBound, of: text) }) else {
            return reference.itemNumber == nil ? nil : reference
        }
        reference.date = match.date
        let before = cleanCommittee(String(text[..<match.range.lowerBound]))
        let after = cleanCommittee(droppingTime(String(text[match.range.upperBound...])))
        reference.committee = (before.isEmpty ? (after.isEmpty ? nil : after) : before).map(droppingMeetingKind)
        return reference
    }

    /// "Extraordinary Meeting, Schools' Forum" → "Schools' Forum", "Special meeting of the Cabinet" → "Cabinet": the body
    /// that met, not the kind of its meeting.
    public static func droppingMeetingKind(_ name: String) -> String {
        let lower = name.lowercased()
        guard lower.hasPrefix("extraordinary ") || lower.hasPrefix("special ") else { return name }
        for prefix in ["extraordinary meeting, ", "special meeting, ", "extraordinary meeting of the ", "special meeting of the ",
                       "extraordinary meeting of ", "special meeting of ", "extraordinary meeting - ", "special meeting - "]
        where lower.hasPrefix(prefix) && name.count > prefix.count + 2 {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// What ModernGov prints before a meeting that changed day: "Moved from 9th October 2018, Cabinet -
    /// Tuesday, 2nd October, 2018 2.00 pm" names the meeting of 2 October; the first date is the day it left.
    public static func droppingMovedFrom(_ text: String) -> String {
        let lower = text.lowercased()
        guard let lead = ["moved from ", "rescheduled from ", "postponed from ", "rearranged from ", "changed from ",
                          "brought forward from ", "deferred from ", "originally scheduled for "].first(where: { lower.hasPrefix($0) }),
              let first = DateText.allDates(in: text).first else { return text }
        let between = text[text.index(text.startIndex, offsetBy: lead.count)..<first.range.lowerBound]
        guard between.allSatisfy({ $0 == " " }) || between.lowercased() == "the " else { return text }
        let rest = text[first.range.upperBound...].drop { ",;:.-–— ".contains($0) }
        return rest.isEmpty ? text : String(rest)
    }

    /// A line that begins "Meeting of …" (after an optional bullet) and holds a date, else nil.
    public static func meetingOfLine(_ text: String) -> MeetingReference? {
        var body = Substring(text)
        if body.hasPrefix("- ") || body.hasPrefix("• ") { body = body.dropFirst(2) }
        guard body.lowercased().hasPrefix("meeting of "), let reference = parse(String(body)), reference.date != nil else { return nil }
        return reference
    }

    /// "38.)" → "38"; "6a)" → "6a"; "4.1)" → "4.1".
    public static func itemNumber(_ text: Substring) -> String? {
        let number = text.prefix { $0.isNumber || $0 == "." || ($0.isLetter && $0.isLowercase) }
        var trimmed = number
        while trimmed.last == "." { trimmed = trimmed.dropLast() }
        guard !trimmed.isEmpty, trimmed.count <= 10, trimmed.first?.isNumber == true else { return nil }
        return String(trimmed)
    }

    /// Trims separators, a dangling weekday and a dangling " on" from a committee name.
    private static func cleanCommittee(_ text: String) -> String {
        var name = CouncilText.collapsingSpaces(text)
        // "Cabinet - for meetings after 09/05/11, please see 'City Mayor & Cabinet'": a renamed body's pointer to its successor.
        for dash in [" - ", " – "] {
            if let pointer = name.range(of: dash + "for meetings ", options: .caseInsensitive) { name = String(name[..<pointer.lowerBound]) }
        }
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
    private static func droppingTime(_ text: String) -> String {
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

/// Small text helpers of the council-text vocabulary.
public enum CouncilText {
    /// Words that end the name of a body that meets: a line naming one of these before a date names a meeting.
    public static let meetingBodies = ["committee", "board", "panel", "cabinet", "council", "forum", "session", "group", "partnership",
                                       "sub-committee", "subcommittee", "assembly", "commission", "governing body", "association", "youth parliament",
                                       // A school's "LAB", "LGB" and "FGB": its local academy board, local and full governing body.
                                       " lab", " lgb", " fgb",
                                       // The Standing Advisory Council on Religious Education, every authority's SACRE.
                                       "advisory council on religious education", " sacre"]

    /// Whether a name is a body that meets ("Cabinet", "Corporate Parenting Panel"), not a person or a post
    /// ("Strategic Director for Environment", "Cabinet Member for Children's Services").
    public static func namesMeetingBody(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "sacre" || meetingBodies.contains { lower.hasSuffix($0) }
    }

    /// Whether a place in a text lies inside a bracket opened before it and not yet closed.
    public static func isInsideBracket(_ position: String.Index, of text: String) -> Bool {
        // (Settled on the bytes for the many texts with no bracket at all.)
        guard text.utf8.contains(UInt8(ascii: "(")) else { return false }
        var depth = 0
        for character in text[..<position] {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// Whitespace runs (no-break spaces included) as one space, trimmed.
    public static func collapsingSpaces(_ text: some StringProtocol) -> String {
        // Plain ASCII (nearly every line): each byte is a Character (CR LF, one Character, is two
        // whitespace bytes), and the whitespace ones are tab, line feed, vertical tab, form feed,
        // carriage return and space; done on bytes, without breaking the text into Characters.
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
        }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(utf8.count)
        var spaceBefore = false
        for byte in utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                spaceBefore = !collapsed.isEmpty
            } else {
                if spaceBefore { collapsed.append(0x20) }
                spaceBefore = false
                collapsed.append(byte)
            }
        }
        return String(decoding: collapsed, as: UTF8.self)
    }
}
