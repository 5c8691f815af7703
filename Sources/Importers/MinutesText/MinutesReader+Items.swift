import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Where agenda items start: numbered headers, unnumbered title lines (recognised in `MinutesReader+UnnumberedTitles.swift`),
/// and the meetings of an issue page.
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
            // ("4." / "TO APPROVE AND SIGN AS A CORRECT RECORD THE" / "MINUTES OF THE COUNCIL MEETING HELD ON THE 14TH" /
            // "DECEMBER 2016": onto two lines more, at most.)
            if header.rest == nil, var continued = wrappedCapitalTitle(after: header.next, title: header.title) {
                items[items.count - 1].title += " " + lines[continued].text.trimmingCharacters(in: .whitespaces)
                for _ in 0..<2 {
                    guard let more = wrappedCapitalTitle(after: continued + 1, title: items[items.count - 1].title) else { break }
                    items[items.count - 1].title += " " + lines[more].text.trimmingCharacters(in: .whitespaces)
                    continued = more
                }
                return continued + 1
            }
            if let rest = header.rest {
                destination = .minutes
                appendToCurrent(SourceLine(number: header.titleLine, text: rest, isBold: false))
            } else if header.title.utf8.count <= 24 && Labels.parse(header.title + ":").map({ $0.role == .attendance && $0.value.isEmpty }) == true
                        // ("1. / Children’s Trust Members Present": the members of a body, present.)
                        || header.title.utf8.count <= 48 && header.title.hasSuffix(" Members Present") {
                // "1. / Present" / "Cllr Ann McC (Chair) / AM / - / Cabinet Member …": the item is the list of those present.
                collecting = .attendance
                collectedNames = false
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
            // ("Apologies for Absence pdf icon PDF 52 KB": its paper is no part of the title.)
            if let label = Labels.parse(Self.droppingPaper(title)), label.role == .apologies || label.role == .attendance {
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

    /// The line that goes on with an item's title in capitals ("RESPONSES FROM THE COUNCIL, THE EXECUTIVE OR COMMITTEES OF
    /// THE" / "COUNCIL TO FINAL REPORTS OF THIS FORUM"): the next line with text, also in capitals, of a few words, with no
    /// number, colon or full stop, and followed by a blank line or the next numbered item. Nil for any other.
    func wrappedCapitalTitle(after index: Int, title: String) -> Int? {
        guard title.utf8.count >= 30, LinePatterns.isUpperCase(Substring(title), minimumLetters: 4), let last = title.last, !".:;!?)".contains(last),
              let next = lines[index...].firstIndex(where: { !$0.isBlank }) else { return nil }
        let text = lines[next].text.trimmingCharacters(in: .whitespaces)
        guard LinePatterns.isUpperCase(Substring(text), minimumLetters: 4), LinePatterns.wordCount(text) <= 10, !text.contains(":"), !text.hasSuffix("."),
              LinePatterns.leadingNumber(text, requireDot: false) == nil, Labels.parse(text) == nil,
              !text.contains(where: \.isNumber) || Self.numbersAreDayOrYear(text), LinePatterns.resolutionMarker(text) == nil,
              !NameList.introducesAttendance(text),
              NameList.apologiesHeading(text) == nil else { return nil }
        return next
    }

    /// Whether every word of a line with digits is an ordinal day or a year ("HELD ON THE 14TH", "DECEMBER 2016"): a date
    /// wrapped in a title, no page range or reference.
    static func numbersAreDayOrYear(_ text: String) -> Bool {
        text.split(separator: " ").allSatisfy { word in
            let core = word.trimmingCharacters(in: CharacterSet(charactersIn: ",()"))
            guard core.contains(where: \.isNumber) else { return true }
            if core.count == 4, core.allSatisfy(\.isNumber), core.hasPrefix("19") || core.hasPrefix("20") { return true }
            let digits = core.prefix(while: \.isNumber), suffix = core.dropFirst(digits.count).uppercased()
            return (1...2).contains(digits.count) && ["ST", "ND", "RD", "TH"].contains(suffix)
        }
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
