import EvidenceModel
import EvidencePackCore
import Foundation

/// Something in the text the reader could not fully understand, at a 1-based line.
struct ReadingIssue: Sendable, Equatable {
    var severity: Diagnostic.Severity
    var code: String
    var message: String
    var line: Int?
}

/// The whole reading of one minutes or report text: layout detection, the reader for that layout,
/// the numeric facts, and the issues worth a diagnostic. Pure: text in, document and issues out.
struct MinutesTextReading {
    var document: Document
    var issues: [ReadingIssue]
    var lineCount: Int

    static func read(_ text: String) -> MinutesTextReading {
        let lines = SourceLine.split(text)
        let layout = PageLayout.detect(lines)
        var document: Document
        if layout.kind == .report {
            document = ReportReader(lines: lines).read()
        } else {
            var reader = MinutesReader(lines: lines, layout: layout)
            document = reader.read()
        }
        document.facts = FactCollector.facts(of: document)
        let issues = ReadingIssues.find(in: document, lines: lines, layout: layout)
        return MinutesTextReading(document: document, issues: issues, lineCount: lines.count)
    }
}

/// What is worth telling the user about a reading: an unknown layout, a missing date or title,
/// text cut off mid-sentence. Messages name the place, never the people in the text.
enum ReadingIssues {
    static func find(in document: Document, lines: [SourceLine], layout: PageLayout) -> [ReadingIssue] {
        var issues: [ReadingIssue] = []
        let firstLine = lines.first { !$0.isBlank }?.number
        if lines.allSatisfy(\.isBlank) {
            issues.append(ReadingIssue(severity: .warning, code: "minutes.empty", message: "the file holds no text", line: nil))
            return issues
        }
        if !layout.recognised {
            issues.append(ReadingIssue(severity: .warning, code: "minutes.unrecognised-layout",
                message: "no council page or report layout was recognised (no page title such as \"Agenda item\", no \"Minutes:\" label, no resolutions); read as paragraphs",
                line: firstLine))
        }
        if document.title?.isEmpty ?? true {
            issues.append(ReadingIssue(severity: .note, code: "minutes.no-title",
                message: "the text names no title (it starts with the item's description)", line: firstLine))
        }
        if document.effectiveDate == nil {
            issues.append(ReadingIssue(severity: .warning, code: "minutes.no-date",
                message: "no meeting or document date was found", line: nil))
        }
        if let last = lines.last(where: { !$0.isBlank }), isCutOff(last.text) {
            issues.append(ReadingIssue(severity: .warning, code: "minutes.truncated",
                message: "the text stops mid-sentence; imported as far as it goes", line: last.number))
        }
        return issues
    }

    /// A last line that ends without closing punctuation, in the middle of prose or of a clause.
    static func isCutOff(_ text: String) -> Bool {
        if text.hasPrefix("|") || LinkLine.parse(text, line: nil) != nil || LinkLine.sizeOnly(text) != nil { return false }
        if Labels.parse(text) != nil || LinePatterns.isTimeOnly(text) { return false }
        let trimmed = Substring(text).trimmingSpaces()
        if LinePatterns.endsWithTerminalPunctuation(trimmed) { return false }
        // A short title-like closing line ("Appendices", "N/A", "ILACS Report") is complete.
        if LinePatterns.wordCount(text) <= 6 && !(trimmed.hasSuffix(" and") || trimmed.hasSuffix(" or") || trimmed.hasSuffix(",")) {
            return false
        }
        return true
    }
}
