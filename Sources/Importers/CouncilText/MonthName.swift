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

    /// True when the word names a month, so "7 November" is read as a date, not a count of Novembers.
    public static func isMonth(_ word: some StringProtocol) -> Bool {
        number(word) != nil
    }
}
