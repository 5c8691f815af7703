import EvidenceFixtures
import EvidencePackCore
import Foundation
import Testing

/// Issue 23 item 5: file and folder names starting with `-` are read and carried, but under names that
/// no command run over the pack (`rm *`, `unzip`, a loop in a script) can take for an option.
@Suite(.serialized) struct DashNameTests {
    @Test func aCarriedNameNeverStartsWithADash() {
        #expect(EvidenceFilePlanner.safePath("-rf/--help.pdf") == "_-rf/_--help.pdf")
        #expect(EvidenceFilePlanner.safePath("docs/.-x.txt") == "docs/_-x.txt")
        #expect(EvidenceFilePlanner.safePath("docs/report-1.pdf") == "docs/report-1.pdf")
    }

    @Test func inputsNamedLikeOptionsAreCarriedUnderSafeNames() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent(RebuildSafetyTests.examples), to: inputs)
        let fm = FileManager.default
        try fm.moveItem(at: inputs.appendingPathComponent("documents"), to: inputs.appendingPathComponent("--documents"))
        try fm.moveItem(at: inputs.appendingPathComponent("--documents/self-evaluation-2026.txt"),
                        to: inputs.appendingPathComponent("--documents/-rf self-evaluation-2026.txt"))
        let out = folder.appendingPathComponent("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", out.path, "--reference-date", "2026-11-20"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let evidence = try fm.subpathsOfDirectory(atPath: out.appendingPathComponent("data/evidence").path)
        #expect(evidence.contains("_--documents/_-rf_self-evaluation-2026.txt"), "\(evidence)")
        #expect(!evidence.contains { $0.split(separator: "/").contains { $0.hasPrefix("-") } }, "\(evidence)")
        #expect(BagIt.verify(folder: out).isEmpty)
    }
}
