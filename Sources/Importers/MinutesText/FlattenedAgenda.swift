import CouncilText
import EvidenceModel
import Foundation

/// An agenda PDF flattened into one paragraph by a document host: "Children and Young People's
/// Committee Monday, 17 December 2018 at 10:30 County Hall, West Bridgford, Nottingham AGENDA 1 Minutes
/// of the last meeting held on 19 November 2018 3 - 8 2 Apologies for Absence 3 …". The header before
/// "AGENDA" names the committee, the date and the venue; the items follow as numbers in sequence, each
/// with its title, with the pack's page ranges ("3 - 8") mixed in. Also in capitals with the heading's letters spaced
/// ("… COMMITTEE WEDNESDAY, 17 APRIL 2019 AT 13:30 HOURS IN COMMITTEE ROOMS 3 & 4 … A G E N D A 1 NOTICE OF
/// RECORDING/WEBCAST The Chairman to advise …"): each title is then its capitals, the item's note after it left out.
struct FlattenedAgenda {
    var committee: String?
    var meetingDate: CalendarDate?
    var venue: String?
    var items: [(number: String, title: String)]
    /// The 1-based source line of the paragraph.
    var line: Int

    /// The agenda in the first long paragraph that holds " AGENDA 1 " (or " A G E N D A 1 "), else nil.
    static func find(in lines: [SourceLine]) -> FlattenedAgenda? {
        for line in lines.prefix(40) where line.text.utf8.count >= 300 {
            guard let (header, body) = headerAndItems(line.text) else { continue }
            let items = readItems(body)
            guard items.count >= 2 else { continue }
            var agenda = FlattenedAgenda(items: items, line: line.number)
            agenda.readHeader(header)
            return agenda
        }
        return nil
    }

    /// The header before the items and the items from "1 " on: around " AGENDA 1 " (or " A G E N D A 1 "), or after
    /// a notice's opening words ("Notice of Meeting and Agenda Education Committee Thursday 21 June 2012 at 10.00 am in
    /// the City Chambers 1 Order of Business …"), where the items start at the first "1 " after the header's day.
    static func headerAndItems(_ text: String) -> (header: String, body: String)? {
        if let marker = text.range(of: " AGENDA 1 ") ?? text.range(of: " A G E N D A 1 ") {
            return (String(text[..<marker.lowerBound]), String(text[text.index(marker.upperBound, offsetBy: -2)...]))
        }
        // "… requested to attend a meeting of the above Committee to be held as follows:- Date: … Venue: … 1 BUSINESS 1
        // Declaration of Interests 2 …": a summons, its business listed after the heading on the next page.
        if let summons = summonsHeader(text), let marker = text.range(of: " BUSINESS 1 "), summons.endIndex <= marker.lowerBound {
            return (String(summons), String(text[text.index(marker.upperBound, offsetBy: -2)...]))
        }
        let opening = "Notice of Meeting and Agenda "
        guard text.hasPrefix(opening), let day = DateText.allDates(in: String(text.prefix(300))).first else { return nil }
        var search = day.range.upperBound
        while let one = text[search...].range(of: " 1 ") {
            if text[one.upperBound...].first?.isUppercase == true {
                return (String(text[text.index(text.startIndex, offsetBy: opening.count)..<one.lowerBound]), String(text[text.index(after: one.lowerBound)...]))
            }
            search = one.upperBound
        }
        return nil
    }

    /// The part of a summons that says what meets and when ("… Dear Member Education Resources Committee The Members listed
    /// below are requested to attend a meeting of the above Committee to be held as follows:- Date: Tuesday, 07 May 2019
    /// Time: 10:00 Venue: Committee Room 1, …"), from "Dear Member" to the text after the venue's label; nil elsewhere.
    static func summonsHeader(_ text: String) -> Substring? {
        guard let greeting = text.range(of: "Dear Member"), text.distance(from: text.startIndex, to: greeting.lowerBound) <= 400,
              let request = text[greeting.upperBound...].range(of: " requested to attend a meeting"),
              text.distance(from: greeting.upperBound, to: request.lowerBound) <= 200,
              let venue = text[request.upperBound...].range(of: " Venue: ") else { return nil }
        return text[greeting.lowerBound..<(text[venue.upperBound...].range(of: " 1 BUSINESS ")?.lowerBound ?? text.endIndex)]
    }

