import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// The headings that state a meeting in one line or sentence, as councils print them ("Minutes of the meeting
/// of X held on DATE at PLACE", "Minute of meeting held on …", "X – Minutes of Meeting", "X Agenda - DATE", a
/// PDF's flattened heading, "Held on DATE at" / place, a notice's "is to be held at PLACE, on DATE"), and
/// where the meeting was held, read from them.
extension PageLayout {
    /// "… is to be held at Room 200, Council Offices, Elgin, on Monday, 18 February 2019 at 14:00.", "A meeting to be
    /// held at Grangemouth Community Education Unit, 69-71 Abbots Road, Grangemouth at 10:15 on 12 December 2024.": the
    /// place a notice of a meeting names, up to its day or time. Nil for a sentence that is no notice (no date in it).
    static func venueOfNotice(_ text: String) -> String? {
        guard text.utf8.count <= 400, TextScan.contains(text, ascii: " held ") else { return nil }
        let lower = text.lowercased()
        guard let lead = ["to be held at ", "will be held at ", "to be held in ", "will be held in ", "to be held within ", "will be held within "]
                .lazy.compactMap({ lower.range(of: $0) }).first,
              DateText.firstDate(in: text) != nil else { return nil }
        // (Offsets carried over from the lower-cased copy: lower-casing keeps these ASCII words' lengths.)
        let offset = lower.utf8.distance(from: lower.utf8.startIndex, to: lead.upperBound)
        guard offset <= text.utf8.count else { return nil }
        var place = Substring(text)[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...]
        for end in [", on ", " on ", ", at ", " at "] {
            // (" at 14:00", " at 10:15": the time; " at Elgin" may be part of the place.)
            var searchFrom = place.startIndex
            while let range = place[searchFrom...].range(of: end) {
                if end.hasSuffix("on ") || place[range.upperBound...].first?.isNumber == true {
                    place = place[..<range.lowerBound]
                    break
                }
                searchFrom = range.upperBound
            }
        }
        let cleaned = LinePatterns.trimTrailingPunctuation(place)
        guard !cleaned.isEmpty, cleaned.utf8.count <= 150, DateText.firstDate(in: cleaned) == nil else { return nil }
        return cleaned
    }

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
        // Nothing but a time or a full stop after the day.
        let tail = text[match.range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .,"))
        guard tail.isEmpty || LinePatterns.isTimeOnly(tail) else { return nil }
        var before = text[..<match.range.lowerBound].trimmingSpaces()
        while let last = before.last, last == "-" || last == "–" || last == "," || last == ":" { before = before.dropLast().trimmingSpaces() }
        if let last = before.split(separator: " ").last, DateText.isWeekday(last) { before = before.dropLast(last.count).trimmingSpaces() }
        for dash in [" – ", " - "] {
            if let range = before.range(of: dash, options: .backwards) { before = before[range.upperBound...] }
        }
        guard before.lowercased().hasSuffix(" meeting") else { return nil }
        var name = String(before.dropLast(" meeting".count)).trimmingCharacters(in: .whitespaces)
        // "Summary of DE Board Meeting - 22 November 2018": what the document is, then the body.
        for lead in ["summary of the ", "summary of ", "notes of the ", "notes of ", "minutes of the ", "minutes of ", "minutes for the ", "minutes for "]
        where name.lowercased().hasPrefix(lead) && name.count > lead.count + 2 {
            name = String(name.dropFirst(lead.count))
            break
        }
        return namesABody(name) ? (name, match.date) : nil
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

    /// "20th May 2014 (1-4pm ) Hillside Primary School, Tanhouse, Skelmersdale" above a "Minutes" heading: the
    /// day the line opens with, and the place after its time. Nil unless the line opens with the day.
    static func dayTimeAndPlace(_ text: String) -> (date: CalendarDate, venue: String?)? {
        guard text.utf8.count <= 160, let match = DateText.allDates(in: text).first,
              // Only a weekday may come before the day ("Published 12 May 2020" dates no meeting).
              text[..<match.range.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," }).allSatisfy(DateText.isWeekday),
              DateText.allDates(in: text).count == 1 else { return nil }
        var tail = text[match.range.upperBound...].trimmingSpaces()
        // ("4 March 2014, 2pm, Committee Room 1": a comma after the day.)
        while tail.first == "," { tail = tail.dropFirst().trimmingSpaces() }
        // "(1-4pm )", "(10.00am – 12.00pm)": the time in brackets; "2.00 pm – 4.00 pm" without them.
        if tail.hasPrefix("("), let close = tail.firstIndex(of: ")"), tail[..<close].contains(where: \.isNumber) {
            tail = tail[tail.index(after: close)...].trimmingSpaces()
        }
        while let word = tail.split(separator: " ").first {
            let pair = tail.split(separator: " ").prefix(2).joined(separator: " ")
            let cleaned = String(word).trimmingCharacters(in: [","])
            if LinePatterns.isTimeOnly(pair.trimmingCharacters(in: [","])) || Self.isHourOnly(pair.trimmingCharacters(in: [","])) {
                tail = tail.dropFirst(pair.count).trimmingSpaces()
            } else if LinePatterns.isTimeOnly(cleaned) || Self.isHourOnly(cleaned) || ["-", "–", "to", ","].contains(cleaned) {
                tail = tail.dropFirst(word.count).trimmingSpaces()
            } else {
                break
            }
            while tail.first == "," { tail = tail.dropFirst().trimmingSpaces() }
        }
        if tail.isEmpty { return (match.date, nil) }
        // A date that opens a sentence ("12 May 2014 was the day …") is no header.
        guard tail.first?.isUppercase == true || tail.first?.isNumber == true || tail.lowercased().hasPrefix("at ") else { return nil }
        return (match.date, venueAfterDate(tail))
    }

    /// "2pm", "2.00 pm", "2pm - 4pm", "10.00 – 12.00": a time, or the times a meeting ran between.
    static func isTimeOrTimes(_ text: String) -> Bool {
        let parts = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " to ", with: "-").split(separator: "-")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return false }
        return parts.allSatisfy { LinePatterns.isTimeOnly($0) || isHourOnly($0) }
    }

