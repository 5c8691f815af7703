import EvidenceModel
import EvidencePackCore
import Foundation

/// Line-oriented parser for minutes text.
struct MinutesTextParser {
    let lines: [String]

    init(text: String) {
        lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func parse() -> Document {
        let nonEmpty = lines.enumerated().filter { !$0.element.isEmpty }
        var document = Document(kind: .report)
        let headerLower = nonEmpty.prefix(6).map { $0.element.lowercased() }
        if headerLower.contains(where: { $0.hasPrefix("agenda item") }) {
            document.kind = .agendaItem
        } else if headerLower.contains(where: { $0.hasPrefix("issue - meetings") }) {
            document.kind = .issueHistory
        } else if headerLower.contains(where: { $0.hasPrefix("agenda and minutes") || $0 == "minutes" || $0.hasPrefix("minutes of") }) {
            document.kind = .meeting
        } else if headerLower.contains(where: { $0.hasPrefix("notes of") }) {
            document.kind = .notes
        }
        // Title: the line after the page-kind header, else the first line.
        if let headerIndex = nonEmpty.firstIndex(where: { ["agenda item", "issue - meetings", "agenda and minutes"].contains($0.element.lowercased()) }),
           headerIndex + 1 < nonEmpty.count {
            document.title = nonEmpty[headerIndex + 1].element
        } else {
            document.title = nonEmpty.first?.element
        }
        for (index, line) in lines.enumerated() {
            let lower = line.lowercased()
            // "Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)"
            if lower.hasPrefix("meeting:"), document.meetingDate == nil {
                let rest = String(line.dropFirst("meeting:".count)).trimmingCharacters(in: .whitespaces)
                document.meetingDate = DateText.firstDate(in: rest)
                if let dash = rest.range(of: " - ") {
                    document.committee = Self.stripItem(String(rest[dash.upperBound...]), into: &document)
                }
            }
            // "- Meeting of Children, Young People & Skills Committee, Monday, 13th November, 2017 4.00pm (Item 38.)"
            if let range = lower.range(of: "meeting of "), document.committee == nil {
                let rest = String(line[range.upperBound...])
                if let match = DateText.allDates(in: rest).first {
                    document.meetingDate = match.date
                    var committee = String(rest[..<match.range.lowerBound]).trimmingCharacters(in: .whitespaces)
                    for weekday in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] where committee.hasSuffix(weekday) {
                        committee = String(committee.dropLast(weekday.count))
                    }
                    document.committee = committee.trimmingCharacters(in: CharacterSet(charactersIn: ", "))
                    _ = Self.stripItem(rest, into: &document)
                }
            }
            if lower.hasPrefix("venue:") {
                document.venue = String(line.dropFirst(6)).trimmingCharacters(in: .whitespaces)
            }
            // Meeting page: committee then the date line near the top.
            if document.kind == .meeting, document.meetingDate == nil, index < 12, let date = DateText.parse(line) {
                document.meetingDate = date
                if document.committee == nil, let previous = lines[..<index].last(where: { !$0.isEmpty && $0.lowercased() != "agenda and minutes" }) {
                    document.committee = previous
                }
            }
        }
        if document.effectiveDate == nil {
            document.date = lines.lazy.compactMap { DateText.firstDate(in: $0) }.first
            if document.date != nil { document.dateBasis = "content" }
        }
        document.blocks = blocks()
        document.links = links()
        return document
    }

    /// Removes a trailing "(Item 25)" and records the number.
    static func stripItem(_ text: String, into document: inout Document) -> String {
        guard let open = text.range(of: "(Item ", options: [.caseInsensitive]) else { return text.trimmingCharacters(in: .whitespaces) }
        let number = text[open.upperBound...].prefix { $0.isNumber || $0 == "." }
        if !number.isEmpty { document.itemNumber = String(number.trimmingCharacters(in: CharacterSet(charactersIn: "."))) }
        return String(text[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
    }

    static let bullets: [Character] = ["·", "•", "-", "Ø", "▪", "◦", "*"]

    func blocks() -> [Block] {
        var blocks: [Block] = []
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let number = index + 1
            if let first = line.first, Self.bullets.contains(first), line.count > 2 {
                let text = line.dropFirst().trimmingCharacters(in: .whitespaces)
                let item = Block(.listItem, text: text, marker: String(first), line: number)
                if let last = blocks.last, last.kind == .list, last.marker == String(first) {
                    blocks[blocks.count - 1].children?.append(item)
                } else {
                    blocks.append(Block(.list, marker: String(first), children: [item], line: number))
                }
                continue
            }
            let upper = line.uppercased()
            if upper.hasPrefix("RESOLVED") || upper.hasPrefix("AGREED") {
                let marker = upper.hasPrefix("RESOLVED") ? "RESOLVED" : "AGREED"
                blocks.append(Block(.resolution, text: line, marker: marker, line: number))
                continue
            }
            if upper.hasPrefix("ACTION:") {
                blocks.append(Block(.action, text: line, owner: String(line.dropFirst(7)).trimmingCharacters(in: .whitespaces), line: number))
                continue
            }
            if let (paragraphNumber, text) = Self.numberedParagraph(line) {
                blocks.append(Block(.numberedParagraph, text: text, number: paragraphNumber, line: number))
                continue
            }
            blocks.append(Block(.paragraph, text: line, line: number))
        }
        return blocks
    }

    /// "38.1 The Committee ..." → ("38.1", "The Committee ...").
    static func numberedParagraph(_ line: String) -> (String, String)? {
        let head = line.prefix { $0.isNumber || $0 == "." }
        guard head.contains("."), head.first?.isNumber == true, !head.hasSuffix(".") || head.dropLast().contains(".") || true else { return nil }
        let rest = line.dropFirst(head.count)
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let components = head.split(separator: ".")
        guard components.count >= 2 || head.hasSuffix(".") else { return nil }
        return (String(head.hasSuffix(".") ? head.dropLast() : head), rest.trimmingCharacters(in: .whitespaces))
    }

    /// Supporting-document lines: "... PDF 268 KB".
    func links() -> [DocumentLink] {
        var links: [DocumentLink] = []
        let formats = ["PDF", "DOC", "DOCX", "XLSX", "PPTX", "HTML"]
        for (index, line) in lines.enumerated() {
            let words = line.split(separator: " ")
            guard words.count >= 3, let unitWord = words.last, ["KB", "MB", "GB", "B"].contains(unitWord.uppercased()),
                  let amount = Double(words[words.count - 2]), formats.contains(words[words.count - 3].uppercased()) else { continue }
            var title = words.dropLast(3).joined(separator: " ")
            if title.hasPrefix("- ") { title = String(title.dropFirst(2)) }
            if title.lowercased().hasSuffix("pdf icon") { title = String(title.dropLast(8)).trimmingCharacters(in: .whitespaces) }
            let multiplier: Double = unitWord.uppercased() == "MB" ? 1024 * 1024 : unitWord.uppercased() == "GB" ? 1024 * 1024 * 1024 : unitWord.uppercased() == "KB" ? 1024 : 1
            links.append(DocumentLink(title: title, format: String(words[words.count - 3]).uppercased(),
                                      sizeText: "\(words[words.count - 2]) \(unitWord)", sizeBytes: Int(amount * multiplier), line: index + 1))
        }
        return links
    }
}
