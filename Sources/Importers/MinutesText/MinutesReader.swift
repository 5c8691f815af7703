import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Reads ModernGov, AKS and plain-CMS minutes text (everything but reports) line by line: header
/// fields, agenda items and their description, minutes, decisions and documents. Linear in the lines.
///
/// The reading is split by responsibility: this file holds the state and the line loop; header lines
/// (`+Header`), labels (`+Labels`), item starts (`+Items`), document lists and where lines go
/// (`+Documents`, `+Segments`) and the final assembly (`+Finish`) are extensions.
struct MinutesReader {
    let lines: [SourceLine]
    /// How many "Additional documents:" lines stand before each line (ModernGov's rendering that prints one under every
    /// item); nil when the page holds none. Counted once, so a candidate title asks in constant time.
    let additionalDocumentsBefore: [Int]?
    let layout: PageLayout

    var document: Document
    var items: [ItemDraft] = []
    var bodySegments: [Segment] = []
    var bodyLinks: [DocumentLink] = []
    var destination: Destination = .body
    var inPreamble = true
    var numbering = ItemNumbering()
    var collecting: LabelRole? {
        didSet { if collecting == .attendance { itemsWhenAttendanceOpened = items.count } }
    }
    /// How many items had started when a list of those present last opened: while none starts after it, the list's
    /// further groups may follow (an agenda's items may come before the minutes' list).
    var itemsWhenAttendanceOpened: Int?
    var collectedNames = false
    /// The list whose label's own line named its people ("Apologies: A, B"), while it is collected.
    var listNamedOnItsLabelLine: LabelRole?
    /// Whether the list being collected is the lines under an item titled "Apologies for absence" (no label opened it).
    var listUnderApologiesTitle = false
    /// The last name of a list line that ended without a comma: it may continue on the next line
    /// ("… Chris Parsloe" / "(CP), Cllr Debbie Shears …").
    var pendingName: String?
    /// The last person of a register's row whose tick or "Apols" has not come yet (`NameList.registerRow`).
    var registerPerson: String?
    /// Whether the list being read is such a register (a row of it named no one marked yet).
    var readingRegister = false
    /// Rows of a list of people read since the last blank line.
    var rowsSinceBlank = 0
    /// A given name that ended a labelled line of people, its surname on the next line.
    var givenNameWrapped: (name: String, role: LabelRole)?
    /// A sentence naming who sent apologies whose line stopped mid-name ("… accepted from Astrid" / "Gibson, Spencer
    /// Spear and …"): the sentence, its list, and how many people it gave, read again with the next line.
    var senderSentenceWrapped: (text: String, role: LabelRole, apologies: Int, attendance: Int)?
    /// Whether the last names line ended with a comma, so the list goes on past a blank line.
    var namesLineEndedOpen = false
    /// Whether a blank line was passed inside the current names list.
    var blankInNames = false
    /// The list a blank line just closed, until the next line that is not blank: a group of it may follow.
    var listClosedByBlank: LabelRole?
    /// Whether the list of people opened under one label for both ("Attendees and apologies").
    var underAttendeesAndApologies = false
    /// Whether the list of people being read opened with no heading (the copy lost it): a second list after a gap may
    /// then be the apologies as well as more of those present.
    var listHeadingLost = false
    var expectingIssueTitle = false
    var issueMeetings: [MeetingReference] = []
    var sawAnyMinutesLabel = false
    var previousWasDateOrTime = false
    var unnumberedItems = false
    /// Whether the page's agenda table gives its rows no numbers ("No. | Item |" over "APOLOGIES FOR ABSENCE To receive …"):
    /// then its rows are the items, and a numbered line in a row's minutes ("1. Elect Dr A Rice as Vice-Chair") is a point
    /// of a resolution, no item.
    var unnumberedTableRows = false
    /// Whether the page sets the people of its lists one to a paragraph under group headings ("Officers" / "Moira Swa" /
    /// "Maureen Phi"): then a bare name after a blank line goes on with the list, until the first item.
    var namesSetOneToAParagraph = false
    /// Whether the list's people are set one to a paragraph, each followed by a paragraph naming the body they represent
    /// ("Bella Barr" / "Independent Schools Sector" / "Cath Beek" / …), and whether a body's paragraph comes next.
    var peopleAlternateWithBodies = false
    var bodyParagraphNext = false
    /// Headings of further groups of those present, printed alone on their line under the list.
    static let attendanceGroupHeadings: Set<String> = ["non voting", "non-voting", "other members in attendance", "officers", "guests",
                                                       "observers", "also present", "also in attendance", "in attendance", "officers in attendance",
                                                       "advisers", "co-opted members", "non-voting members", "officers present"]
    /// Whether the unnumbered items are headed in ordinary case on a page from no democracy system: then each heading
    /// must stand over prose (`headsProse(at:)`).
    var sentenceCaseItems = false
    /// Whether the first of the unnumbered items opened with its time ("13:30 Apologies"): then only such lines are items.
    var itemsLedByTimes = false
    /// Minutes from no democracy system that number nothing: their items are headed by lines in capitals.
    var capitalItems = false
    /// Whether the last non-blank line ended a sentence or was structural (a label, link, header).
    var previousClosed = true
    /// Set after "Decision: Agreed by all Partners", a decision stated on its label's line: a line after it that
    /// neither continues it nor lists its points goes back to the minutes.
    var inlineDecisionMayEnd = false
    /// Lines in a row of the current names list that each held one person (with their post or body).
    var onePersonLines = 0
    /// How many rows of the names list so far were a person beside their organisation ("Ann Lee / Kirkton College").
    var organisationRows = 0
    /// Whether the last line of the names list ended with a dash, its person's post on the next line.
    var postFollows = false
    /// How many rows of the names list being collected were a person beside their own initials.
    var initialledRows = 0
    /// What could not be read, with its line.
    var issues: [ReadingIssue] = []