    /// "2pm", "10 am", "6.30pm" is `isTimeOnly`'s: an hour alone with its "am" or "pm".
    static func isHourOnly(_ text: String) -> Bool {
        let lower = text.lowercased()
        let hours = lower.prefix { $0.isNumber }
        guard (1...2).contains(hours.count), let value = Int(hours), (1...12).contains(value) else { return false }
        return ["am", "pm", " am", " pm", "a.m.", "p.m.", " a.m.", " p.m."].contains(String(lower.dropFirst(hours.count)))
    }

    /// The body that met and the day at the start of a long line: "MINUTES OF THE X BOARD MEETING 26th January
    /// 2017 …" or "X Forum Minutes of Meeting on Thursday, 21st September 2006 …". The body must be one that
    /// meets, and the day must come within the first 200 characters.
    static func flattenedMinutesHeading(_ text: String) -> (committee: String, date: CalendarDate)? {
        let head = String(text.prefix(200))
        guard let match = DateText.allDates(in: head).first else { return nil }
        var before = head[..<match.range.lowerBound].trimmingSpaces()
        while let last = before.last, last == "," || last == ":" { before = before.dropLast().trimmingSpaces() }
        // The weekday opening the date ("… on Thursday, 21st September 2006") is the date's, not the body's.
        if let last = before.split(separator: " ").last, DateText.isWeekday(last) { before = before.dropLast(last.count).trimmingSpaces() }
        // "Minute of meeting of X Parent Council on Monday 26th August 2013 at …": the body between the heading's words.
        for lead in ["minute of meeting of ", "minutes of meeting of ", "minute of the meeting of ", "minutes of the meeting of ",
                     "minutes of a meeting of ", "minute of a meeting of "] where before.lowercased().hasPrefix(lead) {
            var body = before.dropFirst(lead.count)
            if body.lowercased().hasPrefix("the ") { body = body.dropFirst(4) }
            for ending in [" held on", " on", " held"] where body.lowercased().hasSuffix(ending) {
                body = body.dropLast(ending.count)
                break
            }
            before = body.trimmingSpaces()
            break
        }
        let lower = before.lowercased()
        var name: Substring?
        if let lead = ["minutes of the ", "minutes for the ", "minutes of ", "minutes for "].first(where: { lower.hasPrefix($0) }),
           lower.hasSuffix(" meeting"), lower.count > lead.count + " meeting".count {
            // ("Minutes for the Parent Council Meeting 8th June 2015 1) Persons Present …")
            name = before.dropFirst(lead.count).dropLast(" meeting".count)
        } else {
            for marker in [" minutes of meeting on", " minutes of the meeting held on", " minutes of the meeting on", " minutes of meeting held on"]
            where lower.hasSuffix(marker) {
                name = before.dropLast(marker.count)
                break
            }
        }
        // "INVOLVE Participation Group 22nd February 2017, 4:30pm, The HUB, Runcorn Present: …": the body alone
        // before the day, when those present follow.
        if name == nil, LinePatterns.wordCount(String(before)) <= 10, before.first?.isUppercase == true,
           text.dropFirst(head.distance(from: head.startIndex, to: match.range.upperBound)).prefix(160).contains(" Present") {
            name = before
        }
        guard let body = name.map({ LinePatterns.trimTrailingPunctuation($0) }), !body.isEmpty, body.count <= 120,
              CouncilText.namesMeetingBody(body) else { return nil }
        return (body, match.date)
    }

