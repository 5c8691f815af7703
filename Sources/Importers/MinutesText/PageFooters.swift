/// A PDF copy runs a page's footer into the first line of the next page: "Page 1 of 7 1. Welcome from the Chair". The
/// footer ("Page N of M") before a numbered item's heading is dropped, so the item reads as the page printed it.
enum PageFooters {
    /// The lines, each footer before an item's number dropped; the same array when none is.
    static func dropped(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { itemAfterFooter($0.text) != nil }) else { return lines }
        return lines.map { line in
            itemAfterFooter(line.text).map { SourceLine(number: line.number, text: $0, isBold: line.isBold) } ?? line
        }
    }

    /// "Page 1 of 7 1. Welcome from the Chair" → "1. Welcome from the Chair"; nil for any other line.
    static func itemAfterFooter(_ text: String) -> String? {
        guard text.hasPrefix("Page ") || text.hasPrefix("PAGE "), text.utf8.count <= 300 else { return nil }
        let words = text.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
        guard words.count == 6, words[1].allSatisfy(\.isNumber), words[2].lowercased() == "of", words[3].allSatisfy(\.isNumber),
              let mark = words[4].last, mark == "." || mark == ")", !words[4].dropLast().isEmpty, words[4].dropLast().allSatisfy(\.isNumber),
              words[5].first?.isUppercase == true else { return nil }
        return String(words[4]) + " " + words[5]
    }
}
