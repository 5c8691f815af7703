import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Where agenda items start: numbered headers, unnumbered title lines, and the meetings of an issue page.
extension MinutesReader {
    /// The first numbered item headers ("19." then a title, "63. Title", "187  TITLE – text"), at most `limit` of them.
    func firstNumberedHeaders(limit: Int) -> [ItemHeader] {
        var headers: [ItemHeader] = []
        var index = layout.bodyStart
        while index < lines.count, headers.count < limit {
            if !lines[index].isBlank, let header = ItemHeader.find(at: index, in: lines, numbering: ItemNumbering()),
               !isPointOfResolutionAbove(at: index, title: header.title) {
                headers.append(header)
            }
            index += 1
        }
        return headers
    }

    /// Starts an item when the line is a header; returns the index after it.
    mutating func startItemIfHeader(at index: Int) -> Int? {
        // (A page number alone on its line, in minutes whose items are headed in capitals, is skipped.)
        if capitalItems, LinePatterns.leadingNumber(lines[index].text, requireDot: false).map({ $0.rest.isEmpty }) == true
            || capitalItems && lines[index].text.allSatisfy(\.isNumber) {
            return index + 1
        }
        if !unnumberedTableRows || lines[index].startsTableRow,
           let header = ItemHeader.find(at: index, in: lines, numbering: numbering, sameLineOnly: layout.kind == .transcript,
                                        subNumbersAlone: layout.system == .modernGov && layout.kind == .meeting),
           !Self.namesExemptInformation(header.title), !continuesNumberedSentences(at: index, number: header.number),
           !Self.countsThoseAttending(header.title), !isPointOfResolutionAbove(at: index, title: header.title),
           // ("0 - Link to Live Stream" / "Instructions:" / "1. Select the link above": the item's own numbered steps.)
           !(numbering.dashed && ItemHeader.opensWithDottedNumber(lines[index].text)) {
            // ("4.1" alone under "4. Minutes": the section's items leave the sections' own numbering as it was.)
            let isSubNumber = header.numberAlone && header.number.map { TextScan.contains($0, ascii: ".") } == true
            numbering.advance(to: header.number, numberAlone: header.numberAlone && !isSubNumber)
            numbering.note(parenthesised: ItemHeader.opensWithBracketedNumber(lines[index].text),
                           dashed: ItemHeader.opensWithDashedNumber(lines[index].text))
            startItem(number: header.number, title: header.title, line: header.titleLine)
            // ("5. RESPONSES FROM THE COUNCIL TO" / "FINAL REPORTS OF THIS FORUM": a title in capitals wrapped onto the next line.)
            if header.rest == nil, let continued = wrappedCapitalTitle(after: header.next, title: header.title) {
                items[items.count - 1].title += " " + lines[continued].text.trimmingCharacters(in: .whitespaces)
                return continued + 1
            }
            if let rest = header.rest {
                destination = .minutes
                appendToCurrent(SourceLine(number: header.titleLine, text: rest, isBold: false))
            } else if NameList.isApologiesItemTitle(header.title) {
                // "1. Apologies for Absence" / "Carol Keel, West Kirkton PCT" / …: the lines under it name the people
                // (a sentence ends the list, and is read as the item's minutes).
                collecting = .apologies
                collectedNames = false
                listUnderApologiesTitle = true
            }
            return header.next
        }
        // "Welcome to new member." / "1 The Convener welcomed …": each item's title, then its number opening the minute
        // (Glasgow's minutes).
        if layout.kind == .meeting, let titled = titleOverNumberedMinute(at: index) {
            numbering.advance(to: titled.number, numberAlone: false)
            startItem(number: titled.number, title: titled.title, line: lines[index].number)
            destination = .minutes
            appendToCurrent(SourceLine(number: lines[titled.next].number, text: titled.rest, isBold: false))
            return titled.next + 1
        }
        // "CORRESPONDENCE The Chair reported …": a heading in capitals run into its minute's first sentence.
        if capitalItems, index == 0 || index == layout.bodyStart || lines[index - 1].isBlank, let runIn = Self.runInCapitalsHeading(lines[index].text) {
            startItem(number: nil, title: runIn.title, line: lines[index].number)
            destination = .minutes
            appendToCurrent(SourceLine(number: lines[index].number, text: runIn.rest, isBold: false))
            return index + 1
        }
        if unnumberedItems && isUnnumberedTitle(at: index) || capitalItems && isCapitalsTitle(at: index) {
            // "ED1 APOLOGIES AND SUBSTITUTIONS": a committee's letters and the item's number before the title.
            if capitalItems, let lettered = Self.letteredNumber(lines[index].text) {
                startItem(number: lettered.number, title: lettered.title, line: lines[index].number)
                return index + 1
            }
            // "13:30 Apologies": the agenda's column of numbers holds each item's time, which is no part of its title.
            var title = lines[index].text
            // ("Annual Accounts:" over its paragraph, where items are headed in ordinary case: the colon is no part of the title.)
            if sentenceCaseItems, title.hasSuffix(":") { title.removeLast() }
            if unnumberedItems, let slot = Self.titleAfterTimeSlot(title) {
                title = slot
                if items.isEmpty { itemsLedByTimes = true }
            }
            startItem(number: nil, title: title, line: lines[index].number)
            // "Apologies for absence" as an item's title: the lines under it name the people.
            if let label = Labels.parse(title), label.role == .apologies || label.role == .attendance {
                collecting = label.role
                collectedNames = false
            } else if itemsLedByTimes, NameList.isApologiesItemTitle(title) {
                // (As under a numbered "1. Apologies for Absence": a sentence ends the list.)
                collecting = .apologies
                collectedNames = false
                listUnderApologiesTitle = true
            }
            return index + 1
        }
        return nil
    }

