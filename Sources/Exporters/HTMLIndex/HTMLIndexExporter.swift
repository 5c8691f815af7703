import EvidenceModel
import EvidencePackCore
import Foundation

/// Writes `data/index.html`: one self-contained page for people (no network, no scripts, inline
/// CSS and SVG) — the checklist by section with statuses and reasons, links to each evidence file,
/// the Annex A validation summary with links to the Annex A outputs, the Annex A analysis (when the
/// Annex A workbook exporter ran first and put it on the export shelf), and the KPIs: a latest-value table and one view per KPI item of the
/// authority against England, its region and its statistical neighbours.
///
/// Options (pack.yaml `exporters:`): `fileName` (default `index.html`); `region`, the ONS code or
/// name of the authority's region when the KPI data does not say which region it lies in (for the
/// other indicators' charts); `otherIndicators: chart` to chart every indicator no KPI item matched too.
public struct HTMLIndexExporter: Exporter {
    public init() {}

    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "html-index", version: "1.2.0", role: .exporter,
                         summary: "a self-contained index.html for people: checklist, evidence links, Annex A summary and analysis, KPI charts",
                         mediaTypes: ["text/html"], fileExtensions: ["html"])
    }

    /// The payload path written.
    public static let fileName = "index.html"

    public func export(_ bundle: EvidenceBundle, to output: OutputDirectory, context: ExportContext) async throws {
        let name = context.options["fileName"] ?? Self.fileName
        let page = HTMLIndexPage(bundle: bundle, regionHint: context.options["region"],
                                 linkPrefix: Self.linkPrefix(forPageAt: name),
                                 chartsOtherIndicators: context.options["otherIndicators"] == "chart",
                                 annexAAnalysis: await context.shelf.annexAAnalysisOnceFed())
        try output.write(page.render(), to: name)
    }

    /// `../` once per folder the page sits in, so links to payload paths stay relative to `data/`.
    static func linkPrefix(forPageAt path: String) -> String {
        let depth = path.split(separator: "/", omittingEmptySubsequences: true).count - 1
        return String(repeating: "../", count: max(0, depth))
    }
}