    /// The marks a register's legend gives ("+Denotes absence and apologies accepted", "* Denotes did not attend").
    let registerMarks: RegisterMarks

    init(lines: [SourceLine], layout: PageLayout) {
        self.lines = lines
        self.layout = layout
        additionalDocumentsBefore = Self.countsOfAdditionalDocuments(in: lines)
        registerMarks = RegisterMarks(lines)
        document = Document(kind: layout.kind, title: layout.title, committee: layout.committee,
                            meetingDate: layout.meetingDate, date: layout.documentDate,
                            dateBasis: layout.documentDate == nil ? nil : "content", venue: layout.venue, itemNumber: layout.itemNumber)
    }

    mutating func read() -> Document {
        if layout.kind == .agendaItem {
            items.append(ItemDraft(number: nil, title: layout.title ?? "", line: lines.indices.contains(layout.bodyStart) ? lines[layout.bodyStart].number : 1,
                                   links: layout.titleLinks))
            destination = .description
        } else {
            bodyLinks = layout.titleLinks
        }
        // (One scan for the first two numbered headers answers both questions.)
        let numberedHeaders = layout.kind == .meeting ? firstNumberedHeaders(limit: 2) : []
        unnumberedTableRows = layout.kind == .meeting && layout.system == .modernGov && Self.rowsAreUnnumbered(lines)
        unnumberedItems = layout.kind == .meeting && layout.system == .modernGov && (numberedHeaders.isEmpty || unnumberedTableRows)
        capitalItems = layout.kind == .meeting && layout.system != .modernGov && !unnumberedItems
            && (numberedHeaders.isEmpty || numberedHeaders.count == 1 && numberedHeaders[0].numberAlone)
        // (One such line is a heading over the whole minutes, or a table's: items come two or more.)
        if capitalItems {
            var found = 0
            for index in lines.indices.dropFirst(layout.bodyStart)
            where isCapitalsTitle(at: index) || ((index == 0 || lines[index - 1].isBlank) && Self.runInCapitalsHeading(lines[index].text) != nil) {
                found += 1
                if found == 2 { break }
            }
            capitalItems = found == 2
        }
        // Minutes from no democracy system that number nothing and head each item in ordinary case ("Governance Statement"
        // over "Ricky Irv spoke to his paper …"): two such headings over prose make the page's items.
        if layout.kind == .meeting, !unnumberedItems, !capitalItems, numberedHeaders.isEmpty {
            var found = 0
            for index in lines.indices.dropFirst(max(layout.bodyStart, 1)) where headsProse(at: index) {
                found += 1
                if found == 2 { break }
            }
            if found == 2 {
                unnumberedItems = true
                sentenceCaseItems = true
            }
        }
        var index = layout.bodyStart
        while index < lines.count {
            // Each step moves on by a line at least: a rule that read nothing must not hold the reader on one line (a
            // fuzzed page held it there for good once).
            index = max(step(at: index), index + 1)
        }
        // (A given name held for its surname when the text stopped: the name as printed.)
        if let (given, role) = givenNameWrapped {
            if role == .apologies { document.apologies.append(given) } else { document.attendance.append(given) }
            givenNameWrapped = nil
        }
        return finish()
    }

