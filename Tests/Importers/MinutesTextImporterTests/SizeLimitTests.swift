import EvidenceModel
import EvidencePackCore
import Foundation
import MinutesTextImporter
import Testing

/// Issue 23 item 3: a minutes file over the importer's size limit (`maxFileBytes`) is read only as far
/// as the limit, with a `minutes.too-large` warning naming the file and the limit, and still yields
/// its document; memory never holds more than the limit.
@Suite struct SizeLimitTests {
    /// Minutes text followed by `size` bytes in all, the rest a hole (sparse: nothing is written there).
    static func writeSparseMinutes(to url: URL, size: UInt64) throws {
        let text = "Corporate Parenting Board\nMinutes of the meeting held on 14 September 2026\nPresent: Councillor A Smith (Chair)\n"
        try Data(text.utf8).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    @Test func anOversizeFileIsReadUpToTheLimitWithADiagnosticAndStillYieldsItsDocument() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let size: UInt64 = 256 << 20
        try Self.writeSparseMinutes(to: folder.appendingPathComponent("huge.txt"), size: size)
        let source = Source(path: "huge.txt", sha256: "", size: Int64(size), mediaType: "text/plain")
        let context = ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000),
                                    options: ["maxFileBytes": "4096"])
        let result = try await MinutesTextImporter().records(from: source, context: context)
        let warning = try #require(result.diagnostics.first { $0.code == "minutes.too-large" })
        #expect(warning.severity == .warning)
        #expect(warning.location?.path == "huge.txt")
        #expect(warning.message.contains("limit of 4096 bytes") && warning.message.contains("\(size) bytes"), "\(warning.message)")
        guard case .document(let document)? = result.records.first else {
            Issue.record("no document")
            return
        }
        #expect(document.plainText.contains("Corporate Parenting Board") || document.committee?.contains("Corporate Parenting") == true)
    }

    /// Without the option, minutes text is read up to 8 MiB (the reader holds ~18× what it reads).
    @Test func theDefaultLimitIsEightMebibytes() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let size: UInt64 = 64 << 20
        try Self.writeSparseMinutes(to: folder.appendingPathComponent("big.txt"), size: size)
        let source = Source(path: "big.txt", sha256: "", size: Int64(size), mediaType: "text/plain")
        let context = ImportContext(inputsRoot: folder, referenceDate: CalendarDate(daysSinceEpoch: 20000))
        let result = try await MinutesTextImporter().records(from: source, context: context)
        let warning = try #require(result.diagnostics.first { $0.code == "minutes.too-large" })
        #expect(warning.message.contains("limit of \(8 << 20) bytes"), "\(warning.message)")
    }

    @Test func aFileWithinTheLimitHasNoDiagnostic() async throws {
        let (_, diagnostics) = try await ImportHelpers.importText("Corporate Parenting Board\nMinutes\n")
        #expect(!diagnostics.contains { $0.code == "minutes.too-large" })
    }

    @Test func theLimitDefaultsTo64MiBAndIgnoresNonsense() {
        #expect(BoundedFileContents.limit(from: [:]) == 64 << 20)
        #expect(BoundedFileContents.limit(from: ["maxFileBytes": "-3"]) == 64 << 20)
        #expect(BoundedFileContents.limit(from: ["maxFileBytes": "1000"]) == 1000)
    }
}
