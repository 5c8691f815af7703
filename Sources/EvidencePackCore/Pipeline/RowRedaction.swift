import EvidenceModel
import Foundation

/// What the pack's own summaries (pack.json, pack.xml, index.html) may carry of child-level tables.
///
/// Annex A lists and other plain tables hold one row per child. Their cells belong in the Annex A
/// workbook and CSVs (written from the sources) and in the carried evidence files, not repeated in
/// every summary, where a script or a diff would spread them further. Summaries keep each table's
/// columns and row count; KPI tables keep their observations, which are about areas, not children.
/// A table of children inside a document (a Word table, an HTML table) is treated the same way.
public enum RowRedaction {
    /// The bundle with the cells of Annex A and plain tables left out (`streamedFromSource` set), and
    /// documents' tables of children cut to their header and row count.
    public static func forSummaries(_ bundle: EvidenceBundle) -> EvidenceBundle {
        var redacted = bundle
        redacted.records = forSummaries(bundle.records)
        return redacted
    }

    /// The records as the summaries carry them (see `forSummaries(_:)`). They depend on nothing but
    /// the records, so the pipeline works them out beside assembly.
    public static func forSummaries(_ records: [Record]) -> [Record] {
        // On every core: a large pack's summaries look into every table of 10,000 pages.
        records.concurrentMap(chunkSize: 64) { record in
            var copy = record
            switch record.content {
            case .table(var table):
                guard table.kind != .kpi, !table.rows.isEmpty else { return record }
                table.rows = []
                table.streamedFromSource = table.rowCount > 0
                copy.content = .table(table)
            case .document(let document):
                copy.content = .document(withoutChildLevelCells(document))
            }
            return copy
        }
    }

    /// A document whose tables of children (see `ChildLevelColumns`) keep only their header row and
    /// their data-row count, in its blocks and in every agenda item's.
    public static func withoutChildLevelCells(_ document: Document) -> Document {
        // Most documents hold no such table: they are handed back as they are, without rebuilding
        // (and so copying) every block of every page of a large pack.
        guard holdsChildLevelTable(document.blocks) || document.items.contains(where: {
            holdsChildLevelTable($0.description) || holdsChildLevelTable($0.minutes) || holdsChildLevelTable($0.decisions)
        }) else { return document }
        var document = document
        document.blocks = withoutChildLevelCells(document.blocks)
        document.items = document.items.map { item in
            var item = item
            item.description = withoutChildLevelCells(item.description)
            item.minutes = withoutChildLevelCells(item.minutes)
            item.decisions = withoutChildLevelCells(item.decisions)
            return item
        }
        return document
    }

    /// Whether any of the blocks (or their children) is a table of children.
    static func holdsChildLevelTable(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            if isChildLevelTable(block) { return true }
            return block.children.map(holdsChildLevelTable) ?? false
        }
    }

    private static func isChildLevelTable(_ block: Block) -> Bool {
        guard block.kind == .table, let header = block.rows?.first else { return false }
        return ChildLevelColumns.identifyPeople(header)
    }

    /// Blocks (and their children) with each table of children cut to its header and row count.
    static func withoutChildLevelCells(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            var block = block
            if let children = block.children { block.children = withoutChildLevelCells(children) }
            guard isChildLevelTable(block), let rows = block.rows, let header = rows.first else { return block }
            block.rows = [header]
            block.hasHeader = true
            block.rowCount = rows.count - 1
            return block
        }
    }
}
