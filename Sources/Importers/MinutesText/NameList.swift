import Foundation

/// Splits lists of people as minutes print them: "M Carr (Chair), J Brunton Dobson and Z Uddin.",
/// "Councillors J Sharrocks and J Walker." The collective title ("Councillors") is dropped; a
/// name's own brackets ("(Chair)") are kept, and commas inside brackets do not split.
enum NameList {
    static let collectiveTitles = ["county councillors ", "county councillor ", "county cllrs ", "county cllr ", "aldermen ", "alderman ",
                                   "councillors ", "councillor ", "cllrs ", "cllrs. ", "cllr ", "cllr. ", "members ", "officers "]

    static func names(in text: String) -> [String] {
        var body = Substring(text).trimmingSpaces()
        let lowered = body.lowercased()
        if ["none", "none.", "n/a", "nil", "there were none", "there were none.", "none received", "none received."].contains(lowered)
            || lowered.hasPrefix("there were no") || lowered.hasPrefix("no apologies") {
            return []
        }
        for title in collectiveTitles where lowered.hasPrefix(title) {
            body = body.dropFirst(title.count)
            break
        }
        // "Emma Hosking / Lisa Hurst / Jay Flanders": the cells of a Word table, joined, when each is a person
        // (a row of names, organisations and ticks, "Sue Aston / NEW NHS Trust / X", is not split).
        if TextScan.contains(body, ascii: " / ") {
            let cells = body.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if cells.count >= 2, cells.allSatisfy(isPersonCell) { return cells }
            // "Sheila Sansbury (SS) / Aberdeen City Council / Education": one person, then where she works.
            if cells.count >= 2, isPersonCell(cells[0].replacing(Self.parenthesis, with: " ").split(separator: " ").joined(separator: " ")),
               !cells.dropFirst().contains(where: isPersonCell) {
                return [cells[0]]
            }
        }
        // "D Brand (Clerk); M McKenna, Executive Director of Education Services; and F Ross": a list whose
        // people end at semicolons, each perhaps followed by a role after a comma.
        if TextScan.contains(String(body), ascii: ";"), let groups = semicolonGroups(body) {
            return groups.flatMap { group -> [String] in
                var entry = group.trimmingSpaces()
                if entry.lowercased().hasPrefix("and ") { entry = entry.dropFirst(4) }
                let parts = names(in: String(entry))
                if parts.count >= 2, isPlausibleName(parts[0]), parts.dropFirst().allSatisfy(isRoleOnly) { return [parts[0]] }
                return parts
            }
        }
        var parts: [String] = []
        var current = ""
        var depth = 0
        var index = body.startIndex
        while index < body.endIndex {
            let c = body[index]
            if c == "(" { depth += 1 }
            if c == ")" { depth = max(0, depth - 1) }
            if depth == 0, c == "," || c == ";" {
                parts.append(current)
                current = ""
            } else if depth == 0, c == " ", body[index...].hasPrefix(" and ") {
                parts.append(current)
                current = ""
                index = body.index(index, offsetBy: 4)
            } else if depth == 0, c == " ", body[index...].hasPrefix(" & ") {
                parts.append(current)
                current = ""
                index = body.index(index, offsetBy: 2)
            } else {
                current.append(c)
            }
            index = body.index(after: index)
        }
        parts.append(current)
        return parts.map { droppingTrailingPost(droppingHonours(chairNoted(LinePatterns.trimTrailingPunctuation(droppingPluralTitle($0))))) }
            .filter { !$0.isEmpty }.flatMap(splittingInitialledPairs)
    }

