import CouncilText
import EvidenceModel
import Foundation

/// Whether a line is the title of an unnumbered item, or a line no title is: an item's paper, people and posts, prose and
/// the agenda's wording, time slots, titles in capitals, and the renderings ModernGov gives its tables.
extension MinutesReader {
    /// "Co-ordinated School Admission Schemes for 2017 … pdf icon PDF 170 KB" → the title without ModernGov's paper after it.
    static func droppingPaper(_ text: String) -> String {
        guard let range = TextScan.range(of: " pdf icon ", in: Substring(text)) else { return text }
        return String(text[..<range.lowerBound])
    }

    /// A title of up to 160 characters with ModernGov's paper after it ("… pdf icon PDF 170 KB").
    static func isTitleWithPaper(_ text: String) -> Bool {
        let title = droppingPaper(text)
        return title.utf8.count < text.utf8.count && LinePatterns.isTitleLike(title, maxLength: 160)
    }

    /// Whether a short line naming a kind of member ("Reserve Member", "Ordinary Members") stands over people: a titled
    /// person is one of the next two lines with text.
    func headsAColumnOfPeople(at index: Int) -> Bool {
        let words = lines[index].text.split(separator: " ")
        guard words.count <= 3, let last = words.last, NameList.groupNouns.contains(last.lowercased()) else { return false }
        var position = index
        for _ in 0..<2 {
            guard let next = PageLayout.nextNonBlank(lines, after: position) else { return false }
            if Self.isTitledPersonAlone(lines[next].text) { return true }
            position = next
        }
        return false
    }

    /// "Report of the Director of Children’s Services", "Joint report of …", "Report by the Chief Executive": whose paper an
    /// item is.
    static func namesWhoseReport(_ text: String) -> Bool {
        ["Report of ", "Report by ", "Joint report of ", "Joint Report of ", "REPORT OF ", "REPORT BY "].contains { text.hasPrefix($0) }
    }

