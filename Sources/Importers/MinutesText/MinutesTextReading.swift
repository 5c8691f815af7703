import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Something in the text the reader could not fully understand, at a 1-based line.
struct ReadingIssue: Sendable, Equatable {
    var severity: Diagnostic.Severity
    var code: String
    var message: String
    var line: Int?
}

/// The whole reading of one minutes or report text: layout detection, the reader for that layout,
/// the numeric facts, and the issues worth a diagnostic. Pure: text in, document and issues out.
struct MinutesTextReading: Sendable {
    var document: Document
    var issues: [ReadingIssue]
    var lineCount: Int
    /// The meetings a committee's list of meetings names, each with its line: records of their own.
    var listed: [(meeting: Document, line: Int)] = []

    /// "School Council Minutes 2016-17", "Parent Council minutes 2023/24": the body whose minutes of a year a page holds.
    static func bodyOfYearsMinutes(_ text: String) -> String? {
        guard text.utf8.count <= 100, let match = text.wholeMatch(of: /(.+?) [Mm]inutes:? (?:[0-9]{4})[-–\/](?:[0-9]{2}|[0-9]{4})/) else { return nil }
        let body = String(match.output.1)
        return LinePatterns.isTitleLike(body, maxLength: 80) && CouncilText.namesMeetingBody(body) ? body : nil
    }

