import CouncilText
import Foundation

/// Titles and honours around a name: collective and plural titles before a list ("Councillors"), a person's own
/// ("Cllr", "Youth Cllr", "Provost"), police ranks, honours after a name ("OBE"), and lists of titled people run
/// together with nothing between them but the next title.
extension NameList {
    /// Plural and collective titles a list of people opens with ("Councillors ", "Co-opted Members "), lower-cased.
    static let collectiveTitles = ["county councillors ", "county councillor ", "county cllrs ", "county cllr ", "aldermen ", "alderman ",
                                   "youth councillors ", "youth cllrs ", "co-opted members ", "co-opted member ",
                                   "councillors ", "councillor ", "cllrs ", "cllrs. ", "cllr ", "cllr. ", "members ", "officers "]

    /// Civic titles before a name and honours after it are no part of it: "Provost Mrs Frances Duncan OBE" → "Mrs Frances
    /// Duncan", "Bill Campbell |" → "Bill Campbell". A church title is the person's own, as a personal title is ("Rev C
    /// Mack", "Canon D Ives"), and stays.
    static func droppingHonours(_ name: String) -> String {
        var text = Substring(name)
        while text.hasSuffix(" |") || text.hasSuffix("|") { text = text.dropLast().trimmingSpaces() }
        // (The longest title is 35 characters: only the name's opening is lower-cased.)
        let lower = text.prefix(40).lowercased()
        // (A mayor's style before the councillor who holds the office: "The Right Worshipful the Mayor Councillor R T Beckett",
        // "Deputy Mayor Councillor J McCarthy".)
        for title in ["depute lord provost ", "lord provost ", "depute provost ", "provost ", "bailie ",
                      // A youth council's members: "Youth Cllr Jacob Archer".
                      "youth cllr ", "youth cllr. ", "youth councillor ", "young cllr ",
                      "the hon. ", "the hon ", "hon. ", "hon "] + civicOffices
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

    /// "The Mayor (Councillor W. D. Ell BA QTS) (Chairman)" → "Councillor W. D. Ell": an office held, then the person who
    /// holds it in brackets; nil for any other entry.
    static func personInOfficeBracket(_ entry: String) -> String? {
        guard entry.hasPrefix("The ") || entry.hasPrefix("the "), let open = entry.firstIndex(of: "("),
              let close = entry[open...].firstIndex(of: ")") else { return nil }
        let office = entry[entry.index(entry.startIndex, offsetBy: 4)..<open].trimmingSpaces().lowercased()
        guard ["mayor", "deputy mayor", "town mayor", "lord mayor", "chairman", "chair", "vice-chairman", "vice chairman", "provost",
               "lord provost", "civic head"].contains(office) else { return nil }
        let inside = String(entry[entry.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        guard let first = inside.split(separator: " ").first, isPersonalTitle(first) else { return nil }
        return droppingHonours(inside)
    }

    /// "Deputy Mayor Councillor J McCarthy", "The Lord Mayor Cllr A Bell": a civic office, then its holder with a personal
    /// title.
    static func opensWithCivicOfficeAndTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 80, let first = text.utf8.first, first == UInt8(ascii: "D") || first == UInt8(ascii: "T") || first == UInt8(ascii: "L") else { return false }
        let lower = text.lowercased()
        for office in civicOffices where lower.hasPrefix(office) {
            return opensWithTitle(Substring(text).dropFirst(office.count))
        }
        return false
    }

    /// A mayor's or provost's office as printed before its holder's name, lower-cased, with the space after it.
    static let civicOffices = ["the right worshipful the lord mayor ", "the right worshipful the mayor ", "the worshipful the mayor ",
                               "the lord mayor ", "the deputy lord mayor ", "deputy lord mayor ", "the deputy mayor ", "deputy mayor ",
                               "lord mayor ", "the mayor "]

    /// "OBE", "O.B.E.", "JP", "D.L" (a deputy lieutenant): an honour or a member's letters printed after a name.
    static func isHonour(_ word: Substring) -> Bool {
        guard (2...7).contains(word.utf8.count), word.first?.isUppercase == true else { return false }
        let letters = TextScan.contains(String(word), ascii: ".") ? String(word.filter { $0 != "." }) : String(word)
        return ["OBE", "MBE", "CBE", "KBE", "DBE", "BEM", "JP", "QPM", "MP", "MSP", "MS", "AM", "DL",
                // (A member's degrees and teaching status: "Councillor W. D. Ell BA QTS".)
                "BA", "QTS", "BSC", "MSC", "PHD", "MED", "BED"].contains(letters)
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
        for rank in ["DCI ", "DI ", "DS ", "DSI ", "DC ", "PC ", "DCS ", "DSupt ", "DCC ", "ACC "] where text.hasPrefix(rank) && text.count > rank.count {
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

    /// Whether a text opens with one of the personal titles and a space ("Cllr Logan …").
    static func opensWithTitle(_ text: Substring) -> Bool {
        guard let space = text.firstIndex(of: " ") else { return false }
        return personalTitles.contains(text[..<space].lowercased().trimmingCharacters(in: ["."]))
    }

    /// Church titles that open a person inside a run of titled people (dropped from the name elsewhere, see `droppingHonours`).
    static let churchTitles: Set<String> = ["rev", "revd", "reverend", "canon"]

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
        guard personalTitles.contains(firstWord) || churchTitles.contains(firstWord)
                || firstWord == "youth" && opensWithTitle(body[firstSpace...].dropFirst()) else { return nil }
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
                // ("Mr P Duf (Chairman) Rev R Her (Vice-Chairman) Mrs F Bru": a minister among the members.)
                || churchTitles.contains(word.lowercased().trimmingCharacters(in: ["."]))
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
}

/// People's names cut short, run on, or run together with a post by a copy that lost its line breaks or its end.
extension NameList {
    /// Whether a word is one of the personal titles ("Mrs", "Dr.", "Cllr"), its full stop aside.
    static func isPersonalTitle(_ word: some StringProtocol) -> Bool {
        personalTitles.contains(word.lowercased().filter { $0 != "." })
    }

    /// "… Ms D Roy (LSC), Mr S" where the copy stops: the last person is a title and at most an initial, the rest of the
    /// name lost to the cut, and is dropped rather than kept as a name no one has. So is the last of several people on a
    /// line the copy cut ("…, Mr M Rattray, Mrs F Rob"): the cut may have fallen inside the name, and "Mrs F Rob" would be
    /// a person the minutes never named.
    static func droppingNameCutShort(from people: inout [String], lastLine: String) {
        guard let last = people.last else { return }
        let trimmed = lastLine.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(last) else { return }
        // (The line is a sentence that runs straight into the name after a comma or "and": "Apologies were received from
        // …, Mrs F Rob". A roll call's line, "Cllr Ann Lee (Chair), Bob Hill, Carl Dee", has no full stop to lose.)
        let before = trimmed.dropLast(last.count)
        let lowerCaseWords = before.split(separator: " ").filter { $0.first?.isLowercase == true }.count
        if lowerCaseWords >= 2, before.hasSuffix(", ") || before.hasSuffix(" and ") || before.hasSuffix(" & ") {
            people.removeLast()
            return
        }
        let words = last.split(separator: " ")
        guard let first = words.first, isPersonalTitle(first), words.count <= 2, words.dropFirst().allSatisfy({ $0.count <= 2 && $0.first?.isUppercase == true }) else { return }
        people.removeLast()
    }

    /// "Mrs L Doh (Clerk) Action Required Person Responsible 64/16 Opening Prayer 1. The Opening Prayer was led …": a copy that
    /// lost its line breaks runs the list's last person into the text after it. A person of more than eight words (outside
    /// brackets) is cut to the titled name that opens it, with its bracket ("Mrs L Doh (Clerk)"), or is no one; a shorter
    /// one is as it was.
    static func personBeforeRunOnText(_ person: String) -> String? {
        let outsideBrackets = TextScan.contains(person, ascii: "(") ? person.replacing(Self.parenthesisMaybeOpen, with: " ") : person
        guard outsideBrackets.split(separator: " ").count > 8 else { return person }
        let words = person.split(separator: " ")
        guard let title = words.first, isPersonalTitle(title) else { return nil }
        var index = 1
        // Initials or given names, then the surname: up to four capitalised words with no bracket.
        while index < words.count, index <= 4, let first = words[index].first, first.isUppercase, !words[index].contains("("),
              words[index].dropFirst().allSatisfy({ $0.isLetter || "’'-.".contains($0) }) {
            index += 1
            // (The surname is the first word of three letters or more after the title.)
            if words[index - 1].filter(\.isLetter).count >= 3 { break }
        }
        // ("Councillor Ann Kerr spoke …": a given name, then the surname before the sentence's lower-case words.)
        if index == 2, index + 1 < words.count, words[index].first?.isUppercase == true, words[index].filter(\.isLetter).count >= 3,
           !words[index].contains("("), words[index + 1].first?.isLowercase == true {
            index += 1
        }
        guard index >= 3 || (index == 2 && words[1].filter(\.isLetter).count >= 3) else { return nil }
        var name = words[..<index].joined(separator: " ")
        if index < words.count, words[index].hasPrefix("("), let close = words[index...].firstIndex(where: { $0.hasSuffix(")") }), close - index <= 4 {
            name += " " + words[index...close].joined(separator: " ")
        }
        return name
    }

    /// "Chair Mrs L Mor" → "Mrs L Mor": a person whose words before their title are the end of the post before them (a
    /// copy lost the comma); a name with a digit ("Parent 1") is no one; any other name as it was.
    static func fromTitleOn(_ name: String) -> String? {
        if name.contains(where: \.isNumber) { return nil }
        let words = name.split(separator: " ")
        guard let titleIndex = words.indices.dropFirst().first(where: { isPersonalTitle(words[$0]) }), !isPersonalTitle(words[0]),
              titleIndex + 1 < words.count else { return name }
        return words[titleIndex...].joined(separator: " ")
    }
}

extension NameList {
    /// "Primary Academies Headteacher – Kenningtons Ms J Sawtell-Haynes Headteacher – Abbotts Primary Mrs L James": a table's
    /// row of group, post and person run together, each person a title, initials and a surname ("Ms J Sawtell-Haynes", "Dr
    /// S Asong"), the words between them posts and bodies. The people, when the line opens with no person (other rules
    /// read those) and no sentence; nil otherwise. The initials make the person: "Mr Roger" alone is no one here.
    static func titledPeopleAmongPosts(_ text: String) -> [String]? {
        // (Commas or semicolons part a list the usual way, which other rules read whole.)
        guard text.utf8.count <= 400, text.utf8.count >= 12, !TextScan.contains(text, ascii: ","), !TextScan.contains(text, ascii: ";"),
              // (A title after a space, settled on the bytes: most lines hold none.)
              TextScan.contains(text, ascii: " M") || TextScan.contains(text, ascii: " Dr") else { return nil }
        let words = text.split(separator: " ")
        guard let first = words.first, !personalTitles.contains(first.lowercased().trimmingCharacters(in: ["."])),
              !words.contains(where: { $0.first?.isLowercase == true && !["of", "and", "for", "the", "&", "in", "to", "at"].contains($0) }) else { return nil }
        var people: [String] = []
        var index = 0
        while index < words.count {
            guard ["mr", "mrs", "ms", "miss", "dr"].contains(words[index].lowercased().trimmingCharacters(in: ["."])) else { index += 1; continue }
            var next = index + 1
            while next < words.count, next - index <= 3, isInitial(words[next]) { next += 1 }
            guard next > index + 1, next < words.count, isSurname(words[next]) else { index += 1; continue }
            people.append(words[index...next].joined(separator: " "))
            index = next + 1
        }
        return people.isEmpty ? nil : people
    }

    /// "Primary Maintained Schools Headteacher – Primary Miss N Shadbolt": a row of posts ending in one titled person (title,
    /// initials, surname), which a list of such rows may hold between blank lines.
    static func isPostRowEndingInPerson(_ text: String) -> Bool {
        guard let people = titledPeopleAmongPosts(text), people.count == 1, text.hasSuffix(people[0]) else { return false }
        return text.dropLast(people[0].count).lowercased().split(whereSeparator: { !$0.isLetter }).contains { roleWords.contains(String($0)) }
    }

    /// "D Hawth", "M J Cook", "Mrs A Bell": initials (a title before them, perhaps) and a surname, nothing else.
    static func isInitialledPerson(_ text: String) -> Bool {
        var words = text.split(separator: " ")[...]
        if let first = words.first, personalTitles.contains(first.lowercased().trimmingCharacters(in: ["."])) { words = words.dropFirst() }
        guard words.count >= 2, words.count <= 4, let surname = words.last, isSurname(surname) else { return false }
        return words.dropLast().allSatisfy(isInitial)
    }

    /// Whether a part of a list may name someone: a title, or a known first name, opens it.
    static func couldBeSomeone(_ text: String) -> Bool {
        hasPersonalTitle(text) || (text.split(separator: " ").first.map(GivenNames.contains) ?? false)
    }

    /// "J", "J.", "AB": one or two capitals, perhaps with a full stop.
    private static func isInitial(_ word: Substring) -> Bool {
        let bare = word.hasSuffix(".") ? word.dropLast() : word
        return (1...2).contains(bare.count) && bare.allSatisfy { $0.isUppercase }
    }

    /// "Sawtell-Haynes", "O’Neill", "McCalla": a surname's shape (`RunTogetherPeople.hasSurnameShape`) with small letters in it.
    private static func isSurname(_ word: Substring) -> Bool {
        RunTogetherPeople.hasSurnameShape(word) && word.contains(where: \.isLowercase)
    }
}
