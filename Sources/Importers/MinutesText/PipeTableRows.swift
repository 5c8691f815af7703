import Foundation

/// Word tables that a document site rendered as rows of bars ("|MEETING TITLE: |Children's Partnership
/// |MEETING DATE: |Monday |"): each row becomes its cells joined by " / ", as other copies of Word tables
/// print them, so the rules for those read it. A row of empty cells becomes a blank line; line numbers stay.
/// (Agenda tables written "No. | Item |", a bar after a space, are `TableRendering`'s.)
enum PipeTableRows {
    /// The lines, with every bar-framed row joined; the same array when none is.
    static func joined(_ lines: [SourceLine]) -> [SourceLine] {
        // (A Markdown table, "| Cabinet | Tower Hamlets |" over "|---|---|", is read as one: its rows stay.)
        guard lines.contains(where: { isBarRow($0, openedBySpace: false) }), !lines.contains(where: isMarkdownRule) else { return lines }
        // Once the page has such rows, "| | | |9 September 2013 |" (empty cells first) is one too.
        return lines.map { line in
            guard isBarRow(line, openedBySpace: true) else { return line }
            let cells = line.text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return SourceLine(number: line.number, text: cells.joined(separator: " / "), isBold: line.isBold)
        }
    }

    /// "|CELL |CELL |" or "| CELL | CELL |": a bar, then a cell's first character (perhaps after one space; with
    /// `openedBySpace`, anything), and a bar closing the line.
    static func isBarRow(_ line: SourceLine, openedBySpace: Bool) -> Bool {
        let utf8 = line.text.utf8
        guard utf8.count >= 2, utf8.first == UInt8(ascii: "|") else { return false }
        let second = utf8[utf8.index(after: utf8.startIndex)]
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        // ("| Ann Gray | Kirkton Council |": a converter that pads its cells with a space.)
        let first = second == UInt8(ascii: " ") && utf8.count >= 3 ? utf8[utf8.index(utf8.startIndex, offsetBy: 2)] : second
        let opensCell = (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z") || first >= 0x80
            || first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
        return (openedBySpace || opensCell) && end > utf8.index(after: utf8.startIndex)
            && utf8[utf8.index(before: end)] == UInt8(ascii: "|")
    }

    /// "|---|---|", "|:--|--:|": the rule under a Markdown table's header.
    static func isMarkdownRule(_ line: SourceLine) -> Bool {
        let utf8 = line.text.utf8
        return utf8.count >= 3 && utf8.first == UInt8(ascii: "|") && utf8.contains(UInt8(ascii: "-"))
            && utf8.allSatisfy { [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: " ")].contains($0) }
    }
}
