import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Labelled lines (`Minutes:`, `Decision:`, `Venue: ...`, `Present: ...`): what each changes.
extension MinutesReader {
    /// Acts on a recognised label: starts a part of the item, stores a field, or starts collecting names.
    mutating func handle(_ label: LabelledLine, line: SourceLine) {
        let valueLine = SourceLine(number: line.number, text: label.value, isBold: false)
        switch label.role {
        case .minutes:
            inPreamble = false
            destination = .minutes
            startSegment(.minutes)
            sawAnyMinutesLabel = true
            if !items.isEmpty { items[items.count - 1].sawMinutesLabel = true }
            if !label.value.isEmpty { appendToCurrent(valueLine) }
            // ModernGov's "1." / "APOLOGIES" / "To receive any apologies for absence." / "Minutes:" / "Councillors A, B
            // and C; D (Church in Wales).": under an item titled for apologies, the minutes name those who sent them.
            if label.value.isEmpty, collecting == nil, let item = items.last, NameList.isApologiesItemTitle(item.title) {
                collecting = .apologies
                collectedNames = false
                listUnderApologiesTitle = true
            }
        case .decision:
            inPreamble = false
            destination = .decision
            startSegment(.decision, wrapsDecision: true)
            if !label.value.isEmpty {
                appendToCurrent(valueLine)
                let value = label.value.trimmingCharacters(in: .whitespaces)
                // (A value that ends on ":", a comma or "that" leads into more.)
                // ("Decision: |", a table's cell border, states nothing: the decision is on the next line.)
                inlineDecisionMayEnd = value.contains(where: \.isLetter) && ![":", "-", "–", ","].contains(where: { value.hasSuffix($0) })
                    && !BlockBuilder.endsOnJoiningWord(value)
            }
        case .decisionSubject:
            // The record's subject names it; the decision follows under it, unlabelled.
            let subject = LinePatterns.trimTrailingPunctuation(label.value.trimmingCharacters(in: .whitespaces))
            if !subject.isEmpty, layout.kind == .decision { document.title = subject }
            inPreamble = false
            destination = .decision
            startSegment(.decision, wrapsDecision: true)
        case .decisionDetail:
            // "Reasons for the decision:", "Alternative options considered:": about the decision, not part of
            // it. They go on with the item's minutes (or the page's text) under their heading.
            inPreamble = false
            destination = items.isEmpty ? .body : .minutes
            startSegment(destination, heading: label.label, headingLine: line.number)
            if !label.value.isEmpty { appendToCurrent(valueLine) }
        case .documents:
            inPreamble = false
            destination = .documents
            if !label.value.isEmpty, let links = LinkLine.parse(label.value, line: line.number) { links.forEach { addLink($0) } }
        case .description:
            destination = items.isEmpty ? .body : .description
            startSegment(destination, heading: label.label, headingLine: line.number)
            if !label.value.isEmpty { appendToCurrent(valueLine) }
        case .heading:
            if destination == .documents { destination = items.isEmpty ? .body : .minutes }
            startSegment(destination, heading: label.label, headingLine: line.number)
            if !label.value.isEmpty { appendToCurrent(valueLine) }
        case .venue:
            if document.venue == nil, !label.value.isEmpty { document.venue = VenueText.clean(label.value) }
        case .attendance, .apologies:
            collecting = label.role
            collectedNames = false
            listNamedOnItsLabelLine = label.value.trimmingCharacters(in: .whitespaces).isEmpty ? nil : label.role
            // ("Present: HM Smith (chair)   EH Baker   L Henderson": the people kept apart by runs of spaces.)
            if let cells = line.cells, cells.count >= 2, let first = Labels.parse(cells[0]), first.role == label.role, !first.value.isEmpty,
               let people = NameList.peopleInSpacedColumns([first.value] + cells.dropFirst()) {
                collectNames(people.joined(separator: ", "), role: label.role)
            } else if !label.value.isEmpty {
                collectNames(label.value, role: label.role)
            }
        case .meetingLine:
            let meeting = Self.meetingReference(label.value)
            if meeting.date == nil { reportUnreadableDate(label, line: line.number) }
            if layout.kind == .issueHistory {
                startIssueItem(meeting, line: line.number)
            } else {
                adopt(meeting, asItem: true)
            }
        case .decidedAtMeeting:
            let meeting = Self.meetingReference(label.value)
            if meeting.date == nil { reportUnreadableDate(label, line: line.number) }
            if let date = meeting.date { document.meetingDate = date }
            if let committee = meeting.committee { document.committee = committee }
            document.properties["decidedAtMeeting"] = label.value
        case .documentDate:
            if let date = DateText.firstDate(in: label.value) {
                document.date = date
                document.dateBasis = "content"
            } else {
                reportUnreadableDate(label, line: line.number)
            }
            setProperty(label)
        case .meetingDate:
            let date = DateText.firstDate(in: label.value)
            if date == nil { reportUnreadableDate(label, line: line.number) }
            if document.meetingDate == nil { document.meetingDate = date }
            // ("Date of Board of Management Meeting: 23/10/24": the body the label names met that day.)
            if document.committee == nil, let body = Labels.bodyOfDateLabel(label.label), CouncilText.namesMeetingBody(body) {
                document.committee = body
            }
        case .committee:
            if document.committee == nil, !label.value.isEmpty { document.committee = Self.bodyOfMeeting(LinePatterns.trimTrailingPunctuation(label.value)) }
        case .property:
            setProperty(label)
            // A decision maker that is a body that meets ("Cabinet") is the committee; a post ("Director of
            // Children's Services") is no committee.
            if Labels.camelCase(label.label) == "decisionMaker", document.committee == nil, !label.value.isEmpty,
               CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(label.value)) {
                document.committee = LinePatterns.trimTrailingPunctuation(label.value)
            }
            // "Decision due: 1 Feb 2024 by Cabinet": the body that is to take the decision (on an issue's page).
            if Labels.camelCase(label.label) == "decisionDue", document.committee == nil, layout.kind == .issueHistory,
               let by = label.value.range(of: " by ", options: .backwards),
               case let body = LinePatterns.trimTrailingPunctuation(label.value[by.upperBound...].trimmingSpaces()),
               CouncilText.namesMeetingBody(body) {
                document.committee = body
            }
        }
    }

    /// A label that should carry a date but holds none in a form we read (e.g. no year).
    mutating func reportUnreadableDate(_ label: LabelledLine, line: Int) {
        issues.append(ReadingIssue(severity: .warning, code: "minutes.unreadable-date",
            message: "\"\(label.label):\" holds no date in a known format (dd/mm/yyyy or day month year)", line: line))
    }

    /// Stores a labelled field; dates are stored as ISO 8601 when the whole value is one date.
    mutating func setProperty(_ label: LabelledLine) {
        guard !label.value.isEmpty else { return }
        let key = Labels.camelCase(label.label)
        if let date = DateText.parse(label.value), key.lowercased().contains("date") || key == "effectiveFrom" || key.hasSuffix("Deadline") {
            document.properties[key] = date.iso8601
        } else {
            document.properties[key] = label.value
        }
    }

    /// "London Safeguarding Children Board Meeting" (under "Meeting Title:") → the body that met; any other name as it is.
    static func bodyOfMeeting(_ name: String) -> String {
        guard name.lowercased().hasSuffix(" meeting"), case let body = String(name.dropLast(" meeting".count)),
              CouncilText.namesMeetingBody(body) else { return name }
        return body
    }

    /// Adds the names on a line under `Present:` or `Apologies:` to the attendance or the apologies.
    mutating func collectNames(_ text: String, role: LabelRole) {
        // ("IN ATTENDANCE: Lisburn & Castlereagh City Council": the body the officers below come from.)
        if NameList.isOneBodyWithAmpersand(text) { return }
        // "Attendees: MW, LR, DD (part).  (Apologies GH, LM )": those who sent apologies, in a bracket after the list.
        if role == .attendance, let bracket = Self.apologiesInBracket(text) {
            for name in NameList.names(in: bracket.names) where !document.apologies.contains(name) { document.apologies.append(name) }
            collectNames(bracket.rest, role: role)
            return
        }
        if role == .attendance, let people = NameList.peopleBeforeTheirInitialsRunOn(text) {
            document.attendance.append(contentsOf: people)
            collectedNames = true
            namesLineEndedOpen = false
            blankInNames = false
            return
        }
        // "PRESENT: Councillors: Councillor Natasha Airey and Councillor Dee Quick.": the first group's label, then its people.
        // (A label of three words at most: "Eve Anders Ellen Coll Staff: Kate D" is a flattened list's people and the next label.)
        if let people = NameList.groupLabelValue(text), !people.isEmpty, people.count < text.count,
           text[..<(text.firstIndex(of: ":") ?? text.endIndex)].split(separator: " ").count <= 3 {
            collectNames(String(people), role: role)
            return
        }
        // "Present: School members": the label's value opens the first group of the list, and names no one.
        if NameList.groupLabelValue(text + ":") != nil {
            collectedNames = false
            namesLineEndedOpen = false
            blankInNames = false
            return
        }
        // "Present: Mr D Mun, Parent Representative … 1, APOLOGIES AND WELCOME Apologies were intimated on behalf of Ms Ang
        // and Mrs Tur.": a copy that ran the list into the apologies item; those after "on behalf of" sent apologies.
        // ("… Mrs N You (Recorder) An apology for non-attendance was received from Dr Corn, …": the same in the singular.)
        if role == .attendance, let split = text.range(of: " Apologies ") ?? text.range(of: " An apology ") ?? text.range(of: " Apology "),
           text.distance(from: text.startIndex, to: split.lowerBound) >= 10 {
            let sentence = String(text[text.index(after: split.lowerBound)...])
            if NameList.mayNameSenders(sentence), NameList.namesAfterFrom(in: sentence) != nil {
                let before = document.attendance.count
                collectNames(String(text[..<split.lowerBound]), role: .attendance)
                // (Each person opens with a title, the comma after the last one's post lost: "Parent Representative and
                // Chair Mrs L Mor" is Mrs L Mor; "Parent 1" is the post and the next item's number.)
                let read = document.attendance[before...].compactMap(NameList.fromTitleOn)
                document.attendance.removeSubrange(before...)
                document.attendance.append(contentsOf: read)
                collectNames(sentence, role: .apologies)
                return
            }
        }
        // "Apologies were received from Councillors A and B." names people after "from".
        let sentenceNames = NameList.mayNameSenders(text) ? NameList.namesAfterFrom(in: text) : nil
        // Posts and bodies between the people ("Jane Hargreaves, Divisional Director – Education") are no one.
        // ("Attendees: A (Parent) B (Health Trainer)": a comma lost after each person's bracket.)
        var names = sentenceNames ?? NameList.names(in: text).flatMap(NameList.splitAfterBracket).filter { !NameList.isPostOrBody($0) }
        if role == .attendance, sentenceNames == nil {
            // ("Also in attendance: Lisa Hend Clerk to the Governors": the post run on after the name, no comma between.)
            names = names.map(NameList.droppingDashedPost).map { NameList.nameBeforeRunOnPost($0) ?? $0 }
        }
        names = names.compactMap(NameList.personBeforeRunOnText)
        if sentenceNames == nil {
            // ("D Parker, (Chairman – Other Business)": a bracket parted from its person is no one; "Democratic Services Officer
            // (J Turnbull)": a post, then the person holding it.)
            names = names.compactMap { entry in
                entry.hasPrefix("(") && entry.hasSuffix(")") && entry.filter({ $0 == ")" }).count == 1 ? nil : NameList.personInBracketAfterPost(entry) ?? entry
            }
            // ("(Depute Chief Executive (Resources and People Services) Elphinstone PC; PC; Colin Hend [Pencaitland PC]": a
            // copy's scrambled cells, opening with a bracket and holding several, no one's name.)
            names.removeAll { $0.hasPrefix("(") && ($0.contains(";") || $0.filter({ $0 == "(" }).count >= 2) }
        }
        // ("In attendance were A, B and Eleanor" / "Manson from the Scottish Government.": a given name whose surname wrapped.)
        // (Only among full names: "Councillors Smith, Jones and Brown" names everyone by a surname alone.)
        if sentenceNames == nil, names.count >= 2, let last = names.last, !last.contains(" "), last.first?.isUppercase == true,
           let end = text.last, end.isLetter,
           names.dropLast().allSatisfy({ $0.prefix { $0 != "(" }.split(separator: " ").count >= 2 }) {
            names.removeLast()
            givenNameWrapped = (last, role)
        }
        // ("CHAIR: Councillor Tommy Far, Chair." after the list that named him: the same person once.)
        let listed = Set((role == .attendance ? document.attendance : document.apologies).map(NameList.personKey))
        names = names.filter { !listed.contains(NameList.personKey($0)) }
        if role == .attendance { document.attendance.append(contentsOf: names) } else { document.apologies.append(contentsOf: names) }
        let substitutes = sentenceNames == nil ? [] : NameList.substitutes(in: text)
        document.attendance.append(contentsOf: substitutes)
        // "Apologies were received and accepted from Astrid" / "Gibson, …": a hard-wrapped sentence that stops on a name
        // goes on on the next line, and is read again whole with it.
        if sentenceNames != nil, let end = text.last, end.isLetter || end == ",", text.utf8.count >= 20 {
            senderSentenceWrapped = (text, role, role == .attendance ? 0 : names.count, (role == .attendance ? names.count : 0) + substitutes.count)
        }
        collectedNames = true
        // "PRESENT: Councillor X in the chair" names one person; the members follow on the next lines.
        namesLineEndedOpen = sentenceNames == nil && names.count == 1
        blankInNames = false
        // "… were submitted on behalf of Councillors A, B." is a whole statement: the list ends with it.
        if sentenceNames != nil { stopCollecting() }
    }

    /// "… DD (part).  (Apologies GH, LM )" → the names in the bracket and the list without it; nil without such a bracket.
    static func apologiesInBracket(_ text: String) -> (names: String, rest: String)? {
        guard TextScan.contains(text, ascii: "(Apolog"), let open = text.range(of: "(Apologies ") ?? text.range(of: "(Apologies: ") ?? text.range(of: "(Apologies:"),
              let close = text[open.upperBound...].firstIndex(of: ")") else { return nil }
        let names = text[open.upperBound..<close].trimmingCharacters(in: .whitespaces)
        guard !names.isEmpty else { return nil }
        var rest = String(text[..<open.lowerBound]) + String(text[text.index(after: close)...])
        rest = rest.trimmingCharacters(in: .whitespaces)
        return (names, rest)
    }

    /// Adds the people of one line of a names list, joining a name wrapped over two lines.
    mutating func collectPeople(_ people: [String], line text: String, role: LabelRole) {
        var people = people
        if let pending = pendingName {
            if let first = people.first, first.hasPrefix("(") || !pending.contains(" ") {
                people[0] = pending + " " + first
            } else {
                people.insert(pending, at: 0)
            }
            pendingName = nil
        }
        people = people.map(role == .apologies ? NameList.droppingReason : NameList.droppingDashedPost).compactMap(NameList.personBeforeRunOnText)
        blankInNames = false
        rowsSinceBlank += 1
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // "Bridie O’Mah (BO’M) +" under "+Denotes absence and apologies accepted": who sent apologies, not who came.
        if role == .attendance, people.count == 1, let mark = registerMarks.mark(ending: trimmed) {
            if mark == .apologies, !document.apologies.contains(where: { NameList.personKey($0) == NameList.personKey(people[0]) }) {
                document.apologies.append(LinePatterns.trimTrailingPunctuation(people[0].replacingOccurrences(of: " +", with: "")))
            }
            collectedNames = true
            namesLineEndedOpen = true
            return
        }
        // A bulleted list, one person a line, or a line ending with a comma goes on past a blank line.
        // (So do a table's rows of posts and people, "… Headteacher – Abbotts Primary Mrs L James", each person whole.)
        let postRow = NameList.titledPeopleAmongPosts(trimmed) != nil
        // ("A. Dav & F. Camp (Children, Young People & Families)": two people sharing a row of a list of one a line.)
        let sharedRow = people.count == 2 && (TextScan.contains(trimmed, ascii: " & ") || TextScan.contains(trimmed, ascii: " and ")) && trimmed.hasSuffix(")")
        namesLineEndedOpen = trimmed.hasSuffix(",") || trimmed.hasSuffix(";") || LinePatterns.bullet(trimmed) != nil || people.count == 1 || postRow
            || sharedRow
        postFollows = people.count == 1 && (trimmed.hasSuffix("-") || trimmed.hasSuffix("–"))
        // A list line that stops without a comma after several names may wrap its last name.
        if !namesLineEndedOpen, !trimmed.hasSuffix("."), !trimmed.hasSuffix(")"), people.count >= 2, let last = people.popLast() {
            pendingName = last
        }
        // ("Councillor Ann Kerr, Convener, in the Chair." after the list that named her: the same person once.)
        let listed = Set((role == .attendance ? document.attendance : document.apologies).map(NameList.personKey))
        // (A line that names one person twice, "…, Chris Wil, Marilyn Sur, …, Chris Wil, …", lists them once; "Ms G Ross, Mr G
        // Ross" are two.)
        var printed = Set<String>()
        people = people.filter { !listed.contains(NameList.personKey($0)) && printed.insert($0).inserted }
        if role == .attendance { document.attendance.append(contentsOf: people) } else { document.apologies.append(contentsOf: people) }
        collectedNames = true
    }

    /// Starts one group of a names list ("School members:"), whose names may follow on the same line,
    /// on the next, or after a blank line.
    mutating func startGroup(_ value: Substring, role: LabelRole) {
        if let pending = pendingName {
            if (collecting ?? role) == .apologies { document.apologies.append(pending) } else { document.attendance.append(pending) }
            pendingName = nil
        }
        collecting = role
        collectedNames = false
        blankInNames = false
        namesLineEndedOpen = false
        postFollows = false
        if !value.isEmpty { collectNames(String(value), role: role) }
    }

    /// Ends a names list, keeping a name held back in case it wrapped.
    mutating func stopCollecting() {
        if let pending = pendingName {
            if collecting == .apologies { document.apologies.append(pending) } else { document.attendance.append(pending) }
            pendingName = nil
        }
        collecting = nil
        registerPerson = nil
        readingRegister = false
        listNamedOnItsLabelLine = nil
        listHeadingLost = false
        listUnderApologiesTitle = false
        namesLineEndedOpen = false
        onePersonLines = 0
        initialledRows = 0
        organisationRows = 0
        postFollows = false
    }
}