    static func read(_ text: String) -> MinutesTextReading {
        let rawLines = WrappedPeopleLists.joined(FlattenedMinutes.parted(RunTogetherLabels.parted(ColumnedHeaderLabels.parted(GluedLabels.parted(LabelledItemTitles.unlabelled(PipeTableRows.joined(PageFooters.dropped(OrdinalSuperscripts.blanked(DocumentSiteWrapper.unwrapped(SourceLine.split(InlineMarkup.stripped(text))))))))))))
        let (lines, tableStart) = TableRendering.flatten(rawLines)
        // A flattened agenda table closes every row with "|": a last line without it was cut mid-row.
        let tableLeftOpen = tableStart != nil && !(rawLines.last(where: { !$0.isBlank })?.text.hasSuffix("|") ?? true)
        var layout: PageLayout
        if let tableStart {
            // An agenda table ("No. | Item |") is a ModernGov meeting page: its header is above the table.
            layout = PageLayout.detect(Array(lines[..<tableStart]))
            if [.agendaItem, .page, .meeting].contains(layout.kind) {
                layout.kind = .meeting
                layout.system = .modernGov
                layout.recognised = true
            }
            layout.bodyStart = min(layout.bodyStart, tableStart)
        } else {
            layout = PageLayout.detect(lines)
        }
        var document: Document
        var readerIssues: [ReadingIssue] = []
        if layout.kind == .report {
            document = ReportReader(lines: lines).read()
        } else if !layout.recognised, let agenda = FlattenedAgenda.find(in: lines) {
            var reader = MinutesReader(lines: lines, layout: layout)
            document = reader.read()
            readerIssues = reader.issues
            document.kind = .meeting
            document.committee = agenda.committee
            document.meetingDate = agenda.meetingDate
            document.venue = agenda.venue
            document.items = agenda.items.map { AgendaItem(number: $0.number, title: $0.title, line: agenda.line) }
            layout.kind = .meeting
            layout.recognised = true
        } else {
            var reader = MinutesReader(lines: lines, layout: layout)
            document = reader.read()
            readerIssues = reader.issues
        }
        // ("Dear Member of District Council": a summons' greeting names no committee.)
        if let committee = document.committee, committee.hasPrefix("Dear ") { document.committee = nil }
        // ("Present Present Present", "PART ONE", "High Needs Block": a register's marks or a table's headings read as people.)
        document.attendance = document.attendance.map { NameList.personInOfficeBracket($0) ?? $0 }
        // ("…; and D Leese, C": a copy cut off after an initial leaves a letter, no one.)
        document.attendance.removeAll(where: { NameList.namesNoOne($0) || NameList.isSentenceNotAPerson($0) || NameList.isWrappedPostTail($0)
            || NameList.isLoneInitial($0) })
        document.apologies.removeAll(where: { NameList.namesNoOne($0) || NameList.isSentenceNotAPerson($0) || NameList.isLoneInitial($0) })
        // ("Councillor Ann Archer, * Councillor Mark Dunn, …" over "* Absent": the starred members did not come.)
        if let starred = StarredAbsences.find(in: text) {
            StarredAbsences.removing(starred, from: &document.attendance)
        }
        // ("Name Tim Coulson (TC)": a table's column heading glued to its first person.)
        // ("Mr. M. Brow Governor Representative (Kirkton Middle School)", "G. Irv Commercial Manager": the person, not the post.)
        document.attendance = document.attendance.map(NameList.droppingColumnHeading).map(NameList.droppingTitledPersonsPost)
        document.apologies = document.apologies.map(NameList.droppingColumnHeading).map(NameList.droppingTitledPersonsPost)
        // ("Stewart HUNTER" / … / "Councillor Stewart HUNTER Convener, in the Chair.": the chair's line names again one
        // already listed, with the chair's post.)
        document.attendance = NameList.droppingPeopleNamedAgain(document.attendance)
        // ("Agreed Report of Board of Management", "Minutes from Parent Council": what the document is, before the body.)
        document.committee = document.committee.map(PageLayout.droppingRecordWords)
        document.venue = document.venue.map(VenueText.endingBeforeTime)
        if let venue = document.venue, VenueText.isNoticeSentence(venue) { document.venue = nil }
        // A page with no heading the reader knows that lists those present and those who sent apologies is a
        // meeting's minutes.
        if document.kind == .page, !layout.recognised, !document.attendance.isEmpty, !document.apologies.isEmpty {
            document.kind = .meeting
        }
        // ("10th March 2011" / "(JY) Jane Young (Preschool Alliance)" / …: a day alone at the top, then the people there.)
        if document.kind == .page, !layout.recognised, document.attendance.count >= 3, document.meetingDate == nil,
           let first = lines.first(where: { !$0.isBlank }), let day = PageLayout.dateOfDateLine(first.text) {
            document.kind = .meeting
            document.meetingDate = day
        }
        if document.kind == .meeting, document.venue == nil, let committee = document.committee {
            document.venue = PageLayout.venueBetweenBodyAndDay(lines, committee: committee, meetingDate: document.meetingDate)
        }
        if document.effectiveDate == nil, let found = HeaderDate.find(in: lines) {
            document.date = found.date
            document.dateBasis = "content"
        }
        if let last = lines.last(where: { !$0.isBlank }), ReadingIssues.isCutOff(last.text) {
            NameList.droppingNameCutShort(from: &document.apologies, lastLine: last.text)
            NameList.droppingNameCutShort(from: &document.attendance, lastLine: last.text)
        }
        document.facts = FactCollector.facts(of: document)
        var listed: [(meeting: Document, line: Int)] = []
        if document.kind == .committee {
            listed = listedMeetings(in: lines[min(layout.bodyStart, lines.count)...], committee: document.committee)
            if !listed.isEmpty { document.kind = .meetingList }
        } else if [.page, .meeting, .notes].contains(document.kind), document.attendance.isEmpty,
                  // (Rows read as unnumbered items' titles are the rows themselves.)
                  document.items.allSatisfy({ ListedMeeting.parse($0.title) != nil && $0.number == nil }),
                  document.apologies.isEmpty, let rows = datedRows(in: lines) {
            // A site's page of a body's meetings ("Papers from 3 February 2022", "FULL GOVERNING BODY: 9th September 2025", one a
            // line): a list of meetings, whatever heading ("Minutes") made it look like one meeting's page. The body is the
            // page's first line when that names one; a meeting's day or place read from the heading is no one meeting's.
            let first = lines.first { !$0.isBlank && !PageLayout.isContactLine($0.text) }?.text ?? ""
            document.committee = LinePatterns.isTitleLike(first, maxLength: 100) && CouncilText.namesMeetingBody(first)
                && DateText.firstDate(in: first) == nil ? LinePatterns.trimTrailingPunctuation(first) : nil
            // ("School Council Minutes 2016-17": the body, the word for its documents and the school year they cover.)
            if document.committee == nil, let body = Self.bodyOfYearsMinutes(first) {
                document.committee = body
                document.title = first
            }
            document.meetingDate = nil
            document.venue = nil
            document.kind = .meetingList
            // (What was read under a row stays in the page's text.)
            document.blocks += document.items.flatMap { $0.description + $0.minutes + $0.decisionsOutsideMinutes }
            document.items = []
            layout.recognised = true
            readerIssues.removeAll { $0.code == "minutes.no-items" }
            listed = rows.map { row in
                (Document.listedMeeting(committee: row.meeting.committee ?? document.committee, meetingDate: row.meeting.date, status: row.meeting.status), row.line)
            }
        }
        var issues = readerIssues + ReadingIssues.find(in: document, lines: lines, layout: layout, tableLeftOpen: tableLeftOpen)
        issues.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return MinutesTextReading(document: document, issues: issues, lineCount: lines.count, listed: listed)
    }

