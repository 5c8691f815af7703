import EvidenceModel

/// The gap report's "what changed since the previous build" section.
extension GapReport {
    /// The changes since the pack this build replaced: items whose status changed, input files added,
    /// removed or changed, Annex A findings new and fixed per list, KPI figures that moved, errors.
    static func changesLines(for changes: PackChanges?) -> [String] {
        guard let changes else { return [] }
        var lines = [""]
        guard changes.previousPackFound else {
            return lines + ["Changes since the previous build: none to show (there is no previous pack to compare with)"]
        }
        let since = changes.previousReferenceDate.map { " (reference date \($0.iso8601))" } ?? ""
        guard !changes.isEmpty else { return lines + ["Changes since the previous build\(since): none"] }
        lines.append("Changes since the previous build\(since)\(changes.hasNewProblems ? ": something got worse" : "")")
        lines += limited(changes.items.map { "  " + PrintableText.escape(itemLine($0)) }, more: { "  … and \($0) more items" })
        lines += limited(changes.evidence.map { "  " + PrintableText.escape(evidenceLine($0)) }, more: { "  … and \($0) more files" })
        for list in changes.annexA {
            lines.append("  Annex A list \(list.list): \(list.new) new finding\(list.new == 1 ? "" : "s"), \(list.fixed) fixed")
        }
        lines += limited(changes.kpis.map { "  " + PrintableText.escape("KPI moved: \($0.indicator), \($0.period), \($0.area): \($0.before) → \($0.after)") },
                         more: { "  … and \($0) more KPI figures" })
        if changes.newErrors > 0 || changes.fixedErrors > 0 {
            lines.append("  Errors: \(changes.newErrors) new, \(changes.fixedErrors) fixed")
        }
        return lines
    }

    /// "self-evaluation (Self-evaluation): present → needs review (worse)".
    static func itemLine(_ change: ItemStatusChange) -> String {
        let from = change.from?.words ?? "new item"
        return "Item \(change.id) (\(change.title)): \(from) → \(change.to.words)\(change.worsened ? " (worse)" : "")"
    }

    /// "changed: path (sha256 0123456789ab → ba9876543210)".
    static func evidenceLine(_ change: EvidenceChange) -> String {
        let before = change.sha256Before.map { String($0.prefix(12)) } ?? "—"
        let after = change.sha256After.map { String($0.prefix(12)) } ?? "—"
        return "File \(change.change.rawValue): \(change.path) (sha256 \(before) → \(after))"
    }
}
