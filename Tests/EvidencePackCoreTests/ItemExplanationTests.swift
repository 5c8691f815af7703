import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// The action list's parts: each rule in plain words, and the files that nearly matched with why.
@Suite struct ItemExplanationTests {
    static let referenceDate = CalendarDate(iso8601: "2026-11-20")!

    func assembler(_ satisfiedBy: String, maxAgeMonths: Int? = nil) throws -> EvidenceAssembler {
        try OneItemPack.assembler(satisfiedBy: satisfiedBy, itemLines: maxAgeMonths.map { ["maxAgeMonths: \($0)"] } ?? [],
                                  referenceDate: Self.referenceDate)
    }

    func record(_ path: String, kind: DocumentKind = "file", title: String? = nil, date: String?) -> Record {
        var document = Document(kind: kind, title: title)
        document.date = date.flatMap(CalendarDate.init(iso8601:))
        return Record(id: "\(path)#1", provenance: Provenance(source: path, sha256: "", importer: "test", importerVersion: "1"),
                      content: .document(document))
    }

    @Test func theRuleIsSaidInPlainWordsWithItsCutOffDate() throws {
        let assembler = try assembler("{record: document, title: ['self-evaluation']}", maxAgeMonths: 12)
        let item = try #require(assembler.assemble(records: [], diagnostics: []).first)
        #expect(item.ruleInWords == "a document whose title matches 'self-evaluation', dated on or after 2025-11-20 (12 months before 2026-11-20)")
        #expect(item.whatToSupply == "Item: Inspectors read it first.")
    }

    @Test func nearMissesSayWhyEachFileDidNotCount() throws {
        let assembler = try assembler("{kind: [file], name: ['\\bSEF\\b']}", maxAgeMonths: 12)
        let records = [
            record("SEF 2023-01-04.docx", date: "2023-01-04"),
            record("SEF_draft.docx", date: "2026-10-01"),
            record("minutes/SEF update.txt", kind: "meeting", date: "2026-10-01"),
            record("unrelated.pdf", date: "2026-10-01"),
        ]
        let item = try #require(assembler.assemble(records: records, diagnostics: []).first)
        #expect(item.status == .needsReview)
        #expect(item.nearMisses == [
            EvidenceWarning(source: "SEF 2023-01-04.docx", reason: "it is dated 2023-01-04, older than 12 months"),
            EvidenceWarning(source: "SEF_draft.docx", reason: "it looks like a draft: the file name says so"),
            EvidenceWarning(source: "minutes/SEF update.txt", reason: "it is of kind meeting, not file"),
        ])
    }

    @Test func aPresentItemListsNoNearMisses() throws {
        let assembler = try assembler("{record: document, name: ['\\bSEF\\b']}")
        let item = try #require(assembler.assemble(records: [record("SEF.docx", date: "2026-10-01"), record("SEF_draft.docx", date: "2026-10-01")],
                                                   diagnostics: []).first)
        #expect(item.status == .present)
        #expect(item.nearMisses.isEmpty)
    }

    @Test func explainListsEveryFileConsideredAndCountsTheRest() throws {
        let assembler = try assembler("{record: document, name: ['\\bSEF\\b']}", maxAgeMonths: 12)
        let records = [record("SEF.docx", date: "2026-10-01"), record("SEF old.docx", date: "2020-01-01"), record("other.pdf", date: "2026-10-01")]
        let items = assembler.assemble(records: records, diagnostics: [])
        let sources = records.map { Source(path: $0.provenance.source, sha256: "", size: 0, mediaType: "application/octet-stream") }
        let bundle = EvidenceBundle(generator: "t", pack: assembler.pack.identity, referenceDate: Self.referenceDate, sections: [],
                                    items: items, sources: sources, records: records, diagnostics: [])
        let explanation = try #require(assembler.explain(itemID: "item", in: bundle))
        #expect(explanation.files.map(\.source) == ["SEF old.docx", "SEF.docx"])
        #expect(explanation.files.map(\.outcome) == [.tooOld, .counts])
        #expect(explanation.unrelatedFileCount == 1)
        #expect(assembler.explain(itemID: "no-such-item", in: bundle) == nil)
        // The old SEF matched the rule but the item does not use it.
        #expect(bundle.unusedSources.map(\.path) == ["SEF old.docx", "other.pdf"])
    }

    /// A KPI pattern worded differently from the file's indicator: `explain` names the indicators
    /// that share its words, best first, and none that share only common words.
    @Test func explainNamesTheIndicatorsThatNearlyMatchAKPIPattern() throws {
        let assembler = EvidenceAssembler(pack: try assembler("{kpi: ['*social worker turnover*']}").pack, referenceDate: Self.referenceDate,
                                          authority: AuthoritySpec(name: "Exampleshire", code: "E06000999"))
        let end = try #require(CalendarDate(iso8601: "2025-03-31"))
        let observation = { (indicator: String) in
            KPIObservation(indicator: indicator, period: Period(kind: .reportingYear, label: "2025", end: end),
                           geography: Geography(level: .localAuthority, code: "E06000999", name: "Exampleshire"), value: .number(15), unit: .percent)
        }
        let table = Table(kind: .kpi, observations: [observation("Turnover rate of children and family social workers (FTE)"),
                                                     observation("Agency worker rate (FTE)"),
                                                     observation("Children in need rate per 10,000 children")])
        let records = [Record(id: "workforce.csv#1", provenance: Provenance(source: "workforce.csv", sha256: "", importer: "test", importerVersion: "1"),
                              content: .table(table))]
        let items = assembler.assemble(records: records, diagnostics: [])
        #expect(items.first?.status == .missing)
        let bundle = EvidenceBundle(generator: "t", pack: assembler.pack.identity, referenceDate: Self.referenceDate, sections: [],
                                    items: items, sources: [], records: records, diagnostics: [])
        let explanation = try #require(assembler.explain(itemID: "item", in: bundle))
        #expect(explanation.nearIndicators == [
            NearIndicator(name: "Turnover rate of children and family social workers (FTE)", source: "workforce.csv"),
            NearIndicator(name: "Agency worker rate (FTE)", source: "workforce.csv"),
        ])
        // When an indicator does match (the item is missing for want of the authority's figure), no names are offered.
        let elsewhere = KPIObservation(indicator: "social worker turnover", period: Period(kind: .reportingYear, label: "2025", end: end),
                                       geography: Geography(level: .localAuthority, code: "E08000001", name: "Bolton"), value: .number(12), unit: .percent)
        let other = Record(id: "other.csv#1", provenance: Provenance(source: "other.csv", sha256: "", importer: "test", importerVersion: "1"),
                           content: .table(Table(kind: .kpi, observations: [elsewhere])))
        let withOther = assembler.assemble(records: records + [other], diagnostics: [])
        #expect(withOther.first?.status == .missing)
        let bundleWithOther = EvidenceBundle(generator: "t", pack: assembler.pack.identity, referenceDate: Self.referenceDate, sections: [],
                                             items: withOther, sources: [], records: records + [other], diagnostics: [])
        #expect(try #require(assembler.explain(itemID: "item", in: bundleWithOther)).nearIndicators.isEmpty)
    }
}
