import CouncilText
import EvidenceModel
import Foundation

/// What states no figure: a question, the webcast notice, a reading time, a telephone number, an address, a reference
/// ("item 4"), a clock time, an agenda's heading, a limit on what may be sent, a subject that names nothing.
extension FactExtractor {
    /// What a council's site prints on every page, counting nothing of the meeting: the webcast notice ("… can be viewed
    /// on our website for twelve months after the meeting").
    static func isBoilerplate(_ sentence: String) -> Bool {
        return (TextScan.contains(sentence, ascii: "webcast") || TextScan.contains(sentence, ascii: "broadcast live"))
            && TextScan.contains(sentence, ascii: "website")
    }

    /// A sentence that asks ("… why 18%?"): it ends with a question mark and holds a question word.
    static func isQuestion(_ sentence: String) -> Bool {
        // The last character that is not a space or tab (as `trimmingCharacters(in: .whitespaces)` would
        // leave it), found without Foundation: this runs for every sentence.
        guard lastNonWhitespace(of: sentence) == "?" else { return false }
        return sentence.split(whereSeparator: { !$0.isLetter }).contains { questionWords.contains($0.lowercased()) }
    }

    /// The last scalar that is not a space or tab (as `trimmingCharacters(in: .whitespaces)` would
    /// leave it): read on the last bytes when they are ASCII, as they nearly always are.
    static func lastNonWhitespace(of text: String) -> Unicode.Scalar? {
        for byte in text.utf8.reversed() {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
            if byte < 0x80 { return Unicode.Scalar(byte) }
            break
        }
        return text.unicodeScalars.last(where: { !CharacterSet.whitespaces.contains($0) })
    }

    /// "· 3 min · Jane Smith", "5 min read": a blog post's reading time, counting nothing of the meeting.
    static func isReadingTime(at index: Int, in words: [Word]) -> Bool {
        guard words[index].startsWithDigit, index + 1 < words.count, ["min", "mins"].contains(words[index + 1].lower) else { return false }
        guard index + 2 < words.count else { return true }
        return ["read", "·"].contains(words[index + 2].lower)
    }

    /// "the three important ones", "£1.5m, £200k for Bradford": a subject that is a pronoun or another figure names
    /// nothing the figure measures.
    static func namesNothing(_ subject: String) -> Bool {
        // (Read on the first and last bytes: this runs for every figure found.)
        guard let first = subject.first else { return true }
        if first.isNumber || first == "£" || first == "$" || first == "€" { return true }
        if subject.utf8.count <= 5, !TextScan.contains(subject, ascii: " ") {
            // ("in more complex cases it": a clause whose pronoun comes last still names the cases.)
            return ["one", "them", "these", "those", "it", "they", "ones"].contains(subject.lowercased())
        }
        return subject.hasSuffix(" ones") || subject.hasSuffix(" Ones")
    }

    /// "(maximum of 4 minutes)", "a minimum of 500 words": a limit set on what may be sent, no figure of the meeting's.
    static func isALimit(at index: Int, in words: [Word]) -> Bool {
        lower(words, index - 1) == "of" && ["maximum", "minimum", "max", "min"].contains(lower(words, index - 2))
    }

    /// "Vote taken: 10 in favour, 0 against, 0 abstentions", "7 for, 2 against": a vote's count.
    static func isVoteTally(_ sentence: String) -> Bool {
        // (Read on the bytes: "against" is common in minutes, "24.0% against a target of 20%".)
        guard TextScan.contains(sentence, ascii: "against") else { return false }
        return TextScan.contains(sentence, ascii: " in favour") || TextScan.contains(sentence, ascii: " In favour")
            || TextScan.contains(sentence, ascii: "bstain") || TextScan.contains(sentence, ascii: "bstention")
            || TextScan.contains(sentence, ascii: " for, ")
    }

    /// "PUBLIC FORUM (15 minutes)", "Questions (30 mins)": the time an agenda allows a piece of business, in brackets after
    /// its heading, no measure of anything.
    static func isTimeAllowed(at index: Int, in words: [Word]) -> Bool {
        guard words[index].opensBracket, index + 1 < words.count else { return false }
        return ["minutes", "minute", "mins", "min", "hours", "hour", "hrs"].contains(words[index + 1].lower)
    }

