import CouncilText
import EvidenceModel
import Foundation

/// What a figure counts or measures: the phrase after it, the noun before "of", or the clause before it
/// ("96% of assessments", "cost savings of 3%", "513 children looked after"), with the words that end,
/// open and continue such phrases. `FactExtractor.fact(at:…)` finds the figures; these name them.
extension FactExtractor {
    /// What a percentage measures: the phrase after "of" ("96% of assessments were completed within
    /// 45 working days"), else the words after it ("10% decrease in ..."), else the clause before it.
    /// `signEndsClause`: whether the percent sign, when it stands apart from the figure ("87 %"), ends a
    /// clause; `bracketOpened`: whether it opens a bracket ("87 %( 143 cases)").
    static func percentSubject(after start: Int, before index: Int, in words: [Word], signEndsClause: Bool? = nil,
                                       bracketOpened: Bool = false) -> String? {
        let endsClause = signEndsClause ?? words[index].endsClause
        // "87% (143 cases) went on to assessment": the count in brackets names what the share is of.
        if !endsClause, start + 1 < words.count, words[start].opensBracket || bracketOpened, words[start].startsWithDigit,
           !words[start].endsClause, words[start + 1].core.first?.isLetter == true {
            let subject = phrase(after: start + 1, in: words, stopAtStops: true, maxWords: 4)
            if !subject.isEmpty { return subject }
        }
        if !endsClause, lower(words, start) == "of" {
            let subject = phrase(after: start + 1, in: words, stopAtStops: false, maxWords: 10)
            if !subject.isEmpty { return subject }
        }
        if !endsClause, start < words.count, words[start].core.first?.isLetter == true,
           !phraseStops.contains(lower(words, start)), !periodWords.contains(lower(words, start)) {
            let subject = phrase(after: start, in: words, stopAtStops: false, maxWords: 10)
            if !subject.isEmpty { return subject }
        }
        // "above the target of 90 per cent": the figure is the target's, not the clause's subject.
        if lower(words, index - 1) == "of", index >= 2, !words[index - 2].endsClause,
           let head = nounPhrase(endingAt: index - 2, in: words), percentHeads.contains(head.split(separator: " ").last?.lowercased() ?? "") {
            return head
        }
        let subject = clause(before: index, in: words, trimming: percentLeads)
        return subject.isEmpty || opensWithPronounAndVerb(subject) ? nil : subject
    }

    /// "this remained similar to the previous year at 9.3%", "it was 45%": a pronoun then its verb names
    /// nothing the share is of (what "this" stands for is in another clause), so no subject is given.
    /// "this cohort rose to 45%" keeps its noun.
    static func opensWithPronounAndVerb(_ clause: String) -> Bool {
        let words = clause.lowercased().split(separator: " ")
        guard words.count >= 2, ["this", "it", "that", "these", "those", "they", "which", "he", "she"].contains(words[0]) else { return false }
        let next = String(words[1])
        return phraseStops.contains(next) || (next.hasSuffix("ed") && next.count > 3)
    }

    /// Nouns a percentage can be "of" without being a share of them: "the target of 90%".
    static let percentHeads: Set<String> = ["target", "targets", "limit", "threshold", "ambition", "benchmark", "average", "rate", "figure",
                                            // "cost savings of 3%", "an increase of 12%": the change or share the figure sizes.
                                            "increase", "decrease", "reduction", "rise", "fall", "saving", "savings", "cut", "cuts",
                                            "growth", "uplift", "drop", "improvement", "share", "proportion", "turnover",
                                            "occupancy", "compliance"]

    /// The words back from `end` to the nearest stop word, in order ("the upper limit" → "upper limit").
    static func nounPhrase(endingAt end: Int, in words: [Word]) -> String? {
        var collected: [String] = []
        var position = end
        while position >= 0, collected.count < 4, !phraseStops.contains(words[position].lower) {
            collected.append(words[position].core)
            if position > 0, words[position - 1].endsClause { break }
            position -= 1
        }
        return collected.isEmpty ? nil : collected.reversed().joined(separator: " ")
    }

