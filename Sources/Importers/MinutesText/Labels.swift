import CouncilText
import Foundation

/// What a labelled line (`Minutes:`, `Venue: ...`, `Decision Maker: ...`) means on a council page.
enum LabelRole: Equatable, Sendable {
    /// Starts the minutes of the current item.
    case minutes
    /// Starts the decision of the current item (`Decision:`).
    case decision
    /// A heading inside the decision part (`Reason for Decision:`).
    case decisionDetail
    /// A decision record's subject, its title, with the decision under it (`Subject of Decision :-Establishing …`).
    case decisionSubject
    /// Starts a list of documents (`Supporting documents:`).
    case documents
    /// Starts the item's description (`Purpose:`).
    case description
    /// The venue.
    case venue
    /// Members present.
    case attendance
    /// Apologies for absence.
    case apologies
    /// A heading that stays in the body (`Declarations of interest:`).
    case heading
    /// `Meeting: 23/01/2020 - Committee (Item 25)`.
    case meetingLine
    /// `Decided at meeting: 19/10/2015 - Policy Committee`.
    case decidedAtMeeting
    /// `Date of decision: 19/10/2015`: the document's own date.
    case documentDate
    /// `Date: ...`, `Meeting date: ...`.
    case meetingDate
    /// `Committee: ...`.
    case committee
    /// Any other labelled field, kept in `properties` under the label in camel case.
    case property
}

/// A recognised label and the text after it.
struct LabelledLine: Sendable {
    /// The label as written, without its colon.
    var label: String
    /// What it means.
    var role: LabelRole
    /// Text after the colon on the same line (may be empty).
    var value: String
}

/// The labels council pages print before a colon (`Minutes:`, `Venue:`, `Decision Maker:`) and what each means.
enum Labels {
    static let roles: [String: LabelRole] = {
        var table: [String: LabelRole] = [:]
        for name in ["minutes", "minute"] { table[name] = .minutes }
        for name in ["decision", "decisions"] { table[name] = .decision }
        for name in ["subject of decision", "subject of the decision", "decision subject"] { table[name] = .decisionSubject }
        for name in ["reasons", "reason", "reason for decision", "reasons for decision", "reasons for the decision", "reason for the decision",
                     "reason(s) for decision", "implementation of decision", "alternative options considered",
                     "alternative options rejected", "other options considered", "alternative options considered and rejected",
                     "reason for recommendations", "reasons for recommendations", "reason for recommendation", "reasons for recommendation"] {
            table[name] = .decisionDetail
        }
        for name in ["supporting documents", "additional documents", "accompanying documents", "background papers",
                     "background documents", "documents", "attachments", "related documents"] {
            table[name] = .documents
        }
        table["purpose"] = .description
        for name in ["venue", "place", "location", "proposed venue", "meeting venue", "meeting place", "meeting location"] { table[name] = .venue }
        for name in ["present", "members present", "councillors present", "in attendance", "also present", "attendance",
                     "attendance details", "officers present", "officers in attendance", "members in attendance",
                     "attending", "officers", "present membership", "honorary aldermen",
                     // ("Officers:" / "Whole of meeting: K. Cold (Corporate Core)" / "Part of meeting:": officers by how long they stayed.)
                     "whole of meeting", "part of meeting"] {
            table[name] = .attendance
        }
        // ("Apologises:", a common misspelling of the label.)
        for name in ["apologies", "apologies for absence", "apologies received", "apology", "apologies for absence received", "apologises"] {
            table[name] = .apologies
        }
        for name in ["declarations of interest", "declarations of interests", "declaration of interest",
                     "declarations of interest by members", "urgent items", "exclusion of the press and public"] {
            table[name] = .heading
        }
        table["meeting"] = .meetingLine
        for name in ["meeting title", "name of meeting", "meeting name", "title of meeting"] { table[name] = .committee }
        // ("ALSO: Chris L (Secretary) and June S (Hon. Member).": those present besides the members.)
        for name in ["participants", "attendees", "attended", "attended by", "those present", "also", "visitor", "visitors"] { table[name] = .attendance }
        // ("Witnesses:" / "• Clare Curr, Cabinet Member for Children …": those a scrutiny committee heard at the item, present.)
        table["witnesses"] = .attendance
        // ("Presiding: Miss K A Lagan": who took the chair, present.)
        table["presiding"] = .attendance
        table["decided at meeting"] = .decidedAtMeeting
        table["date of decision"] = .documentDate
        for name in ["date", "meeting date", "date of meeting", "date & time", "date and time", "date/time", "date / time", "date and time of meeting"] { table[name] = .meetingDate }
        table["committee"] = .committee
        for name in ["contact", "note", "decision maker", "decision status", "is key decision?", "is key decision",
                     "key decision", "is subject to call in?", "is subject to call in", "subject to call-in", "subject to call in",
                     "publication date", "effective from",
                     "wards affected", "ward(s) affected", "lead officer", "report author", "report authorised by", "report of", "lead member",
                     "originating officer", "originating officer(s)", "classification", "report to", "time", "chair",
                     "chairman", "portfolio holder", "cabinet member", "call-in deadline", "call in deadline",
                     // ModernGov's "Webcast: View the webcast", "Link: Watch the recording of this meeting".
                     "webcast", "link",
                     // A forward plan's issue: "Decision type: Non-key", "Decision due: 19 Dec 2023 by Cabinet".
                     "decision type", "decision due", "notice of proposed decision first published", "lead director"] {
            table[name] = .property
        }
        return table
    }()