    /// "20 Members present, 8 apologies" under "1 SEDERUNT AND APOLOGIES": a count of those attending, not item 20.
    static func countsThoseAttending(_ title: String) -> Bool {
        let words = title.lowercased().split(separator: " ").prefix(2).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.")) }
        return words.count == 2 && ["members", "councillors", "people", "persons", "governors", "attendees"].contains(words[0])
            && ["present", "attended", "attending"].contains(words[1])
    }

    /// "4. From the evidence gathered … to participate." / "5. The panel felt that methods of engagement" at the copy's end:
    /// the next point of a numbered list of sentences, cut short, not an item.
    func continuesNumberedSentences(at index: Int, number: String?) -> Bool {
        guard PageLayout.nextNonBlank(lines, after: index) == nil, let number, let value = Int(number), value >= 2,
              let previous = PageLayout.previousNonBlank(lines, before: index),
              let lead = LinePatterns.leadingNumber(lines[previous].text.trimmingCharacters(in: .whitespaces), requireDot: false),
              lead.value == value - 1, items.last?.number != lead.number else { return false }
        return LinePatterns.endsWithTerminalPunctuation(Substring(lines[previous].text)) && LinePatterns.wordCount(lead.rest) >= 12
    }

    /// "Resolved –" / "1.   That a scoping report and witnesses be provided …": the first numbered point of the resolution
    /// whose marker stands alone on the line above, in a page whose items lost their numbers; no item.
    /// (Or a later point, under the first: "2.    That draft scoping reports be submitted …".)
    func isPointOfResolutionAbove(at index: Int, title: String) -> Bool {
        guard title.hasPrefix("That ") || title.hasPrefix("that ") else { return false }
        var position = index
        while let previous = PageLayout.previousNonBlank(lines, before: position) {
            let text = lines[previous].text
            let above = LinePatterns.trimTrailingPunctuation(text).lowercased()
            if ["resolved", "agreed", "decided", "resolved that", "it was resolved", "recommended"].contains(above) { return true }
            guard let point = LinePatterns.leadingNumber(text.trimmingCharacters(in: .whitespaces), requireDot: false),
                  point.rest.hasPrefix("That ") || point.rest.hasPrefix("that ") else { return false }
            position = previous
        }
        return false
    }

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

    /// A title on a line of its own (its full stop dropped) over a paragraph that opens with the next item's number and
    /// goes on as a sentence: "Welcome to new member." / "1 The Convener welcomed to the meeting Ms A B, who …".
    func titleOverNumberedMinute(at index: Int) -> (number: String, title: String, rest: String, next: Int)? {
        let text = lines[index].text
        // (Asked of every line of a meeting's minutes: the next line's number settles nearly all of them, so it goes first.)
        guard index == layout.bodyStart || index > 0 && lines[index - 1].isBlank, text.utf8.count <= 200,
              let next = PageLayout.nextNonBlank(lines, after: index) else { return nil }
        let below = lines[next].text
        let digits = below.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let value = Int(digits), value == (numbering.lastValue ?? 0) + 1,
              let first = text.first, first.isUppercase, LinePatterns.wordCount(text) <= 25, Labels.parse(text) == nil,
              LinePatterns.resolutionMarker(text) == nil, LinePatterns.bullet(text) == nil,
              next > index + 1 || !text.hasSuffix(",") else { return nil }
        let rest = below.dropFirst(digits.count)
        // ("NONE declared" / "3 MINUTE OF MEETING OF 21 JANUARY 2016": a numbered line in capitals has its own title.)
        guard rest.first == " ", let opening = rest.dropFirst().first, opening.isUppercase,
              LinePatterns.wordCount(String(rest)) >= 6, !Self.opensWithCapitalsTitle(rest) else { return nil }
        var title = Substring(text)
        if title.hasSuffix(".") { title = title.dropLast() }
        // ("Apologies were noted as above. The minutes of the last meeting were approved." under item 2: two sentences of
        // its minute, no title of the next.)
        guard LinePatterns.isTitleLike(String(title), maxLength: 200), !TextScan.contains(String(title), ascii: ". ") else { return nil }
        return (String(digits), String(title), String(rest.dropFirst()), next)
    }

