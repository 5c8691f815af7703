import EvidenceFixtures
import Foundation
import Testing

/// `init` writes a council's overlay of the ILACS pack; `build` with it shows the council's decisions
/// in every output; a name and code that disagree are an error naming both.
@Suite(.serialized) struct InitCommandTests {
    let examples = CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs").path

    @Test func initLooksUpTheNameAndTheOverlayBuildsWithItsDecisions() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packFolder = folder.appendingPathComponent("council")
        let written = try CLIRunner.run(["init", packFolder.path, "--from", "ilacs", "--authority", "E06000999", "--inputs", examples])
        #expect(written.status == 0, "\(written.printed)")
        let packFile = packFolder.appendingPathComponent("pack.yaml")
        var text = try String(contentsOf: packFile, encoding: .utf8)
        #expect(text.contains("extends: \"ilacs\""))
        // The name comes from the example KPI files, which give E06000999 to Exampleshire.
        #expect(text.contains("name: \"Exampleshire\""))
        #expect(text.split(separator: "\n").count <= 30)
        text = text.replacingOccurrences(of: "items: []", with: """
        items:
          - id: response-last-inspection
            providedSeparately: "shown on the day"
          - id: early-help-strategy
            owner: "Head of Early Help"
            due: 2026-11-01
        """)
        try Data(text.utf8).write(to: packFile)
        let out = folder.appendingPathComponent("pack")
        let built = try CLIRunner.run(["build", packFolder.path, "--inputs", examples, "--out", out.path, "--reference-date", "2026-11-20", "--json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(built.stdout.utf8)) as? [String: Any], "\(built.stderr)")
        let items = try #require(summary["items"] as? [[String: Any]])
        let response = try #require(items.first { $0["id"] as? String == "response-last-inspection" })
        #expect(response["status"] as? String == "providedSeparately")
        #expect((response["decision"] as? [String: Any])?["note"] as? String == "shown on the day")
        let counts = try #require(summary["counts"] as? [String: Int])
        #expect(counts["providedSeparately"] == 1)
        let report = try String(contentsOf: out.appendingPathComponent("data/gap-report.txt"), encoding: .utf8)
        #expect(report.contains("Council decision: owner: Head of Early Help; due 2026-11-01 — OVERDUE"))
        let index = try String(contentsOf: out.appendingPathComponent("data/index.html"), encoding: .utf8)
        #expect(index.contains("Council decision: provided separately: shown on the day"))
        let packJSON = try String(contentsOf: out.appendingPathComponent("data/pack.json"), encoding: .utf8)
        #expect(packJSON.contains("\"providedSeparately\""))
    }

    @Test func aNameThatDisagreesWithTheCodeIsRefusedNamingBoth() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = try CLIRunner.run(["init", folder.appendingPathComponent("p").path, "--authority", "E06000999",
                                         "--name", "Middlesbrough", "--inputs", examples])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--name 'Middlesbrough' and code E06000999 disagree"))
        #expect(refused.stderr.contains("'Exampleshire'"))
        let malformed = try CLIRunner.run(["init", folder.appendingPathComponent("q").path, "--authority", "E6000999"])
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("'E6000999' is not an ONS code"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("q/pack.yaml").path))
    }
}