extension MinutesReader {
    /// A "Meeting:" or "Decided at meeting:" value: the shared reading, or a committee alone when it names no date.
    static func meetingReference(_ value: String) -> MeetingReference {
        if let reference = MeetingReference.parse(value) { return reference }
        let committee = LinePatterns.trimTrailingPunctuation(value)
        return MeetingReference(committee: committee.isEmpty ? nil : committee)
    }

    /// Whether minutes (their heading says so) open with a list of people whose heading was lost: this line and the
    /// next two each one person beside a post or a body ("• Helen Gibson - EY Lead (Chair)", "Tim Browne / Head of
    /// Education, GCC / TB"), under no heading of members (an agenda's membership is no attendance).
    /// (Or the chair first, "Andrew Kenn (Chair) [AK]", then two lines of one person each: the list the chair heads.)
    func opensUnlabelledListOfPeople(at index: Int) -> Bool {
        let chairFirst = Self.isChairInList(lines[index].text)
        guard chairFirst || Self.isPersonBesidePost(lines[index]) else { return false }
        var next = index
        for _ in 0..<2 {
            guard let following = PageLayout.nextNonBlank(lines, after: next),
                  Self.isPersonBesidePost(lines[following]) || chairFirst && Self.isOnePerson(lines[following].text) else { return false }
            next = following
        }
        let heading = lines[..<index].lazy.filter { !$0.isBlank }.prefix(6).map { $0.text.lowercased() }
        guard (layout.title ?? "").lowercased().contains("minutes") || heading.contains(where: { $0.contains("minutes") || $0.hasPrefix("meeting held ") })
        else { return false }
        return !followsHeadingOfOthers(at: index)
    }

