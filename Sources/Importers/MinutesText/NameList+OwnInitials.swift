/// People printed beside their own initials, as the attendance tables of Word minutes print them so that
/// the minutes can name them by initials later: "(JY) Jane Youdale (Preschool Alliance)", "John Baker (JB)
/// Director of Commissioning", "Jane Hume / JH / - / Kirkton Borough Council". That the initials are the
/// name's own settles that the words are a person's name, not a body's or a post's.
extension NameList {
    /// The people of a line that prints each beside their own initials, or nil: one a line, or a row of a table of
    /// them ("Keith Lamb (KL) / Ian Hind (IH)").
    static func peopleBesideOwnInitials(_ text: String) -> [String]? {
        // Most lines hold neither a bracket nor a table's cells: settled on their bytes.
        guard text.utf8.count <= 240, TextScan.contains(text, ascii: "(") || TextScan.contains(text, ascii: " / ") else { return nil }
        let body = (LinePatterns.bullet(text)?.rest ?? text).trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("(") {
            return personAfterInitials(Substring(body)).map { [$0] }
        }
        if TextScan.contains(body, ascii: " / ") {
            // "Keith Lamb (KL) / Ian Hind (IH)", "Paul Wood (PW) Chair / Sue Hay (SH) Facilitator": a person in every cell.
            let cells = body.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let people = cells.compactMap(personBeforeBracketedInitials)
            if cells.count >= 2, people.count == cells.count { return people }
            // ("Barry Cole (BC)   Executive Officer, Voice / KCVYS": one person, then cells of their post.)
            if let person = personBeforeBracketedInitials(body) { return [person] }
            return personBeforeInitialsCell(body).map { [$0] }
        }
        return personBeforeBracketedInitials(body).map { [$0] }
    }

    /// "Claire Carm (CC) Chair Nigel Bri (NB) Vice Chair Paul Swe (PS) Headteacher Craig Hug (CH) …": a list run onto one
    /// line with nothing between its people, each name followed by its initials and then the person's post. The initials
    /// settle where each name starts: the fewest words before them whose initials they are (a title before those words
    /// is the name's too); the words before that are the last person's post. Nil unless three such people or more, and
    /// every bracket's initials those of the words before it.
    static func peopleBeforeTheirInitialsRunOn(_ text: String) -> [String]? {
        guard text.utf8.count >= 60, TextScan.contains(text, ascii: ") "), !TextScan.contains(text, ascii: ", ") else { return nil }
        let brackets = text.matches(of: /\(([A-Z][A-Za-z-]{1,5})\)/)
        guard brackets.count >= 3 else { return nil }
        var people: [String] = []
        var start = text.startIndex
        for bracket in brackets {
            let words = text[start..<bracket.range.lowerBound].split(separator: " ")
            // ("Lisa Carden-Doo (LC-D)": a hyphen between the letters of a double-barrelled surname.)
            let initials = bracket.output.1
            let letters = Substring(initials.filter { $0 != "-" })
            guard words.count >= 2,
                  let count = (2...min(5, words.count)).first(where: { areInitials(letters, of: Substring(words.suffix($0).joined(separator: " "))) }),
                  // (What is left before the name is a post, never a bracket another reading would have made a person of.)
                  !words.dropLast(count).contains(where: { $0.contains("(") || $0.contains(")") })
            else { return nil }
            var name = words.suffix(count).joined(separator: " ")
            if count < words.count, case let title = words[words.count - count - 1], isPersonalTitle(title) || churchTitles.contains(title.lowercased()) {
                name = title + " " + name
            }
            people.append("\(name) (\(initials))")
            start = bracket.range.upperBound
        }
        return people
    }

    /// "(JY) Jane Youdale (Preschool Learning Alliance)", "(HH)Harriet Hill": initials in brackets, then the name.
    private static func personAfterInitials(_ body: Substring) -> String? {
        guard let close = body.firstIndex(of: ")") else { return nil }
        let initials = body[body.index(after: body.startIndex)..<close]
        let rest = body[body.index(after: close)...]
        let name = nameAtStart(of: rest)
        // (Initials before the name are no acronym's: "(SL) Sandra Leader" may hold a word of a post.)
        return areInitials(initials, of: name, wordsMayNamePosts: true) ? "\(name) (\(initials))" : nil
    }

    /// "John Baker (JB)   Director of Commissioning", "Cllr Les Wick (CLW) (Chairman)", "Mike Bat – Head of Protection, KBC
    /// (MB) (Chair)": the name, then its initials in a bracket on the line (after the post, too).
    private static func personBeforeBracketedInitials(_ body: String) -> String? {
        guard let open = body.firstIndex(of: "("), let close = body[open...].firstIndex(of: ")") else { return nil }
        // ("Gail Tom (GT), Andy Reed (AR), Ray Hart (RH)": a list of such people, which the list's own reading parts.)
        let rest = body[body.index(after: close)...]
        if TextScan.contains(String(rest), ascii: ","),
           rest.split(separator: ",").contains(where: { personBeforeBracketedInitials($0.trimmingCharacters(in: .whitespaces)) != nil }) { return nil }
        // The name: the words before the first bracket, or before a dash or a comma that comes first.
        var nameEnd = open
        for stop in [" – ", " - ", ", "] {
            if let range = body.range(of: stop), range.lowerBound < nameEnd { nameEnd = range.lowerBound }
        }
        let name = body[..<nameEnd].trimmingCharacters(in: .whitespaces)
        // The initials: the first bracket on the line that holds the name's ("(Senior Adviser) (RS)").
        var search = body[open...]
        while let bracket = search.firstIndex(of: "("), let end = search[bracket...].firstIndex(of: ")") {
            let inside = search[search.index(after: bracket)..<end]
            if areInitials(inside, of: Substring(name)) { return "\(name) (\(inside))" }
            search = search[search.index(after: end)...]
        }
        return nil
    }

