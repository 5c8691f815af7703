import EvidenceFixtures
import Foundation
import Testing

/// The CLI as a new user runs it: the bundled example, verification, determinism, exit codes.
@Suite(.serialized) struct EndToEndTests {
    let examples = "Packs/ilacs/examples/inputs"

    @Test func buildsTheBundledExampleIntoAValidBag() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack").path
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", examples, "--out", out, "--reference-date", "2026-11-20"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        #expect(result.stdout.contains("Pack written to \(out)"))
        let verify = try CLIRunner.run(["verify", out])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("valid BagIt 1.0 bag"))
        let attributes = try FileManager.default.attributesOfItem(atPath: out + "/data/pack.json")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: out + "/data")
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func twoBuildsOfTheSameInputsAreByteIdentical() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("one"), second = folder.appendingPathComponent("two")
        _ = try CLIRunner.run(["build", "ilacs", "--inputs", examples, "--out", first.path, "--reference-date", "2026-11-20"])
        _ = try CLIRunner.run(["build", "ilacs", "--inputs", examples, "--out", second.path, "--reference-date", "2026-11-20"])
        let a = try CLIRunner.snapshot(first), b = try CLIRunner.snapshot(second)
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test(.enabled(if: CLIRunner.python(with: "bagit") != nil, "needs python3 with the bagit package (pip install bagit)"))
    func bagitPythonAgreesWithVerify() throws {
        let python = try #require(CLIRunner.python(with: "bagit"))
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        _ = try CLIRunner.run(["build", "ilacs", "--inputs", examples, "--out", out.path, "--reference-date", "2026-11-20"])
        let valid = try CLIRunner.runProgram(python, ["-m", "bagit", "--validate", out.path])
        #expect(valid.status == 0, "\(valid.stderr)")

        // Change one byte of a payload file: both validators must refuse the bag.
        let payload = out.appendingPathComponent("data/gap-report.txt")
        var bytes = try Data(contentsOf: payload)
        bytes[0] ^= 0x01
        try bytes.write(to: payload)
        let invalid = try CLIRunner.runProgram(python, ["-m", "bagit", "--validate", out.path])
        #expect(invalid.status != 0)
        let verify = try CLIRunner.run(["verify", out.path])
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("data/gap-report.txt has changed"))
    }

    @Test func checkWritesNothingAndPrintsJSON() throws {
        let result = try CLIRunner.run(["check", "ilacs", "--inputs", examples, "--reference-date", "2026-11-20", "--json"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 4)
        #expect(object["command"] as? String == "check")
        #expect(object["output"] == nil)
        #expect((object["items"] as? [Any])?.isEmpty == false)
        #expect((object["exitCode"] as? Int).map(Int32.init) == result.status)
    }

    @Test func exitCodesAreDistinct() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Usage error.
        #expect(try CLIRunner.run(["build", "ilacs"]).status == 64)
        #expect(try CLIRunner.run(["check", "ilacs", "--inputs", examples, "--reference-date", "2026-02-30"]).status == 64)
        // Could not build: unknown pack, missing inputs, invalid pack definition.
        #expect(try CLIRunner.run(["check", "no-such-pack", "--inputs", examples]).status == 2)
        #expect(try CLIRunner.run(["check", "ilacs", "--inputs", folder.appendingPathComponent("nope").path]).status == 2)
        let badPack = folder.appendingPathComponent("pack.yaml")
        try Data("formatVersion: 1\nid: x\ntitle: X\nsections: []\nitems:\n  - id: a\n    title: A\n    section: s\n    satisfiedBy: {annexAList: 99}\n".utf8).write(to: badPack)
        let invalid = try CLIRunner.run(["check", badPack.path, "--inputs", examples])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("pack.yaml:8: error:"))
        #expect(invalid.stderr.contains("pack.yaml:9: error:"))
        // Incomplete: an empty inputs folder leaves required items missing.
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let incomplete = try CLIRunner.run(["check", "ilacs", "--inputs", empty.path, "--reference-date", "2026-11-20"])
        #expect(incomplete.status == 1)
        #expect(incomplete.stdout.contains("MISSING"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CLIRunner.samples.path), "needs ../shared/samples"))
    func importNeverCrashesOnTheSamples() throws {
        let kinds = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.samples.path)
        for kind in kinds.sorted() {
            let folder = CLIRunner.samples.appendingPathComponent(kind)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() {
                let result = try CLIRunner.run(["import", folder.appendingPathComponent(name).path])
                #expect([0, 1].contains(result.status), "\(kind)/\(name): \(result.stderr)")
                #expect(!result.stderr.contains("Fatal error"), "\(kind)/\(name)")
                #expect(result.stdout.contains("importer:"), "\(kind)/\(name)")
                let json = try CLIRunner.run(["import", "--json", folder.appendingPathComponent(name).path])
                #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "\(kind)/\(name)")
            }
        }
    }

    @Test func importPrintsTheRecordOneLineAtATime() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let file = folder.url.appendingPathComponent("item.txt")
        try Data("Agenda item\n\nSufficiency Strategy\n\nMinutes:\n\nRESOLVED that the strategy be approved.\n".utf8).write(to: file)
        let result = try CLIRunner.run(["import", file.path])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  document: agendaItem"))
        #expect(lines.contains("  title: Sufficiency Strategy"))
        #expect(!result.stdout.contains("\\n"))
    }

    @Test func listModulesShowsBuiltInModulesWithVersions() throws {
        let result = try CLIRunner.run(["list-modules"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("minutes-text"))
        #expect(result.stdout.contains("json"))
        let json = try CLIRunner.run(["list-modules", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["modules"] as? [[String: Any]])?.allSatisfy { $0["version"] is String } == true)
    }
}
