import EvidenceModel
import Foundation

/// Actions minuted in prose rather than after an `ACTION:` label: "DH to write to all concerned …",
/// "Emma Bennett outlined the position and undertook to arrange for the Briefing Note to be circulated."
/// The owner is the person the sentence opens with; the action is what they are to do.
enum ActionSentence {
    /// The blocks with an action block after each paragraph sentence that minutes an action.
    static func withActions(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for original in blocks {
            // "… would be followed up with the Community Safety Team (Action: Jonathan Picken)": the point closes with its
            // owner in a bracket; a list's points give their actions after the list.
            var block = original
            var bracketed: [Block] = []
            if let (text, owner) = bracketedAction(block.text) {
                block.text = text
                bracketed.append(Block(.action, text: text, marker: "ACTION", owner: owner, line: block.line))
            } else if block.kind == .list, let items = block.children, items.contains(where: { bracketedAction($0.text) != nil }) {
                block.children = items.map { item in
                    guard let (text, owner) = bracketedAction(item.text) else { return item }
                    var item = item
                    item.text = text
                    bracketed.append(Block(.action, text: text, marker: "ACTION", owner: owner, line: item.line))
                    return item
                }
            }
            result.append(block)
            defer { result.append(contentsOf: bracketed) }
            guard block.kind == .paragraph || block.kind == .numberedParagraph, let text = block.text,
                  TextScan.contains(text, ascii: " to ") else { continue }
            // The byte check settles each sentence before a String is made of it (most minute no action).
            for range in FactExtractor.sentenceRanges(in: text) where mayMinuteAnAction(text[range]) {
                // (The action is the sentence that minutes it, its owner with it: "Linda Mor agreed to contact the bank".)
                if let (owner, _) = parseWithoutPrecheck(String(text[range])) {
                    result.append(Block(.action, text: Self.trimmedSentence(text[range]), owner: owner, line: block.line))
                }
            }
        }
        return result
    }

    /// A point that ends with its action's owner in a bracket ("… Community Safety Team (Action: Jonathan Picken)",
    /// "(ACTION – Head of Service)"): the point without the bracket, and the owner. Nil for any other text.
    static func bracketedAction(_ text: String?) -> (text: String, owner: String)? {
        guard let text, text.hasSuffix(")") || text.hasSuffix(")."), TextScan.contains(text, ascii: "(Action") || TextScan.contains(text, ascii: "(ACTION"),
              let open = text.range(of: "(Action", options: .backwards) ?? text.range(of: "(ACTION", options: .backwards) else { return nil }
        var owner = text[open.upperBound...].trimmingSpaces()
        guard let mark = owner.first, ":–-".contains(mark) else { return nil }
        owner = owner.dropFirst().trimmingSpaces()
        while let last = owner.last, last == ")" || last == "." { owner = owner.dropLast() }
        owner = owner.trimmingSpaces()
        let point = LinePatterns.trimTrailingPunctuation(text[..<open.lowerBound])
        guard !owner.isEmpty, owner.utf8.count <= 80, !owner.contains("("), !point.isEmpty else { return nil }
        return (point, String(owner))
    }

    /// A sentence without the spaces and the full stop around it.
    static func trimmedSentence(_ sentence: Substring) -> String {
        var text = sentence.trimmingSpaces()
        while let last = text.last, ".;,".contains(last) { text = text.dropLast() }
        return String(text)
    }

    /// What an `ACTION:` label's line says: its owner alone ("ACTION: Head of Service"; the action is then the minute before
    /// it, nil here), or the action with its owner ("Action: Ben Cop to circulate the figures"), or an action with no owner
    /// named ("Action: circulate the final figures to all members").
    static func labelled(_ value: String) -> (owner: String?, action: String?) {
        let words = value.split(separator: " ")
        if let (owner, _) = parse(value) { return (owner, trimmedSentence(Substring(value))) }
        // ("Clerk to check the dates", "The Chair to contact …": a post is the owner too.)
        if let to = value.range(of: " to "), value.distance(from: value.startIndex, to: to.lowerBound) <= 30,
           let verb = value[to.upperBound...].split(separator: " ").first, verb.first?.isLowercase == true,
           !notVerbs.contains(verb.lowercased()), value.first?.isUppercase == true {
            var owner = Substring(value[..<to.lowerBound])
            if owner.hasPrefix("The ") { owner = owner.dropFirst(4) }
            return (String(owner), trimmedSentence(Substring(value)))
        }
        // An owner is a name, initials or a post: a few words, most of them capitalised.
        let lowerWords = words.filter { $0.first?.isLowercase == true && !["of", "and", "for", "the", "&", "to"].contains(String($0)) }
        // ("Head of Looked After Children" is a post: one word in small letters is its "of".)
        if lowerWords.count >= 2 { return (nil, trimmedSentence(Substring(value))) }
        return (value, nil)
    }

