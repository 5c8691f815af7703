import Foundation

/// Posts, roles and bodies that lists and sentences print beside people, and that name no one: "Executive
/// Director of Education Services", "Roding Primary School", "Co-opted Members" after the last name.
extension NameList {
    /// "M Symonds Co-opted Members" → "M Symonds", "Jo Hart Parent Governor Representative" → "Jo Hart": the
    /// post a sentence prints after the last of its people, with no comma or bracket, is no part of the name.
    /// The post starts at a word that names one (from the third word on, so a two-word name stays whole).
    static func droppingTrailingPost(_ name: String) -> String {
        // (Settled on the last word, found without splitting: most names end in no post.)
        guard let space = name.lastIndex(of: " "), postNouns.contains(name[name.index(after: space)...].lowercased()) else { return name }
        let words = name.split(separator: " ")
        guard words.count >= 3,
              let start = words.indices.dropFirst(2).first(where: { postModifiers.contains(words[$0].lowercased()) })
        else { return name }
        let person = words[..<start].joined(separator: " ")
        // "Senior Professional Officer" is a post through and through: no one is left before it.
        guard isPlausibleName(person), !words[..<start].contains(where: { roleWords.contains($0.lowercased()) }) else { return name }
        // ("Co-opted Member - Roman Catholic archdiocese of Birmingham Representative": the dash is no initial.)
        let post = words[start...].filter { !["-", "–", "—"].contains($0) }.joined(separator: " ")
        return isRoleOnly(post) ? person : name
    }

    /// Words that open a post's name before its noun: "Co-opted Member", "Parent Governor Representative".
    static let postModifiers: Set<String> = ["co-opted", "coopted", "co-optee", "parent", "church", "diocesan", "independent", "lay",
                                             "elected", "youth", "statutory", "voting", "non-voting", "associate", "teacher",
                                             "school", "staff", "union", "trade", "roman", "catholic", "opposition", "cabinet",
                                             "lead", "governor", "board", "committee", "panel", "observer", "substitute", "named"]

    /// A part of a list that is a role, not a person: "Executive Director of Education Services", "Parent Governor Member".
    static func isRoleOnly(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard !words.isEmpty, words.count <= 10 else { return false }
        let lower = words.map { $0.lowercased() }
        // A title or an initial makes a person ("Mr A Rees", "K. Coldwell").
        if let first = lower.first, ["mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "prof"].contains(first.trimmingCharacters(in: ["."])) { return false }
        if words.contains(where: { $0.count == 1 || ($0.count == 2 && $0.hasSuffix(".")) }) { return false }
        // A post's noun ends it ("Parent Governor Member"), or heads it before "of" ("Head of Curriculum"):
        // a surname that is also a role word ("Becky Senior", "Richard Head") ends no post.
        if let last = lower.last, postNouns.contains(last) { return true }
        return zip(lower, lower.dropFirst()).contains { roleWords.contains($0.0) && $0.1 == "of" }
    }

    /// Words after a person's name and a dash that name a post or a body: "Chief Executive – Connexions",
    /// "Cumbria County Council – Portfolio Holder".
    static func namesAPost(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        return isRoleOnly(text.replacingOccurrences(of: "&", with: "and"))
            || words.contains { roleWords.contains(String($0)) || postNouns.contains(String($0)) || ["council", "chief", "holder"].contains(String($0)) }
    }

    /// A part of a list that names a post or a body, not a person: "Divisional Director – Education",
    /// "Senior Professional Officer", "Roding Primary School". A person's bracketed role ("Ann Lee (Chair)") does not count.
    static func isPostOrBody(_ part: String) -> Bool {
        let core = TextScan.contains(part, ascii: "(") ? part.replacing(Self.parenthesisMaybeOpen, with: " ") : part
        var head = Substring(core)
        for dash in [" – ", " - ", " — "] {
            if let range = head.range(of: dash) { head = head[..<range.lowerBound] }
        }
        let trimmed = core.split(separator: " ").joined(separator: " ")
        return isRoleOnly(trimmed) || isRoleOnly(head.split(separator: " ").joined(separator: " ")) || namesABody(trimmed)
    }

    /// Abbreviated posts that follow a name in lists of heads of schools: "HT" (head teacher), "DHT", "AHT".
    static let roleAbbreviations: Set<String> = ["HT", "DHT", "AHT", "SENCO", "CEO", "DCS"]

    /// "Ms Ruth Ejet HT" → "Ms Ruth Ejet"; "HT" alone → "".
    static func droppingRoleAbbreviation(_ name: String) -> String {
        if roleAbbreviations.contains(name) { return "" }
        if let space = name.lastIndex(of: " "), roleAbbreviations.contains(String(name[name.index(after: space)...])) {
            return String(name[..<space])
        }
        return name
    }

    /// "HT The Warren School", "Roding Primary School", "Tuition Centre (PRU)": a school, a service or a
    /// body, named by its last word (before any bracket). ("Church" is left out: it is a surname too.)
    static func namesABody(_ part: String) -> Bool {
        let core = part.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? part
        let words = core.split(separator: " ")
        guard words.count >= 2, let last = words.last?.lowercased() else { return false }
        return bodyWords.contains(last) || roleAbbreviations.contains(String(words[0]))
    }

    /// Words that end the name of a school, a service or a body.
    static let bodyWords: Set<String> = ["school", "academy", "college", "nursery", "council", "university", "constabulary", "police", "nhs",
                                         "foundation", "services", "team", "centre", "center", "partnership", "federation", "trust"]

    /// "NHS Cumbria", "Cumbria Constabulary": a short run of capitalised words after a person's name and a dash.
    static func namesAnOrganisation(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        return (1...6).contains(words.count) && words.allSatisfy { word in
            word.first?.isUppercase == true || ["of", "and", "for", "the", "&"].contains(word.lowercased())
        }
    }

    /// Nouns that end a post's name and are nobody's surname.
    static let postNouns: Set<String> = ["director", "manager", "officer", "officers", "member", "members", "governor", "representative",
                                         "representatives", "clerk", "adviser", "advisor", "solicitor", "commissioner", "inspector",
                                         "consultant", "coordinator", "co-ordinator", "leader", "chairman", "chairperson",
                                         "spokesperson", "executive", "assistant", "secretary", "administrator", "accountant",
                                         "analyst", "lawyer", "practitioner", "headteacher", "auditor", "treasurer", "specialist"]

    /// Words that name a role or an organisation, not a person: a line "Mel John-Ross, Service Director,
    /// Children's Social Care" is one person with her role.
    static let roleWords: Set<String> = ["director", "manager", "officer", "head", "spokesperson", "member", "chair",
                                         "chairman", "chairperson", "lead", "cabinet", "executive", "assistant", "service",
                                         "services", "team", "council", "principal", "senior", "coordinator", "co-ordinator",
                                         "advisor", "adviser", "clerk", "solicitor", "governor", "portfolio", "leader",
                                         "deputy", "commissioner", "inspector", "consultant", "partner", "representative",
                                         // Posts and bodies a list prints after a name ("Ms J Douglas, Care and
                                         // Learning Alliance (Third Sector)", "Miss M Murray, Committee Administrator").
                                         "administrator", "secretary", "treasurer", "chief", "teacher", "worker", "nurse",
                                         "practitioner", "specialist", "analyst", "alliance", "forum", "office", "sector",
                                         "partnership", "trust", "association", "academy", "school", "college", "university",
                                         "authority", "agency", "department", "directorate", "project", "board", "committee"]
}
