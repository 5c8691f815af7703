import CouncilText
import EvidenceModel
import Foundation

/// Finds numbers stated in prose and what they count: counts ("513 Children Looked After"),
/// percentages ("96% of assessments"), money ("£4.2m" → 4200000), durations ("within 24 hours")
/// and rates ("61 per 10,000 children"). Word by word, linear in the text.
enum FactExtractor {
    /// Facts in a block of text, each with its sentence and line.
    static func facts(in text: String, line: Int?) -> [Fact] {
        guard TextScan.hasDigitOrPound(text) || mentionsNumberWord(text) else { return [] }
        var result: [Fact] = []
        for range in sentenceRanges(in: text) where TextScan.hasDigitOrPound(text[range]) || mentionsNumberWord(text[range]) {
            let sentence = String(text[range])
            // "why 18%?", "what doing to improve closer to 100%?": a figure asked about is not stated.
            if isQuestion(sentence) { continue }
            if isBoilerplate(sentence) { continue }
            // "Vote taken: 10 in favour, 0 against, 0 abstentions": how a vote went, no measure of the service.
            if isVoteTally(sentence) { continue }
            result.append(contentsOf: facts(inSentence: sentence, line: line))
        }
        return result
    }


    static let timeUnits: [String: String] = [
        "hour": "hours", "hours": "hours", "day": "days", "days": "days", "week": "weeks", "weeks": "weeks",
        "month": "months", "months": "months", "year": "years", "years": "years", "minute": "minutes", "minutes": "minutes",
        // Short forms: "more than 16 hrs per week".
        "hrs": "hours", "hr": "hours", "mins": "minutes", "wks": "weeks",
    ]