    /// Words that open a time reference after a figure ("10.7 per cent last year"), not what it measures.
    static let periodWords: Set<String> = ["last", "this", "next", "previous", "year", "years", "month", "months", "quarter",
                                           "week", "weeks", "today", "yesterday", "annually", "overall", "respectively"]

    static let percentLeads: Set<String> = ["to", "from", "by", "at", "of", "was", "is", "were", "are", "be", "been", "had",
                                            "has", "have", "a", "an", "the", "around", "about", "over", "under", "nearly",
                                            "almost", "than", "only", "just", "some", "approximately"]

    /// Words after a number up to the end of the clause (or, for counts, up to the first stop word).
    static func phrase(after start: Int, in words: [Word], stopAtStops: Bool, maxWords: Int) -> String {
        var collected: [String] = []
        var index = start
        while index < words.count, collected.count < maxWords {
            let word = words[index]
            let lowered = word.lower
            if word.core.isEmpty { break }
            if stopAtStops, let continuation = domainContinuation(at: index, in: words, after: collected) {
                // "children looked after", "children in need": the stop word belongs to the term.
                collected.append(contentsOf: continuation.words)
                if continuation.endsClause { break }
                index += continuation.words.count
                continue
            }
            if stopAtStops && (phraseStops.contains(lowered) || word.core.first?.isNumber == true) { break }
            if !stopAtStops && ["which", "who", "whom", "but", "whereas", "while", "and", "although"].contains(lowered) && !collected.isEmpty { break }
            collected.append(word.core)
            if word.endsClause { break }
            index += 1
        }
        return collected.joined(separator: " ")
    }

    /// Children's services terms that run through a stop word, keyed by the word before the stop.
    static let domainTerms: [(previous: String?, words: [String])] = [
        ("looked", ["after"]), (nil, ["in", "need"]), (nil, ["in", "care"]), (nil, ["on", "child", "protection", "plans"]),
        (nil, ["on", "a", "child", "protection", "plan"]), (nil, ["subject", "to", "child", "protection", "plans"]),
        (nil, ["subject", "to", "a", "child", "protection", "plan"]), (nil, ["leaving", "care"]), (nil, ["in", "custody"]),
    ]

    /// The words of a domain term starting at `index`, when the phrase so far allows it.
    private static func domainContinuation(at index: Int, in words: [Word], after collected: [String]) -> (words: [String], endsClause: Bool)? {
        guard let last = collected.last?.lowercased() else { return nil }
        for term in domainTerms where term.previous == nil || term.previous == last {
            guard index + term.words.count <= words.count else { continue }
            let slice = words[index..<(index + term.words.count)]
            // Only the last word of the term may end a clause.
            guard zip(slice, term.words).allSatisfy({ $0.lower == $1 }),
                  slice.dropLast().allSatisfy({ !$0.endsClause }) else { continue }
            return (slice.map(\.core), slice.last?.endsClause ?? false)
        }
        return nil
    }

