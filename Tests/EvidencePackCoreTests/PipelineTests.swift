import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import Testing

@Suite struct PipelineTests {
    let registry = ModuleRegistry(importers: [NoteImporter()], exporters: [])

    func pack(minimumCount: Int = 1, maxAge: Int? = 12) throws -> PackDefinition {
        let yaml = """
        formatVersion: 1
        id: t
        title: Test
        sections: [{id: s, title: S}]
        items:
          - id: cpb
            title: Corporate parenting board minutes
            section: s
            satisfiedBy: {committee: "corporate parenting"}
            minimumCount: \(minimumCount)
        \(maxAge.map { "    maxAgeMonths: \($0)" } ?? "")
          - id: sef
            title: Self-evaluation
            section: s
            required: false
            satisfiedBy: {title: "self[- ]evaluation"}
        """
        return try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/t/pack.yaml"), displayPath: "pack.yaml")
    }

    func request(_ folder: TemporaryFolder, pack: PackDefinition, output: URL? = nil) throws -> BuildRequest {
        BuildRequest(pack: pack, inputs: folder.url.appendingPathComponent("in"), output: output,
                     referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
    }

    @Test func discoversInAStableOrderAndSkipsHiddenFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        for name in ["b.note", "a/z.note", "a/b.note", ".hidden.note", "B.note", ".git/x.note"] {
            try folder.write("x\n", to: "in/\(name)")
        }
        let found = try SourceDiscovery(registry: registry).discover(in: folder.url.appendingPathComponent("in"))
        #expect(found.sources.map(\.source.path) == ["B.note", "a/b.note", "a/z.note", "b.note"])
        #expect(found.sources.allSatisfy { $0.importerID == "note" && $0.source.sha256.count == 64 })
    }

