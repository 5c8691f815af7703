import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// What a page's header says about its meeting once a marker ("Agenda and minutes", "Issue - meetings") or
/// a heading has placed it: the title under the marker, the committee and the day above or below it ("X -
/// DATE", the body on one line and the day on the next), ModernGov's title line, a decision page's labels.
/// `PageLayout.detect` decides the page's kind; these read its header. (One-line headings that state the
/// meeting are in `PageLayout+MinutesHeadings.swift`; minutes with no marker at all in
/// `PageLayout+UnmarkedMeetings.swift`.)
extension PageLayout {
    /// A page of no known layout that prints its meeting as "Children's Services Scrutiny Board - Tuesday 21st May
    /// 2024 6.00 pm" near its top: that is the meeting it is about.
    mutating func readMeetingLine(_ lines: [SourceLine]) {
        for line in lines.lazy.filter({ !$0.isBlank }).prefix(10) where line.text.utf8.count <= 160 {
            guard let separator = line.text.range(of: " - ") ?? line.text.range(of: " – "),
                  let reference = MeetingReference.parse(line.text), let date = reference.date, let name = reference.committee,
                  name == LinePatterns.trimTrailingPunctuation(line.text[..<separator.lowerBound]),
                  CouncilText.namesMeetingBody(name),
                  LinePatterns.isTitleLike(name, maxLength: 120) else { continue }
            committee = name
            meetingDate = date
            documentDate = nil
            return
        }
    }

    /// The line after the marker is the title (its link size, if any, split off).
    mutating func takeTitle(from lines: [SourceLine]) {
        guard var next = Self.nextNonBlank(lines, after: bodyStart - 1) else { return }
        // ("Decision details" / "||" / the title: a table's empty row, no letter or digit in it, is no title.)
        while !lines[next].text.contains(where: { $0.isLetter || $0.isNumber }), let after = Self.nextNonBlank(lines, after: next) {
            next = after
        }
        // ("Issue - meetings" / "Issue - meetings" / the title: a site's heading printed twice is no title.)
        if next > 0, let above = Self.previousNonBlank(lines, before: next), lines[above].text == lines[next].text,
           let after = Self.nextNonBlank(lines, after: next) {
            next = after
        }
        let text = lines[next].text
        if Labels.parse(text) != nil { return }
        // "A period of 30 minutes has been set aside for members of the public to ask questions …": a page copied
        // without its title opens with the item's text, a sentence no title is. It stays in the body.
        let words = LinePatterns.wordCount(text)
        if text.hasSuffix(".") && words > 20 || words > 40 { return }
        if let links = LinkLine.parse(text, line: lines[next].number), let first = links.first {
            title = first.title
            titleLinks = links
        } else {
            title = text
        }
        // "Key Issues Debate - The Council as Corporate Parent (Agenda item 9)": ModernGov's title of an item's page, with
        // the item's number.
        if let numbered = title.flatMap(Self.titleWithItsNumber) {
            title = numbered.title
            if itemNumber == nil { itemNumber = numbered.number }
        }
        bodyStart = next + 1
    }

    /// "Key Issues Debate (Agenda item 9)" → ("Key Issues Debate", "9"); nil for a title without the item's number.
    static func titleWithItsNumber(_ text: String) -> (title: String, number: String)? {
        guard text.hasSuffix(")"), let open = text.range(of: " (Agenda item ", options: .backwards) ?? text.range(of: " (Item ", options: .backwards)
        else { return nil }
        let number = text[open.upperBound..<text.index(before: text.endIndex)]
        guard (1...6).contains(number.count), number.first?.isNumber == true,
              number.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") }) else { return nil }
        let title = text[..<open.lowerBound].trimmingSpaces()
        guard !title.isEmpty else { return nil }
        return (String(title), String(number))
    }

