import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Where and when a meeting was held, read from the words around a heading's day: a notice's place, the place after
/// the day and its time or before the day, and the checks for a clock time.
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

    /// "1.45pm to 4.45pm Council Chamber" → "Council Chamber": the hours a meeting ran, two times with "to" or a dash
    /// between, before the text they open; the text as it is otherwise.
    /// ("to 6.00pm Hall, The Whitmore Suite": the end of the hours, their start already read as the time.)
    static func droppingLeadingHours(_ text: Substring) -> Substring {
        func isTime(_ word: Substring) -> Bool {
            let bare = String(word.trimmingCharacters(in: [","]))
            return LinePatterns.isTimeOnly(bare) || isHourOnly(bare)
        }
        let words = text.split(separator: " ", maxSplits: 3)
        let joins: Set<Substring> = ["to", "-", "–", "—"]
        if words.count == 4, isTime(words[0]), joins.contains(words[1]), isTime(words[2]), words[3].first?.isUppercase == true {
            return words[3]
        }
        if words.count >= 3, joins.contains(words[0]), isTime(words[1]), words[2].first?.isUppercase == true {
            return text.split(separator: " ", maxSplits: 2)[2]
        }
        return text
    }

    /// "2pm", "10 am", "6.30pm" is `isTimeOnly`'s: an hour alone with its "am" or "pm".
    static func isHourOnly(_ text: String) -> Bool {
        let lower = text.lowercased()
        let hours = lower.prefix { $0.isNumber }
        guard (1...2).contains(hours.count), let value = Int(hours), (1...12).contains(value) else { return false }
        return ["am", "pm", " am", " pm", "a.m.", "p.m.", " a.m.", " p.m."].contains(String(lower.dropFirst(hours.count)))
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
            let after = afterAt.dropFirst(time.count).trimmingSpaces()
            // ("AT 1000 HOURS IN THE MEETING ROOM": a Scottish minute's twenty-four-hour time.)
            let suffix = ["a.m.", "p.m.", "am", "pm", "hours", "hrs"].first { after.lowercased().hasPrefix($0) }
            // ("… 2014 AT 36 CAUSTON STREET": a number alone, no time's point or "pm" after it, is the building's.)
            if !time.isEmpty, suffix != nil || time.contains(where: { $0 == "." || $0 == ":" }) {
                rest = after.dropFirst(suffix?.count ?? 0)
            }
        }
        rest = rest.trimmingSpaces()
        // ("26th January 2017 1.45pm to 4.45pm Council Chamber, Civic Offices": the meeting's hours, then where.)
        rest = Self.droppingLeadingHours(rest)
        // (", IN SWAN LOUNGE, …": the comma after the day, then the word that leads into the place.)
        if rest.hasPrefix(",") { rest = rest.dropFirst().trimmingSpaces() }
        // ("at The Courts, Carlisle": a place whose name opens with a capital "The" keeps it.)
        for lead in ["held at the ", "held in the ", "held at ", "held in ", "in the ", "in ", "at the ", "at "] where rest.lowercased().hasPrefix(lead) {
            let keepsArticle = lead.hasSuffix("the ") && rest.dropFirst(lead.count - 4).hasPrefix("The ")
            rest = rest.dropFirst(keepsArticle ? lead.count - 4 : lead.count)
            break
        }
        // (", at 6.00 pm": a time after the day's comma, no place.)
        if Self.isTimeOrTimes(String(LinePatterns.trimTrailingPunctuation(rest.trimmingSpaces()))) { return nil }
        // ("SWAN LOUNGE, JUDGES LODGINGS, COMMENCING AT 10.00 AM AND CONCLUDING AT 11.15 AM": when, after the place.)
        for end in [", commencing at ", " commencing at ", ", starting at "] {
            if let range = rest.range(of: end, options: .caseInsensitive) { rest = rest[..<range.lowerBound] }
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
