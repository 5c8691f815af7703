/// A Word form's header copied as text with its cells kept apart by runs of spaces, the labels without colons
/// ("Meeting           KIRKTON SAFEGUARDING CHILDREN’S BOARD               Venue      ROOM 2"): each label and the
/// cells after it become a line "Label: value", as the header's rules read them. Only lines that open with one of
/// the header's labels are parted; every part keeps the line's number.
enum ColumnedHeaderLabels {
    /// The labels of who, when and where a form's header prints, lower-cased.
    static let labels: Set<String> = ["meeting", "date", "venue", "location", "time", "start time", "finish time", "end time"]

    /// The lines, with each header row of labelled cells parted into its labels.
    static func parted(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { $0.cells != nil }) else { return lines }
        return lines.flatMap { line -> [SourceLine] in
            guard let cells = line.cells, let pairs = labelledPairs(cells) else { return [line] }
            return pairs.map { SourceLine(number: line.number, text: "\($0.label): \($0.value)", isBold: false) }
        }
    }

    /// The row's labels, each with the cells after it up to the next label; nil unless the row opens with a label and
    /// every label has a value.
    static func labelledPairs(_ cells: [String]) -> [(label: String, value: String)]? {
        guard let first = cells.first, labels.contains(first.lowercased()) else { return nil }
        var pairs: [(label: String, value: String)] = []
        for cell in cells {
            if labels.contains(cell.lowercased()) {
                pairs.append((cell, ""))
            } else {
                let last = pairs.count - 1
                pairs[last].value += pairs[last].value.isEmpty ? cell : " " + cell
            }
        }
        return pairs.allSatisfy({ !$0.value.isEmpty }) ? pairs : nil
    }
}
