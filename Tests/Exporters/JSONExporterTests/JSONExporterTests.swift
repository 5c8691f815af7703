import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import JSONExporter
import Testing

@Suite struct JSONExporterTests {
    func bundle() throws -> EvidenceBundle {
        let document = Document(kind: .meeting, title: "Corporate Parenting Board", committee: "Corporate Parenting Board", meetingDate: CalendarDate(iso8601: "2026-09-14"))
        let record = Record(id: "m.txt#1", provenance: Provenance(source: "m.txt", sha256: String(repeating: "0", count: 64), importer: "minutes-text", importerVersion: "1"), content: .document(document))
        return EvidenceBundle(generator: "evidence-pack test", pack: PackIdentity(id: "ilacs", title: "ILACS", version: "1"),
                              referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")), sections: [PackSection(id: "s", title: "S")],
                              items: [EvidenceItem(id: "cpb", title: "CPB", section: "s", required: true, status: .present, reason: "1 found", recordIDs: ["m.txt#1"])],
                              sources: [Source(path: "m.txt", sha256: String(repeating: "0", count: 64), size: 10, mediaType: "text/plain")],
                              records: [record], diagnostics: [Diagnostic(.warning, code: "x.y", message: "m", location: SourceLocation(path: "m.txt", line: 3))])
    }

    @Test func writesTheBundleThatDecodesBackEqual() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("json-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try bundle()
        try await JSONExporter().export(original, to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: folder))
        let data = try Data(contentsOf: folder.appendingPathComponent("pack.json"))
        #expect(try JSONDecoder().decode(EvidenceBundle.self, from: data) == original)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"meetingDate\":\"2026-09-14\""))
        // Compact: one line, no indentation.
        #expect(text.split(separator: "\n").count == 1)
        // Sorted keys: the same bundle always gives the same bytes.
        let again = folder.appendingPathComponent("again")
        try await JSONExporter().export(original, to: OutputDirectory(root: again), context: ExportContext(inputsRoot: folder))
        #expect(try Data(contentsOf: again.appendingPathComponent("pack.json")) == data)
    }

    /// pack.json is streamed element by element; its bytes must stay exactly those of encoding the
    /// whole bundle at once (sorted keys, optional `authority` left out when absent), or scripts that
    /// compare packs byte for byte would see a change that is not one.
    @Test func theStreamedFileIsByteForByteTheWholeBundlesEncoding() async throws {
        var withoutAuthority = try BundleFixture.bundle()
        withoutAuthority.authority = nil
        for original in [try BundleFixture.bundle(), withoutAuthority, try bundle()] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("json-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try await JSONExporter().export(original, to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: folder))
            let streamed = try Data(contentsOf: folder.appendingPathComponent("pack.json"))
            #expect(streamed == (try EvidenceJSON.encode(original, pretty: false)))
            #expect(try JSONDecoder().decode(EvidenceBundle.self, from: streamed) == original)
        }
    }

    @Test func aSinkThatFailsStopsTheDocumentWithItsError() throws {
        struct DiskFull: Error {}
        var written = 0
        #expect(throws: DiskFull.self) {
            try PackJSON.write(try BundleFixture.bundle()) { piece in
                written += piece.count
                if written > 200 { throw DiskFull() }
            }
        }
    }
}
