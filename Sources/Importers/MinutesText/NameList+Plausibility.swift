import CouncilText
import Foundation

/// What may stand in a list of people and what may not: a plausible name, a line surely a person, a roll call, and what
/// no one is (a register's marks, a table's headings, an item's heading, an area of work, a sentence's words).
extension NameList {
    /// "Introduction/Welcome", "Apologies and Declarations": the words of an agenda's headings, and no one's name.
    static func namesAnItemHeading(_ part: String) -> Bool {
        guard part.utf8.count <= 60, let first = part.first, first.isUppercase else { return false }
        let words = part.split { $0 == " " || $0 == "/" || $0 == "&" }
        guard !words.isEmpty, words.count <= 6 else { return false }
        return words.allSatisfy { word in
            let lower = word.lowercased()
            return itemHeadingWords.contains(lower) || agendaOpeningWords.contains(lower) || ["and", "of", "to", "the"].contains(lower)
        }
    }

    /// Words an agenda's opening and closing items are made of.
    static let agendaOpeningWords: Set<String> = ["introduction", "introductions", "welcome", "welcomes", "close", "closing", "aob",
                                                  "chair's", "chair’s", "remarks", "announcements", "update", "updates"]

    /// "Child Protection", "Improvement", "Quality Assurance": words naming an area of a service's work, and nothing
    /// else (no title, no word that is no such area), which no one's name is.
    static func namesAnAreaOfWork(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        // (A title is no area of work: "Councillor Care" fails on its first word.)
        guard !words.isEmpty, words.count <= 5 else { return false }
        var areas = 0
        for word in words {
            var trimmed = word
            while let last = trimmed.last, last == "." || last == "," || last == ";" { trimmed = trimmed.dropLast() }
            let lower = trimmed.lowercased()
            if ["and", "&", "of", "for", "the"].contains(lower) { continue }
            guard areasOfWork.contains(lower) else { return false }
            areas += 1
        }
        return areas > 0
    }

    /// Words naming an area of a council's or a partner's work ("Family Support", "Resources, Improvement and Partnership").
    static let areasOfWork: Set<String> = ["protection", "support", "improvement", "partnership", "partnerships", "resources", "safeguarding",
                                           "education", "learning", "skills", "quality", "assurance", "performance", "commissioning",
                                           "development", "health", "wellbeing", "inclusion", "transformation", "strategy", "planning",
                                           "finance", "operations", "practice", "provision", "standards", "achievement", "governance",
                                           "policy", "intelligence", "participation", "engagement", "child", "children", "family",
                                           "families", "adult", "adults", "social", "care", "services", "service", "integration",
                                           "commissioning", "corporate", "parenting", "safety", "prevention", "intervention", "organisational",
                                           "organizational", "workforce", "economy", "environment", "regeneration"]

    /// "Name Tim Coulson (TC)" → "Tim Coulson (TC)": a table's "Name" heading glued to the first person under it.
    static func droppingColumnHeading(_ entry: String) -> String {
        guard entry.hasPrefix("Name "), entry.utf8.count > 8, let next = entry.dropFirst(5).first, next.isUppercase else { return entry }
        return String(entry.dropFirst(5))
    }

    /// "Present", "PART ONE", "High Needs Block", "Parental Involvement": an entry of a list of people whose every word is a
    /// register's mark, a list's heading or a word of a body or a post, no part of anyone's name.
    static func namesNoOne(_ entry: String) -> Bool {
        // ("Councillor Young", "Mr Hall": a title and a surname that is also a word are a person.)
        let printed = entry.split(separator: " ")
        if printed.count == 2, personalTitles.contains(printed[0].lowercased()), let surname = printed.last, surname.first?.isUppercase == true,
           !personalTitles.contains(surname.lowercased()), !["chair", "chairman", "chairperson", "vice", "present", "apologies"].contains(surname.lowercased()) {
            return false
        }
        let words = entry.lowercased().split(whereSeparator: { !$0.isLetter })
        return !words.isEmpty && words.allSatisfy { nonNameWords.contains(String($0)) }
    }

    /// "Mrs German for her financial management. Mrs German", "three. Mrs Su Hawk": a sentence's words read as a person.
    /// Outside brackets and "in the chair", a name's words open with capitals but for particles ("de", "van").
    static func isSentenceNotAPerson(_ entry: String) -> Bool {
        var core = TextScan.contains(entry, ascii: "(") ? entry.replacing(Self.parenthesisMaybeOpen, with: " ") : entry
        if let chair = core.range(of: " in the chair") { core.removeSubrange(chair) }
        return core.split(separator: " ").contains { word in
            guard let first = word.first, first.isLetter, first.isLowercase else { return false }
            return !nameParticles.contains(word.lowercased())
        }
    }

