import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
import Testing
import ZIPFoundation

/// Pack definitions, inputs and outputs that try to reach outside the inputs and the output folder.
@Suite struct PathHostileTests {
    func load(_ yaml: String, packFile: URL = URL(fileURLWithPath: "/nonexistent/pack/pack.yaml")) -> (PackDefinition?, [Diagnostic]) {
        do {
            return (try PackDefinitionLoader().parse(yaml: yaml, file: packFile, displayPath: "pack.yaml"), [])
        } catch let error as PackDefinitionError {
            return (nil, error.problems)
        } catch {
            return (nil, [])
        }
    }

    func yaml(importers: String = "", external: String = "") -> String {
        """
        formatVersion: 1
        id: t
        title: Test
        \(importers)
        \(external)
        sections: [{id: s, title: S}]
        items:
          - {id: a, title: A, section: s, satisfiedBy: {title: "x"}}
        """
    }

    @Test func globsThatLeaveTheInputsAreRefusedWithTheirLine() {
        for glob in ["../secret/*.csv", "/etc/*", "a/../../b/**", "**/../x", ".."] {
            let (pack, problems) = load(yaml(importers: "importers:\n  - {glob: \"\(glob)\", importer: minutes-text}"))
            #expect(pack == nil, "accepted \(glob)")
            #expect(problems.contains { $0.message.contains("relative to the inputs folder") && $0.location?.line == 5 }, "\(glob): \(problems)")
        }
    }

    @Test func externalImporterPathsMustStayInThePackFolder() {
        for path in ["../bin/importer", "/bin/sh", "tools/../../x", "~/importer", "..", "tools\\\\..\\\\x"] {
            let (pack, problems) = load(yaml(external: "externalImporters: [\"\(path)\"]"))
            #expect(pack == nil, "accepted \(path)")
            #expect(problems.contains { $0.message.contains("external importer") && $0.location?.line == 5 }, "\(path): \(problems)")
        }
        for id in ["external:../../bin/sh", "external:/usr/bin/python3"] {
            let (pack, problems) = load(yaml(importers: "importers:\n  - {glob: \"*.x\", importer: \"\(id)\"}"))
            #expect(pack == nil, "accepted \(id)")
            #expect(problems.contains { $0.message.contains(id) }, "\(id): \(problems)")
        }
        let (pack, _) = load(yaml(external: "externalImporters: [tools/importer.py]"))
        #expect(pack?.externalImporters == ["tools/importer.py"])
        // An installed importer under its conventional name may live anywhere.
        let (installed, _) = load(yaml(external: "externalImporters: [/opt/council/bin/evidence-pack-import-kpi]"))
        #expect(installed?.externalImporters == ["/opt/council/bin/evidence-pack-import-kpi"])
        let (sneaky, _) = load(yaml(external: "externalImporters: [/opt/../bin/evidence-pack-import-kpi]"))
        #expect(sneaky == nil)
    }