    /// Whether a bulleted list of people, one a bullet and three or more, opens here under no heading, and the line after it
    /// labels the others who attended ("In attendance:", "Also present:"): the list is the members present.
    func opensBulletedMembersBeforeOthersAttending(at index: Int) -> Bool {
        var next = index
        var people = 0
        while next < lines.count, let bullet = LinePatterns.bullet(lines[next].text) {
            guard let named = NameList.people(inLine: bullet.rest), named.count == 1, NameList.isPlausibleName(named[0]) else { return false }
            people += 1
            next += 1
        }
        guard people >= 3, let after = PageLayout.nextNonBlank(lines, after: next - 1), let label = Labels.parse(lines[after].text),
              label.role == .attendance, label.label.lowercased() != "present" else { return false }
        return !followsHeadingOfOthers(at: index)
    }

    /// "Andrew Kenn (Chair) [AK]", "Jo Bell - Chair": one person, marked as the meeting's chair.
    static func isChairInList(_ text: String) -> Bool {
        guard text.utf8.count <= 80, TextScan.contains(text, ascii: "Chair"), isOnePerson(text) else { return false }
        return text.contains("(Chair)") || text.contains("(Chairman)") || text.contains("(Chairperson)") || text.hasSuffix(" - Chair")
            || text.hasSuffix(" – Chair")
    }

