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

    /// The analysis is final once put: a waiting read goes on then, while the feeder is still writing
    /// its workbook (the index then need not wait for the workbook's last sheets).
    @Test func aReadGoesOnOnceTheAnalysisIsPut() async throws {
        let shelf = ExportShelf()
        shelf.beginFeeding()
        let waiting = Task { await shelf.annexAAnalysisOnceFed() }
        try await Task.sleep(for: .milliseconds(50))
        shelf.annexAAnalysis = analysis
        // Still feeding: the read answers with what was put, and a later read at once too.
        #expect(await waiting.value == analysis)
        #expect(await shelf.annexAAnalysisOnceFed() == analysis)
        shelf.endFeeding()
    }

    /// Feeders that finish without putting an analysis release the readers with nothing.
    @Test func feedersThatPutNothingReleaseTheReaders() async throws {
        let shelf = ExportShelf()
        shelf.beginFeeding()
        let waiting = Task { await shelf.annexAAnalysisOnceFed() }
        try await Task.sleep(for: .milliseconds(50))
        shelf.annexAAnalysis = nil
        shelf.endFeeding()
        #expect(await waiting.value == nil)
    }

    @Test func aShelfNobodyFeedsAnswersAtOnce() async {
        let shelf = ExportShelf()
        #expect(await shelf.annexAAnalysisOnceFed() == nil)
        shelf.beginFeeding()
        shelf.endFeeding()
        #expect(await shelf.annexAAnalysisOnceFed() == nil)
    }
}
