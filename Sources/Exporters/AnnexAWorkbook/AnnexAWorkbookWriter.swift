import AnnexASpec
import AnnexA
import EvidenceModel
import Foundation
import XLSXWriter

/// The workbook in the template's shape: "List 1".."List 11" with the exact headers in row 1, dates
/// as real dates shown dd/mm/yyyy, codes and identifiers as text, and each closed code list offered
/// as a drop-down whose values sit on a hidden "Codes" sheet (Excel caps literal lists at 255
/// characters, which the ethnicity and category lists exceed). A cell the validation finds wrong is
/// highlighted (red for an error, amber for a warning) with a note naming the rule; a "Findings"
/// sheet after the lists counts every finding by list, column and rule, and an "Analysis" sheet holds
/// the index's Annex A figures.
final class AnnexAWorkbookWriter {
    private let workbook: XLSXWorkbook
    private let formats: Formats
    private let codeRanges: [String: String]
    private let template: AnnexATemplate
    private let bundle: EvidenceBundle
    private let findingsSheet: XLSXWorksheet
    private let analysisSheet: XLSXWorksheet

    struct Formats {
        let header: XLSXFormat
        let date: XLSXFormat
        let text: XLSXFormat
        /// A cell with an error: text, and a number.
        let errorText: XLSXFormat
        let errorNumber: XLSXFormat
        /// A cell with a warning (a postcode that is only part of one).
        let warningText: XLSXFormat
    }

    init(url: URL, template: AnnexATemplate, bundle: EvidenceBundle, scratchFolder: URL) throws {
        let noon = bundle.referenceDate.daysSinceEpoch * 86_400 + 43_200
        do {
            let workbook = try XLSXWorkbook(path: url.path, properties: XLSXDocumentProperties(
                title: "Annex A: \(bundle.pack.title)", author: "EvidencePack", company: bundle.authority,
                comments: "Template \(template.template); reference date \(bundle.referenceDate.ukFormat)",
                createdSecondsSince1970: noon), constantMemory: true, temporaryDirectory: scratchFolder.path)
            self.workbook = workbook
            formats = Formats(header: try workbook.addFormat(bold: true), date: try workbook.addFormat(numberFormat: "dd/mm/yyyy"),
                              text: try workbook.addFormat(numberFormat: "@"),
                              errorText: try workbook.addFormat(numberFormat: "@", fillColor: Self.errorFill),
                              errorNumber: try workbook.addFormat(fillColor: Self.errorFill),
                              warningText: try workbook.addFormat(numberFormat: "@", fillColor: Self.warningFill))
            // The list sheets come first, in order; the findings, the analysis and the lookup sheet after them.
            sheets = try template.lists.map { try workbook.addWorksheet(named: $0.sheetName) }
            findingsSheet = try workbook.addWorksheet(named: Self.findingsSheetName)
            analysisSheet = try workbook.addWorksheet(named: AnnexAAnalysisSheet.name)
            codeRanges = try Self.writeCodes(template: template, into: try workbook.addWorksheet(named: "Codes"))
            self.template = template
            self.bundle = bundle
        } catch let error as XLSXError {
            throw AnnexAWriteError(description: error.description)
        }
    }

    private var sheets: [XLSXWorksheet]

    /// Starts writing one list's worksheet (header row, widths, frozen header).
    func startList(_ spec: AnnexAListSpec) throws -> AnnexASheetWriter {
        try AnnexASheetWriter(sheet: sheet(of: spec), spec: spec, formats: formats, codeRanges: codeRanges,
                              notes: AnnexACellNotes(template: template, list: spec))
    }