    /// A line that is one person ("Dave Marr (DM)", "Councillor Debbie Shea").
    static func isOnePerson(_ text: String) -> Bool {
        guard text.utf8.count <= 80, let people = NameList.people(inLine: text), people.count == 1 else { return false }
        return NameList.isPlausibleName(people[0]) && !NameList.isPostOrBody(people[0])
    }

    /// A person beside a post or a body: on the line ("Helen Goll, Consultant in Public Health"), or in the first of its
    /// columns ("Mrs. C. Leith      Aberdeenshire").
    static func isPersonBesidePost(_ line: SourceLine) -> Bool {
        NameList.isPersonBesidePost(line.text) || line.cells.flatMap(NameList.personInFirstColumn) != nil
    }

    /// Whether a list that opens here, with no label, is the people present: this line and the next each a person
    /// beside their own initials ("(JY) Jane Youdale", "Jane Hume / JH / - / Kirkton BC"), under no heading of members.
    func opensListOfInitialledPeople(at index: Int) -> Bool {
        guard NameList.peopleBesideOwnInitials(lines[index].text) != nil,
              let next = PageLayout.nextNonBlank(lines, after: index), NameList.peopleBesideOwnInitials(lines[next].text) != nil else { return false }
        return !followsHeadingOfOthers(at: index)
    }