    /// Verbs after which "to" introduces an undertaking.
    static let undertakings = [" undertook to ", " agreed to ", " offered to ", " is to ", " was asked to "]

    /// (owner, action) when the sentence opens with a person who is to do something.
    static func parse(_ sentence: String) -> (owner: String, action: String)? {
        guard mayMinuteAnAction(Substring(sentence)) else { return nil }
        return parseWithoutPrecheck(sentence)
    }

    /// `parse(_:)` without the byte check that settles most sentences (kept for the tests that prove
    /// the check never drops an action).
    static func parseWithoutPrecheck(_ sentence: String) -> (owner: String, action: String)? {
        // ("ACTION James to update term dates on the website.": the minutes' mark for an action, then the action.)
        for mark in ["ACTION: ", "Action: ", "ACTION – ", "Action – ", "ACTION - ", "Action - ", "ACTION "]
        where sentence.hasPrefix(mark) && sentence.utf8.count > mark.utf8.count + 8 {
            return parseWithoutPrecheck(String(sentence.dropFirst(mark.count)))
        }
        // The owner: initials ("DH") or two or three capitalised words ("Emma Bennett"). It is settled on
        // the sentence's first three words before the whole is split (most sentences open with no owner):
        // with three splits at most, the first three parts are exactly the first three words.
        let head = sentence.split(separator: " ", maxSplits: 3).prefix(3).map(String.init)
        guard let firstWord = head.first else { return nil }
        var ownerLength = 0
        if isInitials(firstWord) {
            ownerLength = 1
        } else {
            while ownerLength < head.count, isNameWord(head[ownerLength]) { ownerLength += 1 }
            guard ownerLength >= 2 else { return nil }
        }
        let owner = head[..<ownerLength].joined(separator: " ")
        guard NameList.isPlausibleName(owner) else { return nil }
        let words = sentence.split(separator: " ").map(String.init)
        guard words.count >= 4 else { return nil }
        let rest = " " + words[ownerLength...].joined(separator: " ")
        var action: Substring?
        if rest.hasPrefix(" to ") {
            action = rest.dropFirst(4)
        } else if let undertaking = undertakings.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            action = rest[undertaking.upperBound...]
        }
        guard var text = action.map(String.init), let verb = text.split(separator: " ").first,
              verb.first?.isLowercase == true, !notVerbs.contains(verb.lowercased()) else { return nil }
        while let last = text.last, ".;,".contains(last) { text.removeLast() }
        return (owner, text)
    }

    /// What every action sentence has, settled on bytes before any word is split (most sentences
    /// have none of it): a " to " (every way of saying the action ends with one) and a first word that
    /// opens with a capital or a letter beyond ASCII and is not one of the `titles`.
    static func mayMinuteAnAction(_ sentence: Substring) -> Bool {
        guard TextScan.contains(sentence, ascii: " to ") else { return false }
        let utf8 = sentence.utf8
        guard let start = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return false }
        let first = utf8[start]
        guard first >= 0x80 || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) else { return false }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex
        return !titles.contains(String(sentence[start..<end]))
    }

    static let notVerbs: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "be", "all", "its", "their", "his", "her",
                                        "date", "which", "what", "and", "or"]

    static func isInitials(_ word: String) -> Bool {
        (2...4).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// Capitalised words that open a sentence but name no one.
    static let titles: Set<String> = ["The", "A", "An", "It", "This", "That", "Members", "Member", "Officers", "Councillors", "Committee",
                                      "Panel", "Board", "Cabinet", "Council", "Chair", "Chairman", "Director", "Head", "Service", "Services"]

    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return !titles.contains(word) && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }
}
