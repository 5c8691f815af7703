import EvidenceFixtures
import Foundation
import Testing

/// Figures at the edge of what a number holds, as a council's file may state them by mistake
/// (`1e308` children, a link "99999999999999999999 KB"): the build reports what it can and writes
/// every output. Each of these once trapped converting to `Int`, or never ended drawing a chart.
@Suite struct ExtremeFigureTests {
    static let examples = CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs")

    @Test(.timeLimit(.minutes(3)))
    func figuresBeyondWholeNumbersAreReportedAndEveryOutputWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let inputs = folder.path("inputs")
        try FileManager.default.copyItem(at: Self.examples, to: inputs)
        // Two later years of the authority's count: the largest and smallest a Double holds, so their
        // difference (the year's change) and the chart's spread overflow.
        let table = inputs.appendingPathComponent("kpi/cla_number_and_rate_per_10k_children.csv")
        let row = "Reporting year,Local authority,E92000001,England,E12000008,South East,999,Exampleshire,E06000999,Children looked after on 31 March each year,90750"
        try Data(("2026," + row + ",1e308,-1e308\n2027," + row + ",-1e308,1e308\n").utf8).append(to: table)
        let minutes = inputs.appendingPathComponent("minutes/corporate-parenting-board-2026-09-14.txt")
        try Data("\nAppendix Z: data return (PDF, 99999999999999999999 KB)\n".utf8).append(to: minutes)

        let out = folder.path("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", out.path, "--reference-date", "2026-11-20", "--no-cache", "--quiet"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr.suffix(2_000))")
        for output in ["pack.json", "pack.xml", "index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("data/\(output)").path), "\(output)")
        }
        let json = try String(contentsOf: out.appendingPathComponent("data/pack.json"), encoding: .utf8)
        #expect(json.contains("1e+308"))
    }
}

private extension Data {
    func append(to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: self)
    }
}
