import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Lines of a page's header, one at a time: a heading run into the list of those present or up to its date, the
/// place after a time, a body's name above a heading, a document site's chrome and upload title.
extension PageLayout {
    /// "Minutes of a meeting held at Court, Poole Court Drive, on 21st September 2006 at 1.30pm Those present: …":
    /// a PDF copy's heading run into the list of those present. The heading, when it dates the meeting.
    static func headingBeforePresentList(_ text: String) -> String? {
        let head = text.prefix(300)
        guard let marker = [" Those present", " Present:", " PRESENT", " Attendance:", " Attended:", " In attendance"]
            .compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let heading = String(head[..<marker.lowerBound])
        return DateText.firstDate(in: heading) == nil ? nil : heading
    }

    /// "Minutes of the meeting of the X Community Council held at PLACE on Monday, 13th March, 2017, at 7.00.p.m. 167.0.
    /// Agenda Item 1: …": a heading run on into the minutes, its day followed by nothing but a time and the full stop that
    /// ends it. The heading up to its day; nil for any other line.
    static func headingEndingAfterItsDay(_ text: String) -> String? {
        let head = String(text.prefix(300))
        guard let match = DateText.allDates(in: head).first, head.distance(from: head.startIndex, to: match.range.lowerBound) <= 240 else { return nil }
        let after = head[match.range.upperBound...]
        guard let stop = after.range(of: ". "), after.distance(from: after.startIndex, to: stop.lowerBound) <= 40 else { return nil }
        var time = after[..<stop.lowerBound].trimmingSpaces()
        while let first = time.first, first == "," { time = time.dropFirst().trimmingSpaces() }
        if time.lowercased().hasPrefix("at ") { time = time.dropFirst(3) }
        let spaced = String(time).replacingOccurrences(of: ".p.m", with: " p.m").replacingOccurrences(of: ".a.m", with: " a.m")
        guard time.isEmpty || LinePatterns.isTimeOnly(spaced) || LinePatterns.isTimeOnly(spaced + ".") else { return nil }
        return String(head[..<match.range.upperBound])
    }

    /// A meeting's heading with its date, read on as a PDF copy wrapped it: "MINUTE of the MEETING of the
    /// EDUCATION, LEISURE AND HOUSING" / "COMMITTEE of ORKNEY ISLANDS COUNCIL held in COUNCIL OFFICES," /
    /// "KIRKWALL on 6 FEBRUARY 2013 at 10.30am". Up to three more lines, none a label; nil without a date.
    static func headingUpToItsDate(from index: Int, in lines: [SourceLine]) -> (text: String, next: Int)? {
        var text = lines[index].text
        var last = index
        var joined = 0
        while DateText.firstDate(in: text) == nil {
            guard joined < 3, !LinePatterns.endsWithTerminalPunctuation(Substring(text)) || text.hasSuffix(","),
                  let next = nextNonBlank(lines, after: last), lines[next].text.utf8.count <= 120,
                  Labels.parse(lines[next].text) == nil, text.utf8.count + lines[next].text.utf8.count <= 300 else { return nil }
            text += " " + lines[next].text
            last = next
            joined += 1
        }
        return (text, last + 1)
    }

    /// "10 AM Block B Room 3 Kirkton House", "2.00pm Council Chamber": a time, then a place.
    static func placeAfterTime(_ text: String) -> String? {
        guard text.utf8.count <= 100, text.first?.isNumber == true else { return nil }
        let digits = text.prefix { $0.isNumber || $0 == "." || $0 == ":" }
        var rest = text.dropFirst(digits.count).trimmingSpaces()
        guard let suffix = ["a.m.", "p.m.", "am", "pm"].first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(suffix.count)
        guard rest.first == " " || rest.first == "," else { return nil }
        while let first = rest.first, first == " " || first == "," || first == "-" || first == "–" { rest = rest.dropFirst() }
        let place = LinePatterns.trimTrailingPunctuation(rest)
        guard LinePatterns.isTitleLike(place, maxLength: 90), (1...10).contains(LinePatterns.wordCount(place)),
              DateText.firstDate(in: place) == nil, !place.contains(":") else { return nil }
        return place
    }