    /// Lines that are labels without a colon (AKS pages).
    static let bareLabels: [String: LabelRole] = [
        "attendance details": .attendance,
        "apologies for absence": .apologies,
        // ModernGov's heading over a report's purpose and the recommendations put to the meeting.
        "purpose of report": .description,
        "purpose of the report": .description,
    ]

    /// "In attendance were John Ander (Depute from Kirkton), Shona May and …": the label as a sentence's opening, its
    /// people after it, with no colon.
    static func attendanceStatedWithoutColon(_ text: String) -> LabelledLine? {
        // (Most lines are settled on their first byte and a byte search, before any String is made.)
        guard text.utf8.count > 20, let first = text.utf8.first, first | 0x20 == UInt8(ascii: "i") || first | 0x20 == UInt8(ascii: "a"),
              TextScan.contains(text, ascii: " were ") else { return nil }
        let lower = text.prefix(32).lowercased()
        for opening in ["in attendance were ", "also in attendance were ", "also present were ", "also attending were "] where lower.hasPrefix(opening) {
            let value = String(text.dropFirst(opening.count))
            guard value.first?.isUppercase == true else { return nil }
            return LabelledLine(label: String(text.prefix(opening.count - 1)), role: .attendance, value: value)
        }
        return nil
    }

    /// "Present – Jennifer All (JA), Lesley Bee (LB)", "Apologies - Anna Hul": a list's label with a dash for its colon, a
    /// capitalised name after it.
    static func listLabelWithDash(_ text: String) -> LabelledLine? {
        // (Settled on the line's first bytes: most lines open with none of the labels.)
        guard text.utf8.count > 12, let first = text.utf8.first, [UInt8(ascii: "P"), UInt8(ascii: "A"), UInt8(ascii: "I")].contains(first),
              ["Present", "PRESENT", "Attendees", "In attendance", "In Attendance", "Also present", "Apologies", "APOLOGIES"]
                .contains(where: { text.utf8.starts(with: $0.utf8) }) else { return nil }
        for (label, role) in [("Present", LabelRole.attendance), ("Attendees", .attendance), ("In attendance", .attendance),
                              ("In Attendance", .attendance), ("Also present", .attendance), ("Apologies", .apologies),
                              ("Apologies for absence", .apologies), ("PRESENT", .attendance), ("APOLOGIES", .apologies)] {
            for dash in [" – ", " - "] where text.hasPrefix(label + dash) {
                let value = String(text.dropFirst(label.count + dash.count)).trimmingCharacters(in: .whitespaces)
                guard value.first?.isUppercase == true, TextScan.contains(value, ascii: ",") || value.split(separator: " ").count <= 4 else { return nil }
                return LabelledLine(label: label, role: role, value: value)
            }
        }
        return nil
    }

