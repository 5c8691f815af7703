import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// The one-line headings that name the body that met and its day, as councils print them ("X – Minutes of Meeting",
/// "X Agenda - DATE", "X Meeting - DATE", "Minutes - X - DATE", "X minutes summary - DATE"). The "Minutes of the meeting
/// of X held on …" sentence is read in `PageLayout+MinutesOfLine.swift`, headings a PDF ran together in
/// `PageLayout+RunTogetherHeadings.swift`, and the places and times in them in `PageLayout+PlacesAndTimes.swift`.
extension PageLayout {
    /// "Advisory Board – Minutes of Meeting": the body before the word; "Early Years Reference Group Minutes: 14 Nov
    /// 2023, 14.00 - 15.30 via Teams": the body, the day right after, and the place an online meeting was held "via".
    static func bodyBeforeMinutes(_ text: String) -> (committee: String, date: CalendarDate?, venue: String?)? {
        guard text.utf8.count <= 160 else { return nil }
        // The Scottish Government's pages name the body and the month only: "Early Learning and Childcare Joint Delivery
        // Board minutes: October 2018", "GIRFEC Practice Development Panel: minutes June 2018", "National Child Protection
        // Leadership Group: December 2017".
        if let range = text.range(of: " minutes: ") ?? text.range(of: ": minutes ") ?? text.range(of: ": "),
           let month = monthAndYear(text[range.upperBound...]) {
            let name = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            guard namesABody(name), month.year >= 1990 else { return nil }
            return (name, nil, nil)
        }
        guard TextScan.contains(text, ascii: "inutes") else { return nil }
        if let dated = bodyMinutesDashDay(text) { return (dated.committee, dated.date, nil) }
        let lower = text.lowercased()
        for ending in [" – minutes of meeting", " - minutes of meeting", " – minutes of the meeting", " - minutes of the meeting",
                       " – minutes", " - minutes"] where lower.hasSuffix(ending) {
            let name = String(text.dropLast(ending.count)).trimmingCharacters(in: .whitespaces)
            guard namesABody(name) else { return nil }
            return (name, nil, nil)
        }
        if let dated = bodyMinutesAndDay(text) { return (dated.committee, dated.date, nil) }
        guard let range = text.range(of: " Minutes: ") else { return nil }
        let name = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        // (A String of its own: the dates' ranges index it, not the line.)
        let tail = String(text[range.upperBound...])
        guard namesABody(name), let first = DateText.allDates(in: tail).first,
              tail.distance(from: tail.startIndex, to: first.range.lowerBound) <= 12 else { return nil }
        var venue: String?
        if let via = tail.range(of: " via ") {
            let place = LinePatterns.trimTrailingPunctuation(tail[via.upperBound...])
            if (1...3).contains(LinePatterns.wordCount(place)), place.first?.isUppercase == true { venue = place }
        }
        return (name, first.date, venue)
    }

    /// "Coronavirus (COVID-19): Children and Families Collective Leadership Group minutes - 5 August 2021" (the Scottish
    /// Government's later pages): the body (after a topic and its colon), the word in lower case, a dash or colon, and
    /// only the day after it.
    static func bodyMinutesDashDay(_ text: String) -> (committee: String, date: CalendarDate)? {
        for marker in [" minutes - ", " minutes – ", " minutes: "] {
            guard let range = text.range(of: marker) else { continue }
            var name = Substring(text[..<range.lowerBound])
            if let colon = name.range(of: ": ", options: .backwards) { name = name[colon.upperBound...] }
            let tail = text[range.upperBound...].trimmingSpaces()
            guard tail.first?.isNumber == true, let date = DateText.parse(String(tail)) else { return nil }
            let body = String(name).trimmingCharacters(in: .whitespaces)
            return namesABody(body) ? (body, date) : nil
        }
        return nil
    }

    /// "October 2018" alone: a month's name and a year of four digits.
    static func monthAndYear(_ text: Substring) -> (month: Int, year: Int)? {
        let words = text.trimmingSpaces().split(separator: " ")
        guard words.count == 2, let month = MonthName.number(words[0]), words[1].count == 4, let year = Int(words[1]) else { return nil }
        return (month, year)
    }

