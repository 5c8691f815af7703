import AnnexASpec
import AnnexA
import EvidenceModel
import EvidencePackCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XLSXWriter

/// Writes the Annex A submission: one workbook in the template's shape (`annex-a/annex-a.xlsx`,
/// worksheets "List 1".."List 11"), one CSV per list, and the validation report.
///
/// Rows are streamed again from each list's source (CSV or workbook) with the Annex A layer, opened by
/// Core through the guarded path (`ExportContext.openInput`), normalised to the
/// template (dates as real dates, codes as the template writes them), so a million-row list never
/// sits in memory. While they stream, the ChAT-style analysis (`AnnexAAnalyser`) counts them and is put
/// on the export shelf for the index. Options: `folder` (default `annex-a`), `annexATemplate` (a template version).
public struct AnnexAWorkbookExporter: Exporter {
    /// Makes the exporter.
    public init() {}

    /// Id, version and what it writes.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "annex-a-workbook", version: "1.1.0", role: .exporter,
                         summary: "the Annex A lists as an .xlsx workbook in the template's shape, one CSV per list, and the validation report",
                         mediaTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "text/plain"],
                         fileExtensions: ["xlsx", "csv", "txt"])
    }

    /// The payload folder written to, unless the `folder` option says otherwise.
    public static let defaultFolder = "annex-a"

    /// Writes the workbook, the CSVs and the report: carried over from the pack this build replaces
    /// when the lists' sources are unchanged (see `AnnexAExportMemo`), else from the rows.
    public func export(_ bundle: EvidenceBundle, to output: OutputDirectory, context: ExportContext) async throws {
        let template = try AnnexATemplateLoader.template(for: bundle.referenceDate, version: context.options["annexATemplate"],
                                                         folder: context.options["annexATemplateFolder"])
        let folder = context.options["folder"] ?? Self.defaultFolder
        let lists = AnnexAListSources(bundle: bundle, template: template)
        let key = AnnexAExportMemo.key(exporterVersion: descriptor.version, template: template, options: context.options, lists: lists)
        let workbookURL = try output.url(for: "\(folder)/annex-a.xlsx")
        let scratch = output.root.deletingLastPathComponent().appendingPathComponent(".annex-a-scratch")
        try SecureFileSystem.createDirectory(at: workbookURL.deletingLastPathComponent())
        try SecureFileSystem.createDirectory(at: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files = AnnexAFiles(workbook: "\(folder)/annex-a.xlsx", validationReport: "\(folder)/validation-report.txt",
                                listCSVs: Dictionary(uniqueKeysWithValues: template.lists.map { ($0.number, "\(folder)/\(AnnexAListCSVWriter.fileName(list: $0.number))") }))

        var written: Written?
        if let memory = context.memory, let memo = memory.recalled(AnnexAExportMemo.self), memo.key == key {
            written = try carryOver(memo, memory: memory, bundle: bundle, template: template, files: files, output: output,
                                    workbookURL: workbookURL, scratch: scratch, context: context)
        }
        let done = try written ?? writeFromRows(bundle, template: template, lists: lists, files: files, output: output,
                                                workbookURL: workbookURL, scratch: scratch, context: context)
        try SecureFileSystem.restrict(workbookURL)
        let outcomes = template.lists.map { spec in
            var outcome = AnnexAListOutcome(spec: spec, sources: lists.sources(of: spec.number))
            if let list = done.lists.first(where: { $0.number == spec.number }) {
                outcome.rows = list.rowCount
                outcome.truncatedCells = list.truncatedCells
                outcome.rowsBeyondWorkbook = list.rowsBeyondWorkbook
            }
            outcome.unreadableSources = done.unreadableSources[spec.number] ?? []
            return outcome
        }
        let report = AnnexAValidationReport(bundle: bundle, template: template, outcomes: outcomes)
        try output.write(report.text, to: files.validationReport)
        context.shelf.annexAAnalysis = done.analysis

        // Remembered for the next build only when every source was read: a list short of a file is redone.
        guard let memory = context.memory else { return }
        if done.unreadableSources.isEmpty {
            let workbookSHA256 = try FileHashing.sha256(of: workbookURL)
            output.recordDigest(workbookSHA256, of: workbookURL)
            let memo = AnnexAExportMemo(key: key, workbookSHA256: workbookSHA256, lists: done.lists, tallies: done.tallies)
            do { try memory.remember(memo) } catch { memory.forget() }
        } else {
            memory.forget()
        }
    }

    /// What one export wrote: per list, what the memo keeps; the analysis and its counts.
    struct Written {
        var lists: [AnnexAExportMemo.List]
        var analysis: AnnexAAnalysis
        var tallies: AnnexAAnalysisTallies
        var unreadableSources: [Int: [String]] = [:]
    }

    /// The lists as the pack this build replaces has them, when every file the memo names is there
    /// with its recorded SHA-256 and the counts fit the template; nil (nothing written that the full
    /// path would not overwrite) otherwise. Reads no row.
    func carryOver(_ memo: AnnexAExportMemo, memory: ExportMemory, bundle: EvidenceBundle, template: AnnexATemplate, files: AnnexAFiles,
                   output: OutputDirectory, workbookURL: URL, scratch: URL, context: ExportContext) throws -> Written? {
        guard memo.lists.map(\.number) == template.lists.map(\.number),
              let analysis = try? memo.tallies.analysis(template: template, referenceDate: bundle.referenceDate, files: files) else { return nil }
        for list in memo.lists {
            guard let path = files.listCSVs[list.number], case let csvURL = try output.url(for: path),
                  memory.linkFromPreviousPack(path, sha256: list.csvSHA256, to: csvURL) else { return nil }
            output.recordDigest(list.csvSHA256, of: csvURL)
        }
        // The previous workbook, copied into the scratch folder as it is checked: its rows are then read
        // from a file nobody else can change.
        let previousWorkbook = scratch.appendingPathComponent("previous.xlsx")
        guard memory.copyFromPreviousPack(files.workbook, sha256: memo.workbookSHA256, to: previousWorkbook) else { return nil }
        // Carried over from here on (or the export fails): the index need not wait for the workbook.
        context.shelf.annexAAnalysis = analysis
        let workbook = try AnnexAWorkbookWriter(url: workbookURL, template: template, bundle: bundle, scratchFolder: scratch)
        for (spec, list) in zip(template.lists, memo.lists) {
            try workbook.reuseList(spec, memo: list, from: previousWorkbook.path)
        }
        let stored = try workbook.close(analysis: analysis)
        var lists = memo.lists
        for index in lists.indices {
            guard let rows = stored[template.lists[index].sheetName] else {
                throw AnnexAWriteError(description: "the rows of \(template.lists[index].sheetName) are missing from the workbook")
            }
            lists[index].worksheetRows = rows
        }
        return Written(lists: lists, analysis: analysis, tallies: memo.tallies)
    }

    /// Streams every list's rows from its sources into the CSVs and the workbook, counting them for
    /// the analysis as they pass.
    func writeFromRows(_ bundle: EvidenceBundle, template: AnnexATemplate, lists: AnnexAListSources, files: AnnexAFiles,
                       output: OutputDirectory, workbookURL: URL, scratch: URL, context: ExportContext) throws -> Written {
        let streamer = AnnexARowStreamer(template: template, referenceDate: bundle.referenceDate, context: context)
        let workbook = try AnnexAWorkbookWriter(url: workbookURL, template: template, bundle: bundle, scratchFolder: scratch)
        // libxlsxwriter's side of each row runs on its own thread while the next rows are read.
        let feeder = AnnexAWorkbookFeeder(workbook: workbook)
        defer { feeder.waitUntilIdle() }
        var written: [AnnexAExportMemo.List] = []
        var unreadable: [Int: [String]] = [:]
        var analyser = AnnexAAnalyser(template: template, referenceDate: bundle.referenceDate)
        for spec in template.lists {
            let csvPath = files.listCSVs[spec.number] ?? AnnexAListCSVWriter.fileName(list: spec.number)
            let csvURL = try output.url(for: csvPath)
            // A carry-over given up on may have left a link to the previous pack's file here: writing
            // through it would change that pack, so the name is removed first.
            unlink(csvURL.path)
            let csv = try AnnexAListCSVWriter(url: csvURL, headers: spec.headers)
            try feeder.startList(spec)
            var rowCount = 0
            for source in lists.sources(of: spec.number) {
                let counts = try streamer.stream(source: source, list: spec) { row in
                    // The cells as the template writes them, worked out once for the CSV and the workbook.
                    let values = row.values
                    try csv.append(values)
                    analyser.add(row, list: spec)
                    try feeder.append(row, values: values)
                }
                rowCount += counts.rows
                if counts.unreadable { unreadable[spec.number, default: []].append(source.path) }
            }
            let finished = try feeder.finishList()
            try csv.close()
            // Hashed only for a build that remembers them (one with a cache).
            let csvSHA256 = context.memory == nil ? "" : try FileHashing.sha256(of: csvURL)
            if !csvSHA256.isEmpty { output.recordDigest(csvSHA256, of: csvURL) }
            written.append(AnnexAExportMemo.List(number: spec.number, csvSHA256: csvSHA256, rowCount: rowCount,
                                                 truncatedCells: finished.truncatedCells, rowsBeyondWorkbook: finished.rowsBeyondWorkbook,
                                                 worksheetRows: XLSXStoredRows(offset: 0, compressedSize: 0, crc32: 0, uncompressedSize: 0),
                                                 notes: finished.notes, nextRow: finished.nextRow))
        }
        // The figures of the rows just streamed: in the workbook, and for the index (aggregates only).
        let tallies = analyser.tallies()
        let analysis = try tallies.analysis(template: template, referenceDate: bundle.referenceDate, files: files)
        // Final once every row has passed: the index need not wait for the workbook to be finished.
        context.shelf.annexAAnalysis = analysis
        let stored = try feeder.close(analysis: analysis)
        for index in written.indices {
            guard let rows = stored[template.lists[index].sheetName] else {
                throw AnnexAWriteError(description: "the rows of \(template.lists[index].sheetName) are missing from the workbook")
            }
            written[index].worksheetRows = rows
        }
        return Written(lists: written, analysis: analysis, tallies: tallies, unreadableSources: unreadable)
    }

    /// It hands its analysis of the rows to the index, so it runs first.
    public var feedsOtherExporters: Bool { true }
}
