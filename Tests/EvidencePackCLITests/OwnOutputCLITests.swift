import EvidenceFixtures
import Foundation
import Testing

/// The natural SharePoint layout of issue 19: inputs in `Inspection/`, the pack in `Inspection/pack`.
@Suite(.serialized) struct OwnOutputCLITests {
    /// The sources and item statuses a built pack records.
    func sourcesAndStatuses(_ pack: URL) throws -> (sources: [String], statuses: [String]) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: pack.appendingPathComponent("data/pack.json"))) as? [String: Any])
        let sources = (json["sources"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        let statuses = (json["items"] as? [[String: Any]] ?? []).map { "\($0["id"] ?? ""): \($0["status"] ?? "")" }
        return (sources, statuses)
    }

    @Test func threeBuildsWithThePackInsideTheInputsGiveTheSameSourcesAndStatuses() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("Inspection")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs"), to: inputs)
        let pack = inputs.appendingPathComponent("pack")
        var seen: [(sources: [String], statuses: [String])] = []
        for run in 1...3 {
            // --no-cache: every build really rebuilds, so the previous pack sits in the inputs too.
            let result = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", pack.path, "--reference-date", "2026-11-20",
                                            "--no-cache", "--zip"])
            #expect([0, 1].contains(result.status), "build \(run): \(result.stderr)")
            #expect(result.stderr.components(separatedBy: "the output folder is inside the inputs; it is skipped").count == 2, "build \(run): \(result.stderr)")
            seen.append(try sourcesAndStatuses(pack))
        }
        #expect(FileManager.default.fileExists(atPath: inputs.appendingPathComponent("pack.previous").path))
        #expect(seen[0].sources.allSatisfy { !$0.hasPrefix("pack") })
        #expect(seen[1].sources == seen[0].sources && seen[2].sources == seen[0].sources)
        #expect(seen[1].statuses == seen[0].statuses && seen[2].statuses == seen[0].statuses)
    }

    @Test func aCacheInsideTheInputsIsNeverReadAsAnInput() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("Inspection")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs"), to: inputs)
        let pack = folder.appendingPathComponent("pack")
        let arguments = ["build", "ilacs", "--inputs", inputs.path, "--out", pack.path, "--reference-date", "2026-11-20",
                         "--cache", inputs.appendingPathComponent("cache").path]
        _ = try CLIRunner.run(arguments)
        let first = try sourcesAndStatuses(pack)
        let second = try CLIRunner.run(arguments)
        #expect(second.stderr.contains("the cache folder is inside the inputs; it is skipped"))
        #expect(second.stderr.contains("is up to date"), "\(second.stderr)")
        #expect(try sourcesAndStatuses(pack).sources == first.sources)
        #expect(first.sources.allSatisfy { !$0.hasPrefix("cache/") })
    }
}
