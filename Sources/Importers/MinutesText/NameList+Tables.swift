import Foundation

/// People in tables that lost their layout: cells joined by " / ", columns run together ("P Campbell J
/// Fraser"), headings of columns, one person a line with their post or organisation's initials, columns kept apart by
/// runs of spaces.
extension NameList {
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
            guard index > start, index < words.count else { return [part] }
            // ("J Taylor. R. Woodyatt": a full stop typed for the list's comma after a surname, more names after it.)
            var surname = words[index]
            if surname.last == ".", index + 1 < words.count { surname = surname.dropLast() }
            guard surname.count >= 2, surname.first?.isUppercase == true,
                  surname.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) else { return [part] }
            people.append((words[start..<index] + [surname]).joined(separator: " "))
            index += 1
        }
        return people.count >= 2 ? people : [part]
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
        // ("Chief Insp. Tom Reid", "Det Sgt Lowe": a police rank, then the person.)
        let unranked = droppingPoliceRank(Substring(cell))
        if unranked.count != cell.count {
            return isPersonCell(String(unranked)) || unranked.split(separator: " ").count == 1 && isPlausibleName(String(unranked))
        }
        // ("Education (Chair)" is a service with its member's role: the words outside brackets decide.)
        let words = (TextScan.contains(cell, ascii: "(") ? cell.replacing(Self.parenthesisMaybeOpen, with: " ") : cell).split(separator: " ")
        guard (2...5).contains(words.count), isPlausibleName(cell), !isPostOrBody(cell),
              !words.contains(where: { roleWords.contains($0.lowercased()) || bodyWords.contains($0.lowercased()) }),
              // ("Children's Panel", "Aberdeen City": a body's name, no one's.)
              !words.contains(where: { organisationWords.contains($0.lowercased()) || ["panel", "board", "forum", "committee"].contains($0.lowercased()) })
        else { return false }
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
                "dsi ", "dc ", "sgt ", "insp ",
                "chief constable ", "chief inspector ", "supt ", "superintendent ", "rev ", "revd ", "reverend ", "canon ", "sir ", "dame ", "lord ",
                "lady ", "mx ", "mr. ", "mrs. ", "ms. ", "dr. ", "prof. "].contains { lower.hasPrefix($0) }
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
        return (2...7).contains(trimmed.count) && trimmed.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// The person of a row of a table of people whose cells a copy joined with " / ", where the row's shape alone
    /// could mislead: "Acting Chair / Lisa Hume / District Manager" (a role's cell before the person), and, once the
    /// table has shown a column of organisations beside its names (`organisationsBesideNames`), "Jo Osman / Eastleigh
    /// Jobcentre Plus" (a name and an organisation that could pass for a name). Nil for any other line.
    static func personOfTableRow(_ text: String, organisationsBesideNames: Bool) -> String? {
        guard TextScan.contains(text, ascii: " / "), !TextScan.contains(text, ascii: ";") else { return nil }
        let cells = text.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard cells.count >= 2 else { return nil }
        func core(_ cell: String) -> String {
            (TextScan.contains(cell, ascii: "(") ? cell.replacing(Self.parenthesis, with: " ") : cell).split(separator: " ").joined(separator: " ")
        }
        if isRoleOnly(core(cells[0])) || namesAPost(core(cells[0])), isPersonCell(core(cells[1])) { return droppingHonours(cells[1]) }
        if organisationsBesideNames, cells.count == 2, isPersonCell(core(cells[0])) { return droppingHonours(cells[0]) }
        return nil
    }

    /// Whether a row of joined cells is a person beside an organisation ("Becky Poll / Youth Options" read as one person).
    static func isPersonBesideOrganisationRow(_ text: String, people: [String]) -> Bool {
        guard people.count == 1, TextScan.contains(text, ascii: " / ") else { return false }
        let cells = text.components(separatedBy: " / ").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return cells.count == 2 && cells[0].trimmingCharacters(in: .whitespaces).hasPrefix(people[0].prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces))
    }

    /// Headings of the columns of a table of people.
    static let columnHeadings: Set<String> = ["name", "names", "organisation", "organization", "attending", "role", "title", "agency",
                                              "representing", "position", "initials", "designation", "job", "observing",
                                              // A minutes table's columns after the list: "Action / Required / Person / Responsible".
                                              "action", "actions", "required", "person", "responsible",
                                              // ("Agenda Item" / "Officer Attending": a table of officers by the item they came for.)
                                              "agenda", "item", "officer", "officers"]

    /// "Rob Bridge Fenland DC Present": a register's row (its aligned columns run together when the spaces were
    /// collapsed), "Present" or "Attended" in its last column. The person of the first column, two words or three
    /// with an initial; nil for any other line ("… Absent Yes", "Ian Smith covering", prose).
    static func personMarkedPresent(_ text: String) -> String? {
        // Settled on the line's last word first: most lines end otherwise.
        guard text.hasSuffix(" Present") || text.hasSuffix(" Attended"), text.utf8.count <= 120,
              !text.contains(","), !text.contains(".") || text.split(separator: " ").count > 4 else { return nil }
        let words = text.split(separator: " ").dropLast()
        guard (3...10).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || ["of", "for", "and", "&"].contains($0) })
        else { return nil }
        let nameLength = words.count >= 4 && words[words.startIndex + 1].trimmingCharacters(in: ["."]).count == 1 ? 3 : 2
        let nameWords = words.prefix(nameLength)
        let name = nameWords.joined(separator: " ")
        guard isPlausibleName(name), !personalTitles.contains(nameWords.first!.lowercased().trimmingCharacters(in: ["."])),
              !nameWords.contains(where: { organisationWords.contains($0.lowercased()) || roleWords.contains($0.lowercased())
                  || bodyNouns.contains($0.lowercased()) || postNouns.contains($0.lowercased()) }) else { return nil }
        return name
    }
}