    /// Sets up one list's worksheet as an earlier workbook had it, its rows (header included) taken
    /// from that workbook's file at `path` where `memo` says they are, and its notes and drop-downs
    /// as they were (see `AnnexAExportMemo`).
    func reuseList(_ spec: AnnexAListSpec, memo: AnnexAExportMemo.List, from path: String) throws {
        let writer = try AnnexASheetWriter(sheet: sheet(of: spec), spec: spec, formats: formats, codeRanges: codeRanges,
                                           notes: AnnexACellNotes(template: template, list: spec), adopting: (memo.worksheetRows, path))
        try writer.replay(notes: memo.notes, nextRow: memo.nextRow)
        try writer.finish()
    }

    private func sheet(of spec: AnnexAListSpec) throws -> XLSXWorksheet {
        guard let index = sheets.firstIndex(where: { $0.name == spec.sheetName }) else {
            throw AnnexAWriteError(description: "no worksheet \(spec.sheetName) in the workbook")
        }
        return sheets[index]
    }

    /// Writes the findings and analysis sheets, then the file; returns where each sheet's rows are in it.
    func close(analysis: AnnexAAnalysis) throws -> [String: XLSXStoredRows] {
        do {
            try AnnexAFindingsSheet(template: template, diagnostics: bundle.diagnostics).write(into: findingsSheet, header: formats.header)
            try AnnexAAnalysisSheet(analysis: analysis).write(into: analysisSheet, header: formats.header)
            return try workbook.close()
        } catch let error as XLSXError {
            throw AnnexAWriteError(description: error.description)
        }
    }

    /// The findings sheet's name.
    static let findingsSheetName = "Findings"
    /// Excel's light red and light amber ("Bad" and "Neutral" cell styles).
    static let errorFill: UInt32 = 0xFFC7CE
    static let warningFill: UInt32 = 0xFFEB9C

    /// One column per closed code list on the hidden sheet; returns each list's range formula.
    private static func writeCodes(template: AnnexATemplate, into sheet: XLSXWorksheet) throws -> [String: String] {
        var byName: [String: AnnexAValueSet] = [:]
        for column in template.lists.flatMap(\.columns) {
            if let set = column.valueSet, !set.isOpen, !set.values.isEmpty { byName[set.name] = set }
        }
        let sets = byName.values.sorted { $0.name < $1.name }
        var ranges: [String: String] = [:]
        let longest = sets.map(\.values.count).max() ?? 0
        // Constant-memory mode writes row by row, so the columns are filled across each row.
        for row in 0..<longest {
            for (column, set) in sets.enumerated() where row < set.values.count {
                try sheet.write(text: set.values[row], row: row, column: column)
            }
        }
        for (column, set) in sets.enumerated() {
            let letters = XLSXWorksheet.columnLetters(column)
            ranges[set.name] = "=Codes!$\(letters)$1:$\(letters)$\(set.values.count)"
        }
        sheet.hide()
        return ranges
    }
}

/// Writes the rows of one list's worksheet, top to bottom.
final class AnnexASheetWriter {
    enum Append { case written, full }

    private let sheet: XLSXWorksheet
    private let spec: AnnexAListSpec
    private let formats: AnnexAWorkbookWriter.Formats
    private let codeRanges: [String: String]
    private let notes: AnnexACellNotes
    private(set) var nextRow = 1
    private(set) var truncatedCells = 0
    /// Cells highlighted as wrong.
    private(set) var highlightedCells = 0
    /// The notes written, in order (for `AnnexAExportMemo`).
    private(set) var writtenNotes: [AnnexAExportMemo.Note] = []

    /// `adopting`: rows (header included) taken from another workbook file instead of written.
    init(sheet: XLSXWorksheet, spec: AnnexAListSpec, formats: AnnexAWorkbookWriter.Formats, codeRanges: [String: String],
         notes: AnnexACellNotes, adopting: (rows: XLSXStoredRows, path: String)? = nil) throws {
        self.sheet = sheet
        self.spec = spec
        self.formats = formats
        self.codeRanges = codeRanges
        self.notes = notes
        do {
            for (column, columnSpec) in spec.columns.enumerated() {
                let width = min(max(Double(columnSpec.header.count) * 0.9, 12), 45)
                let format = columnSpec.type == .date ? formats.date : columnSpec.type == .integer ? nil : formats.text
                try sheet.setColumns(column, column, width: width, format: format)
            }
            if let adopting {
                try sheet.adoptRows(adopting.rows, from: adopting.path)
            } else {
                for (column, columnSpec) in spec.columns.enumerated() {
                    try sheet.write(text: columnSpec.header, row: 0, column: column, format: formats.header)
                }
            }
            sheet.freezeRows(1)
        } catch let error as XLSXError {
            throw AnnexAWriteError(description: error.description)
        }
    }