    /// "Dear Member Education Resources Committee The Members listed below … Date: Tuesday, 07 May 2019 Time: 10:00 Venue:
    /// Committee Room 1, Council Offices, Almada Street, Hamilton, ML3 0AA The business to be considered …": the body after
    /// the greeting, the day and the place after their labels.
    mutating func readSummons(_ header: String) {
        var body = header.dropFirst("Dear Member".count)
        if body.hasPrefix("s") { body = body.dropFirst() }
        if let end = body.range(of: " The ") ?? body.range(of: " You ") {
            let name = LinePatterns.trimTrailingPunctuation(body[..<end.lowerBound].trimmingCharacters(in: .whitespaces))
            if CouncilText.namesMeetingBody(name), LinePatterns.wordCount(name) <= 12 { committee = name }
        }
        if let date = header.range(of: " Date: ") { meetingDate = DateText.firstDate(in: String(header[date.upperBound...].prefix(60))) }
        if let place = header.range(of: " Venue: ") {
            var text = header[place.upperBound...]
            // The place ends where the letter goes on: "… ML3 0AA The business to be considered …".
            for next in [" The ", " Members ", " Please ", " Yours "] {
                if let end = text.range(of: next) { text = text[..<end.lowerBound] }
            }
            let venue = LinePatterns.trimTrailingPunctuation(text.trimmingCharacters(in: .whitespaces))
            if !venue.isEmpty, venue.utf8.count <= 160 { self.venue = venue }
        }
    }

    /// "Committee Monday, 17 December 2018 at 10:30 County Hall, West Bridgford": committee, date, venue.
    mutating func readHeader(_ header: String) {
        if header.hasPrefix("Dear Member") { return readSummons(header) }
        guard let match = DateText.allDates(in: header).first else { return }
        meetingDate = match.date
        var name = LinePatterns.trimTrailingPunctuation(header[..<match.range.lowerBound].trimmingCharacters(in: .whitespaces))
        // ("… Committee Monday, 17 December 2018", "… COMMITTEE WEDNESDAY, 17 APRIL 2019".)
        for weekday in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        where name.lowercased().hasSuffix(" " + weekday.lowercased()) {
            name = String(name.dropLast(weekday.count)).trimmingCharacters(in: .whitespaces)
        }
        name = Self.droppingCouncilName(LinePatterns.trimTrailingPunctuation(name))
        if !name.isEmpty, LinePatterns.wordCount(name) <= 14 { committee = name }
        venue = PageLayout.venueAfterDate(header[match.range.upperBound...])
    }

