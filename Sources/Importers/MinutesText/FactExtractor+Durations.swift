import CouncilText
import EvidenceModel
import Foundation

/// Durations: what a length of time describes ("a two year term of office", "two days of training"), and what is no
/// length of time (an age band, the minutes of a meeting).
extension FactExtractor {
    /// The periods a frequency is counted in ("a week", "per month").
    static let periodNouns: Set<String> = ["day", "week", "fortnight", "month", "term", "year", "annum", "session"]

    /// Units of time in the singular, as a number put before a noun has them ("a five year plan").
    static let singularUnits: Set<String> = ["hour", "day", "week", "month", "year", "minute"]

    /// Nouns that name only a stretch of time ("over a three month period", "a 10 minute slot"): what such a stretch
    /// is "of", when the sentence says, is what lasts that long ("a 12 week period of consultation").
    static let timeSpanNouns: Set<String> = ["period", "periods", "time", "timeframe", "timescale", "timescales", "window", "slot",
                                             "basis", "cycle", "span", "interval"]

    /// The noun phrase a duration describes, read after it ("term of office", "support package", "period"); for a
    /// stretch of time "of" something, that something ("a 12 week period of consultation" → "consultation"). Nil when
    /// there is none.
    static func describedNoun(after start: Int, in words: [Word], maxWords: Int) -> String? {
        let head = phrase(after: start, in: words, stopAtStops: true, maxWords: maxWords)
        guard !head.isEmpty else { return nil }
        let used = head.split(separator: " ").count
        let ofIndex = start + used
        // "term of office": one lower-case noun after "of" belongs to the phrase.
        var extended = head
        if !words[ofIndex - 1].endsClause, lower(words, ofIndex) == "of", ofIndex + 1 < words.count,
           case let noun = words[ofIndex + 1], noun.core.first?.isLowercase == true, !phraseStops.contains(noun.lower) {
            let tail = phrase(after: ofIndex + 1, in: words, stopAtStops: true, maxWords: 3)
            if !tail.isEmpty {
                if timeSpanNouns.contains(head.lowercased()) { return tail }
                extended = head + " of " + tail
            }
        }
        return extended
    }

    /// "the part one minutes of the meeting", "and two minutes of 8th June": "minutes" the record of a meeting, told by
    /// a number in the singular before it or by "of" and a date or a meeting after it.
    static func isMinutesRecord(value: Double, unitIndex: Int, in words: [Word]) -> Bool {
        if value == 1, lower(words, unitIndex) == "minutes" { return true }
        guard !words[unitIndex].endsClause, lower(words, unitIndex + 1) == "of" else { return false }
        let next = lower(words, unitIndex + 2)
        return next.first?.isNumber == true || ["the", "that", "this", "last", "previous", "meeting", "meetings"].contains(next)
            || MonthName.number(next) != nil
    }

    /// Whether the number at `index` is an age: "25 years old", "18 – 24 year olds", "16-year-olds", "aged 16".
    static func isAge(at index: Int, in words: [Word]) -> Bool {
        if lower(words, index - 1) == "aged" { return true }
        var next = index + 1
        // "18 – 24 year olds": look past the range to its unit.
        if ["-", "–", "to"].contains(lower(words, next)), words.indices.contains(next + 1), words[next + 1].startsWithDigit { next += 2 }
        let unit = lower(words, next)
        if unit.hasSuffix("-year-old") || unit.hasSuffix("-year-olds") { return true }
        if words[index].lower.hasSuffix("-year-old") || words[index].lower.hasSuffix("-year-olds") { return true }
        guard ["year", "years"].contains(unit) else { return false }
        let after = lower(words, next + 1)
        return after == "old" || after == "olds"
    }

    static let durationLeads: Set<String> = ["within", "in", "over", "for", "up", "to", "after", "under", "than", "less", "more", "until",
                                             "of", "at", "least", "by", "a", "the", "around", "about", "nearly", "almost"]
}
