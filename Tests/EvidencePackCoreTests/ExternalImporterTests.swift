import EvidenceModel
@testable import EvidencePackCore
import EvidenceFixtures
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// External importers run as subprocesses: good output becomes records; every way a subprocess can
/// go wrong becomes one error diagnostic for that file, never a thrown error or a stuck run.
@Suite struct ExternalImporterTests {
    static let tableLine = #"{"type":"record","record":{"type":"table","table":{"kind":"kpi","title":"T","columns":["a"],"rows":[["1"]],"rowCount":1,"streamedFromSource":false,"observations":[]}},"firstLine":2,"lastLine":3}"#
    static let doneOne = #"{"type":"done","protocolVersion":1,"records":1}"#

    /// Writes an executable shell script into `folder` and returns its URL.
    static func script(_ body: String, named name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try writeExecutable("#!/bin/sh\n\(body)\n", to: url)
        return url
    }

    static func importer(_ body: String, in folder: URL, limits: ChildProcessLimits = ChildProcessLimits(timeoutSeconds: 20, maxOutputBytes: 1 << 20)) throws -> ExternalImporter {
        let url = try script(body, named: "evidence-pack-import-test", in: folder)
        let about = ExternalImporterAbout(protocolVersion: 1, id: "test", version: "1.2.3", filePatterns: ["*.kpi"])
        return ExternalImporter(executable: url, about: about, limits: limits)
    }

    /// Runs an importer script over one file `inputs/data.kpi`.
    static func run(_ body: String, limits: ChildProcessLimits = ChildProcessLimits(timeoutSeconds: 20, maxOutputBytes: 1 << 20)) async throws -> ImportResult {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("a,b\n1,2\n", to: "inputs/data.kpi")
        let importer = try importer(body, in: folder.url, limits: limits)
        let source = Source(path: "data.kpi", sha256: "00", size: 8, mediaType: "text/plain")
        let context = ImportContext(inputsRoot: folder.url.appendingPathComponent("inputs"), referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
        return try await importer.records(from: source, context: context)
    }

    static func failureCode(_ result: ImportResult) -> String? {
        guard result.records.isEmpty, result.diagnostics.count == 1, let only = result.diagnostics.first,
              only.severity == .error, only.location?.path == "data.kpi" else { return nil }
        return only.code
    }

    @Test func recordsAndDiagnosticsOfAWellBehavedImporterArrive() async throws {
        let result = try await Self.run("""
        cat > /dev/null
        echo 'logs go to stderr' >&2
        echo '\(Self.tableLine)'
        echo '{"type":"diagnostic","severity":"warning","code":"test.value.blank","message":"row 3: the value is blank","line":3,"column":2}'
        echo ''
        echo '\(Self.doneOne)'
        """)
        #expect(result.records.count == 1)
        guard case .table(let table)? = result.records.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.kind == .kpi)
        #expect(table.rows == [["1"]])
        #expect(result.lineRanges.first == 2...3)
        #expect(result.diagnostics.map(\.code) == ["test.value.blank"])
        #expect(result.diagnostics.first?.location == SourceLocation(path: "data.kpi", line: 3, column: 2))
    }

