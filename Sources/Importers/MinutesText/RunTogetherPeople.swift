import CouncilText
import Foundation

/// A list of people whose separators a copy lost, each person run into the body they work for: "Roy Beggs MLA
/// (Chairperson) Helen Christie Autism NI Ivor Mitchell Carrick YMCA …", "Martin McCann TIPSA Selena Ramsey CSP …".
/// A person there is a first name (one of `GivenNames`), perhaps an initial, and the surname after it; the words
/// between two people name a body and are no one. Read only when no comma or semicolon parts the list, the words
/// are a list's (capitalised, not a sentence's), and at least three people are found.
enum RunTogetherPeople {
    /// The people, in order; nil when the text is not such a list.
    static func people(in text: Substring) -> [String]? {
        // Settled on one pass over the bytes for nearly every line (names lists are read line by line, and most lines
        // are sentences, whose words open in small letters).
        guard text.utf8.count >= 30, text.utf8.count <= 4000 else { return nil }
        let shape = ByteShape(text.utf8)
        guard shape.lowercaseWords * 3 <= shape.words else { return nil }
        if shape.dashes >= 3, let dashed = dashedPeople(in: text) { return dashed }
        if shape.comma, !shape.semicolon, Self.commasBeforeBodies(text) {
            return peopleInTokens(Self.tokens(of: text).map { $0.last == "," ? $0.dropLast() : $0 })
        }
        // (Table cells joined by " / ", people each with a bracket after them, or each with a title, are other rules' lists.)
        guard !shape.comma, !shape.semicolon, !shape.slash else { return nil }
        // ("J A McLaughlin (Chief Executive) J J Tohill (Director of Finance)": initialled people, each with a post in
        // brackets; with any other names, people each with a bracket are another rule's list.)
        if shape.openBrackets >= 2, let initialled = initialledPeople(in: Self.tokens(of: text), keepingBrackets: true) { return initialled }
        // ("Aileen Kirk Interim Clubs Co-ordinator (from 18.11.14) Peter Gorr new Acting Headteacher (from 01.12.14) Laurinda
        // Ram Headteacher …": people each with their post, some with a note in brackets, read without the notes.)
        // (Only where posts stand outside the brackets: "Helen Crane (Chair) Ivor Mills (Parent)" is another rule's list.)
        guard shape.openBrackets <= 1 else {
            let tokens = Self.tokens(of: text.replacing(bracketedNote, with: " "))
            guard let people = peopleInTokens(tokens), people.reduce(0, { $0 + $1.split(separator: " ").count }) < tokens.count else { return nil }
            return people
        }
        let tokens = Self.tokens(of: text)
        return initialledPeople(in: tokens) ?? peopleInTokens(tokens)
    }

    /// "R A Montgomery T J Catherwood J Junkin (joined the meeting at 7.32 p.m.) Rev Dr R T Wm McCrea S O’Brien": people
    /// printed as initials and a surname, perhaps a title before and a note in brackets after, one after another. Every
    /// word must belong to a person; three people at least.
    /// With `keepingBrackets`, each person keeps the bracket after them ("J J Toal (Director of Finance)").
    static func initialledPeople(in tokens: [Substring], keepingBrackets: Bool = false) -> [String]? {
        var people: [String] = []
        var index = 0
        func isInitial(_ token: Substring) -> Bool {
            (token.count == 1 || token.count == 2 && token.last == ".") && token.first?.isUppercase == true
                || ["Wm", "Chas", "Thos", "Jas", "Geo"].contains(token)
        }
        func isSurname(_ token: Substring) -> Bool {
            token.count >= 2 && token.first?.isUppercase == true && token.contains(where: \.isLowercase)
                && token.allSatisfy { $0.isLetter || "’'-".contains($0) } && !isInitial(token)
                && !NameList.isPersonalTitle(token) && !namesABodyOrARole(token.lowercased())
        }
        while index < tokens.count {
            let start = index
            while index < tokens.count, NameList.isPersonalTitle(tokens[index]) || ["Rev", "Rev.", "Dr", "Dr."].contains(tokens[index]) { index += 1 }
            let firstInitial = index
            while index < tokens.count, isInitial(tokens[index]) { index += 1 }
            guard index > firstInitial, index - firstInitial <= 4, index < tokens.count, isSurname(tokens[index]) else { return nil }
            // "Mrs D Ní Shiadhail", "S Mac Giolla": an Irish surname's particle before the rest of it.
            if surnameParticles.contains(tokens[index]), index + 1 < tokens.count, isSurname(tokens[index + 1]) { index += 1 }
            people.append(tokens[start...index].joined(separator: " "))
            index += 1
            // "(joined the meeting at 7.32 p.m.)": a note about the person, no one.
            if index < tokens.count, tokens[index].hasPrefix("(") {
                let open = index
                while index < tokens.count, !tokens[index].hasSuffix(")") { index += 1 }
                if keepingBrackets, index < tokens.count { people[people.count - 1] += " " + tokens[open...index].joined(separator: " ") }
                index += 1
            }
        }
        return people.count >= 3 ? people : nil
    }

