import EvidenceFixtures
import Foundation
import Testing

/// The binary needs no source tree or current folder; packs folders add to or replace the built-in
/// packs; a mistyped command, option, pack name or day is forgiven with a suggestion.
@Suite struct InstallableCLITests {
    static let examples = CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs").path

    /// A fresh empty folder, as the working folder of a run.
    func emptyFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ep-cwd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func buildsTheBuiltInPackFromAnEmptyFolder() throws {
        let cwd = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: cwd) }
        let packs = try CLIRunner.run(["packs"], currentDirectory: cwd, environment: ["EVIDENCE_PACK_PACKS": ""])
        #expect(packs.status == 0)
        #expect(packs.stdout.contains("ilacs") && packs.stdout.contains("built-in"))
        let out = cwd.appendingPathComponent("pack")
        let built = try CLIRunner.run(["build", "ilacs", "--inputs", Self.examples, "--out", out.path, "--reference-date", "2026-11-20", "--quiet"],
                                      currentDirectory: cwd)
        #expect([0, 1].contains(built.status), "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("data/annex-a/annex-a.xlsx").path))
        #expect(try CLIRunner.run(["verify", out.path], currentDirectory: cwd).status == 0)
    }

    /// `--packs-dir` and EVIDENCE_PACK_PACKS add packs and replace built-in ones; `packs` says so.
    @Test func packsFoldersAddAndReplaceBuiltInPacks() throws {
        let cwd = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: cwd) }
        let original = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/pack.yaml"), encoding: .utf8)
        for name in ["ilacs", "my-council"] {
            let folder = cwd.appendingPathComponent("packs/\(name)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(original.replacingOccurrences(of: "\nid: ilacs\n", with: "\nid: \(name)\n").utf8).write(to: folder.appendingPathComponent("pack.yaml"))
        }
        let listed = try CLIRunner.run(["packs", "--packs-dir", "packs", "--json"], currentDirectory: cwd)
        #expect(listed.status == 0, "\(listed.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let packs = try #require(json["packs"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: packs.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName["ilacs"]?["origin"] as? String == "dir")
        #expect(byName["ilacs"]?["replaces"] as? [String] == ["built-in"])
        #expect(byName["monitoring-visit"]?["origin"] as? String == "built-in")
        #expect(byName["my-council"]?["origin"] as? String == "dir")
        let check = try CLIRunner.run(["check", "my-council", "--inputs", Self.examples, "--reference-date", "2026-11-20", "--json"],
                                      currentDirectory: cwd, environment: ["EVIDENCE_PACK_PACKS": cwd.appendingPathComponent("packs").path])
        #expect([0, 1].contains(check.status), "\(check.stderr)")
        #expect(check.stdout.contains("\"my-council\""))
    }

    @Test func anUnknownPackNamesWhereItLookedAndTheNearestName() throws {
        let result = try CLIRunner.run(["check", "ilcas", "--inputs", Self.examples, "--packs-dir", "/nonexistent-packs"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent-packs/ilcas/pack.yaml"))
        #expect(result.stderr.contains("the built-in packs (ilacs, monitoring-visit)"))
        #expect(result.stderr.contains("Did you mean 'ilacs'?"))
    }

    @Test func mistypedSubcommandsAndOptionsAreUsageErrorsWithASuggestion() throws {
        let command = try CLIRunner.run(["biuld", "ilacs"])
        #expect(command.status == 64)
        #expect(command.stderr.contains("unknown subcommand 'biuld'. Did you mean 'build'?"))
        let option = try CLIRunner.run(["build", "ilacs", "--input", Self.examples, "--out", "/tmp/never"])
        #expect(option.status == 64)
        #expect(option.stderr.contains("unknown option '--input' for 'build'. Did you mean '--inputs'?"), "\(option.stderr)")
        let fine = try CLIRunner.run(["check", "ilacs", "--inputs=\(Self.examples)", "--reference-date", "2026-11-20", "--quiet"])
        #expect([0, 1].contains(fine.status), "\(fine.stderr)")
    }

    /// 20/11/2026 is the same day as 2026-11-20; 31/02/2026 is no day at all.
    @Test func theReferenceDateMayBeWrittenDayFirst() throws {
        let iso = try CLIRunner.run(["check", "ilacs", "--inputs", Self.examples, "--reference-date", "2026-11-20", "--json"])
        let british = try CLIRunner.run(["check", "ilacs", "--inputs", Self.examples, "--reference-date", "20/11/2026", "--json"])
        #expect(iso.status == british.status)
        #expect(british.stdout.contains("\"referenceDate\" : \"2026-11-20\"") || british.stdout.contains("2026-11-20"))
        #expect(iso.stdout.replacingOccurrences(of: #""durationSeconds" : [0-9.e-]+"#, with: "", options: .regularExpression)
                == british.stdout.replacingOccurrences(of: #""durationSeconds" : [0-9.e-]+"#, with: "", options: .regularExpression))
        let wrong = try CLIRunner.run(["check", "ilacs", "--inputs", Self.examples, "--reference-date", "31/02/2026"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("YYYY-MM-DD or DD/MM/YYYY"))
    }

    /// Each subcommand's help has examples; the exit codes shown are the ones it uses.
    @Test func everySubcommandsHelpHasExamplesAndOnlyItsExitCodes() throws {
        for command in ["build", "check", "explain", "import", "verify", "packs", "list-modules", "sample-data", "new-importer"] {
            let help = try CLIRunner.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("EXAMPLES:"), "\(command) --help has no examples")
        }
        let build = try CLIRunner.run(["build", "--help"]).stdout
        #expect(build.contains("75 ") && build.contains("130/143"))
        let check = try CLIRunner.run(["check", "--help"]).stdout
        #expect(check.contains("EXIT CODES:") && !check.contains("75 ") && !check.contains("130/143"))
        let root = try CLIRunner.run(["--help"]).stdout
        #expect(!root.contains("EXIT CODES:"))
        #expect(root.contains("EVIDENCE_PACK_PACKS") && root.contains("--packs-dir"))
    }
}
