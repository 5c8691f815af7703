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

    /// data-to-insight's overview in its CSV shape (a plain table), with made-up councils.
    var overview: Record {
        let columns = ["urn", "la_code", "region_code", "ltla23cd", "stat_neighbours", "stat_neighbour_judgement", "local_authority",
                       "overall_effectiveness_grade", "inspection_framework", "inspection_start_date", "inspection_end_date", "publication_date"]
        let rows = [
            ["1", "990", "NW", "E06000990", "991, 992, 999", "[(991, 'good')]", "northmoor", "inadequate", "standard", "26/02/2024", "08/03/2024", "16/05/24"],
            ["2", "991", "NW", "E06000991", "990", "", "southfield", "good", "short", "11/09/2023", "15/09/2023", "27/10/23"],
            ["3", "992", "NE", "E06000992", "990", "", "eastdale", "requires improvement", "standard", "", "", ""],
        ]
        let table = Table(kind: .generic, title: "ofsted csc ilacs overview", columns: columns, rows: rows)
        return Record(id: "d2i/overview.csv#1", provenance: Provenance(source: "d2i/overview.csv", sha256: "", importer: "csv-table", importerVersion: "1"),
                      content: .table(table))
    }

    @Test func theOverviewGivesTheAuthoritysContextAndOffersItsNeighbours() throws {
        let items = try assemble([report("ofsted/2024.pdf", authority: "Northmoor", end: "2024-03-08", overall: "Inadequate", points: []), overview])
        let last = try #require(items.first)
        #expect(Array(last.notes.suffix(3)) == [
            "Ofsted overview (data-to-insight): northmoor, region NW: latest overall effectiveness inadequate (standard inspection, 2024-02-26 to 2024-03-08, published 2024-05-16)",
            // 999 has no row of its own: left out, nothing invented.
            "Statistical neighbours' latest overall effectiveness (overview): southfield (E06000991): good; eastdale (E06000992): requires improvement",
            "The pack's authority block names none: the overview's statistical neighbours would be statisticalNeighbours: [E06000991, E06000992]",
        ])
        // The overview is context, never the evidence for the item.
        #expect(last.recordIDs == ["ofsted/2024.pdf#1"])
    }
}