    /// "Jane Hume / JH / - / Kirkton Borough Council", "Cllr Ann Hay (Chair) / AH / Cabinet Member": a table's row
    /// whose first cell is the person and whose second is their initials.
    private static func personBeforeInitialsCell(_ body: String) -> String? {
        let cells = body.components(separatedBy: " / ")
        guard cells.count >= 2 else { return nil }
        let first = cells[0].trimmingCharacters(in: .whitespaces)
        let name = TextScan.contains(first, ascii: "(") ? String(first[..<first.firstIndex(of: "(")!]).trimmingCharacters(in: .whitespaces) : first
        let initials = cells[1].trimmingCharacters(in: .whitespaces)
        return areInitials(Substring(initials), of: Substring(name)) ? first : nil
    }

    /// The capitalised words a line opens with, up to a bracket, a dash, a comma or a gap of columns.
    private static func nameAtStart(of text: Substring) -> Substring {
        let trimmed = text.drop { $0 == " " }
        var end = trimmed.endIndex
        for stop in ["(", ",", " - ", " – ", "  "] {
            if let range = trimmed.range(of: stop), range.lowerBound < end { end = range.lowerBound }
        }
        var name = trimmed[..<end]
        while name.last == " " { name = name.dropLast() }
        return name
    }

    /// Whether `initials` ("JY", "CLW", "JoE", "TCo", "JBE") are the initials of `name` ("Jane Youdale", "Cllr Les
    /// Wick", "Joanna Eastoe", "Tracy Cooke", "Jean Bell"): their letters open the name's words in order, one or
    /// more a word, the last ones the surname's; a title or a middle name may go without.
    static func areInitials(_ initials: Substring, of name: Substring, wordsMayNamePosts: Bool = false) -> Bool {
        guard (2...5).contains(initials.count), initials.allSatisfy({ $0.isASCII && $0.isLetter }),
              initials.first?.isUppercase == true, initials.filter(\.isUppercase).count >= 2 else { return false }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.trimmingCharacters(in: [".", ","]) }.filter { !$0.isEmpty }
        guard (2...5).contains(words.count), isPlausibleName(String(name)),
              !words.contains(where: { organisationWords.contains($0.lowercased()) || bodyWords.contains($0.lowercased()) }),
              wordsMayNamePosts || !isPostOrBody(String(name)) && !words.contains(where: isNoNameWord) else { return false }
        // Each word used opens with one letter of the initials or more ("Jo" of Joanna, "Be" of Bell in "JBE"), in order,
        // the surname last; a title or a middle name may go without. (A few letters and words: the search is tiny.)
        let letters = Array(initials.lowercased())
        let names = words.map { Array($0.lowercased()) }
        func matches(from letter: Int, word: Int) -> Bool {
            guard word < names.count else { return false }
            if word < names.count - 1, matches(from: letter, word: word + 1) { return true }
            var taken = 1
            while letter + taken <= letters.count, taken <= names[word].count, names[word][taken - 1] == letters[letter + taken - 1] {
                if letter + taken == letters.count {
                    if word == names.count - 1 { return true }
                } else if matches(from: letter + taken, word: word + 1) {
                    return true
                }
                taken += 1
            }
            return false
        }
        // (A title or a middle name may go without a letter, but not most of the name.)
        return words.count <= initials.filter(\.isUppercase).count + 2 && matches(from: 0, word: 0)
    }

    /// A word of a body's, a post's or a phrase's name that an acronym spells out ("Multi Agency Safeguarding Hub
    /// (MASH)", "Designated Safeguarding Lead (DSL)", "Initial Health Assessments (IHA)"), never of a person's.
    private static func isNoNameWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return bodyNouns.contains(lower) || postNouns.contains(lower)
            || roleWords.contains(lower) || agendaWords.contains(lower) || FactExtractor.phraseStops.contains(lower)
            // (Not "-ing", "-ence" or a short "-ment": "Fleming", "Terence", "Clement" are names.)
            || lower.hasSuffix("tion") || lower.hasSuffix("tions") || lower.hasSuffix("ships") || (lower.hasSuffix("ment") && lower.count >= 9)
    }

    /// "Sue Morton SM (Community Governor)" → "Sue Morton (Community Governor)": the person's own initials printed
    /// after the name, unbracketed, before their role; the name as it is when the capitals are not its initials.
    static func droppingOwnInitials(_ name: String) -> String {
        // (Settled on the bytes: most names hold no run of capitals after a space.)
        let words = name.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 3 else { return name }
        // The word before the role's bracket ("(Community Governor and Member)"), or the last word.
        let index = (words.firstIndex(where: { $0.hasPrefix("(") }) ?? words.count) - 1
        guard index >= 2 else { return name }
        let initials = words[index]
        guard (2...4).contains(initials.utf8.count), initials.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
              let given = words[0].first, initials.first == given,
              let surname = words[index - 1].first, initials.dropFirst().contains(surname),
              words[index - 1].contains(where: \.isLowercase) else { return name }
        var kept = words
        kept.remove(at: index)
        return kept.joined(separator: " ")
    }
}
