import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// What changed between two bundles, as a build reads it from the previous pack.json.
@Suite struct PackComparisonTests {
    static let referenceDate = CalendarDate(iso8601: "2026-11-20")!

    /// A bundle with one item, an Annex A list with the given findings, and one KPI figure.
    func bundle(status: EvidenceStatus, listFindings: [(Diagnostic.Severity, String, Int)], kpiValue: Double, listSHA: String) -> EvidenceBundle {
        let list = Record(id: "annex/list-1.csv#1", provenance: Provenance(source: "annex/list-1.csv", sha256: listSHA, importer: "csv-table", importerVersion: "1"),
                          content: .table(Table(kind: .annexAList, annexAList: 1, columns: ["Child ID"], rowCount: 3)))
        let observation = KPIObservation(indicator: "cla_rate", period: Period(kind: .year, label: "2025", end: CalendarDate(iso8601: "2025-03-31")!),
                                         geography: Geography(level: .localAuthority, code: "E1", name: "Exampleshire"),
                                         value: .number(kpiValue), unit: .ratePer10000)
        let kpi = Record(id: "kpi.csv#1", provenance: Provenance(source: "kpi.csv", sha256: "k", importer: "csv-table", importerVersion: "1"),
                         content: .table(Table(kind: .kpi, observations: [observation])))
        let diagnostics = listFindings.map { severity, code, column in
            Diagnostic(severity, code: code, message: "a finding", location: SourceLocation(path: "annex/list-1.csv", line: 2, column: column))
        }
        let item = EvidenceItem(id: "list-1", title: "List 1", section: "s", required: true, status: status, reason: "")
        return EvidenceBundle(generator: "t", pack: PackIdentity(id: "t", title: "T", version: "1"), referenceDate: Self.referenceDate,
                              sections: [], items: [item],
                              sources: [Source(path: "annex/list-1.csv", sha256: listSHA, size: 1, mediaType: "text/csv"),
                                        Source(path: "kpi.csv", sha256: "k", size: 1, mediaType: "text/csv")],
                              records: [list, kpi], diagnostics: diagnostics)
    }

    /// The bundle as the comparison reads it back from pack.json.
    func previous(_ bundle: EvidenceBundle) throws -> PackComparison.PreviousPack {
        try JSONDecoder().decode(PackComparison.PreviousPack.self, from: EvidenceJSON.encode(bundle))
    }

    @Test func findsStatusEvidenceAnnexAKPIAndErrorChanges() throws {
        let before = bundle(status: .present, listFindings: [(.error, "annex-a.date", 3), (.error, "annex-a.date", 3)], kpiValue: 10, listSHA: "a")
        let after = bundle(status: .invalid, listFindings: [(.error, "annex-a.date", 3), (.warning, "annex-a.code", 5)], kpiValue: 12.5, listSHA: "b")
        let changes = PackComparison.changes(from: try previous(before), to: after)
        #expect(changes.previousPackFound)
        #expect(changes.items == [ItemStatusChange(id: "list-1", title: "List 1", from: .present, to: .invalid)])
        #expect(changes.items.first?.worsened == true)
        #expect(changes.evidence == [EvidenceChange(path: "annex/list-1.csv", change: .changed, sha256Before: "a", sha256After: "b")])
        #expect(changes.annexA == [AnnexAFindingChange(list: 1, new: 1, fixed: 1)])
        #expect(changes.kpis == [KPIChange(indicator: "cla_rate", period: "2025", area: "Exampleshire", before: "10", after: "12.5")])
        #expect(changes.newErrors == 0 && changes.fixedErrors == 1)
        #expect(changes.hasNewProblems)
    }

    @Test func theSameBundleHasNoChangesAndNoPreviousPackSaysSo() throws {
        let same = bundle(status: .present, listFindings: [(.error, "annex-a.date", 3)], kpiValue: 10, listSHA: "a")
        let changes = PackComparison.changes(from: try previous(same), to: same)
        #expect(changes.previousPackFound && changes.isEmpty && !changes.hasNewProblems)
        let first = PackComparison.changes(from: nil, to: same)
        #expect(!first.previousPackFound && first.isEmpty)
    }

    @Test func aBetterStatusIsNotWorse() {
        #expect(!ItemStatusChange(id: "i", title: "I", from: .missing, to: .needsReview).worsened)
        #expect(ItemStatusChange(id: "i", title: "I", from: .needsReview, to: .stale).worsened)
        #expect(ItemStatusChange(id: "i", title: "I", from: nil, to: .missing).worsened)
    }
}