    /// Sites that print no numbers: a short title-like line, alone after a blank line, following a
    /// finished sentence or a structural line.
    func isUnnumberedTitle(at index: Int) -> Bool {
        let line = lines[index]
        // ("Annual Accounts:" over its paragraph: a title with its colon, where items are headed in ordinary case.)
        let text = sentenceCaseItems && line.text.hasSuffix(":") && !line.text.hasSuffix("::") ? String(line.text.dropLast()) : line.text
        // (Where items open with their times, the time says enough: "Sue Bro" above it closes nothing.)
        let timeLed = itemsLedByTimes && Self.titleAfterTimeSlot(text) != nil
        guard index == layout.bodyStart || lines[index - 1].isBlank, !line.isBold,
              previousClosed || timeLed || previousLineStatesSomething(before: index)
                || PageLayout.previousNonBlank(lines, before: index).map({ Self.namesPeopleOnly(lines[$0].text) || Self.isTitledPersonAlone(lines[$0].text) }) == true
                || items.count >= 2 && headsAdditionalDocuments(at: index) && isAdditionalDocumentsRendering(before: index),
              // (A title's paper, "pdf icon PDF 170 KB", is no part of its length.)
              LinePatterns.isTitleLike(text, maxLength: 120) || Self.isTitleWithPaper(text),
              LinePatterns.wordCount(Self.droppingPaper(text)) <= 16, !text.hasSuffix(":-"),
              LinePatterns.bullet(text) == nil, LinePatterns.enumerator(text) == nil, LinePatterns.paragraphNumber(text) == nil,
              // ("AGREED SYLLABUS", a table row's title, is no resolution.)
              line.startsTableRow || LinePatterns.resolutionMarker(text) == nil, DateText.parse(text) == nil,
              // ("Mr D Millar in the Chair" says who chaired.)
              !text.lowercased().hasSuffix(" in the chair"),
              // "To confirm the minutes of …" is what the agenda asks, not an item's title.
              !(text.hasPrefix("To ") && text.dropFirst(3).first?.isLowercase == true),
              // ("Ordinary Member" / "Reserve Member" / "Councillor Mitzi Gre" / "Councillor Brian Gat": a table of people under a
              // resolution, its headings and its people, is no run of items.)
              !Self.isTitledPersonAlone(text), !headsAColumnOfPeople(at: index),
              // ("Cllr Carys Jon (Chair Kirkton Education Scrutiny Committee)" under "Apologies for Absence": a titled person and
              // their post, no item.)
              !(NameList.hasPersonalTitle(text) && NameList.isPersonWithBracketedPost(text)),
              // ("Academy Conversion Process pdf icon PDF 93 KB" / "Report of the Executive Director of Place": whose report the
              // item is, under its title.)
              !(Self.namesWhoseReport(text) && PageLayout.previousNonBlank(lines, before: index).map {
                  lines[$0].number == items.last?.line || TextScan.contains(lines[$0].text, ascii: " pdf icon ") } == true),
              !Self.statesSomething(text),
              // "Ms S Lamont, Mr W Skene": a roll call, not an item.
              // ("Cllr M Pim and Sally Ann Jen": the apologies item's people, its title lost.)
              case let people = NameList.people(inLine: text),
              !(people.map { $0.count >= 2 && NameList.looksLikeRollCall($0) } ?? false), !Self.namesPeopleOnly(text, people: people),
              // ("Frances Tro, Head of Housing and Homelessness": a person beside a post, of a list whose labels went astray.)
              !(text.utf8.count <= 80 && TextScan.contains(text, ascii: ", ") && NameList.isPersonBesidePost(text)),
              // ("Sarah Morg – Head of Education", "Education Services" over such lines: those invited to the item, and their
              // service, whose "Invitees:" label a copy lost.)
              !Self.isPersonDashPost(text),
              let next = PageLayout.nextNonBlank(lines, after: index),
              !(LinePatterns.wordCount(text) <= 4 && Self.isPersonDashPost(lines[next].text)) else { return false }
        if inPreamble, items.isEmpty, VenueText.looksLikeVenue(text) && previousWasDateOrTime { return false }
        // ModernGov's "Agenda and minutes" rendered with "Additional documents:" under every item's title: a line without it
        // ("Councillor C Pres" in the declarations table) is the item's content, once every item so far has had it.
        if items.count >= 2, !TextScan.contains(text, ascii: "pdf icon"), isAdditionalDocumentsRendering(before: index), !headsAdditionalDocuments(at: index) {
            return false
        }
        // ModernGov's agenda whose every item so far has opened its text with what the meeting is asked to do ("Election of
        // Chairman" / "To elect a Chairman for the year 2020/2021."): a heading without such a line under it ("Board
        // Management" inside the terms of reference an item quotes) is the item's content.
        if items.count >= 3, layout.system == .modernGov, let next = PageLayout.nextNonBlank(lines, after: index),
           !Self.asksTheMeeting(lines[next].text), everyItemAsksTheMeeting() {
            return false
        }
        // Where the first item's line opened with its time, every item's does: a line without one is the
        // item's content ("Peter Brandrick" under "13:30 Apologies").
        if itemsLedByTimes && Self.titleAfterTimeSlot(text) == nil { return false }
        if sentenceCaseItems && !headsProse(at: index) { return false }
        return true
    }

    /// Whether "Additional documents:" stands within the two lines after a line ("Title pdf icon PDF 49 KB" / "· Sarah O’Bri … has
    /// been invited" / "Additional documents:").
    func headsAdditionalDocuments(at index: Int) -> Bool {
        PageLayout.nextLinesWithText(after: index, count: 2, in: lines).contains { lines[$0].text == "Additional documents:" }
    }

    /// "To elect a Chairman for the year 2020/2021.", "To receive any apologies for absence.": what an agenda asks of the
    /// meeting, under an item's title.
    static func asksTheMeeting(_ text: String) -> Bool {
        text.hasPrefix("To ") && text.dropFirst(3).first?.isLowercase == true
    }

    /// Whether the first line under every item's title so far asks the meeting to do something.
    func everyItemAsksTheMeeting() -> Bool {
        items.allSatisfy { item in
            guard let index = Self.index(ofLineNumbered: item.line, in: lines), let next = PageLayout.nextNonBlank(lines, after: index) else { return false }
            return Self.asksTheMeeting(lines[next].text)
        }
    }

    /// The index of the line numbered `number` (lines are in order of their numbers); nil when there is none.
    static func index(ofLineNumbered number: Int, in lines: [SourceLine]) -> Int? {
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low < lines.count && lines[low].number == number ? low : nil
    }

    /// Whether every item so far had "Additional documents:" on the line after its title (as many such lines before
    /// `index` as items).
    func isAdditionalDocumentsRendering(before index: Int) -> Bool {
        guard let counts = additionalDocumentsBefore else { return false }
        return counts[index] >= items.count
    }

    /// For each line, how many "Additional documents:" lines stand before it; nil when there are none.
    static func countsOfAdditionalDocuments(in lines: [SourceLine]) -> [Int]? {
        guard lines.contains(where: { $0.text == "Additional documents:" }) else { return nil }
        var counts: [Int] = []
        counts.reserveCapacity(lines.count)
        var seen = 0
        for line in lines {
            counts.append(seen)
            if line.text == "Additional documents:" { seen += 1 }
        }
        return counts
    }

