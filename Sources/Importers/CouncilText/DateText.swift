import EvidenceModel
import Foundation

/// Finds and reads the dates councils write: `23/01/2020`, `22&#47;10&#47;2015` (once decoded),
/// `2023-10-12`, "Monday 25 September 2017 10.00 am", "Monday, 13th November, 2017 4.00pm",
/// "Wednesday 9 January 2019", "3 Aug 2026 - 10:00", "9 Jul 2026", "26th and 27th February 2019" (its first
/// day), "the 8th of December 2011", "February 2, 2026". Day-first, as in the UK. Shared by every reader of council text.
public enum DateText {

    /// A date found in text, with where it was.
    public struct Match: Sendable, Equatable {
        /// The date.
        public var date: CalendarDate
        /// The matched text's range in the input.
        public var range: Range<String.Index>
    }

    /// The first date in the text, in any of the supported forms.
    public static func firstDate(in text: String) -> CalendarDate? {
        allDates(in: text).first?.date
    }

    /// Parses text that is exactly one date (surrounding spaces, a weekday and a time allowed).
    public static func parse(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = allDates(in: trimmed).first else { return nil }
        // Before the date only punctuation ("- 13 March"); after it only a time ("4.00 pm", "at 10:00").
        // "Draft minutes of 6 March 2025" names a date; it is not one.
        let before = trimmed[..<match.range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ,-–—:|"))
        guard before.isEmpty else { return nil }
        let rest = String(trimmed[match.range.upperBound...])
        guard rest.wholeMatch(of: trailingTime) != nil else { return nil }
        return match.date
    }

    /// What may follow a date that is the whole text: a clock time, with separators.
    nonisolated(unsafe) static let trailingTime =
        /(?i)[\s,\-–—]*(at\s*)?([0-9]{1,2}([.:][0-9]{2})?\s*(a\.?m\.?|p\.?m\.?|noon|hrs)?)?[\s.,\-–—]*(?:to|-|–)?\s*([0-9]{1,2}([.:][0-9]{2})?\s*(a\.?m\.?|p\.?m\.?)?)?[\s.]*/

    /// Every date in the text, in order of appearance.
    public static func allDates(in text: String) -> [Match] {
        // Every form holds a run of ASCII digits (`isNumber` tokens are ASCII): most link texts and
        // titles hold none, and are settled without being split into tokens.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        var results: [Match] = []
        let tokens = tokenize(text)
        var i = 0
        while i < tokens.count {
            if let (date, end) = numericDate(tokens, i) ?? wordDate(tokens, i) {
                results.append(Match(date: date, range: tokens[i].range.lowerBound..<tokens[end].range.upperBound))
                i = end + 1
            } else {
                i += 1
            }
        }
        return results
    }

    struct Token {
        var text: Substring
        var range: Range<String.Index>
        var isNumber: Bool
    }

    /// Splits into runs of digits, runs of letters, and single punctuation characters (spaces dropped).
    static func tokenize(_ text: String) -> [Token] {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiTokens(text) : characterTokens(text)
    }

    /// `characterTokens` for ASCII text, on its bytes: each byte is a Character there (but CR LF, one
    /// whitespace Character of two whitespace bytes, which both drop), digits are the numbers and
    /// A–Z, a–z the letters. Meeting references are read from every page's links and headings.
    static func asciiTokens(_ text: String) -> [Token] {
        let utf8 = text.utf8
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        var tokens: [Token] = []
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            var end = utf8.index(after: index)
            if isDigit(byte) || isLetter(byte) {
                let digits = isDigit(byte)
                while end < utf8.endIndex, digits ? isDigit(utf8[end]) : isLetter(utf8[end]) { end = utf8.index(after: end) }
                tokens.append(Token(text: text[index..<end], range: index..<end, isNumber: digits))
            } else if !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == UInt8(ascii: ",")) {
                tokens.append(Token(text: text[index..<end], range: index..<end, isNumber: false))
            }
            index = end
        }
        return tokens
    }

    /// The tokens of any text, Character by Character.
    static func characterTokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c.isNumber && c.isASCII {
                var end = index
                while end < text.endIndex, text[end].isNumber, text[end].isASCII { end = text.index(after: end) }
                tokens.append(Token(text: text[index..<end], range: index..<end, isNumber: true))
                index = end
            } else if c.isLetter {
                var end = index
                while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
                tokens.append(Token(text: text[index..<end], range: index..<end, isNumber: false))
                index = end
            } else {
                let next = text.index(after: index)
                if !c.isWhitespace && c != "," {
                    tokens.append(Token(text: text[index..<next], range: index..<next, isNumber: false))
                }
                index = next
            }
        }
        return tokens
    }

    /// `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`, `yyyy/mm/dd`.
    static func numericDate(_ t: [Token], _ i: Int) -> (CalendarDate, Int)? {
        guard i + 4 < t.count, t[i].isNumber, t[i + 2].isNumber, t[i + 4].isNumber else { return nil }
        let sep1 = t[i + 1].text, sep2 = t[i + 3].text
        guard sep1 == sep2, ["/", "-", "."].contains(sep1) else { return nil }
        // Must be adjacent (no spaces) to avoid reading "3 - 4 - 2020" lists as dates.
        guard t[i].range.upperBound == t[i + 1].range.lowerBound, t[i + 1].range.upperBound == t[i + 2].range.lowerBound,
              t[i + 2].range.upperBound == t[i + 3].range.lowerBound, t[i + 3].range.upperBound == t[i + 4].range.lowerBound
        else { return nil }
        let a = t[i].text, b = t[i + 2].text, c = t[i + 4].text
        // (A year first is followed by the month: "2014/02/28" is read as no one writes it the other way.)
        if a.count == 4, sep1 == "-" || sep1 == "/", let y = Int(a), let m = Int(b), let d = Int(c), let date = CalendarDate(year: y, month: m, day: d) {
            return (date, i + 4)
        }
        guard a.count <= 2, b.count <= 2, c.count == 4 || c.count == 2, let d = Int(a), let m = Int(b), var y = Int(c) else { return nil }
        if c.count == 2 { y += y < 70 ? 2000 : 1900 }
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return (date, i + 4)
    }

    /// "[Weekday[,]] 13[th] November[,] 2017", "26th and 27th February 2019", "November 13, 2017", "3 Aug 2026".
    static func wordDate(_ t: [Token], _ start: Int) -> (CalendarDate, Int)? {
        var i = start
        var weekday: Int?
        if i < t.count, !t[i].isNumber, isWeekday(t[i].text) {
            weekday = weekdayNumber(t[i].text)
            i += 1
        }
        // Day Month Year
        if i + 2 < t.count || i + 3 < t.count, i < t.count, t[i].isNumber, t[i].text.count <= 2, let day = Int(t[i].text) {
            var j = i + 1
            if j < t.count, ["st", "nd", "rd", "th"].contains(t[j].text.lowercased()) { j += 1 }
            // "the 8th of December 2011".
            if j + 1 < t.count, t[j].text.lowercased() == "of", j > i + 1, MonthName.number(t[j + 1].text) != nil { j += 1 }
            // A meeting over two days ("26th and 27th February 2019", "26-27 February 2019"): its first day.
            if j + 1 < t.count, ["and", "&", "-", "–", "to"].contains(t[j].text.lowercased()), t[j + 1].isNumber,
               t[j + 1].text.count <= 2, let second = Int(t[j + 1].text), second > day {
                var k = j + 2
                if k < t.count, ["st", "nd", "rd", "th"].contains(t[k].text.lowercased()) { k += 1 }
                if k < t.count, !t[k].isNumber, MonthName.number(t[k].text) != nil { j = k }
            }
            if j < t.count, !t[j].isNumber, let month = MonthName.number(t[j].text) {
                j += 1
                if j < t.count, t[j].text == "." { j += 1 }
                if j < t.count, t[j].isNumber, t[j].text.count == 4, let year = Int(t[j].text),
                   let date = CalendarDate(year: year, month: month, day: day) {
                    return (date, j)
                }
                // "Monday 11 June 01": a year of two digits only when the weekday printed is that day's.
                if let weekday, j < t.count, t[j].isNumber, t[j].text.count == 2, let short = Int(t[j].text),
                   let date = CalendarDate(year: short + (short < 70 ? 2000 : 1900), month: month, day: day),
                   ((date.daysSinceEpoch % 7 + 7) % 7 + 4) % 7 == weekday {
                    return (date, j)
                }
            }
        }
        // Month Day, Year
        if i + 2 < t.count, !t[i].isNumber, let month = MonthName.number(t[i].text), t[i + 1].isNumber, t[i + 1].text.count <= 2,
           let day = Int(t[i + 1].text) {
            var j = i + 2
            if j < t.count, ["st", "nd", "rd", "th"].contains(t[j].text.lowercased()) { j += 1 }
            if j < t.count, t[j].isNumber, t[j].text.count == 4, let year = Int(t[j].text),
               let date = CalendarDate(year: year, month: month, day: day) {
                return (date, j)
            }
        }
        return nil
    }

    /// The day of the week a word names, Sunday 0 to Saturday 6; nil for any other word.
    static func weekdayNumber(_ word: Substring) -> Int? {
        let names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        return isWeekday(word) ? names.firstIndex(of: String(word.lowercased().prefix(3))) : nil
    }

    /// Whether a word names a day of the week, in full or short ("Tuesday", "Tues").
    public static func isWeekday(_ word: Substring) -> Bool {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"].contains(word.lowercased())
    }
}
