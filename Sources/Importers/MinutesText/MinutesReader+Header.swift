import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// The meeting page's header before the first item: date, time and venue lines, and meetings named.
extension MinutesReader {
    /// Meeting-page header lines before the first item: the date, the time, the venue, a repeated title.
    mutating func readHeaderLine(_ line: SourceLine) -> Bool {
        guard layout.kind == .meeting || layout.kind == .notes else { return false }
        let text = line.text
        if let title = layout.title, text.lowercased() == title.lowercased() { return true }
        if document.meetingDate == nil, text.count <= 80, let date = PageLayout.dateOfMeetingLine(text) {
            document.meetingDate = date
            previousWasDateOrTime = true
            return true
        }
        // "Minutes from the Getting It Right (GIRFEC) Practice Development Panel meeting on 26 June 2018." under a heading that
        // gave only the month.
        if document.meetingDate == nil, text.utf8.count <= 240, text.hasPrefix("Minutes from the ") || text.hasPrefix("Minutes of the "),
           TextScan.contains(text, ascii: " meeting "), DateText.allDates(in: text).count == 1, let match = DateText.allDates(in: text).first,
           text[..<match.range.lowerBound].hasSuffix(" on ") {
            document.meetingDate = match.date
            return true
        }
        // "Kirkton Governors Association – Annual General Meeting" under a heading that named no body.
        if document.committee == nil, text.utf8.count <= 120, let body = Self.bodyBeforeAnnualMeeting(text) {
            document.committee = body
            return true
        }
        if LinePatterns.isTimeOnly(text) {
            if document.properties["time"] == nil { document.properties["time"] = text }
            previousWasDateOrTime = true
            return true
        }
        if previousWasDateOrTime, document.venue == nil, VenueText.looksLikeVenue(text) {
            document.venue = LinePatterns.trimTrailingPunctuation(text)
            previousWasDateOrTime = false
            return true
        }
        return false
    }

    /// "Kirkton Governors Association – Annual General Meeting", "Kirkton Parents' Forum - AGM": the body holding its
    /// annual meeting, when its name ends as a body's does.
    static func bodyBeforeAnnualMeeting(_ text: String) -> String? {
        let lower = text.lowercased()
        for ending in [" – annual general meeting", " - annual general meeting", " – agm", " - agm"] where lower.hasSuffix(ending) {
            let name = String(text.dropLast(ending.count)).trimmingCharacters(in: .whitespaces)
            let last = name.split(separator: " ").last?.lowercased() ?? ""
            guard LinePatterns.isTitleLike(name, maxLength: 100), DateText.firstDate(in: name) == nil,
                  CouncilText.namesMeetingBody(name) || ["association", "society", "trust", "network", "alliance", "federation"].contains(last)
            else { return nil }
            return name
        }
        return nil
    }

    /// "Minutes of Meeting of the Education Committee held in the Council Chamber, … on Thursday 27 February
    /// 2020" above the first item: the meeting's place, when the page gives no other (the line stays in the text).
    mutating func noteVenue(ofMinutesLine text: String) {
        guard document.venue == nil, items.isEmpty, layout.kind == .meeting || layout.kind == .notes, text.utf8.count <= 300 else { return }
        // "The panel met at Pittwood House, Scunthorpe.": the place, when it is a name (not "met at 2pm").
        if text.hasPrefix("The "), text.utf8.count <= 120, let met = text.range(of: " met at ") ?? text.range(of: " met in ") {
            let place = LinePatterns.trimTrailingPunctuation(text[met.upperBound...])
            if let first = place.first, first.isUppercase, DateText.firstDate(in: place) == nil, LinePatterns.wordCount(place) <= 10 {
                document.venue = place
            }
            return
        }
        // (Or "Held at the Oak Room, Kirkton House, Stevenage on Saturday 19th November 2016 at 11:55." under the heading.)
        guard text.hasPrefix("Minutes of") || text.hasPrefix("MINUTES OF") || text.hasPrefix("Held at ") || text.hasPrefix("Held in "),
              let match = DateText.allDates(in: text).first,
              document.meetingDate == nil || match.date == document.meetingDate,
              let place = PageLayout.venueBeforeDate(text[..<match.range.lowerBound]) else { return }
        document.venue = place
    }

    /// Takes the meeting's date, committee and item number for the page when it has none yet.
    mutating func adopt(_ meeting: MeetingReference, asItem: Bool) {
        if document.meetingDate == nil { document.meetingDate = meeting.date }
        if document.committee == nil { document.committee = meeting.committee }
        if asItem, document.itemNumber == nil, layout.kind == .agendaItem || layout.kind == .decision {
            document.itemNumber = meeting.itemNumber
        }
    }
}
