import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// What the top of a page says it is: the page kind, the system that rendered it, and the title,
/// committee, date and venue its header gives. Only the first lines are read.
struct PageLayout {
    /// The democracy system whose text rendering this is, as far as the text shows.
    enum System: Equatable { case modernGov, aks, plainCMS, report, unknown }

    var kind: DocumentKind
    var system: System
    var title: String?
    var committee: String?
    var meetingDate: CalendarDate?
    var venue: String?
    /// Links on the title line ("Title pdf icon PDF 489 KB").
    var titleLinks: [DocumentLink] = []
    /// The document's own date, when a page with no known layout states it in its title line.
    var documentDate: CalendarDate?
    /// The item number printed before the title, when the page starts at an item's heading.
    var itemNumber: String?
    /// Index of the first line after the header.
    var bodyStart: Int
    /// An issue page that lists the decisions taken on the issue ("Issue - decisions"), one
    /// "17/03/2020 - Title" row each, rather than the meetings that considered it.
    var listsDecisions = false
    /// Whether the shape was recognised at all.
    var recognised: Bool = true

    static let agendaItemMarkers: Set<String> = ["agenda item"]
    static let issueMarkers: Set<String> = ["issue - meetings", "issue history", "issue - history", "issue details", "issue - details",
                                            "issue - decisions", "issue"]
    static let meetingMarkers: Set<String> = ["agenda and minutes", "agenda and draft minutes", "agenda, decisions and minutes",
                                              "agenda, reports and minutes", "agenda and decisions", "agenda, minutes and decisions",
                                              "minutes", "draft minutes", "meeting minutes", "agenda", "decisions", "meeting details", "printed minutes",
                                              "agenda, decisions and draft minutes", "agenda, decisions and minutes (draft)",
                                              "agendas, reports and minutes", "agendas and minutes", "agenda, reports and minutes",
                                              "meeting documents", "record of meeting", "record of the meeting"]
    static let decisionMarkers: Set<String> = ["decision details", "decision detail", "decision record", "record of decision",
                                               "decision"]
    /// A committee's own page: its remit and its list of meetings, but no meeting of its own.
    static let committeeMarkers: Set<String> = ["committee details", "browse meetings", "committee information", "meetings by committee"]
    /// Words printed before "Minutes of" that say which version of the minutes this is, not what met.
    static let minutesQualifiers = ["draft ", "amended ", "approved ", "confirmed ", "unconfirmed ", "unapproved ", "signed ", "final ",
                                    "revised ", "agreed "]

    static let noiseLines: Set<String> = ["navigation and tools", "find it", "skip to content", "skip to main content", "menu",
                                          "search", "print", "share this page", "home", "back to top"]
    static let reportLabels = ["report of", "lead member", "originating officer", "classification", "report author", "report to",
                               "report title", "wards affected", "key decision?"]

    static func detect(_ lines: [SourceLine]) -> PageLayout {
        var layout = detectShape(lines)
        // A meeting page saved with ModernGov's title line above its own heading: the committee and the
        // day, when the heading gave neither.
        if layout.kind == .meeting, layout.committee == nil, layout.meetingDate == nil, let agendaFor = agendaForLine(lines) {
            layout.committee = agendaFor.committee
            layout.meetingDate = agendaFor.date
        }
        if !layout.recognised, let meeting = agendaForMeeting(lines) { layout = meeting }
        layout.takeSummons(from: lines)
        return layout
    }

