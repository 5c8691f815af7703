import CouncilText
import EvidenceModel
import Foundation

/// An agenda PDF flattened into one paragraph by a document host: "Children and Young People's
/// Committee Monday, 17 December 2018 at 10:30 County Hall, West Bridgford, Nottingham AGENDA 1 Minutes
/// of the last meeting held on 19 November 2018 3 - 8 2 Apologies for Absence 3 …". The header before
/// "AGENDA" names the committee, the date and the venue; the items follow as numbers in sequence, each
/// with its title, with the pack's page ranges ("3 - 8") mixed in.
struct FlattenedAgenda {
    var committee: String?
    var meetingDate: CalendarDate?
    var venue: String?
    var items: [(number: String, title: String)]
    /// The 1-based source line of the paragraph.
    var line: Int

    /// The agenda in the first long paragraph that holds " AGENDA 1 ", else nil.
    static func find(in lines: [SourceLine]) -> FlattenedAgenda? {
        for line in lines.prefix(40) where line.text.utf8.count >= 300 {
            guard let marker = line.text.range(of: " AGENDA 1 ") else { continue }
            let header = String(line.text[..<marker.lowerBound])
            let body = String(line.text[line.text.index(marker.upperBound, offsetBy: -2)...])
            let items = readItems(body)
            guard items.count >= 2 else { continue }
            var agenda = FlattenedAgenda(items: items, line: line.number)
            agenda.readHeader(header)
            return agenda
        }
        return nil
    }

    /// "Committee Monday, 17 December 2018 at 10:30 County Hall, West Bridgford": committee, date, venue.
    mutating func readHeader(_ header: String) {
        guard let match = DateText.allDates(in: header).first else { return }
        meetingDate = match.date
        var name = header[..<match.range.lowerBound].trimmingCharacters(in: .whitespaces)
        for weekday in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] where name.hasSuffix(weekday) {
            name = String(name.dropLast(weekday.count)).trimmingCharacters(in: .whitespaces)
        }
        name = LinePatterns.trimTrailingPunctuation(name)
        if !name.isEmpty, LinePatterns.wordCount(name) <= 14 { committee = name }
        venue = PageLayout.venueAfterDate(header[match.range.upperBound...])
    }

    /// "1 Minutes of … 3 - 8 2 Apologies for Absence 3 Declarations …" → the numbered titles, page ranges dropped.
    static func readItems(_ body: String) -> [(number: String, title: String)] {
        let words = body.split(separator: " ").map(String.init)
        var items: [(number: String, title: String)] = []
        var expected = 1
        var index = 0
        var current: [String] = []
        func close() {
            guard !current.isEmpty else { return }
            var title = current.joined(separator: " ")
            title = title.replacing(Self.pageRange, with: " ")
            if let cut = title.range(of: ":-") ?? title.range(of: " (see ") { title = String(title[..<cut.lowerBound]) }
            items.append((String(expected - 1), LinePatterns.trimTrailingPunctuation(CouncilText.collapsingSpaces(title))))
            current = []
        }
        while index < words.count {
            let word = words[index]
            if word == String(expected), index + 1 < words.count, words[index + 1].first?.isUppercase == true {
                close()
                expected += 1
                index += 1
                continue
            }
            // The pack's own notes follow the last item.
            if word == "Page", index + 2 < words.count, words[index + 2] == "of" { break }
            if word == "Notes", index + 1 < words.count, words[index + 1] == "(1)" { break }
            if expected > 1 { current.append(word) }
            index += 1
        }
        close()
        return items
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension FlattenedAgenda {
    /// A page range ("12 - 18") in a flattened title.
    nonisolated(unsafe) static let pageRange = /\s*[0-9]+\s*-\s*[0-9]+\s*/
}
