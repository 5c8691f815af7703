import CouncilText
import Foundation

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
            // ("24." / "Disclosures of personal interest (including whipping declarations) Members are reminded of their personal
            // responsibility …" / "Minutes:": the title, then the agenda's note on the same line.)
            if overMinutesLabel, title.utf8.count > 120, let split = Self.titleBeforeNote(title) {
                return ItemHeader(number: lead.number, title: split.title, next: titleIndex + 1, numberAlone: true, rest: split.note,
                                  titleLine: lines[titleIndex].number)
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
        // "2. Minutes of the meeting held on 8th September, 2022." between "1. Apologies for absence." and "3. To receive
        // declarations of interest …": an agenda that ends every item with a full stop, its numbers going up one by one.
        if lead.rest.hasSuffix("."), !lead.rest.hasSuffix(".."), Self.isAmongItemsEndingWithFullStops(lead.number, at: index, in: lines),
           Self.namesBusinessInAnAgendaSentence(lead.rest.dropLast()) {
            lead.rest.removeLast()
        }
        // "3. icon Culture and Education Partnership Project 'Living Communities' [295Kb] - Report by Executive Director (…)
        // (copy herewith 12/483) (Pages 17-20)": a council site's agenda line, the paper's icon, size and author about its title.
        if let title = Self.titleBeforePaperSize(lead.rest) { lead.rest = title }
        // "17 Declarations of interest – none": the title, then what the item came to in a word.
        for outcome in [" – none", " - none", " – None", " - None", " – nil", " - nil", " – Nil", " - Nil"] where lead.rest.hasSuffix(outcome) {
            lead.rest.removeLast(outcome.count)
            break
        }
        // "1.Minutes of Last Meeting:", "3. ESF Funding:": a title with a colon after it (not a label's: "Present:"; but
        // "2. Apologies for Absence:", the label alone, titles the item that records them).
        // ("1. The Chair & Vice Chair of this LCP were unanimously agreed for 2011 as:": a sentence introducing its list.)
        if lead.rest.hasSuffix(":"), !lead.rest.hasSuffix("::"), Labels.parse(lead.rest).map({ $0.role == .apologies && $0.value.isEmpty }) ?? true,
           LinePatterns.isTitleLike(String(lead.rest.dropLast())), !lead.rest.dropLast().contains(":"),
           !MinutesReader.statesSomething(String(lead.rest.dropLast())) {
            lead.rest.removeLast()
        }
        guard LinePatterns.isTitleLike(lead.rest), LinePatterns.resolutionMarker(lead.rest) == nil, hasTitleWord(lead.rest),
              LinePatterns.wordCount(lead.rest) <= 25, !holdsASentenceEnd(lead.rest) else { return nil }
        return ItemHeader(number: lead.number, title: lead.rest, next: index + 1, rest: nil, titleLine: lines[index].number)
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
    /// An agenda pack's page reference after a title: "(Pages 24 - 33)", "(Page 5)".
    nonisolated(unsafe) static let packPageReference = /\s\(Pages?\s+[0-9]+(\s*[-–]\s*[0-9]+)?\)/
    /// A clock time at the end of a header line ("… 18:30").
    nonisolated(unsafe) static let trailingClockTime = /\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$/
}

extension ItemHeader {
    /// "Disclosures of personal interest (including whipping declarations) Members are reminded of …" → the title and the
    /// note after it, parted where a sentence opens (as a flattened item's are); nil when none opens within its first
    /// fifteen words.
    static func titleBeforeNote(_ text: String) -> (title: String, note: String)? {
        let words: [Substring] = ["#"] + text.split(separator: " ")
        guard let end = FlattenedMinutes.titleEnd(in: words), end >= 3, end < words.count else { return nil }
        return (words[1..<end].joined(separator: " "), words[end...].joined(separator: " "))
    }
}
