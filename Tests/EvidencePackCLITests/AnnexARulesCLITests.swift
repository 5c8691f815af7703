import EvidenceFixtures
import Foundation
import Testing

/// `evidence-pack annex-a rules --json`: the catalogue of every Annex A check, by template year.
@Suite struct AnnexARulesCLITests {
    @Test func theRuleCatalogueListsEveryCheckWithCodeListColumnAndMessage() throws {
        let result = try CLIRunner.run(["annex-a", "rules", "--json", "--reference-date", "2026-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 2)
        #expect(object["template"] as? String == "2024")
        let rules = try #require(object["rules"] as? [[String: Any]])
        // Every rule has every key (null list/column for the rules on every list).
        for rule in rules {
            #expect(Set(rule.keys) == ["code", "list", "column", "severity", "message", "template", "valueSet", "evidence", "basis"])
            #expect(!(rule["basis"] as? String ?? "").isEmpty)
        }
        // Every source a rule cites is spelled out.
        let sources = try #require(object["sources"] as? [String: String])
        let cited = Set(rules.flatMap { $0["evidence"] as? [String] ?? [] })
        #expect(!cited.isEmpty)
        #expect(cited.isSubset(of: Set(sources.keys)))
        let codes = Set(rules.compactMap { $0["code"] as? String })
        #expect(codes.isSuperset(of: ["annexa.required", "annexa.date.invalid", "annexa.code.unknown", "annexa.integer.invalid",
                                      "annexa.date.order", "annexa.date.window", "annexa.duplicate", "annexa.header.missing"]))
        // List 1's date of birth must be a real date.
        #expect(rules.contains { $0["code"] as? String == "annexa.date.invalid" && $0["list"] as? Int == 1 && $0["column"] as? String == "Date of Birth" })
        // A code rule names its code list and the sources of the column and the list.
        let gender = try #require(rules.first { $0["code"] as? String == "annexa.code.unknown" && $0["list"] as? Int == 1 && $0["column"] as? String == "Gender" })
        #expect(gender["valueSet"] as? String == "gender")
        #expect((gender["evidence"] as? [String])?.contains("S4") == true)
        // What the template allows is in the catalogue too: decimal ages and spellings of codes, as notes.
        #expect(rules.contains { $0["code"] as? String == "annexa.integer.fraction" && $0["column"] as? String == "Age" && $0["severity"] as? String == "note" })
        let ethnicity = try #require(rules.first { $0["code"] as? String == "annexa.code.normalised" && $0["list"] as? Int == 1 && $0["column"] as? String == "Ethnicity" })
        #expect((ethnicity["basis"] as? String ?? "").contains("'s) NOBT'"))
        #expect(rules.contains { $0["code"] as? String == "annexa.postcode.invalid" && $0["list"] as? Int == 8 })
        // Every list has rules.
        #expect(Set(rules.compactMap { $0["list"] as? Int }) == Set(1...11))
    }

    @Test func anUnknownTemplateFailsWithExitTwo() throws {
        let result = try CLIRunner.run(["annex-a", "rules", "--template", "1999"])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }
}
