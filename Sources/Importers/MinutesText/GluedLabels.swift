import CouncilText

/// Labels a copy of a page's table glued to their values, the cell between them lost: "DateWednesday 9 May 2001",
/// "LocationCommittee Room 2, Civic Centre, Swinton." Each is parted back into "Date: …" and "Location: …", so the
/// header's rules read them; every other line is left as it is.
enum GluedLabels {
    /// The lines, with such labels parted from their values, and the numbers of an agenda table's rows parted from their
    /// titles.
    static func parted(_ lines: [SourceLine]) -> [SourceLine] {
        // ("Present:CouncillorsSHEENA WELSH, …", "Representatives: MrBILL SIMPSON", "on behalf of CouncillorMargaret Thomson":
        // a PDF copy that lost the space after a person's title.)
        var result = lines.map { line in
            guard let text = ungluingTitles(line.text) else { return line }
            return SourceLine(number: line.number, text: text, isBold: line.isBold, startsTableRow: line.startsTableRow, cells: line.cells)
        }
        if result.prefix(40).contains(where: { partedText($0.text) != nil }) {
            result = result.enumerated().map { offset, line in
                guard offset < 40, let text = partedText(line.text) else { return line }
                return SourceLine(number: line.number, text: text, isBold: line.isBold)
            }
        }
        partItemNumbers(&result)
        return result
    }

    /// Personal titles a copy may glue to the name after them, longest first.
    private static let gluableTitles: [[UInt8]] = ["Councillors", "Councillor", "Miss", "Mrs", "Mr", "Ms", "Dr"].map { Array($0.utf8) }

