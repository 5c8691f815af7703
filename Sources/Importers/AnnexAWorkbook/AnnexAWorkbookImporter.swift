import AnnexA
import AnnexASpec
import EvidenceModel
import EvidencePackCore
import Foundation

/// Reads Annex A lists from Excel workbooks (.xlsx, .xlsm) as councils' case-management systems export
/// them: one table record per list sheet ("List 1".."List 11", name variants, or a sheet headed like a
/// list), validated exactly as the same rows given as CSV, with findings naming the sheet and cell
/// (`List 3!B52`) as well as the row. Sheets are streamed (libxml2's reader over each sheet's XML), so
/// a million-row list is never held in memory.
///
/// Importer options: `annexATemplate`, `annexATemplateFolder` (as the CSV importer), `maxRows` (rows
/// kept in a record, default 2000).
public struct AnnexAWorkbookImporter: DateDeferringImporter {
    /// Makes the importer.
    public init() {}

    /// Rows of a list kept in the record; beyond this the record says `streamedFromSource`.
    public static let defaultMaximumRows = 2000

    /// The module's id, version and what it reads.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "annex-a-workbook-reader", version: "1.1.2", role: .importer,
                         summary: "Annex A lists 1-11 from an Excel workbook (.xlsx), one sheet per list, validated as the CSV lists are",
                         mediaTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], fileExtensions: ["xlsx", "xlsm"])
    }

    /// 0.95 for a workbook whose path says Annex A (`annex`, `list 3`, a list's name, in the file or a
    /// folder name); 0.2 for any other workbook (below the document reader, which then lists it as a
    /// file: pin this importer with a glob in the pack definition to read such a workbook as Annex A).
    public func confidence(for probe: SourceProbe) -> Double {
        guard ["xlsx", "xlsm"].contains(probe.fileExtension) else { return 0 }
        guard probe.head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return 0 }
        let path = probe.path.lowercased()
        if path.contains("annex") || AnnexAListRecognizer.namesAnnexA(probe.path) { return 0.95 }
        // data-to-insight's overview of councils' Ofsted judgements (`ofsted_csc_ilacs_overview.xlsx`):
        // its sheet is compressed, so only its name can tell; the sheet's columns decide in `records`.
        if path.contains("overview"), path.contains("ofsted") || path.contains("ilacs") { return 0.5 }
        if let template = AnnexATemplateChoice.newest, AnnexAListRecognizer.listNumber(fromFileName: probe.path, template: template) != nil {
            return 0.95
        }
        return 0.2
    }

    /// One validated table record per list sheet.
    public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        try read(source, context: context, deferringDateChecks: false).0
    }

    /// As `records(from:context:)`, with each list sheet's checks against the reference date left to
    /// `dateCheckDiagnostics` (nil when no sheet was read as a list).
    public func recordsDeferringDateChecks(from source: Source, context: ImportContext) async throws -> (ImportResult, AnnexAPendingDiagnostics?) {
        try read(source, context: context, deferringDateChecks: true)
    }



    private func read(_ source: Source, context: ImportContext, deferringDateChecks: Bool) throws -> (ImportResult, AnnexAPendingDiagnostics?) {
        let template: AnnexATemplate
        switch AnnexATemplateChoice.template(referenceDate: context.referenceDate, options: context.options) {
        case .success(let found): template = found
        case .failure(let error):
            return (ImportResult(diagnostics: [Diagnostic(.warning, code: "annexa.template.unavailable", message: error.description,
                                                          location: SourceLocation(path: source.path), step: "import")]), nil)
        }
        let limit = context.options["maxRows"].flatMap { Int($0) }.map { max(0, $0) } ?? Self.defaultMaximumRows
        var reader = AnnexAWorkbookReader(template: template, referenceDate: context.referenceDate, displayPath: source.path)
        reader.defersDateChecks = deferringDateChecks
        let input = try GuardedInput.open(relativePath: source.path, root: context.inputsRoot, expectedSHA256: nil)
        defer { input.close() }
        var records: [Record.Content] = []
        var ranges: [ClosedRange<Int>?] = []
        var sheets = AnnexAPendingDiagnostics()
        var kept: [[String]] = []
        let notes: [Diagnostic]
        do {
            notes = try reader.read(input: input, onSheet: { sheet in
                sheets.append(sheet.result)
                defer { kept = [] }
                guard let match = sheet.result.match else { return }
                records.append(.table(Table(kind: .annexAList, title: match.list.title, annexAList: match.list.number,
                                            columns: match.list.headers, rows: kept, rowCount: sheet.result.rowCount,
                                            streamedFromSource: sheet.result.rowCount > kept.count)))
                ranges.append(sheet.result.lines)
            }, onRow: { _, _, row in
                if kept.count < limit { kept.append(row.values) }
            })
        } catch let failure as XLSXPackage.Failure {
            return (ImportResult(diagnostics: [Diagnostic(.error, code: "annexa.workbook.unreadable", message: failure.description,
                                                          location: SourceLocation(path: source.path), step: "import")]), nil)
        }
        var pending = AnnexAPendingDiagnostics()
        pending.append(notes)
        pending.append(sheets)
        if pending.defersAnything {
            // A list sheet was read: the workbook's diagnostics are the notes, then each sheet's.
            return (ImportResult(records: records, lineRanges: ranges, diagnostics: []), pending)
        }
        var diagnostics = try pending.finished(on: context.referenceDate)
        if records.isEmpty, let overview = try? Self.ofstedOverview(path: input.openedFilePath, limit: limit) {
            records.append(.table(overview))
            ranges.append(nil)
            diagnostics = [Diagnostic(.note, code: "workbook.ofsted-overview",
                                      message: "read as data-to-insight's overview of councils' latest Ofsted judgements (\(overview.rows.count) councils), kept as a plain table",
                                      location: SourceLocation(path: source.path), step: "import")]
        } else if records.isEmpty {
            diagnostics.append(Diagnostic(.warning, code: "annexa.workbook.no-list",
                message: "no sheet of this workbook is an Annex A list of the \(template.template) template",
                location: SourceLocation(path: source.path), step: "import"))
        }
        return (ImportResult(records: records, lineRanges: ranges, diagnostics: diagnostics), nil)
    }

    /// The first sheet as a plain table when its header holds the overview's columns
    /// (`OfstedOverview.requiredColumns`), else nil; at most `limit` rows are kept.
    static func ofstedOverview(path: String, limit: Int) throws -> Table? {
        let package = try XLSXPackage(path: path)
        guard let sheet = package.sheets.first else { return nil }
        var header: [String]?
        var rows: [[String]] = []
        try package.rows(of: sheet) { row in
            guard header != nil else {
                header = row.texts.map { $0.trimmingCharacters(in: .whitespaces) }
                return true
            }
            if !row.isBlank { rows.append(row.texts) }
            return rows.count < limit
        }
        guard let header, OfstedOverview.requiredColumns.allSatisfy(header.map { $0.lowercased() }.contains) else { return nil }
        return Table(kind: .generic, title: sheet.name, columns: header, rows: rows)
    }
}
