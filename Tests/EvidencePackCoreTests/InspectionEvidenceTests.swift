import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Ofsted reports in a pack: the newest report of the pack's authority counts and shows its
/// judgements, a report on another authority is a warning, and the response item gets the checklist.
@Suite struct InspectionEvidenceTests {
    static let yaml = """
    formatVersion: 1
    id: t
    title: T
    authority: {name: Northmoor, code: E06000990}
    sections: [{id: s, title: S}]
    items:
      - id: last-inspection
        title: Last inspection
        section: s
        required: false
        satisfiedBy: {record: document, kind: [inspectionReport], title: ['inspection']}
      - id: response-last-inspection
        title: Response to the last inspection
        section: s
        improvementChecklist: last-inspection
        satisfiedBy: {record: document, kind: [file], name: ['action plan']}
    """

    func assemble(_ records: [Record]) throws -> [EvidenceItem] {
        let pack = try PackDefinitionLoader().parse(yaml: Self.yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        let assembler = EvidenceAssembler(pack: pack, referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
        return assembler.assemble(records: records, diagnostics: [])
    }

    func record(_ path: String, _ document: Document) -> Record {
        Record(id: "\(path)#1", provenance: Provenance(source: path, sha256: "", importer: "test", importerVersion: "1"), content: .document(document))
    }

    func report(_ path: String, authority: String, end: String, overall: String?, points: [String]) -> Record {
        var document = Document(kind: .file, title: "Ofsted ILACS inspection: \(authority)", date: CalendarDate(iso8601: end))
        let report = InspectionReport(framework: "ILACS inspection", localAuthority: authority,
                                      inspectionStart: CalendarDate(iso8601: end)?.adding(days: -11), inspectionEnd: CalendarDate(iso8601: end),
                                      overallEffectiveness: overall,
                                      judgements: [.init(area: "The experiences and progress of care leavers", grade: "Inadequate")]
                                          + (overall.map { [.init(area: "Overall effectiveness", grade: $0)] } ?? []),
                                      leadInspector: "Alex Example", improvementPoints: points)
        report.write(into: &document)
        return record(path, document)
    }

    var actionPlan: Record {
        var document = Document(kind: .file, title: "Post-inspection action plan 2024")
        document.date = CalendarDate(iso8601: "2024-09-01")
        document.blocks = [Block(.paragraph, text: "Priority 1: care leavers' accommodation and homelessness support. Priority 2: supervision frequency for social workers.")]
        return record("plans/ILACS action plan.docx", document)
    }

    @Test func theNewestReportOfThePacksAuthorityCountsAndShowsItsJudgements() throws {
        let items = try assemble([
            report("ofsted/2019.pdf", authority: "Northmoor Borough Council", end: "2019-06-14", overall: "Good", points: ["Old point."]),
            report("ofsted/2024.pdf", authority: "Northmoor Borough Council", end: "2024-03-08", overall: "Inadequate",
                   points: ["Accommodation and homelessness support for care leavers.", "The frequency of supervision for social workers.",
                            "Return home interviews after missing episodes."]),
            report("ofsted/elsewhere.pdf", authority: "Southfield", end: "2025-05-01", overall: "Good", points: []),
            actionPlan,
        ])
        let last = try #require(items.first { $0.id == "last-inspection" })
        #expect(last.status == .present)
        #expect(last.recordIDs == ["ofsted/2024.pdf#1", "ofsted/2019.pdf#1"])
        #expect(last.notes.prefix(3) == [
            "Last inspection: Ofsted ILACS inspection of Northmoor Borough Council, 2024-02-26 to 2024-03-08; lead inspector Alex Example",
            "Overall effectiveness: Inadequate",
            "The experiences and progress of care leavers: Inadequate",
        ])
        #expect(last.warnings == [EvidenceWarning(source: "ofsted/elsewhere.pdf",
                                                  reason: "an Ofsted report on Southfield, not on this pack's authority (Northmoor): not counted")])

        let response = try #require(items.first { $0.id == "response-last-inspection" })
        #expect(response.status == .present)
        #expect(response.notes == [
            "What needs to improve 1 of 3: Accommodation and homelessness support for care leavers. (hint from shared words only: ILACS action plan.docx shares accommodation, care, homelessness, leaver, support)",
            "What needs to improve 2 of 3: The frequency of supervision for social workers. (hint from shared words only: ILACS action plan.docx shares frequency, supervision, worker)",
            "What needs to improve 3 of 3: Return home interviews after missing episodes. (hint from shared words only: no input shares enough of its words; check that the action plan covers it)",
        ])
    }

    @Test func anOverallJudgementNotPrintedIsSaidToBeSo() throws {
        let items = try assemble([report("ofsted/cut.pdf", authority: "Northmoor", end: "2024-03-08", overall: nil, points: [])])
        let last = try #require(items.first)
        #expect(last.notes.contains("Overall effectiveness: not printed in the report (not guessed)"))
        let response = try #require(items.last)
        #expect(response.notes == ["Improvement checklist: the last inspection report lists no 'What needs to improve' points that could be read"])
    }

    @Test func aReportOnlyForAnotherAuthorityLeavesTheItemMissing() throws {
        let items = try assemble([report("ofsted/elsewhere.pdf", authority: "Southfield", end: "2025-05-01", overall: "Good", points: ["A point."])])
        let last = try #require(items.first)
        #expect(last.status == .missing)
        #expect(last.recordIDs.isEmpty)
        #expect(last.warnings.count == 1)
        #expect(items.last?.notes == ["Improvement checklist: no Ofsted report of this authority was found for item 'last-inspection', so there are no points to check"])
    }

    @Test func aChecklistNamingAnUnknownItemIsAPackError() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "improvementChecklist: last-inspection", with: "improvementChecklist: no-such-item")
        #expect(throws: (any Error).self) {
            try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        }
    }
}
