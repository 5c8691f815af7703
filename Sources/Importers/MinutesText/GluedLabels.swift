import CouncilText

/// Labels a copy of a page's table glued to their values, the cell between them lost: "DateWednesday 9 May 2001",
/// "LocationCommittee Room 2, Civic Centre, Swinton." Each is parted back into "Date: …" and "Location: …", so the
/// header's rules read them; every other line is left as it is.
enum GluedLabels {
    /// The lines, with such labels parted from their values, and the numbers of an agenda table's rows parted from their
    /// titles.
    static func parted(_ lines: [SourceLine]) -> [SourceLine] {
        var result = lines
        if lines.prefix(40).contains(where: { partedText($0.text) != nil }) {
            result = lines.enumerated().map { offset, line in
                guard offset < 40, let text = partedText(line.text) else { return line }
                return SourceLine(number: line.number, text: text, isBold: line.isBold)
            }
        }
        partItemNumbers(&result)
        return result
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
