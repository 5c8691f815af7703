import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import JSONExporter
import LibXML
import Testing

/// Every machine-readable output checked against the schema shipped in Schemas/, with real outside
/// validators (Python `jsonschema`, `xmllint`), and the human index checked against the built bag.
@Suite(.serialized) struct OutputSchemaTests {
    let examples = "Packs/ilacs/examples/inputs"
    let referenceDate = "2026-11-20"
    static let schemas = CLIRunner.packageRoot.appendingPathComponent("Schemas")

    /// Python with jsonschema (and its `referencing` registry), or nil; the tests that need it are
    /// enabled only when it is there.
    func validatorPython() -> URL? { CLIRunner.python(with: "jsonschema, referencing") }

    /// True when python3 with jsonschema is installed.
    static let hasValidator = CLIRunner.python(with: "jsonschema, referencing") != nil

    /// xmllint's path, when installed.
    static let xmllint = (["/usr/bin/xmllint", "/usr/local/bin/xmllint"] + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/xmllint" })
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Validates JSON text against `Schemas/<schema>`; returns the validator's complaints ("" when valid).
    func problems(_ json: String, against schema: String, python: URL) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("instance-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(json.utf8).write(to: file)
        let script = CLIRunner.packageRoot.appendingPathComponent("scripts/validate-json.py").path
        let result = try CLIRunner.runProgram(python, [script, Self.schemas.appendingPathComponent(schema).path, file.path])
        return result.status == 0 ? nil : result.stdout + result.stderr
    }

    func expectValid(_ json: String, _ schema: String, python: URL, _ what: String) throws {
        let complaint = try problems(json, against: schema, python: python)
        #expect(complaint == nil, "\(what) does not match \(schema): \(complaint ?? "")")
    }

    func build(into folder: URL) throws -> (result: CLIRunner.Result, bag: URL) {
        let bag = folder.appendingPathComponent("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", examples, "--out", bag.path, "--reference-date", referenceDate, "--json"])
        return (result, bag)
    }

    @Test(.enabled(if: OutputSchemaTests.hasValidator, "needs python3 with the jsonschema package (bash scripts/install-dependencies.sh)"))
    func buildCheckAndVerifyOutputsMatchTheirSchemas() throws {
        let python = try #require(validatorPython())
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (built, bag) = try build(into: folder)
        #expect([0, 1].contains(built.status), "\(built.stderr)")
        try expectValid(built.stdout, "build-summary.schema.json", python: python, "build --json")
        try expectValid(try String(contentsOf: bag.appendingPathComponent("data/pack.json"), encoding: .utf8), "pack.schema.json", python: python, "data/pack.json")

        let checked = try CLIRunner.run(["check", "ilacs", "--inputs", examples, "--reference-date", referenceDate, "--json"])
        try expectValid(checked.stdout, "build-summary.schema.json", python: python, "check --json")

        let valid = try CLIRunner.run(["verify", "--json", bag.path])
        #expect(valid.status == 0)
        try expectValid(valid.stdout, "verify-result.schema.json", python: python, "verify --json (valid)")
        let payload = bag.appendingPathComponent("data/gap-report.txt")
        var bytes = try Data(contentsOf: payload)
        bytes[0] ^= 0x01
        try bytes.write(to: payload)
        let invalid = try CLIRunner.run(["verify", "--json", bag.path])
        #expect(invalid.status == 1)
        try expectValid(invalid.stdout, "verify-result.schema.json", python: python, "verify --json (invalid)")

        // Could not build: the output's parent is a file. The failure summary has its own shape.
        let blocker = folder.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let failed = try CLIRunner.run(["build", "ilacs", "--inputs", examples, "--out", blocker.appendingPathComponent("pack").path,
                                        "--reference-date", referenceDate, "--json"])
        #expect(failed.status == 2)
        #expect(failed.stdout.contains("\"ok\" : false"))
        try expectValid(failed.stdout, "build-summary.schema.json", python: python, "build --json (failed)")
    }

