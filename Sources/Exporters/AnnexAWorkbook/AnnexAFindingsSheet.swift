import AnnexA
import AnnexASpec
import EvidenceModel
import XLSXWriter

/// The workbook's "Findings" sheet: every Annex A finding counted by list, column and rule (from the
/// importer's per-column summaries, so a finding beyond the listed ones is counted too), and the
/// header findings by list, each with what the rule says. Counts and rule words only: no cell's value.
struct AnnexAFindingsSheet {
    /// One row of the sheet.
    struct Row: Equatable {
        var list: Int
        var sheet: String
        /// The template column, or "(header)" for a header finding.
        var column: String
        var columnIndex: Int
        var code: String
        var severity: Diagnostic.Severity
        var count: Int
    }

    let template: AnnexATemplate
    let rows: [Row]

    init(template: AnnexATemplate, diagnostics: [Diagnostic]) {
        self.template = template
        var counts: [String: Row] = [:]
        func add(_ row: Row) {
            let key = "\(row.sheet)\u{1F}\(row.column)\u{1F}\(row.code)"
            if var existing = counts[key] {
                existing.count += row.count
                existing.severity = max(existing.severity, row.severity)
                counts[key] = existing
            } else {
                counts[key] = row
            }
        }
        let lists = Dictionary(template.lists.map { ($0.sheetName, $0) }, uniquingKeysWith: { first, _ in first })
        for diagnostic in diagnostics {
            if diagnostic.code == AnnexAColumnSummary.code, let summary = AnnexAColumnSummary(message: diagnostic.message),
               let list = lists[summary.sheet] {
                let index = list.columns.firstIndex { $0.header == summary.column } ?? list.columns.count
                for entry in summary.entries {
                    add(Row(list: list.number, sheet: list.sheetName, column: summary.column, columnIndex: index,
                            code: entry.code, severity: entry.severity, count: entry.count))
                }
            } else if diagnostic.code.hasPrefix("annexa.header."), diagnostic.severity != .note, let list = Self.list(of: diagnostic.message, in: lists) {
                add(Row(list: list.number, sheet: list.sheetName, column: "(header)", columnIndex: -1,
                        code: diagnostic.code, severity: diagnostic.severity, count: 1))
            }
        }
        rows = counts.values.sorted {
            ($0.list, $0.columnIndex, $1.severity, $1.count, $0.code) < ($1.list, $1.columnIndex, $0.severity, $0.count, $1.code)
        }
    }

    /// The list a header finding's message names (`List 5: ...` or `List 5!K1: ...`).
    private static func list(of message: String, in lists: [String: AnnexAListSpec]) -> AnnexAListSpec? {
        guard let end = message.firstIndex(where: { $0 == ":" || $0 == "!" }) else { return nil }
        return lists[String(message[..<end])]
    }

    /// Writes the sheet: a header row, then one row per list, column and rule.
    func write(into sheet: XLSXWorksheet, header: XLSXFormat) throws {
        let titles = ["List", "Column", "Rule", "Severity", "Count", "What the rule checks (\(template.template) template)"]
        for (column, title) in titles.enumerated() { try sheet.write(text: title, row: 0, column: column, format: header) }
        try sheet.setColumns(0, 0, width: 8)
        try sheet.setColumns(1, 1, width: 40)
        try sheet.setColumns(2, 2, width: 26)
        try sheet.setColumns(5, 5, width: 80)
        sheet.freezeRows(1)
        let rules = AnnexARuleCatalogue.rules(for: template)
        guard !rows.isEmpty else {
            try sheet.write(text: "No findings.", row: 1, column: 0)
            return
        }
        for (offset, row) in rows.enumerated() {
            let line = offset + 1
            try sheet.write(text: row.sheet, row: line, column: 0)
            try sheet.write(text: row.column, row: line, column: 1)
            try sheet.write(text: row.code, row: line, column: 2)
            try sheet.write(text: row.severity.rawValue, row: line, column: 3)
            try sheet.write(number: Double(row.count), row: line, column: 4)
            let rule = rules.first { $0.code == row.code && $0.list == row.list && ($0.column == row.column || row.column == "(header)") }
            if let rule { try sheet.write(text: rule.message, row: line, column: 5) }
        }
    }
}