    /// "…, 4:30pm, The HUB, Grangeway, Runcorn Present: …": the place between a flattened heading's day and
    /// the list of those present.
    static func venueBeforePresentList(_ text: String) -> String? {
        let head = String(text.prefix(300))
        guard let match = DateText.allDates(in: head).first, let present = head.range(of: " Present"),
              present.lowerBound > match.range.upperBound else { return nil }
        var tail = head[match.range.upperBound..<present.lowerBound].trimmingSpaces()
        while tail.first == "," { tail = tail.dropFirst().trimmingSpaces() }
        // The time first: "4:30pm, ".
        if let comma = tail.firstIndex(of: ","), LinePatterns.isTimeOnly(String(tail[..<comma]).replacingOccurrences(of: "pm", with: " pm").replacingOccurrences(of: "am", with: " am")) {
            tail = tail[tail.index(after: comma)...].trimmingSpaces()
        }
        return venueAfterDate(tail)
    }

    /// "Minutes of the meeting of the Children's Scrutiny Panel held on 13 March 2024 at 2.00 pm, Civic Centre".
    mutating func readMinutesOfLine(_ text: String, previous: String?) {
        title = text
        let lowerText = text.lowercased()
        let lead = ["minutes of ", "minute of ", "at a ", "at the ", "a "].first { lowerText.hasPrefix($0) }?.count ?? 0
        var rest = Substring(text).dropFirst(lead)
        for article in ["the ", "a "] where rest.lowercased().hasPrefix(article) { rest = rest.dropFirst(article.count); break }
        // ("Minutes of proceedings at a meeting of the Governing Body held at the school on …": the proceedings are the minutes'.)
        for proceedings in ["proceedings at a ", "proceedings at the ", "proceedings of a ", "proceedings of the "]
        where rest.lowercased().hasPrefix(proceedings + "meeting of ") {
            rest = rest.dropFirst(proceedings.count)
            break
        }
        // ("Minutes of the 43rd Meeting of the Parent Council held on": the meeting's number is no part of the body.)
        if let first = rest.split(separator: " ").first, first.first?.isNumber == true,
           ["st", "nd", "rd", "th"].contains(where: { first.lowercased().hasSuffix($0) }), first.dropLast(2).allSatisfy(\.isNumber),
           rest.dropFirst(first.count + 1).lowercased().hasPrefix("meeting of ") {
            rest = rest.dropFirst(first.count + 1)
        }
        // ("Minutes of the Annual General Meeting of the Kirkton Governors’ Association": the kind of meeting is no part of the body.)
        for kind in ["annual general ", "extraordinary general ", "annual ", "special "] where rest.lowercased().hasPrefix(kind + "meeting of ") {
            rest = rest.dropFirst(kind.count)
            break
        }
        let match = DateText.allDates(in: text).first
        meetingDate = match?.date
        if rest.lowercased().hasPrefix("meeting of ") {
            var name = rest.dropFirst("meeting of ".count)
            if name.lowercased().hasPrefix("the ") { name = name.dropFirst(4) }
            // ("COMMITTEEheld in …": a copy that lost the space before "held".)
            let held = name.range(of: " held ", options: .caseInsensitive)
                ?? ["held in ", "held at ", "held on ", "held via "].lazy.compactMap({ name.range(of: $0, options: .caseInsensitive) }).first
            // ("Meeting of X Thursday, 30 September 2010 – 1.30 p.m. held at PLACE": the name ends at its day.)
            if let match, let held, match.range.lowerBound > name.startIndex, match.range.lowerBound < held.lowerBound {
                var body = text[name.startIndex..<match.range.lowerBound].trimmingSpaces()
                while body.last == "," { body = body.dropLast().trimmingSpaces() }
                if let last = body.split(separator: " ").last, DateText.isWeekday(last) { body = body.dropLast(last.count).trimmingSpaces() }
                committee = LinePatterns.trimTrailingPunctuation(body)
            } else if let held {
                // "X will be held", "X was held", "X is to be held": the verb is no part of the name.
                var body = name[..<held.lowerBound]
                for verb in [" will be", " was", " is to be", " to be", " is"] where body.lowercased().hasSuffix(verb) {
                    body = body.dropLast(verb.count)
                    break
                }
                // ("Meeting of the full Governing Body meeting held on": the word said twice is no part of the name.)
                if body.lowercased().hasSuffix(" meeting"), body.count > " meeting".count + 3 { body = body.dropLast(" meeting".count) }
                committee = LinePatterns.trimTrailingPunctuation(body)
            } else if let match, match.range.lowerBound > name.startIndex, match.range.lowerBound <= name.endIndex {
                // ("X Parent Council on Monday 26th August 2013": the day's "on" and weekday are no part of the name.)
                var body = text[name.startIndex..<match.range.lowerBound].trimmingSpaces()
                if let last = body.split(separator: " ").last, DateText.isWeekday(last) { body = body.dropLast(last.count).trimmingSpaces() }
                if body.lowercased().hasSuffix(" on") { body = body.dropLast(3) }
                committee = LinePatterns.trimTrailingPunctuation(body)
            } else if match == nil, LinePatterns.isTitleLike(String(name), maxLength: 100),
                      CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(name)) || Self.namesBodyOfPlace(String(name)) {
                // "Minutes of the Annual General Meeting of the National Governors’ Association" (the day on the next line).
                committee = LinePatterns.trimTrailingPunctuation(name)
            }
        } else if match == nil, !rest.lowercased().hasPrefix("meeting"), !rest.lowercased().hasSuffix(" meeting"), DateText.firstDate(in: String(rest)) == nil,
                  LinePatterns.isTitleLike(String(rest), maxLength: 100), !rest.lowercased().contains(" held"),
                  CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(rest)) {
            // "Minutes of Salford 14-19 Strategic Partnership" (the day on a line of its own below).
            committee = LinePatterns.trimTrailingPunctuation(rest)
        } else if match == nil, rest.lowercased().hasSuffix(" meeting"),
                  CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(rest.dropLast(" meeting".count))) {
            // "Minutes of the YOT Management Board Meeting" (the day on a line of its own below).
            committee = LinePatterns.trimTrailingPunctuation(rest.dropLast(" meeting".count))
        } else if let held = rest.range(of: " meeting held ", options: .caseInsensitive) {
            // "Minutes of the Cabinet Meeting held on 4 March 2013"; "MINUTES OF PARENT COUNCIL ANNUAL GENERAL MEETING HELD
            // ON …" (the kind of meeting is no part of the body).
            var named = rest[..<held.lowerBound]
            for kind in [" annual general", " extraordinary general", " annual", " extraordinary", " special", " ordinary"]
            where named.lowercased().hasSuffix(kind) && named.count > kind.count + 3 {
                named = named.dropLast(kind.count)
                break
            }
            let name = LinePatterns.trimTrailingPunctuation(named)
            // ("MINUTES OF MEETING HELD ON 11 JUNE 2009 The minutes of the meeting held on …": an item about the last
            // minutes, run into its sentence; the words before that sentence's "meeting held" name no body.)
            if !name.isEmpty, name.first?.isUppercase == true, DateText.firstDate(in: name) == nil, !name.lowercased().hasPrefix("meeting "),
               LinePatterns.wordCount(name) <= 14 { committee = name }
        } else if let held = rest.range(of: " held ", options: .caseInsensitive),
                  CouncilText.namesMeetingBody(LinePatterns.trimTrailingPunctuation(rest[..<held.lowerBound])) {
            // "Minutes of the Schools’ Forum held at Endeavour House, Ipswich at 9:30 am on Friday 19 October 2012".
            committee = LinePatterns.trimTrailingPunctuation(rest[..<held.lowerBound])
        } else if let previous, LinePatterns.isTitleLike(previous, maxLength: 120),
                  // ("A", a stray letter of the copy above the heading, or a site's "Cost of Living Support Icon"
                  // names no body: the line must name one that meets.)
                  CouncilText.namesMeetingBody(previous) || Self.bodyNamedWithin(previous) != nil {
            committee = LinePatterns.trimTrailingPunctuation(previous)
        }
        if let name = committee { committee = Self.droppingCouncilName(name) }
        if let match {
            // ("A meeting of X will be held within PLACE on DATE at 10:00 a.m. …": the notice's place, before its day.)
            venue = Self.venueOfNotice(text).map { $0.hasPrefix("the ") ? String($0.dropFirst(4)) : $0 } ?? Self.venueAfterDate(text[match.range.upperBound...]) ?? Self.venueBeforeDate(text[..<match.range.lowerBound])
        } else {
            venue = Self.placeHeldWithoutDay(text)
        }
    }

    /// "…, held at the Town Hall, 34 High Street, Kirkton, Commencing at 2.00pm": the place a heading with no day names
    /// after "held at", up to the time.
    static func placeHeldWithoutDay(_ text: String) -> String? {
        let lower = text.lowercased()
        guard let held = [" held at the ", " held in the ", " held at ", " held in "].lazy.compactMap({ lower.range(of: $0) }).first else { return nil }
        var place = Substring(text[text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: held.upperBound))...])
        for end in [", commencing", " commencing", ", starting", " starting", ", at ", " at "] {
            if let range = place.range(of: end, options: .caseInsensitive) { place = place[..<range.lowerBound] }
        }
        let cleaned = LinePatterns.trimTrailingPunctuation(place.trimmingSpaces())
        guard let first = cleaned.first, first.isUppercase || first.isNumber, cleaned.count <= 120, !cleaned.contains(where: \.isNumber) || cleaned.contains(" "),
              !LinePatterns.isTimeOnly(cleaned) else { return nil }
        // ("held in October 2018": a month, no place.)
        if let firstWord = cleaned.split(separator: " ").first, MonthName.number(firstWord) != nil { return nil }
        return cleaned
    }

    /// "EDUCATION, LEISURE AND HOUSING COMMITTEE of ORKNEY ISLANDS COUNCIL" → "EDUCATION, LEISURE AND HOUSING
    /// COMMITTEE": the council a body belongs to is no part of its name.
    static func droppingCouncilName(_ name: String) -> String {
        guard let of = name.range(of: " of ", options: [.caseInsensitive, .backwards]),
              name[of.upperBound...].lowercased().hasSuffix(" council") else { return name }
        let body = String(name[..<of.lowerBound])
        return CouncilText.namesMeetingBody(body) ? body : name
    }

    /// The line under a "Minutes of the Meeting" heading that says when (and where) it was held:
    /// "Held on Wednesday 18 January, 2012 at" (the place on the line after), "Held at County Hall on 4 March 2013".
    mutating func readHeldOnLine(at index: Int, in lines: [SourceLine]) {
        let text = lines[index].text
        let lower = text.lowercased()
        // (Or the day opens the line: "Tuesday 6 October 2009 at 1.00pm at Streetly Community Centre.", under a
        // heading that ends "held on:", or "21 MARCH 2012" alone.)
        guard text.utf8.count <= 200, let match = DateText.allDates(in: text).first,
              ["held on ", "held at ", "held in ", "on "].contains(where: { lower.hasPrefix($0) })
                || text[..<match.range.lowerBound].allSatisfy({ $0.isLetter || $0 == "," || $0 == " " })
                    && (title?.lowercased().hasSuffix("held on:") == true || title?.lowercased().hasSuffix("held on") == true
                        || Self.dateOfMeetingLine(text) != nil || Self.dayTimeAndPlace(text) != nil)
        else { return }
        meetingDate = match.date
        let tail = text[match.range.upperBound...].trimmingSpaces()
        if let stated = Self.venueAfterDate(tail), stated.lowercased() != "at" {
            venue = stated
        } else if let before = Self.venueBeforeDate(text[..<match.range.lowerBound]) {
            venue = before
        } else if tail.lowercased() == "at" || tail.lowercased().hasSuffix(" at"), let next = Self.nextNonBlank(lines, after: index) {
            // "… at" ends the line: the place is the next line, when it is a short name and no label or date.
            let place = lines[next].text
            if LinePatterns.isTitleLike(place, maxLength: 100), LinePatterns.wordCount(place) <= 10, !place.contains(":"),
               DateText.firstDate(in: place) == nil, Labels.parse(place) == nil, !NameList.introducesAttendance(place) {
                venue = LinePatterns.trimTrailingPunctuation(place)
            }
        }
    }

    /// "… held in the Council Chamber, County Hall, Inverness on" → "Council Chamber, County Hall, Inverness":
    /// a place named between "held in/at" and the date.
    static func venueBeforeDate(_ head: Substring) -> String? {
        let lower = head.lowercased()
        guard let held = [" held in the ", " held at the ", " held in ", " held at ", "held in the ", "held at the ", "held in ", "held at "]
            .lazy.compactMap({ lower.range(of: $0) }).first else { return nil }
        let start = head.index(head.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: held.upperBound))
        var place = head[start...].trimmingSpaces()
        for ending in [" on", ","] where place.lowercased().hasSuffix(ending) { place = place.dropLast(ending.count).trimmingSpaces() }
        // "Endeavour House, Ipswich at 9:30 am": the time after the place is no part of it.
        if let at = place.range(of: " at ", options: .backwards),
           LinePatterns.isTimeOnly(String(place[at.upperBound...]).replacingOccurrences(of: "am", with: " am").replacingOccurrences(of: "pm", with: " pm")
               .split(separator: " ").joined(separator: " ")) {
            place = place[..<at.lowerBound].trimmingSpaces()
        }
        guard !place.isEmpty, place.count <= 150, !place.contains(":"), DateText.firstDate(in: String(place)) == nil else { return nil }
        return LinePatterns.trimTrailingPunctuation(place)
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
        guard parts.count == 3, parts.contains(where: { ["minutes", "draft minutes"].contains($0.lowercased()) }),
              let dateIndex = parts.firstIndex(where: { DateText.parse($0) != nil }), let date = DateText.parse(parts[dateIndex]),
              let name = parts.indices.first(where: { $0 != dateIndex && !["minutes", "draft minutes"].contains(parts[$0].lowercased()) }).map({ parts[$0] }),
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

    /// "at 2.00 pm, Conference Room, Church Square House" → "Conference Room, Church Square House".
    static func venueAfterDate(_ tail: Substring) -> String? {
        var rest = tail.trimmingSpaces()
        // "… 30 September 2010 – 1.30 p.m. held at PLACE": the time after a dash, then where.
        for dash in ["– ", "- ", "— "] where rest.hasPrefix(dash) && rest.dropFirst(dash.count).first?.isNumber == true {
            rest = "at " + rest.dropFirst(dash.count)
            break
        }
        if rest.lowercased().hasPrefix("at ") {
            let afterAt = rest.dropFirst(3)
            let time = afterAt.prefix { $0.isNumber || $0 == "." || $0 == ":" }
            if !time.isEmpty {
                rest = afterAt.dropFirst(time.count).trimmingSpaces()
                for suffix in ["a.m.", "p.m.", "am", "pm"] where rest.lowercased().hasPrefix(suffix) { rest = rest.dropFirst(suffix.count); break }
            }
        }
        rest = rest.trimmingSpaces()
        for lead in [",", "held at the ", "held in the ", "held at ", "held in ", "in the ", "in ", "at the ", "at "] where rest.lowercased().hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            break
        }
        // "… commencing at 10.00 am and finishing at 1.12 pm": when, not where. A place is a name.
        rest = rest.trimmingSpaces()
        // ("4 March 2014, 2pm, Committee Room 1", "…, 2pm - 4pm, Committee Room 1": the time before the place.)
        while let comma = rest.firstIndex(of: ","), Self.isTimeOrTimes(String(rest[..<comma])) {
            rest = rest[rest.index(after: comma)...].trimmingSpaces()
        }
        guard let first = rest.first, first.isUppercase || first.isNumber else { return nil }
        // "… ON MONDAY, 5 NOVEMBER 2001 COMMENCING AT 10 AM": when, printed in capitals, is no place either.
        let firstWord = rest.prefix { $0.isLetter }.lowercased()
        if ["commencing", "commenced", "starting", "started", "beginning", "began", "finishing", "ending", "until", "from"].contains(firstWord) {
            return nil
        }
        // "… at 3.00pm Meeting 14 Interim Chair for this meeting: Liv Stokkan": the meeting's number and a label, no place.
        // ("Meeting Rooms 2 & 3, Shire Hall" is a place.)
        if firstWord == "meeting", rest.dropFirst(8).first?.isNumber == true { return nil }
        if TextScan.contains(String(rest), ascii: ": ") { return nil }
        // "… AT THE ROBENS’ SUITE OF GUYS HOSPITAL OF THE LONDON AND HOME COUNTIES REGIONAL CONFERENCE OF OFFICERS …": the
        // body that met, after the place, is no part of it.
        if let first = rest.range(of: " of the ", options: .caseInsensitive) {
            let body = rest[first.upperBound...]
            if LinePatterns.wordCount(String(body)) >= 3,
               body.lowercased().split(separator: " ").contains(where: { ["conference", "committee", "council", "board", "panel", "forum", "partnership", "assembly", "commission"].contains(String($0)) }) {
                rest = rest[..<first.lowerBound]
            }
        }
        // "… at 6.30 pm at Our" / "Lady of Walsingham School": a place cut by the line's end after one small word is no place.
        if ["our", "the", "a", "an", "its", "their", "st", "st."].contains(rest.lowercased().trimmingCharacters(in: .whitespaces)) { return nil }
        // "… held on 4 March 2013 PDF 94 KB": a link's size, not a place.
        let venue = VenueText.droppingUploader(LinePatterns.trimTrailingPunctuation(FileSizeText.stripTrailing(String(rest))))
        guard FileSizeText.parse(String(rest)) == nil else { return nil }
        return venue.isEmpty ? nil : venue
    }
}