    /// A short line between two rows of people beside their initials, and no heading, item or sentence: the
    /// end of a cell of the row above that wrapped ("Vice Chair", "Manager, Kent Police").
    func isCellWrappedBetweenInitialledRows(at index: Int) -> Bool {
        let text = lines[index].text
        guard text.utf8.count <= 48, text.split(separator: " ").count <= 5, !text.contains(where: { $0.isNumber || $0 == ":" }),
              !LinePatterns.endsWithTerminalPunctuation(Substring(text)), LinePatterns.bullet(text) == nil,
              let next = PageLayout.nextNonBlank(lines, after: index) else { return false }
        return NameList.peopleBesideOwnInitials(lines[next].text) != nil
    }

    /// A short line right under a bulleted person, with no bullet, number or full stop of its own: the bullet's
    /// text wrapped onto the next line (the person's post or body), not another person.
    func continuesBulletedPerson(at index: Int) -> Bool {
        let text = lines[index].text
        guard index > 0, !lines[index - 1].isBlank, let bullet = LinePatterns.bullet(lines[index - 1].text),
              NameList.people(inLine: bullet.rest)?.count == 1, LinePatterns.bullet(text) == nil,
              LinePatterns.leadingNumber(text, requireDot: false) == nil, text.split(separator: " ").count <= 8,
              !LinePatterns.endsWithTerminalPunctuation(Substring(text)) else { return false }
        return true
    }

