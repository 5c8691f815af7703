import DocumentFileImporter
import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
import Testing

/// Issue 23 item 4: a table of children in a Word document reaches pack.json and pack.xml as its
/// columns and row count, never its cells; the document itself is still carried as evidence.
@Suite struct ChildTableTests {
    static let cells = ["ZQ417263X", "Tamsin Vantongeren", "19/04/2015", "ZQ528374X", "Ione Nakashima", "03/12/2013"]

    /// A .docx whose body is a tracker heading and a table: Child ID, Name, Date of birth, two children.
    static func writeTracker(to url: URL) throws {
        func cell(_ text: String) -> String { "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        func row(_ texts: [String]) -> String { "<w:tr>" + texts.map(cell).joined() + "</w:tr>" }
        let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(Fixtures.wordNamespace)"><w:body>
        <w:p><w:r><w:t>Missing children tracker</w:t></w:r></w:p>
        <w:tbl>\(row(["Child ID", "Name", "Date of birth"]))\(row(Array(cells[0..<3])))\(row(Array(cells[3..<6])))</w:tbl>
        <w:sectPr/></w:body></w:document>
        """
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Fixtures.zip([
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", document),
        ], to: url)
    }

    @Test func aWordTableOfChildrenKeepsOnlyItsColumnsAndRowCountInTheSummaries() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try Self.writeTracker(to: folder.path("in/missing tracker.docx"))
        let yaml = """
        formatVersion: 1
        id: t
        title: Test
        exporters: [json, xml]
        sections: [{id: s, title: S}]
        items:
          - {id: tracker, title: Missing tracker, section: s, satisfiedBy: {record: document, kind: [file], name: ['tracker']}}
        """
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/t/pack.yaml"), displayPath: "pack.yaml")
        let output = folder.path("out/pack")
        let request = BuildRequest(pack: pack, inputs: folder.path("in"), output: output,
                                   referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
        let outcome = try await Pipeline(registry: BuiltinModules.registry, progress: ProgressReporter(enabled: false)).build(request)
        #expect(outcome.bundle.items.first?.files == ["evidence/missing_tracker.docx"])
        for file in ["data/pack.json", "data/pack.xml"] {
            let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            #expect(Self.cells.filter { text.contains($0) }.isEmpty, "\(file) holds child data")
            #expect(text.contains("Date of birth"), "\(file) keeps the columns")
        }
        let xml = try String(contentsOf: output.appendingPathComponent("data/pack.xml"), encoding: .utf8)
        #expect(xml.contains("rowCount=\"2\""))
    }
}
