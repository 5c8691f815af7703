import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import Foundation
import Testing

/// Issue 23 item 2: an input swapped after import and before export (for a link to an outside file, or
/// for other bytes) is neither copied into the pack nor re-read for the Annex A workbook: the build
/// fails naming the file, no pack is sealed, and the last good pack is untouched.
@Suite(.serialized) struct SwapBeforeExportTests {
    static let marker = "OUTSIDE-SECRET-7Q2"
    let registry = BuiltinModules.registry

    /// The ILACS example inputs copied to `in/`, an outside file holding the marker beside them.
    func makeFolder(outsideText: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs"),
                                         to: folder.path("in"))
        try folder.write(outsideText, to: "outside/secret.csv")
        return folder
    }

    func request(_ folder: TemporaryFolder) throws -> BuildRequest {
        let pack = try PackDefinitionLoader(knownImporters: Set(registry.importers.map(\.descriptor.id)),
                                            knownExporters: Set(registry.exporters.map(\.descriptor.id)))
            .load(from: CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/pack.yaml"))
        return BuildRequest(pack: pack, inputs: folder.path("in"), output: folder.path("out/pack"),
                            referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
    }

    /// A pipeline whose test hook runs `swap` between import and export.
    func pipeline(swap: (@Sendable () throws -> Void)? = nil) -> Pipeline {
        var pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        pipeline.beforeExportForTesting = swap
        return pipeline
    }

    /// Replaces `path` under `inputs` with a symbolic link to `target`.
    static func swapForLink(_ path: String, in inputs: URL, to target: URL) throws {
        let url = inputs.appendingPathComponent(path)
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
    }

    /// Whether any file under `folder` (links not followed) holds the marker.
    func markerLeaked(under folder: URL) throws -> Bool {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) == nil,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            if String(decoding: data, as: UTF8.self).contains(Self.marker) { return true }
        }
        return false
    }

    /// Builds once, then again with the hook; returns the second build's error text.
    func failedRebuild(_ folder: TemporaryFolder, swap: @escaping @Sendable () throws -> Void) async throws -> String {
        let request = try request(folder)
        _ = try await pipeline().build(request)
        let before = try CLIRunner.snapshot(request.output!)
        var message = ""
        do {
            _ = try await pipeline(swap: swap).build(request)
            Issue.record("the build sealed a pack after its input was swapped")
        } catch let error as PipelineError {
            message = "\(error)"
        }
        #expect(try CLIRunner.snapshot(request.output!) == before, "the last good pack changed")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/pack.previous").path))
        #expect(try !markerLeaked(under: folder.path("out")), "the swapped-in bytes reached the output folder")
        return message
    }

    @Test func anEvidenceFileSwappedForAnOutsideLinkFailsTheBuild() async throws {
        let folder = try makeFolder(outsideText: "\(Self.marker)\n")
        defer { folder.cleanup() }
        let path = "documents/self-evaluation-2026.txt"
        let inputs = folder.path("in"), target = folder.path("outside/secret.csv")
        let message = try await failedRebuild(folder) { try Self.swapForLink(path, in: inputs, to: target) }
        #expect(message.contains(path) && message.contains("leads outside the inputs folder"), "\(message)")
    }

    @Test func anAnnexAListSwappedForAnOutsideListFailsTheBuild() async throws {
        let header = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source\n"
        let folder = try makeFolder(outsideText: header + "\(Self.marker),a) Male,a) WBRI,11/08/2023,3,03/06/2026,k) 3E: Health services\n")
        defer { folder.cleanup() }
        let path = "annex-a/list-1.csv"
        let inputs = folder.path("in"), target = folder.path("outside/secret.csv")
        let message = try await failedRebuild(folder) { try Self.swapForLink(path, in: inputs, to: target) }
        // Caught where the workbook exporter re-reads the list's rows.
        #expect(message.contains("annex-a-workbook") && message.contains(path) && message.contains("leads outside the inputs folder"),
                "\(message)")
    }

    @Test func anEvidenceFileRewrittenAfterImportFailsOnItsHash() async throws {
        let folder = try makeFolder(outsideText: "")
        defer { folder.cleanup() }
        let path = "documents/self-evaluation-2026.txt"
        let file = folder.path("in/\(path)")
        let message = try await failedRebuild(folder) { try Data("\(Self.marker)\n".utf8).write(to: file) }
        #expect(message.contains("\(path): the file changed during the build"), "\(message)")
    }
}

/// The text, HTML and document importers read through the guarded path too: even without the pipeline's check
/// before import, a file that became a link out of the inputs is not read.
@Suite struct GuardedImportTests {
    @Test(arguments: [("minutes-text", "minutes.txt"), ("html-agenda", "page.html"), ("csv-table", "list-1.csv"), ("document-file", "report.pdf")])
    func anImporterDoesNotFollowALinkOutOfTheInputs(_ importerID: String, _ name: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("Corporate Parenting Board \(SwapBeforeExportTests.marker)\n", to: "outside/secret.txt")
        try FileManager.default.createDirectory(at: folder.path("in"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.path("in/\(name)"), withDestinationURL: folder.path("outside/secret.txt"))
        let importer = try #require(BuiltinModules.registry.importer(id: importerID))
        let source = Source(path: name, sha256: "", size: 40, mediaType: "text/plain")
        await #expect(throws: GuardedInputError.outsideInputs(path: name)) {
            _ = try await importer.records(from: source, context: ImportContext(inputsRoot: folder.path("in"), referenceDate: ImporterHarness.referenceDate))
        }
    }
}
