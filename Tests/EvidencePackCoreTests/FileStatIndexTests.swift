import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import Synchronization
import Testing

/// Discovery with the last build's stat index: unchanged files are neither read nor sniffed again.
@Suite struct FileStatIndexTests {
    /// Counts how often sniffing asks it, so a test can tell whether discovery re-read a file.
    final class SniffCounter: Sendable {
        let count = Mutex(0)
        func increment() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    struct CountingImporter: Importer {
        var counter: SniffCounter
        var version = "1.0.0"
        var descriptor: ModuleDescriptor {
            ModuleDescriptor(id: "counting", version: version, role: .importer, summary: "test", fileExtensions: ["note"])
        }
        func confidence(for probe: SourceProbe) -> Double {
            counter.increment()
            return probe.head.starts(with: Array("NOTE".utf8)) ? 0.9 : 0
        }
        func records(from source: Source, context: ImportContext) async throws -> ImportResult { ImportResult(records: []) }
    }

    /// Writes the files and dates them an hour back, out of reach of the racily-clean rule.
    func inputs(_ folder: TemporaryFolder, _ files: [String: String]) throws -> URL {
        for (name, text) in files { try folder.write(text, to: "in/\(name)") }
        let hourAgo = Date().addingTimeInterval(-3600)
        for name in files.keys {
            try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: folder.url.appendingPathComponent("in/\(name)").path)
        }
        return folder.url.appendingPathComponent("in")
    }

    @Test func anUnchangedFileIsNeitherReadNorSniffedAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let root = try inputs(folder, ["a.note": "NOTE one\n", "b.txt": "plain\n"])
        let counter = SniffCounter()
        let registry = ModuleRegistry(importers: [CountingImporter(counter: counter)], exporters: [])
        let first = try SourceDiscovery(registry: registry).discover(in: root)
        #expect(counter.value == 2)
        let second = try SourceDiscovery(registry: registry, statIndex: first.statIndex).discover(in: root)
        #expect(counter.value == 2)
        #expect(second.sources.map(\.source) == first.sources.map(\.source))
        #expect(second.sources.map(\.importerID) == ["counting", nil])
        #expect(second.sources.map(\.source.mediaType) == ["text/plain", "text/plain"])
    }

    @Test func aChangedFileIsReadAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let root = try inputs(folder, ["a.note": "NOTE one\n", "b.note": "NOTE two\n"])
        let counter = SniffCounter()
        let registry = ModuleRegistry(importers: [CountingImporter(counter: counter)], exporters: [])
        let first = try SourceDiscovery(registry: registry).discover(in: root)
        try folder.write("no longer a note\n", to: "in/b.note")
        let second = try SourceDiscovery(registry: registry, statIndex: first.statIndex).discover(in: root)
        #expect(counter.value == 3)
        #expect(second.sources.map(\.importerID) == ["counting", nil])
        #expect(second.sources[1].source.sha256 != first.sources[1].source.sha256)
        #expect(second.sources[0].source == first.sources[0].source)
    }

    @Test func otherModulesSniffEveryFileAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let root = try inputs(folder, ["a.note": "NOTE one\n"])
        let counter = SniffCounter()
        let first = try SourceDiscovery(registry: ModuleRegistry(importers: [CountingImporter(counter: counter)], exporters: [])).discover(in: root)
        let upgraded = ModuleRegistry(importers: [CountingImporter(counter: counter, version: "1.1.0")], exporters: [])
        _ = try SourceDiscovery(registry: upgraded, statIndex: first.statIndex).discover(in: root)
        #expect(counter.value == 2)
    }

    @Test func aFreshlyWrittenFileIsReadAgainUnderTheRacilyCleanRule() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("NOTE one\n", to: "in/a.note")
        let root = folder.url.appendingPathComponent("in")
        let counter = SniffCounter()
        let registry = ModuleRegistry(importers: [CountingImporter(counter: counter)], exporters: [])
        let first = try SourceDiscovery(registry: registry).discover(in: root)
        _ = try SourceDiscovery(registry: registry, statIndex: first.statIndex).discover(in: root)
        #expect(counter.value == 2)
    }

    @Test func pinsStillApplyToRememberedFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let root = try inputs(folder, ["a.note": "NOTE one\n"])
        let registry = ModuleRegistry(importers: [CountingImporter(counter: SniffCounter())], exporters: [])
        let first = try SourceDiscovery(registry: registry).discover(in: root)
        let pin = ImporterPin(glob: try #require(Glob("*.note")), importerID: "other", options: ["k": "v"])
        let second = try SourceDiscovery(registry: registry, pins: [pin], statIndex: first.statIndex).discover(in: root)
        #expect(second.sources.first?.importerID == "other")
        #expect(second.sources.first?.pinned == true)
        #expect(second.sources.first?.importerOptions == ["k": "v"])
    }

    @Test func skipsPipesRatherThanBlockingOnThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("NOTE one\n", to: "in/a.note")
        let root = folder.url.appendingPathComponent("in")
        #expect(mkfifo(root.appendingPathComponent("pipe.note").path, 0o600) == 0)
        let found = try SourceDiscovery(registry: ModuleRegistry(importers: [], exporters: [])).discover(in: root)
        #expect(found.sources.map(\.source.path) == ["a.note"])
        #expect(found.diagnostics.contains { $0.code == "discover.not-a-file" && $0.location?.path == "pipe.note" })
    }
}