    @Test(.enabled(if: OutputSchemaTests.hasValidator, "needs python3 with the jsonschema package (bash scripts/install-dependencies.sh)"))
    func importOutputsMatchTheSchema() throws {
        let python = try #require(validatorPython())
        var files: [URL] = []
        let exampleRoot = CLIRunner.packageRoot.appendingPathComponent(examples)
        let enumerator = FileManager.default.enumerator(at: exampleRoot, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { files.append(url) }
        }
        if let kinds = try? FileManager.default.contentsOfDirectory(atPath: CLIRunner.samples.path) {
            for kind in kinds.sorted() {
                let folder = CLIRunner.samples.appendingPathComponent(kind)
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
                    files.append(folder.appendingPathComponent(name))
                }
            }
        } else {
            print("note: ../shared/samples is absent; import --json checked on the bundled example and made-up files only")
        }
        // Files no importer claims, an empty file, and bytes that are not text.
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = [("empty.txt", Data()), ("binary.bin", Data([0, 1, 2, 0xFF, 0xFE, 0x80])),
                    ("minutes-like.txt", Data("CORPORATE PARENTING BOARD\nMinutes of the meeting held on 9 March 2026\n\n1. Apologies\nNone.\n".utf8))]
        for (name, data) in made {
            let url = folder.appendingPathComponent(name)
            try data.write(to: url)
            files.append(url)
        }
        #expect(files.count >= 7)
        for file in files {
            let result = try CLIRunner.run(["import", "--json", "--reference-date", referenceDate, file.path])
            #expect([0, 1].contains(result.status), "\(file.lastPathComponent): \(result.stderr)")
            try expectValid(result.stdout, "import-result.schema.json", python: python, "import --json \(file.lastPathComponent)")
        }
    }

    @Test(.enabled(if: OutputSchemaTests.hasValidator, "needs python3 with the jsonschema package (bash scripts/install-dependencies.sh)"))
    func listModulesMatchesTheSchemaAndNamesTheExporters() throws {
        let python = try #require(validatorPython())
        let result = try CLIRunner.run(["list-modules", "--json"])
        #expect(result.status == 0)
        try expectValid(result.stdout, "list-modules.schema.json", python: python, "list-modules --json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let exporters = (object["modules"] as? [[String: Any]] ?? []).filter { $0["role"] as? String == "exporter" }
        let versions = Dictionary(uniqueKeysWithValues: exporters.compactMap { module in
            (module["id"] as? String).map { ($0, module["version"] as? String ?? "") }
        })
        #expect(versions["xml"] == "2.0.0")
        #expect(versions["html-index"] == "1.2.0")
        #expect(versions["annex-a-workbook"] == "1.1.0")
    }

    @Test(.enabled(if: OutputSchemaTests.hasValidator, "needs python3 with the jsonschema package (bash scripts/install-dependencies.sh)"))
    func annexARulesMatchTheSchema() throws {
        let python = try #require(validatorPython())
        let result = try CLIRunner.run(["annex-a", "rules", "--json", "--reference-date", "2026-11-20"])
        #expect(result.status == 0)
        try expectValid(result.stdout, "annex-a-rules.schema.json", python: python, "annex-a rules --json")
    }

    @Test(.enabled(if: OutputSchemaTests.hasValidator, "needs python3 with the jsonschema package (bash scripts/install-dependencies.sh)"))
    func packSchemaCoversEveryPartOfTheModel() async throws {
        let python = try #require(validatorPython())
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await JSONExporter().export(try BundleFixture.bundle(), to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: folder))
        let json = try String(contentsOf: folder.appendingPathComponent("pack.json"), encoding: .utf8)
        // Observations as columns: a suppressed value stays its symbol.
        #expect(json.contains(#""units":["percent"],"value":[22.6,20.7,18,22.4,21,19.5,22.1,20,"c"]"#))
        #expect(json.contains("\"region\":\"E12000001\""))
        try expectValid(json, "pack.schema.json", python: python, "the fixture bundle's pack.json")
    }

    @Test(.enabled(if: OutputSchemaTests.hasValidator, "needs python3 with the jsonschema package (bash scripts/install-dependencies.sh)"))
    func schemasRejectDrift() async throws {
        let python = try #require(validatorPython())
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await JSONExporter().export(try BundleFixture.bundle(), to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: folder))
        let json = try String(contentsOf: folder.appendingPathComponent("pack.json"), encoding: .utf8)
        let drifts: [(String, String)] = [
            ("an unknown top-level field", json.replacingOccurrences(of: "\"formatVersion\":5,", with: "\"formatVersion\":5, \"extra\":true,")),
            ("another format version", json.replacingOccurrences(of: "\"formatVersion\":5,", with: "\"formatVersion\":4,")),
            ("a date with a time", json.replacingOccurrences(of: "\"referenceDate\":\"2026-11-20\"", with: "\"referenceDate\":\"2026-11-20T00:00:00Z\"")),
            ("an unknown status", json.replacingOccurrences(of: "\"status\":\"stale\"", with: "\"status\":\"late\"")),
            ("an empty suppression symbol", json.replacingOccurrences(of: #"20,"c"]"#, with: #"20,""]"#)),
            ("a position that is not a whole number", json.replacingOccurrences(of: #""geography":[0,1,2,"#, with: #""geography":[0.5,1,2,"#)),
            ("observations as objects (formatVersion 4)", json.replacingOccurrences(of: #""observations":{"count":0,"geographies":[],"geography":[],"indicator":[],"indicators":[],"period":[],"periods":[],"unit":[],"units":[],"value":[]}"#, with: #""observations":[]"#)),
            ("a record without its type", json.replacingOccurrences(of: "\"type\":\"table\"", with: "\"kind\":\"table\"")),
            ("a warning without its reason", json.replacingOccurrences(of: "\"reason\":\"looks like a draft: the file name says so\"", with: "\"why\":\"draft\"")),
        ]
        for (what, drifted) in drifts {
            #expect(drifted != json, "\(what): the fixture no longer has the text to change")
            #expect(try problems(drifted, against: "pack.schema.json", python: python) != nil, "\(what) was accepted")
        }
        let summary = "{\"schemaVersion\":4,\"command\":\"build\",\"ok\":true,\"complete\":true,\"counts\":{\"present\":1},\"items\":[],\"diagnostics\":[],\"exitCode\":0}"
        #expect(try problems(summary, against: "build-summary.schema.json", python: python) != nil, "a successful summary without its pack was accepted")
    }

    @Test(.enabled(if: OutputSchemaTests.xmllint != nil, "needs xmllint (Debian: apt-get install libxml2-utils)"))
    func builtPackXMLValidatesWithXmllint() throws {
        let xmllint = try #require(Self.xmllint)
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, bag) = try build(into: folder)
        let result = try CLIRunner.runProgram(URL(fileURLWithPath: xmllint),
            ["--noout", "--nonet", "--schema", Self.schemas.appendingPathComponent("pack.xsd").path, bag.appendingPathComponent("data/pack.xml").path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func builtIndexShowsEveryItemAndItsLinksResolveInsideTheBag() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (built, bag) = try build(into: folder)
        #expect([0, 1].contains(built.status), "\(built.stderr)")
        let data = bag.appendingPathComponent("data")
        let bundle = try JSONDecoder().decode(EvidenceBundle.self, from: Data(contentsOf: data.appendingPathComponent("pack.json")))
        let html = try Data(contentsOf: data.appendingPathComponent("index.html"))
        let document = try HTMLDocument(bytes: Array(html))
        #expect(!bundle.items.isEmpty)
        for item in bundle.items {
            let row = try #require(document.first("//tr[@data-item='\(item.id)']"), "no row for \(item.id)")
            #expect(row.attribute("data-status") == item.status.rawValue)
            #expect(document.first(".//span[contains(@class,'badge')]", from: row)?.textContent.lowercased() == item.status.rawValue)
            let links = document.select(".//a/@href", from: row).map(\.textContent)
            #expect(links.count == item.files.count, "\(item.id)")
        }
        let targets = document.select("//@href | //@src").map(\.textContent)
        #expect(targets.contains { $0.hasPrefix("evidence/") }, "the example's minutes are linked")
        for target in targets {
            if target.hasPrefix("#") {
                // An in-page link (the action list and the changes link to their items' rows).
                #expect(document.first("//*[@id='\(target.dropFirst())']") != nil, "\(target) names no element of the page")
                continue
            }
            let lower = target.lowercased()
            #expect(!lower.hasPrefix("http://") && !lower.hasPrefix("https://") && !lower.hasPrefix("//"), "\(target)")
            let path = try #require(target.removingPercentEncoding, "\(target)")
            let file = data.appendingPathComponent(path).standardizedFileURL
            #expect(file.path.hasPrefix(data.standardizedFileURL.path + "/"), "\(target) leaves the payload")
            #expect(FileManager.default.fileExists(atPath: file.path), "\(target) does not exist in the bag")
        }
        // The page is listed in the bag's manifest like every other payload file.
        let manifest = try String(contentsOf: bag.appendingPathComponent("manifest-sha256.txt"), encoding: .utf8)
        #expect(manifest.contains("data/index.html"))
        #expect(manifest.contains("data/pack.xml"))
    }
}