    /// "EHE children over the past" → "EHE children", "Data covering the previous" → "Data": a window of time ("over the
    /// past 5 years") read into the subject before it; the subject is what the window covers.
    static func droppingWindowWords(_ subject: String) -> String {
        guard let window = [" the past", " the last", " the next", " the previous", " the coming"].first(where: { subject.hasSuffix($0) })
        else { return subject }
        var words = subject.dropLast(window.count).split(separator: " ")
        if let last = words.last, ["over", "from", "in", "during", "for", "within", "covering", "across", "of"].contains(last.lowercased()) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// "Lunch -", "Comfort break": the subject of a break in a meeting's timetable.
    static func namesBreak(_ subject: String) -> Bool {
        let words = subject.lowercased().split { !$0.isLetter }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { ["lunch", "break", "comfort", "tea", "coffee", "refreshment", "refreshments"].contains($0) }
    }

    /// "07788415591", "0121 779 3865"'s first part and "01234-567890": a UK telephone number (a 0 then nine digits or more,
    /// unbroken), which counts nothing.
    static func isPhoneNumber(_ word: String) -> Bool {
        // (Asked of every word that may open a figure: one pass over the bytes, no array made.)
        guard word.utf8.first == UInt8(ascii: "0") else { return false }
        var digits = 0
        for byte in word.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
            } else if byte != UInt8(ascii: "-") {
                return false
            }
        }
        return digits >= 10
    }

    /// Whether the capitalised words after a number end in a street's kind ("31 Rutland Road", "4 Kings Park Avenue").
    static func isStreetAddress(after index: Int, in words: [Word]) -> Bool {
        var next = index + 1
        while next < words.count, next <= index + 4, words[next].core.first?.isUppercase == true {
            if streetKinds.contains(words[next].core.lowercased()) { return next > index + 1 }
            if words[next].endsClause { return false }
            next += 1
        }
        return false
    }

    /// The last word of a street's name.
    static let streetKinds: Set<String> = ["road", "street", "lane", "avenue", "close", "drive", "way", "crescent", "place", "square",
                                           "terrace", "grove", "gardens", "rd", "st", "ave"]

    /// "priority 2, 3 or 4 status", "stages 1 to 3": the last number of a list of references, the numbers
    /// before it joined by commas, "or", "and" or "to" back to a reference word.
    static func endsAReferenceList(at index: Int, in words: [Word]) -> Bool {
        var position = index - 1
        var sawNumber = false
        while position >= 0, position >= index - 8 {
            let word = words[position]
            if ["or", "and", "to", "&"].contains(word.lower) {
                position -= 1
                continue
            }
            var core = Substring(word.core)
            while core.last == "," { core = core.dropLast() }
            if !core.isEmpty, core.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                sawNumber = true
                position -= 1
                continue
            }
            return sawNumber && referenceWords.contains(word.lower)
        }
        return false
    }

    /// Capitalised words an agenda's headings open with, which a number before them numbers.
    static let agendaHeadingWords: Set<String> = ["Apologies", "Minutes", "Declarations", "Declaration", "Matters", "Election",
                                                  "Welcome", "Introductions", "AOB", "Chairman's", "Chair's"]

    /// "1330", "0930": four digits that read as a time of day on the 24-hour clock.
    static func isTwentyFourHourClock(_ digits: String) -> Bool {
        guard digits.utf8.count == 4, let value = Int(digits) else { return false }
        return value / 100 <= 23 && value % 100 <= 59
    }

    /// A word of five capitals or more ("NOTICE", "APOLOGIES"): a heading's, not a counted noun's
    /// (short capitals such as "LAC" or "ICPC" are names of things counted).
    static func isShoutedHeadingWord(_ word: String) -> Bool {
        var letters = 0
        for byte in word.utf8 {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { letters += 1 }
        }
        return letters >= 5
    }
}
