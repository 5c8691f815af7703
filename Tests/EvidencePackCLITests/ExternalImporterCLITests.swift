import EvidenceFixtures
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// External importers through the CLI: the Python example's records reach the pack; broken importers
/// (crash, garbage, hang, flood, wrong protocol) each cost only their own file, with a diagnostic.
@Suite(.serialized) struct ExternalImporterCLITests {
    static let example = CLIRunner.packageRoot.appendingPathComponent("examples/external-importers/council-kpi")
    static let exampleCSV = example.appendingPathComponent("sample-inputs/kpi/performance-report-2026-09.csv")

    /// python3 on PATH (the example's `#!/usr/bin/env python3` needs it), or nil; the tests that need it
    /// are enabled only when it is there.
    static func python() -> URL? { CLIRunner.python(with: "json") }

    /// True when python3 is installed.
    static let hasPython = python() != nil

    /// PATH with `folders` first, and python3's folder so that `env python3` finds it.
    static func path(_ folders: [URL], python: URL) -> String {
        (folders.map(\.path) + [python.deletingLastPathComponent().path, ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]).joined(separator: ":")
    }

    /// Inputs: the example KPI export and one set of committee minutes from the bundled examples.
    static func makeInputs(in folder: URL) throws -> URL {
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("kpi"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("minutes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: exampleCSV, to: inputs.appendingPathComponent("kpi/performance-report-2026-09.csv"))
        let minutes = CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs/minutes/corporate-parenting-board-2026-09-14.txt")
        try FileManager.default.copyItem(at: minutes, to: inputs.appendingPathComponent("minutes/corporate-parenting-board-2026-09-14.txt"))
        return inputs
    }

    static func packJSON(_ bag: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: bag.appendingPathComponent("data/pack.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func records(_ pack: [String: Any], importer: String) -> [[String: Any]] {
        ((pack["records"] as? [[String: Any]]) ?? []).filter { (($0["provenance"] as? [String: Any])?["importer"] as? String) == importer }
    }

    @Test(.enabled(if: ExternalImporterCLITests.hasPython, "needs python3"))
    func thePythonExampleRecordsReachThePack() throws {
        let python = try #require(Self.python())
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try Self.makeInputs(in: folder)
        let bag = folder.appendingPathComponent("pack")
        let environment = ["PATH": Self.path([Self.example], python: python)]
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", bag.path, "--reference-date", "2026-11-20"], environment: environment)
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let pack = try Self.packJSON(bag)
        let kpiRecords = Self.records(pack, importer: "council-kpi")
        #expect(kpiRecords.count == 1)
        let record = try #require(kpiRecords.first)
        #expect(record["id"] as? String == "kpi/performance-report-2026-09.csv#1")
        #expect((record["provenance"] as? [String: Any])?["importerVersion"] as? String == "1.0.0")
        let table = try #require(record["table"] as? [String: Any])
        #expect(table["kind"] as? String == "kpi")
        // The importer wrote an array of observation objects; the pack holds them as columns.
        let observations = try #require(table["observations"] as? [String: Any])
        #expect(observations["count"] as? Int == 8)
        let indicators = (observations["indicators"] as? [String]) ?? []
        #expect(indicators.contains("Re-referrals within 12 months (%)"))
        let geographies = (observations["geographies"] as? [[String: Any]]) ?? []
        #expect(!geographies.isEmpty && geographies.allSatisfy { $0["code"] as? String == "E06000999" })
        #expect((observations["geography"] as? [Int])?.count == 8)
        // The minutes are still read by the built-in importer.
        #expect(!Self.records(pack, importer: "minutes-text").isEmpty)
        // Its records satisfy the pack's KPI items.
        let items = (pack["items"] as? [[String: Any]]) ?? []
        let rereferrals = try #require(items.first { $0["id"] as? String == "kpi-rereferrals" })
        #expect(rereferrals["status"] as? String == "present", "\(rereferrals)")
        // Its warning about an unreadable value names the row, at the file's line.
        let diagnostics = (pack["diagnostics"] as? [[String: Any]]) ?? []
        let warning = diagnostics.first { $0["code"] as? String == "council-kpi.value.not-a-number" }
        #expect((warning?["location"] as? [String: Any])?["line"] as? Int == 11)
        #expect(try CLIRunner.run(["verify", bag.path]).status == 0)
    }

    @Test(.enabled(if: ExternalImporterCLITests.hasPython, "needs python3"))
    func importShowsWhatTheExampleYields() throws {
        let python = try #require(Self.python())
        let environment = ["PATH": Self.path([Self.example], python: python)]
        let result = try CLIRunner.run(["import", Self.exampleCSV.path, "--importer", "external:council-kpi"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("importer: council-kpi 1.0.0"))
        #expect(result.stdout.contains("observations: 8"))
    }

    /// Python importers that go wrong in one way each; each claims files of its own extension.
    static let brokenImporters: [String: String] = [
        "crash": "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)",
        "garbage": "print('Traceback? no: just text on stdout')\nprint(json.dumps({'type': 'done', 'protocolVersion': 1, 'records': 0}))",
        "hang": "import time\ntime.sleep(120)",
        "flood": "line = json.dumps({'type': 'diagnostic', 'severity': 'note', 'code': 'flood.note', 'message': 'x' * 1000})\nwhile True:\n    print(line)",
        "future": "print(json.dumps({'type': 'done', 'protocolVersion': 2, 'records': 0}))",
        "exit": "print(json.dumps({'type': 'done', 'protocolVersion': 1, 'records': 0}))\nsys.exit(4)",
    ]

    static func writeBrokenImporters(in bin: URL) throws {
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for (name, body) in brokenImporters {
            let about = #"{"protocolVersion": 1, "id": "broken-\#(name)", "version": "0.0.1", "filePatterns": ["*.\#(name)"]}"#
            let script = """
            #!/usr/bin/env python3
            import json, sys
            if '--about' in sys.argv:
                print('\(about)')
                sys.exit(0)
            json.load(sys.stdin)
            \(body)

            """
            try writeExecutable(script, to: bin.appendingPathComponent("evidence-pack-import-broken-\(name)"))
        }
    }

    @Test(.enabled(if: ExternalImporterCLITests.hasPython, "needs python3"))
    func brokenImportersCostOnlyTheirOwnFiles() throws {
        let python = try #require(Self.python())
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try Self.makeInputs(in: folder)
        let bin = folder.appendingPathComponent("bin")
        try Self.writeBrokenImporters(in: bin)
        for name in Self.brokenImporters.keys {
            try Data("a file only broken-\(name) claims\n".utf8).write(to: inputs.appendingPathComponent("broken/file.\(name)", isDirectory: false).creatingFolder())
        }
        let bag = folder.appendingPathComponent("pack")
        let environment = ["PATH": Self.path([bin, Self.example], python: python),
                           "EVIDENCE_PACK_IMPORTER_TIMEOUT": "3", "EVIDENCE_PACK_IMPORTER_MAX_OUTPUT": "1000000"]
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", bag.path, "--reference-date", "2026-11-20"], environment: environment)
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let pack = try Self.packJSON(bag)
        let diagnostics = (pack["diagnostics"] as? [[String: Any]]) ?? []
        func errorCodes(for path: String) -> [String] {
            diagnostics.filter { ($0["location"] as? [String: Any])?["path"] as? String == path && $0["severity"] as? String == "error" }
                .compactMap { $0["code"] as? String }
        }
        let expected = ["crash": "external.crashed", "garbage": "external.malformed-output", "hang": "external.timeout",
                        "flood": "external.output-limit", "future": "external.protocol-version", "exit": "external.exit-status"]
        for (name, code) in expected {
            #expect(errorCodes(for: "broken/file.\(name)") == [code], "broken/file.\(name)")
            #expect(result.stderr.contains("broken/file.\(name): error: [import] external importer broken-\(name)"), "\(name) not printed")
        }
        // The good files are unaffected.
        #expect(Self.records(pack, importer: "council-kpi").count == 1)
        #expect(!Self.records(pack, importer: "minutes-text").isEmpty)
        #expect(Self.records(pack, importer: "broken-garbage").isEmpty)
    }

    @Test(.enabled(if: ExternalImporterCLITests.hasPython, "needs python3"))
    func aPackCanNameAnImporterAndPinFilesToIt() throws {
        let python = try #require(Self.python())
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try Self.makeInputs(in: folder)
        // A KPI export under a name no pattern claims, pinned to the importer the pack names by path.
        try FileManager.default.moveItem(at: inputs.appendingPathComponent("kpi/performance-report-2026-09.csv"),
                                         to: inputs.appendingPathComponent("kpi/scorecard.export"))
        let packFolder = folder.appendingPathComponent("mypack")
        try FileManager.default.createDirectory(at: packFolder, withIntermediateDirectories: true)
        try """
        formatVersion: 1
        id: mypack
        title: My pack
        authority: {name: Exampleshire, code: E06000999}
        externalImporters:
          - \(Self.example.appendingPathComponent("evidence-pack-import-council-kpi").path)
        importers:
          - glob: 'kpi/*.export'
            importer: external:council-kpi
        sections: [{id: kpis, title: KPIs}]
        items:
          - id: kpi-referrals
            title: Referrals
            section: kpis
            satisfiedBy: {record: table, kpi: ['number of referrals*']}

        """.write(to: packFolder.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        let environment = ["PATH": Self.path([], python: python), "EVIDENCE_PACK_NO_PATH_IMPORTERS": "1"]
        let result = try CLIRunner.run(["check", packFolder.path, "--inputs", inputs.path, "--reference-date", "2026-11-20", "--json"], environment: environment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let item = ((summary["items"] as? [[String: Any]]) ?? []).first
        #expect(item?["status"] as? String == "present", "\(result.stdout)")

        let modules = try CLIRunner.run(["list-modules", "--pack", packFolder.path], environment: environment)
        #expect(modules.stdout.contains("council-kpi"))
        // A pack naming an importer that does not exist: an error naming the entry.
        try """
        formatVersion: 1
        id: mypack
        title: My pack
        externalImporters: [no-such-importer]
        sections: [{id: kpis, title: KPIs}]
        items: [{id: a, title: A, section: kpis, satisfiedBy: {record: table}}]

        """.write(to: packFolder.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        let missing = try CLIRunner.run(["check", packFolder.path, "--inputs", inputs.path, "--reference-date", "2026-11-20"], environment: environment)
        #expect(missing.stderr.contains("no-such-importer"))
        #expect(missing.stderr.contains("external.not-found"))
    }

    @Test(.enabled(if: ExternalImporterCLITests.hasPython, "needs python3"))
    func listModulesShowsExternalImportersWithVersions() throws {
        let python = try #require(Self.python())
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try Self.writeBrokenImporters(in: bin)
        let future = bin.appendingPathComponent("evidence-pack-import-next")
        try writeExecutable("#!/bin/sh\necho '{\"protocolVersion\": 2, \"id\": \"next\", \"version\": \"3.0.0\"}'\n", to: future)
        let environment = ["PATH": Self.path([bin, Self.example], python: python)]
        let text = try CLIRunner.run(["list-modules"], environment: environment)
        #expect(text.status == 0)
        #expect(text.stdout.contains("minutes-text"))
        let line = text.stdout.split(separator: "\n").first { $0.contains("council-kpi") }.map(String.init) ?? ""
        #expect(line.contains("1.0.0") && line.contains("external, protocol 1") && line.contains(Self.example.path))
        #expect(text.stdout.contains("not usable"))
        let json = try CLIRunner.run(["list-modules", "--json"], environment: environment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let modules = (object["modules"] as? [[String: Any]]) ?? []
        let kpi = try #require(modules.first { $0["id"] as? String == "council-kpi" })
        #expect(kpi["version"] as? String == "1.0.0")
        #expect(kpi["protocolVersion"] as? Int == 1)
        #expect(kpi["filePatterns"] as? [String] == ["*.csv"])
        #expect(modules.first { $0["id"] as? String == "next" }?["problem"] is String)
        #expect(modules.first { $0["id"] as? String == "minutes-text" }?["origin"] as? String == "built-in")
        if let validator = CLIRunner.python(with: "jsonschema, referencing") {
            let file = folder.appendingPathComponent("modules.json")
            try Data(json.stdout.utf8).write(to: file)
            let check = try CLIRunner.runProgram(validator, [CLIRunner.packageRoot.appendingPathComponent("scripts/validate-json.py").path,
                                                             CLIRunner.packageRoot.appendingPathComponent("Schemas/list-modules.schema.json").path, file.path])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
    }

    @Test(.enabled(if: CLIRunner.python(with: "jsonschema, referencing") != nil,
                   "needs python3 with the jsonschema package (bash scripts/install-dependencies.sh)"))
    func theExampleSpeaksTheProtocolTheSchemasDescribe() throws {
        let validator = try #require(CLIRunner.python(with: "jsonschema, referencing"))
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = CLIRunner.packageRoot.appendingPathComponent("scripts/validate-json.py").path
        let schemas = CLIRunner.packageRoot.appendingPathComponent("Schemas")
        func expectValid(_ text: String, _ schema: String) throws {
            let file = folder.appendingPathComponent("instance-\(UUID().uuidString).json")
            try Data(text.utf8).write(to: file)
            let result = try CLIRunner.runProgram(validator, [script, schemas.appendingPathComponent(schema).path, file.path])
            #expect(result.status == 0, "\(schema): \(result.stdout)\(result.stderr)")
        }
        let importer = Self.example.appendingPathComponent("evidence-pack-import-council-kpi")
        let about = try CLIRunner.runProgram(validator, [importer.path, "--about"])
        try expectValid(about.stdout, "external-importer-about.schema.json")

        // Capture the request the host really sends, with a stand-in that saves stdin and runs the example on it.
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let saved = folder.appendingPathComponent("request.json"), output = folder.appendingPathComponent("output.jsonl")
        let standIn = bin.appendingPathComponent("evidence-pack-import-council-kpi")
        try writeExecutable("#!/bin/sh\nif [ \"$1\" = --about ]; then exec '\(validator.path)' '\(importer.path)' --about; fi\ntee '\(saved.path)' | '\(validator.path)' '\(importer.path)' | tee '\(output.path)'\n", to: standIn)
        let result = try CLIRunner.run(["import", Self.exampleCSV.path], environment: ["PATH": Self.path([bin], python: validator)])
        #expect(result.status == 0, "\(result.stderr)")
        try expectValid(try String(contentsOf: saved, encoding: .utf8), "external-importer-request.schema.json")
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 2)
        for line in lines { try expectValid(String(line), "external-importer-output.schema.json") }
    }
}

private extension URL {
    /// Creates the file's folder and returns the URL.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
