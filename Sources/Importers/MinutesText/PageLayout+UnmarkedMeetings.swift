import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Minutes and notices from no democracy system, with no marker to place them: found by what their first
/// lines hold (the body that met, the day, who was present, a notice, a form's labels), and the forms of
/// the day's own line ("19thAugust2014", "Glasgow, 31st January 2019.").
extension PageLayout {
    /// Minutes with no democracy system's markers whose first lines name the body that met and the day,
    /// and which then say who was present: "Bradford & District Youth Justice Board Meeting" / "Monday 10
    /// December 2012" / "Present"; "X COMMITTEE'S MINUTES." / "Glasgow, 31st January 2019."; "X Committee -
    /// 14/05/2018". The lines stay in the text (the body starts at the top).
    static func headedMeeting(_ lines: [SourceLine]) -> PageLayout? {
        let top = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(40).map { $0 }
        // Minutes say who was there near their top; without it a committee and a date may head a report.
        // (Or an agenda's notice: "NOTICE IS HEREBY GIVEN that a Meeting of the X is to be held at PLACE, on DATE".)
        let notice = top.prefix(12).first { venueOfNotice(lines[$0].text) != nil }
        guard notice != nil || top.contains(where: { NameList.introducesAttendance(lines[$0].text) || Labels.parse(lines[$0].text)?.role == .attendance
                                                      || NameList.peopleAfterUncolonedLabel(lines[$0].text) != nil
                                                      || Self.isPeopleTableHeader(lines[$0]) })
                || Self.numbersAMeetingsBusiness(top.map { lines[$0].text })
        else { return nil }
        for (position, index) in top.prefix(12).enumerated() {
            let text = lines[index].text
            // ("LOCAL CHILDREN’S PARTNERSHIP: STEERING GROUP": a colon inside a body's name, not a label's.)
            guard text.utf8.count <= 160, !text.contains(":") || !text.hasSuffix(":") && Labels.parse(text) == nil,
                  !isDocumentSiteChrome(text.lowercased()) else { continue }
            if let reference = MeetingReference.parse(text), let date = reference.date, let name = reference.committee,
               CouncilText.namesMeetingBody(name), LinePatterns.isTitleLike(name, maxLength: 120),
               text.range(of: " - ") != nil || text.range(of: " – ") != nil {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
                layout.committee = name
                layout.meetingDate = date
                return layout
            }
            guard DateText.firstDate(in: text) == nil, LinePatterns.wordCount(text) <= 14 else { continue }
            // ("CHILDREN’S SERVICES SCRUTINY" / "FORUM AGENDA": a heading in capitals wrapped over two lines.)
            var headingLines = 1
            var found = bodyNamed(byHeading: text)
            if found == nil, let secondIndex = top.dropFirst(position + 1).first, case let second = lines[secondIndex].text,
               LinePatterns.wordCount(second) <= 4, !second.contains(where: \.isLowercase), !text.contains(where: \.isLowercase),
               DateText.firstDate(in: second) == nil, let joined = bodyNamed(byHeading: text.trimmingCharacters(in: .whitespaces) + " " + second.trimmingCharacters(in: .whitespaces)) {
                found = joined
                headingLines = 2
            }
            guard let name = found else { continue }
            // The day on one of the next three lines: "Monday 10 December 2012", "Glasgow, 31st January 2019.", or
            // with its time and place: "Thursday 6th February 2014 at 10:00am Gortalowry House", "Wednesday 1st July 2020 – Microsoft Teams".
            for next in top.dropFirst(position + headingLines).prefix(3) {
                let text = lines[next].text
                guard let when = (dateOfDateLine(text) ?? dayAfterTime(text)).map({ (date: $0, venue: String?.none) }) ?? dayTimeAndPlace(text)
                else { continue }
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
                layout.committee = name
                layout.meetingDate = when.date
                layout.venue = when.venue
                if layout.venue == nil, let notice, DateText.allDates(in: lines[notice].text).contains(where: { $0.date == when.date }) {
                    layout.venue = venueOfNotice(lines[notice].text)
                }
                return layout
            }
        }
        return nil
    }