    /// A short heading with a colon and nothing after it ("Highland Council:", "NHS Kirkton:", "Youth Convener:") inside a
    /// list of people, the next line its people: a group of the list, which goes on under it.
    func opensGroupOfList(at index: Int) -> Bool {
        let text = lines[index].text
        guard text.utf8.count <= 50, text.hasSuffix(":"), Self.isHeadingOfGroup(text.dropLast(), line: text),
              let next = PageLayout.nextNonBlank(lines, after: index) else { return false }
        return Self.namesPeople(lines[next].text)
    }

    /// "School Groups : Mrs C Tarrant", "C of E Diocese : Mrs A Bradley": inside a list of people, the heading of one
    /// of its groups and that group's people on one line. The people, or nil for any other line.
    static func groupOfListWithPeople(_ text: String) -> Substring? {
        guard text.utf8.count <= 300, let colon = text.firstIndex(of: ":"), Self.isHeadingOfGroup(text[..<colon], line: text),
              // "Decision of the Cabinet Member: Mr P Quinn" names who decided, no group of the list.
              !text[..<colon].split(separator: " ").contains(where: { Self.wordsOfNoGroup.contains($0.lowercased()) }) else { return nil }
        let people = text[text.index(after: colon)...].trimmingSpaces()
        return namesPeople(String(people)) ? people : nil
    }