    /// A note in brackets, "(from 18.11.14)".
    nonisolated(unsafe) static let bracketedNote = /\([^()]*\)/

    /// The first word of a two-word Irish or Scottish surname ("Ní Shiadhail", "Mac Giolla", "Nic Aoidh").
    static let surnameParticles: Set<Substring> = ["Ní", "Nic", "Mac", "Ó", "Ui", "Uí", "Ua", "Mhic"]

    /// "Matthew Walker, Halton Youth Cabinet John Hunt, Halton Speak Out Liam Prescott, …": each person, a comma, then the
    /// body they come from run into the next person, so the commas part a person from their body, not two people. Four
    /// parts or more, the first a person alone, and half the others or more (three at least) a body's words ending in a
    /// first name and a surname.
    static func commasBeforeBodies(_ text: Substring) -> Bool {
        let parts = text.split(separator: ",").map { $0.split(separator: " ") }
        guard parts.count >= 4, let first = parts.first, (2...3).contains(first.count), GivenNames.contains(first[0]),
              hasSurnameShape(first[first.count - 1]) else { return false }
        let shifted = parts.dropFirst().filter { words in
            words.count >= 3 && !GivenNames.contains(words[0]) && GivenNames.contains(words[words.count - 2])
                && hasSurnameShape(words[words.count - 1]) && !namesABodyOrARole(words[words.count - 1].lowercased())
        }.count
        return shifted >= 3 && shifted * 2 >= parts.count - 1
    }

    /// The people of a list's words: each a first name (perhaps a title before it) and the surname after it.
    private static func peopleInTokens(_ allTokens: [Substring]) -> [String]? {
        // ("… Bradford Trident Apologies for Absence Anita Parkin Paul O’Hara …": the list ends at the next one's label.)
        let tokens = Array(allTokens.prefix { !["apologies", "apologies:", "absent", "absent:"].contains($0.lowercased()) })
        guard tokens.count >= 6,
              tokens.filter({ NameList.personalTitles.contains($0.lowercased().trimmingCharacters(in: ["."])) }).count < 2 else { return nil }
        // A sentence's words open in small letters; a list's only its joining words do ("Action for Children").
        let small = tokens.filter { token in
            token.first?.isLowercase == true && !["of", "and", "for", "the", "&", "to", "in", "at", "on", "with", "de", "van", "von"].contains(token)
        }
        guard small.count * 8 <= tokens.count else { return nil }
        // ("Ann Cole and Mary Ann Lloyd Church Representative": people joined by "and" are a list the usual way.)
        if zip(tokens, tokens.dropFirst()).contains(where: { pair in
            (pair.0 == "and" || pair.0 == "&") && (GivenNames.contains(pair.1) || NameList.personalTitles.contains(pair.1.lowercased().trimmingCharacters(in: ["."])))
        }) { return nil }
        var people: [String] = []
        var spans: [ClosedRange<Int>] = []
        var index = 0
        while index + 1 < tokens.count {
            guard GivenNames.contains(tokens[index]), let end = surnameEnd(after: index, in: tokens) else {
                index += 1
                continue
            }
            var start = index
            if index > 0, NameList.personalTitles.contains(tokens[index - 1].lowercased().trimmingCharacters(in: ["."])) { start = index - 1 }
            people.append(tokens[start...end].joined(separator: " "))
            spans.append(start...end)
            index = end + 1
        }
        if people.count >= 3 { return people }
        // "Chris Hept Director of Business Claire Lesl Clerk to the Governors": two people, each followed by a post, the list
        // opening with the first.
        if people.count == 2, spans[0].lowerBound == 0,
           Self.namesAPost(tokens[(spans[0].upperBound + 1)..<spans[1].lowerBound]), Self.namesAPost(tokens[(spans[1].upperBound + 1)...]) {
            return people
        }
        return nil
    }

    /// Whether the words after a person are a post: a post's noun or a role's word among them.
    static func namesAPost(_ words: ArraySlice<Substring>) -> Bool {
        !words.isEmpty && words.count <= 8 && words.contains { word in
            let lower = word.lowercased()
            return NameList.postNouns.contains(lower) || NameList.roleWords.contains(lower) || ["chair", "ceo", "headteacher", "treasurer"].contains(lower)
        }
    }

    /// What one pass over a line's bytes tells: its words, those opening in a small letter, its dashes standing alone
    /// ("-" or "–" between spaces), and whether it holds a comma, a semicolon, a slash or brackets.
    struct ByteShape {
        var words = 0, lowercaseWords = 0, dashes = 0, openBrackets = 0
        var comma = false, semicolon = false, slash = false

        init(_ bytes: Substring.UTF8View) {
            var wordStart = true
            for byte in bytes {
                switch byte {
                case UInt8(ascii: ","): comma = true
                case UInt8(ascii: ";"): semicolon = true
                case UInt8(ascii: "/"): slash = true
                case UInt8(ascii: "("): openBrackets += 1
                default: break
                }
                if byte == 0x20 || byte == 0x09 {
                    wordStart = true
                } else {
                    if wordStart {
                        words += 1
                        if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { lowercaseWords += 1 }
                        // "-" alone, or "–" (E2 80 93) opening a word.
                        if byte == UInt8(ascii: "-") || byte == 0xE2 { dashes += 1 }
                    }
                    wordStart = false
                }
            }
        }
    }