    /// Three rows or more that are each a listed meeting and nothing else ("Papers from 3 February 2022", "FULL GOVERNING BODY:
    /// 9th September 2025", "12 March 2024"), with their lines; nil for fewer (a page that names a day or two is no list).
    static func datedRows(in lines: [SourceLine]) -> [(meeting: ListedMeeting, line: Int)]? {
        var rows: [(meeting: ListedMeeting, line: Int)] = []
        var previous: SourceLine?
        for line in lines where !line.isBlank {
            defer { previous = line }
            guard line.text.utf8.count <= 100, line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            // ("Date of Meeting:" / "15th July 2014": a label's value, the day of the one meeting the page is about.)
            if let previous, previous.text.hasSuffix(":"), Labels.parse(previous.text) != nil { continue }
            let text = LinePatterns.bullet(line.text)?.rest ?? line.text
            // ("Date of Next Meeting: September 16th 2014": the next meeting's day, under the one the page is about.)
            if TextScan.contains(text.lowercased(), ascii: "next meeting") { continue }
            if let row = ListedMeeting.parse(text) { rows.append((row, line.number)) }
        }
        // Three meetings on three days: a blog post's date and its one meeting's heading list nothing.
        let days = Set(rows.map { $0.meeting.date.iso8601 })
        return rows.count >= 3 && days.count >= 3 ? rows : nil
    }

    /// A committee's "Browse meetings" page lists its meetings one a line ("Tue 12 Mar 2024 6.00 pm",
    /// "15 Mar 2026 6.30 pm CANCELLED"): each line that is only such a row is a meeting of the committee.
    static func listedMeetings(in lines: ArraySlice<SourceLine>, committee: String?) -> [(meeting: Document, line: Int)] {
        lines.compactMap { line in
            guard !line.isBlank, let row = ListedMeeting.parse(LinePatterns.bullet(line.text)?.rest ?? line.text) else { return nil }
            return (Document.listedMeeting(committee: row.committee ?? committee, meetingDate: row.date, status: row.status), line.number)
        }
    }
}

/// What is worth telling the user about a reading: an unknown layout, a missing date or title,
/// text cut off mid-sentence. Messages name the place, never the people in the text.
enum ReadingIssues {
    /// `tableLeftOpen`: the page's agenda table stops inside a row (its last row never closed with "|").
    static func find(in document: Document, lines: [SourceLine], layout: PageLayout, tableLeftOpen: Bool = false) -> [ReadingIssue] {
        var issues: [ReadingIssue] = []
        let firstLine = lines.first { !$0.isBlank }?.number
        if lines.allSatisfy(\.isBlank) {
            issues.append(ReadingIssue(severity: .warning, code: "minutes.empty", message: "the file holds no text", line: nil))
            return issues
        }
        if !layout.recognised {
            // A plain document (a strategy, a scorecard) read as paragraphs is normal, not a problem.
            issues.append(ReadingIssue(severity: .note, code: "minutes.unrecognised-layout",
                message: "no council page or report layout was recognised (no page title such as \"Agenda item\", no \"Minutes:\" label, no resolutions); read as paragraphs",
                line: firstLine))
        }
        // A committee's own page, or its list of meetings, names the committee; it has no title or date of its own to miss.
        let expectsTitleAndDate = document.kind != .committee && document.kind != .meetingList
        if expectsTitleAndDate, document.title?.isEmpty ?? true {
            issues.append(ReadingIssue(severity: .note, code: "minutes.no-title",
                message: "no title was found at the top of the text", line: firstLine))
        }
        if expectsTitleAndDate, document.effectiveDate == nil {
            issues.append(ReadingIssue(severity: .warning, code: "minutes.no-date",
                message: "no meeting or document date was found", line: nil))
        }
        issues.append(contentsOf: blockIssues(in: document))
        // A line of no-break spaces is as blank as an empty one.
        if let last = lines.last(where: { !$0.isBlank && !$0.text.allSatisfy { $0.isWhitespace } }),
           isCutOff(last.text) || (tableLeftOpen && last.number == lines.last(where: { !$0.isBlank })?.number)
            || stopsMidWord(last.text, in: lines) {
            issues.append(ReadingIssue(severity: .warning, code: "minutes.truncated",
                message: "the text stops mid-sentence; imported as far as it goes", line: last.number))
        }
        return issues
    }