    /// "P Campbell J Fraser" → "P Campbell", "J Fraser": two columns of a table whose spacing was lost, each
    /// a person by initials and surname. Anything else stays whole.
    static func splittingInitialledPairs(_ part: String) -> [String] {
        // (A name of fewer than four words, or not opening with an initial, is settled on its bytes.)
        guard part.utf8.count >= 7, part.utf8.dropFirst().first == UInt8(ascii: " ") || part.utf8.dropFirst().first == UInt8(ascii: "."),
              part.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count >= 3 else { return [part] }
        let words = part.split(separator: " ")
        guard words.count >= 4, words[0].count <= 2 else { return [part] }
        func isInitial(_ word: Substring) -> Bool {
            let letters = word.filter { $0 != "." }
            return letters.count == 1 && letters.first?.isUppercase == true
        }
        var people: [String] = []
        var index = 0
        while index < words.count {
            let start = index
            while index < words.count, isInitial(words[index]) { index += 1 }
            guard index > start, index < words.count, words[index].count >= 2, words[index].first?.isUppercase == true,
                  words[index].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) else { return [part] }
            index += 1
            people.append(words[start..<index].joined(separator: " "))
        }
        return people.count >= 2 ? people : [part]
    }

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

    /// The parts of a list between semicolons outside brackets; nil when there are fewer than two.
    private static func semicolonGroups(_ body: Substring) -> [Substring]? {
        var groups: [Substring] = []
        var depth = 0
        var start = body.startIndex
        for index in body.indices {
            switch body[index] {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case ";" where depth == 0:
                groups.append(body[start..<index])
                start = body.index(after: index)
            default: break
            }
        }
        groups.append(body[start...])
        groups = groups.filter { !$0.trimmingSpaces().isEmpty }
        return groups.count >= 2 ? groups : nil
    }

    /// Civic and church titles before a name and honours after it are no part of it: "Provost Mrs Frances
    /// Duncan OBE" → "Mrs Frances Duncan", "Rev. Kenneth Gibson" → "Kenneth Gibson", "Bill Campbell |" → "Bill Campbell".
    static func droppingHonours(_ name: String) -> String {
        var text = Substring(name)
        while text.hasSuffix(" |") || text.hasSuffix("|") { text = text.dropLast().trimmingSpaces() }
        let lower = text.lowercased()
        for title in ["depute lord provost ", "lord provost ", "depute provost ", "provost ", "bailie ", "the rev. ", "the rev ",
                      "rev. ", "rev ", "reverend ",
                      // Police ranks: "DI Vince McLaughlin", "Chief Constable George Graham".
                      "chief constable ", "deputy chief constable ", "assistant chief constable ", "chief superintendent ",
                      "superintendent ", "chief inspector ", "det supt ", "supt ", "dci ", "di ", "ds ", "det insp "]
        where lower.hasPrefix(title) && text.count > title.count {
            text = text.dropFirst(title.count)
            break
        }
        while let space = text.lastIndex(of: " "),
              ["OBE", "MBE", "CBE", "KBE", "DBE", "BEM", "JP", "QPM", "MP", "MSP", "MS", "AM"].contains(String(text[text.index(after: space)...])) {
            text = text[..<space]
        }
        return text.count == name.count ? name : String(text)
    }

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

    /// "Councillors Tom Green" inside a list ("Councillor A (Chair), Councillors B and C") is B: the plural
    /// title names the people after it, never one of them.
    static func droppingPluralTitle(_ part: String) -> String {
        let trimmed = part.drop { $0 == " " }
        for title in ["county councillors ", "councillors ", "cllrs. ", "cllrs ", "aldermen "] where trimmed.lowercased().hasPrefix(title) {
            return String(trimmed.dropFirst(title.count))
        }
        return part
    }

    /// People a sentence welcomes to the meeting: "The committee was pleased to welcome Shirley Bailey (Senior
    /// HMI Ofsted), Paula Lahey (…) and John Goldup (…), to the meeting", "The Chair welcomed Sharon Davey,
    /// Operations Manager, who presented …". Each must be a full name (two words or more): "welcomed
    /// Members" or "welcomed the report" name nobody.
    static func welcomed(in sentence: String) -> [String] {
        welcomed(in: sentence, skippingSpansWithoutCapitals: true)
    }

    /// `welcomed(in:)` reading every span, capitals or not (for the tests that prove the skip loses no one).
    static func welcomedWithoutPrecheck(in sentence: String) -> [String] {
        welcomed(in: sentence, skippingSpansWithoutCapitals: false)
    }

    private static func welcomed(in sentence: String, skippingSpansWithoutCapitals: Bool) -> [String] {
        let whole = Substring(sentence)
        guard let welcome = TextScan.range(of: "welcomed ", in: whole) ?? TextScan.range(of: "welcome ", in: whole) else { return [] }
        var span = Substring(sentence[welcome.upperBound...])
        for end: StaticString in [", to the meeting", " to the meeting", ", who ", " who ", " and thanked", ".", ";", " to their ", " to his ",
                                  " to her ", " to the ", " back to ", " onto ", " as "] {
            if let range = TextScan.range(of: end, in: span) { span = span[..<range.lowerBound] }
        }
        // A name opens with a capital: words after "welcomed" with no capital (in ASCII) name no one.
        guard !skippingSpansWithoutCapitals || span.utf8.contains(where: { $0 >= 0x80 || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }),
              let people = people(inLine: String(span)) else { return [] }
        return people.filter { person in
            let core = TextScan.contains(person, ascii: "(") ? person.replacing(Self.parenthesis, with: " ") : person
            return core.split(separator: " ").count >= 2 && isPlausibleName(person)
        }
    }

    /// People a sentence puts in the chair of this meeting, who attended it: "the committee appointed Cllr
    /// Carol Bulman to chair the meeting", "Councillor Jane Smith was appointed Chair for the meeting",
    /// "Councillor Jane Smith took the chair", "Cllr Ann Lee chaired the meeting". A title (Councillor,
    /// Cllr, Mr, Mrs, Ms, Miss, Dr) must open the name, so a role ("Vice Chair") is never read as one;
    /// a chair appointed for a year ("as Chair of the Panel for 2025/26") is not named here. Names are
    /// given as the attendance list gives them, without "Councillor" or "Cllr".
    static func chairing(in sentence: String) -> [String] {
        chairing(in: sentence, skippingByWords: true)
    }

    /// `chairing(in:)` trying every pattern on every sentence (for the test that proves the skip loses no one).
    static func chairingWithoutPrecheck(in sentence: String) -> [String] {
        chairing(in: sentence, skippingByWords: false)
    }

    private static func chairing(in sentence: String, skippingByWords: Bool) -> [String] {
        // A byte search for the words each pattern needs settles most sentences ("The Chair welcomed …")
        // before a pattern runs: the patterns search from every position and cost a third of the reading.
        let mayAppoint = !skippingByWords || mayAppointAChair(sentence)
        let mayTake = !skippingByWords || mayTakeTheChair(sentence)
        guard mayAppoint || mayTake else { return [] }
        var people: [String] = []
        for pattern in (mayAppoint ? [chairAppointedAfter, chairAppointedBefore] : []) + (mayTake ? [chairTaken] : []) {
            for match in sentence.matches(of: pattern) {
                // Without "Councillor" or "Cllr", as the attendance list prints its members.
                let name = droppingCollectiveTitle(String(match.output.1))
                if !name.isEmpty, isPlausibleName(name), !people.contains(name) { people.append(name) }
            }
        }
        return people
    }

    /// Whether a text has the words a sentence putting someone in the chair needs: a byte search that
    /// settles most paragraphs and sentences before `chairing(in:)` runs its patterns.
    static func mayPutSomeoneInTheChair(_ text: String) -> Bool {
        TextScan.contains(text, ascii: "hair") && (mayAppointAChair(text) || mayTakeTheChair(text))
    }

    private static func mayAppointAChair(_ text: String) -> Bool {
        (TextScan.contains(text, ascii: "appointed") || TextScan.contains(text, ascii: "elected")) && TextScan.contains(text, ascii: "meeting")
    }

    private static func mayTakeTheChair(_ text: String) -> Bool {
        TextScan.contains(text, ascii: "took the") || TextScan.contains(text, ascii: "chaired")
    }

    /// A person's name with titles and bracketed roles removed, in lower case: "Cllr Carol Bulman" and
    /// "Councillor Carol Bulman (Chair)" are the same person.
    static func personKey(_ name: String) -> String {
        let titles: Set<String> = ["councillor", "cllr", "cllr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."]
        let withoutRoles = TextScan.contains(name, ascii: "(") ? name.replacing(parenthesis, with: " ") : name
        return withoutRoles.lowercased().split(whereSeparator: \.isWhitespace).filter { !titles.contains(String($0)) }.joined(separator: " ")
    }

    /// A line that introduces the people attending: "The following witnesses were welcomed to the meeting:",
    /// "ATTENDANCE", "MEMBERS OF THE PANEL", "Also in attendance:".
    static func introducesAttendance(_ text: String) -> Bool {
        guard text.utf8.count <= 90 else { return false }
        // Without a colon only the exact phrases below qualify (24 letters at most): a longer line is
        // settled before it is lower-cased, as most lines are.
        guard text.utf8.contains(UInt8(ascii: ":")) || text.utf8.count <= 48 else { return false }
        var lower = TextScan.trimmingWhitespaces(text.lowercased())
        // "Also present at this meeting: /": a Word table's cell separator after the colon.
        if lower.hasSuffix(": /") { lower.removeLast(2) }
        if ["attendance", "present", "members present", "members of the panel", "members of the committee",
            "members of the board", "in attendance", "also present", "officers present", "also in attendance"].contains(lower) {
            return true
        }
        guard lower.hasSuffix(":") || lower.hasSuffix(":-") else { return false }
        while let last = lower.last, last == ":" || last == "-" { lower.removeLast() }
        return ["welcomed to the meeting", "were in attendance", "were also in attendance", "were present", "were also present",
                "also in attendance", "also present at this meeting", "also present at the meeting", "present at the meeting"].contains { lower.hasSuffix($0) }
    }

    /// The last words of a label that heads one group of the people present or absent: "School members:",
    /// "Statutory Co-opted Members:", "Religious Representatives:", "Nominated subs:", "Observers:",
    /// "School Governor Services Clerk:".
    static let groupNouns: Set<String> = ["members", "member", "councillors", "officers", "officer", "observers", "observer",
                                          "subs", "substitutes", "substitute", "representatives", "representative", "governors",
                                          "headteachers", "advisers", "advisors", "adviser", "advisor", "co-optees", "guests",
                                          "clerk", "clerks", "secretary", "attendees", "staff", "partners", "witnesses",
                                          "officials", "trustees", "heads", "teachers", "councillor", "bailies"]

    /// A line heading one group of a names list ("School members:", "Non school members:", "Observers: A, B"):
    /// its names, possibly none yet, follow the colon. Without a colon ("School members" alone, as an
    /// apologies list prints its groups) it qualifies only when `requireColon` is false. Nil for any other line.
    static func groupLabelValue(_ text: String, requireColon: Bool = true) -> Substring? {
        guard text.utf8.count <= 160, let first = text.first, first.isUppercase else { return nil }
        let label: Substring
        let value: Substring
        if let colon = text.firstIndex(of: ":") {
            label = text[..<colon]
            var rest = text[text.index(after: colon)...]
            if rest.first == "-" { rest = rest.dropFirst() }
            value = rest.trimmingSpaces()
        } else {
            // ("Jo Mill - Parent Representative" is a person and her post, no group's heading.)
            guard !requireColon, text.utf8.count <= 40, !text.contains(" - "), !text.contains(" – ") else { return nil }
            label = Substring(text)
            value = ""
        }
        let words = label.split(separator: " ")
        guard (1...5).contains(words.count), label.count <= 50,
              label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }),
              let last = words.last, groupNouns.contains(last.lowercased()),
              // "Decision of the Cabinet Member:" is a label of its own, not a group of people.
              !words.contains(where: { ["of", "the", "by", "for", "to", "decision", "decisions", "report"].contains($0.lowercased()) })
        else { return nil }
        return value
    }

    /// "Apologies" (or "Apologies for absence", "Apologies received") alone on its line: no one yet;
    /// "Apologies Dr A Smith, Cllr B Jones": the people after it. Nil for any other line.
    static func apologiesHeading(_ text: String) -> [String]? {
        guard text.hasPrefix("Apologies") || text.hasPrefix("APOLOGIES") else { return nil }
        var rest = Substring(text.dropFirst("Apologies".count)).trimmingSpaces()
        for tail in ["for absence", "FOR ABSENCE", "received", "RECEIVED"] where rest.hasPrefix(tail) {
            rest = rest.dropFirst(tail.count).trimmingSpaces()
            break
        }
        while let first = rest.first, first == ":" || first == "-" || first == "–" { rest = rest.dropFirst().trimmingSpaces() }
        if rest.isEmpty { return [] }
        // Names only, at least one with a title or in a list: not "Apologies were received from …", not a sentence.
        guard let people = people(inLine: String(rest)), people.allSatisfy(isPlausibleName),
              people.count >= 2 || isMarkedPerson(String(rest)) else { return nil }
        return people
    }

    /// "None", "Nil", "N/A": a group of a names list with no one in it.
    static func saysNoOne(_ text: String) -> Bool {
        text.utf8.count <= 6 && ["none", "none.", "nil", "nil.", "n/a"].contains(text.lowercased())
    }

    /// A sentence about apologies that stops where its people would start, so they follow on the next
    /// lines: "Apologies for absence had been received from: -", "Apologies were received from:".
    static func introducesApologies(_ text: String) -> Bool {
        guard text.utf8.count <= 200, text.hasSuffix(":") || text.hasSuffix("-"), TextScan.contains(text, ascii: "polog") else { return false }
        var lower = Substring(text.lowercased())
        while let last = lower.last, last == ":" || last == "-" || last == " " { lower = lower.dropLast() }
        return lower.contains("apolog") && (lower.hasSuffix(" from") || lower.hasSuffix(" on behalf of"))
    }

    /// "Councillor Phil Jackson – personal" → "Councillor Phil Jackson": the reason for an absence is not the name.
    static func droppingReason(_ text: String) -> String {
        for dash in [" – ", " - ", " — "] {
            if let range = text.range(of: dash), isPlausibleName(String(text[..<range.lowerBound])) {
                return String(text[..<range.lowerBound])
            }
        }
        return text
    }

    /// "councillors Hurcomb" → "Hurcomb"; "councillors" → "".
    static func droppingCollectiveTitle(_ text: String) -> String {
        let lower = text.lowercased()
        if ["councillors", "councillor", "cllrs", "cllr", "members", "officers"].contains(lower) { return "" }
        for title in collectiveTitles where lower.hasPrefix(title) { return String(text.dropFirst(title.count)) }
        return text
    }

    /// "Councillor X in the chair" → "Councillor X (Chair)": the role, not part of the name.
    static func chairNoted(_ name: String) -> String {
        guard name.lowercased().hasSuffix(" in the chair") else { return name }
        return String(name.dropLast(" in the chair".count)) + " (Chair)"
    }

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
    /// Lower-case words that may sit inside a person's name.
    static let nameParticles: Set<String> = ["de", "van", "von", "der", "den", "da", "le", "la", "du", "di", "al", "el", "bin", "st"]

    /// The people a line of a names list holds, or nil when the line is not a list of names (prose, a
    /// heading, an agenda item), which ends the list. A line that is one person with a role
    /// ("Name, Service Director, Department") gives the person alone.
    static func people(inLine text: String) -> [String]? {
        var body = text
        if let bullet = LinePatterns.bullet(text) { body = bullet.rest }
        // "Mr A. Rees - Head of Curriculum & Wellbeing", "Ms A Carmichael - County Manager, Continuing Learning
        // (item 11)": one person and the post (any words naming a role or a body), which is no one.
        for dash in [" - ", " – ", " — "] {
            // (A dash inside brackets, "Dave Hill (DH - Chair), Paul Ballatt (PB)", or after a list, is not this.)
            if let range = body.range(of: dash), !body[..<range.lowerBound].contains(","),
               body[..<range.lowerBound].filter({ $0 == "(" }).count == body[..<range.lowerBound].filter({ $0 == ")" }).count,
               isPlausibleName(String(body[..<range.lowerBound])),
               namesAPost(String(body[range.upperBound...])) || namesAnOrganisation(body[range.upperBound...]) {
                return [droppingHonours(String(body[..<range.lowerBound]).trimmingCharacters(in: .whitespaces))]
            }
        }
        // "Abbi Scott (AS) Keith Shipman (KS)": a comma lost between two people.
        var parts = names(in: body).flatMap(splitAfterBracket)
        // "Mrs S Lundberg, D": the copy stopped after a role's first letter.
        if parts.count >= 2, let last = parts.last, last.count == 1 { parts.removeLast() }
        guard !parts.isEmpty else { return nil }
        // "NAME / ORGANISATION / Attending": a table's header row.
        if parts.contains(where: { $0.utf8.count <= 12 && columnHeadings.contains($0.lowercased()) }) { return nil }
        // ("Mr Stuart Davidson, Youth Convenor, HC", "DI Vince McLaughlin, PPU, Northern Const": an organisation's
        // initials after the person are no one either.)
        if parts.count >= 2, isPlausibleName(parts[0]),
           parts.dropFirst().contains(where: { part in
               words(of: part.replacing(Self.parenthesisMaybeOpen, with: " ")).contains { roleWords.contains($0.lowercased()) }
                   || isOrganisationInitials(part) && isFullName(parts[0])
           }) {
            return [parts[0]]
        }
        // "(CP)" alone is the bracket of a name wrapped from the line before; "N. Wales Police" is a body, no one.
        return parts.allSatisfy({ isPlausibleName($0) || isBracketOnly($0) }) && !parts.allSatisfy(isBracketOnly)
            && !parts.allSatisfy(namesABody) ? parts : nil
    }

    /// "Jerry O’Keeffe", "Cllr Ann Lee": an entry of a numbered list that is a person, not an agenda item
    /// ("Chair's Report", "Apologies"): two to four capitalised words, none an agenda's.
    static func isNumberedPerson(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), isPlausibleName(text), !text.contains("("), !isPostOrBody(text) else { return false }
        return !words.contains { agendaWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) || $0.hasSuffix("’s") || $0.hasSuffix("'s") }
    }

    /// A cell of a table of people that is one person alone: two to five capitalised words, no post,
    /// body or acronym ("NEW NHS Trust", "WLHB").
    static func isPersonCell(_ cell: String) -> Bool {
        // ("Education (Chair)" is a service with its member's role: the words outside brackets decide.)
        let words = (TextScan.contains(cell, ascii: "(") ? cell.replacing(Self.parenthesisMaybeOpen, with: " ") : cell).split(separator: " ")
        guard (2...5).contains(words.count), isPlausibleName(cell), !isPostOrBody(cell),
              !words.contains(where: { roleWords.contains($0.lowercased()) || bodyWords.contains($0.lowercased()) }) else { return false }
        return !words.contains { $0.count >= 3 && $0.allSatisfy { $0.isUppercase } }
    }

    /// Words of agenda items' titles that are nobody's name.
    static let agendaWords: Set<String> = ["report", "reports", "update", "updates", "minutes", "apologies", "declarations", "declaration",
                                           "business", "welcome", "introductions", "introduction", "matters", "arising", "plan", "review",
                                           "strategy", "performance", "budget", "any", "other", "date", "next", "meeting", "items",
                                           "presentation", "feedback", "progress", "action", "actions", "questions", "forum", "work",
                                           "programme", "annual", "policy", "services", "service", "children", "young", "people",
                                           "education", "school", "schools", "care", "safeguarding", "health", "closing", "remarks",
                                           "interests", "interest", "chair", "chairs", "notes", "previous", "last", "aob", "summary"]

    /// A row that only heads the columns of a table of people: "Name", "NAME / ORGANISATION / Attending".
    static func isColumnHeadingRow(_ text: String) -> Bool {
        guard text.utf8.count <= 80, !text.contains(where: \.isNumber) else { return false }
        let words = text.lowercased().split { !$0.isLetter }
        return !words.isEmpty && words.allSatisfy { columnHeadings.contains(String($0)) }
    }

    /// "Mr Stuart Davidson", "Jo Hart (Chair)": two words or more outside brackets, not a list of initials ("KT (Chair)").
    static func isFullName(_ text: String) -> Bool {
        let core = TextScan.contains(text, ascii: "(") ? text.replacing(Self.parenthesisMaybeOpen, with: " ") : text
        let words = core.split(separator: " ")
        return words.count >= 2 && !words.allSatisfy { isOrganisationInitials(String($0)) }
    }

    /// "Mr …", "Cllr …", "Dr …", "DI …", "Chief Constable …": a person named with a title.
    static func hasPersonalTitle(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["mr ", "mrs ", "ms ", "miss ", "dr ", "cllr ", "cllr. ", "councillor ", "prof ", "professor ", "di ", "dci ", "ds ", "pc ",
                "chief constable ", "chief inspector ", "supt ", "superintendent ", "rev ", "revd ", "reverend ", "sir ", "dame ", "lord ",
                "lady ", "mx "].contains { lower.hasPrefix($0) }
    }

    /// "Cllr Bob Hill", not "Councillor (Political Champion)": a title and a name after it.
    static func isTitledPerson(_ text: String) -> Bool {
        guard hasPersonalTitle(text) else { return false }
        let core = TextScan.contains(text, ascii: "(") ? text.replacing(Self.parenthesisMaybeOpen, with: " ") : text
        return core.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// "HC", "NHS", "PPU", "SCRA": a part of a list that is an organisation's initials (a person's are
    /// bracketed, "(JS)").
    static func isOrganisationInitials(_ part: String) -> Bool {
        let trimmed = part.trimmingCharacters(in: .whitespaces)
        return (2...5).contains(trimmed.count) && trimmed.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Headings of the columns of a table of people.
    static let columnHeadings: Set<String> = ["name", "names", "organisation", "organization", "attending", "role", "title", "agency",
                                              "representing", "position", "initials", "designation", "job", "observing"]

    static func splitAfterBracket(_ part: String) -> [String] {
        guard let close = part.firstIndex(of: ")"), close != part.index(before: part.endIndex) else { return [part] }
        let head = String(part[...close]).trimmingCharacters(in: .whitespaces)
        let tail = String(part[part.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        guard head.hasPrefix("(") || isPlausibleName(head), isPlausibleName(tail), tail.first?.isUppercase == true else { return [part] }
        return [head] + splitAfterBracket(tail)
    }

    /// Whether an unlabelled line of names is a roll call: most names carry initials in brackets or a
    /// title ("Dave Hill (DH - Chair), Paul Ballatt (PB), …"), which a place or a list of titles does not.
    static func looksLikeRollCall(_ people: [String]) -> Bool {
        let marked = people.filter { person in
            let lower = person.lowercased()
            return person.contains("(") || ["cllr ", "councillor ", "mr ", "mrs ", "ms ", "miss ", "dr "].contains { lower.hasPrefix($0) }
        }
        return marked.count * 2 >= people.count
    }

    /// A line that is surely a person: a title (Councillor, Mr, Dr), a bracketed role, a dashed reason, or a bullet.
    static func isMarkedPerson(_ text: String) -> Bool {
        if LinePatterns.bullet(text) != nil { return true }
        let body = text
        let lower = body.lowercased()
        return ["cllr ", "councillor ", "mr ", "mrs ", "ms ", "miss ", "dr ", "prof "].contains { lower.hasPrefix($0) }
            || body.contains("(") || body.contains(" – ") || body.contains(" - ")
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

    private static func words(of text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { $0.drop { "\"'‘“".contains($0) } }.filter { !$0.isEmpty }
    }

    /// Whether a line may name people after "from" or "on behalf of" (an apologies sentence).
    static func mayNameSenders(_ text: String) -> Bool {
        text.contains(" from ") || text.contains(" on behalf of ")
    }

    /// Names in a sentence such as "Apologies for absence were received from Councillors A and B."
    static func namesAfterFrom(in sentence: String) -> [String]? {
        // "received from …", or "submitted on behalf of …": whichever comes first.
        let candidates = [sentence.range(of: " from "), sentence.range(of: " on behalf of ")].compactMap { $0 }
        guard let range = candidates.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let lower = sentence.lowercased()
        if lower.hasPrefix("there were no") || lower.contains(" no apologies") { return nil }
        // "Apologies were not received from …": those absent without apologies.
        if lower.contains(" not received") || lower.contains(" not been received") || lower.contains(" not given")
            || lower.contains(" not sent") || lower.contains(" not submitted") { return nil }
        var rest = sentence[range.upperBound...]
        while let last = rest.last, last == "." || last == " " { rest = rest.dropLast() }
        // "from cabinet support members, councillors Hurcomb and Mason": people only, titles dropped.
        // "Mr Richard Micek, HT The Warren School, Ms Glenda Spencer, Roman Catholic Representative": posts,
        // schools and bodies between the people are no one; "Ms Ruth Ejet HT" is Ms Ruth Ejet.
        let names = names(in: String(rest)).map(droppingCollectiveTitle).map(droppingRoleAbbreviation)
            .filter { !$0.isEmpty && isPlausibleName($0) && !isRoleOnly($0) && !namesABody($0) }
        return names.isEmpty ? nil : names
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension NameList {
    /// A closed parenthesis and what it holds.
    nonisolated(unsafe) static let parenthesis = /\([^)]*\)/

    /// A parenthesis and what it holds, closed or left open at the end.
    nonisolated(unsafe) static let parenthesisMaybeOpen = /\([^)]*\)?/

    /// "appointed Cllr Carol Bulman to chair the meeting" / "as Chair for the meeting".
    nonisolated(unsafe) static let chairAppointedAfter =
        /\b(?:appointed|elected)\s+((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:to\s+chair\s+(?:the|this)\s+meeting|(?:as\s+)?(?:the\s+)?(?:Chair|Chairman|Chairperson|chair|chairman|chairperson)\s+for\s+(?:the|this)\s+meeting)/

    /// "Councillor Jane Smith was appointed (as) Chair for the meeting".
    nonisolated(unsafe) static let chairAppointedBefore =
        /((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:was|were)\s+(?:duly\s+)?(?:appointed|elected)\s+(?:as\s+)?(?:the\s+)?(?:Chair|Chairman|Chairperson|chair|chairman|chairperson)\s+(?:for|of)\s+(?:the|this)\s+meeting/

    /// "Councillor Jane Smith took the chair", "Cllr Ann Lee chaired the meeting".
    nonisolated(unsafe) static let chairTaken =
        /((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:took\s+the\s+[Cc]hair|chaired\s+(?:the|this)\s+meeting)/
}