    /// "Amy Buxton-Jennings - Director of Commissioning Ann Lorek - Acting Designated Doctor for Child Protection Annie
    /// Hudson - Strategic Director, Children’s Services …": each person, a first name and a surname, followed by a dash
    /// and their post, the posts' commas no separators. Nil unless three people or more are found so.
    static func dashedPeople(in text: Substring) -> [String]? {
        guard text.utf8.count >= 40, text.utf8.count <= 4000, TextScan.contains(String(text), ascii: " - ") || text.contains(" – "),
              !TextScan.contains(String(text), ascii: " / "), !TextScan.contains(String(text), ascii: ";") else { return nil }
        let tokens = Self.tokens(of: text)
        // Each dash's person: a first name and a surname before it ("Terry Reyn (Chair) –": a bracket between them and the
        // dash). Known first names settle that the text is such a list; then any two words of a name's shape before a dash
        // are a person too ("Essex County Council Jerry Glaz - NUT"), unless they name a body or a post.
        var found: [(index: Int, person: String, known: Bool)] = []
        func isNameWord(_ word: Substring) -> Bool {
            let lower = word.lowercased()
            return hasSurnameShape(word) && !namesABodyOrARole(lower) && !NameList.bodyWords.contains(lower) && !NameList.areasOfWork.contains(lower)
                && !NameList.postNouns.contains(lower) && !["acting", "interim", "deputy", "joint"].contains(lower)
        }
        for (index, token) in tokens.enumerated() where index >= 1 {
            // ("Jane Harg, Divisional Director – Education": a known first name's person before a comma and a post, too.)
            let comma = token.hasSuffix(",") && GivenNames.contains(tokens[index - 1]) && isNameWord(token.dropLast())
            guard (token == "-" || token == "–") && index >= 2 || comma else { continue }
            var end = comma ? index + 1 : index
            if !comma, tokens[end - 1].hasPrefix("("), tokens[end - 1].hasSuffix(")"), end >= 3 { end -= 1 }
            let surname = comma ? token.dropLast() : tokens[end - 1], first = tokens[end - 2]
            guard isNameWord(first), isNameWord(surname) else { continue }
            var start = end - 2
            if start > 0, NameList.personalTitles.contains(tokens[start - 1].lowercased().trimmingCharacters(in: ["."])) { start -= 1 }
            found.append((index, (tokens[start..<(end - 1)] + [surname]).joined(separator: " "), !comma && GivenNames.contains(first)))
        }
        // (Only people before dashes settle it: "Apologies from A B, C D, Service Director - …" is a list the usual way.)
        let known = found.filter(\.known).count
        let people = known >= 3 ? found.map(\.person) : found.filter(\.known).map(\.person)
        // Most dashes in such a list follow a person: a sentence's dashes do not.
        let dashes = tokens.filter { $0 == "-" || $0 == "–" }.count
        return people.count >= 3 && people.count * 2 >= dashes ? people : nil
    }

    /// The index of the surname after the first name at `index` (past one initial, "Derek J Scott"); nil when the
    /// next word could be no surname (a small word, a number, a bracket, a body's word or initials).
    static func surnameEnd(after index: Int, in tokens: [Substring]) -> Int? {
        var next = index + 1
        if next + 1 < tokens.count, tokens[next].trimmingCharacters(in: ["."]).count == 1, tokens[next].first?.isUppercase == true { next += 1 }
        let word = tokens[next]
        guard hasSurnameShape(word),
              // ("Helen NHS", "Mary SACN": initials after a first name are a body's, the surname lost.)
              word.contains(where: \.isLowercase) || word.count >= 6 else { return nil }
        let lower = word.lowercased()
        guard !namesABodyOrARole(lower), !NameList.personalTitles.contains(lower), !NameList.bodyWords.contains(lower),
              !NameList.postNouns.contains(lower) else { return nil }
        return next
    }

    /// A surname's shape: two characters or more, a capital first, letters, apostrophes and hyphens only.
    static func hasSurnameShape(_ word: Substring) -> Bool {
        word.count >= 2 && word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" }
    }

    /// Whether a lower-cased word names a body or a role ("council", "services", "manager"), so no surname.
    static func namesABodyOrARole(_ lower: String) -> Bool {
        NameList.bodyNouns.contains(lower) || NameList.organisationWords.contains(lower) || NameList.roleWords.contains(lower)
    }

    /// The words, a bracket and what it holds kept as one word ("(Chairperson)").
    static func tokens(of text: Substring) -> [Substring] {
        var tokens: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " || text[index] == "\t" { index = text.index(after: index); continue }
            var end = index
            if text[index] == "(" {
                end = text[index...].firstIndex(of: ")").map { text.index(after: $0) } ?? text.endIndex
            } else {
                while end < text.endIndex, text[end] != " ", text[end] != "\t" { end = text.index(after: end) }
            }
            tokens.append(text[index..<end])
            index = end
        }
        return tokens
    }
}
