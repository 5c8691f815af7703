import CouncilText
import Foundation

/// A PDF copy whose heading and labels ran onto one long line ("X Advisory Board Meeting Focus: … Date: 9th July
/// 2014 Time: 4pm Venue: Y Attendees: A (Parent) B (Health Trainer) Apologies: …"): the line is parted before
/// each label of who, when and where, as the page printed them, so the header's rules read it. Every part
/// keeps the line's number.
enum RunTogetherLabels {
    /// Labels a flattened header holds, as printed (a capital, a colon and a space after).
    static let labels = [" Date: ", " Time: ", " Venue: ", " Location: ", " Attendees: ", " Attended: ", " Present: ", " Apologies: ",
                         " In attendance: ", " In Attendance: ", " Focus: ", " Chair: ",
                         // A ModernGov agenda pack's front page, flattened: "… COMMITTEE Date : Tuesday, 30th June, 2015 Time : 10.00 am Venue : …".
                         " Date : ", " Time : ", " Venue : ",
                         // Scottish minutes print theirs in capitals: "PRESENT: … ATTENDING: … APOLOGY FOR ABSENCE: …".
                         " PRESENT: ", " ATTENDING: ", " ALSO ATTENDING: ", " IN ATTENDANCE: ", " APOLOGIES: ", " APOLOGY FOR ABSENCE: ",
                         " APOLOGIES FOR ABSENCE: ", " CHAIR: "]

    /// The labels of lists of people, whose values run on.
    static let listLabels: Set<String> = [" Attendees: ", " Attended: ", " Present: ", " Apologies: ", " In attendance: ", " In Attendance: ",
                                          " PRESENT: ", " ATTENDING: ", " ALSO ATTENDING: ", " IN ATTENDANCE: ", " APOLOGIES: ",
                                          " APOLOGY FOR ABSENCE: ", " APOLOGIES FOR ABSENCE: "]

