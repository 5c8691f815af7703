import EvidenceFixtures
import Foundation
import Testing

/// Council .docx and .xlsx files whose zip container is damaged or hostile, among ordinary inputs:
/// the build reads everything else, names each such file in a warning or error, and writes the pack.
/// Each of these once crashed the build (offsets past the end, zip64 values near 2^64) or hung it
/// for ever (a deflate stream that never ends), in the zip reader the tool used before its own.
@Suite struct HostileArchiveTests {
    static let examples = CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs")

    static let document = Array("""
        <?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
        <w:p><w:r><w:t>Corporate Parenting Panel annual report</w:t></w:r></w:p></w:body></w:document>
        """.utf8)
    static let workbook = Array("""
        <?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="List 1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """.utf8)
    static let relations = Array("""
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
        """.utf8)
    static let sheet = Array("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>".utf8)

    /// A .docx and an .xlsx whose last part's deflate stream never ends, and a .docx whose directory
    /// points past the end of the file.
    static func hostileArchives() -> [String: [UInt8]] {
        let types = HandMadeZip.Part(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8), deflate: false)
        let endlessDocument = HandMadeZip.zip([types, HandMadeZip.Part(name: "word/document.xml", bytes: document)],
                                              compressed: [1: HandMadeZip.endlessDeflate]).bytes
        let endlessWorkbook = HandMadeZip.zip([types, HandMadeZip.Part(name: "xl/workbook.xml", bytes: workbook),
                                               HandMadeZip.Part(name: "xl/_rels/workbook.xml.rels", bytes: relations),
                                               HandMadeZip.Part(name: "xl/worksheets/sheet1.xml", bytes: sheet)],
                                              compressed: [3: HandMadeZip.endlessDeflate]).bytes
        var (pastTheEnd, layout) = HandMadeZip.zip([types, HandMadeZip.Part(name: "word/document.xml", bytes: document)])
        HandMadeZip.put32(0x7FFF_FFF0, at: layout.endRecord + 16, in: &pastTheEnd)
        return ["documents/endless-stream-report.docx": endlessDocument, "annex-a/endless-stream-lists.xlsx": endlessWorkbook,
                "documents/directory-past-the-end.docx": pastTheEnd]
    }

    @Test(.timeLimit(.minutes(3)))
    func damagedArchivesAreNamedAndTheRestIsBuilt() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let inputs = folder.path("inputs")
        try FileManager.default.copyItem(at: Self.examples, to: inputs)
        for (path, bytes) in Self.hostileArchives() {
            let url = inputs.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let out = folder.path("pack")
        // Not --quiet: a damaged .docx is a warning (it is still carried as a file), a damaged list an error.
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", out.path, "--reference-date", "2026-11-20", "--no-cache"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr.suffix(2_000))")
        for output in ["pack.json", "pack.xml", "index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("data/\(output)").path), "\(output)")
        }
        for path in Self.hostileArchives().keys {
            let named = result.stderr.split(separator: "\n").filter { $0.hasPrefix(path) }
            #expect(named.contains { $0.contains("damaged") || $0.contains("not a readable zip") }, "\(path): \(named)")
        }
        // The examples' own evidence is all still there.
        let json = try String(contentsOf: out.appendingPathComponent("data/pack.json"), encoding: .utf8)
        #expect(json.contains("corporate-parenting-board-2026-09-14.txt"))
    }
}
