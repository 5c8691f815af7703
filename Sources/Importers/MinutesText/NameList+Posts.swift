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

    /// "Mr. M. Brown Governor Representative (Kirkton Middle School)" → "Mr. M. Brown"; "Mrs. S. Avis Head of School
    /// Organisation": a title, initials and a surname, then the words of a post, are the person without the post. A
    /// bracket after the surname is the person's own ("Mr. K. McGr (Wooler First School)") and stays.
    static func droppingTitledPersonsPost(_ name: String) -> String {
        let words = name.split(separator: " ")
        // ("G. Irvine Commercial Manager": initials with their points and no title open the name as well.)
        let initialsOnly = words.count >= 3 && words[0].count == 2 && words[0].hasSuffix(".") && words[0].first?.isUppercase == true
        guard words.count >= 4 || initialsOnly, isPersonalTitle(words[0]) || initialsOnly else { return name }
        var index = initialsOnly ? 0 : 1
        while index < words.count, words[index].filter({ $0 != "." }).count == 1, words[index].first?.isUppercase == true { index += 1 }
        guard index >= (initialsOnly ? 1 : 2), index + 1 < words.count else { return name }
        let surname = words[index], postStart = words[index + 1]
        guard surname.first?.isUppercase == true, surname.dropFirst().contains(where: \.isLowercase),
              surname.allSatisfy({ $0.isLetter || "'’-".contains($0) }), postStart.first?.isUppercase == true,
              namesAPost(words[(index + 1)...].joined(separator: " ").replacing(Self.parenthesisMaybeOpen, with: " "))
        else { return name }
        return words[...index].joined(separator: " ")
    }

    /// "Mrs. S. Avis Head of School Organisation and Resources Mrs. A. White School Funding Manager": titled people with
    /// initials, each before their post, run together on one line. Nil unless the line opens with such a person and at
    /// least one post is found; each part must be a person with or without a post.
    static func titledPeopleBeforePosts(_ text: String) -> [String]? {
        let words = text.split(separator: " ")
        guard words.count >= 4, isPersonalTitle(words[0]) else { return nil }
        let starts = words.indices.filter { index in
            index + 1 < words.count && isPersonalTitle(words[index]) && words[index + 1].filter({ $0 != "." }).count == 1
                && words[index + 1].first?.isUppercase == true
        }
        guard starts.first == 0 else { return nil }
        var people: [String] = [], postsDropped = 0
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : words.count
            let part = words[start..<end].joined(separator: " ")
            let person = droppingTitledPersonsPost(part)
            if person != part {
                postsDropped += 1
            } else if end - start > 5 || !isPlausibleName(part) {
                return nil
            }
            people.append(person)
        }
        return postsDropped > 0 ? people : nil
    }

    /// "Management", "Children": the end of a post that a list's line wrapped onto the next ("C. Kelly Acting Head of Roads,
    /// Greenspace and Waste" / "Management"), a word no one is named.
    static func isWrappedPostTail(_ text: String) -> Bool {
        let words = text.trimmingCharacters(in: .whitespaces).split(separator: " ")
        guard (1...2).contains(words.count) else { return false }
        return words.allSatisfy { word in
            let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;)"))
            return organisationWordsOfBodies.contains(lower) || bodyNouns.contains(lower) || postNouns.contains(lower)
                || ["management", "resources", "improvement", "learning", "schools", "people", "waste", "planning", "services"].contains(lower)
        }
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
        // ("Lead Officer Parental Involvement", "Lead Officer for Parental Involvement": the post's noun inside, after a role's
        // word, with what it is for after it.)
        if lower.count >= 3, (1..<(lower.count - 1)).contains(where: { postNouns.contains(lower[$0]) && (roleWords.contains(lower[$0 - 1]) || postModifiers.contains(lower[$0 - 1])) }) {
            return true
        }
        return zip(lower, lower.dropFirst()).contains { roleWords.contains($0.0) && ($0.1 == "of" || $0.1 == "for") }
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
                                         "foundation", "services", "team", "centre", "center", "partnership", "federation", "trust",
                                         "government", "authority", "commission", "department"]

    /// "NHS Cumbria", "Cumbria Constabulary": a short run of capitalised words after a person's name and a dash.
    static func namesAnOrganisation(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        return (1...6).contains(words.count) && words.allSatisfy { word in
            word.first?.isUppercase == true || ["of", "and", "for", "the", "&"].contains(word.lowercased())
        }
    }

    /// "Geoff LeeChair of the Safer Stockton Partnership (Chair)", "Mandy BriggsTeesside Magistrates Court": a
    /// PDF's name and post cells run together, the post's first capital glued to the surname. The person alone;
    /// nil when no surname is glued to a post or a body.
    static func personGluedToPost(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for position in 1..<min(3, words.count) {
            guard let glue = gluePoint(words[position]) else { continue }
            let name = (words[..<position] + [words[position][..<glue]]).joined(separator: " ")
            let rest = ([words[position][glue...]] + words[(position + 1)...]).joined(separator: " ")
            let restCore = (TextScan.contains(rest, ascii: "(") ? rest.replacing(Self.parenthesisMaybeOpen, with: " ") : rest)
                .split(separator: " ").joined(separator: " ")
            guard isPlausibleName(name), namesAPost(rest) || namesAnOrganisation(Substring(restCore)) else { return nil }
            return droppingHonours(name)
        }
        return nil
    }

    /// Where a surname ends and a glued word begins: a capital after two or more lower-case letters
    /// ("LeeChair"), never a name's own inner capital ("McLurg", "DeVito", "MacDonald", "FitzGerald").
    static func gluePoint(_ word: Substring) -> Substring.Index? {
        guard let first = word.first, first.isUppercase else { return nil }
        var lowerRun = 0
        var index = word.index(after: word.startIndex)
        while index < word.endIndex {
            let character = word[index]
            if character.isLowercase {
                lowerRun += 1
            } else if character.isUppercase {
                guard lowerRun >= 2, !["Mac", "Fitz", "Van", "Von", "Della", "Delle", "Dela"].contains(String(word[..<index])) else { return nil }
                return index
            } else {
                return nil
            }
            index = word.index(after: index)
        }
        return nil
    }

    /// "Shaun McLurg Head of Children and Young People's Services", "Jean Bell HMCS Magistrates Court", "Darren
    /// Coulton LSC, Partnership Manager": a person and a post or a body with nothing between them (a table's two
    /// cells flattened). The person alone: two words, or three with an initial between ("Alexander J Younger").
    /// Nil for a line that opens with a title (its own rules read it) or whose words after the name name no post.
    static func personBeforePost(_ text: String) -> String? {
        // ("Sgt Jim Lowe / Police Scotland": the rank is no part of the name, so "Sgt Jim" is no one.)
        // ("Depute Lord Provost Bill CAIRD …": a civic title too.)
        let untitled = droppingHonours(text)
        if untitled.count != text.count { return personBeforePost(untitled) }
        let head = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first ?? Substring(text)
        let words = head.split(separator: " ")
        guard words.count >= 3, let first = words.first, !personalTitles.contains(first.lowercased().trimmingCharacters(in: ["."])) else { return nil }
        // ("Marielle de Winter SEPT 0-19 Team": a particle inside the name.)
        let nameLength = words.count >= 4 && (words[1].trimmingCharacters(in: ["."]).count == 1 || nameParticles.contains(words[1].lowercased())) ? 3 : 2
        guard words.count > nameLength, let opener = words[nameLength].first, opener.isUppercase || opener.isNumber else { return nil }
        let name = words[..<nameLength].joined(separator: " ")
        let rest = words[nameLength...].joined(separator: " ")
        // ("N. Wales Police" is a body; "Marlow (Mansfield District Council)" a name wrapped from the line before.)
        guard isPlausibleName(name), !(words[0].trimmingCharacters(in: ["."]).count == 1 && words.count == nameLength + 1),
              words[..<nameLength].allSatisfy({ word in word.allSatisfy { $0.isLetter || "'’.-".contains($0) } }),
              !words[..<nameLength].contains(where: { roleWords.contains($0.lowercased()) || postNouns.contains($0.lowercased()) }),
              // ("District Youth Worker", "Walsall Family Group Conference Service": a post or a body, no one.)
              !words[..<nameLength].contains(where: { organisationWords.contains($0.lowercased()) || bodyNouns.contains($0.lowercased()) }),
              !["young", "early", "senior", "junior"].contains(words[0].lowercased())
        else { return nil }
        if namesAPost(rest) || mentionsABody(rest) { return name }
        // "Janet Ashley Social Care", "Marina Sheriff Kirkton Forest LSP", "Steve Lever ECC CYPSP": a body named by its
        // words ("Social Care", "Primary") or its initials, every word capitalised.
        let restWords = rest.split(separator: " ")
        // ("Derek J SCOTT", "Alan G ROSS": an initial, then the surname in capitals, is a name, not a body's initials.)
        // ("Lord Provost Ian BORE": a title, then a name whose surname is printed in capitals, is no body's initials; nor is
        // "I DECLARATION OF INTEREST", a heading in capitals.)
        let afterInitial = words[nameLength - 1].trimmingCharacters(in: ["."]).count == 1
        let nameInCapitals = words[..<nameLength].contains { !$0.contains(where: \.isLowercase) }
        let restIsAName = restWords.count == 2 && restWords[0].contains(where: \.isLowercase) && !restWords[1].contains(where: \.isLowercase)
        if !afterInitial, !nameInCapitals, !restIsAName, namesAnOrganisation(Substring(rest)), restWords.contains(where: { word in
            restWords.count >= 2 && isOrganisationInitials(String(word)) || organisationWordsOfBodies.contains(word.lowercased()) }) {
            return name
        }
        // "Darren Coulton LSC, Partnership Manager": a body's initials, then the post after the comma.
        let initials = words.count == nameLength + 1 && (2...5).contains(rest.count) && rest.allSatisfy { $0.isUppercase }
        if initials, head.endIndex < text.endIndex, namesAPost(String(text[text.index(after: head.endIndex)...])) { return name }
        return nil
    }

    /// A line that is one person and a post or a body beside the name: a dash, a table's " / ", or none.
    static func isPersonBesidePost(_ text: String) -> Bool {
        guard text.utf8.count <= 200, let people = people(inLine: text), people.count == 1, people[0].count + 3 < text.count else { return false }
        return TextScan.contains(text, ascii: " / ") || (TextScan.contains(text, ascii: " -") || text.contains(" – ")) && !saysSomethingAfterDash(text)
            || personGluedToPost(text) != nil || personBeforePost(text) != nil
            // "Mr Tom Boyd, Locality Reporter Manager, Highlands & Islands": a titled person, a comma, a post or a body.
            || hasPersonalTitle(text) && postAfterComma(text)
            // "Helen Goll, Consultant in Public Health, Kirkton Council": a full name, a comma, a post or a body.
            || isFullName(String(text.prefix { $0 != "," })) && postAfterComma(text)
    }

    /// "Chloe - How about a camera to look at wildlife?", "Mr S - Suggested council look at new filming equipment.": a
    /// speaker and what they said (a question, or a sentence of ten words or more), not a person beside a post.
    static func saysSomethingAfterDash(_ text: String) -> Bool {
        guard let dash = TextScan.range(of: " - ", in: Substring(text)) ?? TextScan.range(of: " – ", in: Substring(text)) else { return false }
        let said = text[dash.upperBound...].trimmingCharacters(in: .whitespaces)
        return said.hasSuffix("?") || said.hasSuffix("!") || LinePatterns.wordCount(said) >= 10 && said.hasSuffix(".")
    }

    /// "Anita Kier, Mental Health and LD Commissioning, Kirkton CCG": a full name before the line's first comma, a post or a
    /// body after it. The person; nil for any other line.
    static func personBeforePostAndBody(_ text: String) -> String? {
        guard let comma = text.firstIndex(of: ",") else { return nil }
        let name = String(text[..<comma]).trimmingCharacters(in: .whitespaces)
        guard isFullName(name), isPlausibleName(name), !isPostOrBody(name), postAfterComma(text) else { return nil }
        return name
    }

    /// Whether the words after a line's first comma name a post or a body ("…, Director of Education", "…, NHS Highland").
    static func postAfterComma(_ text: String) -> Bool {
        guard let comma = text.range(of: ", ") else { return false }
        let after = String(text[comma.upperBound...])
        return namesAPost(after) || mentionsABody(after) || namesABodyByItsInitials(after) || isOrganisationInitials(after)
    }

    /// Words of the names of services, places and groups that are no one's given name or surname.
    static let organisationWords: Set<String> = ["district", "county", "city", "borough", "family", "families", "youth", "children",
                                                 "children's", "children’s", "community", "area", "local", "group", "conference",
                                                 "neighbourhood", "partnership", "primary", "secondary", "social", "public", "education",
                                                 "care", "extended", "development", "support", "the", "and", "of", "for", "vice", "deputy"]

    /// The words of `organisationWords` that name a body or a service on their own ("Social Care", "Youth Service",
    /// "Primary"), not the small words and ranks among them.
    static let organisationWordsOfBodies: Set<String> = organisationWords.subtracting(["the", "and", "of", "for", "vice", "deputy", "area", "local"])

    /// Whether words name a body people work for: "Magistrates Court", "Cleveland Police", "NHS Trust".
    static func mentionsABody(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).contains { bodyNouns.contains($0.lowercased()) }
    }

    /// Nouns of the bodies people in lists work for, and of posts that are no role word ("Health Visitor").
    static let bodyNouns: Set<String> = ["court", "police", "council", "service", "services", "team", "trust", "nhs", "school", "college",
                                         "university", "partnership", "probation", "constabulary", "agency", "health", "department",
                                         "directorate", "authority", "centre", "center", "nursery", "academy", "therapist", "visitor",
                                         "teacher", "coach", "nurse", "worker", "childminder", "government", "unit", "network"]

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
                                         "authority", "agency", "department", "directorate", "project", "board", "committee",
                                         // "Maree Todd, Minister for CYP", "Sarah Duncan, Scottish Government ELC Programme".
                                         "minister", "government", "programme", "directors"]
}

