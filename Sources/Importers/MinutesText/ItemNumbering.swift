import Foundation

/// The numbers of the items read so far, so that only the next number in sequence starts an item
/// ("19." after "18.", "6b" after "6a") and numbers in prose ("2024 was a year ...") do not.
struct ItemNumbering {
    private(set) var lastValue: Int?
    private(set) var lastSuffix = ""
    /// How many items in a row printed their number alone on its line, the title on the next
    /// (ModernGov's "No. Item" table). On such a page, "3.  If so, to formally pass …" inside an
    /// item is a numbered paragraph, not the next item.
    private(set) var numbersAloneInARow = 0
    /// Whether the items so far were numbered "1)", "2)": only then does the next "N)" open an item (elsewhere it numbers a
    /// point of an item's minutes).
    private(set) var parenthesised = false
    /// Whether the last item was numbered "1 - Title": then "1. Select the link above" under it is a point of its text,
    /// not the next item.
    private(set) var dashed = false
    /// The two parts of the last "19/23" number, when it had them.
    private(set) var lastSlashParts: (first: Int, second: Int)?
    /// The committee's code of the last "YC.4" number, when it had one: the next item has it too (a plain "6." under
    /// it is a point of the item's minutes).
    private(set) var lastCode: Substring?

    /// Whether `number` (with its integer `value`) can be the next item's number.
    func accepts(_ number: String, value: Int) -> Bool {
        if let lastCode, !(number.hasPrefix(lastCode) && number.dropFirst(lastCode.count).first == ".") { return false }
        // "19/23", "20/23": the item and the year it is numbered in; the year stays, the item goes on.
        if let parts = Self.slashParts(number), let last = lastSlashParts, parts.second == last.second, parts.first != last.first {
            return parts.first > last.first && parts.first - last.first <= 40
        }
        let suffix = String(number.drop { $0.isNumber })
        guard let last = lastValue else { return value < 2000 }
        if value == last { return suffix > lastSuffix }
        return value > last && value - last <= 40
    }

    /// Records how an item just started was numbered ("1)" or another way).
    mutating func note(parenthesised: Bool, dashed: Bool = false) {
        self.parenthesised = parenthesised
        self.dashed = dashed
    }

    /// Records the number of an item just started.
    mutating func advance(to number: String?, numberAlone: Bool) {
        numbersAloneInARow = numberAlone ? numbersAloneInARow + 1 : 0
        lastSlashParts = number.flatMap(Self.slashParts)
        // "23/5": the item's place in the sequence is its second part; "CYP/2/24": its middle one.
        let pieces = (number ?? "").split(separator: "/")
        var own = pieces.count == 3 ? String(pieces[1]) : pieces.last.map(String.init) ?? ""
        // "YC.2": the committee's code, then the item's place.
        lastCode = nil
        if let number, number.wholeMatch(of: ItemHeader.codeDotNumber) != nil, let dot = number.lastIndex(of: ".") {
            own = String(number[number.index(after: dot)...])
            lastCode = number[..<dot]
        }
        // "R001/11": the parish committee's letters, then the item's place; the year after the slash stays.
        if let number, let match = number.wholeMatch(of: ItemHeader.lettersMinuteAndYear) { own = String(match.output.2) }
        if let roman = ItemHeader.romanValues[own] {
            // "II": Scottish articles go on in Roman numerals.
            lastSuffix = ""
            lastValue = roman
            return
        }
        lastSuffix = String(own.drop { $0.isNumber })
        lastValue = Int(own.prefix { $0.isNumber })
    }

    /// "19/23" → (19, 23); nil for any other number.
    static func slashParts(_ number: String) -> (first: Int, second: Int)? {
        guard number.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = number.split(separator: "/")
        guard parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]) else { return nil }
        return (first, second)
    }
}
