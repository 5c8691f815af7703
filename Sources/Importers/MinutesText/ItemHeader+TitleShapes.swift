import CouncilText
import Foundation

/// What tells an item's title from a sentence: titles that arrive in a shape of their own, in sentence case with a full stop
/// ("1. Chairmans remarks.") or in capitals run into the minutes under them ("1. WELCOME BY THE CLERK The Clerk welcomed
/// …"); an agenda's request ("To receive apologies"); a sentence's end, a report of what happened, a name's initial.
extension ItemHeader {
    /// "Chairmans remarks", "Declarations of interest under the Localism Act 2011": a phrase naming a piece of business,
    /// two to sixteen words, no sentence inside and no verb a sentence of the minutes would have ("Apologies were
    /// received", "No declarations were made", "Minutes approved"), so not a numbered paragraph of what happened.
    static func namesBusinessWithFullStop(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard (2...16).contains(words.count), let first = words.first, first.first?.isUppercase == true,
              !sentenceOpeners.contains(first.lowercased()), !holdsASentenceEnd(String(text)) else { return false }
        for word in words.dropFirst() {
            let lower = word.lowercased().trimmingCharacters(in: wordPunctuation)
            if sentenceVerbs.contains(lower) || lower.count > 4 && lower.hasSuffix("ed") { return false }
        }
        return !MinutesReader.statesSomething(String(text)) && !MinutesReader.opensWithPersonActing(String(text))
    }

    /// Whether item `number` stands where an agenda numbers every item and ends each with a full stop: the item before
    /// it ends so, and the one after it (or, for the last, the one before that), each within a few lines.
    static func isAmongItemsEndingWithFullStops(_ number: String, at index: Int, in lines: [SourceLine]) -> Bool {
        guard let value = Int(number), value >= 2 else { return false }
        func numberedLineEndingWithFullStop(_ wanted: Int, from start: Int, step: Int) -> Int? {
            var position = start, seen = 0
            while position >= 0, position < lines.count, seen < 8 {
                let text = lines[position].text
                if !lines[position].isBlank {
                    seen += 1
                    if text.hasPrefix("\(wanted). "), text.hasSuffix("."), !text.hasSuffix("..") { return position }
                }
                position += step
            }
            return nil
        }
        guard let previous = numberedLineEndingWithFullStop(value - 1, from: index - 1, step: -1) else { return false }
        return numberedLineEndingWithFullStop(value + 1, from: index + 1, step: 1) != nil
            || numberedLineEndingWithFullStop(value - 2, from: previous - 1, step: -1) != nil
    }

    /// "Minutes of the meeting held on 8th September, 2022", "Any items which the Chair has decided are urgent (Part I)":
    /// an agenda item worded as a phrase, not a sentence of the minutes: no opening word of a report ("The", "Members",
    /// "It"), no verb in the past right after its first words ("The panel discussed …"), nothing stated.
    static func namesBusinessInAnAgendaSentence(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        // ("1st and 2nd Quarter Scrutiny Recommendation Tracking 2022/23": a title may open with a number.)
        guard (2...20).contains(words.count), let first = words.first, first.first?.isUppercase == true || first.first?.isNumber == true,
              !sentenceOpeners.contains(first.lowercased()), first.lowercased() != "the", !NameList.isPersonalTitle(first),
              !holdsASentenceEnd(String(text)) else { return false }
        for word in words.dropFirst().prefix(2) {
            let lower = word.lowercased().trimmingCharacters(in: wordPunctuation)
            if sentenceVerbs.contains(lower) || lower.count > 3 && lower.hasSuffix("ed") { return false }
        }
        return !MinutesReader.statesSomething(String(text)) && !MinutesReader.opensWithPersonActing(String(text))
    }

    /// "icon Attainment in Kirkton Schools 2012 [505Kb] - Report by …" → "Attainment in Kirkton Schools 2012": the title before
    /// the size its paper's link printed in square brackets, without the link's icon; nil for a line without such a size.
    static func titleBeforePaperSize(_ text: String) -> String? {
        guard TextScan.contains(text, ascii: "b]") || TextScan.contains(text, ascii: "B]"), let size = text.firstMatch(of: Self.bracketedPaperSize) else { return nil }
        var title = text[..<size.range.lowerBound].trimmingSpaces()
        if title.hasPrefix("icon ") { title = title.dropFirst(5).trimmingSpaces() }
        guard LinePatterns.wordCount(String(title)) >= 1, title.first?.isLetter == true || title.first?.isNumber == true else { return nil }
        return String(title)
    }

    /// "[295Kb]", "[1.2 MB]": a paper's size in square brackets.
    nonisolated(unsafe) static let bracketedPaperSize = /\s\[[0-9]+(?:\.[0-9]+)?\s?[KkMm][Bb]\]/

    /// What may cling to a word of a title: made once, not for every word.
    static let wordPunctuation = CharacterSet(charactersIn: ",;:()")

    /// First words of a numbered paragraph that reports rather than names business.
    static let sentenceOpeners: Set<String> = ["no", "none", "nil", "there", "it", "this", "these", "that", "we", "all", "he", "she",
                                               "they", "i", "members", "everyone", "nothing", "an", "a"]

