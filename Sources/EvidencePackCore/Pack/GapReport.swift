import EvidenceModel

/// The gap report for people: first the action list (what to supply, each rule in plain words, the
/// files that nearly matched, the input files no item used), then a table per section (status, item, reason), notes on evidence that
/// disagrees with itself and warnings on doubtful evidence, then the counts. Text that comes from
/// inputs (file names in reasons and warnings) is escaped, so every entry stays on its own line.
public enum GapReport {
    /// Plain text, one table per section, columns aligned.
    public static func text(for bundle: EvidenceBundle) -> String {
        var lines: [String] = []
        lines.append("\(bundle.pack.title) — gap report")
        lines.append("Reference date: \(bundle.referenceDate.iso8601)" + (bundle.authority.map { "; authority: \($0)" } ?? ""))
        lines += actionList(for: bundle)
        lines += changesLines(for: bundle.changes)
        let idWidth = min(40, bundle.items.map(\.id.count).max() ?? 10)
        // As wide as the longest status the report shows, so rare statuses do not widen every report.
        let statusWidth = max("STATUS".count, bundle.items.map(\.status.words.count).max() ?? 0)
        for section in bundle.sections {
            let items = bundle.items.filter { $0.section == section.id }
            guard !items.isEmpty else { continue }
            let present = items.filter { $0.status == .present }.count
            lines.append("")
            lines.append("\(section.title) (\(present) of \(items.count) present)")
            lines.append("  " + pad("STATUS", statusWidth) + "  " + pad("ITEM", idWidth) + "  " + "TITLE — REASON")
            for item in items {
                let optional = item.required ? "" : " (optional)"
                lines.append("  " + pad(item.status.words.uppercased(), statusWidth) + "  " + pad(item.id, idWidth) + "  "
                             + PrintableText.escape("\(item.title)\(optional) — \(item.reason)"))
                let indent = "  " + pad("", statusWidth) + "  " + pad("", idWidth) + "  "
                if let decision = decisionWords(item, on: bundle.referenceDate) { lines.append(indent + "council decision: " + decision) }
                for note in item.notes { lines.append(indent + "! " + PrintableText.escape(note)) }
                for warning in item.warnings { lines.append(indent + "! doubtful: " + PrintableText.escape("\(warning.source): \(warning.reason)")) }
            }
        }
        lines.append("")
        let counts = bundle.statusCounts
        let summary = EvidenceStatus.allCases.map { "\(counts[$0] ?? 0) \($0.words)" }.joined(separator: ", ")
        lines.append("\(bundle.items.count) items: \(summary)")
        let requiredGaps = bundle.items.filter { $0.required && !$0.status.isSettled }.count
        let decided = bundle.items.filter { $0.required && $0.status.isSettled && $0.status != .present }.count
        let byDecision = decided == 0 ? "" : " (\(decided) settled by the council's decision)"
        lines.append(requiredGaps == 0 ? "Complete: every required item is present\(byDecision)." : "Incomplete: \(requiredGaps) required item(s) not present.")
        let errors = bundle.diagnostics.filter { $0.severity == .error }.count
        let warnings = bundle.diagnostics.filter { $0.severity == .warning }.count
        lines.append("Diagnostics: \(errors) error(s), \(warnings) warning(s).")
        return lines.joined(separator: "\n") + "\n"
    }

    /// How many near-misses and unused files are listed before "… and N more".
    public static let listLimit = 10

    /// The action list: each required item not present with what to supply, its rule in plain words
    /// and its near-misses; then the input files no item used.
    static func actionList(for bundle: EvidenceBundle) -> [String] {
        var lines = ["", "What to do next"]
        let actions = bundle.actionItems
        if actions.isEmpty { lines.append("  Nothing: every required item is present.") }
        for item in actions {
            lines.append("  " + PrintableText.escape("\(item.status.words.uppercased()): \(item.id) — supply \(item.whatToSupply)"))
            lines.append("      Rule: " + PrintableText.escape(item.ruleInWords))
            lines.append("      Now: " + PrintableText.escape(item.reason))
            if let decision = decisionWords(item, on: bundle.referenceDate) { lines.append("      Council decision: " + decision) }
            lines += nearMissLines(item.nearMisses, itemID: item.id).map { "      " + $0 }
        }
        let unused = bundle.unusedSources
        lines.append("")
        lines.append(unused.isEmpty ? "Input files no item used: none" : "Input files no item used (\(unused.count)):")
        lines += limited(unused.map { "  - " + PrintableText.escape($0.path) }, more: { "  … and \($0) more" })
        return lines
    }

    /// The council's decision on an item in plain words, escaped, with "OVERDUE" when its due date has
    /// passed and the item is still not settled; nil when there is none.
    static func decisionWords(_ item: EvidenceItem, on referenceDate: CalendarDate) -> String? {
        guard let decision = item.decision, !decision.isEmpty else { return nil }
        let overdue = decision.isOverdue(on: referenceDate) && !item.status.isSettled ? " — OVERDUE" : ""
        return PrintableText.escape(decision.words) + overdue
    }

    /// "2 files nearly matched:" and one line per file with why it did not count.
    static func nearMissLines(_ nearMisses: [EvidenceWarning], itemID: String) -> [String] {
        guard !nearMisses.isEmpty else { return ["No file nearly matched."] }
        let count = nearMisses.count
        var lines = ["\(count) file\(count == 1 ? "" : "s") nearly matched:"]
        lines += limited(nearMisses.map { "  - " + PrintableText.escape("\($0.source) because \($0.reason)") },
                         more: { "  … and \($0) more (evidence-pack explain \(PrintableText.escape(itemID)) lists every file)" })
        return lines
    }

    /// The first `listLimit` lines, then one line saying how many were left out.
    static func limited(_ lines: [String], more: (Int) -> String) -> [String] {
        guard lines.count > listLimit else { return lines }
        return Array(lines.prefix(listLimit)) + [more(lines.count - listLimit)]
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