    /// "Kirkton Primary School Parent Council Minutes - Kirkton Parent Council Meeting – 5th Sept 2013.": the body before
    /// "Meeting" (after the heading's last dash), then the day alone.
    static func bodyMeetingAndDay(_ text: String) -> (committee: String, date: CalendarDate)? {
        guard text.utf8.count <= 160, TextScan.contains(text, ascii: "eeting"), let match = DateText.allDates(in: text).last,
              DateText.allDates(in: text).count == 1 else { return nil }
        // Nothing but a time or a full stop after the day (or, after a dash, what the document is: "– Agreed Report").
        let tail = text[match.range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .,"))
        guard tail.isEmpty || LinePatterns.isTimeOnly(tail) || Self.namesTheRecord(afterDash: tail) else { return nil }
        var before = text[..<match.range.lowerBound].trimmingSpaces()
        while let last = before.last, last == "-" || last == "–" || last == "," || last == ":" { before = before.dropLast().trimmingSpaces() }
        if let last = before.split(separator: " ").last, DateText.isWeekday(last) { before = before.dropLast(last.count).trimmingSpaces() }
        for dash in [" – ", " - "] {
            if let range = before.range(of: dash, options: .backwards) { before = before[range.upperBound...] }
        }
        guard before.lowercased().hasSuffix(" meeting") else { return nil }
        var name = String(before.dropLast(" meeting".count)).trimmingCharacters(in: .whitespaces)
        // "Summary of DE Board Meeting - 22 November 2018": what the document is, then the body.
        for lead in ["summary of the ", "summary of ", "notes of the ", "notes of ", "minutes of the ", "minutes of ", "minutes for the ", "minutes for ",
                     "date of the ", "date of "]
        where name.lowercased().hasPrefix(lead) && name.count > lead.count + 2 {
            name = String(name.dropFirst(lead.count))
            break
        }
        return namesABody(name) ? (name, match.date) : nil
    }

    /// "Kirkton Association of Parent Council Members Meeting held on Tuesday 1 October 2013, Brunton Hall,": the body before
    /// "Meeting held on", the day, and the place after it (a few capitalised words), if any; nil for any other line.
    static func bodyMeetingHeldOnDay(_ text: String) -> (committee: String, date: CalendarDate, venue: String?)? {
        guard text.utf8.count <= 200, let held = text.range(of: " Meeting held on ") ?? text.range(of: " meeting held on "),
              let match = DateText.allDates(in: text).first, match.range.lowerBound >= held.upperBound,
              DateText.allDates(in: text).count == 1 else { return nil }
        let between = text[held.upperBound..<match.range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        guard between.isEmpty || between.split(separator: " ").allSatisfy({ DateText.isWeekday($0) }) else { return nil }
        let name = droppingRecordWords(String(text[..<held.lowerBound]).trimmingCharacters(in: .whitespaces))
        // ("The Forum agreed the minutes of the meeting held on …": a sentence about another meeting, no heading.)
        guard namesABody(name), LinePatterns.wordCount(name) <= 12, LinePatterns.isTitleLike(name, maxLength: 120),
              name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "for", "the", "&"].contains($0) })
        else { return nil }
        var place = text[match.range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
        if place.lowercased().hasPrefix("at ") || place.lowercased().hasPrefix("in ") { place = String(place.dropFirst(3)) }
        if let time = place.split(separator: ",").first, LinePatterns.isTimeOnly(time.trimmingCharacters(in: .whitespaces)) {
            place = String(place.dropFirst(time.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        }
        let venue = !place.isEmpty && LinePatterns.wordCount(place) <= 8 && place.first?.isUppercase == true
            && place.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || ["of", "and", "the", "&"].contains($0) })
            ? place : nil
        return (name, match.date, venue)
    }