    /// A decision's outcome in one word, under a "Decision" label.
    static let outcomeWords: Set<String> = ["APPROVED", "AGREED", "NOTED", "ENDORSED", "DEFERRED", "REFUSED", "ACCEPTED", "CARRIED",
                                            "RATIFIED", "REJECTED", "WITHDRAWN"]

    /// Resolutions with no wording and tables whose rows disagree on their number of cells.
    static func blockIssues(in document: Document) -> [ReadingIssue] {
        var issues: [ReadingIssue] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                if block.kind == .resolution, (block.children ?? []).isEmpty, let text = block.text, let marker = block.marker,
                   LinePatterns.letterCount(text) <= LinePatterns.letterCount(marker) + 4,
                   // ("Decision" / "APPROVED": the outcome in one word is the decision's whole wording.)
                   !(marker == "Decision" && outcomeWords.contains(text.trimmingCharacters(in: CharacterSet(charactersIn: " .")).uppercased())) {
                    issues.append(ReadingIssue(severity: .warning, code: "minutes.empty-resolution",
                        message: "a resolution (\(marker)) with no wording and no sub-items; its text may be missing", line: block.line))
                }
                if block.kind == .table, let rows = block.rows, Set(rows.map(\.count)).count > 1 {
                    issues.append(ReadingIssue(severity: .note, code: "minutes.ragged-table",
                        message: "table rows have different numbers of cells; kept as written", line: block.line))
                }
                walk(block.children ?? [])
            }
        }
        walk(document.blocks)
        for item in document.items {
            walk(item.description)
            walk(item.minutes)
            walk(item.decisionsOutsideMinutes)
        }
        return issues
    }

    /// Mostly capitalised words (small joining words aside), as names of posts and teams are.
    static func isTitleLike(_ text: Substring) -> Bool {
        let small: Set<String> = ["and", "or", "of", "the", "for", "in", "to", "a", "an", "&"]
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init).filter { !small.contains($0) }
        guard !words.isEmpty, !(text.hasSuffix(",") || text.hasSuffix(" and") || text.hasSuffix(" or")) else { return false }
        let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
        return capitalised * 10 >= words.count * 8
    }

    /// A last line that ends without closing punctuation, in the middle of prose or of a clause.
    /// Short lower-case words a title or a line may end on.
    static let shortWords: Set<String> = ["of", "to", "in", "on", "at", "by", "an", "as", "is", "it", "be", "we", "he", "or", "no",
                                          "so", "up", "do", "go", "my", "me", "us", "am", "the", "and", "for", "are", "was", "has",
                                          "had", "not", "all", "any", "can", "may", "new", "one", "two", "six", "ten", "our", "its",
                                          "per", "via", "etc", "use", "due", "set", "out", "off", "key", "see", "day", "age", "aid",
                                          "pay", "tax", "law", "act", "who", "how", "why", "far", "few", "own", "end", "low", "way"]

    /// "7", "Item 8 Establish", "4 MINUTES OF PREVIOUS MEE": an item's number, alone or before a heading of ten words at
    /// most (not a day: "86 06.06.2016").
    static func isItemHeadingAlone(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("Item ") { body = body.dropFirst(5) }
        let number = body.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard (1...5).contains(number.count), number.first?.isNumber == true else { return false }
        let rest = body.dropFirst(number.count)
        guard rest.isEmpty || rest.first == " " else { return false }
        let heading = rest.trimmingSpaces()
        return LinePatterns.wordCount(String(heading)) <= 10 && DateText.firstDate(in: String(heading)) == nil
            && !heading.contains(where: \.isNumber)
    }

    /// Words that close minutes whole though a longer word holds them ("Chair" under "Chairman").
    static let closingWords: Set<String> = ["Chair", "Chairman", "Chairperson", "Convener", "Signed", "Date", "Dated", "Clerk", "Close", "Closed", "Secretary"]

    /// Whether the last line stops inside a word: an unclosed bracket ("(i"), or a last word of four letters or more that
    /// the text never prints whole but does print as the start of a longer word ("… Scrutiny for Policies, Childre" in a
    /// text that says "Children"; "Reason for Decis" where "Decision" is printed).
    static func stopsMidWord(_ text: String, in lines: [SourceLine]) -> Bool {
        guard let lastWord = text.split(separator: " ").last else { return false }
        if lastWord.hasPrefix("("), !lastWord.contains(")"), lastWord.count <= 4, lastWord.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber }) {
            return true
        }
        // "… and D Leese, C": a copy cut off after the initial of the next person in a list.
        if lastWord.count == 1, let letter = lastWord.first, letter.isUppercase, letter != "A", letter != "I",
           case let before = text.dropLast(), before.hasSuffix(", ") || before.hasSuffix(" and ") {
            return true
        }
        guard lastWord.count >= 4, lastWord.allSatisfy(\.isLetter), !closingWords.contains(String(lastWord)) else { return false }
        let fragment = lastWord.lowercased()
        var extended = false
        // (Every line but the last one's own last word; words compared without their punctuation.)
        // (Asked only of a text whose last line ends on a bare word: most end on a full stop.)
        for (position, line) in lines.enumerated() where line.text.utf8.count >= fragment.utf8.count {
            let lower = line.text.lowercased()
            guard lower.contains(fragment) else { continue }
            let words = lower.split(whereSeparator: { !$0.isLetter })
            for (index, word) in words.enumerated() {
                if position == lines.count - 1 || line.text == text, index == words.count - 1 { continue }
                if word == fragment { return false }
                if word.count > fragment.count, word.hasPrefix(fragment) { extended = true }
            }
        }
        return extended
    }

    static func isCutOff(_ text: String) -> Bool {
        if text.hasPrefix("|") || LinkLine.parse(text, line: nil) != nil || LinkLine.sizeOnly(text) != nil { return false }
        if Labels.parse(text) != nil || LinePatterns.isTimeOnly(text) { return false }
        let trimmed = Substring(text).trimmingSpaces()
        // "Contact Sharon McM for future meeting details – sharon.mcm@kirkton.gov.uk": an address or a link ends the line whole.
        if let lastWord = trimmed.split(separator: " ").last,
           lastWord.contains("@") && lastWord.contains(".") || lastWord.hasPrefix("http") || lastWord.hasPrefix("www.") { return false }
        if LinePatterns.endsWithTerminalPunctuation(trimmed) { return false }
        // A header line that ends with its date ("Cabinet - Monday 2 February 2026 5.00 pm on February 2, 2026").
        // The date's place is in the string searched, so that string is the one cut.
        let searched = String(trimmed)
        if let last = DateText.allDates(in: searched).last,
           searched[last.range.upperBound...].allSatisfy({ $0 == " " || $0 == "." }) { return false }
        // A title-like list item ("- Assistant Director, Early Help and Prevention") needs no full
        // stop; a bullet of prose that stops mid-word ("· As well as the 26 cases the inspectio") is cut.
        // A bullet with nothing after it: the copy stopped as the next point began.
        if trimmed.count == 1, let only = trimmed.first, "-•·Ø*▪–".contains(only) { return true }
        if let first = trimmed.first, "-•·Ø*▪–".contains(first), isTitleLike(trimmed.dropFirst()) { return false }
        // "(d) endorse": a lettered point that opens in lower case is prose, and prose stops with a full stop.
        if let point = LinePatterns.enumerator(String(trimmed)), let opening = point.rest.first, opening.isLowercase { return true }
        // An item's number, alone or with its heading ("7", "Item 8 Establish", "7 To circulate the Monit"), as the last
        // line: minutes do not end on a heading with nothing under it, so the copy stopped there.
        if Self.isItemHeadingAlone(String(trimmed)) { return true }
        // A short title-like closing line ("Appendices", "N/A", "ILACS Report") is complete; one that
        // stops on a lone letter ("Apologies for A"), a joining word, in lower case ("we") or in markup is cut.
        if LinePatterns.wordCount(text) <= 6 && !(trimmed.hasSuffix(" and") || trimmed.hasSuffix(" or") || trimmed.hasSuffix(",")) {
            let lastWord = trimmed.split(separator: " ").last.map(String.init) ?? ""
            // "Positive pr": a lower-case stub of two or three letters that is no word of its own.
            let stub = (2...3).contains(lastWord.count) && lastWord.allSatisfy(\.isLowercase) && !shortWords.contains(lastWord)
            let stopsShort = (lastWord.count == 1 && lastWord.first?.isLetter == true) || stub
                || BlockBuilder.endsOnJoiningWord(String(trimmed))
                || trimmed.first?.isLowercase == true || trimmed.first.map { ".,;:".contains($0) } == true
                || trimmed.contains("<") || trimmed.contains(">")
            return stopsShort
        }
        return true
    }
}