    /// Reads `Label: value` when the label is one councils use; nil for prose with a colon.
    static func parse(_ text: String) -> LabelledLine? {
        if text.utf8.count <= 30, let role = bareLabels[text.lowercased()] {
            return LabelledLine(label: text, role: role, value: "")
        }
        if let slashed = slashLabel(text) { return slashed }
        if let stated = attendanceStatedWithoutColon(text) { return stated }
        if let dashed = listLabelWithDash(text) { return dashed }
        if let dashed = dashedDecisionDetail(text) { return dashed }
        // "Present; Jo Worrall – Chair, …": a list's label with a semicolon typed for its colon.
        if let semicolon = Self.listLabelWithSemicolon(text) { return parse(semicolon) }
        // A label is at most 50 characters, so its colon is within the first 200 bytes.
        guard let colonOffset = TextScan.firstOffset(of: UInt8(ascii: ":"), in: text, within: 200) else { return nil }
        let colon = text.utf8.index(text.utf8.startIndex, offsetBy: colonOffset)
        let labelText = text[..<colon].trimmingSpaces()
        guard !labelText.isEmpty, labelText.count <= 50 else { return nil }
        var lowerLabel = labelText.lowercased()
        // "Those present were:", "In attendance were:": the label with its verb.
        if lowerLabel.hasSuffix(" were") {
            let base = String(lowerLabel.dropLast(" were".count))
            if roles[base] == .attendance || roles[base] == .apologies || base.hasSuffix(" present") { lowerLabel = base }
        }
        // "Non-Members also present:", "Officers in attendance:": any group said to be present.
        // ("Governors Attending: >A, B", "Governors Apologies: >C": GovernorHub's lists of people.)
        guard let role = roles[lowerLabel] ?? (bodyOfDateLabel(lowerLabel) != nil ? .meetingDate : nil) ?? (lowerLabel.hasSuffix(" present") || lowerLabel.hasSuffix(" in attendance")
                                                || lowerLabel.hasSuffix(" attending") && lowerLabel.count <= 25 ? .attendance
                                                // ("Absent without apologies:" names those who sent none.)
                                                // ("Welcome and apologies:" is an item's title, the minute after it.)
                                                : lowerLabel.hasSuffix(" apologies") && lowerLabel.count <= 25 && !lowerLabel.contains("without")
                                                    && !lowerLabel.contains(" and ")
                                                    && !lowerLabel.hasSuffix(" no apologies") ? .apologies : nil)
        else { return nil }
        var value = text[text.index(after: colon)...]
        if value.first == "-" { value = value.dropFirst() }  // "Present:-"
        if value.trimmingSpaces().first == ">" { value = value.trimmingSpaces().dropFirst() }
        // "Location: / Civic Offices": a Word table whose cells were joined by " / ".
        value = value.trimmingSpaces()
        if value.hasPrefix("/ ") || value == "/" { value = value.dropFirst() }
        // "Meeting : Gwynedd Framework Partnership Date : 26/05/06", "MEETING TITLE: / X / MEETING DATE: / Monday":
        // a second label on the line ends the first one's value.
        // (Only the fields of a meeting's header: a decision's or the minutes' prose may say "a later date:".)
        let headerField = headerRoles.contains(role)
        if headerField, value.utf8.count <= 200, let second = embeddedLabel(in: value) { value = value[..<second.lowerBound] }
        value = value.trimmingSpaces()
        while value.hasSuffix(" /") { value = value.dropLast(2).trimmingSpaces() }
        // "Meeting: Schools Forum" (no date) names the body; "Meeting: 23/01/2020 - Cabinet" is ModernGov's line.
        if role == .meetingLine, !value.isEmpty, DateText.firstDate(in: String(value)) == nil, !value.contains(" - "), !value.contains("(Item") { return LabelledLine(label: String(labelText), role: .committee, value: String(value)) }
        return LabelledLine(label: String(labelText), role: role, value: String(value))
    }

