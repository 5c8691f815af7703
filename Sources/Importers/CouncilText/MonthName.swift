/// English month names and the abbreviations councils write ("Sept", "Oct23"): the one month table every
/// reader shares, so a date means the same whichever importer read it.
public enum MonthName {
    /// Full names, January first.
    public static let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                              "september", "october", "november", "december"]

    /// Every accepted spelling, lower case, with its month number.
    public static let numbers: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in full.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The month a word names (any case), else nil.
    public static func number(_ word: some StringProtocol) -> Int? {
        numbers[word.lowercased()]
    }

    /// Whether a word is a month's full name of seven letters or more misspelt by one letter left out, added, changed or
    /// swapped with its neighbour ("Februay", "Feburary", "Septmber"), its first letter kept. Not for reading dates (a
    /// wrong date is worse than none): for telling that "17 Februay" counts nothing.
    public static func isMisspeltMonth(_ word: some StringProtocol) -> Bool {
        // (Asked of the word after every number in minutes: its length and first letter settle nearly all before a copy is made.)
        guard (6...10).contains(word.utf8.count), let first = word.utf8.first, "JFSONDjfsond".utf8.contains(first) else { return false }
        let lower = Array(word.lowercased())
        guard lower.count >= 6, lower.allSatisfy(\.isLetter), number(String(lower)) == nil else { return false }
        return full.contains { name in
            let target = Array(name)
            return target.count >= 7 && target.first == lower.first && abs(target.count - lower.count) <= 1 && isOneEditApart(lower, target)
        }
    }

    /// Whether two words differ by exactly one letter left out, added, changed, or two neighbours swapped.
    static func isOneEditApart(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return false }
        if a.count == b.count {
            let differences = a.indices.filter { a[$0] != b[$0] }
            if differences.count == 1 { return true }
            return differences.count == 2 && differences[1] == differences[0] + 1
                && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var index = 0
        while index < short.count, short[index] == long[index] { index += 1 }
        return Array(short[index...]) == Array(long[(index + 1)...])
    }

    /// True when the word names a month, so "7 November" is read as a date, not a count of Novembers.
    public static func isMonth(_ word: some StringProtocol) -> Bool {
        number(word) != nil
    }
}