    /// "Present       Apologies": the header of a table of who came and who sent apologies, its columns kept apart by runs
    /// of spaces (a copy of a Word table).
    static func isPeopleTableHeader(_ line: SourceLine) -> Bool {
        guard let cells = line.cells, (2...4).contains(cells.count), cells[0].lowercased() == "present" else { return false }
        return cells.dropFirst().allSatisfy { ["apologies", "in attendance", "absent", "attachments", "also present"].contains($0.lowercased()) }
    }

    /// "Youth Council" / "1. Opening" / "2. Apologies" / "3. …": a meeting's agenda, the body that meets alone on the
    /// page's first line, its items numbered from 1 straight under it. The day stays unknown unless a line states it.
    static func numberedAgenda(_ lines: [SourceLine]) -> PageLayout? {
        let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(4))
        guard top.count == 4, lines[top[0]].text.utf8.count <= 80, DateText.firstDate(in: lines[top[0]].text) == nil,
              !lines[top[0]].text.contains(":"), let name = bodyNamed(byHeading: lines[top[0]].text) else { return nil }
        for (expected, index) in top.dropFirst().enumerated() {
            guard let item = LinePatterns.leadingNumber(lines[index].text, requireDot: true), item.value == expected + 1,
                  item.rest.utf8.count <= 120, item.rest.first?.isUppercase == true, !item.rest.hasSuffix(".") else { return nil }
        }
        var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: top[1])
        layout.committee = name
        return layout
    }

    /// "1. Consent forms reminder: Sarah" / "2. GMPTE certificates • Given out to …" / "3. Davyhulme Youth Centre • …": a
    /// meeting's notes copied from their first item, no heading above. The copy opens on item 1, and items 2 and 3
    /// follow in order among its first lines, each a short title (its points run in after a bullet).
    /// Whether two numbered titles in a row ("42. Public Question Time", "43. Apologies for Absence …") open the page's
    /// business, one of them a meeting's own (apologies, minutes, declarations of interest, matters arising, public
    /// questions): minutes whose list of those present may lack its label.
    static func numbersAMeetingsBusiness(_ texts: [String]) -> Bool {
        var previous: Int?
        var meetingsOwn = false
        for text in texts {
            guard let item = LinePatterns.leadingNumber(text, requireDot: true) else { continue }
            let title = item.rest.trimmingCharacters(in: .whitespaces)
            guard LinePatterns.isTitleLike(title, maxLength: 100), LinePatterns.wordCount(title) <= 12 else { previous = nil; continue }
            // (Compared without spaces: a PDF's copy may break a word's letters apart, "APOLOGI ES FOR A BSENC E", "MINUT ES";
            // and "To receive any declarations of interest by Members" is that item too.)
            let squeezed = title.lowercased().filter { $0 != " " }
            let own = ["apologies", "minutes", "declarationsofinterest", "declarationofinterest", "mattersarising", "publicquestion"]
                .contains { squeezed.hasPrefix($0) } || squeezed.contains("declarationsofinterest") || squeezed.contains("declarationofinterest")
            if let last = previous, item.value == last + 1, meetingsOwn || own { return true }
            meetingsOwn = own
            previous = item.value
        }
        return false
    }

    static func numberedNotesWithoutHeading(_ lines: [SourceLine]) -> PageLayout? {
        var top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(9))
        // ("PRESENT: COUNCILLORS J. DAVIES (CHAIRMAN), …" / "1. Election of Chairman …": those present first, then the items.)
        let start = top.first ?? 0
        if let first = top.first, let label = Labels.parse(lines[first].text), label.role == .attendance, !label.value.isEmpty {
            top.removeFirst()
        } else {
            top = Array(top.prefix(8))
        }
        var expected = 1
        for index in top {
            guard let item = LinePatterns.leadingNumber(lines[index].text, requireDot: true) else {
                // (Only the item's own lines between items: the first line must be item 1.)
                if expected == 1 { return nil }
                continue
            }
            guard item.value == expected else { return nil }
            let title = item.rest.components(separatedBy: " • ")[0].trimmingCharacters(in: .whitespaces)
            guard LinePatterns.isTitleLike(title, maxLength: 80), LinePatterns.wordCount(title) <= 10, !title.hasSuffix("."),
                  LinePatterns.resolutionMarker(title) == nil else { return nil }
            expected += 1
            if expected > 3 { return PageLayout(kind: .meeting, system: .plainCMS, bodyStart: start) }
        }
        return nil
    }

    /// A meeting's notice from a council's own site: the body that meets, then "Date:" with its day and a
    /// "Location:" or "Venue:" label ("Children & Young People Scrutiny Committee" / "Date: Monday 24 January
    /// 2011" / "Time: 4:30 PM" / "Location: The Reception Suite, Civic Offices"). The labels are read as the
    /// body is; the layout gives the committee.
    static func noticedMeeting(_ lines: [SourceLine]) -> PageLayout? {
        let top: [Int] = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(12))
        var labelled: [LabelRole] = []
        for index in top { if let label = Labels.parse(lines[index].text), !label.value.isEmpty { labelled.append(label.role) } }
        guard labelled.contains(.venue) else { return nil }
        // The body's line is at most two lines above the day's label ("Subscribe Download Meeting Pack" between).
        guard let dateLabel = top.firstIndex(where: { index in
            Labels.parse(lines[index].text).map { $0.role == .meetingDate && DateText.firstDate(in: $0.value) != nil } ?? false
        }) else { return nil }
        for index in top[max(0, dateLabel - 2)..<dateLabel].reversed() {
            let text = lines[index].text
            guard text.utf8.count <= 120, !text.contains(":"), DateText.firstDate(in: text) == nil,
                  let name = bodyNamed(byHeading: text) ?? bodyNamedWithin(text) else { continue }
            var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: top[dateLabel])
            layout.committee = name
            return layout
        }
        return nil
    }

    /// "MS Teams Event/Virtual, Kirkton Council - Corporate Parenting Board" / "Wednesday, 9th September, 2020 3.00 pm" /
    /// "Venue: …" / "No. Item": a ModernGov meeting page copied without its "Agenda and minutes" heading, the body on the
    /// first line (after its council's name and a dash, if any) and the day alone on the next, the venue's label or the
    /// agenda table's header below them.
    static func meetingPageWithoutMarker(_ lines: [SourceLine]) -> PageLayout? {
        let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(8))
        guard top.count >= 3, case let heading = lines[top[0]].text, heading.utf8.count <= 160, Labels.parse(heading) == nil,
              DateText.firstDate(in: heading) == nil, let date = dateOfMeetingLine(lines[top[1]].text),
              top.dropFirst(2).contains(where: { index in
                  Labels.parse(lines[index].text)?.role == .venue || MinutesReader.agendaTableHeaders.contains(lines[index].text.lowercased())
              }) else { return nil }
        var body = Substring(heading)
        // ("…, Kirkton Council - Corporate Parenting Board": the council that holds the meeting, then its body.)
        if let dash = body.range(of: " - ", options: .backwards) ?? body.range(of: " – ", options: .backwards),
           body[..<dash.lowerBound].hasSuffix(" Council") {
            body = body[dash.upperBound...]
        }
        let name = LinePatterns.trimTrailingPunctuation(body)
        guard CouncilText.namesMeetingBody(name), LinePatterns.isTitleLike(name, maxLength: 120), LinePatterns.wordCount(name) <= 12
        else { return nil }
        var layout = PageLayout(kind: .meeting, system: .modernGov, bodyStart: top[1] + 1)
        layout.title = heading + " - " + lines[top[1]].text
        layout.committee = name
        layout.meetingDate = date
        return layout
    }

    /// "Scrutiny Commission 1 - Children & Young People": a heading that names a body that meets, the
    /// body's word inside it rather than at its end.
    static func bodyNamedWithin(_ text: String) -> String? {
        guard LinePatterns.isTitleLike(text, maxLength: 120), LinePatterns.wordCount(text) <= 12 else { return nil }
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        let bodies: Set<String> = ["committee", "commission", "board", "panel", "forum", "cabinet", "partnership", "council", "executive",
                                   "sub-committee", "group", "sacre", "trust", "trustees"]
        return words.isDisjoint(with: bodies) ? nil : LinePatterns.trimTrailingPunctuation(text)
    }

    /// "Education and Families Committee" / "Council Chamber, Town Hall, Lerwick" / "Monday 23 April 2018 at 10:00am": a
    /// meeting's place on the line between its body's and its day's, whichever rule found the body and the day.
    static func venueBetweenBodyAndDay(_ lines: [SourceLine], committee: String, meetingDate: CalendarDate?) -> String? {
        let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(30))
        for (position, index) in top.enumerated() where position + 2 < top.count && lines[index].text == committee {
            let place = lines[top[position + 1]].text, day = lines[top[position + 2]].text
            guard VenueText.looksLikeVenue(place), DateText.firstDate(in: place) == nil, Labels.parse(place) == nil,
                  LinePatterns.wordCount(place) <= 12, let date = dateOfMeetingLine(day) ?? dayTimeAndPlace(day)?.date,
                  meetingDate == nil || date == meetingDate else { return nil }
            return LinePatterns.trimTrailingPunctuation(place)
        }
        return nil
    }

    /// Notes that open with their day's label and say who attended.
    static func labelledMeeting(_ lines: [SourceLine]) -> PageLayout? {
        let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(40))
        guard top.contains(where: { NameList.introducesAttendance(lines[$0].text) || Labels.parse(lines[$0].text)?.role == .attendance
                                    || NameList.peopleAfterUncolonedLabel(lines[$0].text) != nil })
        else { return nil }
        // "Date & Time: / Monday 8 April 2013 – 5pm" opening notes that say who attended: a meeting whose
        // body the page does not name (the labels give its day and place as they are read).
        // (Or a line of labels: "Meeting : Gwynedd Framework Partnership Date : 26/05/06".)
        // "MEETING TITLE: / X / MEETING DATE: / Monday" / "1 February 2016": the day wrapped to the next line.
        // (The labels' line may follow a line or two of the form's own heading: "ABERDEEN CITY COUNCIL – …".)
        // (Further down, under a document site's lines, when a "Meeting:" label of the form's own is just above it.)
        for (position, index) in top.prefix(8).enumerated()
        where (position < 3 || top[max(0, position - 2)..<position].contains(where: { Labels.parse(lines[$0].text).map { [.meetingLine, .committee].contains($0.role) } == true }))
            && Labels.parseAll(lines[index].text).contains(where: { label in
            label.role == .meetingDate && (DateText.firstDate(in: label.value) != nil
                || top.dropFirst(position + 1).first.map { dateOfMeetingLine(lines[$0].text) != nil } == true)
        }) {
            return PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
        }
        return nil
    }

    /// "KIRKTON PARISH COUNCIL – Trustees of the Kirkton Playground Charity" / "Trustees are hereby summoned … to attend an
    /// extra Ordinary Meeting of the … Trustees, on 4th May 2017 …, in the Kirkton Institute, Spring Bank, Kirkton, for the
    /// purposes detailed in the following Agenda:": a parish or town council's summons, its body on the line above.
    static func summonsMeeting(_ lines: [SourceLine]) -> PageLayout? {
        let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(6))
        for (position, index) in top.enumerated() where position > 0 {
            let text = lines[index].text
            guard text.utf8.count <= 600, TextScan.contains(text.lowercased(), ascii: "hereby summoned"),
                  let day = DateText.allDates(in: text).first else { continue }
            var heading = Substring(lines[top[position - 1]].text)
            if let dash = heading.range(of: " – ", options: .backwards) ?? heading.range(of: " - ", options: .backwards) {
                heading = heading[dash.upperBound...]
            }
            guard let body = bodyNamed(byHeading: String(heading)) ?? bodyNamedWithin(String(heading)) else { return nil }
            var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: top[position] + 1)
            layout.committee = body
            layout.meetingDate = day.date
            layout.venue = placeOfSummons(text[day.range.upperBound...])
            return layout
        }
        return nil
    }

    /// ", in the Kirkton Institute, Spring Bank, Kirkton, for the purposes …" → "Kirkton Institute, Spring Bank, Kirkton".
    static func placeOfSummons(_ tail: Substring) -> String? {
        guard let lead = tail.range(of: " in the ") ?? tail.range(of: " at the ") else { return nil }
        var place = tail[lead.upperBound...]
        for end in [", for the purpose", " for the purpose", ", to ", ".", ":"] {
            if let range = place.range(of: end) { place = place[..<range.lowerBound] }
        }
        let cleaned = LinePatterns.trimTrailingPunctuation(place.trimmingSpaces())
        guard !cleaned.isEmpty, cleaned.utf8.count <= 120, cleaned.first?.isUppercase == true, DateText.firstDate(in: cleaned) == nil else { return nil }
        return cleaned
    }

    /// "Children, Education and Home Affairs Scrutiny Panel" / "Records of Meetings 2022" / … / "Date: 25th July 2022" /
    /// "Present": a body's name over a "Date:" label some lines below it (a site's notes between), with a list of those
    /// present: that body's meeting on that day.
    static func bodyOverDateLabel(_ lines: [SourceLine]) -> PageLayout? {
        let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(40))
        guard top.contains(where: { NameList.introducesAttendance(lines[$0].text) || Labels.parse(lines[$0].text)?.role == .attendance })
        else { return nil }
        for (position, index) in top.prefix(16).enumerated() {
            guard let label = Labels.parse(lines[index].text), label.role == .meetingDate, let date = DateText.firstDate(in: label.value)
            else { continue }
            let above = top[max(0, position - 8)..<position]
            guard let heading = above.last(where: { candidate in
                let text = lines[candidate].text
                return !text.contains(where: \.isNumber) && !text.contains(" - ") && !text.contains(" – ") && !text.contains(":")
                    && LinePatterns.wordCount(text) <= 12 && bodyNamed(byHeading: text) != nil
            }), let body = bodyNamed(byHeading: lines[heading].text) else { return nil }
            var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
            layout.committee = body
            // ("… approved by the Panel. Signed" / "Chair" / "Deputy A Curt" / "Date: 25th July 2022": the day the records
            // were signed, perhaps, and not the meeting's: no date is taken.)
            let signed = top[max(0, position - 3)..<position].contains { TextScan.contains(lines[$0].text, ascii: "Signed") }
            layout.meetingDate = signed ? nil : date
            return layout
        }
        return nil
    }

    /// "TITLE OF MEETING: X" opening a Word form whose "Date / 19th June 2012" row comes further down, after its
    /// attendees: a meeting, whatever its later headings ("Notes" over a column) say. The labels are read as
    /// the body is.
    static func titledForm(_ lines: [SourceLine]) -> PageLayout? {
        guard let first = lines.firstIndex(where: { !$0.isBlank }),
              Labels.parse(lines[first].text).map({ $0.role == .committee && !$0.value.isEmpty }) == true else { return nil }
        let top = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(40)
        guard top.contains(where: { Labels.parse(lines[$0].text).map { $0.role == .meetingDate && DateText.firstDate(in: $0.value) != nil } == true })
        else { return nil }
        return PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
    }

    /// "Youth Justice Board Meeting", "CITY POLICY COMMITTEE'S MINUTES.", "Schools Forum": the body a heading
    /// names, when it is one that meets.
    static func bodyNamed(byHeading text: String) -> String? {
        var name = Substring(text).trimmingSpaces()
        // ("Minutes and actions - Newcastle City Council": a site's title for the page, what it is and whose site; the body
        // that met is named below it.)
        let lower = name.lowercased()
        if ["minutes - ", "minutes and actions - ", "minutes & actions - ", "agenda - ", "agenda and minutes - ", "decisions - "]
            .contains(where: { lower.hasPrefix($0) }) {
            return nil
        }
        while let last = name.last, last == "." { name = name.dropLast() }
        // ("Meetings for Social Scrutiny Committee": a site's heading over one of the body's meetings.)
        if name.hasPrefix("Meetings for ") { name = name.dropFirst("Meetings for ".count) }
        var meetingOf = false
        // ("CHILDREN’S SERVICES SCRUTINY FORUM AGENDA": the body, over the day of the meeting its agenda is for.)
        for suffix in ["'s minutes", "’s minutes", " minutes", " meeting", " agenda"] where name.lowercased().hasSuffix(suffix) {
            name = name.dropLast(suffix.count)
            meetingOf = suffix == " meeting"
            break
        }
        // ("Children, Young People and Education Committee - Fifth Senedd": the legislature's term is no part of the body.)
        if let dash = name.range(of: " - ", options: .backwards) ?? name.range(of: " – ", options: .backwards),
           case let term = name[dash.upperBound...].lowercased().split(separator: " "), term.count == 2,
           ["senedd", "assembly", "parliament"].contains(term[1]),
           ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"].contains(term[0]) {
            name = name[..<dash.lowerBound]
        }
        // ("Kirkton Primary School Parent Council AGM": the kind of meeting is no part of the body.)
        for kind in [" agm", " egm", " annual general", " extraordinary general"] where name.lowercased().hasSuffix(kind) && name.count > kind.count + 3 {
            name = name.dropLast(kind.count)
            break
        }
        let candidate = LinePatterns.trimTrailingPunctuation(name)
        // ("Full Governors Meeting": the people who met, named as a body by the meeting's heading.)
        let membersMet = meetingOf && ["governors", "trustees", "directors"].contains(candidate.split(separator: " ").last?.lowercased() ?? "")
        guard LinePatterns.isTitleLike(candidate, maxLength: 120), CouncilText.namesMeetingBody(candidate) || membersMet else { return nil }
        return candidate
    }

    /// A line that is only a day ("Monday 10 December 2012") or a place and a day ("Glasgow, 31st January 2019.").
    static func dateOfDateLine(_ text: String) -> CalendarDate? {
        guard text.utf8.count <= 60 else { return nil }
        var body = Substring(text)
        while let last = body.last, last == "." { body = body.dropLast() }
        // "date   9 MARCH 2009": a Word form's label, its colon lost with the table.
        for label in ["date:", "date", "meeting date:", "meeting date"] where body.lowercased().hasPrefix(label + " ") {
            body = body.dropFirst(label.count + 1).trimmingSpaces()
            break
        }
        if let date = DateText.parse(String(body)) { return date }
        // "19thAugust2014": a PDF's day, month and year run together.
        if !body.contains(" "), let date = DateText.parse(spacingRunTogetherDate(body)) { return date }
        guard let comma = body.firstIndex(of: ","), let date = DateText.parse(String(body[body.index(after: comma)...].trimmingSpaces())) else { return nil }
        let place = body[..<comma].split(separator: " ")
        guard (1...3).contains(place.count), place.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }),
              !DateText.isWeekday(place[0]) else { return nil }
        return date
    }

    /// "19thAugust2014" → "19th August 2014": a space before each run of letters that opens with a capital and
    /// before the year (the ordinal's "th" stays with its day).
    static func spacingRunTogetherDate(_ text: Substring) -> String {
        var spaced = ""
        var previous: Character?
        for character in text {
            if let previous, character.isUppercase && previous.isLowercase || character.isNumber && previous.isLetter { spaced.append(" ") }
            spaced.append(character)
            previous = character
        }
        return spaced
    }
}
