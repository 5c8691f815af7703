import CouncilText
import Foundation

/// Splits lists of people as minutes print them: "M Carr (Chair), J Brunton Dobson and Z Uddin.",
/// "Councillors J Sharrocks and J Walker." The collective title ("Councillors") is dropped; a
/// name's own brackets ("(Chair)") are kept, and commas inside brackets do not split.
enum NameList {
    /// The people of one list's text ("Councillors A, B and C", "D Brand (Clerk); M McKenna, Executive Director"), in order.
    static func names(in text: String) -> [String] {
        var body = Substring(text).trimmingSpaces()
        let lowered = body.lowercased()
        if ["none", "none.", "n/a", "nil", "there were none", "there were none.", "none received", "none received."].contains(lowered)
            || lowered.hasPrefix("there were no") || lowered.hasPrefix("no apologies") {
            return []
        }
        // "Name Tim Coulson (TC) David Cumberland (DC) … Position Director (Chair) …": a table flattened column by column.
        if let table = ColumnFlattenedPeople.people(in: body) { return table }
        // "Youth Cllr Jacob Archer Youth Cllr Logan Blight …": titled people run together after a label.
        if let run = titledRun(String(body)) { return run }
        for title in collectiveTitles where lowered.hasPrefix(title) {
            body = body.dropFirst(title.count)
            break
        }
        // "Roy Beggs MLA (Chairperson) Helen Christie Autism NI Ivor Mitchell …": people run into their bodies.
        if let run = RunTogetherPeople.people(in: body) { return run }
        // "Emma Hosking / Lisa Hurst / Jay Flanders": the cells of a Word table, joined, when each is a person
        // (a row of names, organisations and ticks, "Sue Aston / NEW NHS Trust / X", is not split).
        if TextScan.contains(body, ascii: " / ") {
            let cells = joiningSurnameCells(body.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
            if cells.count >= 2, cells.allSatisfy(isPersonCell) { return cells }
            // "Sheila Sansbury (SS) / Aberdeen City Council / Education": one person, then where she works.
            // (Unless semicolons part several such people: "A (AC) / Council / Education; B (BD) / NHS".)
            if cells.count >= 2, !TextScan.contains(String(body), ascii: ";"), isPersonCell(cells[0].replacing(Self.parenthesis, with: " ").split(separator: " ").joined(separator: " ")),
               !cells.dropFirst().contains(where: isPersonCell) {
                return [droppingHonours(cells[0])]
            }
        }
        // "D Brand (Clerk); M McKenna, Executive Director of Education Services; and F Ross": a list whose
        // people end at semicolons, each perhaps followed by a role after a comma.
        if TextScan.contains(String(body), ascii: ";"), let groups = semicolonGroups(body) {
            return groups.flatMap { group -> [String] in
                var entry = group.trimmingSpaces()
                if entry.lowercased().hasPrefix("and ") { entry = entry.dropFirst(4) }
                // "Kay Dunn (KD) / Aberdeen City Council / Corporate Governance": one entry is one person, then where they work.
                let cells = entry.components(separatedBy: " / ")
                if cells.count >= 2, isPersonCell(cells[0].replacing(Self.parenthesis, with: " ").split(separator: " ").joined(separator: " ")),
                   namesABody(cells[1]) || mentionsABody(cells[1]) || isOrganisationInitials(cells[1]) {
                    return [droppingHonours(cells[0].trimmingCharacters(in: .whitespaces))]
                }
                let parts = names(in: String(entry))
                // ("D Hawth, Head of Childcare, G McKin, Head of Service and A Conb, Education Manager (all Children's
                // Services)": people each with their post, the group's service after them: the people.)
                // (Only when no other part could be someone: "Cllr Mrs M Rigg (Chairman), Cllr Brown (vice …)" are people too.)
                let initialled = parts.filter(isInitialledPerson)
                if initialled.count >= 2, parts.count > initialled.count, parts.allSatisfy({ isInitialledPerson($0) || !couldBeSomeone($0) }) {
                    return initialled
                }
                // ("Rob Bell (RB), Interim Assistant Director Commissioning, Kirkton Council / PCT", "Mark Best (MB), KMPT":
                // one person, then their post or body.)
                if parts.count >= 2, isPlausibleName(parts[0]), !isPostOrBody(parts[0]),
                   parts.dropFirst().allSatisfy(isRoleOnly) || parts.dropFirst().contains(where: { part in
                       isPostOrBody(part) || namesAPost(part) || isOrganisationInitials(part) || mentionsABody(part) || namesABodyByItsInitials(part) }) {
                    return [parts[0]]
                }
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
            } else if depth == 0, c == " ", body[index...].hasPrefix(" and"), Self.opensWithGluedTitle(body[index...].dropFirst(4)) {
                // "… (for Head of Finance) andMr A Gerrard": the last "and" glued to the title after it.
                parts.append(current)
                current = ""
                index = body.index(index, offsetBy: 3)
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
        // "2016/17 parents – Arlene Barr, Fiona Cam, …": the group the list names first, before a dash, is no one.
        if let first = parts.first, let named = personAfterGroupLabel(first) { parts[0] = named }
        return parts.flatMap(splittingAtInnerPluralTitle).flatMap(splittingAtInnerTitle).flatMap(splittingRunTogetherPeople)
            .map { droppingTrailingPost(ungluingDash(droppingOwnInitials(droppingHonours(chairNoted(droppingTrailingBodyInitials(LinePatterns.trimTrailingPunctuation(droppingPluralTitle(droppingGroupHeading(ungluingTitle($0)))))))))) }
            // ("Louise Davie & baby": a word with no capital is no one's name.)
            // ("Service Director - Family Support and Child Protection": the end of a post, parted at its "and", is no one.)
            .filter { !$0.isEmpty && $0.contains(where: \.isUppercase) && !isColumnHeadingRow($0) && !namesAnAreaOfWork($0)
                && !namesAnItemHeading($0) }
            .flatMap(splittingInitialledPairs)
    }

    /// "Reverend CARLEEN ROBB Reverend KENNETH GIBB" → two people: a part that opens with a title and holds another
    /// person's title after a name of two words or more (a comma lost between them). The part as it is otherwise.
    static func splittingAtInnerTitle(_ part: String) -> [String] {
        let words = part.split(separator: " ")
        guard words.count >= 5, let first = words.first, innerTitles.contains(first.lowercased()) else { return [part] }
        for index in 3..<(words.count - 1) where innerTitles.contains(words[index].lowercased()) {
            let before = words[..<index]
            guard !["and", "&"].contains(before.last?.lowercased() ?? ""), before.dropFirst().allSatisfy({ $0.first?.isUppercase == true }),
                  words[index + 1].first?.isUppercase == true else { return [part] }
            return [before.joined(separator: " ")] + splittingAtInnerTitle(words[index...].joined(separator: " "))
        }
        return [part]
    }

    /// "Clerk Denise Walk Pauline Obri Suzanne Kinr Sharon Purv": a comma's part that holds three people or more run
    /// together with nothing between them (a post's last word before them, at most), each a given name and a surname. The
    /// part as it is otherwise.
    static func splittingRunTogetherPeople(_ part: String) -> [String] {
        // ("Head Teacher Mrs J Dunl": the post before the person, its comma lost at the end of the part before.)
        if part.utf8.count <= 60, !TextScan.contains(part, ascii: "("), !opensWithTitle(Substring(part.trimmingCharacters(in: .whitespaces))),
           let titled = fromTitleOn(part), titled != part,
           case let post = String(part.dropLast(titled.count)).trimmingCharacters(in: .whitespaces), isRoleOnly(post) || isPostOrBody(post) || namesAPost(post) {
            return [titled]
        }
        guard part.utf8.count >= 30, !TextScan.contains(part, ascii: "("), let people = RunTogetherPeople.people(in: Substring(part)),
              people.count >= 3, people.allSatisfy({ GivenNames.contains($0.split(separator: " ")[0]) }) else { return [part] }
        return people
    }

    /// The titles a person's name may open with inside a list, lower-cased.
    static let innerTitles: Set<String> = ["reverend", "rev", "rev.", "revd", "mr", "mrs", "ms", "miss", "dr", "councillor", "cllr"]

    /// "Christine Carm- Kirkton Fostering Network" → "Christine Carm - Kirkton Fostering Network": a dash that lost the
    /// space before it.
    static func ungluingDash(_ part: String) -> String {
        guard TextScan.contains(part, ascii: "- "), part.contains(Self.dashWithoutSpaceBefore) else { return part }
        return part.replacing(Self.dashWithoutSpaceBefore, with: { "\($0.output.1) - " })
    }

    /// "Primary School Representatives Elizabeth Chap (Joint Chair)" → "Elizabeth Chap (Joint Chair)", "Minute Clerk Councillor
    /// Evelyn Carp" → "Councillor Evelyn Carp": a group's heading run into its first person (a PDF's column lost).
    static func droppingGroupHeading(_ part: String) -> String {
        // (A heading and a name take four words at least: most parts are settled by counting their spaces.)
        guard part.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count >= 3 else { return part }
        let core = part.prefix { $0 != "(" }
        let words = core.split(separator: " ")
        guard words.count >= 3, let headingEnd = words.indices.last(where: { groupNouns.contains(words[$0].lowercased()) && !personalTitles.contains(words[$0].lowercased()) }),
              headingEnd <= 4, words.count - headingEnd - 1 >= 2,
              words[...headingEnd].allSatisfy({ $0.first?.isUppercase == true || ["and", "of", "for", "the"].contains($0) }) else { return part }
        let person = words[(headingEnd + 1)...].joined(separator: " ") + (core.count < part.count ? " " + part[core.endIndex...] : "")
        return isPlausibleName(person) ? person.trimmingCharacters(in: .whitespaces) : part
    }

    /// "Colin Diam BCC" → "Colin Diam": a body's initials after a person's name, with no comma or bracket between (a
    /// table's columns run together). Only initials with no vowel, after a name written in small letters too: a
    /// surname in capitals ("Alistair BERR") stays.
    static func droppingTrailingBodyInitials(_ part: String) -> String {
        let words = part.split(separator: " ")
        guard words.count >= 3, let last = words.last, (2...6).contains(last.count),
              last.allSatisfy({ $0.isASCII && $0.isUppercase }), !last.contains(where: { "AEIOUY".contains($0) }),
              words.dropLast().allSatisfy({ !$0.contains("(") && !$0.contains(")") }),
              words.dropLast().contains(where: { $0.contains(where: \.isLowercase) }) else { return part }
        return words.dropLast().joined(separator: " ")
    }

    /// "MrsHMcNeill" → "Mrs H McNeill": a title, an initial and a surname whose spaces a PDF's copy lost. Any other
    /// part is returned as it is.
    /// "Mr A Gerrard", "Councillor Blair": a title and a space, as an "and" glued before the title leaves the rest.
    static func opensWithGluedTitle(_ text: Substring) -> Bool {
        ["Mrs ", "Miss ", "Mr ", "Ms ", "Dr ", "Councillor "].contains { text.hasPrefix($0) }
    }

    static func ungluingTitle(_ part: String) -> String {
        let trimmed = part.trimmingCharacters(in: .whitespaces)
        // "andMr A Gerrard": the list's last "and" glued to the title after it.
        if trimmed.hasPrefix("and"), opensWithGluedTitle(trimmed.dropFirst(3)) { return ungluingTitle(String(trimmed.dropFirst(3))) }
        // "MrHMcNeilly (for Head of Legal and Administration)": the name glued whole, a bracket after it.
        if let bracket = trimmed.range(of: " ("), !trimmed[..<bracket.lowerBound].contains(" "),
           case let name = String(trimmed[..<bracket.lowerBound]), case let unglued = ungluingTitle(name), unglued != name {
            return unglued + trimmed[bracket.lowerBound...]
        }
        // "MrJ Aird": a title glued to an initial.
        if let space = trimmed.firstIndex(of: " "), trimmed.distance(from: trimmed.startIndex, to: space) <= 5 {
            let first = trimmed[..<space]
            for title in ["Mrs", "Miss", "Mr", "Ms", "Dr"] where first.count == title.count + 1 && first.hasPrefix(title) {
                guard let initial = first.last, initial.isUppercase, initial.isASCII else { break }
                return title + " " + String(initial) + trimmed[space...]
            }
        }
        // "MsYvonne Kelly" → "Ms Yvonne Kelly": a title glued to the given name.
        // (Settled on its first bytes for most parts: an M, D or C, then a small letter, then within two bytes a capital.)
        let head = Array(trimmed.utf8.prefix(5))
        if head.count == 5, [UInt8(ascii: "M"), UInt8(ascii: "D"), UInt8(ascii: "C")].contains(head[0]),
           head[2...4].contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
           let space = trimmed.firstIndex(of: " "), trimmed.utf8.count <= 40 {
            let first = Array(trimmed[..<space])
            for title in ["Mrs", "Miss", "Mr", "Ms", "Dr", "Cllr"] where first.count >= title.count + 3 && String(first.prefix(title.count)) == title {
                let given = first.dropFirst(title.count)
                guard given.first?.isUppercase == true, given.dropFirst().allSatisfy(\.isLowercase) else { break }
                return title + " " + String(given) + trimmed[space...]
            }
        }
        guard trimmed.utf8.count <= 30, !trimmed.contains(" ") else { return part }
        for title in ["Mrs", "Miss", "Mr", "Ms", "Dr", "Cllr"] where trimmed.hasPrefix(title) {
            let rest = Array(trimmed.dropFirst(title.count))
            guard rest.count >= 4, rest[0].isUppercase, rest[0].isASCII, rest[1].isUppercase, rest[2].isLowercase,
                  rest.dropFirst(2).allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) else { return part }
            return "\(title) \(rest[0]) \(String(rest.dropFirst()))"
        }
        return part
    }

    /// "2016/17 parents – Arlene Barr" → "Arlene Barr": words in small letters (and figures) naming a group, a dash,
    /// then a person; nil for any other part.
    static func personAfterGroupLabel(_ part: String) -> String? {
        for dash in [" – ", " - ", " — "] {
            guard let range = part.range(of: dash) else { continue }
            let group = part[..<range.lowerBound].trimmingSpaces()
            let person = String(part[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            guard !group.isEmpty, !group.contains(where: \.isUppercase), group.contains(where: \.isLetter),
                  isPlausibleName(person) else { return nil }
            return person
        }
        return nil
    }

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

    /// A person's name with titles and bracketed roles removed, in lower case: "Cllr Carol Bulman" and
    /// "Councillor Carol Bulman (Chair)" are the same person.
    static func personKey(_ name: String) -> String {
        let titles: Set<String> = ["councillor", "cllr", "cllr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."]
        let withoutRoles = TextScan.contains(name, ascii: "(") ? name.replacing(parenthesis, with: " ") : name
        return withoutRoles.lowercased().split(whereSeparator: \.isWhitespace).filter { !titles.contains(String($0)) }.joined(separator: " ")
    }

    /// Lower-case words that may sit inside a person's name.
    static let nameParticles: Set<String> = ["de", "van", "von", "der", "den", "da", "le", "la", "du", "di", "al", "el", "bin", "st"]

    /// "Item 3", "Items 3 & 4", "for item 5", "Observers", "Minutes": the items someone attended for, or what as.
    static func saysWhatTheyCameFor(_ text: Substring) -> Bool {
        let lower = text.trimmingSpaces().lowercased()
        for lead in ["for items ", "for item ", "items ", "item ", "agenda items ", "agenda item "] where lower.hasPrefix(lead) {
            return lower.dropFirst(lead.count).first?.isNumber == true
        }
        return ["observer", "observers", "observing", "minutes", "note taker", "minute taker", "notes"].contains(lower)
    }

    /// "Lisburn & Castlereagh City Council": one body whose name holds an "&", not two people.
    static func isOneBodyWithAmpersand(_ text: String) -> Bool {
        TextScan.contains(text, ascii: " & ") && !TextScan.contains(text, ascii: ",") && text.utf8.count <= 80 && namesABody(text)
            && namesAnOrganisation(Substring(text))
    }

    static func people(inLine text: String) -> [String]? {
        var body = text
        if let bullet = LinePatterns.bullet(text) { body = bullet.rest }
        // "Terry Dani (Vice Chair) [TD]": the initials the notes use for the person, in square brackets.
        if body.hasSuffix("]"), let open = body.lastIndex(of: "["),
           body[body.index(after: open)...].dropLast().allSatisfy({ $0.isUppercase && $0.isASCII }),
           (2...5).contains(body.distance(from: open, to: body.endIndex)) {
            body = String(body[..<open]).trimmingCharacters(in: .whitespaces)
        }
        if isOneBodyWithAmpersand(body) { return nil }
        // "… Councillor Anita Schap, *Councillor Chris Stew, and …": a star marking an absence (the legend reads it), no part
        // of the name.
        if TextScan.contains(body, ascii: "*") { body = body.replacing(/\*(?=[A-Z])/, with: "") }
        // "J A McLaughlin, (Chief Executive) J J Tohill (Director …)": a comma typed before a post's bracket, no second person.
        if TextScan.contains(body, ascii: ", (") { body = body.replacing(", (", with: " (") }
        if let run = RunTogetherPeople.people(in: Substring(body)) { return run }
        if let table = ColumnFlattenedPeople.people(in: Substring(body)) { return table }
        if let people = titledPeopleAmongPosts(body) { return people }
        // "Tim Hopkins -Humpty Dumpty": a dash that lost the space after it.
        if let range = body.range(of: " -"), range.upperBound < body.endIndex, body[range.upperBound].isUppercase {
            body.replaceSubrange(range, with: " - ")
        }
        if let people = peopleAfterOrganisation(body) { return people }
        // "Dr Eve Coll & Jac McKe – Item 3", "Neil Palm & Anne Glen - Observers": people, then the items they came for or
        // what they came as.
        for dash in [" – ", " - ", " — "] {
            if let range = body.range(of: dash), saysWhatTheyCameFor(body[range.upperBound...]), !isInsideBrackets(range.lowerBound, of: body) {
                let people = names(in: String(body[..<range.lowerBound])).filter(isPlausibleName)
                if !people.isEmpty { return people }
            }
        }
        // "Mr A. Rees - Head of Curriculum & Wellbeing", "Ms A Carmichael - County Manager, Continuing Learning
        // (item 11)": one person and the post (any words naming a role or a body), which is no one.
        for dash in [" - ", " – ", " — "] {
            // (A dash inside brackets, "Dave Hill (DH - Chair), Paul Ballatt (PB)", or after a list, is not this.)
            // (Nor one after another dash or a table's " / ": "John Doyle – Schools / Greg Mitten - VCFS" is two rows' cells.)
            // (Nor one whose post runs on to more people: "B Carr - Member of Youth Parliament, Councillor D Davison".)
            if let range = body.range(of: dash), !body[..<range.lowerBound].contains(","),
               !body[range.upperBound...].split(separator: ",").dropFirst().contains(where: { isTitledPerson($0.trimmingCharacters(in: .whitespaces)) }),
               body[..<range.lowerBound].filter({ $0 == "(" }).count == body[..<range.lowerBound].filter({ $0 == ")" }).count,
               !["-", "–", "—", "/"].contains(where: { body[..<range.lowerBound].split(separator: " ").contains(Substring($0)) }),
               isPlausibleName(String(body[..<range.lowerBound])),
               // ("CATCHMENT AREA CONSULTATION MEETING – KIRKTON SCHOOL": a heading, no one.)
               !body[..<range.lowerBound].split(separator: " ").contains(where: { agendaWords.contains($0.lowercased()) }),
               namesAPost(String(body[range.upperBound...])) || namesAnOrganisation(body[range.upperBound...])
                   // ("JD – Coventry & Rugby CCG (also representing North CCG)", "DW – NHS (Left at 11am)": the body, then a remark.)
                   || Self.bodyBeforeRemark(body[range.upperBound...]) {
                let before = String(body[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
                // ("Sarah Hurd Kirkton Upland CofE Primary – EFR LDG": the person, their school, then its group.)
                return [personBeforePost(before) ?? droppingHonours(before)]
            }
        }
        // "Councillor Alistair BERRILL Councillor Pat KELLY Mr Hilary MORAES (Statutory Co-optee)": a PDF's
        // columns run together, each person opening with a title and no separator left between them.
        if let run = titledRun(body) { return run }
        if !TextScan.contains(body, ascii: ","), let people = titledPeopleBeforePosts(body) { return people }
        if let person = personGluedToPost(body) ?? personBeforePost(body) { return [person] }
        // "Abbi Scott (AS) Keith Shipman (KS)": a comma lost between two people.
        var parts = names(in: body).flatMap(splitAfterBracket)
        // "Mrs S Lundberg, D": the copy stopped after a role's first letter.
        if parts.count >= 2, let last = parts.last, last.count == 1 { parts.removeLast() }
        guard !parts.isEmpty else { return nil }
        // "NAME / ORGANISATION / Attending": a table's header row.
        // ("Designation Organisation": the headings of a table's columns, run together.)
        if parts.contains(where: { $0.utf8.count <= 12 && columnHeadings.contains($0.lowercased()) || isColumnHeadingRow($0) }) { return nil }
        // ("Mr Stuart Davidson, Youth Convenor, HC", "DI Vince McLaughlin, PPU, Northern Const": an organisation's
        // initials after the person are no one either.)
        // ("Minutes and matters arising. Mr Gill confirmed …": an item's heading word is no one.)
        if parts.count >= 2, isPlausibleName(parts[0]), !itemHeadingWords.contains(parts[0].lowercased()),
           parts.dropFirst().contains(where: { part in
               words(of: part.replacing(Self.parenthesisMaybeOpen, with: " ")).contains { roleWords.contains($0.lowercased()) }
                   || isOrganisationInitials(part) && isFullName(parts[0])
                   // ("Miss I O’Brien, Gold Youth Achievement Award": after a titled person, untitled words naming a body or
                   // a scheme are what she came for, no one.)
                   || isTitledPerson(parts[0]) && !isTitledPerson(part) && { (partWords: [Substring]) in
                       partWords.count >= 3 && partWords.contains { organisationWords.contains($0.lowercased()) || bodyNouns.contains($0.lowercased()) }
                   }(words(of: part))
                   // ("DSI Kenny Anders, Police Scotland": one person and the body they serve.)
                   // ("Deputy Director, Kirkton Women's Centre" is a post and its body: no one.)
                   // ("Dan Eyr (Kirkton Primary School), Eve Fro (Kirkton Academy)": a body in a person's bracket is theirs.)
                   || parts.count == 2 && isFullName(parts[0]) && !isPostOrBody(parts[0])
                       && { (outside: String) in mentionsABody(outside) || namesABodyByItsInitials(outside) || namesANationalBody(outside) }(
                           TextScan.contains(part, ascii: "(") ? part.replacing(Self.parenthesisMaybeOpen, with: " ").split(separator: " ").joined(separator: " ") : part)
           }) {
            // ("P Macl, Director of Children's Services, G McKin, Head of Schools, …": people by their initials, each before a post.)
            let initialled = parts.filter(isInitialledName)
            if initialled.count >= 2, isInitialledName(parts[0]) { return initialled }
            return [parts[0]]
        }
        // "Julie Saggers, Connexions": a person, and after the comma the one word of the body they work for.
        if parts.count == 2, TextScan.contains(body, ascii: ", "), isFullName(parts[0]), isPlausibleName(parts[0]), !isPostOrBody(parts[0]),
           !TextScan.contains(parts[0], ascii: "("),
           parts[1].split(separator: " ").count == 1, parts[1].count >= 4, parts[1].first?.isUppercase == true,
           parts[1].dropFirst().allSatisfy({ $0.isLowercase }), !personalTitles.contains(parts[1].lowercased()) {
            return [parts[0]]
        }
        // "District Manager, Education and Inclusion", "Fire and Rescue Services, Waterlooville": a column of posts
        // or bodies that a flattened table printed after its column of names is no one.
        if isPostOrBody(parts[0]) || parts[0].split(separator: " ").count == 1 && parts.dropFirst().contains(where: isPostOrBody) { return nil }
        // "I DECLARATION OF INTEREST": an item's heading in capitals, after a list with no end, is no one.
        // (Words in a person's bracket, "(KS - for item 5)", are not the heading's.)
        if parts.contains(where: { part in
            (TextScan.contains(part, ascii: "(") ? part.replacing(Self.parenthesisMaybeOpen, with: " ") : part)
                .split(separator: " ").contains { itemHeadingWords.contains($0.lowercased()) }
        }) { return nil }
        // "(CP)" alone is the bracket of a name wrapped from the line before; "N. Wales Police" is a body, no one.
        // (Nor is a row of a table's cells one name: "John Dale – Schools / Greg Mott - VCFS".)
        return parts.allSatisfy({ (isPlausibleName($0) || isBracketOnly($0)) && !TextScan.contains($0, ascii: " / ") })
            && !parts.allSatisfy(isBracketOnly) && !parts.allSatisfy(namesABody) ? parts : nil
    }

    /// "G McKin", "J A Walk", "L. McAll": one or two initials, then a capitalised surname that is no role or body word.
    static func isInitialledName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...3).contains(words.count), let surname = words.last, surname.first?.isUppercase == true, surname.count >= 2,
              surname.dropFirst().contains(where: \.isLowercase) || surname.count >= 3,
              !roleWords.contains(surname.lowercased()), !bodyNouns.contains(surname.lowercased()) else { return false }
        return words.dropLast().allSatisfy { word in
            let letters = word.filter { $0 != "." }
            return letters.count == 1 && letters.first?.isUppercase == true
        }
    }

    /// "Social Work Scotland", "Together Scotland", "Children in Wales": a body named for the nation it works in (two
    /// words or more, the nation last), after a person and a comma.
    static func namesANationalBody(_ text: String) -> Bool {
        // ("YOT Managers Cymru (YMC)": the body's initials after it.)
        let core = text.hasSuffix(")") ? text.prefix { $0 != "(" } : Substring(text)
        let words = core.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return false }
        return ["scotland", "wales", "cymru", "england", "ireland", "uk"].contains(last.lowercased())
    }

    /// "Care Inspectorate - Peter Macl, Helen Happ", "Chair - SOLACE - Grace Vick" (the Scottish Government's lists of
    /// attendees): a body (or a role and then a body) before the last dash, then its people, each a full name. Nil unless
    /// the words before the dash name a body, not a person.
    static func peopleAfterOrganisation(_ text: String) -> [String]? {
        guard TextScan.contains(text, ascii: " - ") || text.contains(" – ") else { return nil }
        guard let dash = text.range(of: " - ", options: .backwards) ?? text.range(of: " – ", options: .backwards),
              !opensABracket(text[..<dash.lowerBound]) else { return nil }
        var body = Substring(text[..<dash.lowerBound]).trimmingSpaces()
        for other in [" - ", " – "] {
            if let range = body.range(of: other, options: .backwards) {
                // ("Larann Foss - Education Officer - Schools Estate": a person, their post, its area; no body's people.)
                let first = String(body[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
                if !first.contains(" - "), !first.contains(" – "), isFullName(first), isPlausibleName(first), !isPostOrBody(first),
                   !mentionsABody(first), !isOrganisationInitials(first) {
                    return nil
                }
                body = body[range.upperBound...]
            }
        }
        let bodyWords = body.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        guard !body.isEmpty, !hasPersonalTitle(String(body)),
              // (A person's initials, "RW – Kirkton Parent Carer Forum", are two or three letters: a body's here are more.)
              isOrganisationInitials(String(body)) && body.count >= 4 || namesANationalBody(String(body)) || mentionsABody(String(body))
                || namesABodyByItsInitials(String(body)) || body.hasPrefix("The ")
                || bodyWords.contains(where: { organisationWordsOfBodies.contains($0.lowercased()) }) else { return nil }
        let people = names(in: String(text[dash.upperBound...]))
        guard !people.isEmpty, people.allSatisfy({ person in
            isFullName(person) && (2...3).contains(words(of: person).count) && isPlausibleName(person) && !hasPersonalTitle(person) && !isPostOrBody(person)
                && !words(of: person).contains(where: { organisationWords.contains($0.lowercased()) || bodyNouns.contains($0.lowercased()) })
        }) else { return nil }
        return people
    }

    /// "Vicki Strait, Clan Childlaw" → ["Vicki Strait"]; "Annmarie Den and Nikki Spei, East Ayrshire Advocacy Services" → both:
    /// the untitled people before a line's only comma, each a full name, when no titled person follows it (the words after
    /// the comma are where they work). Nil for any other line.
    static func peopleBeforeOneComma(_ text: String) -> [String]? {
        var body = text
        if let bullet = LinePatterns.bullet(text) { body = bullet.rest }
        guard !body.hasSuffix("."), let comma = body.range(of: ", "), !body[comma.upperBound...].contains(","),
              !hasPersonalTitle(body), !isTitledPerson(String(body[comma.upperBound...])) else { return nil }
        let head = String(body[..<comma.lowerBound]).trimmingCharacters(in: .whitespaces)
        let people = head.components(separatedBy: " and ").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(people.count),
              people.allSatisfy({ (2...4).contains(LinePatterns.wordCount($0)) && isFullName($0) && isPlausibleName($0) && !isPostOrBody($0) })
        else { return nil }
        return people
    }

    /// The person before the first comma of a line in a list of one person a line ("Sally-Ann Kelly, Coalition of Care and
    /// Support Providers in Scotland"), whatever the organisation after it: a full name of two to four words, no post or
    /// body, and the line no sentence.
    static func personBeforeOrganisation(_ text: String) -> String? {
        var body = text
        if let bullet = LinePatterns.bullet(text) { body = bullet.rest }
        guard !body.hasSuffix("."), let comma = body.range(of: ", ") else { return nil }
        let name = String(body[..<comma.lowerBound]).trimmingCharacters(in: .whitespaces)
        guard (2...4).contains(LinePatterns.wordCount(name)), isFullName(name), isPlausibleName(name), !isPostOrBody(name),
              !name.contains(where: \.isNumber) else { return nil }
        return droppingHonours(name)
    }

    /// "Coventry & Rugby CCG (also representing North CCG)", "NHS (Left when JB attended)": a post or a body with a
    /// remark in brackets after it.
    static func bodyBeforeRemark(_ text: Substring) -> Bool {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return false }
        let head = text[..<open].trimmingSpaces()
        guard !head.isEmpty else { return false }
        return namesAPost(String(head)) || namesAnOrganisation(head) || isOrganisationInitials(String(head))
    }

    /// Words of items' headings that are no one's name ("Declaration of Interest", "Minutes", "Apologies").
    static let itemHeadingWords: Set<String> = ["declaration", "declarations", "interest", "interests", "minutes", "apologies", "agenda",
                                                "business", "matters", "arising", "item", "items"]

    /// "Kirkton PCT", "NHS Kirkton": a short name holding a body's initials (two to four capitals) beside a word in
    /// small letters, after a person. (A name printed in capitals, "SANDY WEST", is no body.)
    static func namesABodyByItsInitials(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        return (2...3).contains(words.count) && words.contains(where: { $0.contains(where: \.isLowercase) }) && words.contains { word in
            (2...4).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isUppercase }
        }
    }

    static func splitAfterBracket(_ part: String) -> [String] {
        guard let close = part.firstIndex(of: ")"), close != part.index(before: part.endIndex) else { return [part] }
        let head = String(part[...close]).trimmingCharacters(in: .whitespaces)
        let tail = String(part[part.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        // (The tail is judged up to its own bracket: "B (Parent) C (Health Trainer) D (Reception)" is a chain of people.)
        let tailHead = tail.firstIndex(of: ")").map { String(tail[...$0]) } ?? tail
        // ("J. (John) Bennett", "(Nigel) Ribbons": the given name in brackets after the initials, the surname after it.)
        if let open = head.firstIndex(of: "("), case let inside = head[head.index(after: open)..<head.index(before: head.endIndex)],
           !inside.contains(" "), GivenNames.contains(inside), head[..<open].allSatisfy({ $0.isUppercase || $0 == "." || $0 == " " }),
           !tail.contains(" "), tail.first?.isUppercase == true {
            return [part]
        }
        guard head.hasPrefix("(") || isPlausibleName(head), isPlausibleName(tailHead), tail.first?.isUppercase == true,
              // ("A Bell (AB) Chair": the person's role after their initials, no one of its own.)
              !isRoleOnly(tailHead), !roleWords.contains(tailHead.lowercased()), !["vice chair", "vice-chair"].contains(tailHead.lowercased()) else { return [part] }
        return [head] + splitAfterBracket(tail)
    }

    static func words(of text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { $0.drop { "\"'‘“".contains($0) } }.filter { !$0.isEmpty }
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension NameList {
    /// A closed parenthesis and what it holds.
    nonisolated(unsafe) static let parenthesis = /\([^)]*\)/

    /// A parenthesis and what it holds, closed or left open at the end.
    nonisolated(unsafe) static let parenthesisMaybeOpen = /\([^)]*\)?/
    /// "Carm- Kirkton": a letter, a dash, a space, a capital.
    nonisolated(unsafe) static let dashWithoutSpaceBefore = /(\p{Ll})- (?=\p{Lu})/
}
