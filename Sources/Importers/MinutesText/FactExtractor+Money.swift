import CouncilText
import EvidenceModel
import Foundation

/// Sums of money ("£4.2m" → 4200000) and what they pay for: a budget's head, what a sum changes, a purpose after it.
extension FactExtractor {
    static func money(at index: Int, in words: [Word], sentence: String, line: Int?) -> (Fact, Int)? {
        var amountText = String(words[index].core.dropFirst())
        var multiplier: Double = 1
        var used = 1
        let lowerAmount = amountText.lowercased()
        for (suffix, factor) in [("bn", 1e9), ("m", 1e6), ("k", 1e3)] where lowerAmount.hasSuffix(suffix) {
            amountText = String(amountText.dropLast(suffix.count))
            multiplier = factor
            break
        }
        guard let amount = numericValue(amountText, allowWords: false) else { return nil }
        if multiplier == 1 {
            // ("£1 + million pound investment": "more than a million", the plus set apart; the sum stated is a million.)
            let plus = lower(words, index + 1) == "+" ? 1 : 0
            switch lower(words, index + 1 + plus) {
            case "million", "m": multiplier = 1e6; used = 2 + plus
            case "billion", "bn": multiplier = 1e9; used = 2 + plus
            case "thousand", "k": multiplier = 1e3; used = 2 + plus
            default:
                // ("£1 +" and no unit after it: what the figure is more than is not stated.)
                if plus == 1 { return nil }
            }
        }
        let text = words[index..<(index + used)].map(\.core).joined(separator: " ")
        var subject = clause(before: index, in: words, trimming: moneyLeads)
        let head = subject.split(separator: " ").last.map { $0.lowercased() } ?? ""
        // "the allocation of £256,000 for the BLN", "an overspend of £1.2m": the money is the size of the
        // noun before "of".
        let namedBeforeOf = lower(words, index - 1) == "of" && index >= 2 && !words[index - 2].endsClause
            ? nounPhrase(endingAt: index - 2, in: words) : nil
        let headBeforeOf = namedBeforeOf?.split(separator: " ").last?.lowercased() ?? ""
        if let named = namedBeforeOf, moneyHeads.contains(headBeforeOf) {
            subject = named
        } else if let changed = nounChanged(bySumAt: index, in: words) {
            // "will increase the Children's Services Outturn by £690,000": the money changes the noun.
            subject = changed
        } else if genericAmountHeads.contains(headBeforeOf), let purpose = purpose(after: index + used, in: words) {
            // "a quotation of £150 for a carpet": the money is for the purpose.
            subject = purpose
        } else if genericAmountHeads.contains(head), let purpose = purpose(after: index + used, in: words) {
            // "a total of £4.7m was approved to fund CS Improvements": the money is for the purpose.
            subject = purpose
        } else if subject.isEmpty || sentenceAdverbs.contains(subject.lowercased()) || pronouns.contains(subject.lowercased()),
                  lower(words, index - 1) == "for", index >= 2, !words[index - 2].endsClause, let named = nounPhrase(endingAt: index - 2, in: words) {
            // "the cheque for £3,300": the money is the noun's.
            subject = named
        } else if subject.isEmpty || sentenceAdverbs.contains(subject.lowercased()) || pronouns.contains(subject.lowercased()) {
            // ("We are expected to have about £38K – has to be spent by July": "we" names nothing the money is.)
            let following = phrase(after: index + used, in: words, stopAtStops: false, maxWords: 10)
            if !following.isEmpty { subject = following }
        }
        // ("C.C.C., footway lighting and maintenance April 2019 – March 2020, Chq No 1361 £4,400.64": a cheque's or an
        // invoice's number is no subject; the money is for what the clause before it names.)
        if let first = subject.split(separator: " ").first, referenceLabels.contains(first.lowercased().trimmingCharacters(in: ["."])),
           subject.contains(where: \.isNumber), let label = (max(0, index - 4)..<index).last(where: { referenceLabels.contains(words[$0].lower) }),
           label >= 1 {
            var collected: [String] = []
            var position = label - 1
            while position >= 0, collected.count < 14, position == label - 1 || !words[position].endsClause {
                collected.append(words[position].core)
                position -= 1
            }
            collected.reverse()
            if namesASubject(collected) { subject = collected.joined(separator: " ") }
        }
        // ("a £1 million pound investment": the currency said again is no part of what the money is.)
        for currency in ["pound ", "pounds "] where subject.hasPrefix(currency) && subject.count > currency.count + 2 {
            subject.removeFirst(currency.count)
            break
        }
        guard !subject.isEmpty else { return nil }
        // To the penny: "£9.99 per month" is 9.99, never 10 (a rounded sum is a figure the page does not state).
        return (Fact(kind: .money, value: (amount * multiplier * 100).rounded() / 100, unit: "GBP", subject: subject, text: text,
                     sentence: sentence, line: line), used)
    }

