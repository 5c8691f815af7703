import CouncilText
import Foundation

/// The numbers of the items read so far, so that only the next number in sequence starts an item
/// ("19." after "18.", "6b" after "6a") and numbers in prose ("2024 was a year ...") do not.
struct ItemNumbering {
    private(set) var lastValue: Int?
    private(set) var lastSuffix = ""
    /// How many items in a row printed their number alone on its line, the title on the next
    /// (ModernGov's "No. Item" table). On such a page, "3.  If so, to formally pass …" inside an
    /// item is a numbered paragraph, not the next item.
    private(set) var numbersAloneInARow = 0
    /// Whether the items so far were numbered "1)", "2)": only then does the next "N)" open an item (elsewhere it numbers a
    /// point of an item's minutes).
    private(set) var parenthesised = false
    /// The two parts of the last "19/23" number, when it had them.
    private(set) var lastSlashParts: (first: Int, second: Int)?
    /// The committee's code of the last "YC.4" number, when it had one: the next item has it too (a plain "6." under
    /// it is a point of the item's minutes).
    private(set) var lastCode: Substring?

    /// Whether `number` (with its integer `value`) can be the next item's number.
    func accepts(_ number: String, value: Int) -> Bool {
        if let lastCode, !(number.hasPrefix(lastCode) && number.dropFirst(lastCode.count).first == ".") { return false }
        // "19/23", "20/23": the item and the year it is numbered in; the year stays, the item goes on.
        if let parts = Self.slashParts(number), let last = lastSlashParts, parts.second == last.second, parts.first != last.first {
            return parts.first > last.first && parts.first - last.first <= 40
        }
        let suffix = String(number.drop { $0.isNumber })
        guard let last = lastValue else { return value < 2000 }
        if value == last { return suffix > lastSuffix }
        return value > last && value - last <= 40
    }

    /// Records how an item just started was numbered ("1)" or another way).
    mutating func note(parenthesised: Bool) { self.parenthesised = parenthesised }

    /// Records the number of an item just started.
    mutating func advance(to number: String?, numberAlone: Bool) {
        numbersAloneInARow = numberAlone ? numbersAloneInARow + 1 : 0
        lastSlashParts = number.flatMap(Self.slashParts)
        // "23/5": the item's place in the sequence is its second part; "CYP/2/24": its middle one.
        let pieces = (number ?? "").split(separator: "/")
        var own = pieces.count == 3 ? String(pieces[1]) : pieces.last.map(String.init) ?? ""
        // "YC.2": the committee's code, then the item's place.
        lastCode = nil
        if let number, number.wholeMatch(of: ItemHeader.codeDotNumber) != nil, let dot = number.lastIndex(of: ".") {
            own = String(number[number.index(after: dot)...])
            lastCode = number[..<dot]
        }
        // "R001/11": the parish committee's letters, then the item's place; the year after the slash stays.
        if let number, let match = number.wholeMatch(of: ItemHeader.lettersMinuteAndYear) { own = String(match.output.2) }
        if let roman = ItemHeader.romanValues[own] {
            // "II": Scottish articles go on in Roman numerals.
            lastSuffix = ""
            lastValue = roman
            return
        }
        lastSuffix = String(own.drop { $0.isNumber })
        lastValue = Int(own.prefix { $0.isNumber })
    }

    /// "19/23" → (19, 23); nil for any other number.
    static func slashParts(_ number: String) -> (first: Int, second: Int)? {
        guard number.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = number.split(separator: "/")
        guard parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]) else { return nil }
        return (first, second)
    }
}

/// A numbered item header on a meeting page: "19." then a title line, "63. Title", or the plain-CMS
/// "187  CHILDREN'S SERVICES PERFORMANCE – The Director submitted a report".
struct ItemHeader {
    var number: String?
    var title: String
    /// Index of the line after the header (and after its title line).
    var next: Int
    /// Whether the number stood alone on its line, the title on the next.
    var numberAlone = false
    /// Minutes text on the header's own line after the title.
    var rest: String?
    /// Line number of the title.
    var titleLine: Int
    /// Whether the number was printed "1)".
    var parenthesised = false