    /// Words that end the noun phrase after a count: verbs, prepositions, conjunctions, determiners.
    static let phraseStops: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could", "can", "should",
        "may", "might", "must", "do", "does", "did", "take", "took", "taken", "remain", "remained", "remains", "received",
        "at", "in", "on", "for", "from", "to", "by", "with", "over", "within", "during", "since", "per", "across", "between",
        "under", "into", "of", "than", "as", "after", "before", "against", "about", "up", "out", "through", "via",
        "and", "or", "but", "which", "that", "who", "whom", "whose", "where", "while", "when", "if", "so", "because",
        "the", "a", "an", "this", "these", "those", "their", "its", "our", "his", "her", "it", "they", "we", "there",
        "not", "also", "now", "still", "all", "being", "currently", "recently",
    ]

    /// Words after which a number is a reference, not a count ("item 4", "section 135", "Rule No. 5").
    static let referenceWords: Set<String> = [
        "item", "items", "section", "sections", "paragraph", "paragraphs", "rule", "no", "nos", "number", "schedule",
        "appendix", "annex", "page", "pages", "quarter", "q", "phase", "stage", "level", "regulation", "regulations",
        "act", "clause", "part", "tier", "version", "option", "recommendation", "priority", "room", "floor", "ward",
        "year", "years", "aged", "age", "ages", "key", "step", "steps", "chapter", "table", "figure", "minute", "minutes",
        "route", "grade", "band", "area", "point", "points", "question", "questions", "standard", "article", "articles",
        // "the notes of workshop 4 held on …": a session's number.
        "workshop", "session", "meeting", "module", "round", "wave", "cycle", "cluster", "locality", "zone",
    ]

    /// Verbs after which a clause stops naming its subject.
    static let auxiliaryVerbs: Set<String> = ["had", "has", "have", "was", "were", "is", "are", "would", "will", "could",
                                              "should", "must", "needed", "need", "needs", "be", "been", "being", "can", "may",
                                              "might", "did", "does", "do"]

    static let clauseStarts: Set<String> = ["that", "which", "who", "where", "whereas", "while", "and", "but", "although",
                                            "if", "whether", "because", "unless"]

    static func facts(inSentence sentence: String, line: Int?) -> [Fact] {
        let words = words(of: sentence)
        var facts: [Fact] = []
        var index = 0
        while index < words.count {
            guard words[index].mayStartFact, !Self.isPhoneNumber(words[index].core), !Self.isReadingTime(at: index, in: words) else {
                index += 1
                continue
            }
            if var (fact, consumed) = fact(at: index, in: words, sentence: sentence, line: line) {
                // ("- HCC are having to make cuts - £23 million …": a bullet's dash opens no subject.)
                while let first = fact.subject.first, first == "-" || first == "–" || first == "•" || first == "·" {
                    fact.subject = String(fact.subject.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                if fact.kind == .duration { fact.subject = Self.droppingWindowWords(fact.subject) }
                // A figure of 310 digits reads as infinity: no figure is stated (no output can carry one).
                // ("Lunch - 30 minutes": an agenda's break, no measure of anything.)
                if fact.value.isFinite, !fact.subject.isEmpty, !(fact.kind == .duration && Self.namesBreak(fact.subject)),
                   !Self.namesNothing(fact.subject), !Self.isALimit(at: index, in: words),
                   !(fact.kind == .duration && Self.isTimeAllowed(at: index, in: words)),
                   fact.subject.utf8.count > 2 { facts.append(fact) }
                index += consumed
            } else {
                index += 1
            }
        }
        return facts
    }

    static func lower(_ words: [Word], _ index: Int) -> String {
        index >= 0 && index < words.count ? words[index].lower : ""
    }

    /// The fact that starts at a word, and how many words it used.
    private static func fact(at index: Int, in words: [Word], sentence: String, line: Int?) -> (Fact, Int)? {
        let word = words[index]
        let core = word.core
        // Most words are neither digits, money nor number words: settle that from the first letter.
        let isMoney = TextScan.hasPrefixPound(core)
        guard word.startsWithDigit || isMoney || mayStartNumberWord(core) else { return nil }
        // Money: £4.2m, £350,000, £2 million, £1.2bn.
        if isMoney {
            return money(at: index, in: words, sentence: sentence, line: line)
        }
        // Percentages: 96%, 96 per cent, ten percent.
        if TextScan.hasSuffixPercent(core), let value = numericValue(String(core.dropLast()), allowWords: false) {
            let subject = percentSubject(after: index + 1, before: index, in: words)
            return subject.map { (Fact(kind: .percent, value: value, subject: $0, text: core, sentence: sentence, line: line), 1) }
        }
        // "87 %": the sign set apart from its figure, as text copied out of a PDF often has it ("87 %(" opens a bracket too).
        if word.startsWithDigit, !word.endsClause, index + 1 < words.count, ["%", "%("].contains(words[index + 1].core),
           let value = numericValue(core, allowWords: false) {
            let sign = words[index + 1]
            let subject = percentSubject(after: index + 2, before: index, in: words, signEndsClause: sign.endsClause,
                                         bracketOpened: sign.core == "%(")
            return subject.map { (Fact(kind: .percent, value: value, subject: $0, text: core + "%", sentence: sentence, line: line), 2) }
        }
        // "6-12 months": a range of durations, read as its lower bound.
        // The pattern needs a hyphen or an en dash (whose UTF-8 opens with 0xE2): most numbers are settled without it.
        if core.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 }),
           let range = core.wholeMatch(of: Self.numberRange), let low = Double(range.output.1),
           let unit = timeUnits[lower(words, index + 1)], !word.endsClause {
            // "children aged 0-15 years", "11-19 year olds": an age band, no length of time.
            guard low > 0, index == 0 || !["aged", "age", "ages"].contains(lower(words, index - 1)), !isAge(at: index, in: words) else { return nil }
            let subject = clause(before: index, in: words, trimming: durationLeads)
            guard !subject.isEmpty else { return nil }
            return (Fact(kind: .duration, value: low, unit: unit, subject: subject, text: core + " " + words[index + 1].core,
                         sentence: sentence, line: line), 2)
        }
        // "a 20-day review", "a 12-month plan", "24-hour cover": a duration joined to the noun it describes.
        if word.startsWithDigit, core.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 }),
           let joined = core.wholeMatch(of: Self.numberJoinedToUnit), let value = Double(joined.output.1),
           let unit = timeUnits[joined.output.2.lowercased()], !word.endsClause,
           index + 1 < words.count, words[index + 1].core.first?.isLowercase == true {
            guard let subject = describedNoun(after: index + 1, in: words, maxWords: 6) else { return nil }
            return (Fact(kind: .duration, value: value, unit: unit, subject: subject, text: core, sentence: sentence, line: line), 1)
        }
        guard let value = numericValue(core, allowWords: true) else { return nil }
        let isDigits = core.first?.isNumber == true
        let next = lower(words, index + 1)
        if (next == "per" && lower(words, index + 2) == "cent") || next == "percent" {
            let used = next == "percent" ? 2 : 3
            let text = words[index..<(index + used)].map(\.core).joined(separator: " ")
            let subject = percentSubject(after: index + used, before: index, in: words)
            return subject.map { (Fact(kind: .percent, value: value, subject: $0, text: text, sentence: sentence, line: line), used) }
        }
        // Rates: 61 per 10,000 children.
        if next == "per", let base = numericValue(words.indices.contains(index + 2) ? words[index + 2].core : "", allowWords: false), base >= 100 {
            let unit = "per " + words[index + 2].core
            var subject = phrase(after: index + 3, in: words, stopAtStops: true, maxWords: 6)
            if subject.isEmpty { subject = clause(before: index, in: words) }
            guard !subject.isEmpty else { return nil }
            let text = words[index...(index + 2)].map(\.core).joined(separator: " ")
            return (Fact(kind: .rate, value: value, unit: unit, subject: subject, text: text, sentence: sentence, line: line), 3)
        }
        // Ages name a group, they count nothing: "until 25 years old", "18 – 24 year olds", "aged 16".
        if isAge(at: index, in: words) { return nil }
        // "at 1330 hours": a time of day on the 24-hour clock, neither a duration nor a count.
        if isDigits, next == "hours" || next == "hrs", isTwentyFourHourClock(core),
           ["at", "from", "until", "till", "by", "commencing", "starting", "before", "after"].contains(lower(words, index - 1)) { return nil }
        // Durations: within 24 hours, 45 working days, twenty-four hours.
        if !word.endsClause {
            var unitIndex = index + 1
            var working = false
            if next == "working" || next == "calendar" || next == "school" { working = next == "working"; unitIndex += 1 }
            // A capitalised "Minutes" after a number is an agenda item's title ("AGENDA 1 Minutes of …").
            if let unit = timeUnits[lower(words, unitIndex)], !(isDigits && isYearLike(core)),
               unitIndex < words.count, words[unitIndex].core.first?.isLowercase == true {
                // "six days a week": how often, no length of time ("25 hours a week education" is an amount of time).
                if unit.hasPrefix("day"), !words[unitIndex].endsClause, ["a", "per", "each", "every"].contains(lower(words, unitIndex + 1)),
                   periodNouns.contains(lower(words, unitIndex + 2)) { return nil }
                // "the part one minutes of the meeting", "two minutes of 8th June": the minutes are a record, no length of time.
                if unit == "minutes", isMinutesRecord(value: value, unitIndex: unitIndex, in: words) { return nil }
                let unitName = working ? "working " + unit : unit
                let text = words[index...unitIndex].map(\.core).joined(separator: " ")
                let unitWord = lower(words, unitIndex)
                // "a further two year term of office", "a 10 minute period": a unit in the singular describes the noun after
                // it, which is what lasts that long (or, for "period" and its like, nothing but a stretch of time).
                if !words[unitIndex].endsClause, singularUnits.contains(unitWord), case let next = lower(words, unitIndex + 1),
                   !next.isEmpty, !phraseStops.contains(next), words[unitIndex + 1].core.first?.isLowercase == true {
                    guard let subject = describedNoun(after: unitIndex + 1, in: words, maxWords: 4) else { return nil }
                    return (Fact(kind: .duration, value: value, unit: unitName, subject: subject, text: text, sentence: sentence, line: line),
                            unitIndex - index + 1)
                }
                // "two days of training", "three years of funding": what lasts that long follows "of".
                if !words[unitIndex].endsClause, lower(words, unitIndex + 1) == "of" {
                    if lower(words, unitIndex + 2) == "age" { return nil }
                    let named = phrase(after: unitIndex + 2, in: words, stopAtStops: true, maxWords: 4)
                    if namesASubject(named.split(separator: " ").map(String.init)), !timeSpanNouns.contains(named.lowercased()) {
                        return (Fact(kind: .duration, value: value, unit: unitName, subject: named, text: text, sentence: sentence, line: line),
                                unitIndex - index + 1)
                    }
                }
                var subject = clause(before: index, in: words, trimming: durationLeads)
                // ("They simply have to give 56 days notice": a pronoun names nothing; the noun after the unit does.)
                if let opening = subject.split(separator: " ").first, pronouns.contains(opening.lowercased()) || opening.lowercased() == "when",
                   !words[unitIndex].endsClause, case let after = phrase(after: unitIndex + 1, in: words, stopAtStops: true, maxWords: 4),
                   !after.isEmpty {
                    subject = after
                }
                // "A five year support package": the duration describes the noun after it.
                if subject.isEmpty { subject = phrase(after: unitIndex + 1, in: words, stopAtStops: true, maxWords: 8) }
                if subject.isEmpty {
                    let following = phrase(after: unitIndex + 1, in: words, stopAtStops: false, maxWords: 8)
                    if namesASubject(following.split(separator: " ").map(String.init)) { subject = following }
                }
                guard !subject.isEmpty else { return nil }
                return (Fact(kind: .duration, value: value, unit: unitName, subject: subject, text: text, sentence: sentence, line: line),
                        unitIndex - index + 1)
            }
        }
        // Counts: 513 Children Looked After, 25 newly qualified social workers, seven complaints.
        if !isDigits { return wordCount(value, at: index, in: words, sentence: sentence, line: line) }
        // "The numbers of looked after children had reduced to 290": a count of what "number of" names.
        if lower(words, index - 1) == "to", !word.opensBracket, !TextScan.containsDot(core), !isYearLike(core),
           let subject = numberOfSubject(endingBefore: index - 1, in: words) {
            return (Fact(kind: .count, value: value, subject: subject, text: core, sentence: sentence, line: line), 1)
        }
        guard !word.endsClause, !word.opensBracket, !TextScan.containsDot(core), !isYearLike(core) else { return nil }
        let previous = lower(words, index - 1)
        // ("a themed session, 2 sports sessions": a comma ends the reference.)
        if referenceWords.contains(previous) && !words[index - 1].endsClause || previous.hasPrefix("£") || endsAReferenceList(at: index, in: words) { return nil }
        // "01452 324203": a number after another is part of it, unless that one was a year ("in 2023 72 SACREs").
        if index > 0, words[index - 1].core.first?.isNumber == true, !words[index - 1].endsClause,
           !(isYearLike(words[index - 1].core) && ["in", "by", "during", "since"].contains(lower(words, index - 2))) { return nil }
        // "Catch 22", "Gateway 1", "Regulation 18": a number after a capitalised word is part of a name.
        if index > 0, words[index - 1].core.first?.isUppercase == true, !words[index - 1].endsClause,
           !countLeads.contains(previous) { return nil }
        // "35 - 38" (page ranges) and "1 of 78" (page counts) are references, not counts.
        if index > 1, ["-", "–", "of"].contains(previous), words[index - 2].core.first?.isNumber == true { return nil }
        guard index + 1 < words.count, let first = words[index + 1].core.first, first.isLetter,
              // ("v0.2 1 BM13-01/15M Action No.": a number before a reference code counts nothing.)
              !words[index + 1].core.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        // "The clerk 1 Apologies for absence": a number before an agenda's heading numbers its item.
        if agendaHeadingWords.contains(words[index + 1].core) { return nil }
        // ("by 12 noon": a time of day.)
        // ("return 6 monthly PEPs": how often, not how many.)
        // ("16 more than in 2022": a difference, of nothing the words say; "3 times a month": how often.)
        if ["more", "fewer", "less"].contains(next) && lower(words, index + 2) == "than" || next == "times" { return nil }
        if MonthName.isMonth(next) || MonthName.isMisspeltMonth(next) || ["am", "pm", "a.m", "p.m", "st", "nd", "rd", "th", "to", "and", "or", "noon", "midday", "midnight",
                                       "monthly", "weekly", "yearly", "daily", "termly", "quarterly", "fortnightly", "hourly"].contains(next) {
            return nil
        }
        // A number opening a sentence before a title in capitals ("6 Corporate Parenting Governance
        // Arrangements", "3 Supplement Public questions") numbers an item or a document.
        if index == 0 || words[index - 1].endsClause, first.isUppercase { return nil }
        // "… A G E N D A 1 NOTICE OF RECORDING": a number before a heading in capitals numbers an item.
        if isShoutedHeadingWord(words[index + 1].core) { return nil }
        // "at 31 Rutland Road": a house's number in an address.
        if first.isUppercase, isStreetAddress(after: index, in: words) { return nil }
        var subject = phrase(after: index + 1, in: words, stopAtStops: true, maxWords: 6)
        // "Of those 501 contacts, 164 became referrals": what the number became is what it counts.
        if let verb = subject.split(separator: " ").first, linkingVerbs.contains(verb.lowercased()) {
            let rest = subject.split(separator: " ").dropFirst().joined(separator: " ")
            subject = rest
        }
        guard !subject.isEmpty else { return nil }
        return (Fact(kind: .count, value: value, subject: subject, text: core, sentence: sentence, line: line), 1)
    }

    /// What "the number of … has risen to" counts, the words before `to` at `toIndex`: "number(s) of" opens
    /// the clause's subject, and only a change ("reduced", "risen", "increased", …) with its auxiliaries
    /// stands between it and "to". Nil for anything else ("the number of referrals was passed to the
    /// team", "reduced the backlog to").
    private static func numberOfSubject(endingBefore toIndex: Int, in words: [Word]) -> String? {
        var position = toIndex - 1
        var sawChange = false
        while position >= 0, changeWords.contains(words[position].lower), !words[position].endsClause {
            if changeVerbs.contains(words[position].lower) { sawChange = true }
            position -= 1
        }
        guard sawChange, position >= 2 else { return nil }
        // Back from the last word before the change to "number(s) of", within the clause.
        var of = position
        while of > 0, position - of < 7, words[of].lower != "of" || !["number", "numbers"].contains(words[of - 1].lower) {
            if words[of - 1].endsClause { return nil }
            of -= 1
        }
        guard of > 0, words[of].lower == "of", ["number", "numbers"].contains(words[of - 1].lower) else { return nil }
        let subject = phrase(after: of + 1, in: words, stopAtStops: true, maxWords: 6)
        // The subject runs up to the change: nothing unread sits between them.
        guard !subject.isEmpty, of + subject.split(separator: " ").count == position else { return nil }
        return subject
    }

    /// Verbs of change between "the number of …" and "to 290".
    static let changeVerbs: Set<String> = ["reduced", "fallen", "fell", "risen", "rose", "increased", "decreased", "dropped",
                                           "grown", "grew", "climbed", "gone", "come"]

    /// Those verbs with the words that go with them ("had", "has been", "now", "further", "up", "down").
    static let changeWords: Set<String> = changeVerbs.union(["has", "had", "have", "now", "further", "been", "up", "down",
                                                             "slightly", "significantly"])

    /// Verbs that can sit between a count and what it counts.
    static let linkingVerbs: Set<String> = ["became", "become", "becoming", "were", "was", "remained", "resulted", "progressed"]

    /// "two inspectors", "seven complaints", "eight specific areas", "two area social work teams": a
    /// number word counts the plural noun after it, or after up to three lower-case words describing
    /// it. "One" is left out (it is a pronoun as often as a number), and so is anything that is not
    /// followed by a plural: a capitalised word, a stop word, a unit of time or a clause's end on the way
    /// settles that there is none ("two year olds", "two of the teams", "three Ofsted inspectors").
    private static func wordCount(_ value: Double, at index: Int, in words: [Word], sentence: String, line: Int?) -> (Fact, Int)? {
        let word = words[index]
        guard value >= 2, value <= 100, value == value.rounded(), !word.endsClause, index + 1 < words.count else { return nil }
        // "nine out of ten children": the ten is the proportion's base, not a count.
        if lower(words, index - 1) == "of", lower(words, index - 2) == "out" { return nil }
        // "these two question types": a number word after "these" or "those" names things already told of, it
        // reports no figure.
        if ["these", "those"].contains(lower(words, index - 1)) { return nil }
        var nounIndex = index + 1
        while !isCountedNoun(words[nounIndex]) {
            let describing = words[nounIndex]
            guard nounIndex < index + 4, nounIndex + 1 < words.count, !describing.endsClause, !describing.opensBracket,
                  describing.core.utf8.count >= 2, describing.core.utf8.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "-") }),
                  !phraseStops.contains(describing.lower), timeUnits[describing.lower] == nil, numberWords[describing.lower] == nil,
                  !countBreakers.contains(describing.lower) else { return nil }
            nounIndex += 1
        }
        // "Three Villages Hall", "Two Rivers Academy": a capitalised number and plural inside a name that goes on.
        if word.core.first?.isUppercase == true, words[nounIndex].core.first?.isUppercase == true, !words[nounIndex].endsClause,
           nounIndex + 1 < words.count, words[nounIndex + 1].core.first?.isUppercase == true { return nil }
        let subject = phrase(after: index + 1, in: words, stopAtStops: true, maxWords: 6)
        guard !subject.isEmpty else { return nil }
        return (Fact(kind: .count, value: value, subject: subject, text: word.core, sentence: sentence, line: line), 1)
    }

    /// Whether a word is a plural noun a number word can count: letters (and hyphens), ending in "s",
    /// neither a stop word, a unit of time nor a fraction or manner ("times", "ways", "thirds").
    private static func isCountedNoun(_ noun: Word) -> Bool {
        if irregularPlurals.contains(noun.lower) { return true }
        return noun.core.count >= 3 && noun.core.allSatisfy({ $0.isLetter || $0 == "-" }) && noun.lower.hasSuffix("s")
            && !phraseStops.contains(noun.lower) && !["times", "ways", "others", "thirds", "halves", "quarters"].contains(noun.lower)
            && timeUnits[noun.lower] == nil
    }

    /// Plurals without an "s" that a number word counts ("seven children", "three young people").
    static let irregularPlurals: Set<String> = ["children", "people", "men", "women", "staff"]

    /// Lower-case words that end the search for a counted noun: a comparison or proportion follows
    /// ("two more than", "nine out of ten"), or the number is part of a phrase of its own.
    static let countBreakers: Set<String> = ["more", "fewer", "less", "times", "per", "percent", "cent", "half", "quarter",
                                             "third", "each", "both", "all", "or", "nor", "plus", "minus", "hundred", "thousand",
                                             "million", "billion", "point", "year", "month", "week", "day", "hour", "minute",
                                             // "six monthly progress reports": how often, not how many.
                                             "monthly", "weekly", "yearly", "daily", "termly", "quarterly", "fortnightly", "annually"]

    /// Capitalised words that may open a sentence before a count ("Around 290 children", "Only 12 …").
    static let countLeads: Set<String> = ["around", "some", "over", "only", "nearly", "almost", "approximately", "about", "the",
                                          "a", "all", "of", "with", "by", "for", "in", "and", "there", "these", "those", "just",
                                          "under", "at", "currently", "now", "another", "further", "an", "overall", "total",
                                          "between", "than", "more", "fewer", "less", "up", "to", "from", "that", "this", "were",
                                          "was", "are", "had", "has", "have", "circa", "roughly", "exactly", "almost", "nearly"]

    private static func isYearLike(_ core: String) -> Bool {
        guard core.count == 4, let year = Int(core) else { return false }
        return (1900...2100).contains(year)
    }

    /// Pronouns, which name no subject of a figure on their own ("We are expected to have about £38K").
    static let pronouns: Set<String> = ["we", "they", "it", "he", "she", "i", "you", "this", "that", "these", "those"]

    /// Words that open a sentence without naming anything ("Therefore £2m …").
    static let sentenceAdverbs: Set<String> = ["therefore", "however", "also", "additionally", "further", "furthermore",
                                               "then", "thus", "overall", "finally"]

    /// "6-12": a range of two small numbers.
    nonisolated(unsafe) static let numberRange = /([0-9]{1,3})[-–]([0-9]{1,3})/

    /// A figure joined by a hyphen to a unit of time: "20-day", "12-month", "24–hour".
    nonisolated(unsafe) static let numberJoinedToUnit = /([0-9]{1,3})[-–]([A-Za-z]+)/
}
