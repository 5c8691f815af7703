/// A council's roll call printed as a grid of surnames under "COUNCILLORS:", three or so to a line, a member's initials
/// before the surname only where two share it ("Akers-Belcher Allison Atkinson" / "Barker Brash R W Cook" / "G Lilley
/// London A Marshall"): each surname, with the initials before it, is one member, titled as the heading titles them all.
enum SurnameGrid {
    /// Whether a line is the grid's heading: "COUNCILLORS:", "Councillors:-", "COUNCILLORS" alone.
    static func isHeading(_ text: String) -> Bool {
        var core = Substring(text)
        while let last = core.last, last == ":" || last == "-" || last == " " { core = core.dropLast() }
        return core == "COUNCILLORS" || core == "Councillors"
    }

    /// The members of one line of the grid, or nil when the line is not one: up to eight words, each a capitalised
    /// surname (a hyphen or an apostrophe allowed) or a capital initial, ending with a surname, none a word of a heading.
    static func members(inLine text: String) -> [String]? {
        guard text.utf8.count <= 100, !text.isEmpty else { return nil }
        let words = text.split(separator: " ")
        guard (1...8).contains(words.count) else { return nil }
        var members: [String] = []
        var initials: [Substring] = []
        for word in words {
            let letters = word.filter { $0 != "." }
            if letters.count == 1, letters.first?.isUppercase == true {
                initials.append(word)
                continue
            }
            // ("Helen DOCK": a given name and a surname in capitals, one member to a line, is another list's shape.)
            guard isSurname(word), !(word.count >= 2 && word.allSatisfy({ !$0.isLowercase })) else { return nil }
            // (The heading's title is each member's: "Councillor R W Cook", as a list that prints it would.)
            members.append((["Councillor"] + initials + [word]).joined(separator: " "))
            initials = []
        }
        return initials.isEmpty && !members.isEmpty ? members : nil
    }

    /// Words of the headings and labels around a roll call, no one's surname.
    static let headingWords: Set<String> = ["officers", "officer", "councillors", "members", "the", "and", "of", "mayor", "chairman",
                                            "chair", "present", "apologies", "absent", "attendance", "minutes", "agenda", "item", "items",
                                            "none", "nil", "in", "also", "aldermen", "alderman"]

    private static func isSurname(_ word: Substring) -> Bool {
        guard word.count >= 2, let first = word.first, first.isUppercase,
              word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }),
              // ("Young", "Hall", "Church" are surnames: only the words of a list's headings are not.)
              !NameList.personalTitles.contains(word.lowercased()), !headingWords.contains(word.lowercased())
        else { return false }
        return true
    }
}
