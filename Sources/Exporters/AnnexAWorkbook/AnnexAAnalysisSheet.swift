import EvidenceModel
import XLSXWriter

/// The workbook's "Analysis" sheet: the same figures as the index's Annex A analysis, one row per
/// list, figure and category, with the small-number rule applied as on the page (1 to 4 written
/// "fewer than 5", a lone hidden count's neighbour "not shown"). Aggregates only.
struct AnnexAAnalysisSheet {
    let analysis: AnnexAAnalysis

    /// The sheet's name.
    static let name = "Analysis"

    /// Writes a header row, then the cross-list figure and each list's figures.
    func write(into sheet: XLSXWorksheet, header: XLSXFormat) throws {
        let titles = ["List", "Figure", "Category", "Count", "How it is counted"]
        for (column, title) in titles.enumerated() { try sheet.write(text: title, row: 0, column: column, format: header) }
        try sheet.setColumns(0, 0, width: 22)
        try sheet.setColumns(1, 1, width: 48)
        try sheet.setColumns(2, 2, width: 40)
        try sheet.setColumns(4, 4, width: 80)
        sheet.freezeRows(1)
        var line = 1
        func figure(_ figure: AnnexAFigure, list: String) throws {
            let counts = figure.bars.map(\.count), shown = SmallCount.shown(counts)
            for (index, bar) in figure.bars.enumerated() {
                try sheet.write(text: list, row: line, column: 0)
                try sheet.write(text: figure.title, row: line, column: 1)
                try sheet.write(text: bar.label, row: line, column: 2)
                if shown[index] == String(bar.count) {
                    try sheet.write(number: Double(bar.count), row: line, column: 3)
                } else {
                    try sheet.write(text: shown[index], row: line, column: 3)
                }
                if index == 0 { try sheet.write(text: figure.basis, row: line, column: 4) }
                line += 1
            }
        }
        if let crossList = analysis.childrenByListCount { try figure(crossList, list: "All lists") }
        for list in analysis.lists where list.rows > 0 {
            for one in list.figures { try figure(one, list: list.title) }
        }
        if line == 1 { try sheet.write(text: "No rows to count.", row: 1, column: 0) }
        line += 1
        for note in analysis.notes {
            try sheet.write(text: note, row: line, column: 0)
            line += 1
        }
    }
}