    /// Verbs that make a numbered line a sentence of the minutes.
    static let sentenceVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                                             "should", "must", "may", "be", "been", "said", "made", "gave", "took", "met", "held",
                                             "thanks", "agrees", "notes", "reports", "welcomes"]

    /// "WELCOME BY THE CLERK The Clerk welcomed …" → the title in capitals (two words or more, eight letters or more) and
    /// the sentence after it, which opens with a word in ordinary case and runs to four words or more with a full stop.
    static func capitalTitleRunIn(_ text: String) -> (title: String, rest: String)? {
        // (Most lines open with a word in ordinary case: settled on their first two bytes.)
        let utf8 = text.utf8
        guard utf8.count >= 20, let first = utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
              let second = utf8.dropFirst().first, !(second >= UInt8(ascii: "a") && second <= UInt8(ascii: "z")) else { return nil }
        let words = text.split(separator: " ")
        var count = 0
        while count < words.count, words[count].contains(where: \.isLetter), LinePatterns.isUpperCase(words[count]) || words[count].count <= 2
                && words[count].allSatisfy({ !$0.isLowercase }) {
            count += 1
        }
        // ("A report was received": a capital "A" or "I" opening the sentence is no part of the title.)
        if count > 0, count < words.count, ["A", "I"].contains(words[count - 1]) { count -= 1 }
        guard count >= 2, count < words.count else { return nil }
        let title = words[..<count].joined(separator: " ")
        let rest = words[count...]
        guard title.filter(\.isLetter).count >= 8, let opening = rest.first, opening.first?.isUppercase == true,
              opening.dropFirst().contains(where: \.isLowercase)
                || ["A", "I"].contains(opening) && rest.dropFirst().first?.first?.isLowercase == true, rest.count >= 4, rest.last?.last == ".",
              LinePatterns.resolutionMarker(title) == nil, Labels.parse(title) == nil else { return nil }
        return (title, rest.joined(separator: " "))
    }

    /// "To receive apologies for absence", "To consider the budget": what an agenda asks the meeting to do.
    static func asksTheMeeting(_ text: String) -> Bool {
        guard text.hasPrefix("To "), let verb = text.dropFirst(3).split(separator: " ").first else { return false }
        return ["receive", "consider", "confirm", "approve", "note", "agree", "raise", "discuss", "elect", "appoint", "review",
                "adopt", "accept", "authorise", "resolve", "determine", "sign"].contains(verb.lowercased())
    }

    /// "MC reported that the £2500 … had been spent.", "an example of the data was given.": a sentence of the minutes telling
    /// what happened (a verb in the past, a full stop), not the rest of an agenda's title ("Jo Bell to discuss the policy",
    /// "report by the Director (herewith)").
    static func reportsWhatHappened(_ text: Substring) -> Bool {
        guard text.hasSuffix(".") else { return false }
        return text.split(separator: " ").contains { word in
            pastTenseReportingWords.contains(word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:")))
        }
    }

    static let pastTenseReportingWords: Set<String> = [
        "was", "were", "had", "reported", "noted", "agreed", "explained", "discussed", "confirmed", "advised", "informed",
        "presented", "gave", "given", "updated", "said", "asked", "welcomed", "circulated", "thanked", "received", "highlighted",
        "outlined", "raised", "introduced", "summarised", "summarized", "shared", "provided", "requested", "suggested",
    ]

    /// "Minutes of the previous meeting": a short title whose first word alone has a capital, with no full stop.
    static func isSentenceCaseTitle(_ text: String) -> Bool {
        guard !text.hasSuffix("."), !text.contains(". "), !text.contains(":") else { return false }
        return text.split(separator: " ").count <= 8 && !MinutesReader.statesSomething(text)
    }

    /// Whether a short text is a heading in title case: every word but the small ones opens with a capital.
    static func isTitleCaseHeading(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard (1...8).contains(words.count) else { return false }
        let small: Set<String> = ["and", "of", "the", "for", "on", "to", "in", "with", "from", "by", "a", "an", "&", "at", "or"]
        return words.enumerated().allSatisfy { index, word in
            guard let first = word.first else { return true }
            return first.isUppercase || first.isNumber || (index > 0 && small.contains(word.lowercased()))
        }
    }

    /// "8 CSIAs had been appointed. 2 half day training sessions …": a sentence ends inside the line and
    /// another begins, as prose does and a title does not. (An initial's full stop, "V. Carr", is no end.)
    static func holdsASentenceEnd(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count > 4 else { return false }
        for index in 2..<(utf8.count - 2) where utf8[index] == UInt8(ascii: ".") && utf8[index + 1] == UInt8(ascii: " ") {
            let next = utf8[index + 2]
            let opensSentence = (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")) || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
            // The word before the stop is a whole word (three letters or more), not an initial or "St".
            var start = index
            while start > 0, utf8[start - 1] != UInt8(ascii: " ") { start -= 1 }
            if opensSentence, index - start >= 3, utf8[start..<index].allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }),
               // ("Election of Chairman as a result of Cllr. Fowle’s resignation": a title's abbreviation is no sentence's end.)
               !Self.abbreviatedTitles.contains(String(decoding: utf8[start..<index], as: UTF8.self).lowercased()) { return true }
        }
        return false
    }

    /// Personal titles written with a full stop, three letters or more: "Cllr. Fowle", "Mrs. Hill".
    static let abbreviatedTitles: Set<String> = ["cllr", "cllrs", "mrs", "prof", "revd", "capt", "coun", "insp", "supt", "sgt"]

    /// "V. Carr", "J. T. Hehir": a person's initial opens the line.
    static func startsWithInitial(_ text: String) -> Bool {
        let utf8 = Array(text.utf8.prefix(3))
        return utf8.count == 3 && utf8[0] >= UInt8(ascii: "A") && utf8[0] <= UInt8(ascii: "Z") && utf8[1] == UInt8(ascii: ".") && utf8[2] == UInt8(ascii: " ")
    }

    /// A title names something: at least one word of three letters or more ("23 and" is not an item).
    static func hasTitleWord(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in word.filter(\.isLetter).count >= 3 && !["and", "the", "for", "with"].contains(word.lowercased()) }
    }
}
