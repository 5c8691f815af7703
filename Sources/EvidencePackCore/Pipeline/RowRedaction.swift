import EvidenceModel

/// What the pack's own summaries (pack.json, pack.xml, index.html) may carry of child-level tables.
///
/// Annex A lists and other plain tables hold one row per child. Their cells belong in the Annex A
/// workbook and CSVs (written from the sources) and in the carried evidence files, not repeated in
/// every summary, where a script or a diff would spread them further. Summaries keep each table's
/// columns and row count; KPI tables keep their observations, which are about areas, not children.
public enum RowRedaction {
    /// The bundle with the cells of Annex A and plain tables left out (`streamedFromSource` set).
    public static func forSummaries(_ bundle: EvidenceBundle) -> EvidenceBundle {
        var redacted = bundle
        redacted.records = bundle.records.map { record in
            guard var table = record.table, table.kind != .kpi, !table.rows.isEmpty else { return record }
            table.rows = []
            table.streamedFromSource = table.rowCount > 0
            var copy = record
            copy.content = .table(table)
            return copy
        }
        return redacted
    }
}