    /// "Cllr M Pim and Sally Ann Jen": two people or more and nothing else, one with a title (a list, never an item's title).
    /// `people`: the line's people, when already read (`NameList.people(inLine:)`).
    static func namesPeopleOnly(_ text: String, people known: [String]?? = nil) -> Bool {
        guard text.utf8.count <= 160, NameList.hasPersonalTitle(text), let people = known ?? NameList.people(inLine: text), people.count >= 2 else {
            return false
        }
        return people.allSatisfy { NameList.isPlausibleName($0) && !NameList.isPostOrBody($0) }
    }

    /// "Rhys Corn – Strategic Director for Transformation", "Cllr D Dav – Cabinet Member for Education": a person, a dash,
    /// and their post.
    static func isPersonDashPost(_ text: String) -> Bool {
        guard text.utf8.count <= 120, TextScan.contains(text, ascii: " - ") || TextScan.contains(text, ascii: " \u{2013} "),
              let dash = text.range(of: " – ") ?? text.range(of: " - ") else { return false }
        let person = String(text[..<dash.lowerBound])
        return LinePatterns.wordCount(person) <= 5 && NameList.isPlausibleName(person) && !NameList.isPostOrBody(person)
            && NameList.namesAPost(String(text[dash.upperBound...]))
    }

    /// "Governance Statement" / "Ricky Irv spoke to his paper and provided members with an update …": a short line in
    /// ordinary case, alone between blank lines, no sentence, label or list, over a paragraph of prose (eight words or more,
    /// ending a sentence).
    func headsProse(at index: Int) -> Bool {
        let text = lines[index].text
        guard index > 0, lines[index - 1].isBlank, index + 1 < lines.count, lines[index + 1].isBlank,
              let first = text.first, first.isUppercase, text.utf8.count <= 90, LinePatterns.wordCount(text) <= 12,
              // ("Annual Accounts:" over its paragraph: the title's colon; "Action Points:" heads a part of an item.)
              let last = text.last, last.isLetter || last == ")" || last == "?"
                || last == ":" && text.filter({ $0 == ":" }).count == 1 && !Self.itemPartHeadings.contains(text.dropLast().lowercased()),
              text.contains(where: \.isLowercase), Labels.parse(text) == nil, LinePatterns.bullet(text) == nil,
              LinePatterns.resolutionMarker(text) == nil, DateText.firstDate(in: text) == nil, !Self.statesSomething(text),
              // ("Mrs Ann Bel" alone over a paragraph is someone, not a heading.)
              !NameList.hasPersonalTitle(text),
              let next = PageLayout.nextNonBlank(lines, after: index) else { return false }
        let below = lines[next].text
        return LinePatterns.wordCount(below) >= 8 && LinePatterns.endsWithTerminalPunctuation(Substring(below))
            && LinePatterns.bullet(below) == nil && Labels.parse(below) == nil
    }

    /// Headings over a part of an item's minutes, not an item ("Action Points:", "Outcome:").
    static let itemPartHeadings: Set<String> = ["action points", "actions", "action", "action agreed", "actions agreed", "discussion",
                                               "outcome", "outcomes", "agreed", "decision", "decisions", "noted", "recommendation",
                                               "recommendations", "update", "updates", "summary", "next steps", "key points", "points raised"]

