import EvidenceModel

/// The gap report for people: every item by section with its status and reason, then the counts.
public enum GapReport {
    /// Plain text, one line per item, grouped by section.
    public static func text(for bundle: EvidenceBundle) -> String {
        var lines: [String] = []
        lines.append("\(bundle.pack.title) — gap report")
        lines.append("Reference date: \(bundle.referenceDate.iso8601)" + (bundle.authority.map { "; authority: \($0)" } ?? ""))
        lines.append("")
        for section in bundle.sections {
            let items = bundle.items.filter { $0.section == section.id }
            guard !items.isEmpty else { continue }
            lines.append("\(section.title)")
            for item in items {
                let mark = item.status.rawValue.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0)
                let optional = item.required ? "" : " (optional)"
                lines.append("  \(mark) \(item.id): \(item.title)\(optional) — \(item.reason)")
            }
            lines.append("")
        }
        let counts = bundle.statusCounts
        let summary = EvidenceStatus.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        lines.append("\(bundle.items.count) items: \(summary)")
        let requiredGaps = bundle.items.filter { $0.required && $0.status != .present }.count
        lines.append(requiredGaps == 0 ? "Complete: every required item is present." : "Incomplete: \(requiredGaps) required item(s) not present.")
        let errors = bundle.diagnostics.filter { $0.severity == .error }.count
        let warnings = bundle.diagnostics.filter { $0.severity == .warning }.count
        lines.append("Diagnostics: \(errors) error(s), \(warnings) warning(s).")
        return lines.joined(separator: "\n") + "\n"
    }
}
