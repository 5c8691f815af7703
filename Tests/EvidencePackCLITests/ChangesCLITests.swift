import EvidenceFixtures
import Foundation
import Testing

/// Issue 19 item 4 through the CLI: a build compares with the pack it replaces and shows what changed
/// in the gap report, the index and the `--json` summary; `--fail-on new-problems` exits 1 only when
/// something got worse.
@Suite(.serialized) struct ChangesCLITests {
    static let pack = """
    formatVersion: 1
    id: changes
    title: Changes
    exporters: [json, html-index]
    sections: [{id: s, title: S}]
    items:
      - id: self-evaluation
        title: Self-evaluation
        section: s
        satisfiedBy: {record: document, name: ['\\bSEF\\b']}
        maxAgeMonths: 12
      - id: lado
        title: LADO annual report
        section: s
        satisfiedBy: {record: document, name: ['\\bLADO\\b']}
    """

    struct Fixture {
        var pack: URL
        var inputs: URL
        var out: URL

        /// Builds with --json and returns the exit status, the summary's `changes` and the gap report.
        func build(_ extra: [String] = []) throws -> (status: Int32, changes: [String: Any], report: String) {
            let result = try CLIRunner.run(["build", pack.path, "--inputs", inputs.path, "--out", out.path,
                                            "--reference-date", "2026-11-20", "--json", "--fail-on", "new-problems"] + extra)
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
            #expect(summary["schemaVersion"] as? Int == 4)
            #expect(summary["exitCode"] as? Int == Int(result.status))
            let changes = try #require(summary["changes"] as? [String: Any])
            let report = try String(contentsOf: out.appendingPathComponent("data/gap-report.txt"), encoding: .utf8)
            return (result.status, changes, report)
        }
    }

    func fixture(in folder: URL) throws -> Fixture {
        let pack = folder.appendingPathComponent("pack")
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data(Self.pack.utf8).write(to: pack.appendingPathComponent("pack.yaml"))
        try Data("{\\rtf1\\ansi Self-evaluation.}".utf8).write(to: inputs.appendingPathComponent("SEF 2026-10-01.rtf"))
        try Data("{\\rtf1\\ansi Annual report.}".utf8).write(to: inputs.appendingPathComponent("LADO annual report 2026-07-14.rtf"))
        return Fixture(pack: pack, inputs: inputs, out: folder.appendingPathComponent("out"))
    }

    /// Every list of a `changes` object empty.
    func isEmpty(_ changes: [String: Any]) -> Bool {
        ["items", "evidence", "annexA", "kpis"].allSatisfy { (changes[$0] as? [Any])?.isEmpty == true }
            && changes["newErrors"] as? Int == 0 && changes["fixedErrors"] as? Int == 0
    }

    @Test func anUnchangedRebuildShowsNoChangesAndExitsZero() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try fixture(in: folder)
        let first = try fixture.build()
        #expect(first.status == 0)
        #expect(first.changes["previousPackFound"] as? Bool == false)
        #expect(first.report.contains("Changes since the previous build: none to show (there is no previous pack to compare with)"))
        for extra in [[], ["--no-cache"]] {
            let again = try fixture.build(extra)
            #expect(again.status == 0, "\(extra)")
            #expect(again.changes["previousPackFound"] as? Bool == true)
            #expect(isEmpty(again.changes), "\(again.changes)")
        }
        let rebuilt = try fixture.build(["--no-cache"])
        #expect(rebuilt.report.contains("\nChanges since the previous build (reference date 2026-11-20): none\n"), "\(rebuilt.report)")
        let html = try String(contentsOf: fixture.out.appendingPathComponent("data/index.html"), encoding: .utf8)
        #expect(html.contains("<h2 id=\"changes\">Changes since the previous build</h2>"))
        #expect(html.contains("<p>None.</p>"))
    }

    @Test func changingOneInputShowsExactlyThatChange() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try fixture(in: folder)
        #expect(try fixture.build().status == 0)
        try Data("{\\rtf1\\ansi Self-evaluation, revised.}".utf8).write(to: fixture.inputs.appendingPathComponent("SEF 2026-10-01.rtf"))
        let changed = try fixture.build()
        #expect(changed.status == 0)
        let evidence = try #require(changed.changes["evidence"] as? [[String: String]])
        #expect(evidence.count == 1)
        #expect(evidence.first?["path"] == "SEF 2026-10-01.rtf")
        #expect(evidence.first?["change"] == "changed")
        let before = try #require(evidence.first?["sha256Before"]), after = try #require(evidence.first?["sha256After"])
        #expect(before.count == 64 && after.count == 64 && before != after)
        #expect((changed.changes["items"] as? [Any])?.isEmpty == true)
        let section = try #require(changed.report.components(separatedBy: "\nChanges since the previous build").dropFirst().first)
        let lines = section.components(separatedBy: "\n\n").first?.components(separatedBy: "\n") ?? []
        #expect(lines == [" (reference date 2026-11-20)",
                          "  File changed: SEF 2026-10-01.rtf (sha256 \(before.prefix(12)) → \(after.prefix(12)))"], "\(changed.report)")
        let html = try String(contentsOf: fixture.out.appendingPathComponent("data/index.html"), encoding: .utf8)
        #expect(html.contains("<ul class=\"changes\"><li>File changed: <code>SEF 2026-10-01.rtf</code></li></ul>"))
    }

    @Test func somethingGettingWorseExitsOneWithFailOnNewProblems() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try fixture(in: folder)
        #expect(try fixture.build().status == 0)
        try FileManager.default.removeItem(at: fixture.inputs.appendingPathComponent("LADO annual report 2026-07-14.rtf"))
        let worse = try fixture.build()
        #expect(worse.status == 1)
        let items = try #require(worse.changes["items"] as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["id"] as? String == "lado")
        #expect(items.first?["from"] as? String == "present")
        #expect(items.first?["to"] as? String == "missing")
        #expect(items.first?["worsened"] as? Bool == true)
        #expect((worse.changes["evidence"] as? [[String: String]])?.map { $0["change"] } == ["removed"])
        #expect(worse.report.contains("Changes since the previous build (reference date 2026-11-20): something got worse\n  Item lado (LADO annual report): present → missing (worse)\n  File removed: LADO annual report 2026-07-14.rtf"))
        // Still incomplete, but nothing new got worse: exit 0 with --fail-on new-problems, 1 without.
        #expect(try fixture.build(["--no-cache"]).status == 0)
        let plain = try CLIRunner.run(["build", fixture.pack.path, "--inputs", fixture.inputs.path, "--out", fixture.out.path,
                                       "--reference-date", "2026-11-20", "--quiet", "--no-cache"])
        #expect(plain.status == 1)
    }
}