    /// The clause before a number: back to the last `,` `;` `:` or a clause word ("that", "which"),
    /// at most 14 words, without trailing link words ("was", "of", "within").
    static func clause(before index: Int, in words: [Word], trimming leads: Set<String> = []) -> String {
        var collected: [String] = []
        var position = index - 1
        while position >= 0, collected.count < 14 {
            let word = words[position]
            if word.endsClause { break }
            if clauseStarts.contains(word.lower) { break }
            collected.append(word.core)
            position -= 1
        }
        collected.reverse()
        // "assessments which had to be completed within": the clause is all verb; its subject is the noun
        // before "which".
        if let first = collected.first, auxiliaryVerbs.contains(first.lowercased()), position >= 1,
           ["which", "that", "who"].contains(words[position].lower) {
            if let noun = noun(beforeRelativeWord: position, in: words) { collected = noun }
        }
        // "it were a lower level child in need matter the child would be seen within": a pronoun and its
        // verb open the clause; the noun after them is what it is about.
        if collected.count > 2, dummySubjects.contains(collected[0].lowercased()), auxiliaryVerbs.contains(collected[1].lowercased()) {
            collected.removeFirst(2)
        }
        // "initial assessments had to be completed within": what is measured is the noun before the verb.
        // ("the high needs block was overspent by": "needs" after "high" or "special" is a noun, no verb.)
        if let verb = collected.indices.first(where: { position in
            auxiliaryVerbs.contains(collected[position].lowercased())
                && !(position > 0 && ["need", "needs"].contains(collected[position].lowercased()) && needsAdjectives.contains(collected[position - 1].lowercased()))
        }), verb > 0 {
            collected.removeSubrange(verb...)
        }
        while let last = collected.last, leads.contains(last.lowercased()) { collected.removeLast() }
        while let first = collected.first, ["that", "the", "a", "an", "only"].contains(first.lowercased()) && collected.count > 1 { collected.removeFirst() }
        // "96% of assessments were completed within 45 working days": the share's noun is the subject.
        if collected.count > 2, collected[0].first?.isNumber == true || TextScan.hasPrefixPound(collected[0]),
           collected[1].lowercased() == "of" {
            collected.removeFirst(2)
        }
        return namesASubject(collected) ? collected.joined(separator: " ") : ""
    }

    /// Words before "needs" that make it a noun: "high needs", "special needs", "additional needs".
    static let needsAdjectives: Set<String> = ["high", "special", "additional", "complex", "educational", "learning", "health", "support",
                                               "care", "sensory", "medical"]

    /// The noun a relative clause hangs on: the words before "which" at `relative`. When those words are
    /// themselves the predicate of an earlier relative clause ("a core assessment which was more
    /// comprehensive which needed …"), the noun is the one before that clause.
    private static func noun(beforeRelativeWord relative: Int, in words: [Word]) -> [String]? {
        var relative = relative
        for _ in 0..<3 {
            var noun: [String] = []
            var back = relative - 1
            // The noun phrase ends (going back) at a determiner, conjunction or preposition: "…45 days, or a
            // core assessment which…" hangs on "core assessment".
            while back >= 0, noun.count < 6, !words[back].endsClause, !clauseStarts.contains(words[back].lower),
                  !auxiliaryVerbs.contains(words[back].lower), noun.isEmpty || !phraseStops.contains(words[back].lower) {
                noun.append(words[back].core)
                back -= 1
            }
            let predicateOfEarlierClause = back >= 1 && auxiliaryVerbs.contains(words[back].lower)
                && ["which", "that", "who"].contains(words[back - 1].lower) && !words[back - 1].endsClause
            if predicateOfEarlierClause {
                relative = back - 1
                continue
            }
            return noun.isEmpty ? nil : noun.reversed()
        }
        return nil
    }

    /// Words that turn a clause into a question: a number asked about ("why 18%?", "asked what steps
    /// would raise it from 70%") is not stated of anything the clause names.
    static let questionWords: Set<String> = ["what", "why", "how", "whether"]

    /// Whether the words before a number can name what it measures. A predicate ("was an improvement
    /// on"), a question, or a phrase holding another figure ("669 children were seen over a") cannot:
    /// the caller then looks after the number or gives no fact, rather than a wrong subject.
    static func namesASubject(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        if auxiliaryVerbs.contains(first.lowercased()) || first.first?.isNumber == true || TextScan.hasPrefixPound(first) {
            return false
        }
        return !words.contains { questionWords.contains($0.lowercased()) }
    }

    /// Pronouns that stand in a clause's subject place without naming anything ("it was", "there were").
    static let dummySubjects: Set<String> = ["it", "there", "they", "this", "these", "those"]
}
