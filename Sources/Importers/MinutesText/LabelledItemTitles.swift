/// ModernGov's "No. Item" table copied as text, an item titled with a word that is also a label: "23." / "Minutes: pdf icon
/// PDF 30 KB" is the item "Minutes" with its paper, not the "Minutes:" label of the item above. The colon the copy put
/// after the title goes, so the rules for an item's title and its paper's link read the line. Every line keeps its number.
enum LabelledItemTitles {
    /// The lines, with each such title's colon dropped; the same lines when none is.
    static func unlabelled(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: isTitleWithPaper) else { return lines }
        var result = lines
        var previous: Int?
        for index in lines.indices where !lines[index].isBlank {
            if isTitleWithPaper(lines[index]), let previous, isNumberAlone(lines[previous].text),
               let colon = lines[index].text.firstIndex(of: ":") {
                var text = lines[index].text
                text.remove(at: colon)
                result[index] = SourceLine(number: lines[index].number, text: text, isBold: lines[index].isBold)
            }
            previous = index
        }
        return result
    }

    /// "Minutes: pdf icon PDF 30 KB", "Decisions: PDF 120 KB": a label's word, its colon, then only a paper's link.
    static func isTitleWithPaper(_ line: SourceLine) -> Bool {
        let text = line.text
        guard text.utf8.count <= 40, text.hasSuffix(" KB") || text.hasSuffix(" MB") else { return false }
        return text.wholeMatch(of: Self.titleWithPaper) != nil
    }

    /// "23.", "23": an item's number alone on its line.
    static func isNumberAlone(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.hasSuffix(".") { digits = digits.dropLast() }
        return (1...4).contains(digits.count) && digits.allSatisfy(\.isNumber)
    }

    nonisolated(unsafe) static let titleWithPaper = /(?:Minutes|Minute|Decisions|Notes|Agenda): (?:pdf icon )?PDF [0-9.]+ [KM]B/
}
