import DocumentFileImporter
import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
import Testing

/// The importer inside the whole pipeline, with the built-in modules: pack items matched by a Word
/// document's own title, carried into the bag, and damaged files carried with diagnostics.
@Suite struct DocumentFilePipelineTests {
    func pack() throws -> PackDefinition {
        let yaml = """
        formatVersion: 1
        id: t
        title: Test
        exporters: [json, html-index]
        sections: [{id: s, title: S}]
        items:
          - id: self-evaluation
            title: Self-evaluation
            section: s
            satisfiedBy:
              record: document
              kind: [file, report, page]
              name: ['self[- ]?(evaluation|assessment)', '\\bSEF\\b']
            maxAgeMonths: 12
          - id: qa-framework
            title: QA framework
            section: s
            satisfiedBy:
              record: document
              kind: [file]
              text: ['audits? (a|per) month']
          - id: lado
            title: LADO annual report
            section: s
            satisfiedBy: {record: document, kind: [file], name: ['\\bLADO\\b']}
          - id: corporate-parenting
            title: Corporate parenting strategy
            section: s
            satisfiedBy: {record: document, kind: [file], fileName: ['corporate[_ ]parenting']}
        """
        return try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/t/pack.yaml"), displayPath: "pack.yaml")
    }

    @Test func aWordDocumentSatisfiesItsItemAndIsCarriedIntoTheBag() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let inputs = folder.path("in")
        // The file name says nothing the item looks for: only the document's own title does.
        try Fixtures.docx(to: inputs.appendingPathComponent("strategy/Doc 4 v3.docx"))
        try Fixtures.odt(to: inputs.appendingPathComponent("qa/framework.odt"))
        let hex32 = String(repeating: "5A3C", count: 16)
        try folder.write(Fixtures.pdf(info: nil, trailerExtra: " /Encrypt << /Filter /Standard /V 1 /R 2 /O <\(hex32)> /U <\(hex32)> /P -44 >>"),
                         to: "in/LADO annual report.pdf")
        try Fixtures.docx(to: folder.path("whole.docx"))
        let whole = [UInt8](try Data(contentsOf: folder.path("whole.docx")))
        try folder.write(Array(whole.prefix(200)), to: "in/Corporate_Parenting_Strategy_2024-03-01.docx")

        let output = folder.path("out/pack")
        let request = BuildRequest(pack: try pack(), inputs: inputs, output: output,
                                   referenceDate: try #require(CalendarDate(iso8601: "2024-06-01")))
        let outcome = try await Pipeline(registry: BuiltinModules.registry, progress: ProgressReporter(enabled: false)).build(request)
        let bundle = outcome.bundle

        let sef = try #require(bundle.items.first { $0.id == "self-evaluation" })
        #expect(sef.status == .present)
        #expect(sef.files == ["evidence/strategy/Doc_4_v3.docx"])
        let record = try #require(bundle.records.first { $0.id == sef.recordIDs.first })
        #expect(record.provenance.importer == "document-file")
        #expect(record.document?.title == "Children's Services Self-Evaluation 2023")
        #expect(record.document?.date == CalendarDate(iso8601: "2023-10-12"))
        let carried = output.appendingPathComponent("data/evidence/strategy/Doc_4_v3.docx")
        #expect(try FileHashing.sha256(of: carried) == FileHashing.sha256(of: inputs.appendingPathComponent("strategy/Doc 4 v3.docx")))
        #expect(BagIt.verify(folder: output).isEmpty)
        let index = try String(contentsOf: output.appendingPathComponent("data/index.html"), encoding: .utf8)
        #expect(index.contains("evidence/strategy/Doc_4_v3.docx"))

        // Matched by the text of an OpenDocument file.
        #expect(bundle.items.first { $0.id == "qa-framework" }?.status == .present)

        // The encrypted PDF and the truncated Word file are carried, each with a warning; nothing else is
        // lost. Neither is sound evidence, so their items need review rather than count as present.
        let lado = try #require(bundle.items.first { $0.id == "lado" })
        #expect(lado.status == .needsReview)
        #expect(lado.warnings.map(\.reason) == ["the file is encrypted, so its content could not be checked"])
        #expect(lado.files == ["evidence/LADO_annual_report.pdf"])
        #expect(bundle.diagnostics.contains { $0.code == "document.encrypted" && $0.location?.path == "LADO annual report.pdf" })
        let strategy = try #require(bundle.items.first { $0.id == "corporate-parenting" })
        #expect(strategy.status == .needsReview)
        #expect(strategy.warnings.map(\.reason) == ["the file looks damaged"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/evidence/Corporate_Parenting_Strategy_2024-03-01.docx").path))
        #expect(bundle.diagnostics.contains { $0.code == "document.damaged" && $0.location?.path == "Corporate_Parenting_Strategy_2024-03-01.docx" })
        #expect(bundle.records.count == 4)
        #expect(outcome.unclaimedSources == 0)
    }
}