    /// The item header at `index`, when its number follows on from `numbering`.
    /// `sameLineOnly`: the title must share the number's line (transcripts: a number alone on a line is a word).
    /// `subNumbersAlone`: a number of the current item's own ("1.1" under "1."), alone on its line, opens an item
    /// too, as ModernGov prints the items under a section's heading.
    static func find(at index: Int, in lines: [SourceLine], numbering: ItemNumbering, sameLineOnly: Bool = false,
                     subNumbersAlone: Bool = false) -> ItemHeader? {
        var text = lines[index].text
        if !sameLineOnly, let aks = aksHeader(at: index, in: lines) { return aks }
        // GovernorHub's minutes: "Agenda Item 1  Welcome and Apologies for Absence".
        // ("Item 1 Welcome", "ITEM 2: MINUTES", "Item 3 - Budget": the word before each item's number.)
        var wordBeforeNumber = false
        // (Settled on the line's first byte, then its bytes: every line of the minutes comes through here.)
        let opening = text.utf8.first
        for word in ["Agenda Item ", "Item ", "ITEM ", "AGENDA ITEM "]
        where (opening == UInt8(ascii: "A") || opening == UInt8(ascii: "I")) && text.utf8.starts(with: word.utf8) {
            guard text.utf8.dropFirst(word.utf8.count).first.map({ $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }) == true else { break }
            text = String(text.dropFirst(word.count))
            wordBeforeNumber = word != "Agenda Item "
            // ("1: Welcome", "1 - Welcome": the number's colon or dash.)
            if let numberEnd = text.firstIndex(where: { !$0.isNumber }) {
                let after = text[numberEnd...]
                for mark in [": ", " - ", " – ", " : "] where after.hasPrefix(mark) {
                    text = String(text[..<numberEnd]) + " " + after.dropFirst(mark.count)
                    break
                }
            }
            break
        }
        // "1) Welcome and apologies": an item numbered with a bracket, when the first item was ("2)" under "1." is a point).
        let bracketed = parenthesisedNumber(text, under: numbering)
        if let bracketed { text = bracketed }
        guard var lead = LinePatterns.leadingNumber(text, requireDot: false) ?? slashNumber(text) ?? gluedNumber(text) ?? romanNumber(text)
                ?? pointZeroNumber(text) ?? (subNumbersAlone && !sameLineOnly ? subNumberAlone(text, under: numbering) : nil)
                ?? unspacedNumber(text, under: numbering)
        else { return nil }
        // "1     Apologies        •   B Jones        LC": a table's row whose cells runs of spaces keep apart, the number
        // in the first, the title in the next, the minutes and actions after.
        if let cells = lines[index].cells, cells.count >= 3, cells[0] == lead.number || cells[0] == lead.number + ".",
           cells[1].first?.isLetter == true, LinePatterns.wordCount(cells[1]) <= 16 {
            lead.rest = cells[1]
        }
        // "5. Alyth Primary School Option Appraisal (PDF, 2 MB) - Report by Executive Director … (Pages 15-44)": the title and
        // its paper's format and size; what follows describes the paper.
        if lead.rest.utf8.count > 40, TextScan.contains(lead.rest, ascii: "(PDF, "), let open = lead.rest.range(of: "(PDF, "),
           let close = lead.rest[open.upperBound...].firstIndex(of: ")"), lead.rest.index(after: close) < lead.rest.endIndex {
            lead.rest = String(lead.rest[...close])
        }
        // "9. Committee Work Plan (Pages 24 - 33)", "10. HeadStart Update (Pages 34 - 42) Kirkton Council, County Hall …": an
        // agenda pack's page reference ends the title; what follows it is the pack's furniture or the item's note.
        if TextScan.contains(lead.rest, ascii: " (Page"), let reference = lead.rest.firstMatch(of: Self.packPageReference) {
            let title = lead.rest[..<reference.range.lowerBound].trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { lead.rest = title }
        }
        // Word tables rendered with their cells joined by " / " or " | ": "1. / MINUTES".
        let tableRow = lead.rest.hasPrefix("/ ") || lead.rest.hasPrefix("| ")
        if tableRow { lead.rest = String(lead.rest.dropFirst(2)) }
        // "Matters Arising / ACTIONS": the heading of the table's next column is no part of the title.
        for column in [" / ACTIONS", " / Actions", " / ACTION", " / Action", " / Action by", " / By", " / BY", " / Lead", " / Responsible person"]
        where TextScan.contains(lead.rest, ascii: " / ") && lead.rest.hasSuffix(column) {
            lead.rest = String(lead.rest.dropLast(column.count))
            break
        }
        // "2A - Statement on Equalities": a dash between a short number and a capital.
        if lead.number.count <= 3, lead.rest.hasPrefix("- ") || lead.rest.hasPrefix("– "),
           lead.rest.dropFirst(2).first?.isUppercase == true {
            lead.rest = String(lead.rest.dropFirst(2))
        }
        guard numbering.accepts(lead.number, value: lead.value) else { return nil }
        // ("Item 5 Schools Access Initiative: further information …" inside item 3's minutes: an earlier meeting's item. Only
        // the next number opens one.)
        if wordBeforeNumber, lead.value != (numbering.lastValue ?? 0) + 1 || lead.number != String(lead.value) { return nil }
        // "21 MARCH 2012", "13 March 2019 – 10.30am": a day, not an item.
        if let firstWord = lead.rest.split(separator: " ").first, MonthName.number(String(firstWord)) != nil { return nil }
        // A recording's description gives each item its time: "2. Minutes 00:01:22".
        if let stamp = lead.rest.firstMatch(of: Self.trailingClockTime) { lead.rest = String(lead.rest[..<stamp.range.lowerBound]) }
        if lead.rest.isEmpty {
            guard !sameLineOnly, let titleIndex = PageLayout.nextNonBlank(lines, after: index) else { return nil }
            let title = lines[titleIndex].text
            // A bare heading such as "Apologies for Absence" can be an item's title; "Minutes:" cannot.
            guard Labels.parse(title) == nil || !title.contains(":"), LinePatterns.leadingNumber(title, requireDot: false) == nil,
                  title.first?.isLetter == true || title.first == "“" || title.first == "\"" else { return nil }
            // "8." / "V. Carr (Children's Services)": a table of the officers attending each item, not an item.
            // ("0" / "Loading.... (view fulltext now)": a document site's counter and note.)
            if startsWithInitial(title) || PageLayout.isDocumentSiteChrome(title.lowercased()) { return nil }
            // ("1" / "MINUTES OF A MEETING OF THE BOARD OF GOVERNORS …", "4" / "EDUCATION COMMITTEE - 7 MARCH 2006": a page's
            // number over the minutes' heading or its running head, the body and the day.)
            if title.lowercased().hasPrefix("minutes of a meeting of ") { return nil }
            // (Settled on the last bytes, a year's four digits, for nearly every title.)
            if title.utf8.suffix(4).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), title.utf8.count > 12,
               let reference = MeetingReference.parse(title), reference.date != nil, let body = reference.committee, CouncilText.namesMeetingBody(body),
               DateText.allDates(in: title).last.map({ $0.range.upperBound == title.endIndex }) == true { return nil }
            // "3/13" / "The minutes of the meeting … were signed …": a sentence of the minutes under its number.
            // (Short titles without a full stop, most of them, are settled on their bytes.)
            // ("Lisnasharragh" / "5" / "Collin" / "4" / "Old Park" / "8": a two-column table of names and counts, one cell a
            // line. An agenda's numbers alone between its titles go up one at a time; a table's do not.)
            if lines[index].text.allSatisfy(\.isNumber), !Self.countsUpOneByOne(alternatingWith: index, in: lines) { return nil }
            // ("26." / "To consider the extent, if any, to which the public and press are to be excluded from the meeting." /
            // "Minutes:": ModernGov's item, its title a sentence of the agenda, the minutes' label under it.)
            let overMinutesLabel = PageLayout.nextNonBlank(lines, after: titleIndex).map { lines[$0].text.hasPrefix("Minutes:") } ?? false
            if !overMinutesLabel, title.utf8.count > 60 || title.utf8.last == UInt8(ascii: "."), !LinePatterns.isUpperCase(Substring(title)),
               title.hasSuffix(".") && (LinePatterns.wordCount(title) > 12 || MinutesReader.statesSomething(title))
                || LinePatterns.wordCount(title) > 30 || holdsASentenceEnd(title) {
                return nil
            }
            return ItemHeader(number: lead.number, title: title, next: titleIndex + 1, numberAlone: true, rest: nil,
                              titleLine: lines[titleIndex].number)
        }
        // "1. / Welcome and Apologies / Mr Bill Alexander welcomed those present.": a Word table's row, the
        // title in its first cell and the minutes in the next.
        // ("2. Minutes / matters arising from previous meeting" is one title.)
        if tableRow, let cell = lead.rest.range(of: " / "), !lead.rest[..<cell.lowerBound].isEmpty {
            let title = String(lead.rest[..<cell.lowerBound])
            let rest = lead.rest[cell.upperBound...].trimmingCharacters(in: .whitespaces)
            if LinePatterns.isTitleLike(title, maxLength: 120), hasTitleWord(title), LinePatterns.wordCount(title) <= 16,
               !["action", "actions", "by", "lead"].contains(rest.lowercased()) || rest.isEmpty {
                return ItemHeader(number: lead.number, title: title, next: index + 1, rest: rest.isEmpty ? nil : rest,
                                  titleLine: lines[index].number)
            }
        }
        if let dashed = upperCaseTitleAndDash(lead.rest) {
            return ItemHeader(number: lead.number, title: dashed.title, next: index + 1, rest: dashed.rest, titleLine: lines[index].number)
        }
        if numbering.numbersAloneInARow >= 2 { return nil }
        // "1. WELCOME BY THE CLERK The Clerk welcomed everyone to the meeting.": a title in capitals, then, on the same line,
        // what was minuted under it, as a flattened copy runs them together.
        if lead.number.allSatisfy(\.isNumber), let runIn = Self.capitalTitleRunIn(lead.rest) {
            return ItemHeader(number: lead.number, title: runIn.title, next: index + 1, rest: runIn.rest, titleLine: lines[index].number)
        }
        // "1. Welcome and apologies: The chair welcomed everyone.": a title, its colon, then what was minuted under it.
        // (Only a plain number: "2B – Agenda Setting: A brief discussion …" is a point of item 2's minutes.)
        if lead.number.allSatisfy(\.isNumber) || lead.number.contains("/"), let colon = lead.rest.range(of: ": "), lead.rest.distance(from: lead.rest.startIndex, to: colon.lowerBound) <= 80,
           case let title = String(lead.rest[..<colon.lowerBound]), LinePatterns.isTitleLike(title, maxLength: 80), hasTitleWord(title),
           LinePatterns.wordCount(title) <= 10, Labels.parse(lead.rest) == nil || lead.number.contains("/"), LinePatterns.resolutionMarker(title) == nil,
           case let minuted = lead.rest[colon.upperBound...].trimmingSpaces(), minuted.first?.isUppercase == true,
           // ("PLY29/12 Declarations of Interest: None": a parish's coded minute, its title and a word of what was minuted.)
           LinePatterns.wordCount(String(minuted)) >= 3 || lead.number.contains("/") {
            return ItemHeader(number: lead.number, title: title, next: index + 1, rest: String(minuted), titleLine: lines[index].number)
        }
        // "2. Funding – MC reported that the £2500 …", "3. Key Data – an example of …": a short title, a dash, then what was
        // minuted under it. (Not a person and a post: "3. Jo Bell – Headteacher".)
        if lead.number.allSatisfy(\.isNumber), let dash = TextScan.range(of: " – ", in: Substring(lead.rest)) ?? TextScan.range(of: " - ", in: Substring(lead.rest)),
           case let title = String(lead.rest[..<dash.lowerBound]), LinePatterns.isTitleLike(title, maxLength: 60), hasTitleWord(title),
           LinePatterns.wordCount(title) <= 6, !holdsASentenceEnd(title), LinePatterns.resolutionMarker(title) == nil, Labels.parse(title) == nil,
           !NameList.isMarkedPerson(title), !(title.split(separator: " ").first.map(GivenNames.contains) ?? false),
           case let minuted = lead.rest[dash.upperBound...].trimmingSpaces(), minuted.first?.isLetter == true,
           LinePatterns.wordCount(String(minuted)) >= 5, Self.reportsWhatHappened(minuted) {
            return ItemHeader(number: lead.number, title: title, next: index + 1, rest: String(minuted), titleLine: lines[index].number)
        }
        // "2. GMPTE certificates • Given out to those involved": a title, then its points run in after a bullet.
        if lead.number.allSatisfy(\.isNumber), let bullet = lead.rest.range(of: " • "),
           case let title = lead.rest[..<bullet.lowerBound].trimmingCharacters(in: .whitespaces),
           LinePatterns.isTitleLike(title, maxLength: 80), hasTitleWord(title), LinePatterns.wordCount(title) <= 10,
           LinePatterns.resolutionMarker(title) == nil, !holdsASentenceEnd(title), Labels.parse(title) == nil {
            return ItemHeader(number: lead.number, title: title, next: index + 1,
                              rest: lead.rest[bullet.lowerBound...].trimmingCharacters(in: .whitespaces), titleLine: lines[index].number)
        }
        // "1. Introductions.": a short title in title case may end with a full stop (a sentence may not).
        if lead.rest.hasSuffix("."), !lead.rest.hasSuffix(".."), isTitleCaseHeading(lead.rest.dropLast()) { lead.rest.removeLast() }
        // "1. To receive apologies for absence.": a parish agenda's item, what the meeting is asked to do, with its full stop.
        if lead.rest.hasSuffix("."), !lead.rest.hasSuffix(".."), Self.asksTheMeeting(lead.rest), !holdsASentenceEnd(String(lead.rest.dropLast())) {
            lead.rest.removeLast()
        }
        // "1.    Chairmans remarks.", "2. Apologies for absence and acceptance of reasons given.": a title in sentence case
        // that a parish's minutes end with a full stop, a phrase naming business with no verb of a sentence in it.
        if lead.rest.hasSuffix("."), !lead.rest.hasSuffix(".."), lead.number.allSatisfy(\.isNumber) || lead.number.contains("/"),
           Self.namesBusinessWithFullStop(lead.rest.dropLast()) {
            lead.rest.removeLast()
        }
        // "17 Declarations of interest – none": the title, then what the item came to in a word.
        for outcome in [" – none", " - none", " – None", " - None", " – nil", " - nil", " – Nil", " - Nil"] where lead.rest.hasSuffix(outcome) {
            lead.rest.removeLast(outcome.count)
            break
        }
        // "1.Minutes of Last Meeting:", "3. ESF Funding:": a title with a colon after it (not a label's: "Present:"; but
        // "2. Apologies for Absence:", the label alone, titles the item that records them).
        if lead.rest.hasSuffix(":"), !lead.rest.hasSuffix("::"), Labels.parse(lead.rest).map({ $0.role == .apologies && $0.value.isEmpty }) ?? true,
           LinePatterns.isTitleLike(String(lead.rest.dropLast())), !lead.rest.dropLast().contains(":") {
            lead.rest.removeLast()
        }
        guard LinePatterns.isTitleLike(lead.rest), LinePatterns.resolutionMarker(lead.rest) == nil, hasTitleWord(lead.rest),
              LinePatterns.wordCount(lead.rest) <= 25, !holdsASentenceEnd(lead.rest) else { return nil }
        return ItemHeader(number: lead.number, title: lead.rest, next: index + 1, rest: nil, titleLine: lines[index].number)
    }

    /// "To receive apologies for absence", "To consider the budget": what an agenda asks the meeting to do.
    static func asksTheMeeting(_ text: String) -> Bool {
        guard text.hasPrefix("To "), let verb = text.dropFirst(3).split(separator: " ").first else { return false }
        return ["receive", "consider", "confirm", "approve", "note", "agree", "raise", "discuss", "elect", "appoint", "review",
                "adopt", "accept", "authorise", "resolve", "determine", "sign"].contains(verb.lowercased())
    }

    /// "MC reported that the £2500 … had been spent.", "an example of the data was given.": a sentence of the minutes telling
    /// what happened (a verb in the past, a full stop), not the rest of an agenda's title ("Jo Bell to discuss the policy",
    /// "report by the Director (herewith)").
    static func reportsWhatHappened(_ text: Substring) -> Bool {
        guard text.hasSuffix(".") else { return false }
        return text.split(separator: " ").contains { word in
            pastTenseReportingWords.contains(word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:")))
        }
    }

    static let pastTenseReportingWords: Set<String> = [
        "was", "were", "had", "reported", "noted", "agreed", "explained", "discussed", "confirmed", "advised", "informed",
        "presented", "gave", "given", "updated", "said", "asked", "welcomed", "circulated", "thanked", "received", "highlighted",
        "outlined", "raised", "introduced", "summarised", "summarized", "shared", "provided", "requested", "suggested",
    ]

    /// "4.1" alone on its line under item 4: an item of the section the item heads, its title on the next line.
    static func subNumberAlone(_ text: String, under numbering: ItemNumbering) -> (number: String, value: Int, rest: String)? {
        guard (3...6).contains(text.utf8.count), let dot = text.firstIndex(of: "."),
              let major = Int(text[..<dot]), let minor = Int(text[text.index(after: dot)...]), minor >= 1, minor <= 40,
              text[text.index(after: dot)...].allSatisfy(\.isASCII), numbering.lastValue == major else { return nil }
        return (text, major, "")
    }

    /// AKS minutes tables, one cell a line: the committee's code ("CYP"), the minute number ("3/10"), the
    /// title. The number is the code and the minute together ("CYP 3/10"), as the minutes cite it.
    static func aksHeader(at index: Int, in lines: [SourceLine]) -> ItemHeader? {
        let code = lines[index].text
        guard (2...6).contains(code.utf8.count), code.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
              let numberIndex = PageLayout.nextNonBlank(lines, after: index),
              lines[numberIndex].text.wholeMatch(of: Self.minuteOfYear) != nil,
              let titleIndex = PageLayout.nextNonBlank(lines, after: numberIndex) else { return nil }
        let title = lines[titleIndex].text
        guard title.first?.isLetter == true, Labels.parse(title) == nil, LinePatterns.wordCount(title) <= 30 else { return nil }
        // The table's preamble rows repeat code and number before a sentence ("The minutes of the meeting held
        // on … were signed by the Chairman as a correct record."): that is no title.
        if title.hasSuffix("."), !LinePatterns.isUpperCase(Substring(title)), LinePatterns.wordCount(title) > 8 || MinutesReader.statesSomething(title) { return nil }
        var cleaned = Substring(title)
        while cleaned.last == "." { cleaned = cleaned.dropLast() }
        return ItemHeader(number: code + " " + lines[numberIndex].text, title: String(cleaned), next: titleIndex + 1, rest: nil,
                          titleLine: lines[titleIndex].number)
    }

    /// "1.0 Minutes", "4.0 / Matters Arising": a section's number whose ".0" marks it as a heading (its
    /// paragraphs are 1.1, 1.2, …).
    static func pointZeroNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        // Most lines are settled on their first bytes, without copying any.
        var bytes = text.utf8.makeIterator()
        var digits = 0
        var next = bytes.next()
        while let byte = next, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 3 {
            digits += 1
            next = bytes.next()
        }
        guard (1...2).contains(digits), next == UInt8(ascii: "."), bytes.next() == UInt8(ascii: "0") else { return nil }
        // ("1.00 / APOLOGIES AND MEMBERSHIP ISSUES": two noughts, as a governing body's Word table numbers its items.)
        var zeros = 1
        var after = bytes.next()
        if after == UInt8(ascii: "0") {
            zeros = 2
            after = bytes.next()
        }
        guard after == UInt8(ascii: " "), bytes.next() != nil, let value = Int(text.prefix(digits)), value > 0 else { return nil }
        return (String(text.prefix(digits + 1 + zeros)), value, String(text.dropFirst(digits + 2 + zeros)).trimmingCharacters(in: .whitespaces))
    }

    /// "2.Report on YOT performance": a number whose dot lost the space after it, before a capital.
    static func gluedNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        let utf8 = Array(text.utf8.prefix(5))
        var digits = 0
        while digits < utf8.count, utf8[digits] >= UInt8(ascii: "0"), utf8[digits] <= UInt8(ascii: "9") { digits += 1 }
        // (Or "01Apologies for Absence. View Papers": a zero-padded number with no dot, as COINS prints them.)
        let padded = digits == 2 && utf8[0] == UInt8(ascii: "0")
        let gap = padded ? 0 : 1
        // (Three digits for a town council's running minute numbers: "258.APOLOGIES:".)
        guard (1...3).contains(digits), digits + gap < utf8.count, padded || utf8[digits] == UInt8(ascii: "."),
              utf8[digits + gap] >= UInt8(ascii: "A"), utf8[digits + gap] <= UInt8(ascii: "Z"),
              let value = Int(text.prefix(digits)) else { return nil }
        var rest = String(text.dropFirst(digits + gap))
        if padded {
            for link in [" View Papers", " View papers"] where rest.hasSuffix(link) { rest = String(rest.dropLast(link.count)) }
            if rest.hasSuffix("."), !rest.hasSuffix("..") { rest.removeLast() }
        }
        // "258.APOLOGIES:", "259.YOUTH REPRESENTATION:": a heading in capitals, one word or more, its colon no part of it.
        if !padded, rest.hasSuffix(":"), LinePatterns.isUpperCase(Substring(rest)), rest.filter(\.isLetter).count >= 4 {
            return (String(text.prefix(digits)), value, String(rest.dropLast()))
        }
        return LinePatterns.wordCount(rest) >= 2 || padded && !rest.isEmpty ? (String(text.prefix(digits)), value, rest) : nil
    }

    /// "1Apologies for Absence & Declarations of Interest", "2Minutes of the previous meeting": ModernGov's minutes
    /// copied from their table, the number's cell run into the title's. Only the next number in sequence or the one after
    /// (1 or 2 first), before a title of two words or more in title case: "4Children" or "3Rivers Trust" in prose is no item.
    static func unspacedNumber(_ text: String, under numbering: ItemNumbering) -> (number: String, value: Int, rest: String)? {
        guard let lead = text.utf8.first, lead >= UInt8(ascii: "1"), lead <= UInt8(ascii: "9") else { return nil }
        let utf8 = Array(text.utf8.prefix(4))
        var digits = 0
        while digits < utf8.count, utf8[digits] >= UInt8(ascii: "0"), utf8[digits] <= UInt8(ascii: "9") { digits += 1 }
        guard (1...2).contains(digits), digits + 1 < utf8.count, utf8[0] != UInt8(ascii: "0"),
              utf8[digits] >= UInt8(ascii: "A"), utf8[digits] <= UInt8(ascii: "Z"),
              utf8[digits + 1] >= UInt8(ascii: "a"), utf8[digits + 1] <= UInt8(ascii: "z"),
              // ("Record of Votes View Papers" / "2Declarations of interest" / … / "4Rolling Action Log": COINS prints no number for
              // some rows, the first among them; one number may be skipped.)
              let value = Int(text.prefix(digits)), (1...2).contains(value - (numbering.lastValue ?? 0)) else { return nil }
        var rest = String(text.dropFirst(digits)).trimmingCharacters(in: .whitespaces)
        // ("4Rolling Action Log  View Papers": COINS's link to the item's papers.)
        for link in [" View Papers", " View papers"] where rest.hasSuffix(link) {
            rest = String(rest.dropLast(link.count)).trimmingCharacters(in: .whitespaces)
        }
        guard LinePatterns.wordCount(rest) >= 2, LinePatterns.wordCount(rest) <= 12, isTitleCaseHeading(Substring(rest)) || isSentenceCaseTitle(rest)
        else { return nil }
        return (String(text.prefix(digits)), value, rest)
    }

    /// "Minutes of the previous meeting": a short title whose first word alone has a capital, with no full stop.
    static func isSentenceCaseTitle(_ text: String) -> Bool {
        guard !text.hasSuffix("."), !text.contains(". "), !text.contains(":") else { return false }
        return text.split(separator: " ").count <= 8 && !MinutesReader.statesSomething(text)
    }

    /// "II PROVISION OF FREE SANITARY PRODUCTS": a Roman numeral before a title in capitals, as Scottish minutes number their articles.
    static func romanNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        guard let first = text.first, "IVX".contains(first), let space = text.firstIndex(of: " ") else { return nil }
        let numeral = String(text[..<space])
        guard let value = romanValues[numeral] else { return nil }
        let rest = text[text.index(after: space)...].trimmingSpaces()
        guard LinePatterns.isUpperCase(rest), LinePatterns.wordCount(String(rest)) >= 2 || rest.count >= 6 else { return nil }
        return (numeral, value, String(rest))
    }

    static let romanValues: [String: Int] = {
        let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
                        "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV"]
        return Dictionary(uniqueKeysWithValues: numerals.enumerated().map { ($1, $0 + 1) })
    }()

    /// Whether a short text is a heading in title case: every word but the small ones opens with a capital.
    static func isTitleCaseHeading(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard (1...8).contains(words.count) else { return false }
        let small: Set<String> = ["and", "of", "the", "for", "on", "to", "in", "with", "from", "by", "a", "an", "&", "at", "or"]
        return words.enumerated().allSatisfy { index, word in
            guard let first = word.first else { return true }
            return first.isUppercase || first.isNumber || (index > 0 && small.contains(word.lowercased()))
        }
    }

    /// "23/5 Ofsted Focused Visit": minute numbers printed as meeting/item. The item's value in the
    /// sequence is its second part. A date ("23/05/2019") is not one.
    static func slashNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        if let coded = codedMinuteNumber(text) { return coded }
        // "PLY28/12 Apologies for absence", "R001/11 Youth Club": a parish committee's letters, the minute's number and the
        // year; the value is the minute's number.
        if Self.opensWithLettersAndNumberBeforeSlash(text), let match = text.prefixMatch(of: Self.lettersMinuteAndYear), let value = Int(match.output.2) {
            guard let title = match.output.4 else { return nil }
            return ("\(match.output.1)\(match.output.2)/\(match.output.3)", value, String(title))
        }
        // The pattern opens with a digit and holds a slash: other lines are settled by a byte check.
        guard let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
              text.utf8.contains(UInt8(ascii: "/")), let match = text.prefixMatch(of: Self.slashNumbered), let value = Int(match.output.2) else { return nil }
        // ("2404/01 APOLOGIES": a meeting's four digits, year and month, then the minute; "2019/20 budget": a year is no number.)
        if match.output.1.count == 4, (1900...2099).contains(Int(match.output.1) ?? 0) { return nil }
        // ("19/23" alone on its line: the title is on the next.)
        guard match.output.3 != nil || match.0.count == text.count else { return nil }
        return ("\(match.output.1)/\(match.output.2)", value, String(match.output.3 ?? ""))
    }

    /// Whether a line opens with one to four capitals, one to three digits and a slash ("PLY28/", "R001/"): settled on its
    /// first bytes, before the pattern is tried.
    static func opensWithLettersAndNumberBeforeSlash(_ text: String) -> Bool {
        var letters = 0, digits = 0
        for byte in text.utf8.prefix(8) {
            if digits == 0, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                letters += 1
            } else if letters > 0, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
            } else {
                return byte == UInt8(ascii: "/") && (1...4).contains(letters) && (1...3).contains(digits)
            }
        }
        return false
    }

    /// "CYP/1/24" alone on its line, the title on the next: a minute numbered by the committee's code, the
    /// item and the year, as some ModernGov councils print them. The item's value is the middle part.
    /// "YC.1" alone on its line: the committee's code and the item (the value).
    static func codedMinuteNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        guard let first = text.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"), text.utf8.count <= 14 else { return nil }
        if let match = text.wholeMatch(of: Self.codedMinute), let value = Int(match.output.2) { return (text, value, "") }
        if let match = text.wholeMatch(of: Self.codeDotNumber), let value = Int(match.output.2) { return (text, value, "") }
        return nil
    }

    /// "8 CSIAs had been appointed. 2 half day training sessions …": a sentence ends inside the line and
    /// another begins, as prose does and a title does not. (An initial's full stop, "V. Carr", is no end.)
    static func holdsASentenceEnd(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count > 4 else { return false }
        for index in 2..<(utf8.count - 2) where utf8[index] == UInt8(ascii: ".") && utf8[index + 1] == UInt8(ascii: " ") {
            let next = utf8[index + 2]
            let opensSentence = (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")) || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
            // The word before the stop is a whole word (three letters or more), not an initial or "St".
            var start = index
            while start > 0, utf8[start - 1] != UInt8(ascii: " ") { start -= 1 }
            if opensSentence, index - start >= 3, utf8[start..<index].allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }),
               // ("Election of Chairman as a result of Cllr. Fowle’s resignation": a title's abbreviation is no sentence's end.)
               !Self.abbreviatedTitles.contains(String(decoding: utf8[start..<index], as: UTF8.self).lowercased()) { return true }
        }
        return false
    }

    /// Personal titles written with a full stop, three letters or more: "Cllr. Fowle", "Mrs. Hill".
    static let abbreviatedTitles: Set<String> = ["cllr", "cllrs", "mrs", "prof", "revd", "capt", "coun", "insp", "supt", "sgt"]

    /// "V. Carr", "J. T. Hehir": a person's initial opens the line.
    static func startsWithInitial(_ text: String) -> Bool {
        let utf8 = Array(text.utf8.prefix(3))
        return utf8.count == 3 && utf8[0] >= UInt8(ascii: "A") && utf8[0] <= UInt8(ascii: "Z") && utf8[1] == UInt8(ascii: ".") && utf8[2] == UInt8(ascii: " ")
    }

    /// A title names something: at least one word of three letters or more ("23 and" is not an item).
    static func hasTitleWord(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in word.filter(\.isLetter).count >= 3 && !["and", "the", "for", "with"].contains(word.lowercased()) }
    }

    /// Plain CMS: "CHILDREN'S SERVICES PERFORMANCE – The Director submitted a report" → the
    /// upper-case title and the minutes after the dash (nil when nothing follows it).
    /// "(29) QUESTIONS TO ASK – The Director …": the number of the report the minute is on, before the title, is dropped;
    /// "FORWARD PLAN – MARCH TO JUNE 2011 – The Director …": the title runs on over every dashed part in capitals.
    /// "1) Welcome" → "1 Welcome": an item's number in a bracket's form, read as any number is. Only "1)" when no item has
    /// opened yet, or the next number when the items so far were bracketed; nil otherwise.
    static func parenthesisedNumber(_ text: String, under numbering: ItemNumbering) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9"),
              let close = utf8.firstIndex(of: UInt8(ascii: ")")), utf8.distance(from: utf8.startIndex, to: close) <= 2,
              utf8[utf8.startIndex..<close].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let value = Int(String(text[..<close])), utf8[utf8.index(after: close)...].first == UInt8(ascii: " ") else { return nil }
        if let last = numbering.lastValue {
            guard numbering.parenthesised, value == last + 1 else { return nil }
        } else if value != 1 {
            return nil
        }
        return String(value) + " " + text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
    }

    /// Whether a line opens "N) ".
    static func opensWithBracketedNumber(_ text: String) -> Bool {
        let digits = text.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return (1...2).contains(digits.count) && text.utf8.dropFirst(digits.count).starts(with: ") ".utf8)
    }

    private static func upperCaseTitleAndDash(_ text: String) -> (title: String, rest: String?)? {
        var text = Substring(text)
        if text.hasPrefix("("), let close = text.firstIndex(of: ")"), text.index(after: text.startIndex) < close,
           text[text.index(after: text.startIndex)..<close].allSatisfy(\.isNumber), text.distance(from: text.startIndex, to: close) <= 4 {
            text = text[text.index(after: close)...].drop(while: { $0 == " " })
        }
        for dash in [" – ", " - ", " — "] {
            if let range = text.range(of: dash) {
                var head = text[..<range.lowerBound]
                guard LinePatterns.isUpperCase(head) else { continue }
                var rest = text[range.upperBound...]
                while let next = rest.range(of: dash), case let part = rest[..<next.lowerBound], LinePatterns.isUpperCase(part),
                      part.contains(where: \.isLetter) {
                    head = text[..<next.lowerBound]
                    rest = rest[next.upperBound...]
                }
                let after = rest.trimmingCharacters(in: .whitespaces)
                // ("EDUCATION (SCOTLAND) ACT 1980 - APPEAL COMMITTEE": capitals after the dash too are the title's.)
                if !after.isEmpty, LinePatterns.isUpperCase(Substring(after)), after.contains(where: \.isLetter) {
                    return (String(text).trimmingCharacters(in: .whitespaces), nil)
                }
                return (String(head), after.isEmpty ? nil : after)
            }
        }
        return nil
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension ItemHeader {
    /// A clock time at the end of a header line ("… 18:30").
    /// Whether the numbers alone on the lines that alternate with single lines of text around `index` ("1" / "Apologies" /
    /// "2" / "Minutes" / "3") go up one at a time. True when there is no other such number to compare.
    static func countsUpOneByOne(alternatingWith index: Int, in lines: [SourceLine]) -> Bool {
        func numberAlone(_ position: Int?) -> Int? {
            guard let position, case let text = lines[position].text, !text.isEmpty, text.utf8.count <= 4, text.allSatisfy(\.isNumber) else { return nil }
            return Int(text)
        }
        guard var current = numberAlone(index) else { return true }
        if let title = PageLayout.previousNonBlank(lines, before: index), let earlier = numberAlone(PageLayout.previousNonBlank(lines, before: title)),
           earlier + 1 != current, earlier != current {
            return false
        }
        var position = index
        for _ in 0..<3 {
            guard let title = PageLayout.nextNonBlank(lines, after: position), let next = PageLayout.nextNonBlank(lines, after: title),
                  let value = numberAlone(next) else { break }
            // ("180" / "Revenue Budget 2005/06 - Period 10" / "180" / "There was submitted …": a minute book prints the number
            // in both margins. In a table, "4" / "Court" / "4" / "Lisnaside" / "5", more counts follow.)
            if value == current {
                if let cell = PageLayout.nextNonBlank(lines, after: next), numberAlone(PageLayout.nextNonBlank(lines, after: cell)) != nil { return false }
                break
            }
            if value != current + 1 { return false }
            current = value
            position = next
        }
        return true
    }

    /// An agenda pack's page reference after a title: "(Pages 24 - 33)", "(Page 5)".
    nonisolated(unsafe) static let packPageReference = /\s\(Pages?\s+[0-9]+(\s*[-–]\s*[0-9]+)?\)/
    nonisolated(unsafe) static let trailingClockTime = /\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$/

    /// "3/10": an AKS minute number alone on its line (the minute, then the year).
    nonisolated(unsafe) static let minuteOfYear = /[0-9]{1,3}\/[0-9]{2}/

    /// "12/25 Title": an item number with its year.
    nonisolated(unsafe) static let slashNumbered = /([0-9]{1,4})\/([0-9]{1,3})\.?(?:\s+(\S.*))?/
    /// "PLY28/12 Apologies": letters, the minute's number, a slash, the year's two digits, then the title.
    nonisolated(unsafe) static let lettersMinuteAndYear = /([A-Z]{1,4})([0-9]{1,3})\/([0-9]{2})(?:\s+(\S.*))?/

    /// "CYP/1/24": a committee's code, the item and the year.
    nonisolated(unsafe) static let codedMinute = /([A-Z]{2,6})\/([0-9]{1,3})\/([0-9]{2,4})/
    nonisolated(unsafe) static let codeDotNumber = /([A-Z]{2,6})\.([0-9]{1,3})/
}