extension NameList {
    /// A register's row by its aligned columns: the person in the first, the mark in the last ("Present", "Attended"; "Absent"
    /// then "Yes" in an apologies column, `apologiesColumn` saying the register has one), or a deputy who came in their place
    /// ("Phillip Turner covering"). Nil for a row of any other shape; a person only absent is no one present and sent no
    /// apologies the register states.
    static func registerRowByColumns(_ cells: [String], apologiesColumn: Bool) -> (present: String?, apologies: String?)? {
        guard cells.count >= 2, let last = cells.last, let name = registerPerson(cells[0]) else { return nil }
        if last == "Present" || last == "Attended" { return (name, nil) }
        if apologiesColumn, cells.count >= 3, last == "Yes", cells[cells.count - 2] == "Absent" { return (nil, name) }
        for word in [" covering", " deputising"] where last.hasSuffix(word) {
            guard let deputy = registerPerson(String(last.dropLast(word.count))) else { return nil }
            return (deputy, nil)
        }
        return nil
    }

    /// A register's first cell when it is a person: two or three words, a plausible name, no title, body or post.
    private static func registerPerson(_ cell: String) -> String? {
        let words = cell.split(separator: " ")
        guard (2...3).contains(words.count), isPlausibleName(cell), words.allSatisfy({ $0.first?.isUppercase == true }),
              !personalTitles.contains(words[0].lowercased().trimmingCharacters(in: ["."])),
              !words.contains(where: { organisationWords.contains($0.lowercased()) || roleWords.contains($0.lowercased())
                  || bodyNouns.contains($0.lowercased()) || postNouns.contains($0.lowercased()) }) else { return nil }
        return cell
    }
}

