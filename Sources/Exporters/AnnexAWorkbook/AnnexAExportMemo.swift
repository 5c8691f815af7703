import AnnexA
import AnnexASpec
import EvidenceModel
import EvidencePackCore
import XLSXWriter

/// What the Annex A exporter keeps between builds (`ExportMemory`) so that a build whose Annex A
/// sources did not change (a nightly build with the next day's reference date) writes the lists
/// without reading a row: each list's CSV and its worksheet's rows are carried over from the pack it
/// replaces, checked by SHA-256, and the analysis is worked out for the day from the rows' counts.
///
/// What depends on the day or on the rest of the bundle is still made new: the findings and analysis
/// sheets, the document properties, the validation report. Nothing here identifies a child: hashes,
/// counts, positions in the workbook and the notes' rule texts.
struct AnnexAExportMemo: Codable, Sendable {
    /// A note on a highlighted cell: where, and the rule's words (never the cell's value).
    struct Note: Codable, Sendable, Equatable {
        var row: Int
        var column: Int
        var text: String
    }

    /// One list as written.
    struct List: Codable, Sendable {
        var number: Int
        /// SHA-256 of its CSV.
        var csvSHA256: String
        /// What the validation report says of it.
        var rowCount: Int
        var truncatedCells: Int
        var rowsBeyondWorkbook: Int
        /// Where its worksheet's rows are in the workbook, the notes on them, and the row after them.
        var worksheetRows: XLSXStoredRows
        var notes: [Note]
        var nextRow: Int
    }

    /// What the lists' output depends on (see `key`): when it is unchanged, so are the lists.
    var key: String
    /// SHA-256 of the workbook written.
    var workbookSHA256: String
    var lists: [List]
    /// What the rows added up to, for the analysis on any day.
    var tallies: AnnexAAnalysisTallies

    /// Everything the lists' CSVs and worksheet rows depend on: the tool and exporter versions, the
    /// template, the options, and each list's sources with their SHA-256 (as discovery hashed them).
    static func key(exporterVersion: String, template: AnnexATemplate, options: [String: String], lists: AnnexAListSources) -> String {
        var text = "\(EvidencePackVersion.generator)|annex-a-workbook \(exporterVersion)|template \(template.template) from \(template.validFrom.iso8601)"
        for (name, value) in options.sorted(by: { $0.key < $1.key }) { text += "|\(name)=\(value)" }
        for spec in template.lists {
            text += "|list \(spec.number) \(spec.sheetName)"
            for source in lists.sources(of: spec.number) { text += ",\(source.path)@\(source.sha256)" }
        }
        return FileHashing.sha256(of: Array(text.utf8))
    }
}