    /// "CORRESPONDENCE The Chair reported on …" → ("CORRESPONDENCE", "The Chair reported on …"): words in capitals (one
    /// only when agendas use it alone), then a sentence of at least three words opening with a capitalised word. Not a
    /// label's word ("PRESENT Mrs S Earn", "IN ATTENDANCE"), and no word of the heading holds a digit.
    static func runInCapitalsHeading(_ text: String) -> (title: String, rest: String)? {
        // (Asked of every paragraph of such minutes: a line whose first two bytes cannot open a word in capitals, "Th" or
        // "1.", is settled before it is split into words. Bytes above ASCII are left to the full reading.)
        func mayOpenCapitalsWord(_ byte: UInt8, orSpace: Bool) -> Bool {
            byte >= 0x80 || byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") || "'&-,/".utf8.contains(byte) || orSpace && byte == UInt8(ascii: " ")
        }
        var bytes = text.utf8.makeIterator()
        guard let lead = bytes.next(), let second = bytes.next(), mayOpenCapitalsWord(lead, orSpace: false),
              mayOpenCapitalsWord(second, orSpace: true) else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 4 else { return nil }
        var headingWords = 0
        for word in words.prefix(9) {
            guard word.contains(where: \.isLetter), word.allSatisfy({ $0.isLetter ? $0.isUppercase : "’'&-,/".contains($0) }) else { break }
            headingWords += 1
        }
        guard (1...8).contains(headingWords), words.count - headingWords >= 3 else { return nil }
        let opening = words[headingWords]
        guard let first = opening.first, first.isUppercase, opening.dropFirst().first?.isLowercase == true else { return nil }
        let heading = words.prefix(headingWords).joined(separator: " ")
        guard heading.filter(\.isLetter).count >= 4 else { return nil }
        let lower = heading.lowercased()
        if headingWords == 1, !["welcome", "apologies", "introductions", "minutes", "correspondence", "presentations", "presentation",
                                "finance", "safeguarding", "aob"].contains(lower) { return nil }
        if ["present", "in attendance", "also present", "attendance", "attendees", "members present", "officers present"].contains(lower) { return nil }
        if let label = Labels.parse(heading + ": x"), label.role == .attendance { return nil }
        let rest = words.dropFirst(headingWords).joined(separator: " ")
        return (heading, rest)
    }