    @Test func refusesSymlinksThatLeaveTheInputs() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("secret\n", to: "outside.note")
        try folder.write("x\n", to: "in/inside.note")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("in/link.note").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("outside.note").path)
        let found = try SourceDiscovery(registry: registry).discover(in: folder.url.appendingPathComponent("in"))
        #expect(found.sources.map(\.source.path) == ["inside.note"])
        #expect(found.diagnostics.contains { $0.code == "discover.symlink-outside" && $0.location?.path == "link.note" })
    }

    @Test func givesEachItemItsStatus() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("CPB\n2026-09-14\nmeeting\nCorporate Parenting Board\n", to: "in/cpb-1.note")
        try folder.write("CPB\n2025-01-10\nmeeting\nCorporate Parenting Board\n", to: "in/cpb-old.note")
        try folder.write("FAIL\n", to: "in/broken.note")
        try folder.write("not a note", to: "in/other.bin")
        let outcome = try await Pipeline(registry: registry, progress: ProgressReporter(enabled: false)).check(request(folder, pack: try pack()))
        let items = Dictionary(uniqueKeysWithValues: outcome.bundle.items.map { ($0.id, $0) })
        #expect(items["cpb"]?.status == .present)
        #expect(items["cpb"]?.recordIDs == ["cpb-1.note#1"])
        #expect(items["sef"]?.status == .missing)
        #expect(outcome.bundle.isComplete)  // sef is optional
        #expect(outcome.bundle.diagnostics.contains { $0.code == "import.failed" && $0.location?.path == "broken.note" && $0.step == "import" })
        #expect(outcome.bundle.diagnostics.contains { $0.code == "import.unclaimed" && $0.location?.path == "other.bin" })
        #expect(outcome.unclaimedSources == 1)
    }

    @Test func staleWhenOnlyOldRecordsMatch() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("CPB\n2025-01-10\nmeeting\nCorporate Parenting Board\n", to: "in/cpb-old.note")
        let outcome = try await Pipeline(registry: registry, progress: ProgressReporter(enabled: false)).check(request(folder, pack: try pack()))
        let item = try #require(outcome.bundle.items.first { $0.id == "cpb" })
        #expect(item.status == .stale)
        #expect(item.reason.contains("2025-11-20"))
        #expect(!outcome.bundle.isComplete)
    }

    @Test func missingWhenTooFewAndInvalidWhenTheSourceHasErrors() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("CPB\n2026-09-14\nmeeting\nCorporate Parenting Board\n", to: "in/cpb-1.note")
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        let few = try await pipeline.check(request(folder, pack: try pack(minimumCount: 3)))
        #expect(few.bundle.items.first?.status == .missing)
        #expect(few.bundle.items.first?.reason.hasPrefix("1 of the 3 needed") == true)

        try folder.write("CPB\n2026-09-14\nmeeting\nCorporate Parenting Board\nERROR\n", to: "in/cpb-1.note")
        let invalid = try await pipeline.check(request(folder, pack: try pack()))
        #expect(invalid.bundle.items.first?.status == .invalid)
    }

    @Test func buildsASealedBagAndKeepsThePreviousOne() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("CPB\n2026-09-14\nmeeting\nCorporate Parenting Board\n", to: "in/minutes/cpb 1.note")
        let output = folder.url.appendingPathComponent("out/pack")
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        let first = try await pipeline.build(request(folder, pack: try pack(), output: output))
        #expect(first.outputPath == output.path)
        #expect(BagIt.verify(folder: output).isEmpty)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/evidence/minutes/cpb_1.note").path))
        #expect(first.bundle.items.first?.files == ["evidence/minutes/cpb_1.note"])
        _ = try await pipeline.build(request(folder, pack: try pack(), output: output))
        #expect(BagIt.verify(folder: folder.url.appendingPathComponent("out/pack.previous")).isEmpty)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("out").path)
        // The lock file stays on purpose: deleting a flock(2) file races with a waiting build.
        #expect(leftovers.sorted() == [".pack.lock", "pack", "pack.previous"])
    }

    @Test func refusesToReplaceAFolderThatIsNotAPack() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("CPB\n2026-09-14\nmeeting\nCorporate Parenting Board\n", to: "in/cpb.note")
        try folder.write("precious", to: "out/precious.txt")
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        // Refused before any work: no lock, no cache, no staging beside it.
        await #expect(throws: OutputRefusal.self) {
            try await pipeline.build(request(folder, pack: try pack(), output: folder.url.appendingPathComponent("out")))
        }
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out/precious.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["in", "out"])
    }
}

/// Issue 23: one unreadable sub-folder is one diagnostic, not a stopped build.
@Suite struct UnreadableFolderTests {
    @Test func anUnreadableSubFolderIsOneDiagnosticAndTheRestIsListed() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        for name in ["a.note", "locked/b.note", "z/c.note"] { try folder.write("x\n", to: "in/\(name)") }
        let root = folder.url.appendingPathComponent("in")
        var diagnostics: [Diagnostic] = []
        let files = try SourceDiscovery.listFiles(in: root, diagnostics: &diagnostics) { path in
            if path.hasSuffix("/locked") { throw POSIXFailure(operation: "opendir", path: path, code: EACCES) }
            return try FileManager.default.contentsOfDirectory(atPath: path)
        }
        #expect(files == ["a.note", "z/c.note"])
        #expect(diagnostics.map(\.code) == ["discover.unreadable-folder"])
        #expect(diagnostics.first?.location?.path == "locked")
        #expect(diagnostics.first?.message.contains("Permission denied") == true)
    }

    @Test func anUnreadableRootStillStopsTheBuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("x\n", to: "in/a.note")
        var diagnostics: [Diagnostic] = []
        #expect(throws: POSIXFailure.self) {
            try SourceDiscovery.listFiles(in: folder.url.appendingPathComponent("in"), diagnostics: &diagnostics) { path in
                throw POSIXFailure(operation: "opendir", path: path, code: EACCES)
            }
        }
    }
}