    /// "2014.E.S.C.S.C.181 THE FIFE COUNCIL - EDUCATION, SOCIAL AND COMMUNITIES SCRUTINY COMMITTEE - KIRKCALDY 2nd December,
    /// 2014 9.35 a.m. – 2.20 p.m.": the council, the committee and the town, parted by dashes, then the day (a page's own
    /// reference before them); nil for any other line.
    static func councilCommitteePlaceAndDay(_ text: String) -> (committee: String, date: CalendarDate, venue: String?)? {
        guard text.utf8.count <= 300, TextScan.contains(text, ascii: "COUNCIL - "), let match = DateText.allDates(in: text).first else { return nil }
        var before = Substring(text[..<match.range.lowerBound]).trimmingSpaces()
        // (The minute book's page reference, "2014.E.S.C.S.C.181", a word of digits and stops.)
        if let first = before.split(separator: " ").first, first.contains(where: \.isNumber), first.contains(".") {
            before = before.dropFirst(first.count).trimmingSpaces()
        }
        let parts = before.components(separatedBy: " - ").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, parts[0].hasSuffix("COUNCIL"), CouncilText.namesMeetingBody(parts[1]),
              LinePatterns.wordCount(parts[1]) <= 12, LinePatterns.wordCount(parts[2]) <= 3,
              parts[2].allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" }), !parts[2].isEmpty else { return nil }
        let tail = text[match.range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .,"))
        guard tail.isEmpty || tail.split(separator: " ").count <= 6 else { return nil }
        return (parts[1], match.date, parts[2])
    }

    /// "School Council Meeting: September 24", "Pupil Forum Meeting – 3rd March", "Board of Management Meeting March 2021":
    /// the body before "Meeting", then a day whose year is not printed or a month without its day (so no date: the body only).
    static func bodyMeetingOnDayWithoutYear(_ text: String) -> String? {
        guard text.utf8.count <= 80, let range = text.range(of: " Meeting") ?? text.range(of: " meeting") else { return nil }
        let day = text[range.upperBound...].drop { ":-– ".contains($0) }
        guard day.count < text[range.upperBound...].count else { return nil }
        let words = day.split(separator: " ")
        let dayNumber = { (word: Substring) in (1...31).contains(Int(word.prefix { $0.isNumber }) ?? 0) && word.drop(while: \.isNumber).count <= 2 }
        // ("Board of Management Meeting March 2021": a month and its year, no day.)
        let yearNumber = { (word: Substring) in word.count == 4 && (1990...2100).contains(Int(word) ?? 0) }
        guard words.count == 2, MonthName.number(words[0]) != nil && (dayNumber(words[1]) || yearNumber(words[1]))
                || dayNumber(words[0]) && MonthName.number(words[1]) != nil
        else { return nil }
        let name = droppingRecordWords(String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces))
        return namesABody(name) ? name : nil
    }

    /// "Agreed Report Board of Management", "Agreed Report of Board of Management", "Minutes from Parent Council" → the body:
    /// what the document is, printed before the body's name, is no part of it.
    static func droppingRecordWords(_ name: String) -> String {
        for record in ["Agreed Report on ", "Agreed Report of ", "Agreed Report ", "Draft Minutes of ", "Draft Minutes ", "Minutes from the ",
                       "Minutes from ", "Minutes of the ", "Minutes "] where name.hasPrefix(record) && name.dropFirst(record.count).contains(" ") {
            return String(name.dropFirst(record.count))
        }
        return name
    }

    /// "– Agreed Report", "- Draft Minutes", "– Notes": after a heading's day, a dash and what the document is.
    static func namesTheRecord(afterDash tail: String) -> Bool {
        guard let first = tail.first, "-–—".contains(first) else { return false }
        let words = tail.dropFirst().lowercased().split(separator: " ")
        guard let last = words.last, (1...3).contains(words.count), ["report", "minutes", "notes", "record"].contains(String(last)) else { return false }
        return words.dropLast().allSatisfy { ["agreed", "approved", "draft", "confirmed", "signed", "final"].contains(String($0)) }
    }

    /// "Meeting 10.10.15 - Kirkton Youth Parliament" (a document site's title for a youth body's notes): the word, the day
    /// alone, a dash, then the body that met.
    static func meetingDayAndBody(_ text: String) -> (committee: String, date: CalendarDate)? {
        guard text.utf8.count <= 100, text.hasPrefix("Meeting ") || text.hasPrefix("MEETING ") else { return nil }
        let rest = text.dropFirst("Meeting ".count)
        guard let dash = rest.range(of: " - ") ?? rest.range(of: " – ") else { return nil }
        let day = rest[..<dash.lowerBound].trimmingSpaces()
        guard day.first?.isNumber == true, let match = DateText.allDates(in: String(day)).first,
              match.range == String(day).startIndex..<String(day).endIndex else { return nil }
        let body = String(rest[dash.upperBound...]).trimmingCharacters(in: .whitespaces)
        return namesABody(body) ? (body, match.date) : nil
    }