extension NameList {
    /// "Democratic Services Officer (J Turnbull)", "Clerk to the Council (A Bell). EDUCATION BUSINESS": a post, then in
    /// brackets the person holding it (initials and a surname); the person, or nil for any other entry.
    static func personInBracketAfterPost(_ entry: String) -> String? {
        guard let open = entry.firstIndex(of: "("), let close = entry[open...].firstIndex(of: ")") else { return nil }
        let inside = entry[entry.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        let post = entry[..<open].trimmingCharacters(in: .whitespaces)
        let words = inside.split(separator: " ")
        guard words.count >= 2, words.count <= 4, words.dropLast().allSatisfy({ $0.count <= 2 && $0.allSatisfy { $0.isUppercase || $0 == "." } }),
              let surname = words.last, surname.count >= 2, surname.first?.isUppercase == true, surname.contains(where: \.isLowercase),
              !post.isEmpty, namesAPost(post) || isPostOrBody(post) else { return nil }
        return inside
    }
}

extension NameList {
    /// The posts a chair's line may add after a name already listed: "Stewart HUNTER Convener" after "Stewart HUNTER".
    static let chairsPosts: Set<String> = ["Convener", "Convenor", "Chair", "Chairman", "Chairwoman", "Chairperson", "Provost",
                                           "Vice-Convener", "Vice-Chair", "Vice-Chairman", "(Chair)", "(Convener)", "(Chairman)"]

    /// The list without an entry that names again someone listed: another entry followed by a chair's post
    /// ("Stewart HUNTER Convener"), or a surname alone in capitals that another entry ends with ("WELSH" from
    /// "Councillor WELSH, Convener, in the Chair." after "SHEENA WELSH").
    static func droppingPeopleNamedAgain(_ people: [String]) -> [String] {
        guard people.count >= 2 else { return people }
        let names = Set(people)
        let surnames = Set(people.compactMap { person in person.split(separator: " ").count >= 2 ? person.split(separator: " ").last.map(String.init) : nil })
        return people.filter { person in
            if !person.contains(" ") {
                return !(person.count >= 2 && person.allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "'" }) && surnames.contains(person))
            }
            guard let space = person.lastIndex(of: " "), chairsPosts.contains(String(person[person.index(after: space)...])) else { return true }
            return !names.contains(String(person[..<space]))
        }
    }
}
