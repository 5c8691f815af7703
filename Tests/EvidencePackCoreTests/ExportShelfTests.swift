import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Exporters run concurrently; the index reads the Annex A analysis off the shelf and must see what
/// the Annex A exporter put there, never an empty shelf because it happened to run first.
@Suite struct ExportShelfTests {
    let analysis = AnnexAAnalysis(lists: [], childrenByListCount: nil, notes: ["fed"],
                                  files: AnnexAFiles(workbook: "annex-a/annex-a.xlsx", validationReport: "annex-a/validation-report.txt", listCSVs: [:]))

    @Test func aReadWaitsUntilTheFeedersHaveFinished() async throws {
        let shelf = ExportShelf()
        shelf.beginFeeding()
        let reader = Task { await shelf.annexAAnalysisOnceFed() }
        // The reader is started before anything is on the shelf; give it every chance to answer too early.
        try await Task.sleep(for: .milliseconds(50))
        shelf.annexAAnalysis = analysis
        shelf.endFeeding()
        #expect(await reader.value == analysis)
    }

    @Test func aShelfNobodyFeedsAnswersAtOnce() async {
        let shelf = ExportShelf()
        #expect(await shelf.annexAAnalysisOnceFed() == nil)
        shelf.beginFeeding()
        shelf.endFeeding()
        #expect(await shelf.annexAAnalysisOnceFed() == nil)
    }
}