    /// Meeting pages: "Committee - Weekday, 7th May, 2013 2.00 pm" on one line, or the committee
    /// and the date on lines of their own.
    mutating func takeCommitteeAndDate(from lines: [SourceLine]) {
        guard var next = Self.nextNonBlank(lines, after: bodyStart - 1) else { return }
        // "Meeting Details" / "Meeting Summary" / the committee (a CMIS page): a heading of the page's parts first.
        if ["meeting summary", "summary", "meeting information", "meeting"].contains(lines[next].text.lowercased()),
           let after = Self.nextNonBlank(lines, after: next) {
            next = after
        }
        // ("Agenda and draft minutes" / "Agenda and draft minutes": the page's heading printed twice names no committee.)
        while Self.meetingMarkers.contains(LinePatterns.trimTrailingPunctuation(lines[next].text).lowercased()),
              let after = Self.nextNonBlank(lines, after: next) {
            next = after
            bodyStart = next
        }
        let text = lines[next].text
        // A label, a bulleted link ("- Attendance details"), a document line or a stray word is no committee.
        if Labels.parse(text) != nil || LinePatterns.bullet(text) != nil || LinkLine.parse(text, line: nil) != nil
            || text.first?.isUppercase != true || !ItemHeader.hasTitleWord(text) || Self.headsATableOrAList(text)
            // ("With effect from 1 April 2016 Agenda and Minutes will be available in both Welsh and English …": a notice.)
            || text.utf8.count > 200 || MinutesReader.statesSomething(text) || Self.isSiteNotice(text)
            // ("Agenda" / "PART I" / "1. Apologies …": the agenda's public part, no body.)
            || Self.isPartHeading(text)
            // ("Minutes" / "Proposed by Cllr Bat, seconded by Cllr Ezz.": an unnumbered item's sentence, no body's name.)
            || Self.isMinutedSentence(text) { return }
        title = text
        bodyStart = next + 1
        if let split = Self.splitCommitteeAndDate(text) {
            committee = split.committee
            meetingDate = split.date
            return
        }
        committee = Self.droppingFormerName(LinePatterns.trimTrailingPunctuation(text))
        if let dateIndex = Self.nextNonBlank(lines, after: next), lines[dateIndex].text.count <= 80,
           let date = Self.dateOfMeetingLine(lines[dateIndex].text) {
            meetingDate = date
            title = text + " - " + lines[dateIndex].text
            bodyStart = dateIndex + 1
        }
    }

    /// "Proposed by Cllr Bat, seconded by Cllr Ezz.", "There were no urgent items.": a sentence ending with its full stop,
    /// with a verb or "by" in small letters among its words, which no heading naming a body is.
    static func isMinutedSentence(_ text: String) -> Bool {
        guard text.hasSuffix("."), !text.hasSuffix("..") else { return false }
        return text.split(separator: " ").contains { ["by", "was", "were", "had", "has", "is", "are", "be", "no"].contains($0) }
    }

