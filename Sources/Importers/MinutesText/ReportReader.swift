import CouncilText
import EvidenceModel
import EvidencePackCore
import Foundation

/// Reads a committee or cabinet report: the header (a table or labelled lines naming the meeting,
/// date, author, lead member, originating officer, classification, title), then the body as blocks:
/// numbered sections and paragraphs (`3.1`), tables (judgement | grade), quotations, recommendations.
struct ReportReader {
    let lines: [SourceLine]

    /// Header labels and the `properties` key each is kept under.
    static let headerLabels: [String: String] = [
        "report of": "reportOf", "report by": "reportOf", "report from": "reportOf", "report author": "reportAuthor",
        "author": "reportAuthor", "lead member": "leadMember", "cabinet member": "leadMember", "portfolio holder": "leadMember",
        "lead member(s)": "leadMember", "originating officer": "originatingOfficer", "originating officer(s)": "originatingOfficer",
        "lead officer": "originatingOfficer", "contact officer": "contactOfficer", "classification": "classification",
        "wards affected": "wardsAffected", "ward(s) affected": "wardsAffected", "key decision?": "keyDecision",
        "key decision": "keyDecision", "report to": "reportTo", "meeting": "reportTo", "committee": "reportTo",
        "date": "date", "date of meeting": "date", "meeting date": "date", "report title": "title", "title": "title",
        "subject": "title", "forward plan notice published": "forwardPlanNoticePublished",
        "reason for key decision": "reasonForKeyDecision", "strategic plan priority / outcome": "strategicPlanPriority",
        "exempt information": "exemptInformation", "status": "status",
    ]

    func read() -> Document {
        var document = Document(kind: .report)
        let headerEnd = headerEndIndex()
        var free: [(text: String, line: Int)] = []
        var index = 0
        while index < headerEnd {
            let line = lines[index]
            index += 1
            guard !line.isBlank else { continue }
            if line.text.hasPrefix("|") {
                readHeaderTableRow(line, into: &document, free: &free)
            } else if let (label, value) = Self.labelled(line.text) {
                apply(label: label, value: value, to: &document)
            } else {
                free.append((line.text, line.number))
            }
        }
        applyFreeCells(free, to: &document)
        // Labelled header lines became fields; the body keeps everything else (header tables too).
        let bodyLines = lines.enumerated().map { offset, line in
            offset < headerEnd && !line.text.hasPrefix("|") && Self.labelled(line.text) != nil
                ? SourceLine(number: line.number, text: "", isBold: false) : line
        }
        document.blocks = BlockBuilder(lines: bodyLines, mode: .report).build()
        document.links = Self.appendixLinks(in: document.blocks)
        return document
    }

    /// Headings under which a report lists its appendices and background papers.
    static let appendixHeadings = ["appendices", "appendix", "linked report", "linked reports", "background documents",
                                   "background papers", "supporting documents", "list of appendices"]

    /// The documents a report lists under "Appendices" or "Background documents" ("None." is not one).
    static func appendixLinks(in blocks: [Block]) -> [DocumentLink] {
        var links: [DocumentLink] = []
        var underAppendixHeading = false
        for block in blocks {
            switch block.kind {
            case .heading:
                underAppendixHeading = appendixHeadings.contains((block.text ?? "").lowercased())
            case .list where underAppendixHeading:
                for entry in block.children ?? [] {
                    guard let text = entry.text else { continue }
                    if let parsed = LinkLine.parse(text, line: entry.line) {
                        links.append(contentsOf: parsed)
                        continue
                    }
                    let title = LinePatterns.trimTrailingPunctuation(text)
                    guard !["none", "n/a", "nil", ""].contains(title.lowercased()) else { continue }
                    links.append(DocumentLink(title: title, line: entry.line))
                }
            default:
                break
            }
        }
        return links
    }

    /// The header runs from the top through tables, labelled lines and short lines, up to the
    /// first prose or section heading after a table or label has been seen.
    private func headerEndIndex() -> Int {
        var sawHeaderShape = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { index += 1; continue }
            let text = line.text
            if text.hasPrefix("|") || Self.labelled(text) != nil {
                sawHeaderShape = true
                index += 1
                continue
            }
            // Before any table or label: a short title-like line may belong to the header.
            if !sawHeaderShape, LinePatterns.isTitleLike(text, maxLength: 160), index < 12 {
                index += 1
                continue
            }
            return index
        }
        return index
    }

    /// `Label: value` when the label is one reports use.
    static func labelled(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].trimmingSpaces().lowercased()
        guard let key = headerLabels[String(label)] else { return nil }
        return (key, String(text[text.index(after: colon)...].trimmingSpaces()))
    }

    /// A header row: "Label | value" pairs, cells holding "Label: value", and free cells.
    private func readHeaderTableRow(_ line: SourceLine, into document: inout Document, free: inout [(text: String, line: Int)]) {
        let cells = BlockBuilder.cells(of: line.text)
        if cells.allSatisfy({ cell in cell.allSatisfy { "-:= ".contains($0) } }) { return }
        let nonEmpty = cells.filter { !$0.isEmpty }
        if nonEmpty.count == 2, let key = Self.headerLabels[nonEmpty[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))] {
            apply(label: key, value: nonEmpty[1], to: &document)
            return
        }
        for cell in nonEmpty {
            if let (label, value) = Self.labelled(cell) {
                apply(label: label, value: value, to: &document)
            } else {
                free.append((cell, line.number))
            }
        }
    }

    /// Stores one header field; template placeholders ("[Insert date ...]") carry nothing and are skipped.
    private func apply(label key: String, value: String, to document: inout Document) {
        guard !value.isEmpty, !(value.hasPrefix("[") && value.hasSuffix("]")) else { return }
        switch key {
        case "title":
            if document.title == nil { document.title = value }
        case "reportTo":
            if document.committee == nil { document.committee = LinePatterns.trimTrailingPunctuation(value) }
        case "date":
            if let date = DateText.firstDate(in: value) { setDate(date, on: &document) }
        default:
            document.properties[key] = value
            if key == "reportOf" || key == "reportAuthor", document.author == nil { document.author = value }
        }
    }

    /// Cells that are not labelled: a lone date, the council's name in capitals, the meeting's name
    /// (short, first) and the title (the longest).
    private func applyFreeCells(_ cells: [(text: String, line: Int)], to document: inout Document) {
        var titleCandidate: String?
        for (text, _) in cells {
            if let date = DateText.parse(text), text.count <= 40 {
                if document.date == nil { setDate(date, on: &document) }
                continue
            }
            let words = LinePatterns.wordCount(text)
            if LinePatterns.isUpperCase(Substring(text)), words <= 5 {
                if document.properties["council"] == nil { document.properties["council"] = text }
                continue
            }
            if document.committee == nil, titleCandidate == nil, words <= 6, LinePatterns.isTitleLike(text) {
                document.committee = text
                continue
            }
            if words >= 3, text.count > (titleCandidate?.count ?? 0) { titleCandidate = text }
        }
        if document.title == nil { document.title = titleCandidate }
        if document.meetingDate == nil, document.committee != nil, let date = document.date { document.meetingDate = date }
    }

    private func setDate(_ date: CalendarDate, on document: inout Document) {
        document.date = date
        document.dateBasis = "content"
    }
}
