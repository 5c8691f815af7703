import AnnexASpec
import EvidenceModel
import EvidencePackCore
import Foundation

/// One worksheet of an Annex A workbook as read: which list it holds and what reading it found.
public struct AnnexASheetResult: Sendable {
    /// The sheet's tab name.
    public var sheet: String
    /// The list and what the shared row reading found (findings named `Sheet!B52` as well as by row).
    public var result: AnnexAReadResult
}

/// Reads Annex A lists from an Excel workbook (.xlsx): every sheet is recognised as a list by its
/// name (`List 3`, `list3`, `List 3 - Referrals`, `Referrals`) or, failing that, by its header row, and
/// its rows go through the same row reading and validation as a CSV list (`AnnexAListReader`), one row
/// at a time. Sheets that are no list (pivot tables, notes) are skipped with a note.
public struct AnnexAWorkbookReader: Sendable {
    /// The template the rows are checked against.
    public var template: AnnexATemplate
    /// The day the pack is for.
    public var referenceDate: CalendarDate
    /// The path written in diagnostics (the workbook's path relative to the inputs).
    public var displayPath: String
    /// Validate rows (false: only normalise, for exporters re-reading a checked file).
    public var validate: Bool
    /// Diagnostics kept per kind and column before a summary takes over.
    public var diagnosticsPerKind: Int
    /// Leave each sheet's checks against the reference date to the caller (see
    /// `AnnexAListReader.defersDateChecks`).
    public var defersDateChecks = false

    /// Makes a reader.
    public init(template: AnnexATemplate, referenceDate: CalendarDate, displayPath: String, validate: Bool = true, diagnosticsPerKind: Int = 20) {
        self.template = template
        self.referenceDate = referenceDate
        self.displayPath = displayPath
        self.validate = validate
        self.diagnosticsPerKind = diagnosticsPerKind
    }

    /// Reads an input opened through the guarded path: its bytes are checked against the discovery
    /// fingerprint before and after the workbook is read (the zip reader reads the very file the guard
    /// opened, through `openedFilePath`). `only`: read only the sheets holding this list.
    public func read(input: GuardedInput, only list: Int? = nil,
                     onSheet: (AnnexASheetResult) throws -> Void,
                     onRow: ((_ sheet: String, _ list: Int, AnnexARow) throws -> Void)? = nil) throws -> [Diagnostic] {
        try input.verifyContents()
        let package = try XLSXPackage(path: input.openedFilePath)
        let notes = try read(package: package, only: list, onSheet: onSheet, onRow: onRow)
        try input.verifyContents()
        return notes
    }

    /// Reads a workbook at a path (tests, `import FILE`).
    public func read(url: URL, only list: Int? = nil, onSheet: (AnnexASheetResult) throws -> Void,
                     onRow: ((_ sheet: String, _ list: Int, AnnexARow) throws -> Void)? = nil) throws -> [Diagnostic] {
        try read(package: XLSXPackage(path: url.path), only: list, onSheet: onSheet, onRow: onRow)
    }

    /// Rows searched for a sheet's header.
    static let headerSearchRows = 1_000

    /// The list a sheet holds: by its header row read against its name (as `AnnexAListRecognizer`
    /// does for a CSV's file name and header); nil when it holds none or has no header.
    public func list(of sheet: XLSXPackage.Sheet, in package: XLSXPackage) throws -> Int? {
        var headers: [String]?
        // The header is in the first rows: a sheet of empty rows is not inflated to its end to find none.
        try package.rows(of: sheet, rowLimit: Self.headerSearchRows) { row in
            if row.isBlank { return true }
            headers = row.texts.map { $0.trimmingCharacters(in: .whitespaces) }
            return false
        }
        guard let headers else { return nil }
        return AnnexAListRecognizer.recognise(path: sheet.name, headers: headers, template: template)?.list.number
    }

    /// Workbook-level notes (sheets skipped), returned; each list sheet's result goes to `onSheet`.
    func read(package: XLSXPackage, only wanted: Int?, onSheet: (AnnexASheetResult) throws -> Void,
              onRow: ((_ sheet: String, _ list: Int, AnnexARow) throws -> Void)?) throws -> [Diagnostic] {
        var notes: [Diagnostic] = []
        for sheet in package.sheets {
            guard let number = try list(of: sheet, in: package) else {
                if wanted == nil, let named = AnnexAListRecognizer.listNumber(fromFileName: sheet.name, template: template),
                   let spec = template.list(named) {
                    // Named like a list but not headed like one (often: the header row was lost). The
                    // first row may be a child's, so the message quotes none of it.
                    notes.append(Diagnostic(.warning, code: "annexa.header.unrecognised",
                        message: "the sheet '\(sheet.name)' is named like \(spec.title) but its first row does not match the list's column headers; it is not read",
                        location: SourceLocation(path: displayPath), step: "import"))
                } else if wanted == nil {
                    notes.append(Diagnostic(.note, code: "annexa.sheet.skipped",
                        message: "the sheet '\(sheet.name)' is not an Annex A list of the \(template.template) template (by its name or header); it is not read",
                        location: SourceLocation(path: displayPath), step: "import"))
                }
                continue
            }
            if let wanted, wanted != number { continue }
            var reader = AnnexAListReader(template: template, referenceDate: referenceDate, displayPath: displayPath, list: number,
                                          validate: validate, diagnosticsPerKind: diagnosticsPerKind)
            reader.sheetName = sheet.name
            reader.defersDateChecks = defersDateChecks
            var state = AnnexAReadState(reader: reader, rowsToHandOver: .max)
            let handOver: ((AnnexARow) throws -> Void)? = onRow.map { onRow in { row in try onRow(sheet.name, number, row) } }
            var lastLine = 0
            try package.rows(of: sheet) { row in
                lastLine = row.number
                try state.take(row.csvRow, onRow: handOver)
                return true
            }
            let summary = CSVFileReader.Summary(encoding: "UTF-8", delimiter: UInt8(ascii: ","), issues: [], lastLine: lastLine)
            try onSheet(AnnexASheetResult(sheet: sheet.name, result: state.finish(summary)))
        }
        return notes
    }
}
