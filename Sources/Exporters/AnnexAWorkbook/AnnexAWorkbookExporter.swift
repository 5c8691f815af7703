import AnnexASpec
import AnnexA
import EvidenceModel
import EvidencePackCore
import Foundation

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

    /// Writes the workbook, the CSVs and the report.
    public func export(_ bundle: EvidenceBundle, to output: OutputDirectory, context: ExportContext) async throws {
        let template = try AnnexATemplateLoader.template(for: bundle.referenceDate, version: context.options["annexATemplate"],
                                                         folder: context.options["annexATemplateFolder"])
        let folder = context.options["folder"] ?? Self.defaultFolder
        let lists = AnnexAListSources(bundle: bundle, template: template)
        let streamer = AnnexARowStreamer(template: template, referenceDate: bundle.referenceDate, context: context)

        let workbookURL = try output.url(for: "\(folder)/annex-a.xlsx")
        let scratch = output.root.deletingLastPathComponent().appendingPathComponent(".annex-a-scratch")
        try SecureFileSystem.createDirectory(at: workbookURL.deletingLastPathComponent())
        try SecureFileSystem.createDirectory(at: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let workbook = try AnnexAWorkbookWriter(url: workbookURL, template: template, bundle: bundle, scratchFolder: scratch)
        // libxlsxwriter's side of each row runs on its own thread while the next rows are read.
        let feeder = AnnexAWorkbookFeeder(workbook: workbook)
        defer { feeder.waitUntilIdle() }
        var outcomes: [AnnexAListOutcome] = []
        var analyser = AnnexAAnalyser(template: template, referenceDate: bundle.referenceDate)
        var csvPaths: [Int: String] = [:]
        for spec in template.lists {
            csvPaths[spec.number] = "\(folder)/\(AnnexAListCSVWriter.fileName(list: spec.number))"
            let csvURL = try output.url(for: "\(folder)/\(AnnexAListCSVWriter.fileName(list: spec.number))")
            let csv = try AnnexAListCSVWriter(url: csvURL, headers: spec.headers)
            try feeder.startList(spec)
            var outcome = AnnexAListOutcome(spec: spec, sources: lists.sources(of: spec.number))
            for source in outcome.sources {
                let counts = try streamer.stream(source: source, list: spec) { row in
                    // The cells as the template writes them, worked out once for the CSV and the workbook.
                    let values = row.values
                    try csv.append(values)
                    analyser.add(row, list: spec)
                    try feeder.append(row, values: values)
                }
                outcome.rows += counts.rows
                if counts.unreadable { outcome.unreadableSources.append(source.path) }
            }
            (outcome.truncatedCells, outcome.rowsBeyondWorkbook) = try feeder.finishList()
            try csv.close()
            outcomes.append(outcome)
        }
        // The figures of the rows just streamed: in the workbook, and for the index (aggregates only).
        let analysis = analyser.finish(files: AnnexAFiles(
            workbook: "\(folder)/annex-a.xlsx", validationReport: "\(folder)/validation-report.txt", listCSVs: csvPaths))
        try feeder.close(analysis: analysis)
        try SecureFileSystem.restrict(workbookURL)

        let report = AnnexAValidationReport(bundle: bundle, template: template, outcomes: outcomes)
        try output.write(report.text, to: "\(folder)/validation-report.txt")
        context.shelf.annexAAnalysis = analysis
    }

    /// It hands its analysis of the rows to the index, so it runs first.
    public var feedsOtherExporters: Bool { true }
}