    /// Whether the next line goes on with where or when the meeting was held ("held at the Town Hall, Kirkton", "held on").
    static func nextLineSaysWhereHeld(after index: Int, in lines: [SourceLine]) -> Bool {
        guard let next = nextNonBlank(lines, after: index), next == index + 1 else { return false }
        return lines[next].text.hasPrefix("held ") && lines[next].text.utf8.count <= 120
    }

    /// "13.07.2015 Views", "19 views 0", "Show more": what a document-sharing site prints around the copy.
    /// "Kirkton Primary School Parent Council Minute of meeting of Kirkton … on Monday 26th August 2013 …": the heading
    /// after the name of the body printed above it (a PDF ran the lines together); nil for any other line.
    static func headingAfterBodyName(_ text: String) -> String? {
        // ("… COMMITTEE MINUTE of Meeting of …": the word in capitals, the rest not.)
        guard text.utf8.count > 40, TextScan.contains(text, ascii: "inute") || TextScan.contains(text, ascii: "INUTE") else { return nil }
        let lower = text.prefix(160).lowercased()
        for cue in [" minute of meeting of ", " minutes of meeting of ", " minute of the meeting of ", " minutes of the meeting of ",
                    " minutes of a meeting of ", " minute of a meeting of "] {
            guard let range = lower.range(of: cue) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
            let prefix = String(text.prefix(offset))
            guard LinePatterns.isTitleLike(prefix, maxLength: 100), DateText.firstDate(in: prefix) == nil,
                  CouncilText.namesMeetingBody(prefix) else { return nil }
            return String(text.dropFirst(offset + 1))
        }
        // "PRESTON HIGH SCHOOL MINUTES OF PARENT COUNCIL ANNUAL GENERAL MEETING HELD ON THURSDAY, 3 JUNE 2010 AT …": the
        // school or body in capitals, then a heading that says when the meeting was held.
        if let range = lower.range(of: " minutes of ") {
            let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
            let prefix = String(text.prefix(offset))
            let heading = String(text.dropFirst(offset + 1))
            guard LinePatterns.wordCount(prefix) <= 8, !prefix.contains(where: \.isLowercase), prefix.contains(where: \.isLetter),
                  DateText.firstDate(in: prefix) == nil, TextScan.contains(heading.prefix(160).lowercased(), ascii: " held "),
                  let date = DateText.allDates(in: heading).first,
                  !heading[..<date.range.lowerBound].contains(where: \.isLowercase) else { return nil }
            return heading
        }
        return nil
    }

    /// "Schools Forum Draft Minutes of the meeting held on 26th September 2019 – …": the body that met, printed before a
    /// heading that names none, and the heading (its qualifier dropped). Nil unless the words before name a body that meets.
    static func bodyBeforeMeetingHeading(_ text: String) -> (body: String, heading: String)? {
        guard text.utf8.count > 40, TextScan.contains(text, ascii: "inutes of") else { return nil }
        let lower = text.prefix(160).lowercased()
        for cue in [" minutes of the meeting held ", " minutes of meeting held ", " minutes of the meeting on ", " minutes of the meeting - ",
                    " minutes of the meeting – "] {
            guard let range = lower.range(of: cue) else { continue }
            var body = Substring(text.prefix(lower.distance(from: lower.startIndex, to: range.lowerBound)))
            if let qualifier = minutesQualifiers.first(where: { body.lowercased().hasSuffix(" " + $0.dropLast()) }) {
                body = body.dropLast(qualifier.count)
            }
            let name = String(body).trimmingCharacters(in: .whitespaces)
            guard LinePatterns.wordCount(name) <= 8, LinePatterns.isTitleLike(name, maxLength: 100), DateText.firstDate(in: name) == nil,
                  CouncilText.namesMeetingBody(name) else { return nil }
            return (name, String(text.dropFirst(lower.distance(from: lower.startIndex, to: range.lowerBound) + 1)))
        }
        return nil
    }

