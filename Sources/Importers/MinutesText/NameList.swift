import Foundation

/// Splits lists of people as minutes print them: "M Carr (Chair), J Brunton Dobson and Z Uddin.",
/// "Councillors J Sharrocks and J Walker." The collective title ("Councillors") is dropped; a
/// name's own brackets ("(Chair)") are kept, and commas inside brackets do not split.
enum NameList {
    static let collectiveTitles = ["county councillors ", "county councillor ", "county cllrs ", "county cllr ", "aldermen ", "alderman ",
                                   "youth councillors ", "youth cllrs ", "co-opted members ", "co-opted member ",
                                   "councillors ", "councillor ", "cllrs ", "cllrs. ", "cllr ", "cllr. ", "members ", "officers "]

    static func names(in text: String) -> [String] {
        var body = Substring(text).trimmingSpaces()
        let lowered = body.lowercased()
        if ["none", "none.", "n/a", "nil", "there were none", "there were none.", "none received", "none received."].contains(lowered)
            || lowered.hasPrefix("there were no") || lowered.hasPrefix("no apologies") {
            return []
        }
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
            let cells = body.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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
        return parts.flatMap(splittingAtInnerPluralTitle)
            .map { droppingTrailingPost(droppingOwnInitials(droppingHonours(chairNoted(LinePatterns.trimTrailingPunctuation(droppingPluralTitle($0)))))) }
            // ("Louise Davie & baby": a word with no capital is no one's name.)
            .filter { !$0.isEmpty && $0.contains(where: \.isUppercase) && !isColumnHeadingRow($0) }.flatMap(splittingInitialledPairs)
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

    /// Civic and church titles before a name and honours after it are no part of it: "Provost Mrs Frances
    /// Duncan OBE" → "Mrs Frances Duncan", "Rev. Kenneth Gibson" → "Kenneth Gibson", "Bill Campbell |" → "Bill Campbell".
    static func droppingHonours(_ name: String) -> String {
        var text = Substring(name)
        while text.hasSuffix(" |") || text.hasSuffix("|") { text = text.dropLast().trimmingSpaces() }
        // (The longest title is 20 characters: only the name's opening is lower-cased.)
        let lower = text.prefix(24).lowercased()
        for title in ["depute lord provost ", "lord provost ", "depute provost ", "provost ", "bailie ", "the rev. ", "the rev ",
                      // A youth council's members: "Youth Cllr Jacob Archer".
                      "youth cllr ", "youth cllr. ", "youth councillor ", "young cllr ",
                      "the hon. ", "the hon ", "hon. ", "hon ",
                      "rev. ", "rev ", "reverend ", "monsignor ", "mgr "]
        where lower.hasPrefix(title) && text.count > title.count {
            text = text.dropFirst(title.count)
            break
        }
        text = droppingPoliceRank(text)
        while let space = text.lastIndex(of: " "), isHonour(text[text.index(after: space)...]) {
            text = text[..<space]
        }
        // "Cllr Norma Stead O.B.E(Vice-Chairman)": honours before the person's bracket.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            var head = text[..<open].trimmingSpaces()
            var dropped = false
            while let space = head.lastIndex(of: " "), isHonour(head[head.index(after: space)...]) {
                head = head[..<space]
                dropped = true
            }
            if dropped { return String(head) + " " + text[open...] }
        }
        return text.count == name.count ? name : String(text)
    }

    /// "OBE", "O.B.E.", "JP": an honour or a member's letters printed after a name.
    static func isHonour(_ word: Substring) -> Bool {
        guard (2...7).contains(word.utf8.count), word.first?.isUppercase == true else { return false }
        let letters = TextScan.contains(String(word), ascii: ".") ? String(word.filter { $0 != "." }) : String(word)
        return ["OBE", "MBE", "CBE", "KBE", "DBE", "BEM", "JP", "QPM", "MP", "MSP", "MS", "AM"].contains(letters)
            && (letters == word || letters.count >= 2 && !word.contains(where: { $0.isLowercase }))
    }

