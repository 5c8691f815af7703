import CouncilText

/// A table of people a PDF copy flattened column by column: "PRESENT: Name Tim Coulson (TC) David Cumberland (DC) Frances
/// Nwanodi Charlie Pybus (CP) Position Director (Chair) Director Company Secretary …". The names column comes whole,
/// under its heading, up to the next column's heading; its people lost every separator but their initials in
/// brackets, so each is told by the shape of names: a first name (one of `GivenNames` where it can be told) and a
/// surname, a title before them if printed.
enum ColumnFlattenedPeople {
    /// Headings of a names column.
    static let namesHeadings: Set<String> = ["Name", "Names", "NAME", "NAMES", "Member", "Members", "MEMBER", "MEMBERS"]

    /// Headings of the columns after the names, where the names end.
    static let laterHeadings: Set<String> = ["Position", "POSITION", "Role", "ROLE", "Roles", "Organisation", "ORGANISATION",
                                             "Organization", "Representing", "REPRESENTING", "Designation", "DESIGNATION",
                                             "Agency", "AGENCY", "Post", "POST", "Title", "TITLE"]

    /// Headings of an initials column, which a copy may put among the names ("Sarah Hughes Initial FGT Rachel Dent").
    static let initialsHeadings: Set<String> = ["Initial", "Initials", "INITIAL", "INITIALS"]

    /// The people of a list's text that opens with a names column's heading and reaches the next column's; nil for
    /// any other text, or when fewer than three people can be told.
    static func people(in text: Substring) -> [String]? {
        guard let first = text.split(separator: " ", maxSplits: 1).first, namesHeadings.contains(String(first)) else { return nil }
        let tokens = text.split(separator: " ")
        guard tokens.count >= 7, tokens[1].first?.isUppercase == true,
              let end = tokens.indices.dropFirst(2).first(where: { laterHeadings.contains(String(tokens[$0])) }) else { return nil }
        var run: [Substring] = []
        var index = 1
        while index < end {
            let token = tokens[index]
            // (An initials column's heading and the first initials under it, among the names.)
            if initialsHeadings.contains(String(token)) {
                index += index + 1 < end && tokens[index + 1].allSatisfy({ $0.isUppercase }) ? 2 : 1
                continue
            }
            run.append(token)
            index += 1
        }
        var people: [String] = []
        for chunk in chunks(of: run) {
            guard let found = segmented(chunk) else { return nil }
            people += found
        }
        return people.count >= 3 ? people : nil
    }

    /// The run parted after each person's initials in brackets ("Tim Coulson (TC)"), the initials dropped.
    private static func chunks(of run: [Substring]) -> [[Substring]] {
        var chunks: [[Substring]] = [[]]
        for token in run {
            if token.hasPrefix("("), token.hasSuffix(")"), token.count <= 6, token.dropFirst().dropLast().allSatisfy({ $0.isUppercase }) {
                chunks.append([])
            } else {
                chunks[chunks.count - 1].append(token)
            }
        }
        return chunks.filter { !$0.isEmpty }
    }

    /// The people of a run of names with no separator: the parting into people of two or three words (three when the
    /// middle one is a first name or an initial, "Ann Marie Dodds", "John P Smith"; a title adds one) that opens the
    /// most people with a first name and puts none inside one. Nil when a word is not a name's.
    static func segmented(_ words: [Substring]) -> [String]? {
        guard words.allSatisfy(isNameWord) else { return nil }
        let count = words.count
        // best[i]: the best score and parting of words[i...].
        var best = [(score: Int, people: [Range<Int>])?](repeating: nil, count: count + 1)
        best[count] = (0, [])
        for start in stride(from: count - 1, through: 0, by: -1) {
            for length in 2...4 where start + length <= count {
                guard let rest = best[start + length], let score = score(words[start..<(start + length)]) else { continue }
                let total = rest.score + score
                if best[start] == nil || total > best[start]!.score {
                    best[start] = (total, [start..<(start + length)] + rest.people)
                }
            }
        }
        return best[0]?.people.map { words[$0].joined(separator: " ") }
    }

    /// A person's words scored: a first name opening them counts for, a first name inside against (it opens the
    /// next person), three words without a reason against; nil when they cannot be one person.
    private static func score(_ person: ArraySlice<Substring>) -> Int? {
        var words = person
        var titled = false
        if let first = words.first, NameList.personalTitles.contains(first.lowercased().trimmingCharacters(in: ["."])) {
            words = words.dropFirst()
            titled = true
        }
        guard (2...3).contains(words.count), !NameList.personalTitles.contains(words.last!.lowercased()) else { return nil }
        var score = GivenNames.contains(words.first!) ? 2 : 0
        if titled { score += 2 }
        if words.count == 3 {
            let middle = words[words.startIndex + 1]
            if !(GivenNames.contains(middle) || middle.count <= 2) { score -= 3 }
        }
        if GivenNames.contains(words.last!) { score -= 2 }
        return score
    }

    /// A word a name may hold: a capital first ("O'Neill", "McCalla-Gordon"), letters, hyphens and apostrophes.
    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }
}
