import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Output disk full or read-only, inputs vanishing or unreadable mid-run: a clear error and the
/// previous pack left exactly as it was.
@Suite(.serialized) struct FaultTests {
    static let examples = Samples.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs").path

    func build(out: URL, extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["build", "ilacs", "--inputs", Self.examples, "--out", out.path, "--reference-date", "2026-11-20", "--no-cache"] + extra)
    }

    /// Staging folders left beside the output by a failed run.
    func leftovers(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.contains(".staging-") }
    }

    /// As root, chmod does not bind: the read-only folder is a tmpfs remounted read-only, which needs mount.
    @Test(.enabled(if: geteuid() != 0 || ScratchMount.canMountReadOnly, "as root, needs mount -t tmpfs and remount,ro (chmod does not bind root)"))
    func readOnlyOutputFolderIsAClearErrorAndThePackStays() throws {
        let parent: URL
        var mount: ScratchMount?
        var folder: TemporaryFolder?
        if geteuid() == 0 {
            let scratch = try #require(ScratchMount(sizeKilobytes: 16_384), "mounting a tmpfs worked a moment ago")
            mount = scratch
            parent = scratch.url
        } else {
            folder = try TemporaryFolder()
            parent = try #require(folder).url
        }
        defer {
            mount?.unmount()
            if let folder {
                _ = chmod(folder.url.path, 0o700)
                folder.cleanup()
            }
        }
        let out = parent.appendingPathComponent("pack")
        let first = try build(out: out)
        #expect([0, 1].contains(first.status), "\(first.stderr)")
        let before = try CLIRunner.snapshot(out)
        #expect(!before.isEmpty)

        if let mount {
            try #require(mount.makeReadOnly(), "remounting a tmpfs read-only worked a moment ago")
        } else {
            #expect(chmod(parent.path, 0o500) == 0)
        }
        let second = try build(out: out)
        #expect(second.status == 2, "\(second.stdout)\n\(second.stderr)")
        #expect(second.stderr.contains("error:"))
        #expect(second.stderr.contains("Read-only file system") || second.stderr.contains("Permission denied"), "\(second.stderr)")
        #expect(try CLIRunner.snapshot(out) == before)
    }

    @Test(.enabled(if: ScratchMount.canMountReadOnly, "filling a disk needs a small tmpfs (root with mount -t tmpfs)"))
    func fullDiskIsAClearErrorAndThePackStays() throws {
        let mount = try #require(ScratchMount(sizeKilobytes: 8192), "mounting a tmpfs worked a moment ago")
        defer { mount.unmount() }
        let out = mount.url.appendingPathComponent("pack")
        let first = try build(out: out)
        guard [0, 1].contains(first.status) else {
            Issue.record("the first build did not fit in 8 MB: \(first.stderr)")
            return
        }
        let before = try CLIRunner.snapshot(out)
        let filler = mount.url.appendingPathComponent("filler")
        fillDisk(at: filler)

        let second = try build(out: out)
        #expect(second.status == 2, "\(second.stdout)\n\(second.stderr)")
        #expect(second.stderr.contains("No space left on device"), "\(second.stderr)")
        #expect(try CLIRunner.snapshot(out) == before)
        #expect(leftovers(in: mount.url).isEmpty, "staging left behind: \(leftovers(in: mount.url))")

        // Space back: the next build works again.
        try FileManager.default.removeItem(at: filler)
        let third = try build(out: out)
        #expect([0, 1].contains(third.status), "\(third.stderr)")
        #expect(BagIt.verify(folder: out).isEmpty)
    }

    /// Writes zeros until the file system refuses (ENOSPC).
    func fillDisk(at url: URL) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0, count: 4096)
        while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
    }

    @Test func anInputThatVanishesOrTurnsUnreadableAfterDiscoveryIsOneDiagnostic() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let inputs = folder.url.appendingPathComponent("in")
        for name in ["gone.txt", "folder.txt", "locked.txt", "fine.txt"] {
            try folder.write("Minutes\nMeeting: 01/02/2026 - Corporate Parenting Board\n\(name)\n", to: "in/\(name)")
        }
        let registry = BuiltinModules.registry
        let found = try SourceDiscovery(registry: registry).discover(in: inputs)
        #expect(found.sources.count == 4)
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("gone.txt"))
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("folder.txt"))
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
        let lockedIsUnreadable = geteuid() != 0 && chmod(inputs.appendingPathComponent("locked.txt").path, 0) == 0
        defer { _ = chmod(inputs.appendingPathComponent("locked.txt").path, 0o600) }

        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        var results: [String: ([Record], [Diagnostic])] = [:]
        for source in found.sources {
            results[source.source.path] = await pipeline.importOne(source, inputs: inputs, referenceDate: ImporterHarness.referenceDate)
        }
        var broken = ["gone.txt", "folder.txt"]
        if lockedIsUnreadable { broken.append("locked.txt") }
        for path in broken {
            let diagnostics = results[path]?.1 ?? []
            #expect(results[path]?.0.isEmpty == true)
            #expect(diagnostics.contains { $0.severity == .error && $0.code == "import.failed" && $0.location?.path == path
                && $0.message.contains("could not read this file") }, "\(path): \(diagnostics)")
        }
        #expect(results["fine.txt"]?.0.count == 1)
    }

    @Test func anEvidenceFileThatVanishesBeforeExportFailsTheBuildAndKeepsThePreviousPack() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let inputs = folder.url.appendingPathComponent("in")
        try folder.write("Corporate Parenting Board\n2026-02-01\n", to: "in/cpb.board")
        let yaml = """
        formatVersion: 1
        id: t
        title: Test
        sections: [{id: s, title: S}]
        items:
          - {id: cpb, title: CPB minutes, section: s, satisfiedBy: {committee: "corporate parenting"}}
        """
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: folder.url.appendingPathComponent("pack.yaml"), displayPath: "pack.yaml")
        let out = folder.url.appendingPathComponent("pack")
        let request = BuildRequest(pack: pack, inputs: inputs, output: out, referenceDate: ImporterHarness.referenceDate)
        let exporters = BuiltinModules.exporters

        let steady = Pipeline(registry: ModuleRegistry(importers: [BoardImporter(deleteAfterReading: false)], exporters: exporters),
                              progress: ProgressReporter(enabled: false))
        let first = try await steady.build(request)
        #expect(first.bundle.items.first?.files.isEmpty == false)
        let before = try CLIRunner.snapshot(out)

        let vanishing = Pipeline(registry: ModuleRegistry(importers: [BoardImporter(deleteAfterReading: true)], exporters: exporters),
                                 progress: ProgressReporter(enabled: false))
        do {
            _ = try await vanishing.build(request)
            Issue.record("the build succeeded without its evidence file")
        } catch let error as PipelineError {
            #expect("\(error)".contains("cpb.board"), "\(error)")
            #expect("\(error)".contains("No such file"), "\(error)")
        }
        #expect(try CLIRunner.snapshot(out) == before)
        #expect(leftovers(in: folder.url).isEmpty)
    }
}