    /// The text with a space put back after each personal title glued to a name in capitals or with a capital
    /// ("CouncillorsSHEENA" → "Councillors SHEENA", "MrBILL" → "Mr BILL", "CouncillorMargaret" → "Councillor Margaret");
    /// nil when there is none (settled on the bytes, for every line).
    static func ungluingTitles(_ text: String) -> String? {
        // Asked of every line: read in place, copied only when a title is glued.
        let insertions: [Int] = text.utf8.withContiguousStorageIfAvailable(gluedTitleEnds) ?? Array(text.utf8).withUnsafeBufferPointer(gluedTitleEnds)
        guard !insertions.isEmpty else { return nil }
        var bytes = Array(text.utf8)
        for position in insertions.reversed() { bytes.insert(0x20, at: position) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where each glued title ends (see `ungluingTitles`), in order; empty for most lines.
    private static func gluedTitleEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var insertions: [Int] = []
        var index = 0
        while index + 3 < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "C") || byte == UInt8(ascii: "M") || byte == UInt8(ascii: "D"),
                  index == 0 || !(bytes[index - 1].isASCIILetter) else { index += 1; continue }
            for title in gluableTitles where index + title.count <= bytes.count && title.indices.allSatisfy({ bytes[index + $0] == title[$0] }) {
                let after = index + title.count
                // (A capital, then a capital and a small letter, is an initial glued to a surname, "MrsHMcNeil": the
                // person's own reading parts it, `NameList.ungluingTitle`.)
                if after + 1 < bytes.count, bytes[after].isASCIIUppercase, bytes[after + 1].isASCIILetter,
                   !(bytes[after + 1].isASCIIUppercase && after + 2 < bytes.count && bytes[after + 2].isASCIILetter && !bytes[after + 2].isASCIIUppercase) {
                    insertions.append(after)
                }
                break
            }
            index += 1
        }
        return insertions
    }

    /// The headings of an agenda table whose rows' numbers a copy glued to their titles.
    static let itemTableHeadings: Set<String> = ["item subject", "item title", "no. item", "item no. subject", "number item"]

    /// "Item Subject" (or "Number Item") / "1Apologies for absence" / "2Consideration of …" / "Minutes of 11th April" / "3Minutes of …": the
    /// same table's rows, each number glued to its title (the lines between are the items' papers). Parted as "1. …",
    /// each number after the one before (by one or two: an item may be withdrawn), so no other line is touched.
    static func partItemNumbers(_ lines: inout [SourceLine]) {
        // (Near the top, and settled on a line's length before it is lower-cased.)
        guard let header = lines.prefix(200).firstIndex(where: { $0.text.utf8.count <= 16 && itemTableHeadings.contains($0.text.lowercased()) })
        else { return }
        var last = 0
        for index in (header + 1)..<lines.count {
            let text = lines[index].text
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count), let value = Int(digits), (last + 1...last + 2).contains(value),
                  let opening = text.dropFirst(digits.count).first, opening.isUppercase else { continue }
            lines[index] = SourceLine(number: lines[index].number, text: "\(digits). " + rowTitle(text.dropFirst(digits.count)), isBold: lines[index].isBold)
            last = value
        }
    }

    /// A row's title without what the table's other cells ran into it: the link to its papers ("View Papers"), the
    /// pages of the printed papers in a bracket ("(Print 7, pages 409 to 441)", "(page 442 onwards)") and the full stop.
    static func rowTitle(_ text: Substring) -> String {
        var title = text.trimmingCharacters(in: .whitespaces)
        for link in [" View Papers", " View papers", " View Documents", " View documents"] where title.hasSuffix(link) {
            title = String(title.dropLast(link.count))
        }
        title = LinePatterns.trimTrailingPunctuation(title)
        // "05Design Brief for a Model Primary School - Outcome of Consultation - report by Head of Education (herewith).",
        // "03Declarations of Interest - Members should declare …": the title without whose report it is or the note after it.
        for note in [" - report by ", " – report by ", " - Report by ", " – Report by ", " - joint report by ", " – joint report by ",
                     " - Members ", " – Members ", " (herewith"] {
            if let start = title.range(of: note), title.distance(from: title.startIndex, to: start.lowerBound) >= 8 {
                title = LinePatterns.trimTrailingPunctuation(title[..<start.lowerBound])
            }
        }
        if title.hasSuffix(")"), let open = title.lastIndex(of: "("),
           title[open...].range(of: "page", options: .caseInsensitive) != nil, title.distance(from: title.startIndex, to: open) >= 10 {
            title = LinePatterns.trimTrailingPunctuation(title[..<open])
        }
        return title
    }

    /// "DateWednesday 9 May 2001" → "Date: Wednesday 9 May 2001" (the rest must open with the day);
    /// "LocationCommittee Room 2, Civic Centre" → "Location: Committee Room 2, Civic Centre" (a place: a comma in it).
    static func partedText(_ text: String) -> String? {
        if let people = partedPeopleLabel(text) { return people }
        guard text.utf8.count <= 160, let first = text.utf8.first, first == UInt8(ascii: "D") || first == UInt8(ascii: "L")
                || first == UInt8(ascii: "V") else { return nil }
        for label in ["Date", "Location", "Venue"] where text.hasPrefix(label) {
            let value = text.dropFirst(label.count)
            guard let opening = value.first, opening.isUppercase || opening.isNumber else { return nil }
            if label == "Date" {
                guard let day = DateText.allDates(in: String(value)).first, String(value)[..<day.range.lowerBound].split(separator: " ").count <= 1
                else { return nil }
            } else {
                guard value.contains(","), opening.isUppercase else { return nil }
            }
            return label + ": " + value
        }
        return nil
    }

    /// "PRESENTMr D Roth(Chair)" → "PRESENT: Mr D Roth(Chair)", "IN ATTENDANCEMr J Hal (Clerk)" → "IN ATTENDANCE: Mr J Hal
    /// (Clerk)": a list's label in capitals glued to its first person, told by the title the person opens with.
    static func partedPeopleLabel(_ text: String) -> String? {
        guard text.utf8.count <= 200, let first = text.utf8.first,
              first == UInt8(ascii: "P") || first == UInt8(ascii: "I") || first == UInt8(ascii: "A") else { return nil }
        for label in ["PRESENT", "IN ATTENDANCE", "ALSO PRESENT", "ALSO IN ATTENDANCE", "APOLOGIES", "ABSENT"] where text.hasPrefix(label) {
            let value = text.dropFirst(label.count)
            guard let title = value.split(separator: " ", maxSplits: 1).first,
                  NameList.isPersonalTitle(title) else { return nil }
            return label + ": " + value
        }
        return nil
    }
}

private extension UInt8 {
    /// An ASCII letter.
    var isASCIILetter: Bool { isASCIIUppercase || (self >= 0x61 && self <= 0x7A) }
    /// An ASCII capital.
    var isASCIIUppercase: Bool { self >= 0x41 && self <= 0x5A }
}
