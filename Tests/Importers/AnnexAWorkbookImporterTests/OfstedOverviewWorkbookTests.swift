import AnnexAWorkbookImporter
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Where the real overview workbook is: `../shared/corpus/ofsted` beside the package.
enum OverviewCorpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/ofsted")
    static let name = "d2i-ilacs_ofsted_csc_ilacs_overview.xlsx"
    static let isPresent = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
}

/// data-to-insight's overview workbook (../shared/corpus/ofsted, read in place): claimed by its name,
/// recognised by its columns, kept as a plain table, and read for the pack's authority.
@Suite(.enabled(if: OverviewCorpus.isPresent, "needs ../shared/corpus/ofsted"))
struct OfstedOverviewWorkbookTests {
    static let folder = OverviewCorpus.folder
    static let name = OverviewCorpus.name

    func importOverview() async throws -> (Record, [Diagnostic]) {
        let url = Self.folder.appendingPathComponent(Self.name)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber).int64Value
        let source = Source(path: Self.name, sha256: try FileHashing.sha256(of: url), size: size, mediaType: "application/octet-stream")
        let context = ImportContext(inputsRoot: Self.folder, referenceDate: try #require(CalendarDate(iso8601: "2026-12-01")))
        let result = try await AnnexAWorkbookImporter().records(from: source, context: context)
        guard result.records.count == 1, case .table(let table) = result.records[0] else {
            Issue.record("expected one table")
            throw CancellationError()
        }
        let record = Record(id: "\(Self.name)#1", provenance: Provenance(source: Self.name, sha256: source.sha256, importer: "annex-a-workbook-reader", importerVersion: "1"),
                            content: .table(table))
        return (record, result.diagnostics)
    }

    @Test func theWorkbookIsClaimedByItsNameAndKeptAsAPlainTable() async throws {
        let head = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(Self.name)).prefix(SourceDiscovery.probeSize))
        #expect(AnnexAWorkbookImporter().confidence(for: SourceProbe(path: Self.name, head: head, size: Int64(head.count))) == 0.5)
        let (record, diagnostics) = try await importOverview()
        let table = try #require(record.table)
        #expect(table.kind == .generic)
        #expect(table.rows.count == 153)
        #expect(table.columns.prefix(7) == ["urn", "la_code", "region_code", "ltla23cd", "stat_neighbours", "stat_neighbour_judgement", "local_authority"])
        #expect(diagnostics.map(\.code) == ["workbook.ofsted-overview"])
    }

    @Test func cheshireEastsContextAndNeighboursFromTheOverview() async throws {
        let (record, _) = try await importOverview()
        let yaml = """
        formatVersion: 1
        id: t
        title: T
        authority: {name: Cheshire East, code: E06000049}
        sections: [{id: s, title: S}]
        items:
          - id: last-inspection
            title: Last inspection
            section: s
            satisfiedBy: {record: document, kind: [inspectionReport]}
        """
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        let items = EvidenceAssembler(pack: pack, referenceDate: try #require(CalendarDate(iso8601: "2026-12-01"))).assemble(records: [record], diagnostics: [])
        #expect(items.first?.notes == [
            "Ofsted overview (data-to-insight): cheshire east, region NW: latest overall effectiveness inadequate (standard inspection, 2024-02-26 to 2024-03-08, published 2024-05-16)",
            "Statistical neighbours' latest overall effectiveness (overview): gloucestershire (E10000013): good; warwickshire (E10000031): requires improvement; "
                + "north yorkshire (E10000023): outstanding; warrington (E06000007): good; wiltshire (E06000054): outstanding; hampshire (E10000014): outstanding; "
                + "cheshire west and chester (E06000050): requires improvement; oxfordshire (E10000025): good; worcestershire (E10000034): good; leicestershire (E10000018): outstanding",
            "The pack's authority block names none: the overview's statistical neighbours would be statisticalNeighbours: [E10000013, E10000031, E10000023, E06000007, E06000054, E10000014, E06000050, E10000025, E10000034, E10000018]",
        ])
        // The overview is context only: the item still has no report.
        #expect(items.first?.status == .missing)
    }
}
