import CouncilText
import EvidenceModel
import Foundation

/// A summons' sentence, wrapped over a few lines of a council's agenda pack: "I HEREBY SUMMON YOU TO ATTEND A MEETING OF
/// THE COUNTY COUNCIL WHICH WILL BE HELD IN THE CHAMBER, COUNTY HALL, CARMARTHEN AT 10:00AM ON WEDNESDAY 18TH JANUARY
/// 2017, …", "You are hereby summoned to attend the Monthly Meeting of the Kirkton District Council to be held in the
/// Guildhall, Kirkton, on Thursday 27 April 2017 at 4.00 pm". It names the body that meets, where and on which day.
struct SummonsSentence: Equatable {
    var body: String
    var venue: String?
    var date: CalendarDate
    /// The index of the sentence's last line.
    var lastLine: Int

    /// The first summons among the first forty lines with text, joined over up to six lines to its full stop; nil when
    /// there is none, or it names no body that meets or no day.
    static func find(in lines: [SourceLine]) -> SummonsSentence? {
        let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(40))
        for (position, index) in top.enumerated() {
            let opening = lines[index].text
            // (Settled on the bytes for nearly every line: "summon" or "SUMMON" must be in it.)
            guard opening.utf8.count <= 400, TextScan.contains(opening, ascii: "ummon") || TextScan.contains(opening, ascii: "UMMON"),
                  let summon = opening.range(of: "summon", options: .caseInsensitive) else { continue }
            var text = String(opening[summon.lowerBound...])
            var last = index
            for next in top.dropFirst(position + 1).prefix(5) {
                if text.hasSuffix(".") || text.hasSuffix(":") || DateText.firstDate(in: text) != nil && text.hasSuffix("m") { break }
                text += " " + lines[next].text.trimmingCharacters(in: .whitespaces)
                last = next
            }
            if let sentence = read(text, lastLine: last) { return sentence }
        }
        return nil
    }

    /// The body, place and day of one summons' words (from "summon" on).
    static func read(_ text: String, lastLine: Int) -> SummonsSentence? {
        guard let meetingOf = text.range(of: "meeting of ", options: .caseInsensitive) else { return nil }
        var rest = text[meetingOf.upperBound...]
        if rest.lowercased().hasPrefix("the ") { rest = rest.dropFirst(4) }
        guard let held = ["which will be held", "to be held", "will be held"].lazy.compactMap({ rest.range(of: $0, options: .caseInsensitive) }).first
        else { return nil }
        let body = LinePatterns.trimTrailingPunctuation(rest[..<held.lowerBound].trimmingSpaces())
        guard !body.isEmpty, LinePatterns.wordCount(body) <= 10, body.first?.isUppercase == true, CouncilText.namesMeetingBody(body),
              DateText.firstDate(in: body) == nil else { return nil }
        let after = rest[held.upperBound...]
        guard let day = DateText.allDates(in: String(after)).first?.date else { return nil }
        return SummonsSentence(body: body, venue: place(in: after), date: day, lastLine: lastLine)
    }

    /// " IN THE CHAMBER, COUNTY HALL, CARMARTHEN AT 10:00AM ON …" → "CHAMBER, COUNTY HALL, CARMARTHEN"; " in the Guildhall,
    /// Kirkton, on Thursday …" → "Guildhall, Kirkton". Nil unless the place comes first, before the time or the day.
    static func place(in after: Substring) -> String? {
        let lower = after.lowercased()
        guard let lead = [" in the ", " at the ", " within the ", " in ", " at ", " within "].lazy.compactMap({ lead in
            lower.hasPrefix(lead) ? lead : nil
        }).first else { return nil }
        var place = after.dropFirst(lead.count)
        // The place ends at the time ("AT 10:00AM", "at 4.00 pm") or the day (", on Thursday", " ON WEDNESDAY").
        if let time = place.firstMatch(of: #/(?i)[ ,]+(?:at|commencing at) \d{1,2}(?:[.:]\d{2})? ?(?:a\.?m|p\.?m)/#) {
            place = place[..<time.range.lowerBound]
        }
        if let on = place.range(of: " on ", options: .caseInsensitive) { place = place[..<on.lowerBound] }
        let cleaned = LinePatterns.trimTrailingPunctuation(place.trimmingSpaces())
        guard !cleaned.isEmpty, cleaned.utf8.count <= 100, cleaned.first?.isUppercase == true, DateText.firstDate(in: cleaned) == nil,
              !cleaned.contains(where: \.isNumber) || cleaned.contains(",") else { return nil }
        return cleaned
    }
}

extension PageLayout {
    /// A council's agenda pack whose summons says what meets, where and when ("I HEREBY SUMMON YOU TO ATTEND A MEETING OF
    /// THE COUNTY COUNCIL WHICH WILL BE HELD IN …"): what the heading left unsaid, for the summons' own day only; a page
    /// whose layout nothing else recognised becomes that meeting, read from the line after the summons.
    mutating func takeSummons(from lines: [SourceLine]) {
        guard kind == .meeting || !recognised, let summons = SummonsSentence.find(in: lines),
              meetingDate == nil || meetingDate == summons.date else { return }
        if !recognised { self = PageLayout(kind: .meeting, system: .plainCMS, bodyStart: summons.lastLine + 1) }
        // ("Dear Member of District Council": the greeting over the summons names no body.)
        if committee == nil || committee?.hasPrefix("Dear ") == true { committee = summons.body }
        if venue == nil { venue = summons.venue }
        meetingDate = summons.date
    }
}
