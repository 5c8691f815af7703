import EvidenceFixtures
import Foundation
import Testing

/// Issue 19 item 3 through the CLI: the gap report and the index open with what to do next (each
/// required item not present, its rule in plain words, the files that nearly matched and why), then
/// the input files no item used; `explain` says why one item has its status, file by file.
@Suite(.serialized) struct ActionListCLITests {
    static let pack = """
    formatVersion: 1
    id: actions
    title: Action list
    exporters: [json, html-index]
    sections: [{id: s, title: S}]
    items:
      - id: self-evaluation
        title: Self-evaluation
        why: The authority's own view of its services.
        section: s
        satisfiedBy: {record: document, name: ['self[- ]?evaluation', '\\bSEF\\b']}
        maxAgeMonths: 12
      - id: lado
        title: LADO annual report
        section: s
        satisfiedBy: {record: document, name: ['\\bLADO\\b']}
    """

    /// A pack and inputs: an old SEF (matched, too old, so no item uses it), a draft SEF, a LADO report
    /// and a file no item wants.
    func inbox(in folder: URL) throws -> (pack: URL, inputs: URL) {
        let pack = folder.appendingPathComponent("pack")
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data(Self.pack.utf8).write(to: pack.appendingPathComponent("pack.yaml"))
        let rtf = Data("{\\rtf1\\ansi Report.}".utf8)
        try rtf.write(to: inputs.appendingPathComponent("SEF 2023-01-04.rtf"))
        try rtf.write(to: inputs.appendingPathComponent("SEF_DRAFT_2026-10-01.rtf"))
        try rtf.write(to: inputs.appendingPathComponent("LADO annual report 2026-07-14.rtf"))
        try rtf.write(to: inputs.appendingPathComponent("Fostering newsletter 2026-09-01.rtf"))
        return (pack, inputs)
    }

    @Test func theGapReportAndIndexOpenWithWhatToDoNext() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (pack, inputs) = try inbox(in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try CLIRunner.run(["build", pack.path, "--inputs", inputs.path, "--out", out.path,
                                        "--reference-date", "2026-11-20", "--no-cache", "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("data/gap-report.txt"), encoding: .utf8)
        let expected = """
        What to do next
          NEEDS REVIEW: self-evaluation — supply Self-evaluation: The authority's own view of its services.
              Rule: a document whose file name or title matches 'self[- ]?evaluation' or '\\bSEF\\b', dated on or after 2025-11-20 (12 months before 2026-11-20)
              Now: 1 found (1 needed), newest 2026-10-01, but 1 of them is doubtful: check the warnings before counting it
              2 files nearly matched:
                - SEF 2023-01-04.rtf because it is dated 2023-01-04, older than 12 months
                - SEF_DRAFT_2026-10-01.rtf because it looks like a draft: the file name says so

        Input files no item used (2):
          - Fostering newsletter 2026-09-01.rtf
          - SEF 2023-01-04.rtf
        """
        #expect(report.contains(expected), "\(report)")
        let actionsAt = try #require(report.range(of: "What to do next")).lowerBound
        let checklistAt = try #require(report.range(of: "S (1 of 2 present)")).lowerBound
        #expect(actionsAt < checklistAt)

        let html = try String(contentsOf: out.appendingPathComponent("data/index.html"), encoding: .utf8)
        let htmlActions = try #require(html.range(of: "<h2 id=\"actions\">What to do next</h2>")).lowerBound
        let htmlSummary = try #require(html.range(of: "<h2 id=\"summary\">")).lowerBound
        #expect(htmlActions < htmlSummary)
        #expect(html.contains("<code>SEF 2023-01-04.rtf</code> because it is dated 2023-01-04, older than 12 months"))
        #expect(html.contains("<h3 id=\"unused-inputs\">Input files no item used</h3>\n<p>2 input files matched no item:</p>\n<ul class=\"unused\"><li><code>Fostering newsletter 2026-09-01.rtf</code></li><li><code>SEF 2023-01-04.rtf</code></li></ul>"))
    }

    @Test func explainSaysWhyEachFileDidOrDidNotCount() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (pack, inputs) = try inbox(in: folder)
        let result = try CLIRunner.run(["explain", "self-evaluation", pack.path, "--inputs", inputs.path, "--reference-date", "2026-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = """
        Item: self-evaluation — Self-evaluation (required)
        Status: NEEDS REVIEW — 1 found (1 needed), newest 2026-10-01, but 1 of them is doubtful: check the warnings before counting it
        Supply: Self-evaluation: The authority's own view of its services.
        Rule: a document whose file name or title matches 'self[- ]?evaluation' or '\\bSEF\\b', dated on or after 2025-11-20 (12 months before 2026-11-20)
        Files considered (2):
          does not count (too old)  SEF 2023-01-04.rtf: it is dated 2023-01-04, older than 12 months
          counts only after review  SEF_DRAFT_2026-10-01.rtf: it looks like a draft: the file name says so
        2 other input files met none of the rule's criteria.

        """
        #expect(result.stdout == expected)
        #expect(!folder.path.isEmpty && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func explainAnUnknownItemExitsTwo() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (pack, inputs) = try inbox(in: folder)
        let result = try CLIRunner.run(["explain", "no-such-item", pack.path, "--inputs", inputs.path, "--reference-date", "2026-11-20"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("has no item 'no-such-item'; its items are: self-evaluation, lado"))
    }
}
