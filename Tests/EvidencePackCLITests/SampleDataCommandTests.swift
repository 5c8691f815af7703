import EvidenceFixtures
import Foundation
import Testing

/// `evidence-pack sample-data` writes a seeded Annex A set that `import` then reads as valid lists.
@Suite struct SampleDataCommandTests {
    @Test func writesASeededSetThatImportsClean() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sample-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLIRunner.run(["sample-data", "--seed", "3", "--size", "tiny", "--list", "1", "3", "--", folder.appendingPathComponent("a").path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("list-1.csv: 100 rows"))
        let second = try CLIRunner.run(["sample-data", "--seed", "3", "--size", "tiny", "--list", "1", "3", "--", folder.appendingPathComponent("b").path])
        #expect(second.status == 0)
        for name in ["list-1.csv", "list-3.csv"] {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs between two runs with the same seed")
        }
        let imported = try CLIRunner.run(["import", folder.appendingPathComponent("a/list-3.csv").path, "--reference-date", "2026-11-20"])
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        #expect(imported.stdout.contains("List 3: Referrals"))
        #expect(!imported.stdout.contains("error:") && !imported.stdout.contains("warning:"))
    }

    @Test func plantsErrorsAndPrintsWhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sample-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["sample-data", "--seed", "1", "--size", "tiny", "--list", "3", "--errors", "invalidDate", "--", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let planted = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("planted:") })
        #expect(planted.contains("invalidDate") && planted.contains("'Date of Referral'"))
        let imported = try CLIRunner.run(["import", folder.appendingPathComponent("list-3.csv").path, "--reference-date", "2026-11-20"])
        #expect(imported.status == 1)
        #expect(imported.stdout.contains("annexa.date.invalid") || imported.stderr.contains("annexa.date.invalid"))
        let bad = try CLIRunner.run(["sample-data", "--errors", "nonsense", folder.path])
        #expect(bad.status == 64)
    }
}
