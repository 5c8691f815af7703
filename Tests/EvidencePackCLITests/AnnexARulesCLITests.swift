import EvidenceFixtures
import Foundation
import Testing

/// `evidence-pack annex-a rules --json`: the catalogue of every Annex A check, by template year.
@Suite struct AnnexARulesCLITests {
    @Test func theRuleCatalogueListsEveryCheckWithCodeListColumnAndMessage() throws {
        let result = try CLIRunner.run(["annex-a", "rules", "--json", "--reference-date", "2026-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["template"] as? String == "2024")
        let rules = try #require(object["rules"] as? [[String: Any]])
        // Every rule has every key (null list/column for the rules on every list).
        for rule in rules {
            #expect(Set(rule.keys) == ["code", "list", "column", "severity", "message", "template"])
        }
        let codes = Set(rules.compactMap { $0["code"] as? String })
        #expect(codes.isSuperset(of: ["annexa.required", "annexa.date.invalid", "annexa.code.unknown", "annexa.integer.invalid",
                                      "annexa.date.order", "annexa.date.window", "annexa.duplicate", "annexa.header.missing"]))
        // List 1's date of birth must be a real date.
        #expect(rules.contains { $0["code"] as? String == "annexa.date.invalid" && $0["list"] as? Int == 1 && $0["column"] as? String == "Date of Birth" })
        // Every list has rules.
        #expect(Set(rules.compactMap { $0["list"] as? Int }) == Set(1...11))
    }

    @Test func anUnknownTemplateFailsWithExitTwo() throws {
        let result = try CLIRunner.run(["annex-a", "rules", "--template", "1999"])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }
}