    /// A meeting's minutes under a one-line heading that named its body, and perhaps its day and place.
    private static func meetingUnderHeading(_ heading: String, committee: String?, date: CalendarDate?, venue: String?, bodyStart: Int) -> PageLayout {
        var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: bodyStart)
        layout.title = heading
        layout.committee = committee
        layout.meetingDate = date
        layout.venue = venue
        return layout
    }

    /// The page's kind and header, from its first lines.
    private static func detectShape(_ lines: [SourceLine]) -> PageLayout {
        if looksLikeWordPerLineTranscript(lines) {
            // A recording's captions, one word a line: the description above them names the meeting.
            var layout = PageLayout(kind: .transcript, system: .unknown, bodyStart: 0)
            layout.readTranscriptDescription(lines)
            return layout
        }
        if let form = titledForm(lines) { return form }
        if let remit = committeeRemitPage(lines) { return remit }
        var seen = 0
        var index = uploadTitleSkipped(lines)
        // Below an agenda's table header ("Item Subject"), "Minutes of 11th April, 2001" is an item's paper, no heading.
        var belowAgendaTable = false
        var previousText: String?
        while index < lines.count, seen < 25 {
            var text = lines[index].text
            if text.isEmpty { index += 1; continue }
            // A site's menu ("• Calendar", "• Committees", …) can run to twenty lines above the heading, which
            // may itself be the menu's last entry ("• Agenda and minutes"): bullets count for little.
            if let bullet = LinePatterns.bullet(text), text.utf8.count <= 60 {
                // An entry with another under it is the menu ("• Decisions", "• Meetings"): passed over.
                if let next = nextNonBlank(lines, after: index), LinePatterns.bullet(lines[next].text) != nil {
                    if index % 4 == 0 { seen += 1 }
                    index += 1
                    continue
                }
                text = bullet.rest
                seen += 1
            } else {
                seen += 1
            }
            // "Kirkton Primary School Parent Council Minute of meeting of …": the body's name printed before the heading.
            if let heading = Self.headingAfterBodyName(text) { text = heading }
            // "Schools Forum Draft Minutes of the meeting held on …": the body before a heading that names none.
            if let split = Self.bodyBeforeMeetingHeading(text) {
                text = split.heading
                previousText = split.body
            }
            // "1 MINUTES OF A MEETING OF THE BOARD OF GOVERNORS …": a document site's page number before the heading.
            if let heading = Self.headingAfterPageNumber(text) { text = heading }
            // "Head Teacher: Nicola And / Minutes of the Full Governing Body Meeting": a Word table's cells joined, the
            // heading in the last.
            if TextScan.contains(text, ascii: " / "), let cell = text.range(of: " / ", options: .backwards),
               text[cell.upperBound...].hasPrefix("Minutes of the ") {
                text = String(text[cell.upperBound...])
            }
            let lower = text.lowercased()
            var bare = Substring(lower)
            while bare.last == ":" { bare = bare.dropLast() }
            var key = String(bare)
            // "Agenda and minutes.": a heading a copy ended with a full stop.
            if key.hasSuffix("."), TextScan.contains(key, ascii: " "), meetingMarkers.contains(String(key.dropLast())) { key.removeLast() }
            // Letter-spaced headings of Word minutes: "M I N U T E S".
            let letters = key.split(separator: " ")
            if letters.count >= 4, letters.allSatisfy({ $0.count == 1 }) { key = letters.joined() }
            // "Draft Minutes of …", "Amended Minutes of …": the heading its qualifier stands before.
            for qualifier in Self.minutesQualifiers where key.hasPrefix(qualifier + "minutes of ") || key.hasPrefix(qualifier + "minute of ") {
                key.removeFirst(qualifier.count)
                text = String(text.dropFirst(qualifier.count))
                break
            }
            // ("PEGASUS ACADEMY TRUST MINUTES OF A MEETING OF THE X HELD ON …": the trust or council over the body, on the same line.)
            if let organisation = Self.organisationBeforeMinutesHeading(key) {
                key.removeFirst(organisation)
                text = String(text.dropFirst(organisation))
            }
            // ("Minutes/Action Points of the X Meeting on …": the heading, the actions named beside the minutes.)
            if let variant = PageLayout.minutesAndActionsLeads.first(where: { key.hasPrefix($0) }) {
                key = "minutes of " + key.dropFirst(variant.count)
            }
            // ("DraftMinutes of the Meeting of …": a copy that lost the space after the qualifier.)
            for qualifier in Self.minutesQualifiers where key.hasPrefix(qualifier.dropLast() + "minutes of ") {
                key.removeFirst(qualifier.count - 1)
                text = String(text.dropFirst(qualifier.count - 1))
                break
            }
            if noiseLines.contains(key) || lower.hasPrefix("you are here") || lower.hasPrefix("agenda item - ") || Self.isDocumentSiteChrome(key) {
                index += 1
                continue
            }
            if agendaItemMarkers.contains(key) {
                var layout = PageLayout(kind: .agendaItem, system: .modernGov, bodyStart: index + 1)
                layout.takeTitle(from: lines)
                return layout
            }
            if issueMarkers.contains(key) {
                var layout = PageLayout(kind: .issueHistory, system: .modernGov, bodyStart: index + 1)
                layout.listsDecisions = key == "issue - decisions"
                // A decisions page may open on its first row ("13/10/2020 - Youth Justice Strategic Plan"), no title above it.
                if let next = nextNonBlank(lines, after: index), Labels.parse(lines[next].text) == nil,
                   !(layout.listsDecisions && MinutesReader.decisionRow(lines[next].text) != nil) {
                    layout.takeTitle(from: lines)
                }
                return layout
            }
            if key.hasPrefix("view "), key.hasSuffix(" decision record"), let record = Self.aksDecisionRecord(text, at: index, in: lines) {
                return record
            }
            if committeeMarkers.contains(key) || key.hasPrefix("this page lists the meetings for ") {
                return committeePage(lines, markerIndex: index)
            }
            // "Information about Children and Young People Select Committee": ModernGov's heading over a committee's remit.
            if key.hasPrefix("information about "), text.utf8.count <= 140,
               case let name = LinePatterns.trimTrailingPunctuation(text.dropFirst("information about ".count)),
               CouncilText.namesMeetingBody(name), LinePatterns.isTitleLike(name, maxLength: 120) {
                var layout = PageLayout(kind: .committee, system: .modernGov, bodyStart: index + 1)
                layout.committee = name
                return layout
            }
            // "Decision:" with its colon is the label of an item's decision, not a page title (taken as one,
            // it had dropped every line above it).
            // ("1 SEDERUNT AND APOLOGIES" / … / "Decision" / "APPROVED": an AKS item's column under a numbered item, no page title.)
            if decisionMarkers.contains(key), !(text.hasSuffix(":") && Labels.parse(text) != nil),
               key != "decision" || !lines[..<index].contains(where: { LinePatterns.leadingNumber($0.text, requireDot: false) != nil }) {
                var layout = PageLayout(kind: .decision, system: .modernGov, bodyStart: index + 1)
                layout.takeTitle(from: lines)
                return layout
            }
            // "Minutes:" with its colon is the label of an agenda item's minutes, not a page title.
            // "Meeting documents" heads a meeting's own page (its "Items" table follows) or one of its
            // documents, such as an earlier meeting's minutes, which say further down what they are.
            if meetingMarkers.contains(key), !(text.hasSuffix(":") && Labels.parse(text) != nil),
               key != "meeting documents" || listsItemsBelow(index, in: lines) {
                var layout = PageLayout(kind: .meeting, system: .modernGov, bodyStart: index + 1)
                if !layout.takeCommitteeAndDate(above: index, in: lines) {
                    layout.takeCommitteeAndDate(from: lines)
                }
                if layout.committee == nil, layout.meetingDate == nil { layout.takeHeaderAbove(index, in: lines) }
                if layout.meetingDate == nil, let above = previousNonBlank(lines, before: index),
                   let when = Self.dayTimeAndPlace(lines[above].text) {
                    layout.meetingDate = when.date
                    if layout.venue == nil { layout.venue = when.venue }
                }
                // ("YOUNG PEOPLE POLICY ADVISORY COMMITTEE" / "Date: …" / "Time: …" / "Venue: …" / "Agenda": an agenda's front page.)
                if layout.committee == nil, ["minutes", "meeting minutes", "minutes of meeting", "minutes of the meeting", "agenda"].contains(key) {
                    layout.takeHeaderLabels(above: index, in: lines)
                }
                // "Education, Children and Young People Committee" / "Meeting Minutes" / "21st Meeting, 2023" / "• Date: …" /
                // "• Location: …": a legislature's committee page, the body over the heading and the details listed below.
                if key == "meeting minutes" {
                    if layout.committee == nil, let above = previousNonBlank(lines, before: index), case let name = lines[above].text,
                       Labels.parse(name) == nil, LinePatterns.isTitleLike(name, maxLength: 120), LinePatterns.wordCount(name) <= 14,
                       DateText.firstDate(in: name) == nil, CouncilText.namesMeetingBody(name) {
                        layout.committee = LinePatterns.trimTrailingPunctuation(name)
                    }
                    layout.takeListedDetails(below: index, in: lines)
                }
                return layout
            }
            // ("1. All Members are invited to attend a briefing session prior to the Committee …": a sentence, no heading.)
            if key.hasPrefix("notes of") || key.hasPrefix("notes from") || key == "notes" || key.hasPrefix("note of ")
                || (key.contains("development session") || key.contains("briefing session")) && key.utf8.count <= 100
                    && ![" are ", " is ", " will ", " to "].contains(where: { key.contains($0) }) {
                var layout = PageLayout(kind: .notes, system: .unknown, bodyStart: index + 1)
                let next = nextNonBlank(lines, after: index)
                if key == "notes", let next, LinePatterns.paragraphNumber(lines[next].text) == nil,
                   LinePatterns.leadingNumber(lines[next].text, requireDot: false) == nil {
                    layout.takeTitle(from: lines)
                } else {
                    // "Notes" then "1.1 …": the paragraph is the notes' first, not their title.
                    layout.title = text
                }
                layout.meetingDate = DateText.firstDate(in: layout.title ?? text)
                // What stands above the cue (who met, where) is part of the notes; the cue line is skipped
                // as the title when the reader meets it.
                if index > 0, layout.title == text { layout.bodyStart = 0 }
                // "Children's Trust Board" / "Notes of meeting on 22nd June 2007": the body that met.
                if let previousText, LinePatterns.isTitleLike(previousText, maxLength: 100), LinePatterns.wordCount(previousText) <= 10,
                   DateText.firstDate(in: previousText) == nil, Labels.parse(previousText) == nil,
                   // (The last of a list of those present over the cue, "Karen Adderley", is no body.)
                   CouncilText.namesMeetingBody(previousText) || !MinutesReader.isOnePersonAlone(previousText) {
                    layout.committee = LinePatterns.trimTrailingPunctuation(previousText)
                } else if let previousText, MinutesReader.isOnePersonAlone(previousText),
                          let first = lines.first(where: { !$0.isBlank })?.text, LinePatterns.isTitleLike(first, maxLength: 100),
                          DateText.firstDate(in: first) == nil, Labels.parse(first) == nil, CouncilText.namesMeetingBody(first) {
                    // "Tamworth Education and Skills Board" / its council / the day / those present / "Notes of Meeting":
                    // the body that met heads the page.
                    layout.committee = LinePatterns.trimTrailingPunctuation(first)
                }
                return layout
            }
            // Scottish minutes: "MINUTE of MEETING of the EDUCATION COMMITTEE held in the Town Hall, Forfar on
            // Tuesday 6 March 2001", "At a MEETING of the X COMMITTEE held at Dundee on 14th May, 2018."
            // And notices and reports of a meeting: "A Meeting of the X Committee will be held in PLACE on DATE",
            // "A meeting of X was held on Wednesday, 16th March, 2016."
            if key.hasPrefix("minute of meeting of ") || key.hasPrefix("minute of the meeting of ") || key.hasPrefix("at a meeting of ")
                || key.hasPrefix("at the meeting of ") || key.hasPrefix("a meeting of ")
                // ("Meeting of X Partnership Thursday, 30 September 2010 – 1.30 p.m. held at PLACE": a heading with its day.)
                || key.hasPrefix("meeting of ") && DateText.firstDate(in: text) != nil
                // ("Meeting of the full Governing Body meeting held on" / "12th July 2017 at 4.00pm": the day on the next line.)
                || key.hasPrefix("meeting of ") && key.hasSuffix(" held on") && key.utf8.count <= 120,
               text.utf8.count <= 300,
               // (A heading cut from after the body's name stands alone: it is not wrapped.)
               let heading = text != lines[index].text ? (DateText.firstDate(in: text) != nil ? (text: text, next: index + 1) : nil)
                   : Self.headingUpToItsDate(from: index, in: lines) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: heading.next)
                layout.readMinutesOfLine(heading.text, previous: previousText)
                return layout
            }
            // "Kirkton Community Council held their meeting remotely via Zoom at 7.30pm on the 10th June 2020.": a body's
            // minutes opening on the sentence that says it met, and when.
            if let opening = Self.bodyHeldItsMeeting(text) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                layout.committee = opening.body
                layout.meetingDate = opening.date
                layout.recognised = true
                return layout
            }
            // "Minutes of the previous meeting" is an agenda item's title, and a long line holding a
            // "Minutes:" label is a table row: neither heads the page.
            if MinutesReader.agendaTableHeaders.contains(key) { belowAgendaTable = true }
            // ("Minute of Kirkton Parent Council Meeting held on Tuesday 10th September 2013": the Scottish heading's one minute.)
            if key.hasPrefix("minutes of") || key.hasPrefix("minute of meeting held") || key.hasPrefix("minute of the meeting held")
                || key.hasPrefix("minute of ") && TextScan.contains(key, ascii: " meeting held ") && DateText.firstDate(in: text) != nil,
               !belowAgendaTable, !Self.namesAnEarlierMeeting(key),
               let heading = text.utf8.count <= 240 ? text
                   : Self.flattenedMinutesHeading(text) == nil ? Self.headingBeforePresentList(text) ?? Self.headingEndingAfterItsDay(text) : nil,
               !key.dropFirst("minutes of".count).contains("minutes:"),
               // (Of a heading run on into the page, only the heading: the page goes on to approve the last minutes.)
               !Self.reportsMinutesApproved(heading.utf8.count == text.utf8.count ? key : heading.lowercased()) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                // ("MINUTES OF THE X COMMITTEE" / "advertisement" / "MINUTES OF THE X COMMITTEE held at …, on Tuesday 1 st November
                // 2005": a document site's title over the minutes' own heading, the same words with the place and the day.)
                if DateText.firstDate(in: heading) == nil, let repeated = Self.headingRepeatedWithItsDay(heading, after: index, in: lines) {
                    layout.bodyStart = repeated + 1
                    layout.readMinutesOfLine(lines[repeated].text, previous: previousText)
                    layout.settleCommittee(in: lines)
                    return layout
                }
                // "MINUTES OF THE MEETING OF THE X SAFEGUARDING CHILDREN" / "BOARD – 15TH MAY 2013": a heading wrapped
                // onto the next line, read up to its date (one line only: more would take in what follows).
                // ("Minutes of the Core Group Meeting held in the Committee Room, Social Care," / "2 Floor, …, Epping, 19 October 2006,":
                // a heading that stops at a comma goes on.)
                // ("Minutes of a Meeting of the Youth Working Group" / "held at the Town Hall, Kirkton" / "on Monday, 20th March, 2017":
                // the place and the day on the lines under the body.)
                if DateText.firstDate(in: heading) == nil,
                   key.hasPrefix("minutes of the meeting of ") || heading.hasSuffix(",") || Self.nextLineSaysWhereHeld(after: index, in: lines),
                   let wrapped = Self.headingUpToItsDate(from: index, in: lines),
                   wrapped.next <= (nextNonBlank(lines, after: index) ?? index) + (Self.nextLineSaysWhereHeld(after: index, in: lines) ? 2 : 1) {
                    layout.bodyStart = wrapped.next
                    // (Without the qualifier taken off the line's own text: "Amended Minutes of …".)
                    layout.readMinutesOfLine(String(wrapped.text.dropFirst(lines[index].text.count - text.count)), previous: previousText)
                    layout.settleCommittee(in: lines)
                    return layout
                }
                // ("Minutes of the Budget and Corporate" / "Scrutiny Management Board": the body's name wrapped onto the next line.)
                if DateText.firstDate(in: heading) == nil, let wrapped = Self.bodyNameWrapped(after: index, heading: heading, in: lines) {
                    layout.bodyStart = index + 2
                    layout.readMinutesOfLine(heading + " " + wrapped, previous: previousText)
                    layout.settleCommittee(in: lines)
                    if layout.meetingDate == nil, let next = nextNonBlank(lines, after: index + 1) {
                        layout.readHeldOnLine(at: next, in: lines)
                        // ("2 nd October, 2019 at 5.45pm" / "at Sandwell Council House, Oldbury": the place on the line under the day.)
                        if layout.meetingDate != nil, layout.venue == nil, let after = nextNonBlank(lines, after: next),
                           lines[after].text.hasPrefix("at "), VenueText.looksLikeVenue(String(lines[after].text.dropFirst(3))),
                           DateText.firstDate(in: lines[after].text) == nil {
                            layout.venue = VenueText.clean(String(lines[after].text.dropFirst(3)))
                            layout.bodyStart = max(layout.bodyStart, after + 1)
                        }
                    }
                    return layout
                }
                layout.readMinutesOfLine(heading, previous: previousText)
                layout.settleCommittee(in: lines)
                // "Minutes of the Meeting" / "Held on Wednesday 18 January, 2012 at" / "Titus Salt School".
                if layout.meetingDate == nil, let next = nextNonBlank(lines, after: index) {
                    layout.readHeldOnLine(at: next, in: lines)
                    // "Thursday 26 May 2011" / "10 AM Block B Room 3 Kirkton House": the time and the place on the next line.
                    if layout.meetingDate != nil, layout.venue == nil, let after = nextNonBlank(lines, after: next),
                       let place = Self.placeAfterTime(lines[after].text) {
                        layout.venue = place
                        layout.bodyStart = after + 1
                    }
                }
                // "X Board Meeting" / "Monday 27th March 2017 13:00 – 15:00pm, Shire Hall" / "Minutes of the meeting".
                if layout.committee == nil, layout.meetingDate == nil { layout.takeBodyAndDayAbove(index, in: lines) }
                // "19th October 2016" / "Minutes of the meeting of X, held at …": the day alone on the line above.
                if layout.meetingDate == nil, let above = previousNonBlank(lines, before: index), let date = Self.dateOfDateLine(lines[above].text) {
                    layout.meetingDate = date
                }
                return layout
            }
            // "Kirkton Safeguarding Children Partnership" / "Executive Board" / "Minutes: 4 March 2014": the body above, the
            // label's value the day alone.
            if key.hasPrefix("minutes: ") || key.hasPrefix("minutes - ") || key.hasPrefix("minutes – "), text.utf8.count <= 60,
               let date = DateText.parse(String(text.dropFirst("minutes: ".count)).trimmingCharacters(in: .whitespaces)),
               let body = Self.bodyAbove(index, in: lines) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                layout.committee = body
                layout.meetingDate = date
                return layout
            }
            // "Kirkton Children's" / "Strategic Planning Group" / "Meeting held Wednesday 1 December 2010," / "In the Village Hall":
            // the body above the day it met, the place below.
            if key.hasPrefix("meeting held "), text.utf8.count <= 120, let date = DateText.firstDate(in: text),
               let body = Self.bodyAbove(index, in: lines) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                layout.committee = body
                layout.meetingDate = date
                // ("Meeting held on Tuesday 4 March 2014, 2pm - 4pm, Committee Room 1": the place after the day.)
                if let match = DateText.allDates(in: text).first { layout.venue = Self.venueAfterDate(text[match.range.upperBound...]) }
                if layout.venue == nil, let next = nextNonBlank(lines, after: index), let place = Self.placeLine(lines[next].text) {
                    layout.venue = place
                    layout.bodyStart = next + 1
                }
                return layout
            }
            // "Advisory Board – Minutes of Meeting", "Early Years Reference Group Minutes: 14 Nov 2023, 14.00 - 15.30 via Teams".
            if let named = Self.bodyBeforeMinutes(text) {
                return Self.meetingUnderHeading(text, committee: named.committee, date: named.date, venue: named.venue, bodyStart: index + 1)
            }
            // "… Kirkton Parent Council Meeting – 5th Sept 2013.": the body that met and the day; "Meeting 10.10.15 - Kirkton
            // Youth Parliament": the day, then the body.
            if let named = Self.bodyMeetingAndDay(text) ?? Self.meetingDayAndBody(text) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                layout.title = text
                layout.committee = named.committee
                layout.meetingDate = named.date
                return layout
            }
            // "East Lothian Association of Parent Council Members Meeting held on Tuesday 1 October 2013, Brunton Hall,": the body,
            // "Meeting held on", the day and the place.
            if let named = Self.bodyMeetingHeldOnDay(text) ?? Self.councilCommitteePlaceAndDay(text) {
                return Self.meetingUnderHeading(text, committee: named.committee, date: named.date, venue: named.venue, bodyStart: index + 1)
            }
            // "School Council Meeting: September 24": the body that met, on a day whose year is not printed.
            if let body = Self.bodyMeetingOnDayWithoutYear(text) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                layout.title = text
                layout.committee = body
                return layout
            }
            // A copy of a PDF whose lines ran together: its heading opens one long line, up to the day.
            // "MINUTES OF THE READING LOCAL SAFEGUARDING BOARD MEETING 26th January 2017 1.45pm … Attended: …",
            // "Schools Forum Minutes of Meeting on Thursday, 21st September 2006 @ 4.30pm Present …".
            if text.utf8.count > 240, let flattened = Self.flattenedMinutesHeading(text) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index)
                layout.committee = flattened.committee
                layout.meetingDate = flattened.date
                layout.venue = Self.venueBeforePresentList(text)
                return layout
            }
            // "X Committee Conference Room 2, Fife House, Kirkton Tuesday, 28th August, 2018 – 10.00 a.m. ____ AGENDA": a PDF
            // agenda's front page run together, the body, the place and the day before the word.
            if let agenda = Self.agendaFrontPageRunTogether(text) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                layout.committee = agenda.committee
                layout.meetingDate = agenda.date
                layout.venue = agenda.venue
                return layout
            }
            if let titled = Self.minutesHeading(text) ?? Self.agendaHeading(text) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                layout.title = text
                layout.committee = titled.committee
                layout.meetingDate = titled.date
                // "Falkirk Council Agenda - 12 December 2024, 10:15" / "A meeting to be held at PLACE at 10:15 on 12 December 2024."
                if let next = nextNonBlank(lines, after: index), DateText.allDates(in: lines[next].text).contains(where: { $0.date == titled.date }) {
                    layout.venue = Self.venueOfNotice(lines[next].text)
                }
                return layout
            }
            // "Concise Minutes - Children, Young People and Education Committee": the Senedd's minutes, the body after the dash.
            if let body = Self.bodyAfterMinutesAndDash(text) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: index + 1)
                layout.title = text
                layout.committee = body
                return layout
            }
            // "Schools Forum Minutes of Meeting on" / "Thursday, 21st September 2006 @ 4.30pm": the body, its day on the next line.
            if let body = Self.bodyBeforeMinutesOfMeetingOn(text), let next = nextNonBlank(lines, after: index),
               let day = DateText.allDates(in: lines[next].text).first, day.range.lowerBound < lines[next].text.index(lines[next].text.startIndex, offsetBy: min(12, lines[next].text.count)) {
                var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: next + 1)
                layout.title = text
                layout.committee = body
                layout.meetingDate = day.date
                return layout
            }
            // "Corporate Parenting Board Minutes" names the body; "Agendas, reports and minutes" names none.
            // ("Steven Prag - minutes": who took the minutes, under the heading.)
            if key.hasSuffix(" minutes"), !key.hasSuffix(" - minutes"), !key.hasSuffix(" – minutes"),
               !key.contains(":"), !key.contains("/"), !key.contains(","), !key.hasPrefix("agenda"),
               key.first?.isLetter == true, LinePatterns.wordCount(text) <= 12, DateText.firstDate(in: text) == nil,
               // ("… and matters" / "arising from the minutes": a title wrapped onto a second line names no body.)
               text.first?.isUppercase == true,
               !["the", "of", "and", "from", "to", "for", "with", "on", "at", "in"].contains(String(key.dropLast(" minutes".count).split(separator: " ").last ?? "")),
               // ("Previous Minutes:", "Draft Minutes": which minutes, not whose.)
               !["previous", "last", "draft", "approved", "confirmed", "signed", "unconfirmed", "these", "meeting", "agreed", "full"]
                   .contains(String(key.dropLast(" minutes".count))),
               // ("January 2025 Play Park Committee DRAFT Minutes" over "DRAFT MINUTES OF THE PLAY PARK COMMITTEE MEETING held at
               // … on …": a file's title over the heading that names the body, the place and the day; the heading is read.)
               !(Self.isDatedOrDraftTitle(key) && Self.minutesOfHeadingFollows(after: index, in: lines)),
               // ("Formal Meeting Minutes": a document site's title naming the kind of meeting, no body.)
               !Self.meetingKinds.contains(String(key.dropLast(" minutes".count)).replacingOccurrences(of: " meeting", with: "")) {
                var layout = PageLayout(kind: .meeting, system: .aks, bodyStart: index + 1)
                layout.title = text
                // Cut from the text without the colons the key was read without ("Panel Minutes::").
                var title = Substring(text)
                while title.last == ":" { title = title.dropLast() }
                var name = LinePatterns.trimTrailingPunctuation(title.dropLast(" minutes".count))
                // "January 2025 Play Park Committee DRAFT Minutes": the body without the month and the draft.
                if Self.isDatedOrDraftTitle(key) { name = Self.droppingMonthAndDraft(name) }
                // "Brent LSCB Meeting Minutes": the body is "Brent LSCB".
                if name.lowercased().hasSuffix(" meeting"), name.count > " meeting".count + 2 { name = String(name.dropLast(" meeting".count)) }
                // ("Committee Minutes" under "X Committee: Item No": which body the page leaves to the lines above; the
                // word alone names none.)
                layout.committee = Self.bareBodyWords.contains(name.lowercased()) ? Self.bodyOfItemHeader(above: index, in: lines) : name
                // ("Parent Council Meeting Minutes" / "Parent Council Minutes 31-08-2015": the same body's heading again, with the
                // day, on one of the next three lines.)
                if let committee = layout.committee, let dated = Self.sameBodyWithItsDay(committee, after: index, in: lines) {
                    layout.meetingDate = dated.date
                    layout.bodyStart = dated.line + 1
                }
                return layout
            }
            previousText = text
            index += 1
        }
        // Minutes headed by the body that met and the day, saying who was present: a meeting, though a
        // resolution in them would make them look like an agenda item copied without its heading.
        if let meeting = headedMeeting(lines) ?? labelledMeeting(lines) ?? bodyOverDateLabel(lines) ?? noticedMeeting(lines) ?? summonsMeeting(lines)
            ?? numberedAgenda(lines)
            ?? numberedNotesWithoutHeading(lines) ?? meetingPageWithoutMarker(lines) { return meeting }
        if let plan = forwardPlanIssue(lines) { return plan }
        if startsWithDecisionLabels(lines) {
            return PageLayout(kind: .decision, system: .modernGov, bodyStart: 0)
        }
        if looksLikeReport(lines) {
            return PageLayout(kind: .report, system: .report, bodyStart: 0)
        }
        // No header: a bare agenda item (description, "Minutes:", resolutions), or nothing known.
        var hasMinutesLabel = false
        var hasResolution = false
        var hasMeetingLine = false
        for line in lines where !line.isBlank {
            if let label = Labels.parse(line.text) {
                if label.role == .minutes || label.role == .decision { hasMinutesLabel = true }
                if label.role == .meetingLine { hasMeetingLine = true }
            } else if LinePatterns.resolutionMarker(line.text) != nil || LinePatterns.paragraphNumber(line.text).map({ LinePatterns.resolutionMarker($0.rest) != nil }) == true {
                hasResolution = true
            }
        }
        if hasMeetingLine { return PageLayout(kind: .issueHistory, system: .modernGov, bodyStart: 0) }
        // "Date: 22nd March 2016" / "Time: 7.00 pm" / "Venue: The School" opening the text, and decisions below: a
        // meeting's minutes whose heading the copy lost (not one agenda item's page).
        if hasMinutesLabel || hasResolution, let headerEnd = Self.meetingHeaderLabelsEnd(lines) {
            var layout = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: headerEnd)
            layout.takeHeaderLabels(above: headerEnd, in: lines)
            return layout
        }
        if hasMinutesLabel || hasResolution {
            var layout = PageLayout(kind: .agendaItem, system: .modernGov, bodyStart: 0)
            // A copy that starts at the item's own heading: "6 Corporate Parenting Governance Arrangements".
            if let first = lines.firstIndex(where: { !$0.isBlank }),
               let lead = LinePatterns.leadingNumber(lines[first].text, requireDot: false), lead.value < 1000,
               LinePatterns.isTitleLike(lead.rest, maxLength: 120), LinePatterns.wordCount(lead.rest) <= 16,
               Labels.parse(lead.rest) == nil {
                // "16 Children and Families - Performance PDF 305 KB": the size is the title's link.
                if let links = LinkLine.parse(lead.rest, line: lines[first].number), let link = links.first {
                    layout.title = link.title
                    layout.titleLinks = links
                } else {
                    layout.title = lead.rest
                }
                layout.itemNumber = lead.number
                layout.bodyStart = first + 1
            }
            return layout
        }
        // "1. / Welcome and apologies" / … / "2. / Membership": a Word table of minutes whose heading the copy lost.
        if minutesTableRows(lines) { return PageLayout(kind: .meeting, system: .plainCMS, bodyStart: 0) }
        var unknown = PageLayout(kind: .page, system: .unknown, bodyStart: 0, recognised: false)
        // A short first line is the nearest thing to a title such a text has; it stays in the body too.
        // ("07788415591 [email protected]": a site's contact line over the page is no title.)
        if let first = lines.first(where: { !$0.isBlank && !Self.isDocumentSiteChrome($0.text.lowercased()) && !Self.isContactLine($0.text) }),
           LinePatterns.isTitleLike(first.text, maxLength: 120),
           LinePatterns.wordCount(first.text) <= 12 {
            unknown.title = first.text
            // "Panel – 4 March 2019": a title that ends with a date dates the document.
            // (A committee's meeting line further down is read below.)
            if let last = DateText.allDates(in: first.text).last,
               first.text[last.range.upperBound...].allSatisfy({ $0 == " " || $0 == "." }) {
                unknown.documentDate = last.date
            }
        }
        unknown.readMeetingLine(lines)
        return unknown
    }

    static func previousNonBlank(_ lines: [SourceLine], before index: Int) -> Int? {
        var above = index - 1
        while above >= 0, lines[above].isBlank { above -= 1 }
        return above >= 0 ? above : nil
    }

    static func nextNonBlank(_ lines: [SourceLine], after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count {
            if !lines[next].isBlank { return next }
            next += 1
        }
        return nil
    }
}

extension PageLayout {
}
