import EvidenceModel
import EvidencePackCore
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