    /// Writes one row: dates as dates, whole numbers as numbers, everything else as text (a cell that
    /// could not be read as a date or number stays as written, as text, so nothing is lost). A cell
    /// the validation finds wrong is highlighted, with a note naming the rule (see `AnnexACellNotes`).
    /// `values` is `row.values`, which the exporter has already worked out for the list's CSV.
    func append(_ row: AnnexARow, values: [String]) throws -> Append {
        guard nextRow < XLSXWorksheet.maximumRows else { return .full }
        do {
            for column in spec.columns.indices where column < values.count {
                let problem = row.problem(column)
                if values[column].isEmpty {
                    // A required cell left blank: highlighted, so it can be found.
                    if problem != nil { try sheet.writeBlank(row: nextRow, column: column, format: formats.errorText) }
                } else {
                    try write(values[column], of: row, column: column, problem: problem)
                }
                if let problem {
                    highlightedCells += 1
                    if let note = notes.take(problem, column: column) {
                        try sheet.writeNote(note, row: nextRow, column: column)
                        writtenNotes.append(AnnexAExportMemo.Note(row: nextRow, column: column, text: note))
                    }
                }
            }
        } catch let error as XLSXError {
            throw AnnexAWriteError(description: error.description)
        }
        nextRow += 1
        return .written
    }

    /// Writes one non-blank cell in its type, highlighted when `problem` names a rule it breaks.
    private func write(_ value: String, of row: AnnexARow, column: Int, problem: String?) throws {
        let warning = problem.map(notes.isWarning) ?? false
        switch spec.columns[column].type {
        case .date:
            if let date = row.date(column) {
                try sheet.write(year: date.year, month: date.month, day: date.day, row: nextRow, column: column, format: formats.date)
                return
            }
        case .integer:
            if let number = Int(value) {
                try sheet.write(number: Double(number), row: nextRow, column: column, format: problem == nil ? nil : formats.errorNumber)
                return
            }
        default:
            break
        }
        let format = problem == nil ? formats.text : warning ? formats.warningText : formats.errorText
        if try sheet.write(text: value, row: nextRow, column: column, format: format) { truncatedCells += 1 }
    }

    /// Writes the notes an earlier workbook's sheet had (its rows adopted) and takes up after its rows.
    func replay(notes: [AnnexAExportMemo.Note], nextRow: Int) throws {
        do {
            for note in notes { try sheet.writeNote(note.text, row: note.row, column: note.column) }
        } catch let error as XLSXError {
            throw AnnexAWriteError(description: error.description)
        }
        self.nextRow = nextRow
    }

    /// Adds the drop-downs over the data rows and room for as many again (at least 1,000 rows).
    func finish() throws {
        let lastRow = min(max(nextRow - 1 + 500, 1_000), XLSXWorksheet.maximumRows - 1)
        do {
            for (column, columnSpec) in spec.columns.enumerated() {
                guard columnSpec.type == .category, let set = columnSpec.valueSet, let range = codeRanges[set.name] else { continue }
                try sheet.addDropDown(column: column, firstRow: 1, lastRow: lastRow, source: .formula(range),
                                      title: String(columnSpec.header.prefix(32)), message: "Choose a value from the template's list.")
            }
        } catch let error as XLSXError {
            throw AnnexAWriteError(description: error.description)
        }
    }
}
