import EvidenceModel
import EvidencePackCore
import Foundation
import HTMLAgendaImporter
import Testing

/// Issue 23 item 3: an HTML page over the importer's size limit (`maxFileBytes`) is read only as far
/// as the limit, with an `html.too-large` warning naming the file and the limit, and still yields a document.
@Suite struct HTMLSizeLimitTests {
    @Test func anOversizePageIsReadUpToTheLimitWithADiagnostic() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("huge.html")
        try Data("<html><head><title>Corporate Parenting Board</title></head><body><h1>Corporate Parenting Board</h1><p>".utf8).write(to: url)
        let size: UInt64 = 256 << 20
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: size)  // a sparse hole: the test writes nothing there
        try handle.close()
        let source = Source(path: "huge.html", sha256: "", size: Int64(size), mediaType: "text/html")
        let context = ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000), options: ["maxFileBytes": "4096"])
        let result = try await HTMLAgendaImporter().records(from: source, context: context)
        let warning = try #require(result.diagnostics.first { $0.code == "html.too-large" })
        #expect(warning.severity == .warning && warning.location?.path == "huge.html")
        #expect(warning.message.contains("limit of 4096 bytes"), "\(warning.message)")
        #expect(TestSupport.document(of: result)?.title?.contains("Corporate Parenting Board") == true)
    }

    @Test func aPageWithinTheLimitHasNoDiagnostic() async throws {
        let result = try await TestSupport.importFile(Array("<html><body><h1>Board</h1></body></html>".utf8), name: "p.html")
        #expect(!result.diagnostics.contains { $0.code == "html.too-large" })
    }
}
