import AnnexA
import AnnexASpec
import EvidenceModel
import EvidencePackCore
import Foundation

/// Reads CSV tables: DfE explore-education-statistics KPI files and councils' own KPI exports into
/// KPI observations, and Ofsted Annex A lists 1-11 into validated, normalised list tables (streamed:
/// a million-row list is never held in memory). Anything else becomes a generic table.
///
/// Importer options: `annexAList` (read every file as this list), `annexATemplate` (a template
/// version such as `2024`), `annexATemplateFolder` (where `template-*.yaml` live), `maxRows` (rows
/// kept in a record, default 2000). Pack options: `authorityCode`, `authorityName`,
/// `statisticalNeighbours`.
///
/// An Annex A list's checks against the reference date are deferred when the pipeline caches its
/// reading (`DateDeferringImporter`), so a next-day build re-reads no unchanged list.
public struct CSVTableImporter: DateDeferringImporter {
    /// Rows of an Annex A list or generic table kept in the record; beyond this the record says
    /// `streamedFromSource` and exporters re-read the file with `AnnexAListReader`.
    public static let defaultMaximumRows = 2000

    /// Makes the importer (it holds no state; the Annex A templates are read once per process).
    public init() {}

    /// The module's id, version and what it reads.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "csv-table", version: "1.2.1", role: .importer,
                         summary: "CSV tables: DfE statistics and council KPI exports as KPI observations; Annex A lists 1-11, validated",
                         mediaTypes: ["text/csv", "text/tab-separated-values"], fileExtensions: ["csv", "tsv"])
    }

    /// The Annex A templates (built in, and any on the packs search path), read once per process
    /// (nil when one cannot be read; `loadTemplate` then reports why).
    static var templates: [AnnexATemplate]? { AnnexATemplateChoice.all }

    /// 0.95 for a DfE statistics file, a council KPI export or a recognisable Annex A list; 0.6 for
    /// any other CSV or TSV (kept as a plain table); 0 for other extensions.
    public func confidence(for probe: SourceProbe) -> Double {
        guard ["csv", "tsv"].contains(probe.fileExtension) else { return 0 }
        let headers = Self.firstRow(of: probe.head)
        if DfEStatisticsReader.recognises(headers) || CouncilKPIReader.columns(headers) != nil { return 0.95 }
        if let template = Self.templates?.last,
           AnnexAListRecognizer.recognise(path: probe.path, headers: headers, template: template) != nil { return 0.95 }
        return 0.6
    }

    /// One table record: KPI observations, a validated Annex A list, or a plain table.
    public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        try read(source, context: context, deferringDateChecks: false).0
    }

    /// As `records(from:context:)`, with an Annex A list's checks against the reference date left to
    /// `dateCheckDiagnostics` (nil for any other table: its diagnostics are complete).
    public func recordsDeferringDateChecks(from source: Source, context: ImportContext) async throws -> (ImportResult, AnnexAPendingDiagnostics?) {
        try read(source, context: context, deferringDateChecks: true)
    }



    private func read(_ source: Source, context: ImportContext, deferringDateChecks: Bool) throws -> (ImportResult, AnnexAPendingDiagnostics?) {
        // Every read goes through the guarded path: no link out of the inputs is followed.
        let file = GuardedFile(path: source.path, root: context.inputsRoot)
        let headers = try Self.header(of: file)
        if DfEStatisticsReader.recognises(headers) || CouncilKPIReader.columns(headers) != nil {
            return (try importKPI(source: source, file: file, context: context), nil)
        }
        var diagnostics: [Diagnostic] = []
        switch loadTemplate(context: context) {
        case .success(let template):
            let forced = context.options["annexAList"].flatMap { Int($0) }
            if forced != nil || AnnexAListRecognizer.recognise(path: source.path, headers: headers, template: template) != nil {
                return try importAnnexA(source: source, file: file, template: template, list: forced, context: context,
                                        deferringDateChecks: deferringDateChecks)
            }
            if AnnexAListRecognizer.namesAnnexA(source.path),
               let named = AnnexAListRecognizer.listNumber(fromFileName: source.path, template: template), let list = template.list(named) {
                // Named like a list but not headed like one (often: the header row was lost). The
                // first line may be a child's row, so the message quotes none of it.
                let found = AnnexAListRecognizer.match(headers: headers, to: list).matchedCount
                diagnostics.append(Diagnostic(.warning, code: "annexa.header.unrecognised",
                    message: "the file name says \(list.title) but its first line matches only \(found) of the list's \(list.columns.count) column headers; read as a plain table (set the importer option annexAList to force the list)",
                    location: SourceLocation(path: source.path, line: 1), step: "import"))
            }
        case .failure(let error):
            diagnostics.append(Diagnostic(.warning, code: "annexa.template.unavailable", message: error.description,
                                          location: SourceLocation(path: source.path), step: "import"))
        }
        var result = try importGeneric(source: source, file: file, context: context)
        result.diagnostics.insert(contentsOf: diagnostics, at: 0)
        return (result, nil)
    }

    private func maximumRows(_ context: ImportContext) -> Int {
        context.options["maxRows"].flatMap { Int($0) }.map { max(0, $0) } ?? Self.defaultMaximumRows
    }

    private func loadTemplate(context: ImportContext) -> Result<AnnexATemplate, AnnexATemplateError> {
        AnnexATemplateChoice.template(referenceDate: context.referenceDate, options: context.options)
    }

    // MARK: Annex A

    private func importAnnexA(source: Source, file: GuardedFile, template: AnnexATemplate, list: Int?, context: ImportContext,
                              deferringDateChecks: Bool) throws -> (ImportResult, AnnexAPendingDiagnostics?) {
        let limit = maximumRows(context)
        var kept: [[String]] = []
        var reader = AnnexAListReader(template: template, referenceDate: context.referenceDate, displayPath: source.path, list: list)
        reader.defersDateChecks = deferringDateChecks
        // Only the kept rows are handed over (the others are still read and validated).
        let input = try file.open()
        defer { input.close() }
        let result = try reader.read(input: input, rowsToHandOver: limit) { row in
            if kept.count < limit { kept.append(row.values) }
        }
        var pending = AnnexAPendingDiagnostics()
        pending.append(result)
        let deferred = pending.defersAnything ? pending : nil
        let diagnostics = deferred == nil ? result.diagnostics : []
        guard let match = result.match else {
            return (ImportResult(records: [], diagnostics: diagnostics), deferred)
        }
        let table = Table(kind: .annexAList, title: match.list.title, annexAList: match.list.number, columns: match.list.headers,
                          rows: kept, rowCount: result.rowCount, streamedFromSource: result.rowCount > kept.count)
        return (ImportResult(records: [.table(table)], lineRanges: [result.lines], diagnostics: diagnostics), deferred)
    }

    // MARK: KPI

    private func importKPI(source: Source, file: GuardedFile, context: ImportContext) throws -> ImportResult {
        let selection = AuthoritySelection(packOptions: context.packOptions)
        var sink = DiagnosticSink(path: source.path)
        var headers: [String] = []
        var rowCount = 0
        // One pass over the rows: the header, ragged rows, and the hook each reader needs.
        func pass(_ each: (_ row: [String], _ line: Int) -> Void) throws -> CSVFileReader.Summary {
            headers = []
            rowCount = 0
            let input = try file.open()
            defer { input.close() }
            return try CSVFileReader().read(input: input) { row in
                if headers.isEmpty {
                    headers = row.strings.map { $0.trimmingCharacters(in: .whitespaces) }
                    return
                }
                if row.isEmpty { return }
                rowCount += 1
                each(row.strings, row.line)
            }
        }
        func checkShape(_ row: [String], _ line: Int) {
            if row.count != headers.count && !(row.count > headers.count && row[headers.count...].allSatisfy { $0.isEmpty }) {
                sink.add(.warning, "csv.ragged-row", "row has \(row.count) fields but the header has \(headers.count)", line: line, column: min(row.count, headers.count) + 1)
            }
        }
        let summary: CSVFileReader.Summary
        var diagnostics: [Diagnostic] = []
        let observations: [KPIObservation]
        var rankings: [KPIRanking] = []
        let title: String
        if DfEStatisticsReader.recognises(try Self.header(of: file)) {
            // Two streamed passes: DfE files can be large, and only the kept observations stay.
            var reader: DfEStatisticsReader?
            summary = try pass { row, line in
                if reader == nil { reader = DfEStatisticsReader(headers: headers, selection: selection, path: source.path) }
                checkShape(row, line)
                reader?.survey(row)
            }
            var dfe = reader ?? DfEStatisticsReader(headers: headers, selection: selection, path: source.path)
            dfe.classify()
            _ = try pass { row, line in dfe.read(row, line: line) }
            let read = dfe.finish()
            observations = read.observations
            rankings = read.rankings
            diagnostics = read.diagnostics
            title = "DfE statistics: " + Self.titleFromFileName(source.path)
        } else {
            // Council exports are a few hundred rows: read them whole.
            var rows: [[String]] = []
            var lines: [Int] = []
            summary = try pass { row, line in
                checkShape(row, line)
                rows.append(row)
                lines.append(line)
            }
            if let columns = CouncilKPIReader.columns(headers) {
                let read = CouncilKPIReader(headers: headers, rows: rows, lines: lines, columns: columns, selection: selection,
                                            path: source.path, decimalComma: summary.delimiter == UInt8(ascii: ";")).read()
                observations = read.observations
                diagnostics = read.diagnostics
            } else {
                observations = []
            }
            title = "KPI export: " + Self.titleFromFileName(source.path)
        }
        for issue in summary.issues { CSVTableImporter.report(issue, into: &sink) }
        diagnostics = sink.finished() + diagnostics
        if observations.isEmpty {
            diagnostics.append(Diagnostic(.warning, code: "kpi.empty", message: "no KPI observations were read from this file",
                                          location: SourceLocation(path: source.path), step: "import"))
        }
        let table = Table(kind: .kpi, title: title, columns: headers, rows: [], rowCount: rowCount, streamedFromSource: false,
                          observations: observations, rankings: rankings)
        return ImportResult(records: [.table(table)], lineRanges: [1...max(1, summary.lastLine)], diagnostics: diagnostics)
    }

    // MARK: Generic

    private func importGeneric(source: Source, file: GuardedFile, context: ImportContext) throws -> ImportResult {
        let limit = maximumRows(context)
        var headers: [String]?
        var kept: [[String]] = []
        var count = 0
        var sink = DiagnosticSink(path: source.path)
        let input = try file.open()
        defer { input.close() }
        let summary = try CSVFileReader().read(input: input) { row in
            guard let header = headers else { headers = row.strings; return }
            if row.isEmpty { return }
            count += 1
            let strings = row.strings
            if strings.count != header.count && !(strings.count > header.count && strings[header.count...].allSatisfy(\.isEmpty)) {
                sink.add(.warning, "csv.ragged-row", "row has \(strings.count) fields but the header has \(header.count)",
                         line: row.line, column: min(strings.count, header.count) + 1)
            }
            if kept.count < limit { kept.append(strings) }
        }
        for issue in summary.issues { Self.report(issue, into: &sink) }
        sink.always(.note, "csv.generic", "not a KPI file nor an Annex A list; kept as a plain table")
        let table = Table(kind: .generic, title: Self.titleFromFileName(source.path), columns: headers ?? [], rows: kept,
                          rowCount: count, streamedFromSource: count > kept.count)
        return ImportResult(records: [.table(table)], lineRanges: [1...max(1, summary.lastLine)], diagnostics: sink.finished())
    }

    // MARK: Helpers

    static func report(_ issue: CSVIssue, into sink: inout DiagnosticSink) {
        sink.report(issue)
    }

    /// The first record of some bytes (a probe's head), as text.
    static func firstRow(of bytes: [UInt8]) -> [String] {
        var first: [String]?
        var limited = bytes
        // Stop at the first line break outside quotes is the parser's job; a probe may cut a row.
        if limited.count > 65536 { limited = Array(limited[..<65536]) }
        _ = try? CSVFileReader().read(bytes: limited) { row in
            if first == nil { first = row.strings.map { $0.trimmingCharacters(in: .whitespaces) } }
            throw StopReading()
        }
        return first ?? []
    }

    /// The header of a file, reading only its first 64 KiB.
    static func header(of file: GuardedFile) throws -> [String] {
        let input = try file.open()
        defer { input.close() }
        return firstRow(of: try input.read(upToCount: 65536))
    }

    /// A source to be opened through the guarded path (`GuardedInput`), once per pass over it.
    struct GuardedFile {
        let path: String
        let root: URL
        func open() throws -> GuardedInput { try GuardedInput.open(relativePath: path, root: root, expectedSHA256: nil) }
    }

    static func titleFromFileName(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private struct StopReading: Error {}
}