    /// "13:30 Apologies" → "Apologies", "2.15pm Ofsted Update" → "Ofsted Update": a title after the time
    /// its item is set for (a clock time of hours and minutes, then a capital); nil for any other line.
    static func titleAfterTimeSlot(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(16))
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        guard (1...2).contains(digits()), index < bytes.count, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: ".") else { return nil }
        index += 1
        guard digits() == 2 else { return nil }
        for suffix in ["am", "pm", "a.m.", "p.m.", " am", " pm", " a.m.", " p.m."] where text.utf8.dropFirst(index).starts(with: suffix.utf8) {
            index += suffix.utf8.count
            break
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: " ") else { return nil }
        let title = text.utf8.dropFirst(index)
        let trimmed = String(Substring(title)).trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first.isUppercase else { return nil }
        return trimmed
    }

    /// Minutes that number nothing and head each item with a line in capitals ("WELCOME AND INTRODUCTIONS",
    /// "TAMESIDE, OLDHAM AND GLOSSOP (TOG) MIND", "VOTES AT 16 UPDATE AND WHERE NEXT?"), with the minute below it.
    /// Not a label, a date or place, a sentence, or a line of people; a line of capitals under another is a
    /// heading wrapped or an address, and none of them is an item.
    func isCapitalsTitle(at index: Int) -> Bool {
        let text = lines[index].text
        guard text.utf8.count <= 120, text.utf8.count >= 4, !TextScan.contains(text, ascii: ":"), !text.hasSuffix("."),
              text.filter(\.isLetter).count >= 4, !text.contains(where: \.isLowercase),
              LinePatterns.wordCount(text) <= 14, DateText.firstDate(in: text) == nil, Labels.parse(text) == nil,
              NameList.apologiesHeading(text) == nil, !NameList.introducesAttendance(text),
              LinePatterns.bullet(text) == nil, LinePatterns.resolutionMarker(text) == nil,
              !Self.statesSomething(text), text.lowercased() != document.committee?.lowercased(),
              let next = PageLayout.nextNonBlank(lines, after: index) else { return false }
        let words = text.lowercased().split { !$0.isLetter }
        // One word is an item only when agendas use it ("WELCOME"), not a table's column ("ACTION") or a body ("CAFCASS");
        // a row of column headings ("NAME ROLE, ORGANISATION PRESENT APOLOGIES") is none.
        if words.count == 1, !["welcome", "apologies", "introductions", "minutes", "aob", "presentations", "presentation"].contains(String(words[0])) { return false }
        if words.filter({ NameList.columnHeadings.contains(String($0)) }).count >= 2 { return false }
        // ("V0.3", "ED1 …": a version, or a lettered number before the title, which must then be in capitals itself.)
        if let first = text.split(separator: " ").first, first.contains(where: \.isNumber), Self.letteredNumber(text) == nil { return false }
        let below = lines[next].text
        // (Over a page number alone on its line, "1", to the text above it.)
        let above = lines[..<index].last(where: { !$0.isBlank && !$0.text.allSatisfy(\.isNumber) })?.text ?? ""
        return below.contains(where: \.isLowercase) && (above.isEmpty || above.contains(where: \.isLowercase) || Labels.parse(above) != nil)
    }

    /// Whether the last non-blank line above says what happened, as a whole sentence does even when
    /// the copy dropped its full stop ("There were no declarations of interest").
    func previousLineStatesSomething(before index: Int) -> Bool {
        guard let previous = lines[..<index].last(where: { !$0.isBlank }) else { return false }
        return Self.statesSomething(previous.text)
    }

    /// "There were no declarations of interest", "The minutes were agreed": a line that says what
    /// happened (its verb is a past tense of being or having) is minutes, never an item's title.
    static func statesSomething(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard words.count >= 3 else { return false }
        if words[0] == "there", ["was", "were", "had", "is", "are"].contains(words[1]) { return true }
        // "The Committee resolved:-", "The Board noted the report": the body did something.
        if words[0] == "the", ["resolved", "agreed", "noted", "decided", "received", "resolved:-", "resolved:", "agreed:"].contains(words[2]) {
            return true
        }
        // "The agenda and reports … can be found here", "Please note that …": a sentence that lost its full stop.
        if words[0] == "please" { return true }
        // "That Councillor A be appointed as Vice Chairman": a resolution that lost its full stop.
        if words[0] == "that", words.contains("be") { return true }
        // "Councillor A proposed Councillor B as Vice Chairman": a person did something.
        if opensWithPersonActing(text) { return true }
        return zip(words, words.dropFirst()).contains { ["can", "will", "should", "must", "may", "could", "would"].contains($0.0) && $0.1 == "be" }
            || words.contains { ["was", "were", "had"].contains($0) }
    }

    /// "Councillor A proposed …", "Mr B Cole declared …": a title, the person's name, then a past tense (the first
    /// word in lower case ends "-ed"). "Councillor Call for Action" is an item's title.
    static func opensWithPersonActing(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 3, NameList.opensWithTitle(Substring(text)) else { return false }
        guard let verb = words.dropFirst(2).first(where: { $0.first?.isLowercase == true }) else { return false }
        return verb.count > 3 && verb.hasSuffix("ed")
    }

    /// Whether an agenda table's rows (two or more) open with no number: "APOLOGIES FOR ABSENCE", not "1. Apologies".
    static func rowsAreUnnumbered(_ lines: [SourceLine]) -> Bool {
        var rows = 0
        for line in lines where line.startsTableRow {
            if line.text.first?.isNumber == true { return false }
            rows += 1
        }
        return rows >= 2
    }
}