extension PageLayout {
    /// "Education & Children’s Services Committee Conference Room 2, Ground Floor, Fife House, Glenrothes Tuesday, 28th
    /// August, 2018 – 10.00 a.m. ____ AGENDA Page Nos.": an agenda's front page whose lines ran together. The body ends at
    /// its last word that names one ("Committee"), the place follows it, then the day; "AGENDA" in capitals must come
    /// after the day. Nil for any other line.
    static func agendaFrontPageRunTogether(_ text: String) -> (committee: String, date: CalendarDate, venue: String?)? {
        guard text.utf8.count <= 400, TextScan.contains(text, ascii: " AGENDA"), let match = DateText.allDates(in: text).first else { return nil }
        let after = text[match.range.upperBound...]
        guard let agenda = after.range(of: " AGENDA"), after.distance(from: after.startIndex, to: agenda.lowerBound) <= 160 else { return nil }
        // (The heading's word, not one in a sentence: "… and the AGENDA was agreed".)
        let following = after[agenda.upperBound...].drop { $0 == " " }
        if let next = following.first, next.isLowercase { return nil }
        var before = text[..<match.range.lowerBound].trimmingSpaces()
        while let last = before.last, last == "," || last == "-" || last == "–" { before = before.dropLast().trimmingSpaces() }
        if let last = before.split(separator: " ").last, DateText.isWeekday(last.hasSuffix(",") ? last.dropLast() : last) {
            before = before.dropLast(last.count).trimmingSpaces()
        }
        let words = before.split(separator: " ")
        guard words.count >= 2, words.count <= 30 else { return nil }
        // The body: the longest run of words from the start that names one and is no longer than twelve words.
        var bodyEnd: Int?
        for end in stride(from: min(words.count, 12), through: 1, by: -1) {
            let candidate = words[..<end].joined(separator: " ")
            if CouncilText.namesMeetingBody(candidate.trimmingCharacters(in: CharacterSet(charactersIn: ",."))) {
                bodyEnd = end
                break
            }
        }
        guard let bodyEnd, let first = words.first?.first, first.isUppercase else { return nil }
        let body = words[..<bodyEnd].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",."))
        let place = words[bodyEnd...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",. "))
        // The words between the body and the day are a place ("Conference Room 2, Kirkton House"), or nothing.
        guard place.isEmpty || VenueText.looksLikeVenue(place) || place.contains(",") else { return nil }
        return (body, match.date, place.isEmpty ? nil : place)
    }
}

extension PageLayout {
    /// "Full Governing Body of Marsh Baldon School", "Parent Council of Kirkton Primary": a body that meets, then "of" and the
    /// place it belongs to (one to eight capitalised words).
    static func namesBodyOfPlace(_ name: String) -> Bool {
        guard let of = name.range(of: " of "), CouncilText.namesMeetingBody(String(name[..<of.lowerBound])) else { return false }
        let place = name[of.upperBound...].split(separator: " ")
        return (1...8).contains(place.count) && place.allSatisfy { $0.first?.isUppercase == true || ["and", "of", "the", "&"].contains($0) }
            && DateText.firstDate(in: name) == nil
    }
}
