import AnnexA
import ArgumentParser
import EvidenceModel
import Foundation

/// `evidence-pack annex-a`: what the tool knows about Ofsted's Annex A template.
struct AnnexACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex-a",
        abstract: "Annex A: the rules each list is checked against.",
        subcommands: [AnnexARulesCommand.self])
}

/// The `--json` output of `annex-a rules` (schemaVersion 2; version 1 had no `sources` and no
/// rule `valueSet`, `evidence` or `basis`). See Schemas/annex-a-rules.schema.json.
struct AnnexARuleList: Codable {
    var schemaVersion = 2
    var template: String
    /// The sources the template spec was built from, by id (`S1` → `owner/repo@commit path`).
    var sources: [String: String]
    var rules: [AnnexARule]
}

/// `evidence-pack annex-a rules [--json] [--template YEAR | --reference-date D]`: the rule catalogue.
struct AnnexARulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every check made on the Annex A lists (code, list, column, severity, message, template year, and where the template says it).")

    @Flag(name: .long, help: "Print JSON: {schemaVersion, template, sources, rules: [{code, list, column, severity, message, template, valueSet, evidence, basis}]}.")
    var json = false

    @Option(name: .long, help: "The template version (e.g. 2024); default: the one in force on the reference date.")
    var template: String?

    @Option(name: .long, help: "The reference date (yyyy-mm-dd) choosing the template; default: today.")
    var referenceDate: String?

    func run() throws {
        let date: CalendarDate
        if let referenceDate {
            guard let parsed = CalendarDate(iso8601: referenceDate) else { throw ValidationError("--reference-date must be yyyy-mm-dd") }
            date = parsed
        } else {
            date = CalendarDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
        }
        var options: [String: String] = [:]
        if let template { options["annexATemplate"] = template }
        let chosen: AnnexATemplate
        switch AnnexATemplateChoice.template(referenceDate: date, options: options) {
        case .success(let found): chosen = found
        case .failure(let error):
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(ExitStatus.failed)
        }
        let rules = AnnexARuleCatalogue.rules(for: chosen)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(AnnexARuleList(template: chosen.template, sources: chosen.sources, rules: rules))
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("Annex A rules, template \(chosen.template): \(rules.count)")
        for rule in rules {
            let place = [rule.list.map { "List \($0)" }, rule.column.map { "'\($0)'" }].compactMap { $0 }.joined(separator: " ")
            let evidence = rule.evidence.isEmpty ? "" : " [\(rule.evidence.joined(separator: ", "))]"
            print("\(rule.code)\t\(rule.severity)\t\(place.isEmpty ? "every list" : place)\t\(rule.message)\t\(rule.basis)\(evidence)")
        }
    }
}