    /// Words no person's name is made of (kept to words that are not also surnames: "Hall", "Church", "Young" are).
    static let nonNameWords: Set<String> = [
        "present", "absent", "apologies", "apology", "apols", "attendance", "attending", "in", "also", "none", "nil", "n", "a",
        // ("Head of SEN and IT": the last of a post's areas, parted at its "and", is no one.)
        "it", "ict", "hr", "sen", "send", "camhs", "senco",
        // ("Action Points;", "Actions:": the heading after the list.)
        "action", "actions", "points",
        "part", "one", "two", "three", "agenda", "item", "items", "minutes", "welcome", "introduction", "introductions",
        "schools", "school", "youth", "primary", "secondary", "special", "academy", "academies", "representative",
        "representatives", "governor", "governors", "member", "members", "officer", "officers", "senior", "professional",
        "needs", "block", "high", "early", "years", "parental", "involvement", "parent", "parents", "staff", "co", "opted",
        "the", "and", "of", "for", "to", "at", "by", "non", "voting", "observer", "observers", "guest", "guests", "speaker",
        "clerk", "chair", "vice", "chairman", "chairperson", "councillor", "councillors", "cllr", "cllrs", "trustee", "trustees",
        "report", "reports", "treasurer", "treasurers", "secretary", "secretaries", "headteacher", "principal", "teacher",
        "researcher", "deputy", "committee", "director", "adviser", "advisor", "manager", "assistant", "coordinator", "vote",
        "draft",
        // ("Chief Officer Economic Development", "Service Director Children & Young People", "Funding & Project Officer": an
        // attendance list of posts, parted at its "&", is no one.)
        "economic", "development", "young", "people", "funding", "project",
        // ("Head of Lifelong Learning and Educational Support", parted at its "and".)
        "educational", "education", "support", "service", "services", "learning", "lifelong",
        // ("Head of Highways, Property and Waste": a post's areas parted at its commas.)
        "highways", "property", "waste", "finance", "resources", "planning", "housing", "transport", "environment", "legal",
        "democratic", "governance", "corporate", "business", "function", "improvement", "improvements", "partnerships",
    ]

    /// Whether a line reads as a sentence: outside brackets, a verb a minuted sentence uses after its subject, then a
    /// word in lower case ("extended a welcome to", "reported that", "was absent"). A list of people has none.
    static func readsAsSentence(_ text: String) -> Bool {
        var depth = 0
        var previousWasVerb = false
        for word in text.split(separator: " ") {
            let opens = word.filter { $0 == "(" }.count, closes = word.filter { $0 == ")" }.count
            let outside = depth == 0 && opens == 0
            depth = max(0, depth + opens - closes)
            guard outside else { previousWasVerb = false; continue }
            if previousWasVerb, let first = word.first, first.isLowercase { return true }
            previousWasVerb = sentenceVerbs.contains(String(word))
        }
        return false
    }

    /// Verbs of minuted sentences (`FlattenedMinutes.reportingVerbs`) and a few more of welcomes and reminders.
    static let sentenceVerbs: Set<String> = FlattenedMinutes.reportingVerbs.union(["extended", "reminded", "expressed", "declared", "welcomes"])

    /// Whether an unlabelled line of names is a roll call: most names carry initials in brackets or a
    /// title ("Dave Hill (DH - Chair), Paul Ballatt (PB), …"), which a place or a list of titles does not.
    static func looksLikeRollCall(_ people: [String]) -> Bool {
        let marked = people.filter { person in
            let lower = person.lowercased()
            return person.contains("(") || ["cllr ", "councillor ", "mr ", "mrs ", "ms ", "miss ", "dr "].contains { lower.hasPrefix($0) }
        }
        return marked.count * 2 >= people.count
    }

    /// A line that is surely a person: a title (Councillor, Mr, Dr), a bracketed role, a dashed reason, a post
    /// beside the name, or a bullet.
    static func isMarkedPerson(_ text: String) -> Bool {
        if LinePatterns.bullet(text) != nil { return true }
        let body = text
        let lower = body.lowercased()
        return ["cllr ", "councillor ", "mr ", "mrs ", "ms ", "miss ", "dr ", "prof ", "canon ", "rev ", "revd "].contains { lower.hasPrefix($0) }
            || body.contains("(") || body.contains(" – ") || body.contains(" - ")
            // "Neil SchneiderChief Executive, Stockton Borough Council": a person beside a post.
            || personGluedToPost(body) != nil || personBeforePost(body) != nil
    }

    /// "L Lovell (Interim Head of Education)", "Kay Dunn (Clerk)": a person's name, then their post in brackets.
    static func isPersonWithBracketedPost(_ entry: String) -> Bool {
        guard entry.hasSuffix(")"), let open = entry.range(of: " (") else { return false }
        let name = String(entry[..<open.lowerBound])
        return LinePatterns.wordCount(name) >= 2 && isPlausibleName(name) && !isPostOrBody(name)
    }

    /// "C", "D.": a letter alone, what a copy cut off after an initial leaves of a name.
    static func isLoneInitial(_ entry: String) -> Bool {
        entry.count == 1 || entry.count == 2 && entry.hasSuffix(".")
    }

    static func isBracketOnly(_ text: String) -> Bool {
        text.hasPrefix("(") && text.hasSuffix(")") && text.utf8.count <= 40
    }

    /// A person as lists print them: one to six capitalised words or initials, with bracketed roles
    /// ("Dave Hill (DH - Chair)") or a dashed role after the name ("J Smith – Director") allowed.
    static func isPlausibleName(_ text: String) -> Bool {
        // (Both steps are skipped, by a byte search, on the many names without a bracket or a dash.)
        var core = TextScan.contains(text, ascii: "(") ? text.replacing(Self.parenthesisMaybeOpen, with: " ") : text
        for dash: StaticString in [" – ", " - ", " — "] {
            if let range = TextScan.range(of: dash, in: Substring(core)) { core = String(core[..<range.lowerBound]) }
        }
        let words = words(of: core)
        guard (1...6).contains(words.count), core.count <= 60 else { return false }
        // A lone initial ("D", from a line cut off after it) is no one's name.
        if words.count == 1, words[0].count <= 1 { return false }
        for (index, word) in words.enumerated() {
            if index > 0, nameParticles.contains(word.lowercased()) { continue }
            guard let first = word.first, first.isLetter, first.isUppercase,
                  !word.contains(where: { $0.isNumber || $0 == ":" }) else { return false }
        }
        return true
    }
}
