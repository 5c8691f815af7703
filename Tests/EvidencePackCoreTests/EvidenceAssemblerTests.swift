import EvidenceModel
@testable import EvidencePackCore
import Foundation
import Testing

@Suite struct EvidenceAssemblerTests {
    @Test func nameRulesReadUnderscoresInFileNamesAsSpaces() throws {
        let yaml = #"""
        formatVersion: 1
        id: t
        title: T
        sections: [{id: s, title: S}]
        items:
          - id: self-evaluation
            title: Self-evaluation
            section: s
            satisfiedBy: {kind: [file], name: ['\bSEF\b', 'self[- ]evaluation']}
        """#
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        let assembler = EvidenceAssembler(pack: pack, referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
        func status(path: String, title: String) -> EvidenceStatus? {
            var document = Document(kind: "file", title: title)
            document.date = CalendarDate(iso8601: "2026-09-30")
            let record = Record(id: "\(path)#1", provenance: Provenance(source: path, sha256: "", importer: "test", importerVersion: "1"),
                                content: .document(document))
            return assembler.assemble(records: [record], diagnostics: []).first?.status
        }
        #expect(status(path: "documents/SEF_2026_v4_FINAL.docx", title: "Exampleshire template") == .present)
        #expect(status(path: "documents/Self_Evaluation.pdf", title: "Document") == .present)
        #expect(status(path: "documents/SEFTON_budget.pdf", title: "Budget") == .missing)
    }
}

/// `name:` means the file's own name or its title, `path:` the folders too; doubtful evidence is a
/// warning on its item, and an item satisfied only thanks to it needs review.
@Suite struct EvidenceMatchingAndDoubtTests {
    static let referenceDate = CalendarDate(iso8601: "2026-11-20")!

    func assembler(_ satisfiedBy: String, minimumCount: Int = 1) throws -> EvidenceAssembler {
        try OneItemPack.assembler(satisfiedBy: satisfiedBy, itemLines: ["minimumCount: \(minimumCount)"], referenceDate: Self.referenceDate)
    }

    func record(_ path: String, title: String? = nil, date: String? = "2026-09-30", properties: [String: String] = [:]) -> Record {
        var document = Document(kind: "file", title: title, properties: properties)
        document.date = date.flatMap(CalendarDate.init(iso8601:))
        return Record(id: "\(path)#1", provenance: Provenance(source: path, sha256: "", importer: "test", importerVersion: "1"),
                      content: .document(document))
    }

    @Test func nameMatchesTheFileItselfNotTheFolderItSitsIn() throws {
        let sef = try assembler(#"{name: ['self[- ]?(evaluation|assessment)', '\bSEF\b']}"#)
        let lado = record("04 Self-evaluation/LADO annual report 2025.pdf", title: "LADO annual report")
        #expect(sef.assemble(records: [lado], diagnostics: []).first?.status == .missing)
        let sefInItsFolder = record("04 Self-evaluation/SEF_2026.docx", title: "Exampleshire")
        #expect(sef.assemble(records: [sefInItsFolder], diagnostics: []).first?.status == .present)
        let byTitle = record("misc/doc-17.pdf", title: "Self-evaluation of social work practice")
        #expect(sef.assemble(records: [byTitle], diagnostics: []).first?.status == .present)
    }

    @Test func fileNameMatchesOnlyTheLastPathComponent() throws {
        let rule = try assembler(#"{fileName: ['^sef']}"#)
        #expect(rule.assemble(records: [record("sef/lado.pdf")], diagnostics: []).first?.status == .missing)
        #expect(rule.assemble(records: [record("docs/SEF 2026.pdf")], diagnostics: []).first?.status == .present)
    }

    @Test func pathMatchesFoldersWhenARuleAsksForThem() throws {
        let rule = try assembler(#"{path: ['^04 self[- ]evaluation/']}"#)
        #expect(rule.assemble(records: [record("04 Self-evaluation/LADO annual report 2025.pdf")], diagnostics: []).first?.status == .present)
        #expect(rule.assemble(records: [record("05 Safeguarding/self-evaluation.pdf")], diagnostics: []).first?.status == .missing)
    }

    @Test func aDraftAloneNeedsReviewAndSaysWhy() throws {
        let rule = try assembler(#"{name: ['\bSEF\b']}"#)
        let byName = rule.assemble(records: [record("SEF_DRAFT_v2.docx")], diagnostics: []).first
        #expect(byName?.status == .needsReview)
        #expect(byName?.warnings == [EvidenceWarning(source: "SEF_DRAFT_v2.docx", reason: "looks like a draft: the file name says so")])
        let byTitle = rule.assemble(records: [record("SEF.docx", title: "Draft SEF for consultation")], diagnostics: []).first
        #expect(byTitle?.status == .needsReview)
        #expect(byTitle?.warnings.first?.reason == "looks like a draft: its title says so")
        let byMetadata = rule.assemble(records: [record("SEF.docx", properties: ["contentStatus": "Draft"])], diagnostics: []).first
        #expect(byMetadata?.warnings.first?.reason == "looks like a draft: its metadata says so")
        #expect(rule.assemble(records: [record("SEF drafted by the QA team.docx")], diagnostics: []).first?.status == .present)
    }

    @Test func aFileDatedAfterTheReferenceDateNeedsReview() throws {
        let item = try assembler(#"{name: ['\bSEF\b']}"#).assemble(records: [record("SEF.docx", date: "2027-01-05")], diagnostics: []).first
        #expect(item?.status == .needsReview)
        #expect(item?.warnings == [EvidenceWarning(source: "SEF.docx", reason: "dated 2027-01-05, after the reference date 2026-11-20")])
    }

    @Test func aDamagedFileNeedsReview() throws {
        let damaged = Diagnostic(.warning, code: "document.damaged", message: "not a PDF", location: SourceLocation(path: "SEF.pdf"))
        let item = try assembler(#"{name: ['\bSEF\b']}"#).assemble(records: [record("SEF.pdf")], diagnostics: [damaged]).first
        #expect(item?.status == .needsReview)
        #expect(item?.warnings.map(\.reason) == ["the file looks damaged"])
    }

    @Test func soundEvidenceStaysPresentWithTheDoubtfulOneListed() throws {
        let rule = try assembler(#"{name: ['\bSEF\b']}"#)
        let item = rule.assemble(records: [record("SEF final.docx"), record("SEF draft.docx", date: "2026-10-01")], diagnostics: []).first
        #expect(item?.status == .present)
        #expect(item?.warnings.map(\.source) == ["SEF draft.docx"])
        let two = try assembler(#"{name: ['\bSEF\b']}"#, minimumCount: 2)
        let short = two.assemble(records: [record("SEF final.docx"), record("SEF draft.docx", date: "2026-10-01")], diagnostics: []).first
        #expect(short?.status == .needsReview)
    }

    @Test func theGapReportSaysNeedsReviewAndListsTheDoubt() throws {
        let rule = try assembler(#"{name: ['\bSEF\b']}"#)
        let items = rule.assemble(records: [record("SEF_draft.docx")], diagnostics: [])
        let bundle = EvidenceBundle(generator: "test", pack: PackIdentity(id: "t", title: "T", version: "1"), referenceDate: Self.referenceDate,
                                    sections: [PackSection(id: "s", title: "S")], items: items, sources: [], records: [], diagnostics: [])
        let report = GapReport.text(for: bundle)
        #expect(report.contains("  NEEDS REVIEW  item"))
        #expect(report.contains("! doubtful: SEF_draft.docx: looks like a draft: the file name says so"))
        #expect(report.contains("1 needs review"))
        #expect(!bundle.isComplete)
    }
}

extension EvidenceMatchingAndDoubtTests {
    @Test func aMeetingWhosePageSaysItWasCancelledNeedsReview() throws {
        var cancelled = record("SEF.html")
        if case .document(var document) = cancelled.content {
            document.properties["status"] = "cancelled"
            cancelled.content = .document(document)
        }
        let item = try assembler(#"{name: ['\bSEF\b']}"#).assemble(records: [cancelled], diagnostics: []).first
        #expect(item?.status == .needsReview)
        #expect(item?.warnings.map(\.reason) == ["was cancelled, as its own page says"])
    }

    @Test func aModifiedTimeAfterTheReferenceDateIsNotDoubtful() throws {
        var copied = record("SEF.docx", date: "2027-01-05")
        if case .document(var document) = copied.content {
            document.dateBasis = "modified time"
            copied.content = .document(document)
        }
        let item = try assembler(#"{name: ['\bSEF\b']}"#).assemble(records: [copied], diagnostics: []).first
        #expect(item?.status == .present)
        #expect(item?.warnings.isEmpty == true)
    }
}

/// The draft check reads the bytes once before splitting any text into words.
@Suite struct DraftWordTests {
    @Test func theWordDraftIsFoundInAnyCaseAndOnlyAsAWord() {
        for text in ["SEF_draft_v2.docx", "DRAFT minutes", "Ddraft", "2024 DrAfT plan", "x-draft"] {
            #expect(EvidenceDoubts.holdsDraftLetters(text), "\(text)")
        }
        for text in ["SEF final.docx", "draf", "d-raft", "", "Drat"] {
            #expect(!EvidenceDoubts.holdsDraftLetters(text), "\(text)")
        }
        #expect(EvidenceDoubts.saysDraft("SEF_draft_v2.docx") && EvidenceDoubts.saysDraft("Ddraft DRAFT"))
        #expect(!EvidenceDoubts.saysDraft("SEF drafted by the QA team.docx") && !EvidenceDoubts.saysDraft("Ddraft"))
    }
}