    /// Header rows of agenda tables, lower-cased.
    static let agendaTableHeaders: Set<String> = ["items", "no. item", "no item", "item number item/resolution",
                                                  "item number item / resolution", "item description decision",
                                                  "item number item/description", "item number item / description", "item description",
                                                  "item subject"]

    // MARK: The line loop

    /// Whether one of the three non-blank lines above the line at `index` opens a signature block ("Signed", "Signed ……
    /// Chair", "… have been approved by the Panel. Signed").
    private func signsAbove(_ index: Int) -> Bool {
        lines[max(0, index - 8)..<index].filter { !$0.isBlank }.suffix(3).contains { line in
            line.text.hasPrefix("Signed") && (line.text.utf8.count == 6 || line.text.dropFirst(6).first?.isLetter == false)
                || line.text.hasSuffix(" Signed")
        }
    }

    /// The labels of the Scottish Government's details list, each printed as a bullet with its value as the next.
    static let detailsListLabels: Set<String> = ["published", "first published", "last updated", "directorate", "part of", "topic",
                                                 "date of meeting", "date of next meeting", "location"]

    /// "Officers Present: J A McLaughlin (Chief Executive) …" / "M Young (Director of Environmental Health) A Cassells
    /// (Director of Operations) …": after the blank at `index`, a paragraph of people each with a post in brackets, the
    /// rest of the list.
    private func paragraphOfPeopleWithPostsFollows(_ index: Int) -> Bool {
        guard let next = PageLayout.nextNonBlank(lines, after: index), lines[next].text.hasSuffix(")"),
              let people = NameList.people(inLine: lines[next].text) else { return false }
        return people.count >= 2 && people.allSatisfy(NameList.isPersonWithBracketedPost)
    }