    @Test func externalImporterLinksLeadingOutOfThePackFolderAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("#!/bin/sh\n", to: "elsewhere/tool.sh")
        let packFile = try folder.write(yaml(external: "externalImporters: [tools/tool.sh]"), to: "pack/pack.yaml")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("pack/tools"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("pack/tools/tool.sh").path,
                                                   withDestinationPath: "../../elsewhere/tool.sh")
        let (pack, problems) = load(try String(contentsOf: packFile, encoding: .utf8), packFile: packFile)
        #expect(pack == nil)
        #expect(problems.contains { $0.message.contains("symbolic link") })
    }

    @Test func symlinksOutOfTheInputsAreNeverFollowed() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let marker = "OUTSIDE-MARKER-91C2"
        try folder.write("Minutes\nMeeting: 01/02/2025 - Board\n\(marker)\n", to: "outside/secret.txt")
        try folder.write("Minutes\nMeeting: 01/02/2025 - Board\ninside\n", to: "inputs/real.txt")
        let inputs = folder.url.appendingPathComponent("inputs")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("absolute.txt").path,
                                  withDestinationPath: folder.url.appendingPathComponent("outside/secret.txt").path)
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("relative.txt").path, withDestinationPath: "../outside/secret.txt")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("folder").path, withDestinationPath: "../outside")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("hop.txt").path, withDestinationPath: "absolute.txt")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("loop").path, withDestinationPath: "loop")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("self").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("alias.txt").path, withDestinationPath: "real.txt")

        let registry = BuiltinModules.registry
        let found = try SourceDiscovery(registry: registry).discover(in: inputs)
        let paths = found.sources.map(\.source.path)
        #expect(paths.contains("real.txt"))
        for escaping in ["absolute.txt", "relative.txt", "hop.txt"] {
            #expect(!paths.contains(escaping), "followed \(escaping) out of the inputs")
            #expect(found.diagnostics.contains { $0.location?.path == escaping }, "no diagnostic for \(escaping)")
        }
        #expect(!paths.contains { $0.hasPrefix("folder/") || $0.hasPrefix("etc/") || $0.hasPrefix("self/") })
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        var everything = found.diagnostics.map(\.description).joined()
        for source in found.sources {
            let (records, diagnostics) = await pipeline.importOne(source, inputs: inputs, referenceDate: ImporterHarness.referenceDate)
            everything += String(decoding: try EvidenceJSON.encode(records), as: UTF8.self) + diagnostics.map(\.description).joined()
        }
        #expect(everything.contains("inside"))
        #expect(!everything.contains(marker))
    }

    @Test func outputPathsCannotLeaveThePayload() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let payload = OutputDirectory(root: folder.url.appendingPathComponent("bag/data"))
        for path in ["../escape.txt", "/tmp/escape.txt", "a/../../escape.txt", "./x", "", "/", "a/./b", "..", "a/.."] {
            #expect(throws: OutputPathError.self, "accepted \(path)") { try payload.write("x", to: path) }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("bag/escape.txt").path))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("escape.txt").path))
        try payload.write("ok", to: "a/b.txt")
        #expect(try String(contentsOf: payload.root.appendingPathComponent("a/b.txt"), encoding: .utf8) == "ok")
    }

    @Test func evidenceFileNamesAreSafeWhateverTheInputNames() {
        for hostile in ["../../etc/passwd", "..", ".hidden/.x", "a\\b\r\n.txt", "名前/ファイル.txt", "a/\u{0}/b", "CON", "x:y*?.txt"] {
            let safe = EvidenceFilePlanner.safePath(hostile)
            #expect(BagZip.isSafeEntryName(safe), "\(hostile) → \(safe)")
            #expect(!safe.split(separator: "/").contains { $0.hasPrefix(".") }, "\(hostile) → \(safe)")
        }
    }

    @Test func zipEntryNamesAreChecked() {
        for name in ["/abs", "../up", "data/../../up", "a\\b", "a\nb", "a\u{7F}", "data/\u{1B}[31m"] {
            #expect(!BagZip.isSafeEntryName(name), "\(name)")
        }
        #expect(BagZip.isSafeEntryName("data/evidence/minutes/cpb_2025.txt"))
    }

    @Test func aZipOfABuiltPackHoldsOnlySafeNames() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("Minutes\nCorporate Parenting Board\nMeeting: 01/02/2026 - Corporate Parenting Board\n", to: "in/..odd name\\with\rstuff.txt")
        try folder.write("Minutes of the Corporate Parenting Board\n12 March 2026\n", to: "in/sub dir/ünïcödé minutes.txt")
        let out = folder.url.appendingPathComponent("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", folder.url.appendingPathComponent("in").path, "--out", out.path,
                                  "--reference-date", "2026-11-20", "--zip", "--no-cache"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let archive = try Archive(url: folder.url.appendingPathComponent("pack.zip"), accessMode: .read)
        var names: [String] = []
        for entry in archive { names.append(entry.path) }
        #expect(!names.isEmpty)
        for name in names {
            #expect(name.hasPrefix("pack/"), "\(name)")
            #expect(BagZip.isSafeEntryName(String(name.dropFirst("pack/".count))), "\(name)")
        }
    }

    @Test func aBagWithAPlantedSymlinkIsNeitherZippedNorVerified() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let bag = folder.url.appendingPathComponent("bag")
        try folder.write("payload\n", to: "bag/data/a.txt")
        try BagIt.seal(folder: bag, info: BagIt.Info(baggingDate: ImporterHarness.referenceDate, externalIdentifier: "t", externalDescription: "t"))
        #expect(BagIt.verify(folder: bag).isEmpty)
        try folder.write("SECRET\n", to: "secret.txt")
        try FileManager.default.createSymbolicLink(atPath: bag.appendingPathComponent("data/leak.txt").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: bag.appendingPathComponent("data/loop").path, withDestinationPath: "..")
        #expect(BagIt.verify(folder: bag).contains { $0.contains("symbolic link") })
        #expect(throws: BagContentError.self) {
            try BagZip.write(folder: bag, to: folder.url.appendingPathComponent("bag.zip"), referenceDate: ImporterHarness.referenceDate)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("bag.zip").path))
    }
}

@Suite struct UndecodableNameTests {
    @Test func aNameThatIsNotUTF8IsNamedNotCalledABrokenLink() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        // "list-1 résumé.csv" written by a Windows-1252 system: é is the single byte 0xE9.
        var path = Array(folder.url.path.utf8) + Array("/list-1 r".utf8) + [0xE9] + Array("sum".utf8) + [0xE9] + Array(".csv".utf8)
        path.append(0)
        let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o600) }
        try #require(descriptor >= 0)
        close(descriptor)
        var diagnostics: [Diagnostic] = []
        let files = try SourceDiscovery.listFiles(in: folder.url, diagnostics: &diagnostics)
        #expect(files.isEmpty)
        #expect(diagnostics.map(\.code) == ["discover.name-not-utf8"])
        #expect(diagnostics.first?.location?.path == "list-1 r\\xE9sum\\xE9.csv")
    }

    /// A large folder with names of every length (the benchmark's 10,000 pages once crashed the
    /// build here: each readdir entry was copied as a whole 256-byte name, reading past the last
    /// entry's end). Every name is read whole and only the undecodable one is reported.
    @Test func aLargeFolderWithNamesOfEveryLengthIsListedWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        var expected: [String] = []
        for index in 0..<3_000 {
            let length = 1 + index % 240
            let stem = String(index) + "-"
            let name = stem + String(repeating: "x", count: max(0, length - stem.count))
            expected.append(name)
            #expect(FileManager.default.createFile(atPath: folder.url.appendingPathComponent(name).path, contents: nil))
        }
        var path = Array(folder.url.path.utf8) + Array("/z".utf8) + [0xE9]
        path.append(0)
        let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o600) }
        try #require(descriptor >= 0)
        close(descriptor)
        var diagnostics: [Diagnostic] = []
        let files = try SourceDiscovery.listFiles(in: folder.url, diagnostics: &diagnostics)
        #expect(Set(files) == Set(expected))
        #expect(diagnostics.map(\.location?.path) == ["z\\xE9"])
    }
}
