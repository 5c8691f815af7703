import ArgumentParser
import EvidenceModel
import EvidencePackCore
import Foundation

/// `evidence-pack explain ITEM --inputs DIR [PACK]`: why one item has its status, file by file.
struct ExplainCommand: RegistryCommand, AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why one item has its status: its rule in plain words, every file the rule considered, and why each did or did not count. Writes nothing.",
        discussion: """
        EXAMPLES:
          evidence-pack explain self-evaluation --inputs /data/ilacs
          evidence-pack explain self-evaluation monitoring-visit --inputs /data/ilacs

        EXIT CODES:
          0   the item was explained (whatever its status)
          2   the pack has no such item, or could not be read; the inputs folder does not exist
          64  usage error
        """)

    @Argument(help: "The item's id in the pack definition (e.g. self-evaluation).")
    var item: String

    @Argument(help: PackHelp.argument, completion: PackHelp.completion)
    var pack: String = "ilacs"

    @OptionGroup var packsDir: PacksDirOption

    @Option(name: .long, help: "The inputs folder (walked recursively; hidden files are skipped).")
    var inputs: String

    @Option(name: .long, help: ReferenceDate.help(default: "$SOURCE_DATE_EPOCH's day, else today"))
    var referenceDate: String?

    func validate() throws {
        try ReferenceDate.validate(referenceDate)
    }

    func run() async throws {
        throw ValidationError("internal: explain needs the module registry")
    }

    func run(registry: ModuleRegistry) async throws {
        let options = try PackOptions.parse([pack, "--inputs", inputs, "--quiet"] + (referenceDate.map { ["--reference-date", $0] } ?? [])
                                           + packsDir.folders.flatMap { ["--packs-dir", $0] })
        let (definition, registry) = try await options.loadPackAndModules(registry: registry)
        guard definition.items.contains(where: { $0.id == item }) else {
            Console.error("error: the pack '\(definition.identity.id)' has no item '\(item)'; its items are: \(definition.items.map(\.id).joined(separator: ", "))")
            throw ExitCode(ExitStatus.failed)
        }
        let referenceDate = options.resolvedReferenceDate()
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false), logger: options.logger())
        let outcome: BuildOutcome
        do {
            outcome = try await pipeline.check(BuildRequest(pack: definition, inputs: try options.inputsURL(), referenceDate: referenceDate))
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitStatus.failed)
        }
        let assembler = EvidenceAssembler(pack: definition, referenceDate: referenceDate)
        guard let explanation = assembler.explain(itemID: item, in: outcome.bundle) else { throw ExitCode(ExitStatus.failed) }
        for line in Self.lines(for: explanation) { Console.out(line) }
    }

    /// The explanation as lines for people: the item, its status, the rule, then each file considered.
    static func lines(for explanation: ItemExplanation) -> [String] {
        let item = explanation.item
        var lines = ["Item: \(item.id) — \(item.title) (\(item.required ? "required" : "optional"))",
                     "Status: \(item.status.words.uppercased()) — \(item.reason)",
                     "Supply: \(item.whatToSupply)",
                     "Rule: \(explanation.ruleInWords)"]
        let files = explanation.files
        lines.append(files.isEmpty ? "Files considered: none met any of the rule's criteria." : "Files considered (\(files.count)):")
        let width = files.map(\.outcome.words.count).max() ?? 0
        for file in files {
            let label = file.outcome.words.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("  \(label)  \(file.source): \(file.reason)")
        }
        for warning in item.warnings where !files.contains(where: { $0.source == warning.source }) {
            lines.append("  doubtful  \(warning.source): \(warning.reason)")
        }
        if !explanation.nearIndicators.isEmpty {
            lines.append("Indicator names in the inputs that share words with the item's patterns but do not match them:")
            for near in explanation.nearIndicators { lines.append("  '\(near.name)' (\(near.source))") }
        }
        for note in item.notes { lines.append("Note: \(note)") }
        let others = explanation.unrelatedFileCount
        lines.append("\(others) other input file\(others == 1 ? "" : "s") met none of the rule's criteria.")
        return lines
    }
}