    @Test func theRequestNamesTheFileItsHashAndTheProtocol() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("x\n", to: "inputs/sub/data.kpi")
        let copy = folder.url.appendingPathComponent("request.json")
        let importer = try Self.importer("cat > '\(copy.path)'\necho '{\"type\":\"done\",\"protocolVersion\":1,\"records\":0}'", in: folder.url)
        let source = Source(path: "sub/data.kpi", sha256: "abc123", size: 2, mediaType: "text/plain")
        let context = ImportContext(inputsRoot: folder.url.appendingPathComponent("inputs"), referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")),
                                    options: ["valueColumn": "Actual"], packOptions: ["authorityCode": "E06000999"])
        let result = try await importer.records(from: source, context: context)
        #expect(result.diagnostics.isEmpty)
        let request = try JSONDecoder().decode(ExternalImportRequest.self, from: Data(contentsOf: copy))
        #expect(request.protocolVersion == 1)
        #expect(request.source.path == "sub/data.kpi")
        #expect(request.source.sha256 == "abc123")
        #expect(request.source.absolutePath.hasSuffix("/inputs/sub/data.kpi"))
        #expect(request.referenceDate == "2026-11-20")
        #expect(request.options == ["valueColumn": "Actual"])
        #expect(request.packOptions["authorityCode"] == "E06000999")
    }

    @Test func aCrashCostsTheFile() async throws {
        let result = try await Self.run("cat > /dev/null\necho '\(Self.tableLine)'\nkill -SEGV $$")
        #expect(Self.failureCode(result) == "external.crashed")
    }

    @Test func aNonZeroExitCostsTheFileWithoutQuotingItsLogs() async throws {
        let result = try await Self.run("cat > /dev/null\necho 'secret child name' >&2\necho '\(Self.tableLine)'\necho '\(Self.doneOne)'\nexit 3")
        #expect(Self.failureCode(result) == "external.exit-status")
        #expect(result.diagnostics.first?.message.contains("status 3") == true)
        #expect(result.diagnostics.first?.message.contains("secret") == false)
    }

    @Test func garbageCostsTheFile() async throws {
        let result = try await Self.run("cat > /dev/null\necho '\(Self.tableLine)'\necho 'this is not JSON'\necho '\(Self.doneOne)'")
        #expect(Self.failureCode(result) == "external.malformed-output")
        #expect(result.diagnostics.first?.message.contains("line 2") == true)
    }

    @Test func aRecordThatIsNotARecordCostsTheFile() async throws {
        let result = try await Self.run(#"cat > /dev/null; echo '{"type":"record","record":{"type":"table","table":{"kind":"kpi"}}}'; echo '{"type":"done","protocolVersion":1,"records":1}'"#)
        #expect(Self.failureCode(result) == "external.malformed-output")
    }

    @Test func aMissingDoneLineCostsTheFile() async throws {
        let result = try await Self.run("cat > /dev/null\necho '\(Self.tableLine)'")
        #expect(Self.failureCode(result) == "external.missing-done")
    }

    @Test func aDoneLineThatMiscountsCostsTheFile() async throws {
        let result = try await Self.run(#"cat > /dev/null; echo '{"type":"done","protocolVersion":1,"records":2}'"#)
        #expect(Self.failureCode(result) == "external.malformed-output")
    }

    @Test func linesAfterDoneCostTheFile() async throws {
        let result = try await Self.run("cat > /dev/null\necho '\(Self.doneOne.replacingOccurrences(of: "1}", with: "0}"))'\necho '\(Self.tableLine)'")
        #expect(Self.failureCode(result) == "external.malformed-output")
    }

    @Test func aWrongProtocolVersionCostsTheFile() async throws {
        let result = try await Self.run(#"cat > /dev/null; echo '{"type":"done","protocolVersion":2,"records":0}'"#)
        #expect(Self.failureCode(result) == "external.protocol-version")
    }

    @Test func aBadDiagnosticCodeCostsTheFile() async throws {
        let result = try await Self.run(#"cat > /dev/null; echo '{"type":"diagnostic","severity":"error","code":"nodots","message":"m"}'; echo '{"type":"done","protocolVersion":1,"records":0}'"#)
        #expect(Self.failureCode(result) == "external.malformed-output")
    }

    @Test func aHangIsStoppedByTheTimeLimit() async throws {
        let result = try await Self.run("cat > /dev/null\nsleep 60", limits: ChildProcessLimits(timeoutSeconds: 1, maxOutputBytes: 1 << 20))
        #expect(Self.failureCode(result) == "external.timeout")
    }

    @Test func aGrandchildHoldingStdoutIsKilledWithItsGroup() async throws {
        // The script exits at once but leaves `sleep` holding the pipe: only killing the group ends it.
        let result = try await Self.run("cat > /dev/null\nsleep 60 &\nexit 0", limits: ChildProcessLimits(timeoutSeconds: 1, maxOutputBytes: 1 << 20))
        #expect(Self.failureCode(result) == "external.timeout")
    }

    @Test func hugeOutputIsStoppedByTheSizeLimit() async throws {
        let result = try await Self.run("cat > /dev/null\nyes '\(Self.tableLine)'", limits: ChildProcessLimits(timeoutSeconds: 20, maxOutputBytes: 200_000))
        #expect(Self.failureCode(result) == "external.output-limit")
    }

    @Test func anImporterThatIgnoresStdinStillWorks() async throws {
        let result = try await Self.run("echo '\(Self.tableLine)'\necho '\(Self.doneOne)'")
        #expect(result.records.count == 1)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aFileWhosePathLeadsOutsideTheInputsIsRefused() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("secret\n", to: "outside.kpi")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("inputs"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("inputs/link.kpi").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("outside.kpi").path)
        let marker = folder.url.appendingPathComponent("ran")
        let importer = try Self.importer("touch '\(marker.path)'\necho '\(Self.doneOne)'", in: folder.url)
        let context = ImportContext(inputsRoot: folder.url.appendingPathComponent("inputs"), referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
        for path in ["link.kpi", "../outside.kpi"] {
            let result = try await importer.records(from: Source(path: path, sha256: "00", size: 7, mediaType: "text/plain"), context: context)
            #expect(result.records.isEmpty)
            #expect(result.diagnostics.map(\.code) == ["external.path-outside-inputs"])
        }
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func aMissingExecutableCostsTheFile() async throws {
        let importer = ExternalImporter(executable: URL(fileURLWithPath: "/nonexistent/evidence-pack-import-x"),
                                        about: ExternalImporterAbout(protocolVersion: 1, id: "x", version: "1"))
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("x", to: "a.kpi")
        let result = try await importer.records(from: Source(path: "a.kpi", sha256: "00", size: 1, mediaType: "text/plain"),
                                                 context: ImportContext(inputsRoot: folder.url, referenceDate: CalendarDate(daysSinceEpoch: 0)))
        #expect(result.diagnostics.map(\.code) == ["external.cannot-start"])
    }

    @Test func confidenceFollowsFilePatternsAndTheHeadPattern() throws {
        let about = ExternalImporterAbout(protocolVersion: 1, id: "k", version: "1", filePatterns: ["*.csv", "exports/**/*.txt"],
                                          headPattern: #"\bKPI\s*Ref\b"#, confidence: 0.9)
        let importer = ExternalImporter(executable: URL(fileURLWithPath: "/bin/true"), about: about)
        #expect(importer.confidence(for: SourceProbe(path: "deep/folder/scorecard.csv", head: Array("KPI Ref,Measure\n".utf8), size: 10)) == 0.9)
        #expect(importer.confidence(for: SourceProbe(path: "scorecard.csv", head: Array("kpi ref,Measure\n".utf8), size: 10)) == 0.9)
        #expect(importer.confidence(for: SourceProbe(path: "scorecard.csv", head: Array("Indicator,Value\n".utf8), size: 10)) == 0)
        #expect(importer.confidence(for: SourceProbe(path: "exports/2026/a.txt", head: Array("KPI Ref".utf8), size: 10)) == 0.9)
        #expect(importer.confidence(for: SourceProbe(path: "a.txt", head: Array("KPI Ref".utf8), size: 10)) == 0)
        let unusable = ExternalImporter(executable: URL(fileURLWithPath: "/bin/true"), about: about, problem: "protocol 2")
        #expect(unusable.confidence(for: SourceProbe(path: "scorecard.csv", head: Array("KPI Ref".utf8), size: 10)) == 0)
        #expect(importer.descriptor.fileExtensions == ["csv"])
        #expect(importer.descriptor.origin == "/bin/true")
    }

    @Test func discoveryFindsImportersOnThePathAndJudgesTheirAnswers() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let bin = folder.url.appendingPathComponent("bin"), other = folder.url.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        _ = try Self.script(#"echo '{"protocolVersion":1,"id":"good","version":"2.0.0","description":"Good","filePatterns":["*.good"]}'"#, named: "evidence-pack-import-good", in: bin)
        _ = try Self.script(#"echo '{"protocolVersion":1,"id":"shadowed","version":"9"}'"#, named: "evidence-pack-import-good", in: other)
        _ = try Self.script(#"echo '{"protocolVersion":2,"id":"future","version":"1.0.0"}'"#, named: "evidence-pack-import-future", in: bin)
        _ = try Self.script("echo 'usage: whatever'", named: "evidence-pack-import-chatty", in: bin)
        _ = try Self.script(#"echo '{"protocolVersion":1,"id":"minutes-text","version":"1"}'"#, named: "evidence-pack-import-clash", in: bin)
        _ = try Self.script("sleep 60", named: "evidence-pack-import-slow", in: bin)
        try Data("not executable".utf8).write(to: bin.appendingPathComponent("evidence-pack-import-plain"))
        var settings = ExternalImporterSettings.default
        settings.aboutLimits.timeoutSeconds = 1
        let discovery = ExternalImporterDiscovery(settings: settings, searchPath: [bin.path, other.path])
        let found = await discovery.discover(takenIDs: ["minutes-text"])
        #expect(found.importers.map(\.about.id).sorted() == ["future", "good"])
        let good = try #require(found.importers.first { $0.about.id == "good" })
        #expect(good.isUsable)
        #expect(good.descriptor.version == "2.0.0")
        #expect(good.executable.path == bin.appendingPathComponent("evidence-pack-import-good").path)
        let future = try #require(found.importers.first { $0.about.id == "future" })
        #expect(!future.isUsable)
        let codes = found.diagnostics.map(\.code).sorted()
        #expect(codes == ["external.about-failed", "external.about-failed", "external.duplicate-id", "external.protocol-version"])

        // A pinned file read by an importer of another protocol version gets a diagnostic, not silence.
        let result = try await future.records(from: Source(path: "a", sha256: "0", size: 0, mediaType: "text/plain"),
                                              context: ImportContext(inputsRoot: folder.url, referenceDate: CalendarDate(daysSinceEpoch: 0)))
        #expect(result.diagnostics.map(\.code) == ["external.protocol-version"])
    }

    @Test func packEntriesResolveBesideThePackOrOnThePath() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let packFolder = folder.url.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: packFolder.appendingPathComponent("tools"), withIntermediateDirectories: true)
        _ = try Self.script(#"echo '{"protocolVersion":1,"id":"local","version":"1"}'"#, named: "evidence-pack-import-local", in: packFolder.appendingPathComponent("tools"))
        var settings = ExternalImporterSettings.default
        settings.searchPath = false
        let discovery = ExternalImporterDiscovery(settings: settings, searchPath: [])
        let found = await discovery.discover(packEntries: ["tools/evidence-pack-import-local", "missing"], packFolder: packFolder,
                                             packFile: "pack/pack.yaml", takenIDs: [])
        #expect(found.importers.map(\.about.id) == ["local"])
        #expect(found.diagnostics.map(\.code) == ["external.not-found"])
        #expect(found.diagnostics.first?.location?.path == "pack/pack.yaml")
    }

    @Test func failuresOfExternalImportersAreNotCached() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("x\n", to: "inputs/a.kpi")
        let bin = folder.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let counter = folder.url.appendingPathComponent("runs")
        let importer = try Self.importer("cat > /dev/null\necho run >> '\(counter.path)'\nexit 1", in: bin)
        let registry = ModuleRegistry(importers: [importer], exporters: [])
        let cache = ImportCache(folder: folder.url.appendingPathComponent("cache"))
        let inputs = folder.url.appendingPathComponent("inputs")
        let discovered = try SourceDiscovery(registry: registry).discover(in: inputs).sources
        #expect(discovered.first?.importerID == "test")
        let pack = try PackDefinitionLoader().parse(yaml: "formatVersion: 1\nid: p\ntitle: P\nsections: [{id: s, title: S}]\nitems: [{id: i, title: I, section: s, satisfiedBy: {kpi: [x]}}]\n",
                                                    file: folder.url.appendingPathComponent("pack.yaml"), displayPath: "pack.yaml")
        let request = BuildRequest(pack: pack, inputs: inputs, referenceDate: CalendarDate(daysSinceEpoch: 0))
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        for _ in 0..<2 {
            let imported = await pipeline.importAll(discovered, request: request, cache: cache)
            #expect(imported.diagnostics.map(\.code) == ["external.exit-status"])
        }
        #expect(try String(contentsOf: counter, encoding: .utf8) == "run\nrun\n")
    }

    /// A time limit is taken from the environment only when it is a number of seconds up to a day: a
    /// larger one ("1e20", "inf") would overflow the deadline's nanoseconds.
    @Test func aTimeLimitBeyondADayFromTheEnvironmentIsIgnored() {
        for text in ["1e20", "inf", "nan", "-5", "0", "ten"] {
            let settings = ExternalImporterSettings.fromEnvironment(["EVIDENCE_PACK_IMPORTER_TIMEOUT": text])
            #expect(settings.runLimits.timeoutSeconds == ExternalImporterSettings.default.runLimits.timeoutSeconds, "\(text)")
        }
        #expect(ExternalImporterSettings.fromEnvironment(["EVIDENCE_PACK_IMPORTER_TIMEOUT": "86400"]).runLimits.timeoutSeconds == 86_400)
        #expect(ExternalImporterSettings.fromEnvironment(["EVIDENCE_PACK_IMPORTER_TIMEOUT": "2.5"]).runLimits.timeoutSeconds == 2.5)
    }

    @Test func linesSplitAcrossChunksParseAlike() throws {
        let output = Data("\(Self.tableLine)\n{\"type\":\"diagnostic\",\"severity\":\"note\",\"code\":\"a.b\",\"message\":\"m\",\"line\":4}\n\(Self.doneOne)".utf8)
        for chunkSize in [1, 7, 64, output.count] {
            let parser = ExternalOutputParser(sourcePath: "x.kpi")
            var start = 0
            while start < output.count {
                parser.consume(output.subdata(in: start..<min(output.count, start + chunkSize)))
                start += chunkSize
            }
            parser.finish()
            #expect(parser.failure == nil, "chunk size \(chunkSize)")
            #expect(parser.records.count == 1)
            #expect(parser.diagnostics.map(\.location) == [SourceLocation(path: "x.kpi", line: 4)])
        }
    }
}
