import DocumentFileImporter
import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import Foundation
import Testing

/// A pack for one of the corpus's authorities, built by the whole pipeline over ../shared/corpus/ofsted
/// read in place: the last inspection with its judgements, the other authorities' reports set aside,
/// and the improvement points as the response item's checklist, in pack.json and the index.
@Suite(.enabled(if: OfstedCorpus.isReadable, "needs ../shared/corpus/ofsted and pdftotext"))
struct OfstedPackTests {
    static let yaml = """
    formatVersion: 1
    id: t
    title: Test
    authority: {name: Cheshire East, code: E06000049}
    exporters: [json, html-index]
    sections: [{id: s, title: S}]
    items:
      - id: last-inspection
        title: The last Ofsted inspection report
        section: s
        satisfiedBy: {record: document, kind: [inspectionReport], title: ['inspection']}
      - id: response-last-inspection
        title: Response and action plan to the last inspection
        section: s
        improvementChecklist: last-inspection
        satisfiedBy: {record: document, kind: [file, report, page], name: ['action plan']}
    """

    @Test func cheshireEastsPackShowsItsLastInspectionAndTheChecklist() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try PackDefinitionLoader().parse(yaml: Self.yaml, file: URL(fileURLWithPath: "/t/pack.yaml"), displayPath: "pack.yaml")
        let request = BuildRequest(pack: pack, inputs: OfstedCorpus.folder, output: folder.path("out"),
                                   referenceDate: try #require(CalendarDate(iso8601: "2024-06-01")))
        let bundle = try await Pipeline(registry: BuiltinModules.registry, progress: ProgressReporter(enabled: false)).build(request).bundle

        let last = try #require(bundle.items.first { $0.id == "last-inspection" })
        #expect(last.status == .present)
        #expect(last.recordIDs == ["d2i-ilacs_cheshire-east_16-may-2024.pdf#1"])
        #expect(last.files == ["evidence/d2i-ilacs_cheshire-east_16-may-2024.pdf"])
        #expect(Array(last.notes.prefix(6)) == [
            "Last inspection: Ofsted ILACS inspection of Cheshire East, 2024-02-26 to 2024-03-08; lead inspector Teresa Godfrey",
            "Overall effectiveness: Inadequate",
            "The impact of leaders on social work practice with children and families: Requires improvement to be good",
            "The experiences and progress of children who need help and protection: Requires improvement to be good",
            "The experiences and progress of children in care: Requires improvement to be good",
            "The experiences and progress of care leavers: Inadequate",
        ])
        // Every other authority's report (six PDFs, two text excerpts) is listed, none counted.
        #expect(last.warnings.count == 8)
        #expect(last.warnings.allSatisfy { $0.reason.hasSuffix("not on this pack's authority (Cheshire East): not counted") })
        #expect(last.warnings.contains { $0.source == "o01_manchester_reinspection_2017_pdfslide.txt" })

        let response = try #require(bundle.items.first { $0.id == "response-last-inspection" })
        #expect(response.status == .missing)
        #expect(response.notes.count == 7)
        #expect(response.notes.first?.hasPrefix("What needs to improve 1 of 7: Senior leaders' oversight of performance") == true)
        #expect(response.notes.allSatisfy { $0.contains("(hint from shared words only: ") })

        let index = try String(contentsOf: folder.path("out/data/index.html"), encoding: .utf8)
        #expect(index.contains("Overall effectiveness: Inadequate"))
        #expect(index.contains("What needs to improve 7 of 7: "))
    }
}