    /// Police ranks before a name: "DI Vince McLaughlin", "Chief Insp. Tom Reid", "Det Sgt Jim Lowe" give the name.
    /// Ranks written as initials count only in capitals: "DI Sam Fowler", but "Di Marsh" is a name.
    static func droppingPoliceRank(_ text: Substring) -> Substring {
        // Every rank opens with one of these letters: most names are settled on their first byte.
        guard let first = text.utf8.first, [UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "a"), UInt8(ascii: "s"), UInt8(ascii: "i"),
                                             UInt8(ascii: "p")].contains(first | 0x20) else { return text }
        let lower = text.prefix(32).lowercased()
        for rank in ["chief constable ", "deputy chief constable ", "assistant chief constable ", "chief superintendent ",
                     "detective chief superintendent ", "detective superintendent ", "superintendent ", "chief inspector ",
                     "detective chief inspector ", "detective inspector ", "detective sergeant ", "detective constable ",
                     "chief insp. ", "chief insp ", "det. chief insp. ", "det chief insp ", "det. insp. ", "det insp. ", "det insp ",
                     "det. sup. ", "det sup ", "det supt ", "det. supt. ", "det. sgt. ", "det. sgt ", "det sgt. ", "det sgt ",
                     "det. con. ", "det con ", "insp. ", "insp ", "supt. ", "supt ", "sgt. ", "sgt ", "inspector ", "sergeant ",
                     "police constable ", "constable "]
        where lower.hasPrefix(rank) && text.count > rank.count {
            return text.dropFirst(rank.count)
        }
        for rank in ["DCI ", "DI ", "DS ", "DSI ", "DC ", "PC ", "DCS ", "DSupt "] where text.hasPrefix(rank) && text.count > rank.count {
            return text.dropFirst(rank.count)
        }
        return text
    }

    /// "G Morgan County Councillors R Powell (Portfolio Holder)": a list's last name run into the next paragraph's
    /// list, whose plural title parts them. The part as it is when no plural title stands inside it.
    static func splittingAtInnerPluralTitle(_ part: String) -> [String] {
        guard TextScan.contains(part, ascii: "ouncillors ") || TextScan.contains(part, ascii: "OUNCILLORS ") else { return [part] }
        for title in [" County Councillors ", " COUNTY COUNCILLORS ", " Councillors ", " COUNCILLORS "] {
            guard let range = part.range(of: title) else { continue }
            let before = String(part[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            guard isPlausibleName(before) else { return [part] }
            return [before, String(part[range.upperBound...])]
        }
        return [part]
    }

    /// "Councillors Tom Green" inside a list ("Councillor A (Chair), Councillors B and C") is B: the plural
    /// title names the people after it, never one of them.
    static func droppingPluralTitle(_ part: String) -> String {
        let trimmed = part.drop { $0 == " " }
        for title in ["county councillors ", "youth councillors ", "youth cllrs ", "councillors ", "cllrs. ", "cllrs ", "aldermen "]
        where trimmed.lowercased().hasPrefix(title) {
            return String(trimmed.dropFirst(title.count))
        }
        return part
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

    /// "Attendance Martin McCann TIPSA Selena Ramsey …", "Present Pip Levett Diana Organ …": a label whose colon the
    /// copy lost, run into the people it lists; what follows the label, when it opens with a name. Nil for any other line.
    static func peopleAfterUncolonedLabel(_ text: String) -> Substring? {
        guard text.utf8.count >= 16, let first = text.first, first == "A" || first == "P" || first == "I" else { return nil }
        let head = text.prefix(14).lowercased()
        for label in ["attendance ", "attending ", "attendees ", "present ", "in attendance "] where head.hasPrefix(label) {
            let rest = Substring(text).dropFirst(label.count).trimmingSpaces()
            let opening = rest.split(separator: " ", maxSplits: 2).prefix(2).joined(separator: " ")
            guard opening.split(separator: " ").count == 2, isPlausibleName(opening), !isPostOrBody(opening),
                  !opening.split(separator: " ").contains(where: { roleWords.contains($0.lowercased()) || agendaWords.contains($0.lowercased()) })
            else { return nil }
            return rest
        }
        return nil
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

    /// "Apologies for Absence", "Chairs Apologies for Absence", "Welcome, introductions and apologies": an item's title
    /// that says the lines under it name those who sent apologies.
    static func isApologiesItemTitle(_ title: String) -> Bool {
        // ("1. APOLOGIES" in capitals too.)
        guard title.utf8.count <= 70, TextScan.contains(title, ascii: "polog") || TextScan.contains(title, ascii: "POLOG"),
              !title.contains(where: \.isNumber) else { return false }
        let words = title.lowercased().split { !$0.isLetter }
        return words.contains("apologies") && words.count <= 7 && !words.contains("received") && !words.contains("from")
            && !words.contains("were") && !words.contains("was")
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
        return lower.contains("apolog") && (lower.hasSuffix(" from") || lower.hasSuffix(" on behalf of")
            // "Apologies were received from the following members of the panel:".
            || (lower.contains(" from the following") || lower.contains(" on behalf of the following")) && !lower.contains(". "))
    }

    /// "Councillor Phil Jackson – personal" → "Councillor Phil Jackson": the reason for an absence is not the name.
    static func droppingReason(_ text: String) -> String {
        for dash in [" – ", " - ", " — "] {
            if let range = text.range(of: dash), !opensABracket(text[..<range.lowerBound]), isPlausibleName(String(text[..<range.lowerBound])) {
                return String(text[..<range.lowerBound])
            }
        }
        return text
    }

    /// Whether a text leaves a bracket open ("Dave Hill (DH"): a dash after it is inside the bracket.
    static func opensABracket(_ text: Substring) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// "Victoria Fane (VF) - Clerk" → "Victoria Fane (VF)": a post or a body after a dash, in a list of those
    /// present, is no part of the name (a dash inside the name, "Amy Bux-Jennings", splits nothing).
    static func droppingDashedPost(_ text: String) -> String {
        for dash in [" – ", " - ", " — "] {
            guard let range = text.range(of: dash) else { continue }
            let before = String(text[..<range.lowerBound])
            let after = String(text[range.upperBound...])
            if !opensABracket(text[..<range.lowerBound]), isPlausibleName(before), !TextScan.contains(before, ascii: ","), namesAPost(after) || namesAnOrganisation(Substring(after)) {
                return before
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

    /// Lower-case words that may sit inside a person's name.
    static let nameParticles: Set<String> = ["de", "van", "von", "der", "den", "da", "le", "la", "du", "di", "al", "el", "bin", "st"]

    /// The people a line of a names list holds, or nil when the line is not a list of names (prose, a
    /// heading, an agenda item), which ends the list. A line that is one person with a role
    /// ("Name, Service Director, Department") gives the person alone.
    static func people(inLine text: String) -> [String]? {
        var body = text
        if let bullet = LinePatterns.bullet(text) { body = bullet.rest }
        if let run = RunTogetherPeople.people(in: Substring(body)) { return run }
        // "Tim Hopkins -Humpty Dumpty": a dash that lost the space after it.
        if let range = body.range(of: " -"), range.upperBound < body.endIndex, body[range.upperBound].isUppercase {
            body.replaceSubrange(range, with: " - ")
        }
        // "Mr A. Rees - Head of Curriculum & Wellbeing", "Ms A Carmichael - County Manager, Continuing Learning
        // (item 11)": one person and the post (any words naming a role or a body), which is no one.
        for dash in [" - ", " – ", " — "] {
            // (A dash inside brackets, "Dave Hill (DH - Chair), Paul Ballatt (PB)", or after a list, is not this.)
            // (Nor one after another dash or a table's " / ": "John Doyle – Schools / Greg Mitten - VCFS" is two rows' cells.)
            if let range = body.range(of: dash), !body[..<range.lowerBound].contains(","),
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
                   // ("DSI Kenny Anders, Police Scotland": one person and the body they serve.)
                   // ("Deputy Director, Kirkton Women's Centre" is a post and its body: no one.)
                   || parts.count == 2 && isFullName(parts[0]) && !isPostOrBody(parts[0]) && (mentionsABody(part) || namesABodyByItsInitials(part))
           }) {
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

    /// Whether a text opens with one of the personal titles and a space ("Cllr Logan …").
    static func opensWithTitle(_ text: Substring) -> Bool {
        guard let space = text.firstIndex(of: " ") else { return false }
        return personalTitles.contains(text[..<space].lowercased().trimmingCharacters(in: ["."]))
    }

    /// Titles a flattened list's people open with.
    static let personalTitles: Set<String> = ["councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "hon", "prof", "professor"]

    /// The people of a line that runs several "Title Name[, post, service]" together with nothing between
    /// them but the next title ("Mr Michael Boyle, Finance Manager, Corporate Services Ms Irene Cavanagh,
    /// Head of Community Care"): nil unless the line opens with a title and at least two more open people
    /// where a separator ("," "and") was lost, and every piece is one person. A title inside brackets splits nothing.
    static func titledRun(_ body: String) -> [String]? {
        // Most lines are settled by their first word.
        guard let firstSpace = body.firstIndex(of: " ") else { return nil }
        let firstWord = body[..<firstSpace].lowercased().trimmingCharacters(in: ["."])
        guard personalTitles.contains(firstWord) || firstWord == "youth" && opensWithTitle(body[firstSpace...].dropFirst()) else { return nil }
        var starts: [String.Index] = [body.startIndex]
        var lostSeparators = 0
        var depth = 0
        var previousWord = body[..<firstSpace]
        var index = firstSpace
        while index < body.endIndex {
            let c = body[index]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            guard c == " ", depth == 0 else { index = body.index(after: index); continue }
            let wordStart = body.index(after: index)
            let wordEnd = body[wordStart...].firstIndex(of: " ") ?? body.endIndex
            let word = body[wordStart..<wordEnd]
            // A title followed by a name (not "Mr" closing a line cut short) opens the next person.
            // ("Cllr Mrs Ann Cains": a title after a title is the same person's.)
            // ("Youth Cllr Logan Blight": a youth council's title, two words.)
            let opensPerson = personalTitles.contains(word.lowercased().trimmingCharacters(in: ["."]))
                || word == "Youth" && wordEnd < body.endIndex && opensWithTitle(body[wordEnd...].dropFirst())
            if wordEnd < body.endIndex, opensPerson, wordStart > starts[starts.count - 1],
               !personalTitles.contains(previousWord.lowercased().trimmingCharacters(in: [".", ","])), previousWord != "Youth" {
                starts.append(wordStart)
                if !(previousWord.hasSuffix(",") || previousWord.hasSuffix(";") || previousWord.lowercased() == "and" || previousWord == "&") {
                    lostSeparators += 1
                }
            }
            for character in word {
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            }
            previousWord = word
            index = wordEnd
        }
        guard starts.count >= 3, lostSeparators >= 2 else { return nil }
        var found: [String] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : body.endIndex
            var piece = body[start..<end].trimmingCharacters(in: .whitespaces)
            while let last = piece.last, last == "," || last == ";" { piece.removeLast() }
            if piece.lowercased().hasSuffix(" and") { piece = String(piece.dropLast(4)) }
            // "Cllr Alistair BERRILL Nick MORRIS, Religious Representative": a titled member, then an untitled one, each
            // with the surname in capitals. (The post after the comma is no one.)
            let untitled = splittingAfterCapitalSurname(String(piece.split(separator: ",", maxSplits: 1).first ?? Substring(piece)))
            if untitled.count == 2, untitled.allSatisfy(isPlausibleName) {
                found.append(contentsOf: untitled.map(droppingHonours))
                continue
            }
            // "Mr Michael Boyle, Finance Manager, Corporate Services": the person, without the post.
            guard let person = people(inLine: piece), person.count == 1 else { return nil }
            found.append(person[0])
        }
        return found
    }

    /// "Cllr Alistair BERRILL Nick MORRIS" → ["Cllr Alistair BERRILL", "Nick MORRIS"]: two people, each a name whose
    /// surname is in capitals, run together. The text alone when no surname in capitals is followed by a first name.
    static func splittingAfterCapitalSurname(_ text: String) -> [String] {
        let words = text.split(separator: " ")
        guard words.count >= 4 else { return [text] }
        for index in 1..<(words.count - 2) {
            let word = words[index], next = words[index + 1], after = words[index + 2]
            guard word.count >= 2, word.allSatisfy({ $0.isUppercase || $0 == "'" || $0 == "’" || $0 == "-" }),
                  words[index - 1].contains(where: \.isLowercase), next.first?.isUppercase == true, next.contains(where: \.isLowercase),
                  after.count >= 2, after.allSatisfy({ $0.isUppercase || $0 == "'" || $0 == "’" || $0 == "-" }) else { continue }
            return [words[...index].joined(separator: " "), words[(index + 1)...].joined(separator: " ")]
        }
        return [text]
    }

    static func splitAfterBracket(_ part: String) -> [String] {
        guard let close = part.firstIndex(of: ")"), close != part.index(before: part.endIndex) else { return [part] }
        let head = String(part[...close]).trimmingCharacters(in: .whitespaces)
        let tail = String(part[part.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        // (The tail is judged up to its own bracket: "B (Parent) C (Health Trainer) D (Reception)" is a chain of people.)
        let tailHead = tail.firstIndex(of: ")").map { String(tail[...$0]) } ?? tail
        guard head.hasPrefix("(") || isPlausibleName(head), isPlausibleName(tailHead), tail.first?.isUppercase == true else { return [part] }
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

    /// A line that is surely a person: a title (Councillor, Mr, Dr), a bracketed role, a dashed reason, a post
    /// beside the name, or a bullet.
    static func isMarkedPerson(_ text: String) -> Bool {
        if LinePatterns.bullet(text) != nil { return true }
        let body = text
        let lower = body.lowercased()
        return ["cllr ", "councillor ", "mr ", "mrs ", "ms ", "miss ", "dr ", "prof "].contains { lower.hasPrefix($0) }
            || body.contains("(") || body.contains(" – ") || body.contains(" - ")
            // "Neil SchneiderChief Executive, Stockton Borough Council": a person beside a post.
            || personGluedToPost(body) != nil || personBeforePost(body) != nil
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
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension NameList {
    /// A closed parenthesis and what it holds.
    nonisolated(unsafe) static let parenthesis = /\([^)]*\)/

    /// A parenthesis and what it holds, closed or left open at the end.
    nonisolated(unsafe) static let parenthesisMaybeOpen = /\([^)]*\)?/
}