/// A register flattened into cells parted by " / ", two people to a row, each beside their body and a mark: a tick for
/// those present, "Apols" for those who sent apologies ("Sharn Jon / NHS Trust / Apols / Lloyd Ken / Chair, Governors'
/// Association", "John Dav / WCBC HoS Achievement 0 - 12 / √"). Only a marked person is stated present or absent.
extension NameList {
    /// What a row of such a register says: those ticked, those marked "Apols", and the last person whose mark has not
    /// come yet (a post that wrapped takes it to the next row). `pending` is that person from the row before. Nil for a
    /// line with no mark.
    /// Once a register is being read (`inRegister`), a row with no mark goes on with it ("Sue Ast / NHS Trust / Denise Edw
    /// / Chair, …": no one marked), and so does a person alone, whose mark a wrapped post took to the next row. A mark
    /// belongs to the person two cells before it (the body between) or one (no body); a mark that opens a row, to the
    /// person the row before left waiting.
    static func registerRow(_ text: String, pending: String?, inRegister: Bool) -> (present: [String], apologies: [String], pending: String?)? {
        let parted = TextScan.contains(text, ascii: " / ")
        guard parted || pending != nil || inRegister else { return nil }
        let cells = text.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // (Two words or more, a plausible name: "Chair" or "WLHB" in a person's column is a post or a body.)
        func isPerson(_ index: Int) -> Bool {
            guard index >= 0, index < cells.count, registerMark(cells[index]) == nil, cells[index].contains(" "),
                  let people = NameList.people(inLine: cells[index]), people.count == 1, people[0] == cells[index] else { return false }
            return isPlausibleName(cells[index]) && !isPostOrBody(cells[index])
        }
        let marks = cells.indices.filter { registerMark(cells[$0]) != nil }
        // The person after the row's last mark (or in a row without one) whose mark has not come yet.
        let afterLastMark = (marks.last.map { $0 + 1 } ?? 0)..<cells.count
        let waiting = afterLastMark.last(where: isPerson).map { cells[$0] }
        if marks.isEmpty {
            guard inRegister, parted ? waiting != nil : cells.count == 1 && waiting != nil else { return nil }
            return ([], [], waiting)
        }
        var present: [String] = [], apologies: [String] = []
        var previousMark = -1
        for mark in marks {
            let person: String?
            if mark - 2 > previousMark, isPerson(mark - 2) { person = cells[mark - 2] }
            else if mark - 1 > previousMark, isPerson(mark - 1) { person = cells[mark - 1] }
            else if previousMark < 0, !(0..<mark).contains(where: isPerson) { person = pending }
            else { person = nil }
            if let person, registerMark(cells[mark]) == true { present.append(person) } else if let person { apologies.append(person) }
            previousMark = mark
        }
        return (present, apologies, waiting)
    }

    /// True for a tick, false for "Apols", nil for any other cell.
    private static func registerMark(_ cell: String) -> Bool? {
        if ["√", "✓", "✔", "Y"].contains(cell) { return true }
        if ["Apols", "apols", "Apologies", "Apol"].contains(cell) { return false }
        return nil
    }

    /// The people a line of a names list holds, or nil when the line is not a list of names (prose, a
    /// heading, an agenda item), which ends the list. A line that is one person with a role
    /// ("Name, Service Director, Department") gives the person alone.
    /// "Councillor A Brolly      Mrs F Brunt": a list printed in columns, the columns kept apart by runs of spaces
    /// (`SourceLine.cells`). Each column's person, when every column names one with a title; nil for any other line.
    static func peopleInColumns(_ columns: [String]) -> [String]? {
        guard columns.count >= 2 else { return nil }
        var people: [String] = []
        // (Each with a title: "Mr D Stalk      North Ayrshire" is a person and a place.)
        for column in columns {
            guard hasPersonalTitle(column) || isMarkedPerson(column), let person = personInColumn(column) else { return nil }
            people.append(person)
        }
        return people
    }

    /// "Ms Dawn / Elliott / Sponsor Governor": a table that kept a person's title and given name in one cell and the surname
    /// in the next; the two cells joined back into the name.
    static func joiningSurnameCells(_ cells: [String]) -> [String] {
        guard cells.count >= 2 else { return cells }
        var result: [String] = []
        var index = 0
        while index < cells.count {
            let words = cells[index].split(separator: " ")
            if index + 1 < cells.count, words.count == 2, isPersonalTitle(words[0]), words[1].first?.isUppercase == true,
               words[1].allSatisfy(\.isLetter), case let next = cells[index + 1], !next.contains(" "),
               next.first?.isUppercase == true, next.count >= 2, next.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) {
                result.append(cells[index] + " " + next)
                index += 2
            } else {
                result.append(cells[index])
                index += 1
            }
        }
        return result
    }

    /// "Present: HM Smith (chair)   EH Baker   L Henderson": a label's people kept apart by runs of spaces, not commas. Each
    /// column must be one person with initials, a title or a full name; nil otherwise (a person and a place, a sentence).
    static func peopleInSpacedColumns(_ columns: [String]) -> [String]? {
        guard columns.count >= 2 else { return nil }
        var people: [String] = []
        for column in columns {
            guard let person = personInColumn(column) ?? (isInitialledName(column) && isPlausibleName(column) ? column : nil) else { return nil }
            people.append(person)
        }
        return people
    }

    /// "Mrs. C. Leith      Aberdeenshire": a row of a table of people, the person in its first column and where they
    /// come from or what they do in the others (no other person). The person; nil for any other row.
    static func personInFirstColumn(_ columns: [String]) -> String? {
        // ("L CRABB,     G CURZ": a list run over columns, a comma after its first person, is people in each.)
        guard columns.count >= 2, !columns[0].hasSuffix(","), !columns[0].hasSuffix(";"), let person = personInColumn(columns[0]),
              !columns.dropFirst().contains(where: { personInColumn($0) != nil && (hasPersonalTitle($0) || isInitialledName($0)) }) else { return nil }
        return person
    }

    /// One column's person: one person, with a title or a full name (not a sentence's words spread over the line).
    static func personInColumn(_ column: String) -> String? {
        guard let named = Self.people(inLine: column), named.count == 1, isPlausibleName(named[0]),
              isMarkedPerson(column) || hasPersonalTitle(column) || isFullName(named[0]) else { return nil }
        return named[0]
    }
}