    /// "Kirkton County Youth Forum Minutes (03-10-18)", "OYC Meeting Minutes 08/11/17": the body, the word "Minutes", and
    /// only the day after it. The body must be one that meets, or (before "Meeting Minutes") a body's initials.
    static func bodyMinutesAndDay(_ text: String) -> (committee: String, date: CalendarDate)? {
        guard text.utf8.count <= 120 else { return nil }
        // "11.9.12   School Council Minutes": the day first, then the body and the word.
        for ending in [" Meeting Minutes", " Minutes", " MEETING MINUTES", " MINUTES"] where text.hasSuffix(ending) {
            let head = String(text.dropLast(ending.count))
            guard let match = DateText.allDates(in: head).first, match.range.lowerBound == head.startIndex,
                  DateText.allDates(in: head).count == 1 else { break }
            var name = head[match.range.upperBound...].trimmingSpaces()
            while let first = name.first, first == "-" || first == "–" || first == "," || first == ":" { name = name.dropFirst().trimmingSpaces() }
            guard namesABody(String(name)) else { break }
            return (String(name), match.date)
        }
        for marker in [" Meeting Minutes ", " Minutes ", " MEETING MINUTES ", " MINUTES "] {
            guard let range = text.range(of: marker) else { continue }
            let name = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            var tail = Substring(text[range.upperBound...]).trimmingSpaces()
            if tail.hasPrefix("("), tail.hasSuffix(")") { tail = tail.dropFirst().dropLast() }
            // ("People Cabinet Member – Minutes – 7 March 2013" is `minutesHeading`'s: the words only, no dashes.)
            guard let last = name.last, last.isLetter || last == ")", tail.first?.isNumber == true || tail.first?.isLetter == true,
                  let date = DateText.parse(String(tail)), DateText.firstDate(in: name) == nil else { return nil }
            let initials = marker.lowercased() == " meeting minutes " && (2...6).contains(name.count) && name.allSatisfy { $0.isASCII && $0.isUppercase }
            guard initials || namesABody(name) else { return nil }
            return (name, date)
        }
        return nil
    }

    /// A short title-like name of a body that meets ("Advisory Board", "Scrutiny Commission 1 - Children"), no date in it.
    private static func namesABody(_ name: String) -> Bool {
        LinePatterns.isTitleLike(name, maxLength: 100) && DateText.firstDate(in: name) == nil
            && (CouncilText.namesMeetingBody(name) || bodyNamedWithin(name) != nil)
    }

    /// "minutes of the previous meeting", "minutes of last meeting": an item that approves an earlier meeting's minutes.
    static func namesAnEarlierMeeting(_ key: String) -> Bool {
        var rest = Substring(key.dropFirst("minutes of".count)).drop { $0 == " " }
        if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
        return ["previous", "last", "preceding", "prior", "earlier"].contains { rest.hasPrefix($0 + " ") }
    }

