/// A list of people, their entries parted by semicolons, that a copy wrapped over several lines mid-entry
/// ("In attendance: Rob Bell (RB), Interim Assistant Director" / "Commissioning, Kirkton Council; Mark Best (MB)," /
/// "KMPT; Ann Finn (AF), Director …"): the lines are joined into the one line the page printed, so the list's
/// reading parts it at its semicolons and not at the copy's breaks. The joined line keeps the first's number.
enum WrappedPeopleLists {
    /// The lines, with each wrapped list of people joined; the same array when there is none.
    static func joined(_ lines: [SourceLine]) -> [SourceLine] {
        // Settled on the bytes first: most pages hold no semicolon at all.
        guard lines.contains(where: { TextScan.contains($0.text, ascii: ";") }) else { return lines }
        var result: [SourceLine] = []
        result.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard opensPeopleList(line.text), let end = wrapEnd(after: index, in: lines) else {
                result.append(line)
                index += 1
                continue
            }
            let text = lines[index...end].filter { !$0.isBlank }.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            result.append(SourceLine(number: line.number, text: text, isBold: false))
            index = end + 1
        }
        return result
    }

    /// A line that opens a list of people with a label and names after it ("Present: A; B", "PARTICIPANTS: / A (AB) …").
    static func opensPeopleList(_ text: String) -> Bool {
        guard let label = Labels.parse(text), label.role == .attendance || label.role == .apologies else { return false }
        return !label.value.isEmpty && !LinePatterns.endsWithTerminalPunctuation(Substring(text))
    }

    /// The last line of the list's wrap after the label's line, or nil when the next line does not go on with it.
    /// A line goes on with the list while what came before ended mid-entry (a comma, a semicolon, a slash or no
    /// punctuation) and it holds a semicolon itself or ends the entry; one blank line between (a table's rows) is passed.
    static func wrapEnd(after start: Int, in lines: [SourceLine]) -> Int? {
        var end: Int?
        var accumulatedHasSemicolon = TextScan.contains(lines[start].text, ascii: ";")
        var last = lines[start].text
        var index = start + 1
        var joinedLines = 0
        while index < lines.count, joinedLines < 8 {
            var next = index
            if lines[next].isBlank {
                next += 1
                guard next < lines.count, !lines[next].isBlank else { break }
            }
            let text = lines[next].text
            let holdsSemicolon = TextScan.contains(text, ascii: ";")
            // (A full stop ends the list; a bracket, "Ann Tait (AT)", only an entry.)
            guard !last.trimmingCharacters(in: .whitespaces).hasSuffix("."),
                  holdsSemicolon || accumulatedHasSemicolon, text.utf8.count <= 400, Labels.parse(text) == nil,
                  LinePatterns.leadingNumber(text, requireDot: true) == nil, LinePatterns.bullet(text) == nil,
                  // ("Action Points;": the next heading, its colon typed as a semicolon, names no one.)
                  !(text.hasSuffix(";") && NameList.namesNoOne(String(text.dropLast()))) else { break }
            // (Without a semicolon of its own, a line ends the list's last entry only after a comma or a slash.)
            if !holdsSemicolon, !(last.hasSuffix(",") || last.hasSuffix("/") || last.hasSuffix(" and")) { break }
            accumulatedHasSemicolon = accumulatedHasSemicolon || holdsSemicolon
            end = next
            last = text
            index = next + 1
            joinedLines += 1
        }
        return accumulatedHasSemicolon ? end : nil
    }
}
