import CouncilText
import EvidenceModel
import Foundation
import EvidencePackCore

/// The date a plain document gives itself near its top ("Updated 1 September 2025", "Approved: 3 March
/// 2023", "Published 12 November 2026", or a line that is only a date), for texts that are neither
/// minutes nor a report with a header table: strategies, frameworks, scorecards, structure charts.
enum HeaderDate {
    /// Words that introduce a document's own date.
    static let labels = ["updated", "last updated", "approved", "published", "date", "dated", "issued", "effective from",
                         "version date", "reviewed", "last reviewed", "agreed", "signed off", "produced", "as at"]
    /// How far down the text the date may be (non-blank lines).
    static let searchDepth = 8

    /// The first labelled date near the top, else the first line that is only a date.
    static func find(in lines: [SourceLine]) -> (date: CalendarDate, line: Int)? {
        let top = lines.lazy.filter { !$0.isBlank }.prefix(searchDepth)
        for line in top {
            let lower = line.text.lowercased()
            guard labels.contains(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ":") }) else { continue }
            if let date = DateText.firstDate(in: line.text) { return (date, line.number) }
        }
        for line in top where LinePatterns.wordCount(line.text) <= 5 {
            if let date = DateText.parse(line.text.trimmingCharacters(in: .whitespaces)) { return (date, line.number) }
        }
        return nil
    }
}
