/// What a coordinator should do next, read from a bundle: the required items still to supply, and
/// the input files no item used. The gap report and the index both open with it.
extension EvidenceBundle {
    /// Required items that are missing, stale, invalid or need review, in pack order (an item the
    /// council marked not applicable or provided separately needs no action).
    public var actionItems: [EvidenceItem] {
        items.filter { $0.required && !$0.status.isSettled }
    }

    /// Input files that no item matched, in discovery order. Files holding an Annex A list or KPI
    /// figures are used by the Annex A workbook and the KPI charts, so they never count as unused.
    public var unusedSources: [Source] {
        let matchedRecordIDs = Set(items.flatMap(\.recordIDs))
        var usedPaths = Set<String>()
        for record in records where matchedRecordIDs.contains(record.id) || Self.feedsExporters(record) {
            usedPaths.insert(record.provenance.source)
        }
        return sources.filter { !usedPaths.contains($0.path) }
    }

    /// Whether a record is read by the exporters whatever the items say: an Annex A list or KPI table.
    static func feedsExporters(_ record: Record) -> Bool {
        guard let table = record.table else { return false }
        return table.kind == .annexAList || table.kind == .kpi
    }
}

extension EvidenceItem {
    /// What to supply for this item, in a sentence: its title, and why inspectors ask for it.
    public var whatToSupply: String {
        guard let why, !why.isEmpty else { return title }
        return "\(title): \(why)"
    }
}
