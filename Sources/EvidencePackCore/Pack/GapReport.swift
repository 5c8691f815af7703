import EvidenceModel

/// The gap report for people: a table per section (status, item, reason), notes on evidence that
/// disagrees with itself and warnings on doubtful evidence, then the counts. Text that comes from
/// inputs (file names in reasons and warnings) is escaped, so every entry stays on its own line.
public enum GapReport {
    /// Plain text, one table per section, columns aligned.
    public static func text(for bundle: EvidenceBundle) -> String {
        var lines: [String] = []
        lines.append("\(bundle.pack.title) — gap report")
        lines.append("Reference date: \(bundle.referenceDate.iso8601)" + (bundle.authority.map { "; authority: \($0)" } ?? ""))
        let idWidth = min(40, bundle.items.map(\.id.count).max() ?? 10)
        let statusWidth = EvidenceStatus.allCases.map(\.words.count).max() ?? 8
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
                for note in item.notes { lines.append(indent + "! " + PrintableText.escape(note)) }
                for warning in item.warnings { lines.append(indent + "! doubtful: " + PrintableText.escape("\(warning.source): \(warning.reason)")) }
            }
        }
        lines.append("")
        let counts = bundle.statusCounts
        let summary = EvidenceStatus.allCases.map { "\(counts[$0] ?? 0) \($0.words)" }.joined(separator: ", ")
        lines.append("\(bundle.items.count) items: \(summary)")
        let requiredGaps = bundle.items.filter { $0.required && $0.status != .present }.count
        lines.append(requiredGaps == 0 ? "Complete: every required item is present." : "Incomplete: \(requiredGaps) required item(s) not present.")
        let errors = bundle.diagnostics.filter { $0.severity == .error }.count
        let warnings = bundle.diagnostics.filter { $0.severity == .warning }.count
        lines.append("Diagnostics: \(errors) error(s), \(warnings) warning(s).")
        return lines.joined(separator: "\n") + "\n"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