    /// "PART I", "Part 2", "PART ONE", "PART A – PUBLIC ITEMS", "Part II (exempt)": the heading of an agenda's public or
    /// private part.
    static func isPartHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0].lowercased() == "part", text.utf8.count <= 60 else { return false }
        let number = words[1].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":.-–"))
        guard ["i", "ii", "iii", "1", "2", "3", "a", "b", "one", "two", "three"].contains(number) else { return false }
        guard words.count == 3 else { return true }
        let rest = words[2]
        return rest.hasPrefix("–") || rest.hasPrefix("-") || rest.hasPrefix("(") || rest.hasPrefix(":") || rest == rest.uppercased()
    }

    /// "For information on public speaking arrangements at meetings of the Council, please click here", "Please note that
    /// this meeting will be webcast": a notice the site prints over a meeting's page, no body's name.
    static func isSiteNotice(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("click here") || lower.hasPrefix("please ") || lower.contains(", please ") || lower.hasPrefix("for information ")
            || lower.hasPrefix("for more information") || lower.hasPrefix("to view ") || lower.hasPrefix("this meeting will be")
    }

    /// "Children & Education Scrutiny Panel – 4 September 2019" / "Chairman: …" / "Venue: …" / "Time: …" above
    /// an "AGENDA" heading: the body and the day on the page's first line, and the venue's label under it.
    mutating func takeHeaderAbove(_ markerIndex: Int, in lines: [SourceLine]) {
        guard let first = lines[..<markerIndex].firstIndex(where: { !$0.isBlank }) else { return }
        let text = lines[first].text
        guard text.utf8.count <= 160, !text.contains(":"), text.range(of: " – ") != nil || text.range(of: " - ") != nil,
              let split = Self.splitCommitteeAndDate(text), let name = split.committee, CouncilText.namesMeetingBody(name),
              LinePatterns.isTitleLike(name, maxLength: 120) else { return }
        committee = name
        meetingDate = split.date
        title = text
        for line in lines[(first + 1)..<markerIndex] where !line.isBlank {
            if let label = Labels.parse(line.text), label.role == .venue, !label.value.isEmpty {
                venue = VenueText.clean(label.value)
                break
            }
        }
    }

    /// "Gloucestershire Children's Partnership Board Meeting" / "Monday 27th March 2017 13:00 – 15:00pm, Meeting Rooms
    /// 2 & 3, Shire Hall" above a "Minutes of the meeting" heading that names neither: the body on the line above
    /// the day's, the day and the place on the line above the heading.
    mutating func takeBodyAndDayAbove(_ markerIndex: Int, in lines: [SourceLine]) {
        guard let dayLine = Self.previousNonBlank(lines, before: markerIndex), let when = Self.dayTimeAndPlace(lines[dayLine].text),
              let bodyLine = Self.previousNonBlank(lines, before: dayLine), lines[bodyLine].text.utf8.count <= 120,
              DateText.firstDate(in: lines[bodyLine].text) == nil, let name = Self.bodyNamed(byHeading: lines[bodyLine].text) else { return }
        committee = name
        meetingDate = when.date
        if venue == nil { venue = when.venue }
    }

    /// "Care, Learning and Housing Committee (formerly the People Committee)" → "Care, Learning and Housing
    /// Committee": the name it had is no part of the name it has.
    static func droppingFormerName(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        let inside = name[name.index(after: open)...].lowercased()
        guard inside.hasPrefix("formerly") || inside.hasPrefix("previously") || inside.hasPrefix("was ") else { return name }
        return String(name[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// "No. Item" (the agenda table's header), "Attendees / Apologies", "Meeting Minutes", "Agenda Items": the
    /// heading of what follows, when a copy lost the committee's line. No committee is named so.
    static func headsATableOrAList(_ text: String) -> Bool {
        let lower = text.lowercased()
        if MinutesReader.agendaTableHeaders.contains(lower) || ["no.", "no", "item", "items"].contains(lower) { return true }
        let words = lower.split { !$0.isLetter }
        guard words.count <= 4 else { return false }
        let headingWords: Set<String> = ["attendees", "attendance", "apologies", "present", "absent", "minutes", "agenda", "items", "item",
                                         "meeting", "details", "documents", "no", "decisions", "notes", "membership"]
        return words.allSatisfy { headingWords.contains(String($0)) }
    }

    /// Word minutes that print the committee and the date above the "MINUTES" heading:
    /// "CHILDREN'S SERVICES AND CORPORATE PARENTING CABINET PANEL" / "12 SEPTEMBER 2012" / "M I N U T E S".
    mutating func takeCommitteeAndDate(above markerIndex: Int, in lines: [SourceLine]) -> Bool {
        var above = markerIndex - 1
        while above >= 0, lines[above].isBlank { above -= 1 }
        // ("9am on Tuesday 28th February 2012": the time first.)
        guard above >= 1, let date = DateText.parse(lines[above].text) ?? Self.dayAfterTime(lines[above].text) else { return false }
        var committeeIndex = above - 1
        while committeeIndex >= 0, lines[committeeIndex].isBlank { committeeIndex -= 1 }
        guard committeeIndex >= 0 else { return false }
        var name = lines[committeeIndex].text
        // ("CVC Partnership meeting": the body that met.)
        if name.lowercased().hasSuffix(" meeting"), CouncilText.namesMeetingBody(String(name.dropLast(" meeting".count))) {
            name = String(name.dropLast(" meeting".count))
        }
        guard Labels.parse(name) == nil, LinePatterns.isTitleLike(name, maxLength: 120), LinePatterns.wordCount(name) <= 14,
              DateText.firstDate(in: name) == nil else { return false }
        committee = LinePatterns.trimTrailingPunctuation(name)
        meetingDate = date
        title = name + " - " + lines[above].text
        return true
    }

    /// "9am on Tuesday 28th February 2012", "10.00 am, Monday 3 May 2010": a time, then the day.
    static func dayAfterTime(_ text: String) -> CalendarDate? {
        guard text.utf8.count <= 60, text.first?.isNumber == true, let match = DateText.allDates(in: text).first else { return nil }
        var head = text[..<match.range.lowerBound].trimmingSpaces()
        for joint in [" on", ","] where head.hasSuffix(joint) { head = head.dropLast(joint.count).trimmingSpaces() }
        // The weekday opening the day is the day's.
        if let last = head.split(separator: " ").last, DateText.isWeekday(last) { head = head.dropLast(last.count).trimmingSpaces() }
        for joint in [" on", ","] where head.hasSuffix(joint) { head = head.dropLast(joint.count).trimmingSpaces() }
        // "9am", "9 am", "10.00am", "14:00".
        let lower = head.lowercased().replacingOccurrences(of: " ", with: "")
        let digits = lower.prefix { $0.isNumber || $0 == "." || $0 == ":" }
        let isTime = !digits.isEmpty && digits.first?.isNumber == true && ["", "am", "pm", "a.m.", "p.m."].contains(String(lower.dropFirst(digits.count)))
            && (digits.contains(".") || digits.contains(":") ? LinePatterns.isTimeOnly(String(digits)) : digits.count <= 2)
        guard isTime, text[match.range.upperBound...].trimmingSpaces().isEmpty else { return nil }
        return match.date
    }

    /// Whether the agenda table's "Items" or "No. Item" heading follows within the next lines.
    static func listsItemsBelow(_ index: Int, in lines: [SourceLine]) -> Bool {
        // (Or the older template's table, "Item" / "No" / "Item/Resolution Status Action", the minutes in its rows.)
        lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(15).contains { line in
            let lower = line.text.lowercased()
            return ["items", "no. item", "no item", "item no"].contains(lower) || lower.hasPrefix("item/resolution")
        }
    }

    /// A line that is a day, perhaps with its time: "Wednesday, 2nd December, 2020 1.00 pm".
    static func dateOfMeetingLine(_ text: String) -> CalendarDate? {
        if let date = DateText.parse(text) { return date }
        guard text.utf8.count <= 80, let match = DateText.allDates(in: text).first,
              text[..<match.range.lowerBound].allSatisfy({ $0.isLetter || $0 == "," || $0 == " " }) else { return nil }
        // "… 1.00 pm", "… – 10.30am to 12.30pm", "… 10.00 - 12.00": the time, or the times it ran between.
        var rest = text[match.range.upperBound...].trimmingSpaces()
        while let first = rest.first, "–-—,".contains(first) { rest = rest.dropFirst().trimmingSpaces() }
        // ("Thursday, 4th July, 2019 7.00 pm, MOVED": ModernGov's note that the meeting was moved to this day. Not
        // "POSTPONED" or "CANCELLED": then no meeting was held on it.)
        // (", NEW": a meeting added to the calendar, held on the day.)
        for note in [", MOVED", ", NEW DATE", ", RESCHEDULED", ", NEW"] where rest.hasSuffix(note) {
            rest = rest.dropLast(note.count).trimmingSpaces()
            break
        }
        let times = rest.components(separatedBy: " to ").flatMap { $0.components(separatedBy: " - ") }.flatMap { $0.components(separatedBy: " – ") }
        guard times.allSatisfy({ LinePatterns.isTimeOnly($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
        return match.date
    }

    /// "Agenda for Children & Young People's Overview & Scrutiny Committee on Wednesday, 25th June, 2008, 5.00pm":
    /// ModernGov's page title, the committee and the day, among the first lines.
    static func agendaForLine(_ lines: [SourceLine]) -> (committee: String, date: CalendarDate)? {
        for line in lines.lazy.filter({ !$0.isBlank }).prefix(3) {
            let text = line.text
            guard text.utf8.count <= 200, text.hasPrefix("Agenda for ") || text.hasPrefix("Minutes for ") || text.hasPrefix("Decisions for "),
                  let on = text.range(of: " on ", options: .backwards), let match = DateText.allDates(in: text).first,
                  match.range.lowerBound >= on.upperBound else { continue }
            let start = text.index(text.startIndex, offsetBy: text.hasPrefix("Agenda for ") ? 11 : text.hasPrefix("Minutes for ") ? 12 : 14)
            let name = LinePatterns.trimTrailingPunctuation(text[start..<on.lowerBound])
            guard !name.isEmpty, LinePatterns.isTitleLike(name, maxLength: 150) else { continue }
            return (name, match.date)
        }
        return nil
    }

    /// "Agenda for Children & Young People's Trust Board on Monday, 22nd March, 2010, 5.00pm" / "Venue: Council Chamber, Hove
    /// Town Hall.": ModernGov's title line and venue over an agenda whose items the reader does not know: that body's
    /// meeting on that day at that place. Nil without both lines among the first four with text.
    static func agendaForMeeting(_ lines: [SourceLine]) -> PageLayout? {
        guard let agendaFor = agendaForLine(lines),
              let venueLine = lines.indices.lazy.filter({ !lines[$0].isBlank }).prefix(4).first(where: { Labels.parse(lines[$0].text)?.role == .venue }),
              let venue = Labels.parse(lines[venueLine].text)?.value, !venue.isEmpty else { return nil }
        var layout = PageLayout(kind: .meeting, system: .modernGov, bodyStart: venueLine + 1)
        layout.committee = agendaFor.committee
        layout.meetingDate = agendaFor.date
        layout.venue = LinePatterns.trimTrailingPunctuation(VenueLinks.droppingDirections(venue))
        return layout
    }

    /// "Children's Services Scrutiny Committee - Thursday, 2nd March, 2023 10.00 am" → committee and date.
    static func splitCommitteeAndDate(_ raw: String) -> (committee: String?, date: CalendarDate)? {
        let text = MeetingReference.droppingMovedFrom(raw)
        // ("Corporate Parenting Panel (12/11/2013- 30/04/2024) - Tuesday 3 November 2020": the days in the bracket are when
        // the body sat, ModernGov's mark of a former committee, and part of its name; the meeting's day is outside.)
        guard let match = DateText.allDates(in: text).first(where: { !CouncilText.isInsideBracket($0.range.lowerBound, of: text) }) else { return nil }
        var before = LinePatterns.trimTrailingPunctuation(text[..<match.range.lowerBound])
        // ("Meeting held virtually on Tuesday 4 March 2014": how and when it met, no body's name.)
        let lower = before.lowercased()
        if lower.hasPrefix("meeting held") || lower.hasPrefix("held ") || lower == "held" || lower.hasSuffix(" held on") || lower.hasSuffix(" on")
            || DateText.isWeekday(Substring(lower)) {
            before = ""
        }
        return (before.isEmpty ? nil : MeetingReference.droppingMeetingKind(before), match.date)
    }

    /// "Kirkton Schools Forum" / "Date: 4th March 2014" / "Venue: Committee Room 1" / "Minutes": the body on the page's first
    /// line and the header's labels, above a marker that said nothing more. Fills only what is still unknown.
    mutating func takeHeaderLabels(above markerIndex: Int, in lines: [SourceLine]) {
        let above = lines[..<markerIndex].filter { !$0.isBlank }
        guard (1...8).contains(above.count) else { return }
        for text in Self.withColonsAfterFormLabels(above.map(\.text)) {
            // "Notice of Meeting LEARNING AND CULTURE SCRUTINY COMMITTEE": the form names the body it calls.
            if committee == nil, text.hasPrefix("Notice of Meeting: "), case let body = String(text.dropFirst("Notice of Meeting: ".count)),
               CouncilText.namesMeetingBody(body), LinePatterns.wordCount(body) <= 14 {
                committee = LinePatterns.trimTrailingPunctuation(body)
                continue
            }
            guard let label = Labels.parse(text) else { continue }
            switch label.role {
            case .meetingDate where meetingDate == nil: meetingDate = DateText.firstDate(in: label.value)
            case .venue where venue == nil && !label.value.isEmpty: venue = VenueText.clean(label.value)
            case .committee where committee == nil && !label.value.isEmpty: committee = LinePatterns.trimTrailingPunctuation(label.value)
            default: break
            }
        }
        let first = above[above.startIndex].text
        if committee == nil, Labels.parse(first) == nil, LinePatterns.isTitleLike(first, maxLength: 100), LinePatterns.wordCount(first) <= 12,
           DateText.firstDate(in: first) == nil, CouncilText.namesMeetingBody(first) {
            committee = LinePatterns.trimTrailingPunctuation(first)
        }
    }

    /// An agenda form's labels printed without colons, a cell's width apart from their values ("Notice of Meeting
    /// LEARNING AND CULTURE SCRUTINY COMMITTEE", "Date and time" / "of Meeting THURSDAY, 6TH OCTOBER, 2022", "Venue REMOTE
    /// MEETING"): each written with its colon, a label wrapped over two lines joined. Other lines as they are.
    static func withColonsAfterFormLabels(_ texts: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < texts.count {
            var text = texts[index]
            if text.lowercased() == "date and time", index + 1 < texts.count, texts[index + 1].hasPrefix("of Meeting ") {
                text = "Date and time " + texts[index + 1]
                index += 1
            }
            for label in ["Notice of Meeting", "Date and time of Meeting", "Date of Meeting", "Time of Meeting", "Venue"]
            where text.hasPrefix(label + " ") && !text.contains(":") {
                let value = text.dropFirst(label.count + 1)
                // A value in capitals or opening with a digit ("Venue is to be confirmed" is a sentence).
                if let first = value.first, first.isUppercase || first.isNumber, value.prefix(12) == value.prefix(12).uppercased() {
                    text = label + ": " + value
                }
                break
            }
            result.append(text)
            index += 1
        }
        return result
    }

    /// "• Date: Wednesday, June 28, 2023", "• Location: TG.40-CR1 The Burns Room": the meeting's day and place, listed as
    /// labelled points within the few lines under its heading (the first list only).
    mutating func takeListedDetails(below markerIndex: Int, in lines: [SourceLine]) {
        for line in lines[(markerIndex + 1)...].lazy.filter({ !$0.isBlank }).prefix(10) {
            guard let point = LinePatterns.bullet(line.text), let label = Labels.parse(point.rest) else { continue }
            switch label.role {
            case .meetingDate where meetingDate == nil: meetingDate = DateText.firstDate(in: label.value)
            case .venue where venue == nil && !label.value.isEmpty: venue = VenueText.clean(label.value)
            default: break
            }
        }
    }

    /// A forward plan's issue copied from below its heading ("Decision type: Non-key", "Decision status: For Determination",
    /// "Notice of proposed decision first published: 20/11/2023", "Decision due: 19 Dec 2023 by Cabinet"): ModernGov's issue
    /// page, the body that is to decide it named after "by". Its day is when the decision is due, no meeting's; the lines
    /// above the labels are what the issue is about, cut, so no title is taken from them.
    static func forwardPlanIssue(_ lines: [SourceLine]) -> PageLayout? {
        var due: String?
        var found = 0
        var seen = 0
        for line in lines where !line.isBlank {
            seen += 1
            if seen > 14 { break }
            let lower = line.text.lowercased()
            if lower.hasPrefix("decision due:") { due = String(line.text.dropFirst("decision due:".count)); found += 1 }
            if lower.hasPrefix("notice of proposed decision first published:") || lower.hasPrefix("decision type:")
                || lower.hasPrefix("decision status:") { found += 1 }
        }
        guard found >= 2, let due else { return nil }
        var layout = PageLayout(kind: .issueHistory, system: .modernGov, bodyStart: 0)
        if let by = due.range(of: " by ", options: .backwards) {
            let body = LinePatterns.trimTrailingPunctuation(due[by.upperBound...].trimmingSpaces())
            if CouncilText.namesMeetingBody(body) { layout.committee = body }
        }
        return layout
    }

    /// A decision page copied from below its heading: it opens with the decision's label pairs
    /// ("Decision Maker:", "Decision status:", "Is Key decision?:"), two or more of them among its first lines.
    static func startsWithDecisionLabels(_ lines: [SourceLine]) -> Bool {
        // (Older ModernGov records: "Decision Maker :-Cabinet", "Subject to Call-in :-No", "Subject of Decision :-…".)
        let decisionLabels: Set<String> = ["decision maker", "decision status", "is key decision?", "is key decision",
                                           "is subject to call in?", "is subject to call in", "subject to call-in", "subject to call in",
                                           "subject of decision"]
        var seen = 0
        var found = 0
        for line in lines where !line.isBlank {
            seen += 1
            if seen > 6 { break }
            if let label = Labels.parse(line.text), decisionLabels.contains(label.label.lowercased()) { found += 1 }
        }
        return found >= 2
    }
}
