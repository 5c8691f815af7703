import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Headings a PDF copy ran onto one long line with what follows them: a minutes heading up to the list of those present,
/// an agenda's front page up to the word "AGENDA".
extension PageLayout {
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
