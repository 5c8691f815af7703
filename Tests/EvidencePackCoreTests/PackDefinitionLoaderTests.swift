import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

@Suite struct PackDefinitionLoaderTests {
    let loader = PackDefinitionLoader(knownImporters: ["minutes-text", "csv-table"], knownExporters: ["json"])
    let file = URL(fileURLWithPath: "/packs/test/pack.yaml")

    func problems(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try loader.parse(yaml: yaml, file: file, displayPath: "pack.yaml")
            return []
        } catch let error as PackDefinitionError {
            return error.problems
        } catch {
            return [Diagnostic(.error, code: "unexpected", message: "\(error)")]
        }
    }

    let valid = """
    formatVersion: 1
    id: test
    title: Test pack
    exporters: [json]
    importers:
      - glob: "annex-a/*.csv"
        importer: csv-table
    sections:
      - id: gov
        title: Governance
    items:
      - id: cpb
        title: Corporate parenting board minutes
        section: gov
        basis: pack
        satisfiedBy:
          committee: ["corporate parenting"]
        maxAgeMonths: 12
        minimumCount: 3
      - id: list-1
        title: Annex A list 1
        section: gov
        required: false
        satisfiedBy:
          annexAList: 1
    """

    @Test func readsAValidDefinition() throws {
        let pack = try loader.parse(yaml: valid, file: file, displayPath: "pack.yaml")
        #expect(pack.identity.id == "test")
        #expect(pack.items.map(\.id) == ["cpb", "list-1"])
        #expect(pack.items[0].minimumCount == 3)
        #expect(pack.items[0].maxAgeMonths == 12)
        #expect(pack.items[0].line == 12)
        #expect(pack.items[1].required == false)
        #expect(pack.importerPins.first?.glob.matches("annex-a/list-1.csv") == true)
        #expect(pack.exporters.map(\.id) == ["json"])
    }

    @Test func reportsEveryProblemWithItsLine() {
        let yaml = """
        formatVersion: 1
        id: test
        title: Test pack
        exporters: [pdf]
        importers:
          - glob: "*.csv"
            importer: nonsense
        sections:
          - id: gov
            title: Governance
        items:
          - id: a
            title: A
            section: gov
            satisfiedBy:
              title: ["(unclosed"]
          - id: a
            title: Again
            section: nowhere
            satisfiedBy:
              annexAList: 12
          - id: b
            title: B
            section: gov
            satisfiedBy:
              committee: ["x"]
              kpi: [rereferral_percent]
        """
        let found = problems(yaml)
        let messages = found.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("4: unknown exporter 'pdf'") })
        #expect(messages.contains { $0.hasPrefix("7: unknown importer 'nonsense'") })
        #expect(messages.contains { $0.hasPrefix("16: '(unclosed' is not a valid regular expression") })
        #expect(messages.contains { $0.hasPrefix("17: duplicate item id 'a' (first defined on line 12)") })
        #expect(messages.contains { $0.hasPrefix("19: item 'a' names section 'nowhere'") })
        #expect(messages.contains { $0.hasPrefix("21: annexAList must be 1 to 11") })
        #expect(messages.contains { $0.contains("no record could match") })
        #expect(found.allSatisfy { $0.location?.path == "pack.yaml" })
    }

    @Test func reportsYAMLSyntaxErrorsWithLineAndColumn() throws {
        let found = problems("formatVersion: 1\nid: [unclosed\ntitle: x\n")
        let first = try #require(found.first)
        #expect(first.code == "pack.yaml-syntax")
        #expect(first.location?.line != nil)
    }

    @Test func refusesUnknownKeysAndWrongVersions() {
        let found = problems(valid.replacingOccurrences(of: "formatVersion: 1", with: "formatVersion: 2\nsurprise: yes"))
        #expect(found.contains { $0.message.contains("formatVersion 2 is not supported") && $0.location?.line == 1 })
        #expect(found.contains { $0.message.contains("unknown key 'surprise'") && $0.location?.line == 2 })
    }

    @Test func refusesARuleThatMatchesEverything() {
        let found = problems(valid.replacingOccurrences(of: "annexAList: 1", with: "{}").replacingOccurrences(of: "satisfiedBy:\n      {}", with: "satisfiedBy: {}"))
        #expect(found.contains { $0.message.contains("empty satisfiedBy") })
    }

    @Test func theBundledILACSPackLoads() throws {
        let packFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Packs/ilacs/pack.yaml")
        let pack = try PackDefinitionLoader().load(from: packFile)
        #expect(pack.identity.id == "ilacs")
        #expect(!pack.items.isEmpty)
    }
}