    /// Reads the line at `index` and returns the next index to read.
    private mutating func step(at index: Int) -> Int {
        let line = lines[index]
        if let wrapped = senderSentenceWrapped {
            senderSentenceWrapped = nil
            // The next line goes on with the sentence unless it is a gap, a label or an item of its own.
            if !line.isBlank, line.text.first?.isLetter == true, Labels.parse(line.text) == nil, line.text.utf8.count <= 200 {
                document.apologies.removeLast(wrapped.apologies)
                document.attendance.removeLast(wrapped.attendance)
                collectNames(wrapped.text + " " + line.text.trimmingCharacters(in: .whitespaces), role: wrapped.role)
                return index + 1
            }
        }
        if line.isBlank {
            // A list whose heading a copy lost ends at its first gap: the block after it may be the apologies, whose heading
            // was lost too, and is left unread.
            if collecting == .attendance, listHeadingLost, rowsSinceBlank >= 3 {
                stopCollecting()
            }
            rowsSinceBlank = 0
            // ("Present:-" / "Lord Provost Bill CAMP" / "Depute Lord Provost Kevin CORD" / "BAILIES" / …: the list's first
            // person alone in a paragraph, and the next too: its people are set one to a paragraph, and go on past blanks.)
            if collecting == .attendance, collectedNames, items.isEmpty, !namesSetOneToAParagraph,
               document.attendance.count == 1, onePersonLines == 1,
               let next = PageLayout.nextNonBlank(lines, after: index), Self.isOnePersonAlone(lines[next].text) {
                namesSetOneToAParagraph = true
            }
            if collecting != nil, collectedNames, !peopleAlternateWithBodies, alternatesPeopleWithBodies(after: index) {
                peopleAlternateWithBodies = true
                bodyParagraphNext = true
            }
            if collecting != nil, collectedNames, !namesLineEndedOpen, !(namesSetOneToAParagraph && collecting == .attendance && itemsWhenAttendanceOpened == items.count),
               !peopleAlternateWithBodies,
               !(collecting == .attendance && items.isEmpty && paragraphOfPeopleWithPostsFollows(index)) {
                listClosedByBlank = collecting
                stopCollecting()
            }
            if collecting != nil { blankInNames = true }
            appendToCurrent(line)
            return index + 1
        }
        let closedByBlank = listClosedByBlank
        listClosedByBlank = nil
        // "Willie SAWERS |", "|": a table of members whose cells kept their closing bars, one cell a line.
        if collecting != nil, line.text == "|" { return index + 1 }
        let text = collecting != nil && line.text.hasSuffix(" |") ? String(line.text.dropLast(2)) : line.text
        if line.startsTableRow { previousClosed = true }
        if inlineDecisionMayEnd {
            inlineDecisionMayEnd = false
            if destination == .decision, !LinePatterns.startsLowercase(text), LinePatterns.bullet(text) == nil,
               LinePatterns.enumerator(text) == nil, LinePatterns.resolutionMarker(text) == nil {
                destination = items.isEmpty ? .body : .minutes
                startSegment(destination)
            }
        }

        if expectingIssueTitle {
            expectingIssueTitle = false
            if Labels.parse(text) == nil {
                setIssueItemTitle(text, line: line.number)
                return index + 1
            }
        }
        // "Related Meeting" / "Cabinet - Monday 2 February 2026 5.00 pm": a decision's meeting on the next line.
        // (Only short lines can be one of the labels: the rest are not lower-cased.)
        if text.utf8.count <= 18, ["related meeting", "decided at meeting", "meeting"].contains(text.lowercased()),
           let next = PageLayout.nextNonBlank(lines, after: index), let meeting = MeetingReference.parse(lines[next].text),
           meeting.date != nil {
            adopt(meeting, asItem: false)
            previousClosed = true
            return next + 1
        }
        if layout.listsDecisions, let row = Self.decisionRow(text) {
            startDecisionRow(date: row.date, title: row.title, line: line.number)
            previousClosed = true
            return index + 1
        }
        // "Not Present       M BOODHOO, P CARROLL": a register's absent members, who sent no apologies it says: no one present.
        if items.isEmpty, collecting != nil, text.utf8.count > 12, text.prefix(12).lowercased() == "not present " {
            stopCollecting()
            previousClosed = true
            return index + 1
        }
        // "Attendance Martin McCann TIPSA Selena Ramsey …": the label's colon lost, its people on the line (before any item).
        if items.isEmpty, let people = NameList.peopleAfterUncolonedLabel(text) {
            stopCollecting()
            collecting = .attendance
            collectedNames = false
            // (Read as a line of the list is, so a run of titled people is parted at each title.)
            if let named = NameList.people(inLine: String(people)) { collectPeople(named, line: String(people), role: .attendance) }
            previousClosed = true
            return index + 1
        }
        // "Representing Primary School Headteachers" / "Simon Bram - Kirkton Primary School Jack Hat - …": a schools forum's
        // members under the group each sits for. Before any item such a heading starts the next group of those present,
        // or opens the list when the copy lost the "Present" above it.
        if items.isEmpty, collecting != .apologies, Self.isRepresentingHeading(text) {
            startGroup("", role: .attendance)
            previousClosed = true
            return index + 1
        }
        if NameList.introducesAttendance(text) {
            stopCollecting()
            if text.lowercased().hasSuffix(" and apologies") { underAttendeesAndApologies = true }
            collecting = .attendance
            collectedNames = false
            previousClosed = true
            return index + 1
        }
        // "Apologies" alone, or "Apologies Dr A Smith, Cllr B Jones", under the list of those present and
        // before any item: the people who sent them (elsewhere "Apologies" alone may title an item).
        // (Or under the item that lists those present: "1. Present" / … / "Apologies A, B".)
        if items.isEmpty || itemsWhenAttendanceOpened == items.count && collecting == .attendance, !document.attendance.isEmpty,
           collecting != .apologies, let names = NameList.apologiesHeading(text) {
            stopCollecting()
            collecting = .apologies
            collectedNames = false
            if !names.isEmpty {
                listNamedOnItsLabelLine = .apologies
                collectPeople(names, line: text, role: .apologies)
            }
            previousClosed = true
            return index + 1
        }
        // ("1. Welcome, apologies and introductions" / "Present:": the item's first list is of those present.)
        if listUnderApologiesTitle, !collectedNames, Labels.parse(text)?.role == .attendance { stopCollecting() }
        // "Present:" / "Highland Council:" / "Mr D Mill (Chair), Mr A Bax, …": the heading of one group of the list, the
        // body its members sit for.
        // (A blank line may have closed the list before it: the page's first list goes on.)
        if let role = collecting ?? (items.isEmpty && !document.attendance.isEmpty ? .attendance : nil), opensGroupOfList(at: index) {
            startGroup("", role: role)
            previousClosed = true
            return index + 1
        }
        // "PRESENT:-" / … / "COUNCILLORS:" / "Akers-Belcher Allison Atkinson" / "Barker Brash R W Cook": the members' surnames in
        // a grid, each line's surnames the members (before any item, under the list of those present).
        if items.isEmpty, (collecting ?? closedByBlank) == .attendance || !document.attendance.isEmpty || collecting == nil && inPreamble,
           SurnameGrid.isHeading(text), let first = PageLayout.nextNonBlank(lines, after: index),
           (SurnameGrid.members(inLine: lines[first].text)?.count ?? 0) >= 3 {
            stopCollecting()
            var next = first
            var last = index
            while next < lines.count, let members = SurnameGrid.members(inLine: lines[next].text) {
                // (Each line whole: a grid's last surname never wraps onto the next line, as a list's last name may.)
                let listed = Set(document.attendance.map(NameList.personKey))
                document.attendance += members.filter { !listed.contains(NameList.personKey($0)) }
                last = next
                guard let following = PageLayout.nextNonBlank(lines, after: next) else { break }
                next = following
            }
            stopCollecting()
            collecting = .attendance
            collectedNames = true
            previousClosed = true
            return last + 1
        }
        // "School members:", "Observers: A, B", "Religious Representatives:": one group of the people
        // present (or absent), inside a names list or after the one the page opens with.
        // ("Officers" under apologies is the group of officers who sent them, not the officers present.)
        // (An agenda's list of items may come first, the minutes' list of those present after it: no item started since.)
        if let role = collecting ?? (items.isEmpty && !document.attendance.isEmpty
                                     || itemsWhenAttendanceOpened == items.count && closedByBlank == .attendance ? .attendance : nil),
           Labels.parse(text) == nil || (role == .apologies && text.lowercased().hasPrefix("officers")),
           // ("Headteacher Representatives" / "Mr. S. Griff (Kirkton High School)": with no colon, after the blank line
           // that closed the list, a group's heading when a titled person follows it.)
           let value = NameList.groupLabelValue(text, requireColon: collecting == nil && !nextLineOpensWithTitle(after: index)) {
            startGroup(value, role: Self.roleOfGroup(text, in: role, listNamedOnItsLabelLine: listNamedOnItsLabelLine == role))
            previousClosed = true
            return index + 1
        }
        // "Attendance" / "A, B and C." / "Non Voting" / "David Wil" / "Officers" / "Moira Swa" / …: after the list of those
        // present, a heading of one more group of them, its people set one to a paragraph.
        if items.isEmpty, (collecting ?? closedByBlank) == .attendance, Self.attendanceGroupHeadings.contains(text.lowercased()) {
            stopCollecting()
            collecting = .attendance
            collectedNames = false
            namesSetOneToAParagraph = true
            previousClosed = true
            return index + 1
        }
        // "Attended by:" / "Members of the Forum" / "Governors" / "Mike Heis - Chair (MH)" / … / "PVI Sector" / "Paul Rus (PR)": the
        // headings of a schools forum's groups, each over people printed beside their own initials.
        // (Also within the item a ModernGov page printed the minutes under, no item begun since the list opened.)
        if items.isEmpty || itemsWhenAttendanceOpened == items.count, (collecting ?? closedByBlank) == .attendance,
           groupHeadsPeopleBesideInitials(at: index) {
            stopCollecting()
            peopleAlternateWithBodies = false
            bodyParagraphNext = false
            collecting = .attendance
            collectedNames = false
            namesSetOneToAParagraph = true
            previousClosed = true
            return index + 1
        }
        // "School Groups : Mrs C Tarrant" after "LEA Members : Mr G Kendall": another group of the list, with its people.
        // (The blank line between the two closed the list: before any item, it goes on.)
        if let role = collecting ?? (items.isEmpty ? closedByBlank : nil), let people = Self.groupOfListWithPeople(text) {
            startGroup(people, role: Self.roleOfGroup(text, in: role, listNamedOnItsLabelLine: listNamedOnItsLabelLine == role))
            previousClosed = true
            return index + 1
        }
        // "PRESENT: Councillor A (Chair) Councillor B (Vice-Chair)" / "Councillors C, D, … and E.": the rest of the members
        // in a paragraph of their own, under the plural title.
        if items.isEmpty, collecting == nil, closedByBlank == .attendance,
           text.hasPrefix("Councillors ") || text.hasPrefix("Cllrs ") || text.hasPrefix("Aldermen "),
           let people = NameList.people(inLine: text), people.count >= 2 {
            collecting = .attendance
            collectPeople(people, line: text, role: .attendance)
            previousClosed = true
            return index + 1
        }
        // "PRESENT: The Right Worshipful the Mayor Councillor A Givan" / "Deputy Mayor Councillor J McCarthy": the next civic
        // office's holder in a paragraph of their own.
        if items.isEmpty, collecting == nil, closedByBlank == .attendance, NameList.opensWithCivicOfficeAndTitle(text),
           let people = NameList.people(inLine: text), people.count == 1 {
            collecting = .attendance
            collectPeople(people, line: text, role: .attendance)
            previousClosed = true
            return index + 1
        }
        // "PRESENT: …" / "L.R. Bow, K.V. Bro and D.T. Will" / "Mrs V. Ken – Roman Catholic Church Representative": co-opted
        // members, each with a title and a post after a dash, under the list a blank line closed.
        if items.isEmpty, collecting == nil, closedByBlank == .attendance, NameList.hasPersonalTitle(text), Self.isPersonDashPost(text),
           let people = NameList.people(inLine: text), people.count == 1 {
            collecting = .attendance
            collectPeople(people, line: text, role: .attendance)
            previousClosed = true
            return index + 1
        }
        // "- Location" / "- St Andrew’s House, Edinburgh": the Scottish Government's details list, each label and its value a
        // bullet of their own.
        // ("- Published" / "- 26 March 2024" is the page's, no meeting's: skipped with the list's other details.)
        if inPreamble, items.isEmpty, text.hasPrefix("- "), text.utf8.count <= 24,
           Self.detailsListLabels.contains(text.dropFirst(2).lowercased()), let next = PageLayout.nextNonBlank(lines, after: index),
           lines[next].text.hasPrefix("- ") {
            if let label = Labels.parse(String(text.dropFirst(2)) + ": " + String(lines[next].text.dropFirst(2))),
               label.role == .venue || label.role == .meetingDate {
                handle(label, line: lines[next])
            }
            previousClosed = true
            return next + 1
        }
        // AKS minutes: "Decision" alone under an item, over what it decided ("APPROVED"). (Only inside an item: elsewhere the
        // word alone heads a table's column, and a page's layout is not judged by it.)
        if !items.isEmpty, text == "Decision" || text == "DECISION" {
            handle(LabelledLine(label: text, role: .decision, value: ""), line: line)
            previousClosed = true
            return index + 1
        }
        // "Signed" / "Chair" / "Deputy A Curtis" / "Date: 25th July 2022": the day the chair signed the minutes, no meeting's.
        if document.meetingDate == nil, text.utf8.count <= 40, text.hasPrefix("Date"), Labels.parse(text)?.role == .meetingDate,
           signsAbove(index) {
            previousClosed = true
            return index + 1
        }
        if let label = Labels.parse(text),
           !(label.value.isEmpty && !text.contains(":") && label.role != .description && unnumberedItems && isUnnumberedTitle(at: index)) {
            stopCollecting()
            handle(label, line: line)
            // "Meeting : X Date : 26/05/06": the other labels on the line.
            // (Only a header's fields hold a second label: "Minutes:" and the like are parsed once.)
            let all = Labels.headerRoles.contains(label.role) ? [label] + Labels.parseAll(text).dropFirst() : [label]
            for other in all.dropFirst() { handle(other, line: line) }
            previousClosed = true
            // "MEETING DATE: / Monday" / "1 February 2016": the day the label's value lost to the next line.
            // (Also when the page's heading gave the same day already: the label's day is then read, not missing.)
            if all.contains(where: { $0.role == .meetingDate && DateText.firstDate(in: $0.value) == nil }),
               let next = PageLayout.nextNonBlank(lines, after: index), let date = PageLayout.dateOfMeetingLine(lines[next].text),
               document.meetingDate == nil || document.meetingDate == date {
                document.meetingDate = date
                issues.removeAll { $0.code == "minutes.unreadable-date" && $0.line == line.number }
                return next + 1
            }
            return index + 1
        }
        // The agenda table's header ("No. Item", AKS's "Item Description Decision") ends any names list.
        if text.utf8.count <= 32, Self.agendaTableHeaders.contains(text.lowercased()) {
            stopCollecting()
            previousClosed = true
            return index + 1
        }
        // "To note any apologies for absence from Members." is the agenda's wording, not a list of people.
        if collecting != nil, text.hasPrefix("To ") { stopCollecting() }
        // "Councillor Henry, Convener, presided.": who chaired, said in a sentence after the list.
        if collecting != nil, text.hasSuffix(" presided.") || text.hasSuffix(" presided") {
            stopCollecting()
            appendToCurrent(line)
            previousClosed = true
            return index + 1
        }
        // "Apologies … had been received from: -": the sentence stays in the minutes, its people follow.
        // (Also under an item titled "Apologies for absence", before any name: "Apologies … had been received from: -".)
        // (And after a list of apologies, "· Cllr Lee Laud." / "Apologies for absence were received from the following officers:":
        // a second one, on a line of its own.)
        if collecting == nil || collecting == .apologies && listUnderApologiesTitle && !collectedNames
            || collecting == .apologies && collectedNames && text.utf8.count <= 120 && text.hasSuffix(":"),
           NameList.introducesApologies(text) {
            if collecting != nil { stopCollecting() }
            listUnderApologiesTitle = false
            appendToCurrent(line)
            collecting = .apologies
            collectedNames = false
            previousClosed = true
            return index + 1
        }
        // Under an item titled "Apologies for absence", before its first name: a sentence ("Apologies for absence were
        // received from A, B" wrapped over lines) is the item's minutes, read as any, and a word alone ("ACTION", a
        // table's column; "Leisgeulan", the heading in Gaelic) is no one.
        if listUnderApologiesTitle, collecting == .apologies, !collectedNames {
            // ("1." / "APOLOGIES FOR ABSENCE" / "2." / "MINUTES": an agenda's, no one under the item; its next number ends it.)
            if TextScan.contains(text, ascii: "polog") || TextScan.contains(text, ascii: "eceived") || Self.isNextItemNumberAlone(text, after: numbering) {
                stopCollecting()
            } else if !text.contains(" "), !text.contains(":"), Labels.parse(text) == nil {
                return index + 1
            }
        }
        if let (given, role) = givenNameWrapped {
            givenNameWrapped = nil
            // "Manson from the Scottish Government.": the surname opens the line; a label, an item or a line of its own
            // else, and the name stays as it was printed.
            let first = text.prefix { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
            let joins = first.count >= 2 && first.first?.isUppercase == true && Labels.parse(text) == nil
                && NameList.isPlausibleName(given + " " + first) && !FlattenedMinutes.titleWords.contains(String(first))
            let person = joins ? given + " " + first : given
            if role == .apologies { document.apologies.append(person) } else { document.attendance.append(person) }
        }
        if let next = readListLine(line, text: text, at: index) { return next }

        if inPreamble, let meeting = MeetingReference.meetingOfLine(text) {
            adopt(meeting, asItem: true)
            previousClosed = true
            return index + 1
        }
        if LinkLine.isRelatedLink(text) {
            var title = Substring(text)
            if title.hasPrefix("- ") { title = title.dropFirst(2) }
            addLink(DocumentLink(title: String(title), itemNumber: LinkLine.itemNumber(inTitle: String(title).replacingOccurrences(of: " item ", with: ", item ")),
                                 line: line.number))
            previousClosed = true
            return index + 1
        }
        if [.meeting, .notes, .transcript].contains(layout.kind), let next = startItemIfHeader(at: index) {
            previousClosed = true
            return next
        }
        if destination == .documents {
            if let next = readDocumentLine(at: index) {
                previousClosed = true
                return next
            }
            destination = items.isEmpty ? .body : .minutes
        }
        if let size = LinkLine.sizeOnly(text), attachSize(size) || attachSizeToTitleAbove(size, at: index) {
            previousClosed = true
            return index + 1
        }
        if let links = LinkLine.parse(text, line: line.number) {
            links.forEach { addLink($0) }
            previousClosed = true
            return index + 1
        }
        noteVenue(ofMinutesLine: text)
        if inPreamble, items.isEmpty, readHeaderLine(line) {
            previousClosed = true
            return index + 1
        }
        previousWasDateOrTime = false
        appendToCurrent(line)
        previousClosed = LinePatterns.endsWithTerminalPunctuation(Substring(text))
        return index + 1
    }
}
