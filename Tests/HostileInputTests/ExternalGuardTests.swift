import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Issue 23 item 2 for external importers: the program reads its file by name, so the host checks the
/// file through `GuardedInput` (no link out of the inputs, SHA-256 as discovery recorded) before it
/// runs and again after; a file changed at either point costs that file its records, with one error.
@Suite struct ExternalGuardTests {
    static let tableLine = #"{"type":"record","record":{"type":"table","table":{"kind":"kpi","title":"T","columns":["a"],"rows":[["1"]],"rowCount":1,"streamedFromSource":false,"observations":[]}},"firstLine":2,"lastLine":3}"#
    static let doneOne = #"{"type":"done","protocolVersion":1,"records":1}"#

    /// Runs an importer script (in the inputs folder) over `inputs/data.kpi`, as discovery saw it;
    /// `change` runs after the fingerprint is taken.
    func run(_ body: String, change: (URL) throws -> Void = { _ in }) async throws -> (ImportResult, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let file = try folder.write("a,b\n1,2\n", to: "inputs/data.kpi")
        let script = folder.path("evidence-pack-import-test")
        try writeExecutable("#!/bin/sh\n\(body)\n", to: script)
        let importer = ExternalImporter(executable: script, about: ExternalImporterAbout(protocolVersion: 1, id: "test", version: "1", filePatterns: ["*.kpi"]),
                                        limits: ChildProcessLimits(timeoutSeconds: 20, maxOutputBytes: 1 << 20))
        let source = Source(path: "data.kpi", sha256: try FileHashing.sha256(of: file), size: 8, mediaType: "text/plain")
        try change(file)
        let context = ImportContext(inputsRoot: folder.path("inputs"), referenceDate: ImporterHarness.referenceDate)
        return (try await importer.records(from: source, context: context), folder)
    }

    @Test func aWellBehavedImporterOverAnUnchangedFileGivesItsRecords() async throws {
        let (result, folder) = try await run("cat > /dev/null\necho '\(Self.tableLine)'\necho '\(Self.doneOne)'")
        defer { folder.cleanup() }
        #expect(result.records.count == 1)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aFileChangedSinceDiscoveryIsNotHandedToTheProgram() async throws {
        let (result, folder) = try await run("touch ../ran\ncat > /dev/null\necho '\(Self.tableLine)'\necho '\(Self.doneOne)'") { file in
            try Data("a,b\n9,9\n".utf8).write(to: file)
        }
        defer { folder.cleanup() }
        #expect(result.records.isEmpty)
        #expect(result.diagnostics.map(\.code) == ["external.input-changed"])
        #expect(!FileManager.default.fileExists(atPath: folder.path("ran").path))
    }

    @Test func aFileChangedWhileTheProgramRanLosesItsRecords() async throws {
        let (result, folder) = try await run("cat > /dev/null\nprintf '3,4\\n' >> data.kpi\necho '\(Self.tableLine)'\necho '\(Self.doneOne)'")
        defer { folder.cleanup() }
        #expect(result.records.isEmpty)
        #expect(result.diagnostics.map(\.code) == ["external.input-changed"])
        #expect(result.diagnostics.first?.message.contains("changed during the build") == true)
    }
}