    /// The lines, with every long line holding three of those labels or more parted before each.
    static func parted(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { holdsRunTogetherLabels($0) || apologiesAfterList(in: $0) != nil || trailingListLabel(in: $0) != nil }) else {
            return lines
        }
        return lines.flatMap { line -> [SourceLine] in
            if let label = trailingListLabel(in: line) {
                return [SourceLine(number: line.number, text: String(line.text[..<label]), isBold: line.isBold),
                        SourceLine(number: line.number, text: String(line.text[line.text.index(after: label)...]), isBold: line.isBold)]
            }
            if let apologies = apologiesAfterList(in: line) {
                return [SourceLine(number: line.number, text: String(line.text[..<apologies]), isBold: false),
                        SourceLine(number: line.number, text: String(line.text[line.text.index(apologies, offsetBy: 2)...]), isBold: false)]
            }
            guard holdsRunTogetherLabels(line) else { return [line] }
            var parts: [Substring] = []
            var rest = Substring(line.text)
            var afterList = false
            while let next = (labels + Self.minutesLabels).compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                // After a list of people, a header label ("Focus:" of an agenda item, "Date:" of the next meeting)
                // belongs to what follows the list: the line is parted no further.
                let label = String(rest[next])
                // "… Apologies: A B C Minutes: Welcome to …": the minutes open after the lists, and run on.
                if Self.minutesLabels.contains(label) {
                    guard afterList else { break }
                    parts.append(rest[..<next.lowerBound])
                    rest = rest[rest.index(after: next.lowerBound)...]
                    break
                }
                if afterList, !Self.listLabels.contains(label) { break }
                parts.append(rest[..<next.lowerBound])
                rest = rest[rest.index(after: next.lowerBound)...]
                afterList = afterList || Self.listLabels.contains(label)
            }
            parts.append(rest)
            // "Venue : Trelawny Room, County Hall TR1 3AY Agenda 1. Apologies for Absence 2. …": a pack's front page, its
            // numbered agenda after the place; the agenda goes on a line of its own (and is read as the page's items).
            var agendaAfterHeader = false
            if let last = parts.last, !Self.listLabels.contains(where: { last.hasPrefix($0.dropFirst()) }),
               let agenda = last.range(of: " Agenda 1. ") ?? last.range(of: " AGENDA 1. ") {
                parts.removeLast()
                parts.append(last[..<agenda.lowerBound])
                parts.append(last[last.index(after: agenda.lowerBound)...])
                agendaAfterHeader = true
            }
            // A page run onto one line after a header label ("Venue: Room 1, … The business to be considered …") is
            // not parted: only a list of people runs on after its label.
            if parts.dropFirst().dropLast(agendaAfterHeader ? 1 : 0)
                .contains(where: { part in part.utf8.count > 150 && !Self.listLabels.contains(where: { part.hasPrefix($0.dropFirst()) }) })
                && !(parts.count >= 3 && Self.minutesLabels.contains(where: { parts[parts.count - 1].hasPrefix($0.dropFirst()) })
                     && !parts.dropFirst().dropLast().contains(where: { part in part.utf8.count > 150 && !Self.listLabels.contains(where: { part.hasPrefix($0.dropFirst()) }) })) {
                return [line]
            }
            // The last list runs on into the page ("APOLOGIES: Councillor Alice Call. 255. DECLARATIONS …"): it ends at its full stop.
            if let last = parts.last, Self.listLabels.contains(where: { last.hasPrefix($0.dropFirst()) }), let end = Self.listEnd(in: last) {
                parts.removeLast()
                parts.append(last[..<end])
                parts.append(last[end...])
            }
            // ("Date : Tuesday, 30th June, 2015" is read as "Date: …" is; "Public Document Pack" is the pack's stamp, no heading.)
            parts = parts.map { part in
                if let spaced = [" Date : ", " Time : ", " Venue : "].first(where: { part.hasPrefix($0.dropFirst()) }) {
                    return Substring(spaced.dropFirst().replacingOccurrences(of: " :", with: ":")) + part.dropFirst(spaced.count - 1)
                }
                return part.hasPrefix("Public Document Pack ") ? part.dropFirst("Public Document Pack ".count) : part
            }
            return Self.movingGroupWords(Self.headingParted(from: parts).map { $0.trimmingCharacters(in: .whitespaces) }).filter { !$0.isEmpty }
                .map { SourceLine(number: line.number, text: $0, isBold: false) }
        }
    }

    /// "36 Causton Street, London … Web: www.x.org.uk MINUTES OF THE X BOARD MEETING HELD AT …": a letterhead run into
    /// the heading before the lists; the heading goes on a line of its own, as the page printed it.
    static func headingParted(from parts: [Substring]) -> [Substring] {
        guard let first = parts.first, let heading = first.range(of: " MINUTES OF THE ") else { return parts }
        return [first[..<heading.lowerBound], first[first.index(after: heading.lowerBound)...]] + parts.dropFirst()
    }

    /// "… ON 22 ND NOVEMBER 2016 Governors" / "Present: …" → "… 2016" / "Governors Present: …": the group a list's label
    /// names goes with the list, not with the heading before it.
    static func movingGroupWords(_ parts: [String]) -> [String] {
        var parts = parts
        for index in parts.indices.dropLast() where listLabels.contains(where: { parts[index + 1].hasPrefix($0.dropFirst()) }) {
            for group in [" Governors", " Members", " Councillors", " Trustees", " Directors"] where parts[index].hasSuffix(group) {
                parts[index].removeLast(group.count)
                parts[index + 1] = group.dropFirst() + " " + parts[index + 1]
                break
            }
        }
        return parts
    }

    /// Where a list of people run on into what follows ends: after the first full stop that closes a word of three
    /// letters or more with a small letter in it ("… Alice Call." but not "Mr." or "255."), before a capital or a digit.
    static func listEnd(in text: Substring) -> Substring.Index? {
        let stop = fullStopEnd(in: text)
        // ("… Ms C Laj (Governance Advisor) 1. APOLOGIES FOR ABSENCE …": or before the first item, numbered, in capitals.)
        if let item = text.firstMatch(of: Self.numberedHeadingInCapitals), item.range.lowerBound < (stop ?? text.endIndex) {
            return text.index(after: item.range.lowerBound)
        }
        return stop
    }

    /// " 1. APOLOGIES": a space, a number, a full stop, a space and two capitals.
    /// (Up to four digits: "… Director (Vice Chair) Director 164. PRAYERS …", minutes numbered on from the meetings before.)
    nonisolated(unsafe) static let numberedHeadingInCapitals = /\ [1-9][0-9]{0,3}\.\ [A-Z][A-Z]/

    /// `listEnd`'s full stop.
    private static func fullStopEnd(in text: Substring) -> Substring.Index? {
        var searchFrom = text.startIndex
        while let stop = text[searchFrom...].range(of: ". ") {
            searchFrom = stop.upperBound
            let word = text[..<stop.lowerBound].split(separator: " ").last ?? ""
            guard let next = text[stop.upperBound...].first, next.isUppercase || next.isNumber,
                  word.count >= 3, word.contains(where: \.isLowercase),
                  !["Mrs", "Cllr", "Prof", "Revd", "Capt"].contains(String(word)) else { continue }
            return stop.upperBound
        }
        return nil
    }

    /// "Present: A, B, C. Apologies: None": where the apologies' label starts (at the full stop that ends the
    /// list), on a line that opens with a list of those present; nil for any other line.
    static func apologiesAfterList(in line: SourceLine) -> String.Index? {
        let text = line.text
        guard text.utf8.count < 200, text.hasPrefix("Present: ") || text.hasPrefix("PRESENT: ") || text.hasPrefix("Attendees: ")
        else { return nil }
        for label in [". Apologies: ", ". Apologies for absence: ", ". APOLOGIES: "] {
            if let range = text.range(of: label) { return range.lowerBound }
        }
        return nil
    }

    /// "Schools Forum Minutes of the meeting held on 26th September 2019 … Orsett RM16 3HS In Attendance:": the label of the
    /// list below run onto the end of the heading, with nothing after it; where it starts (at its space), nil for any other line.
    static func trailingListLabel(in line: SourceLine) -> String.Index? {
        let text = line.text
        guard text.utf8.count >= 60, text.utf8.count <= 400, text.hasSuffix(":") else { return nil }
        for label in listLabels {
            let bare = label.dropLast()
            if text.hasSuffix(bare) { return text.index(text.endIndex, offsetBy: -bare.count) }
        }
        return nil
    }

    /// The label the minutes themselves open with after the lists ("… Apologies: A B Minutes: Welcome …").
    static let minutesLabels = [" Minutes: "]

    /// A line of 200 bytes or more with three of the labels in it, or two labels of lists of people ("Present: …
    /// Apologies: …").
    static func holdsRunTogetherLabels(_ line: SourceLine) -> Bool {
        // ("Date: 9th July 2008 Time: 2.00pm Venue: Kirkton Memorial Hall": a short line that opens with the day's label
        // and holds the time's and the place's.)
        if line.text.hasPrefix("Date: "), line.text.utf8.count < 200,
           [" Time: ", " Venue: ", " Location: "].filter({ line.text.contains($0) }).count >= 2 { return true }
        guard line.text.utf8.count >= 200, TextScan.contains(line.text, ascii: ": ") else { return false }
        let found = labels.filter { line.text.contains($0) }
        if found.count >= 3 || found.filter(listLabels.contains).count >= 2 { return true }
        // "… Civic Offices, Reading Attended: Member Fran Gosling-Thomas Richard Blackmore … Role Independent Chair …": a
        // table of people flattened column by column after its label.
        if let label = found.first(where: listLabels.contains), let range = line.text.range(of: label),
           ColumnFlattenedPeople.people(in: line.text[range.upperBound...]) != nil {
            return true
        }
        // "X Parent Council Meeting – 5th Sept 2013. Present: A, B, C. Minutes and matters arising. …": a dated heading,
        // then the one list, run on into the page.
        guard line.text.utf8.count >= 300, let label = [" Present: ", " PRESENT: "].lazy.compactMap({ line.text.range(of: $0) }).first else { return false }
        let heading = line.text[..<label.lowerBound]
        // The list parts its people with commas, and ends at a full stop (a run of names with nothing between them
        // would run on into the page).
        let list = line.text[label.upperBound...]
        guard let end = listEnd(in: list), list[..<end].filter({ $0 == "," }).count >= 2 else { return false }
        // (Not a line the readers of flattened minutes part: numbered items in order, or a heading they read up to its day.)
        return heading.utf8.count <= 250 && DateText.firstDate(in: String(heading)) != nil
            && FlattenedMinutes.itemStarts(in: line.text) == nil && PageLayout.flattenedMinutesHeading(line.text) == nil
    }
}