    /// Words a label naming people may hold that no group of a list of people does.
    private static let wordsOfNoGroup: Set<String> = ["decision", "decisions", "decided", "report", "reports", "by", "to", "item", "items",
                                                      "minutes", "date", "time", "venue", "contact", "author", "lead"]

    /// A group's heading in a list of people: a body's name of up to six capitalised words, not a label of the page
    /// ("Venue:", "Minutes:") nor the apologies.
    private static func isHeadingOfGroup(_ heading: Substring, line text: String) -> Bool {
        let heading = heading.trimmingSpaces()
        let words = heading.split(separator: " ")
        // ("Hants and IOW Learning Skills Council :": a body's name of six words.)
        guard heading.first?.isUppercase == true,
              (1...4).contains(words.count) || words.count <= 6 && words.allSatisfy({ $0.first?.isUppercase == true || ["and", "of", "for", "the"].contains($0) }), heading.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }),
              !heading.lowercased().hasPrefix("apolog") else { return false }
        // ("Apologies: A, B" / "In attendance: C, D": those in attendance are no group of the apologies.)
        if let label = Labels.parse(text), [.minutes, .decision, .decisionDetail, .documents, .description, .venue, .meetingLine, .apologies, .attendance]
            .contains(label.role) { return false }
        return true
    }

    /// The list a group of people belongs to: the apologies' own list, except for those who came to the meeting without
    /// sitting on the body ("Observers:", "Guests:", "Clerk:"; "Officers:" too after "Apologies: A, B", a list given whole
    /// on its label's line), who were there.
    static func roleOfGroup(_ text: String, in role: LabelRole, listNamedOnItsLabelLine: Bool) -> LabelRole {
        guard role == .apologies, let colon = text.firstIndex(of: ":") else { return role }
        let heading = text[..<colon].trimmingSpaces().lowercased()
        if attendingGroups.contains(heading) { return .attendance }
        if listNamedOnItsLabelLine, ["officers", "officers present", "officer", "council officers", "staff"].contains(heading) { return .attendance }
        return role
    }

    /// Headings of groups of people who attended a meeting without being its members.
    static let attendingGroups: Set<String> = ["observer", "observers", "guest", "guests", "visitor", "visitors", "clerk", "clerk to the meeting",
                                               "minute taker", "minute-taker", "minutes", "minuting", "notes", "note taker", "advisers",
                                               "advisors", "adviser", "advisor", "speaker", "speakers", "guest speaker", "presenter", "presenters",
                                               "in attendance", "also in attendance", "also present", "also attending", "attending",
                                               // ("APOLOGIES: A and B." / "CHAIR: Councillor C, Chair.": whoever chaired came.)
                                               "chair", "chairman", "chairperson", "convener", "in the chair"]

    /// Whether a line is people: two or more, or one with a title.
    private static func namesPeople(_ text: String) -> Bool {
        guard let people = NameList.people(inLine: text) else { return false }
        return people.count >= 2 || NameList.isMarkedPerson(text)
    }

    /// Whether a line or two above names people who are not those present: the members, those the papers went to,
    /// or "Attendees / Apologies" (a table of both whose columns ran together).
    func followsHeadingOfOthers(at index: Int) -> Bool {
        var above = index
        for _ in 0..<3 {
            guard let previous = PageLayout.previousNonBlank(lines, before: above) else { break }
            let lower = lines[previous].text.lowercased()
            if ["member", "membership", "distribution", "circulation", "invited", "apolog"].contains(where: { lower.contains($0) }) { return true }
            above = previous
        }
        return false
    }
}
