import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// What a page's header says about its meeting: the title under a marker, the committee and the day in
/// the forms councils print them ("Minutes of the meeting of X held on DATE at PLACE", "X - DATE",
/// "Held on DATE at" / place, Scottish meeting sentences, a flattened PDF heading), and where it met.
/// `PageLayout.detect` decides the page's kind; these read its header.
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
        guard notice != nil || top.contains(where: { NameList.introducesAttendance(lines[$0].text) || Labels.parse(lines[$0].text)?.role == .attendance })
        else { return nil }
        for (position, index) in top.prefix(12).enumerated() {
            let text = lines[index].text
            guard text.utf8.count <= 160, !text.contains(":") else { continue }
            if let reference = MeetingReference.parse(text), let date = reference.date, let name = reference.committee,
               CouncilText.namesMeetingBody(name), LinePatterns.isTitleLike(name, maxLength: 120),
               text.range(of: " - ") != nil || text.range(of: " – ") != nil {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
                layout.committee = name
                layout.meetingDate = date
                return layout
            }
            guard DateText.firstDate(in: text) == nil, LinePatterns.wordCount(text) <= 14, let name = bodyNamed(byHeading: text) else { continue }
            // The day on one of the next three lines: "Monday 10 December 2012", "Glasgow, 31st January 2019."
            for next in top.dropFirst(position + 1).prefix(3) {
                if let date = dateOfDateLine(lines[next].text) {
                    var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
                    layout.committee = name
                    layout.meetingDate = date
                    if let notice, DateText.allDates(in: lines[notice].text).contains(where: { $0.date == date }) {
                        layout.venue = venueOfNotice(lines[notice].text)
                    }
                    return layout
                }
            }
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

    /// "Scrutiny Commission 1 - Children & Young People": a heading that names a body that meets, the
    /// body's word inside it rather than at its end.
    static func bodyNamedWithin(_ text: String) -> String? {
        guard LinePatterns.isTitleLike(text, maxLength: 120), LinePatterns.wordCount(text) <= 12 else { return nil }
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        let bodies: Set<String> = ["committee", "commission", "board", "panel", "forum", "cabinet", "partnership", "council", "executive",
                                   "sub-committee", "group", "sacre", "trust"]
        return words.isDisjoint(with: bodies) ? nil : LinePatterns.trimTrailingPunctuation(text)
    }

    /// Notes that open with their day's label and say who attended.
    static func labelledMeeting(_ lines: [SourceLine]) -> PageLayout? {
        let top = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(40).map { $0 }
        guard top.contains(where: { NameList.introducesAttendance(lines[$0].text) || Labels.parse(lines[$0].text)?.role == .attendance })
        else { return nil }
        // "Date & Time: / Monday 8 April 2013 – 5pm" opening notes that say who attended: a meeting whose
        // body the page does not name (the labels give its day and place as they are read).
        // (Or a line of labels: "Meeting : Gwynedd Framework Partnership Date : 26/05/06".)
        // "MEETING TITLE: / X / MEETING DATE: / Monday" / "1 February 2016": the day wrapped to the next line.
        // (The labels' line may follow a line or two of the form's own heading: "ABERDEEN CITY COUNCIL – …".)
        for (position, index) in top.prefix(3).enumerated()
        where Labels.parseAll(lines[index].text).contains(where: { label in
            label.role == .meetingDate && (DateText.firstDate(in: label.value) != nil
                || top.dropFirst(position + 1).first.map { dateOfMeetingLine(lines[$0].text) != nil } == true)
        }) {
            return PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0)
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
        while let last = name.last, last == "." { name = name.dropLast() }
        for suffix in ["'s minutes", "’s minutes", " minutes", " meeting"] where name.lowercased().hasSuffix(suffix) {
            name = name.dropLast(suffix.count)
            break
        }
        let candidate = LinePatterns.trimTrailingPunctuation(name)
        guard LinePatterns.isTitleLike(candidate, maxLength: 120), CouncilText.namesMeetingBody(candidate) else { return nil }
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
        guard let next = Self.nextNonBlank(lines, after: bodyStart - 1) else { return }
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
        bodyStart = next + 1
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
        let text = lines[next].text
        // A label, a bulleted link ("- Attendance details"), a document line or a stray word is no committee.
        if Labels.parse(text) != nil || LinePatterns.bullet(text) != nil || LinkLine.parse(text, line: nil) != nil
            || text.first?.isUppercase != true || !ItemHeader.hasTitleWord(text) || Self.headsATableOrAList(text) { return }
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

    /// "… is to be held at Room 200, Council Offices, Elgin, on Monday, 18 February 2019 at 14:00.", "A meeting to be
    /// held at Grangemouth Community Education Unit, 69-71 Abbots Road, Grangemouth at 10:15 on 12 December 2024.": the
    /// place a notice of a meeting names, up to its day or time. Nil for a sentence that is no notice (no date in it).
    static func venueOfNotice(_ text: String) -> String? {
        guard text.utf8.count <= 400, TextScan.contains(text, ascii: " held ") else { return nil }
        let lower = text.lowercased()
        guard let lead = ["to be held at ", "will be held at ", "to be held in ", "will be held in "].lazy.compactMap({ lower.range(of: $0) }).first,
              DateText.firstDate(in: text) != nil else { return nil }
        // (Offsets carried over from the lower-cased copy: lower-casing keeps these ASCII words' lengths.)
        let offset = lower.utf8.distance(from: lower.utf8.startIndex, to: lead.upperBound)
        guard offset <= text.utf8.count else { return nil }
        var place = Substring(text)[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...]
        for end in [", on ", " on ", ", at ", " at "] {
            // (" at 14:00", " at 10:15": the time; " at Elgin" may be part of the place.)
            var searchFrom = place.startIndex
            while let range = place[searchFrom...].range(of: end) {
                if end.hasSuffix("on ") || place[range.upperBound...].first?.isNumber == true {
                    place = place[..<range.lowerBound]
                    break
                }
                searchFrom = range.upperBound
            }
        }
        let cleaned = LinePatterns.trimTrailingPunctuation(place)
        guard !cleaned.isEmpty, cleaned.utf8.count <= 150, DateText.firstDate(in: cleaned) == nil else { return nil }
        return cleaned
    }

    /// "Advisory Board – Minutes of Meeting": the body before the word; "Early Years Reference Group Minutes: 14 Nov
    /// 2023, 14.00 - 15.30 via Teams": the body, the day right after, and the place an online meeting was held "via".
    static func bodyBeforeMinutes(_ text: String) -> (committee: String, date: CalendarDate?, venue: String?)? {
        guard text.utf8.count <= 160, TextScan.contains(text, ascii: "inutes") else { return nil }
        let lower = text.lowercased()
        for ending in [" – minutes of meeting", " - minutes of meeting", " – minutes of the meeting", " - minutes of the meeting",
                       " – minutes", " - minutes"] where lower.hasSuffix(ending) {
            let name = String(text.dropLast(ending.count)).trimmingCharacters(in: .whitespaces)
            guard namesABody(name) else { return nil }
            return (name, nil, nil)
        }
        guard let range = text.range(of: " Minutes: ") else { return nil }
        let name = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        // (A String of its own: the dates' ranges index it, not the line.)
        let tail = String(text[range.upperBound...])
        guard namesABody(name), let first = DateText.allDates(in: tail).first,
              tail.distance(from: tail.startIndex, to: first.range.lowerBound) <= 12 else { return nil }
        var venue: String?
        if let via = tail.range(of: " via ") {
            let place = LinePatterns.trimTrailingPunctuation(tail[via.upperBound...])
            if (1...3).contains(LinePatterns.wordCount(place)), place.first?.isUppercase == true { venue = place }
        }
        return (name, first.date, venue)
    }

    /// A short title-like name of a body that meets ("Advisory Board", "Scrutiny Commission 1 - Children"), no date in it.
    private static func namesABody(_ name: String) -> Bool {
        LinePatterns.isTitleLike(name, maxLength: 100) && DateText.firstDate(in: name) == nil
            && (CouncilText.namesMeetingBody(name) || bodyNamedWithin(name) != nil)
    }

    /// "20th May 2014 (1-4pm ) Hillside Primary School, Tanhouse, Skelmersdale" above a "Minutes" heading: the
    /// day the line opens with, and the place after its time. Nil unless the line opens with the day.
    static func dayTimeAndPlace(_ text: String) -> (date: CalendarDate, venue: String?)? {
        guard text.utf8.count <= 160, let match = DateText.allDates(in: text).first,
              // Only a weekday may come before the day ("Published 12 May 2020" dates no meeting).
              text[..<match.range.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," }).allSatisfy(DateText.isWeekday),
              DateText.allDates(in: text).count == 1 else { return nil }
        var tail = text[match.range.upperBound...].trimmingSpaces()
        // "(1-4pm )", "(10.00am – 12.00pm)": the time in brackets; "2.00 pm – 4.00 pm" without them.
        if tail.hasPrefix("("), let close = tail.firstIndex(of: ")"), tail[..<close].contains(where: \.isNumber) {
            tail = tail[tail.index(after: close)...].trimmingSpaces()
        }
        while let word = tail.split(separator: " ").first {
            let pair = tail.split(separator: " ").prefix(2).joined(separator: " ")
            let cleaned = String(word).trimmingCharacters(in: [","])
            if LinePatterns.isTimeOnly(pair.trimmingCharacters(in: [","])) {
                tail = tail.dropFirst(pair.count).trimmingSpaces()
            } else if LinePatterns.isTimeOnly(cleaned) || ["-", "–", "to", ","].contains(cleaned) {
                tail = tail.dropFirst(word.count).trimmingSpaces()
            } else {
                break
            }
            while tail.first == "," { tail = tail.dropFirst().trimmingSpaces() }
        }
        if tail.isEmpty { return (match.date, nil) }
        // A date that opens a sentence ("12 May 2014 was the day …") is no header.
        guard tail.first?.isUppercase == true || tail.first?.isNumber == true || tail.lowercased().hasPrefix("at ") else { return nil }
        return (match.date, venueAfterDate(tail))
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
        guard above >= 1, let date = DateText.parse(lines[above].text) else { return false }
        var committeeIndex = above - 1
        while committeeIndex >= 0, lines[committeeIndex].isBlank { committeeIndex -= 1 }
        guard committeeIndex >= 0 else { return false }
        let name = lines[committeeIndex].text
        guard Labels.parse(name) == nil, LinePatterns.isTitleLike(name, maxLength: 120), LinePatterns.wordCount(name) <= 14,
              DateText.firstDate(in: name) == nil else { return false }
        committee = LinePatterns.trimTrailingPunctuation(name)
        meetingDate = date
        title = name + " - " + lines[above].text
        return true
    }

    /// Whether the agenda table's "Items" or "No. Item" heading follows within the next lines.
    static func listsItemsBelow(_ index: Int, in lines: [SourceLine]) -> Bool {
        lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(15).contains { ["items", "no. item", "no item"].contains($0.text.lowercased()) }
    }

    /// The body that met and the day at the start of a long line: "MINUTES OF THE X BOARD MEETING 26th January
    /// 2017 …" or "X Forum Minutes of Meeting on Thursday, 21st September 2006 …". The body must be one that
    /// meets, and the day must come within the first 200 characters.
    static func flattenedMinutesHeading(_ text: String) -> (committee: String, date: CalendarDate)? {
        let head = String(text.prefix(200))
        guard let match = DateText.allDates(in: head).first else { return nil }
        var before = head[..<match.range.lowerBound].trimmingSpaces()
        while let last = before.last, last == "," || last == ":" { before = before.dropLast().trimmingSpaces() }
        // The weekday opening the date ("… on Thursday, 21st September 2006") is the date's, not the body's.
        if let last = before.split(separator: " ").last, DateText.isWeekday(last) { before = before.dropLast(last.count).trimmingSpaces() }
        let lower = before.lowercased()
        var name: Substring?
        if lower.hasPrefix("minutes of the "), lower.hasSuffix(" meeting") {
            name = before.dropFirst("minutes of the ".count).dropLast(" meeting".count)
        } else {
            for marker in [" minutes of meeting on", " minutes of the meeting held on", " minutes of the meeting on", " minutes of meeting held on"]
            where lower.hasSuffix(marker) {
                name = before.dropLast(marker.count)
                break
            }
        }
        // "INVOLVE Participation Group 22nd February 2017, 4:30pm, The HUB, Runcorn Present: …": the body alone
        // before the day, when those present follow.
        if name == nil, LinePatterns.wordCount(String(before)) <= 10, before.first?.isUppercase == true,
           text.dropFirst(head.distance(from: head.startIndex, to: match.range.upperBound)).prefix(160).contains(" Present") {
            name = before
        }
        guard let body = name.map({ LinePatterns.trimTrailingPunctuation($0) }), !body.isEmpty, body.count <= 120,
              CouncilText.namesMeetingBody(body) else { return nil }
        return (body, match.date)
    }

    /// "…, 4:30pm, The HUB, Grangeway, Runcorn Present: …": the place between a flattened heading's day and
    /// the list of those present.
    static func venueBeforePresentList(_ text: String) -> String? {
        let head = String(text.prefix(300))
        guard let match = DateText.allDates(in: head).first, let present = head.range(of: " Present"),
              present.lowerBound > match.range.upperBound else { return nil }
        var tail = head[match.range.upperBound..<present.lowerBound].trimmingSpaces()
        while tail.first == "," { tail = tail.dropFirst().trimmingSpaces() }
        // The time first: "4:30pm, ".
        if let comma = tail.firstIndex(of: ","), LinePatterns.isTimeOnly(String(tail[..<comma]).replacingOccurrences(of: "pm", with: " pm").replacingOccurrences(of: "am", with: " am")) {
            tail = tail[tail.index(after: comma)...].trimmingSpaces()
        }
        return venueAfterDate(tail)
    }

    /// A line that is a day, perhaps with its time: "Wednesday, 2nd December, 2020 1.00 pm".
    static func dateOfMeetingLine(_ text: String) -> CalendarDate? {
        if let date = DateText.parse(text) { return date }
        guard text.utf8.count <= 80, let match = DateText.allDates(in: text).first,
              text[..<match.range.lowerBound].allSatisfy({ $0.isLetter || $0 == "," || $0 == " " }) else { return nil }
        // "… 1.00 pm", "… – 10.30am to 12.30pm", "… 10.00 - 12.00": the time, or the times it ran between.
        var rest = text[match.range.upperBound...].trimmingSpaces()
        while let first = rest.first, "–-—,".contains(first) { rest = rest.dropFirst().trimmingSpaces() }
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

    /// "Children's Services Scrutiny Committee - Thursday, 2nd March, 2023 10.00 am" → committee and date.
    static func splitCommitteeAndDate(_ raw: String) -> (committee: String?, date: CalendarDate)? {
        let text = MeetingReference.droppingMovedFrom(raw)
        guard let match = DateText.allDates(in: text).first else { return nil }
        let before = LinePatterns.trimTrailingPunctuation(text[..<match.range.lowerBound])
        return (before.isEmpty ? nil : before, match.date)
    }

    /// "Minutes of the meeting of the Children's Scrutiny Panel held on 13 March 2024 at 2.00 pm, Civic Centre".
    mutating func readMinutesOfLine(_ text: String, previous: String?) {
        title = text
        let lowerText = text.lowercased()
        let lead = ["minutes of ", "minute of ", "at a ", "at the ", "a "].first { lowerText.hasPrefix($0) }?.count ?? 0
        var rest = Substring(text).dropFirst(lead)
        for article in ["the ", "a "] where rest.lowercased().hasPrefix(article) { rest = rest.dropFirst(article.count); break }
        let match = DateText.allDates(in: text).first
        meetingDate = match?.date
        if rest.lowercased().hasPrefix("meeting of ") {
            var name = rest.dropFirst("meeting of ".count)
            if name.lowercased().hasPrefix("the ") { name = name.dropFirst(4) }
            // ("COMMITTEEheld in …": a copy that lost the space before "held".)
            if let held = name.range(of: " held ", options: .caseInsensitive)
                ?? ["held in ", "held at ", "held on ", "held via "].lazy.compactMap({ name.range(of: $0, options: .caseInsensitive) }).first {
                // "X will be held", "X was held", "X is to be held": the verb is no part of the name.
                var body = name[..<held.lowerBound]
                for verb in [" will be", " was", " is to be", " to be", " is"] where body.lowercased().hasSuffix(verb) {
                    body = body.dropLast(verb.count)
                    break
                }
                committee = LinePatterns.trimTrailingPunctuation(body)
            } else if let match, match.range.lowerBound > name.startIndex, match.range.lowerBound <= name.endIndex {
                committee = LinePatterns.trimTrailingPunctuation(text[name.startIndex..<match.range.lowerBound])
            }
        } else if match == nil, rest.lowercased().hasSuffix(" meeting"),
                  CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(rest.dropLast(" meeting".count))) {
            // "Minutes of the YOT Management Board Meeting" (the day on a line of its own below).
            committee = LinePatterns.trimTrailingPunctuation(rest.dropLast(" meeting".count))
        } else if let held = rest.range(of: " meeting held ", options: .caseInsensitive) {
            // "Minutes of the Cabinet Meeting held on 4 March 2013".
            let name = LinePatterns.trimTrailingPunctuation(rest[..<held.lowerBound])
            if !name.isEmpty, name.first?.isUppercase == true { committee = name }
        } else if let held = rest.range(of: " held ", options: .caseInsensitive),
                  CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(rest[..<held.lowerBound])) {
            // "Minutes of the Schools’ Forum held at Endeavour House, Ipswich at 9:30 am on Friday 19 October 2012".
            committee = LinePatterns.trimTrailingPunctuation(rest[..<held.lowerBound])
        } else if let previous, LinePatterns.isTitleLike(previous, maxLength: 120),
                  // ("A", a stray letter of the copy above the heading, or a site's "Cost of Living Support Icon"
                  // names no body: the line must name one that meets.)
                  CouncilText.namesMeetingBody(previous) || Self.bodyNamedWithin(previous) != nil {
            committee = LinePatterns.trimTrailingPunctuation(previous)
        }
        if let name = committee { committee = Self.droppingCouncilName(name) }
        if let match {
            venue = Self.venueAfterDate(text[match.range.upperBound...]) ?? Self.venueBeforeDate(text[..<match.range.lowerBound])
        }
    }

    /// "EDUCATION, LEISURE AND HOUSING COMMITTEE of ORKNEY ISLANDS COUNCIL" → "EDUCATION, LEISURE AND HOUSING
    /// COMMITTEE": the council a body belongs to is no part of its name.
    static func droppingCouncilName(_ name: String) -> String {
        guard let of = name.range(of: " of ", options: [.caseInsensitive, .backwards]),
              name[of.upperBound...].lowercased().hasSuffix(" council") else { return name }
        let body = String(name[..<of.lowerBound])
        return CouncilText.namesMeetingBody(body) ? body : name
    }

    /// The line under a "Minutes of the Meeting" heading that says when (and where) it was held:
    /// "Held on Wednesday 18 January, 2012 at" (the place on the line after), "Held at County Hall on 4 March 2013".
    mutating func readHeldOnLine(at index: Int, in lines: [SourceLine]) {
        let text = lines[index].text
        let lower = text.lowercased()
        // (Or the day opens the line: "Tuesday 6 October 2009 at 1.00pm at Streetly Community Centre.", under a
        // heading that ends "held on:", or "21 MARCH 2012" alone.)
        guard text.utf8.count <= 200, let match = DateText.allDates(in: text).first,
              ["held on ", "held at ", "held in ", "on "].contains(where: { lower.hasPrefix($0) })
                || text[..<match.range.lowerBound].allSatisfy({ $0.isLetter || $0 == "," || $0 == " " })
                    && (title?.lowercased().hasSuffix("held on:") == true || title?.lowercased().hasSuffix("held on") == true
                        || Self.dateOfMeetingLine(text) != nil)
        else { return }
        meetingDate = match.date
        let tail = text[match.range.upperBound...].trimmingSpaces()
        if let stated = Self.venueAfterDate(tail), stated.lowercased() != "at" {
            venue = stated
        } else if let before = Self.venueBeforeDate(text[..<match.range.lowerBound]) {
            venue = before
        } else if tail.lowercased() == "at" || tail.lowercased().hasSuffix(" at"), let next = Self.nextNonBlank(lines, after: index) {
            // "… at" ends the line: the place is the next line, when it is a short name and no label or date.
            let place = lines[next].text
            if LinePatterns.isTitleLike(place, maxLength: 100), LinePatterns.wordCount(place) <= 10, !place.contains(":"),
               DateText.firstDate(in: place) == nil, Labels.parse(place) == nil, !NameList.introducesAttendance(place) {
                venue = LinePatterns.trimTrailingPunctuation(place)
            }
        }
    }

    /// "… held in the Council Chamber, County Hall, Inverness on" → "Council Chamber, County Hall, Inverness":
    /// a place named between "held in/at" and the date.
    static func venueBeforeDate(_ head: Substring) -> String? {
        let lower = head.lowercased()
        guard let held = [" held in the ", " held at the ", " held in ", " held at ", "held in the ", "held at the ", "held in ", "held at "]
            .lazy.compactMap({ lower.range(of: $0) }).first else { return nil }
        let start = head.index(head.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: held.upperBound))
        var place = head[start...].trimmingSpaces()
        for ending in [" on", ","] where place.lowercased().hasSuffix(ending) { place = place.dropLast(ending.count).trimmingSpaces() }
        // "Endeavour House, Ipswich at 9:30 am": the time after the place is no part of it.
        if let at = place.range(of: " at ", options: .backwards),
           LinePatterns.isTimeOnly(String(place[at.upperBound...]).replacingOccurrences(of: "am", with: " am").replacingOccurrences(of: "pm", with: " pm")
               .split(separator: " ").joined(separator: " ")) {
            place = place[..<at.lowerBound].trimmingSpaces()
        }
        guard !place.isEmpty, place.count <= 150, !place.contains(":"), DateText.firstDate(in: String(place)) == nil else { return nil }
        return LinePatterns.trimTrailingPunctuation(place)
    }

    /// "minutes of the previous meeting", "minutes of last meeting": an item that approves an earlier meeting's minutes.
    static func namesAnEarlierMeeting(_ key: String) -> Bool {
        var rest = Substring(key.dropFirst("minutes of".count)).drop { $0 == " " }
        if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
        return ["previous", "last", "preceding", "prior", "earlier"].contains { rest.hasPrefix($0 + " ") }
    }

    /// "People Cabinet Member – Minutes – 7 March 2013" or "Minutes – Corporate Parenting Panel – 7 March 2013":
    /// a heading whose dash-separated parts are "Minutes", a date and the body that met.
    static func minutesHeading(_ text: String) -> (committee: String, date: CalendarDate)? {
        guard text.utf8.count <= 160, TextScan.contains(text, ascii: "inutes") || TextScan.contains(text, ascii: "INUTES") else { return nil }
        let parts = text.components(separatedBy: " – ").flatMap { $0.components(separatedBy: " - ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, parts.contains(where: { ["minutes", "draft minutes"].contains($0.lowercased()) }),
              let dateIndex = parts.firstIndex(where: { DateText.parse($0) != nil }), let date = DateText.parse(parts[dateIndex]),
              let name = parts.indices.first(where: { $0 != dateIndex && !["minutes", "draft minutes"].contains(parts[$0].lowercased()) }).map({ parts[$0] }),
              LinePatterns.isTitleLike(name, maxLength: 100), DateText.firstDate(in: name) == nil else { return nil }
        return (name, date)
    }

    /// "Education Executive Agenda - 13 October 2009, 10:00 Help": the body, "Agenda", and the day.
    static func agendaHeading(_ text: String) -> (committee: String, date: CalendarDate)? {
        guard text.utf8.count <= 160, TextScan.contains(text, ascii: " Agenda ") else { return nil }
        for separator in [" Agenda - ", " Agenda – "] {
            guard let range = text.range(of: separator) else { continue }
            let name = String(text[..<range.lowerBound])
            let tail = String(text[range.upperBound...])
            guard let first = DateText.allDates(in: tail).first, tail.distance(from: tail.startIndex, to: first.range.lowerBound) <= 12,
                  LinePatterns.isTitleLike(name, maxLength: 100), DateText.firstDate(in: name) == nil,
                  CouncilText.namesMeetingBody(name) || bodyNamedWithin(name) != nil else { continue }
            return (name, first.date)
        }
        return nil
    }

    /// A decision page copied from below its heading: it opens with the decision's label pairs
    /// ("Decision Maker:", "Decision status:", "Is Key decision?:"), two or more of them among its first lines.
    static func startsWithDecisionLabels(_ lines: [SourceLine]) -> Bool {
        let decisionLabels: Set<String> = ["decision maker", "decision status", "is key decision?", "is key decision",
                                           "is subject to call in?", "is subject to call in"]
        var seen = 0
        var found = 0
        for line in lines where !line.isBlank {
            seen += 1
            if seen > 6 { break }
            if let label = Labels.parse(line.text), decisionLabels.contains(label.label.lowercased()) { found += 1 }
        }
        return found >= 2
    }

    /// "at 2.00 pm, Conference Room, Church Square House" → "Conference Room, Church Square House".
    static func venueAfterDate(_ tail: Substring) -> String? {
        var rest = tail.trimmingSpaces()
        if rest.lowercased().hasPrefix("at ") {
            let afterAt = rest.dropFirst(3)
            let time = afterAt.prefix { $0.isNumber || $0 == "." || $0 == ":" }
            if !time.isEmpty {
                rest = afterAt.dropFirst(time.count).trimmingSpaces()
                for suffix in ["a.m.", "p.m.", "am", "pm"] where rest.lowercased().hasPrefix(suffix) { rest = rest.dropFirst(suffix.count); break }
            }
        }
        rest = rest.trimmingSpaces()
        for lead in [",", "in the ", "in ", "at the ", "at "] where rest.lowercased().hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            break
        }
        // "… commencing at 10.00 am and finishing at 1.12 pm": when, not where. A place is a name.
        rest = rest.trimmingSpaces()
        guard let first = rest.first, first.isUppercase || first.isNumber else { return nil }
        // "… ON MONDAY, 5 NOVEMBER 2001 COMMENCING AT 10 AM": when, printed in capitals, is no place either.
        let firstWord = rest.prefix { $0.isLetter }.lowercased()
        if ["commencing", "commenced", "starting", "started", "beginning", "began", "finishing", "ending", "until", "from"].contains(firstWord) {
            return nil
        }
        // "… held on 4 March 2013 PDF 94 KB": a link's size, not a place.
        let venue = LinePatterns.trimTrailingPunctuation(FileSizeText.stripTrailing(String(rest)))
        guard FileSizeText.parse(String(rest)) == nil else { return nil }
        return venue.isEmpty ? nil : venue
    }
}