/// Reads `.board` files (committee on line 1, ISO date on line 2); can delete the file after reading,
/// as if someone moved it away while the build ran.
struct BoardImporter: Importer {
    var deleteAfterReading: Bool

    var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "board", version: "1.0.0", role: .importer, summary: "test boards", fileExtensions: ["board"])
    }

    func confidence(for probe: SourceProbe) -> Double { probe.fileExtension == "board" ? 0.9 : 0 }

    func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        let url = context.url(of: source)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        if deleteAfterReading { try FileManager.default.removeItem(at: url) }
        var document = Document(kind: .meeting, title: lines.first)
        document.committee = lines.first
        document.meetingDate = lines.count > 1 ? CalendarDate(iso8601: lines[1]) : nil
        return ImportResult(records: [.document(document)])
    }
}

/// A file swapped for a link to outside the inputs between discovery and import is not followed.
@Suite struct SwappedInputTests {
    @Test func aFileSwappedForAnOutsideLinkAfterDiscoveryIsNotRead() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let marker = "SWAPPED-SECRET-40D1"
        try folder.write("Corporate Parenting Board\n\(marker)\n", to: "outside/secret.board")
        try folder.write("Corporate Parenting Board\n2026-02-01\n", to: "in/a.board")
        try folder.write("Corporate Parenting Board\n2026-03-01\n", to: "in/z.board")
        let yaml = """
        formatVersion: 1
        id: t
        title: Test
        sections: [{id: s, title: S}]
        items:
          - {id: cpb, title: CPB minutes, section: s, satisfiedBy: {committee: "corporate parenting"}}
        """
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: folder.url.appendingPathComponent("pack.yaml"), displayPath: "pack.yaml")
        let swapper = SwappingImporter(swap: folder.url.appendingPathComponent("in/a.board"),
                                       target: folder.url.appendingPathComponent("outside/secret.board"))
        let pipeline = Pipeline(registry: ModuleRegistry(importers: [swapper], exporters: []), progress: ProgressReporter(enabled: false))
        let outcome = try await pipeline.check(BuildRequest(pack: pack, inputs: folder.url.appendingPathComponent("in"),
                                                            referenceDate: ImporterHarness.referenceDate))
        let json = String(decoding: try EvidenceJSON.encode(outcome.bundle), as: UTF8.self)
        #expect(!json.contains(marker))
        #expect(outcome.bundle.diagnostics.contains { $0.code == "import.outside" && $0.location?.path == "a.board" })
        #expect(outcome.bundle.records.count == 1)
    }
}

/// Claims `.board` files; while sniffing the last one (discovery runs in path order) it swaps an
/// earlier, already discovered file for a link to a file outside the inputs.
struct SwappingImporter: Importer {
    var swap: URL
    var target: URL

    var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "board", version: "1.0.0", role: .importer, summary: "test boards", fileExtensions: ["board"])
    }

    func confidence(for probe: SourceProbe) -> Double {
        if probe.path == "z.board", (try? FileManager.default.destinationOfSymbolicLink(atPath: swap.path)) == nil {
            try? FileManager.default.removeItem(at: swap)
            try? FileManager.default.createSymbolicLink(at: swap, withDestinationURL: target)
        }
        return probe.fileExtension == "board" ? 0.9 : 0
    }

    /// One document whose title is the whole file, so anything read shows in the bundle.
    func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        var document = Document(kind: .meeting, title: try String(contentsOf: context.url(of: source), encoding: .utf8))
        document.committee = "Corporate Parenting Board"
        return ImportResult(records: [.document(document)])
    }
}