    /// "ED1 APOLOGIES AND SUBSTITUTIONS" → ("ED1", "APOLOGIES AND SUBSTITUTIONS"): one to four capitals and a number
    /// of one to three digits, then the title.
    static func letteredNumber(_ text: String) -> (number: String, title: String)? {
        guard let space = text.firstIndex(of: " ") else { return nil }
        let token = text[..<space]
        let letters = token.prefix { $0.isASCII && $0.isUppercase }
        let digits = token.dropFirst(letters.count)
        guard (1...4).contains(letters.count), (1...3).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let title = text[space...].trimmingSpaces()
        guard title.filter(\.isLetter).count >= 4 else { return nil }
        return (String(token), String(title))
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

    /// The line that goes on with an item's title in capitals ("RESPONSES FROM THE COUNCIL, THE EXECUTIVE OR COMMITTEES OF
    /// THE" / "COUNCIL TO FINAL REPORTS OF THIS FORUM"): the next line with text, also in capitals, of a few words, with no
    /// number, colon or full stop, and followed by a blank line or the next numbered item. Nil for any other.
    func wrappedCapitalTitle(after index: Int, title: String) -> Int? {
        guard title.utf8.count >= 30, LinePatterns.isUpperCase(Substring(title), minimumLetters: 4), let last = title.last, !".:;!?)".contains(last),
              let next = lines[index...].firstIndex(where: { !$0.isBlank }) else { return nil }
        let text = lines[next].text.trimmingCharacters(in: .whitespaces)
        guard LinePatterns.isUpperCase(Substring(text), minimumLetters: 4), LinePatterns.wordCount(text) <= 10, !text.contains(":"), !text.hasSuffix("."),
              LinePatterns.leadingNumber(text, requireDot: false) == nil, Labels.parse(text) == nil,
              !text.contains(where: \.isNumber), LinePatterns.resolutionMarker(text) == nil, !NameList.introducesAttendance(text),
              NameList.apologiesHeading(text) == nil else { return nil }
        return next
    }

    /// Whether a text opens with two words in capitals ("PUBLIC REQUESTS TO SPEAK – There were none", "MINUTE OF MEETING
    /// OF 21 JANUARY 2016"): a title of its own, not a sentence.
    static func opensWithCapitalsTitle(_ text: Substring) -> Bool {
        let words = text.split(separator: " ", maxSplits: 2).prefix(2)
        return words.count == 2 && words.allSatisfy { word in
            let letters = word.filter(\.isLetter)
            return letters.count >= 2 && !letters.contains(where: \.isLowercase)
        }
    }

    private mutating func startItem(number: String?, title: String, line: Int) {
        stopCollecting()
        inPreamble = false
        var cleanTitle = Self.droppingNumberMarks(title, number: number)
        var links: [DocumentLink] = []
        if let parsed = LinkLine.parse(title, line: line), let first = parsed.first {
            cleanTitle = first.title
            links = parsed
        }
        items.append(ItemDraft(number: number, title: cleanTitle, line: line, links: links))
        destination = .description
    }

    /// "(65) OFSTED INSPECTIONS …" under item 65: the number printed again in brackets; "Question Time ***": a
    /// footnote's asterisks. Neither is part of the title.
    static func droppingNumberMarks(_ title: String, number: String?) -> String {
        var text = Substring(title)
        if let number, text.hasPrefix("(" + number + ") ") { text = text.dropFirst(number.count + 3).trimmingSpaces() }
        if text.hasSuffix("*") {
            var stripped = text
            while stripped.last == "*" { stripped = stripped.dropLast() }
            if stripped.last == " " { text = stripped.trimmingSpaces() }
        }
        // ("DECLARATIONS OF INTEREST -" where a flattened agenda ran its item's note after the dash: the dash is no part of it.)
        if text.hasSuffix(" -") || text.hasSuffix(" –") { text = text.dropLast(2).trimmingSpaces() }
        return text.count == title.count ? title : String(text)
    }

    // MARK: Issue pages

    /// A "Meeting:" line of an issue page starts an item for that meeting; its title is the next line.
    mutating func startIssueItem(_ meeting: MeetingReference, line: Int) {
        issueMeetings.append(meeting)
        items.append(ItemDraft(number: meeting.itemNumber, title: "", line: line))
        destination = .description
        inPreamble = false
        expectingIssueTitle = true
    }

    /// "17/03/2020 - Local Placement Plan - Children's Residential Care": a row of an "Issue - decisions"
    /// page, the date the decision was taken and its title. Nil for any other line.
    static func decisionRow(_ text: String) -> (date: CalendarDate, title: String)? {
        guard let match = text.wholeMatch(of: Self.datedTitle),
              let date = DateText.parse(String(match.output.1)) else { return nil }
        return (date, String(match.output.2))
    }

    /// Starts the item of one decision row: the text under it is what was decided.
    mutating func startDecisionRow(date: CalendarDate, title: String, line: Int) {
        stopCollecting()
        issueMeetings.append(MeetingReference(date: date))
        items.append(ItemDraft(number: nil, title: title, line: line))
        inPreamble = false
        destination = .decision
        startSegment(.decision, wrapsDecision: true)
    }

    /// "25 Statement from the Chair pdf icon PDF 107 KB" → the title, and the link.
    mutating func setIssueItemTitle(_ text: String, line: Int) {
        var title = text
        if let links = LinkLine.parse(text, line: line), let first = links.first {
            title = first.title
            links.forEach { addLink($0) }
            // The title link's title is the item title, not "25 Title".
        }
        if let lead = LinePatterns.leadingNumber(title, requireDot: false), !lead.rest.isEmpty,
           items.last?.number == nil || items.last?.number == lead.number {
            if items.last?.number == nil { items[items.count - 1].number = lead.number }
            title = lead.rest
        }
        items[items.count - 1].title = title
        if !items[items.count - 1].links.isEmpty {
            for i in items[items.count - 1].links.indices where items[items.count - 1].links[i].line == line {
                items[items.count - 1].links[i].title = title
            }
        }
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension MinutesReader {
    /// "13/03/2025 - Title".
    nonisolated(unsafe) static let datedTitle = /([0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4})\s+[-–]\s+(\S.*)/

    /// "4 / Information relating to any applicant or recipient of any financial assistance …": a row of the table
    /// of exempt information (Schedule 12A, or 7A in Scotland) under a resolution to exclude the public, which
    /// names the law's category of information, not an item of business.
    static func namesExemptInformation(_ title: String) -> Bool {
        guard title.hasPrefix("Information ") else { return false }
        return ["Information relating to ", "Information on proposed ", "Information which ", "Information in respect of "]
            .contains { title.hasPrefix($0) }
    }
}
