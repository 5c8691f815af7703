import EvidenceFixtures
import Foundation
import Testing

/// The messy inbox of issue 19 through the CLI: a LADO report in a folder named "Self-evaluation" does
/// not satisfy the self-evaluation item, and a draft SEF alone makes it "needs review" in every output
/// and in the exit code.
@Suite(.serialized) struct DoubtfulEvidenceCLITests {
    static let pack = """
    formatVersion: 1
    id: messy
    title: Messy inbox
    exporters: [json, xml, html-index]
    sections: [{id: s, title: S}]
    items:
      - id: self-evaluation
        title: Self-evaluation
        section: s
        satisfiedBy: {record: document, name: ['self[- ]?evaluation', '\\bSEF\\b']}
      - id: lado
        title: LADO annual report
        section: s
        satisfiedBy: {record: document, name: ['\\bLADO\\b']}
    """

    /// A pack folder and an inputs folder: the LADO report filed under "04 Self-evaluation", a draft SEF.
    func messyInbox(in folder: URL) throws -> (pack: URL, inputs: URL) {
        let pack = folder.appendingPathComponent("pack")
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("04 Self-evaluation"), withIntermediateDirectories: true)
        try Data(Self.pack.utf8).write(to: pack.appendingPathComponent("pack.yaml"))
        let rtf = Data("{\\rtf1\\ansi Annual report.}".utf8)
        try rtf.write(to: inputs.appendingPathComponent("04 Self-evaluation/LADO annual report 2025-07-14.rtf"))
        try rtf.write(to: inputs.appendingPathComponent("SEF_DRAFT_2026-10-01.rtf"))
        return (pack, inputs)
    }

    @Test func aDraftAloneNeedsReviewInEveryOutputAndExitsOne() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (pack, inputs) = try messyInbox(in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try CLIRunner.run(["build", pack.path, "--inputs", inputs.path, "--out", out.path,
                                        "--reference-date", "2026-11-20", "--json", "--no-cache"])
        #expect(result.status == 1, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counts = try #require(summary["counts"] as? [String: Int])
        #expect(counts["needsReview"] == 1)
        #expect(counts["present"] == 1)
        #expect(summary["complete"] as? Bool == false)

        let data = out.appendingPathComponent("data")
        let packJSON = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("pack.json"))) as? [String: Any])
        let items = try #require(packJSON["items"] as? [[String: Any]])
        let sef = try #require(items.first { $0["id"] as? String == "self-evaluation" })
        #expect(sef["status"] as? String == "needsReview")
        let warnings = try #require(sef["warnings"] as? [[String: String]])
        #expect(warnings == [["source": "SEF_DRAFT_2026-10-01.rtf", "reason": "looks like a draft: the file name says so"]])
        // The LADO report is not a self-evaluation, whatever its folder is called.
        #expect((sef["recordIDs"] as? [String])?.contains { $0.contains("LADO") } == false)
        #expect(items.first { $0["id"] as? String == "lado" }?["status"] as? String == "present")

        let xml = try String(contentsOf: data.appendingPathComponent("pack.xml"), encoding: .utf8)
        #expect(xml.contains("status=\"needsReview\""))
        #expect(xml.contains("<warning source=\"SEF_DRAFT_2026-10-01.rtf\">looks like a draft: the file name says so</warning>"))
        let html = try String(contentsOf: data.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("status-needsReview\">Needs review</span>"))
        let report = try String(contentsOf: data.appendingPathComponent("gap-report.txt"), encoding: .utf8)
        #expect(report.contains("NEEDS REVIEW  self-evaluation"))
        #expect(report.contains("! doubtful: SEF_DRAFT_2026-10-01.rtf: looks like a draft: the file name says so"))
    }

    @Test func checkExitsOneWhenARequiredItemNeedsReview() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (pack, inputs) = try messyInbox(in: folder)
        let result = try CLIRunner.run(["check", pack.path, "--inputs", inputs.path, "--reference-date", "2026-11-20"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("1 needs review"))
        #expect(result.stdout.contains("Incomplete: 1 required item(s) not present."))
    }

    /// A committee's list of meetings says when it meets, not what it decided: its meetings are no
    /// minutes, so they cannot make a "last three meetings' minutes" item present on their own.
    @Test func aListOfMeetingsIsNoMinutes() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("pack")
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data("""
        formatVersion: 1
        id: lists
        title: Lists
        exporters: [json]
        sections: [{id: s, title: S}]
        items:
          - id: corporate-parenting-minutes
            title: Corporate parenting board minutes (last three meetings)
            section: s
            satisfiedBy: {record: document, committee: ['corporate parenting']}
            maxAgeMonths: 12
            minimumCount: 3
        """.utf8).write(to: pack.appendingPathComponent("pack.yaml"))
        try Data("""
        Browse meetings - Corporate Parenting Panel
        This page lists the meetings for Corporate Parenting Panel.
        Tue 10 Nov 2026 6.00 pm
        Tue 8 Sep 2026 6.00 pm
        Tue 7 Jul 2026 6.00 pm
        """.utf8).write(to: inputs.appendingPathComponent("corporate-parenting-meetings.txt"))
        let out = folder.appendingPathComponent("out")
        let result = try CLIRunner.run(["build", pack.path, "--inputs", inputs.path, "--out", out.path,
                                        "--reference-date", "2026-11-20", "--json", "--no-cache"])
        #expect(result.status == 1, "\(result.stderr)")
        let packJSON = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("data/pack.json"))) as? [String: Any])
        let item = try #require((packJSON["items"] as? [[String: Any]])?.first)
        #expect(item["status"] as? String != "present")
        let warnings = item["warnings"] as? [[String: String]] ?? []
        #expect(warnings == [["source": "corporate-parenting-meetings.txt", "reason": "is known only from a list of meetings: no minutes of it were read"]])
        #expect(item["reason"] as? String == "3 found (3 needed), newest 2026-11-10, but 3 of them are doubtful: check the warnings before counting them")
    }
}