    /// "Minutes of the Budget and Corporate" / "Scrutiny Management Board": the rest of a heading's body on the line right under
    /// it (no blank between), when the heading alone names no body and the two together do; nil otherwise.
    static func bodyNameWrapped(after index: Int, heading: String, in lines: [SourceLine]) -> String? {
        guard index + 1 < lines.count, !lines[index + 1].isBlank, case let next = lines[index + 1].text.trimmingCharacters(in: .whitespaces),
              LinePatterns.wordCount(next) <= 8, LinePatterns.isTitleLike(next, maxLength: 80), DateText.firstDate(in: next) == nil,
              Labels.parse(next) == nil, !CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(heading)),
              CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(next)) else { return nil }
        return next
    }

    /// Where the page's own text starts below a document site's upload title that holds a date ("Minutes of the Meeting
    /// Held on 20 June 2007 at 10" / "Total Page:16" / "File Type:pdf, Size:1020Kb"): the site took the title from
    /// anywhere in the file, so its day may be another meeting's. 0 when there is no such title.
    static func uploadTitleSkipped(_ lines: [SourceLine]) -> Int {
        guard let title = nextNonBlank(lines, after: -1), let chrome = nextNonBlank(lines, after: title),
              lines[chrome].text.hasPrefix("Total Page:"), DateText.firstDate(in: lines[title].text) != nil else { return 0 }
        if let fileType = nextNonBlank(lines, after: chrome), lines[fileType].text.hasPrefix("File Type:") { return fileType + 1 }
        return chrome + 1
    }

    static func isDocumentSiteChrome(_ lower: String) -> Bool {
        // "PDF | EEPB Minutes": a document site's title for the file, its format first.
        if ["pdf | ", "doc | ", "docx | ", "ppt | ", "pptx | "].contains(where: { lower.hasPrefix($0) }) { return true }
        // (And its "Total Page:16" / "File Type:pdf, Size:1020Kb" lines.)
        if lower.hasPrefix("total page:") || lower.hasPrefix("file type:") { return true }
        // A blog's heading over the posts it files under a category: "Category Archives: Parent Council".
        if lower.hasPrefix("category archives:") || lower.hasPrefix("tag archives:") || lower.hasPrefix("monthly archives:") { return true }
        guard lower.utf8.count <= 40 else { return false }
        if ["show more", "show less", "read more", "download", "report this document", "embed", "copied!", "full text",
            // (A document site's counters and tools over the text: "Upload", "Embed Size (px)", "Citation preview".)
            "upload", "embed size (px)", "citation preview"].contains(lower) { return true }
        // A document site's note over the text it shows: "Loading.... (view fulltext now)".
        if lower.hasPrefix("loading...") && lower.hasSuffix("(view fulltext now)") { return true }
        let words = lower.split(separator: " ")
        guard let viewsIndex = words.firstIndex(where: { $0 == "views" || $0 == "view" }), viewsIndex > 0, viewsIndex + 2 >= words.count else { return false }
        return words.indices.allSatisfy { $0 == viewsIndex || words[$0].allSatisfy { $0.isNumber || $0 == "." || $0 == "/" || $0 == "," } }
    }

    /// "Minutes of meeting held on 20.01.09 were agreed as a true and accurate record.": a sentence of the
    /// minutes about an earlier meeting's, not a heading.
    static func reportsMinutesApproved(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        return zip(words, words.dropFirst()).contains { pair in
            ["was", "were", "are", "be"].contains(pair.0)
                && ["agreed", "approved", "accepted", "confirmed", "signed", "taken", "received", "noted", "circulated", "read"]
                    .contains(pair.1.trimmingCharacters(in: [".", ","]))
        }
    }

    /// The index of the last non-blank line before `index`, nil when there is none.
    /// The name of the body the page opens with above a line: its one or two lines, short and title-like, with no date
    /// or label, joined ("Kirkton Children's" / "Strategic Planning Group"); nil when anything else stands above.
    static func bodyAbove(_ index: Int, in lines: [SourceLine]) -> String? {
        let above = lines[..<index].filter { !$0.isBlank }.map(\.text)
        guard (1...2).contains(above.count),
              above.allSatisfy({ LinePatterns.isTitleLike($0, maxLength: 80) && LinePatterns.wordCount($0) <= 8
                  && DateText.firstDate(in: $0) == nil && Labels.parse($0) == nil }) else { return nil }
        let name = above.joined(separator: " ")
        return CouncilText.namesMeetingBody(name) || bodyNamedWithin(name) != nil ? name : nil
    }

    /// "In the Village Hall, Kirkton", "At County Hall": a line that is only the place of the meeting above it.
    static func placeLine(_ text: String) -> String? {
        for lead in ["In the ", "At the ", "In ", "At "] where text.hasPrefix(lead) {
            let place = LinePatterns.trimTrailingPunctuation(Substring(text.dropFirst(lead.count)))
            guard (1...10).contains(LinePatterns.wordCount(place)), place.first?.isUppercase == true, DateText.firstDate(in: place) == nil,
                  !place.contains(":") else { return nil }
            return place
        }
        return nil
    }

    /// Whether the lines hold a Word table's rows of items, numbered 1, 2, 3 in order, each number in a cell of its own
    /// ("1. / Welcome and apologies"): minutes, whatever their heading was.
    static func minutesTableRows(_ lines: [SourceLine]) -> Bool {
        var expected = 1
        for line in lines where !line.isBlank && line.text.utf8.first.map({ $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }) == true {
            guard let lead = LinePatterns.leadingNumber(line.text, requireDot: true), lead.value == expected, lead.rest.hasPrefix("/ "),
                  lead.rest.dropFirst(2).first?.isUppercase == true else { continue }
            expected += 1
            if expected > 3 { return true }
        }
        return false
    }

    /// Where a text's opening run of labels ends, when it holds the meeting's day and its place or time ("Date: 22nd March
    /// 2016", "Time: 7.00 pm", "Venue: The School"); nil otherwise.
    static func meetingHeaderLabelsEnd(_ lines: [SourceLine]) -> Int? {
        var sawDate = false, sawPlaceOrTime = false
        var end: Int?
        for index in lines.indices {
            let line = lines[index]
            if line.isBlank { continue }
            guard let label = Labels.parse(line.text), !label.value.isEmpty else { break }
            switch label.role {
            // (A day the text prints but no reader can read, "9h July 2008", is still the meeting's label: no date is taken.)
            case .meetingDate: sawDate = true
            case .venue: sawPlaceOrTime = true
            case .property where label.label.lowercased() == "time": sawPlaceOrTime = true
            default: return nil
            }
            end = index + 1
            if index > 12 { break }
        }
        return sawDate && sawPlaceOrTime ? end : nil
    }
}