    /// "People Cabinet Member – Minutes – 7 March 2013" or "Minutes – Corporate Parenting Panel – 7 March 2013":
    /// a heading whose dash-separated parts are "Minutes", a date and the body that met.
    static func minutesHeading(_ text: String) -> (committee: String, date: CalendarDate)? {
        guard text.utf8.count <= 160, TextScan.contains(text, ascii: "inutes") || TextScan.contains(text, ascii: "INUTES") else { return nil }
        let parts = text.components(separatedBy: " – ").flatMap { $0.components(separatedBy: " - ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        // "Strategic SEND Partnership Board minutes summary - 10 December 2025": the body and the word in one part.
        if parts.count == 2, let date = DateText.parse(parts[1]) {
            let lower = parts[0].lowercased()
            for ending in [" minutes summary", " minutes", " draft minutes", " meeting minutes"] where lower.hasSuffix(ending) {
                let name = String(parts[0].dropLast(ending.count)).trimmingCharacters(in: .whitespaces)
                guard LinePatterns.isTitleLike(name, maxLength: 100), CouncilText.namesMeetingBody(name), DateText.firstDate(in: name) == nil else { return nil }
                return (name, date)
            }
        }
        // ("Council - Minutes of Proceedings – 21 June 2007 5": the record's longer name, and the page's number after the day.)
        let recordWords = ["minutes", "draft minutes", "minutes of proceedings"]
        func day(_ part: String) -> CalendarDate? {
            if let date = DateText.parse(part) { return date }
            guard let space = part.lastIndex(of: " "), case let tail = part[part.index(after: space)...], (1...3).contains(tail.count),
                  tail.allSatisfy(\.isNumber) else { return nil }
            return DateText.parse(String(part[..<space]))
        }
        guard parts.count == 3, parts.contains(where: { recordWords.contains($0.lowercased()) }),
              let dateIndex = parts.firstIndex(where: { day($0) != nil }), let date = day(parts[dateIndex]),
              let name = parts.indices.first(where: { $0 != dateIndex && !recordWords.contains(parts[$0].lowercased()) }).map({ parts[$0] }),
              LinePatterns.isTitleLike(name, maxLength: 100), DateText.firstDate(in: name) == nil else { return nil }
        return (name, date)
    }

    /// "Education Executive Agenda - 13 October 2009, 10:00 Help": the body, "Agenda", and the day.
    static func agendaHeading(_ text: String) -> (committee: String, date: CalendarDate)? {
        guard text.utf8.count <= 160, TextScan.contains(text, ascii: " Agenda ") else { return nil }
        for separator in [" Agenda - ", " Agenda – "] {
            guard let range = text.range(of: separator) else { continue }
            let name = String(text[..<range.lowerBound])
            let tail = String(text[range.upperBound...])
            guard let first = DateText.allDates(in: tail).first, tail.distance(from: tail.startIndex, to: first.range.lowerBound) <= 12,
                  LinePatterns.isTitleLike(name, maxLength: 100), DateText.firstDate(in: name) == nil,
                  CouncilText.namesMeetingBody(name) || bodyNamedWithin(name) != nil else { continue }
            return (name, first.date)
        }
        return nil
    }

    /// "pegasus academy trust minutes of a meeting of the …": how many characters (with the space) the organisation takes
    /// before the heading; nil when the line does not open so (a short name in capitals or title case, then the heading).
    static func organisationBeforeMinutesHeading(_ key: String) -> Int? {
        guard key.utf8.count <= 300, TextScan.contains(key, ascii: " minutes of ") else { return nil }
        for marker in [" minutes of a meeting of ", " minutes of the meeting of "] {
            guard let range = key.range(of: marker) else { continue }
            let organisation = key[..<range.lowerBound]
            let words = organisation.split(separator: " ")
            guard (1...6).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "&" } }),
                  words.contains(where: { ["trust", "council", "academy", "academies", "federation", "partnership", "board", "school"].contains($0) })
            else { return nil }
            return organisation.count + 1
        }
        return nil
    }

    /// "Education, Children and Families Committee: Item No" on one of the lines above: the body whose papers the page's
    /// running header names.
    static func bodyOfItemHeader(above index: Int, in lines: [SourceLine]) -> String? {
        for line in lines[..<index].suffix(6) {
            guard let colon = line.text.range(of: ": Item No") else { continue }
            let body = String(line.text[..<colon.lowerBound]).trimmingCharacters(in: .whitespaces)
            if CouncilText.namesMeetingBody(body), LinePatterns.isTitleLike(body, maxLength: 120) { return body }
        }
        return nil
    }

    /// The kind of a body alone, which names none ("Committee", "Board"). ("Cabinet" and "Council" alone do: the authority's.)
    static let bareBodyWords: Set<String> = ["committee", "board", "panel", "group", "forum", "sub-committee", "subcommittee",
                                             "partnership", "meeting", "working group"]

    /// "Concise Minutes - Children, Young People and Education Committee", "Minutes – Schools Forum": the body after the
    /// dash, when it is one that meets and no day follows it.
    static func bodyAfterMinutesAndDash(_ text: String) -> String? {
        guard text.utf8.count <= 140, let first = text.utf8.first, first == UInt8(ascii: "C") || first == UInt8(ascii: "M") || first == UInt8(ascii: "D")
        else { return nil }
        for lead in ["Concise Minutes - ", "Concise Minutes – ", "Minutes - ", "Minutes – ", "Draft Minutes - ", "Draft Minutes – "]
        where text.hasPrefix(lead) {
            let body = LinePatterns.trimTrailingPunctuation(text.dropFirst(lead.count))
            guard DateText.firstDate(in: body) == nil, CouncilText.namesMeetingBody(body), LinePatterns.isTitleLike(body, maxLength: 120) else { return nil }
            return body
        }
        return nil
    }

    /// "Schools Forum Minutes of Meeting on": the body that met, when the line ends where its day would start.
    static func bodyBeforeMinutesOfMeetingOn(_ text: String) -> String? {
        guard text.utf8.count <= 120 else { return nil }
        let lower = text.lowercased()
        for marker in [" minutes of meeting on", " minutes of the meeting held on", " minutes of meeting held on", " minutes of the meeting on"]
        where lower.hasSuffix(marker) {
            let body = LinePatterns.trimTrailingPunctuation(text.dropLast(marker.count))
            return CouncilText.namesMeetingBody(body) && LinePatterns.isTitleLike(body, maxLength: 100) ? body : nil
        }
        return nil
    }
}