    /// "Reason for Recommendations – To accord with legislation …": a decision's detail labelled with a dash, not a colon.
    static func dashedDecisionDetail(_ text: String) -> LabelledLine? {
        guard text.utf8.first == UInt8(ascii: "R") || text.utf8.first == UInt8(ascii: "A"),
              let dash = text.range(of: " – ") ?? text.range(of: " - "), text.distance(from: text.startIndex, to: dash.lowerBound) <= 40 else { return nil }
        let label = String(text[..<dash.lowerBound])
        guard roles[label.lowercased()] == .decisionDetail, label.contains(" ") else { return nil }
        return LabelledLine(label: label, role: .decisionDetail, value: String(text[dash.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    /// "Venue / Lakes College", "Date / 19th June 2012 / Directorate / Children's Trust Board", "Apologies / Ann Carr,
    /// Ben Bell", "Attendees /": a Word form's label cell joined to its value by " / ", the colon never printed.
    /// Only the labels of who came and when and where; a date's and a place's value end at the next cell; nil
    /// when the value is another label ("Attendees / Apologies", a table's headings) or a date label holds no date.
    static func slashLabel(_ text: String) -> LabelledLine? {
        guard let slashOffset = TextScan.firstOffset(of: UInt8(ascii: "/"), in: text, within: 32), slashOffset > 1 else { return nil }
        let slash = text.utf8.index(text.utf8.startIndex, offsetBy: slashOffset)
        guard text[text.index(before: slash)] == " " else { return nil }
        let labelText = text[..<slash].trimmingSpaces()
        guard let role = roles[labelText.lowercased()], [.meetingDate, .venue, .attendance, .apologies].contains(role) else { return nil }
        var value = text[text.index(after: slash)...].trimmingSpaces()
        if [.meetingDate, .venue].contains(role), let next = value.range(of: " / ") { value = value[..<next.lowerBound] }
        let lowerValue = value.lowercased()
        guard roles[lowerValue] == nil, bareLabels[lowerValue] == nil, !lowerValue.hasPrefix("apolog"),
              role != .meetingDate || DateText.firstDate(in: String(value)) != nil else { return nil }
        return LabelledLine(label: String(labelText), role: role, value: String(value))
    }

    /// The roles of a meeting header's fields, the only labels a second label may follow on one line.
    static let headerRoles: [LabelRole] = [.meetingLine, .committee, .meetingDate, .venue, .property]

    /// "Date of Board of Management Meeting" → "Board of Management": the body a meeting's date label names; nil for
    /// any other label, and for the next, last or previous meeting's date.
    static func bodyOfDateLabel(_ label: String) -> String? {
        let lower = label.lowercased()
        guard lower.hasPrefix("date of "), lower.hasSuffix(" meeting"), lower.count > "date of  meeting".count else { return nil }
        var body = label.dropFirst("date of ".count).dropLast(" meeting".count)
        if body.lowercased().hasPrefix("the ") { body = body.dropFirst(4) }
        guard let first = body.split(separator: " ").first,
              !["next", "last", "previous", "following", "future", "this", "that", "a", "an", "first"].contains(first.lowercased()) else { return nil }
        return String(body)
    }

    /// Every label on a line: the first, and any a later " Date :" or " / MEETING DATE:" starts.
    /// "Present; A, B" → "Present: A, B" (and "Apologies; …", "In attendance; …", "Attendees; …"); nil for any other line.
    static func listLabelWithSemicolon(_ text: String) -> String? {
        guard let first = text.utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "A") || first == UInt8(ascii: "I"),
              text.utf8.prefix(17).contains(UInt8(ascii: ";")), let semicolon = text.firstIndex(of: ";"),
              ["present", "apologies", "in attendance", "attendees", "apologises"].contains(text[..<semicolon].lowercased()),
              text[text.index(after: semicolon)...].first == " " else { return nil }
        return text[..<semicolon] + ":" + text[text.index(after: semicolon)...]
    }

    static func parseAll(_ text: String) -> [LabelledLine] {
        guard let first = parse(text) else { return [] }
        guard text.utf8.count <= 400, let colon = text.firstIndex(of: ":") else { return [first] }
        let afterFirst = text[text.index(after: colon)...]
        guard headerRoles.contains(first.role), afterFirst.utf8.count <= 200,
              let second = embeddedLabel(in: afterFirst) else { return [first] }
        var rest = afterFirst[second.lowerBound...].trimmingSpaces()
        if rest.hasPrefix("/ ") { rest = rest.dropFirst(2) }
        return [first] + parseAll(String(rest))
    }

    /// Where a second label starts inside a label's value: " Date : 26/05/06", " / MEETING DATE: / Monday".
    static func embeddedLabel(in value: Substring) -> Range<Substring.Index>? {
        guard value.contains(":") else { return nil }
        for name in ["meeting date", "date & time", "date and time", "date", "time", "venue", "location", "place"] {
            for form in [" / \(name):", " / \(name) :", " \(name):", " \(name) :"] {
                if let range = value.range(of: form, options: .caseInsensitive) { return range }
            }
        }
        return nil
    }

    /// A label in camel case, the key it gets in `Document.properties` ("Is Key decision?" → `isKeyDecision`).
    static func camelCase(_ label: String) -> String {
        let cleaned = label.replacingOccurrences(of: "(s)", with: "")
        let words = cleaned.split { !($0.isLetter || $0.isNumber) }
        var result = ""
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            result += index == 0 ? lower : lower.prefix(1).uppercased() + lower.dropFirst()
        }
        return result
    }
}