extension NameList {
    /// "Miss Claire Bin Staff Member Present", "Mr Nick Esc Parent Member Absent Ms Yasmin Kit Parent Member Present": a register
    /// whose cells (person, post, mark) a copy ran together, each entry a title, the name, the post, and "Present", "Absent"
    /// or "Apologies". The people present and those who sent apologies (the absent are neither); nil unless the whole line
    /// is such entries.
    static func markedRegisterEntries(_ text: String) -> (present: [String], apologies: [String])? {
        guard text.utf8.count <= 300, TextScan.contains(text, ascii: "Present") || TextScan.contains(text, ascii: "Absent")
                || TextScan.contains(text, ascii: "Apologies") else { return nil }
        // ("Mr Kevin Smi (Chair) Community Member Present": a role in brackets is no part of the name.)
        // ("… Present Mrs Geraldine Vas (Vice" / "Chair) Community Member Present": an entry the line's end cut is left to the
        // next line, which reads as no one.)
        var line = text.replacing(Self.parenthesis, with: " ")
        if let open = line.lastIndex(of: "("), !line[open...].contains(")"),
           let cut = registerMarkWords.compactMap({ line[..<open].range(of: " " + $0 + " ", options: .backwards)?.upperBound }).max() {
            line = String(line[..<cut])
        }
        let words = line.split(separator: " ")
        guard let last = words.last, registerMarkWords.contains(String(last)),
              let first = words.first, registerEntryTitles.contains(first.lowercased().trimmingCharacters(in: ["."])) else { return nil }
        var present: [String] = [], apologies: [String] = []
        var start = 0
        while start < words.count {
            guard let markIndex = words[start...].firstIndex(where: { registerMarkWords.contains(String($0)) }) else { return nil }
            // The name: the title and the capitalised words up to the post's first word (two at least after the title).
            let entry = words[start..<markIndex]
            guard let postStart = entry.indices.dropFirst(2).first(where: { registerPostWords.contains(entry[$0].lowercased()) }),
                  entry[start..<postStart].dropFirst().allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } })
            else { return nil }
            let name = entry[start..<postStart].joined(separator: " ")
            switch words[markIndex] {
            case "Present": present.append(name)
            case "Apologies": apologies.append(name)
            default: break
            }
            start = markIndex + 1
        }
        return present.isEmpty && apologies.isEmpty ? nil : (present, apologies)
    }

    /// A register's marks, after each entry.
    static let registerMarkWords: Set<String> = ["Present", "Absent", "Apologies"]

    /// The titles a register's entry opens with.
    static let registerEntryTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "rev", "prof"]

    /// The first words of a register's posts ("Staff Member", "Parent Member", "Board Representative", "Head of School").
    static let registerPostWords: Set<String> = ["staff", "parent", "board", "head", "headteacher", "principal", "member", "community",
                                                 "foundation", "co-opted", "local", "trust", "governor", "trustee", "clerk", "chair",
                                                 "vice", "vice-chair", "associate", "authority", "teacher", "executive", "director", "lay"]
}
