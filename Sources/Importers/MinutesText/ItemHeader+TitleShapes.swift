import CouncilText
import Foundation

/// Titles that arrive in a shape of their own: in sentence case with a full stop ("1. Chairmans remarks."), or in capitals run
/// into the minutes under them ("1. WELCOME BY THE CLERK The Clerk welcomed …").
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
}