    /// "increase the Outturn by £690,000", "reduce the overspend by £45,000": the noun phrase a verb of change
    /// takes before "by" and the sum.
    static func nounChanged(bySumAt index: Int, in words: [Word]) -> String? {
        guard index >= 3, lower(words, index - 1) == "by", !words[index - 2].endsClause,
              let named = nounPhrase(endingAt: index - 2, in: words) else { return nil }
        var verbIndex = index - 2 - named.split(separator: " ").count
        // ("increase the Outturn": the article stops the noun phrase, and the verb is before it.)
        if verbIndex >= 1, ["the", "a", "an", "this", "its", "their", "our"].contains(words[verbIndex].lower) { verbIndex -= 1 }
        guard verbIndex >= 0, !words[verbIndex].endsClause, sumChangingVerbs.contains(words[verbIndex].lower) else { return nil }
        return named
    }

    /// Verbs that change an amount by a sum ("increase the budget by £2m").
    static let sumChangingVerbs: Set<String> = ["increase", "increases", "increased", "increasing", "reduce", "reduces", "reduced",
                                           "reducing", "decrease", "decreases", "decreased", "decreasing", "raise", "raises",
                                           "raised", "raising", "cut", "cuts", "cutting", "lower", "lowers", "lowered", "lowering"]

    /// Nouns whose size a sum of money after "of" gives: "an allocation of £256,000", "savings of £2m".
    static let moneyHeads: Set<String> = ["allocation", "allocations", "budget", "budgets", "grant", "grants", "cost", "costs",
                                          "saving", "savings", "overspend", "underspend", "funding", "investment", "contribution",
                                          "fee", "fees", "spend", "expenditure", "income", "pressure", "pressures", "deficit",
                                          "surplus", "reduction", "increase", "payment", "payments", "award", "uplift", "reserve",
                                          "reserves", "bid", "shortfall", "cut", "cuts", "balance", "donation", "donations"]

    /// Heads that say only "an amount" ("a total of £4.7m", "the sum of £2m"): what the money is for,
    /// when the sentence says it, names it better.
    static let genericAmountHeads: Set<String> = ["total", "sum", "amount", "figure", "quotation", "quote", "estimate"]

    /// The purpose a sentence gives money after it: the noun phrase after "to fund", "to pay for" or "for".
    static func purpose(after start: Int, in words: [Word]) -> String? {
        var index = start
        while index < words.count, index < start + 8, !words[index].endsClause {
            let lowered = words[index].lower
            // ("£193.35 raised from the Halloween Disco": what raised it.)
            if lowered == "fund" || lowered == "for" || lowered == "funding" || lowered == "from" && lower(words, index - 1) == "raised" {
                // ("for a carpet": the article is no part of what the money is for.)
                var start = index + 1
                while ["a", "an", "the"].contains(lower(words, start)) { start += 1 }
                let phrase = phrase(after: start, in: words, stopAtStops: true, maxWords: 6)
                if !phrase.isEmpty { return phrase }
            }
            index += 1
        }
        return nil
    }

    static let moneyLeads: Set<String> = ["of", "was", "is", "were", "are", "at", "totalling", "totaling", "by", "to", "be",
                                          "a", "an", "the", "some", "approximately", "around", "about", "only", "further",
                                          "additional", "extra", "circa", "c", "nearly", "almost", "over", "under", "£"]
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension FactExtractor {
}

extension FactExtractor {
    /// Words that open a payment's reference number ("Chq No 1361", "Cheque No 1372", "Invoice 4471").
    static let referenceLabels: Set<String> = ["chq", "cheque", "cheq", "invoice", "inv", "receipt"]
}
