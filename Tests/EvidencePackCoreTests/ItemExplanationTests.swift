import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// The action list's parts: each rule in plain words, and the files that nearly matched with why.
@Suite struct ItemExplanationTests {
    static let referenceDate = CalendarDate(iso8601: "2026-11-20")!

    func assembler(_ satisfiedBy: String, maxAgeMonths: Int? = nil) throws -> EvidenceAssembler {
        let yaml = """
        formatVersion: 1
        id: t
        title: T
        sections: [{id: s, title: S}]
        items:
          - id: item
            title: Item
            section: s
            why: Inspectors read it first.
            satisfiedBy: \(satisfiedBy)
        \(maxAgeMonths.map { "    maxAgeMonths: \($0)" } ?? "")
        """
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        return EvidenceAssembler(pack: pack, referenceDate: Self.referenceDate)
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
}