    /// "BIRMINGHAM CITY COUNCIL LEARNING, CULTURE AND … COMMITTEE" → "LEARNING, CULTURE AND … COMMITTEE": the council
    /// that opens the pack's heading is no part of its committee's name.
    static func droppingCouncilName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let council = words.prefix(5).firstIndex(where: { $0.lowercased() == "council" }), council >= 1, council + 1 < words.count else { return name }
        let body = words[(council + 1)...].joined(separator: " ")
        return CouncilText.namesMeetingBody(body) ? body : name
    }

    /// "1 Minutes of … 3 - 8 2 Apologies for Absence 3 Declarations …" → the numbered titles, page ranges dropped.
    static func readItems(_ body: String) -> [(number: String, title: String)] {
        let words = body.split(separator: " ").map(String.init)
        var titles: [[String]] = []
        var expected = 1
        var index = 0
        while index < words.count {
            let word = words[index]
            // ("… the meeting held on 5 February 2019. 5 CABINET MEMBER …": a day is no item's number.)
            if word == String(expected), index + 1 < words.count, words[index + 1].first?.isUppercase == true,
               MonthName.number(words[index + 1]) == nil {
                titles.append([])
                expected += 1
                index += 1
                continue
            }
            // A page's foot between two items ("… 6 CHILDCARE … 25 - 98 … in attendance. Page 1 of 106 7 WORK
            // PROGRAMME"): the list goes on after it. Elsewhere the pack's own notes follow the last item.
            if word == "Page", index + 2 < words.count, words[index + 2] == "of" {
                if index + 4 < words.count, words[index + 4] == String(expected), words[index + 1].allSatisfy(\.isNumber),
                   words[index + 3].allSatisfy(\.isNumber) {
                    index += 4
                    continue
                }
                break
            }
            if word == "Notes", index + 1 < words.count, words[index + 1] == "(1)" { break }
            if expected > 1 { titles[titles.count - 1].append(word) }
            index += 1
        }
        // An agenda in capitals ("4 ACTION NOTES 3 - 6 To confirm the action notes …"): each title ends where its
        // capitals do. Settled on most items opening with two words in capitals, so "SEND Strategy Update" in an
        // agenda of small letters keeps its words.
        let inCapitals = titles.filter { $0.count >= 2 && $0.prefix(2).allSatisfy(Self.isCapitalsWord) }.count * 2 > titles.count
        return titles.enumerated().compactMap { position, words in
            let kept = inCapitals ? Array(words.prefix { !$0.contains(where: \.isLowercase) })
                : Array(words.prefix(min(descriptionStart(in: words), pageRangeBeforeNote(in: words) ?? words.count)))
            guard !kept.isEmpty else { return nil }
            var title = kept.joined(separator: " ")
            title = title.replacing(Self.pageRange, with: " ")
            if let cut = title.range(of: ":-") ?? title.range(of: " (see ") { title = String(title[..<cut.lowerBound]) }
            return (String(position + 1), LinePatterns.trimTrailingPunctuation(CouncilText.collapsingSpaces(title)))
        }
    }

    /// Where an item's note starts after its title, in an agenda of small letters: a quotation ("“Arboretum Playing
    /// Fields, currently …"), "(circulated …)", whose report it is ("– report by the Director", "Report by …"), or a
    /// sentence ("Including any notices …", "Members should declare …"); the title's length when none does.
    static func descriptionStart(in words: [String]) -> Int {
        for (index, word) in words.enumerated() where index >= 1 {
            if word.hasPrefix("“") || word.hasPrefix("\"") || word.lowercased().hasPrefix("(circulated") { return index }
            if ["–", "-"].contains(word), index + 1 < words.count, words[index + 1].lowercased() == "report" { return index }
            if word == "Report", index + 1 < words.count, ["by", "of"].contains(words[index + 1]) { return index }
            if ["Including", "Members"].contains(word) || FlattenedMinutes.sentenceOpeners.contains(word),
               !FlattenedMinutes.joiningWords.contains(words[index - 1].lowercased()) {
                return index
            }
        }
        return words.count
    }

    /// "2 Minutes of Previous Meeting 5 - 12 Minutes of the meeting … submitted for approval as a correct record. (Copy
    /// attached)", "3 Revenue Budget Monitoring 13 - 16 Joint report dated 3 April 2019 by …": where the pack's page column
    /// ("5 - 12") stands between the title and a note on the paper (sentences, "(Copy attached)", whose report it is);
    /// nil when it does not. (A title wrapped round the column goes on after it: "… for Children and 29 - 48 Young
    /// People's Emotional and Mental Health"; an age range, "aged 11 - 16", is no page column.)
    static func pageRangeBeforeNote(in words: [String]) -> Int? {
        guard words.count >= 5 else { return nil }
        for index in 1..<(words.count - 3) where words[index + 1] == "-" {
            guard let first = Int(words[index]), let last = Int(words[index + 2]), first <= last, last - first <= 400,
                  words[index + 3].first?.isUppercase == true,
                  !["aged", "age", "ages", "years", "year", "from", "between", "key", "stage", "stages"].contains(words[index - 1].lowercased()) else { continue }
            // ("… for Children and 17 - 20 Young People …": a title that wrapped round the column, cut at a joining word.)
            guard !FlattenedMinutes.joiningWords.contains(words[index - 1].lowercased()) else { continue }
            let note = words[(index + 3)...]
            let opensWithReport = ["Joint", "Report"].contains(note.first!) && note.dropFirst().first.map { ["report", "by", "of", "dated"].contains($0) } == true
            if opensWithReport || note.contains(where: { $0.hasSuffix(".") || $0.hasPrefix("(Copy") }) { return index }
        }
        return nil
    }

    /// "NOTICE", "REQUEST(S)", "(IF": a word with two letters or more, none of them small.
    static func isCapitalsWord(_ word: String) -> Bool {
        word.filter(\.isLetter).count >= 2 && !word.contains(where: \.isLowercase)
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension FlattenedAgenda {
    /// A page range ("12 - 18") in a flattened title.
    nonisolated(unsafe) static let pageRange = /\s*[0-9]+\s*-\s*[0-9]+\s*/
}
