import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// "Minutes of the meeting of X held on DATE at PLACE" and its kin ("Minute of meeting held on …", "A meeting of X was
/// held …", "Held on DATE at" on the line below): the body, the day and the place such a sentence states.
extension PageLayout {
    /// The body a "Minutes of …" heading named, settled against the page: "the above Governing Body" is the one the page's
    /// first line names ("Governing Body of Temple Learning Academy"), when it does, else none (the words alone name no
    /// body); "Cherry Willingham Parish Council’s Leisure & Amenities Committee" is the committee, not its council.
    mutating func settleCommittee(in lines: [SourceLine]) {
        if let named = committee, let owner = named.range(of: "Council’s ") ?? named.range(of: "Council's "),
           case let body = String(named[owner.upperBound...]), CouncilText.namesMeetingBody(body) {
            committee = body
        }
        guard let named = committee, named.lowercased().hasPrefix("above ") else { return }
        let kind = named.dropFirst("above ".count).lowercased()
        let first = lines.first { !$0.isBlank }?.text ?? ""
        committee = LinePatterns.isTitleLike(first, maxLength: 100) && first.lowercased().contains(kind) && DateText.firstDate(in: first) == nil
            ? LinePatterns.trimTrailingPunctuation(first) : nil
    }

    /// "Minutes of the meeting of the Children's Scrutiny Panel held on 13 March 2024 at 2.00 pm, Civic Centre".
    mutating func readMinutesOfLine(_ text: String, previous: String?) {
        title = text
        let lowerText = text.lowercased()
        let lead = (Self.minutesAndActionsLeads + ["minutes of ", "minute of ", "at a ", "at the ", "a "]).first { lowerText.hasPrefix($0) }?.count ?? 0
        var rest = Substring(text).dropFirst(lead)
        for article in ["the ", "a "] where rest.lowercased().hasPrefix(article) { rest = rest.dropFirst(article.count); break }
        // ("Minutes of proceedings at a meeting of the Governing Body held at the school on …": the proceedings are the minutes'.)
        for proceedings in ["proceedings at a ", "proceedings at the ", "proceedings of a ", "proceedings of the "]
        where rest.lowercased().hasPrefix(proceedings + "meeting of ")
            || ["annual ", "special ", "extraordinary ", "ordinary "].contains(where: { rest.lowercased().hasPrefix(proceedings + $0 + "meeting of ") }) {
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
        } else if let match, let body = Self.bodyBeforeMeetingOnDay(rest, day: match.range) {
            // "Minutes of the North Kirkton Children’s Partnership Meeting on 25th January 2011".
            committee = body
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

    /// "Minutes/Action Points of …", "Minutes and Actions of …": the minutes' heading with the actions named beside them.
    static let minutesAndActionsLeads = ["minutes/action points of ", "minutes / action points of ", "minutes and action points of ",
                                         "minutes & action points of ", "minutes/actions of ", "minutes and actions of ", "minutes & actions of "]

    /// "North Kirkton Partnership Meeting on 25th January 2011" → "North Kirkton Partnership": the body before the word
    /// "Meeting" when "on" (with a weekday, a comma or a dash at most) stands between it and the day.
    static func bodyBeforeMeetingOnDay(_ rest: Substring, day: Range<String.Index>) -> String? {
        guard day.lowerBound > rest.startIndex, day.lowerBound <= rest.endIndex,
              let meeting = rest[..<day.lowerBound].range(of: " meeting", options: [.caseInsensitive, .backwards]) else { return nil }
        let between = rest[meeting.upperBound..<day.lowerBound].split(whereSeparator: { " ,–-".contains($0) })
        // ("Parent Council meeting 23rd March 2011", the day run on without "on", is as often a short name over the full one.)
        // ("MINUTES OF THE READING LOCAL SAFEGUARDING BOARD MEETING 26th January 2017": a heading in capitals says it whole.)
        let capitalsHeading = between.isEmpty && !rest[..<day.lowerBound].contains(where: \.isLowercase)
        // ("… Partnership Board Meeting Wednesday 21 July 2010": the day's weekday says the date is the meeting's.)
        let weekday = rest[day].split(separator: " ").first.map { DateText.isWeekday($0.trimmingCharacters(in: [","])[...]) } ?? false
        guard capitalsHeading || weekday || between.contains(where: { $0.lowercased() == "on" || DateText.isWeekday($0) }),
              between.allSatisfy({ $0.lowercased() == "on" || DateText.isWeekday($0) }) else { return nil }
        let body = LinePatterns.trimTrailingPunctuation(rest[..<meeting.lowerBound])
        guard !body.isEmpty, LinePatterns.isTitleLike(body, maxLength: 100), DateText.firstDate(in: body) == nil,
              !body.lowercased().hasSuffix(" of"), !body.lowercased().hasPrefix("meeting") else { return nil }
        return body
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

    /// "Full Governing Body of Marsh Baldon School", "Parent Council of Kirkton Primary": a body that meets, then "of" and the
    /// place it belongs to (one to eight capitalised words).
    static func namesBodyOfPlace(_ name: String) -> Bool {
        guard let of = name.range(of: " of "), CouncilText.namesMeetingBody(String(name[..<of.lowerBound])) else { return false }
        let place = name[of.upperBound...].split(separator: " ")
        return (1...8).contains(place.count) && place.allSatisfy { $0.first?.isUppercase == true || ["and", "of", "the", "&"].contains($0) }
            && DateText.firstDate(in: name) == nil
    }
}