extension PageLayout {

    /// A line of a telephone number or an e-mail address and nothing that reads as a heading: "07788415591 [email protected]",
    /// "Tel: 0121 779 3865".
    static func isContactLine(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 6 else { return false }
        return words.contains { FactExtractor.isPhoneNumber(String($0)) || $0.contains("@") || $0 == "[email" }
    }

    /// "Kirkton Community Council held their meeting remotely via Zoom at 7.30pm on the 10th June 2020.", "The Schools
    /// Forum held its meeting at County Hall on 4 March 2021.": the body that met and the day, when the sentence opens
    /// with a body that meets and holds one full date; nil otherwise.
    static func bodyHeldItsMeeting(_ text: String) -> (body: String, date: CalendarDate)? {
        guard text.utf8.count <= 300, TextScan.contains(text, ascii: " held "),
              let held = text.range(of: " held their meeting") ?? text.range(of: " held its meeting")
                ?? text.range(of: " held their ") ?? text.range(of: " held its ") else { return nil }
        var body = String(text[..<held.lowerBound])
        if body.hasPrefix("The ") { body = String(body.dropFirst(4)) }
        guard LinePatterns.isTitleLike(body, maxLength: 100), LinePatterns.wordCount(body) <= 10, CouncilText.namesMeetingBody(body),
              body.first?.isUppercase == true else { return nil }
        let dates = DateText.allDates(in: String(text[held.upperBound...]))
        guard dates.count == 1, let date = dates.first?.date else { return nil }
        return (body, date)
    }
}
