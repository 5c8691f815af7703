import ArgumentParser
import EvidenceModel
import EvidencePackCore
import Foundation

/// `evidence-pack init DIR --from ilacs --authority CODE`: writes a council's own small pack that
/// `extends` a base pack and holds only its lines (authority, decisions on items), so the base pack's
/// later improvements reach it without a fork.
struct InitCommand: RegistryCommand, AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a council's own pack (DIR/pack.yaml) that extends a base pack and holds only the council's lines.",
        discussion: """
        The pack written names the base (extends: ilacs) and the authority; add your decisions on items
        under `items:` (notApplicable, providedSeparately, owner, due, or a changed rule). Everything else
        comes from the base pack, so its later improvements reach yours.

        With --inputs, the authority's name is looked up in the KPI files there (DfE downloads list every
        authority by ONS code); with --name as well, the two must agree.

        EXAMPLES:
          evidence-pack init my-pack --from ilacs --authority E06000047 --inputs ~/Inspection
          evidence-pack build my-pack --inputs ~/Inspection --out ~/Inspection/pack

        EXIT CODES:
          0   the pack was written
          2   DIR/pack.yaml exists (use --force), the base pack or inputs could not be read, or the
              authority's code is malformed or disagrees with --name
          64  usage error
        """)

    @Argument(help: "The folder to write pack.yaml in (created when missing).")
    var folder: String

    @Option(name: .long, help: "The base pack: a built-in name (e.g. ilacs), a folder holding pack.yaml, or a pack.yaml path.")
    var from: String = "ilacs"

    @Option(name: .long, help: "The authority's ONS code (E06, E08, E09 or E10 and six digits, e.g. E06000047).")
    var authority: String

    @Option(name: .long, help: "The authority's name (default: looked up by code in the KPI files of --inputs).")
    var name: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Statistical neighbours' ONS codes.")
    var neighbours: [String] = []

    @Option(name: .long, help: "An inputs folder whose KPI files give the authority's name.")
    var inputs: String?

    @Flag(name: .long, help: "Replace DIR/pack.yaml when it exists.")
    var force = false

    @OptionGroup var packsDir: PacksDirOption

    func validate() throws {
        for code in [authority] + neighbours where !AuthorityCode.isWellFormed(code) {
            throw ValidationError("'\(code)' is not an ONS code of an English local authority with children's services (E06, E08, E09 or E10 and six digits, e.g. E06000047)")
        }
    }

    func run() async throws {
        throw ValidationError("internal: init needs the module registry")
    }

    func run(registry: ModuleRegistry) async throws {
        packsDir.apply()
        let base = try PackOptions.parse([from, "--inputs", inputs ?? ".", "--quiet"])
        let (definition, registry) = try await base.loadPackAndModules(registry: registry)
        let target = URL(fileURLWithPath: folder).standardizedFileURL.appendingPathComponent("pack.yaml")
        if FileManager.default.fileExists(atPath: target.path), !force {
            Console.error("error: \(Console.displayPath(target)) exists; pass --force to replace it")
            throw ExitCode(ExitStatus.failed)
        }
        let known = try await namesInInputs(pack: definition, registry: registry)
        let authorityName = try resolvedName(known: known)
        let text = OverlayTemplate(base: extendsValue(), baseTitle: definition.identity.title,
                                   authority: AuthoritySpec(name: authorityName, code: authority, statisticalNeighbours: neighbours),
                                   exampleItemIDs: Array(definition.items.map(\.id).prefix(3))).text
        try write(text, to: target)
        // The pack written must load: any problem is this command's, not the user's.
        _ = try PackDefinitionLoader().load(from: target, displayPath: Console.displayPath(target))
        Console.out("Wrote \(Console.displayPath(target)): extends '\(from)', authority \(authorityName ?? "(name not found: add it)") \(authority).")
        if authorityName == nil {
            Console.out("note: the name of \(authority) was not given (--name) nor found in KPI files (--inputs); add it under authority: in pack.yaml")
        }
        Console.out("Next: evidence-pack build \(Console.displayPath(target.deletingLastPathComponent())) --inputs DIR --out DIR")
    }

    /// `extends:` as written: a name stays a name; a path becomes absolute, so the overlay works from anywhere.
    func extendsValue() -> String {
        guard from.contains("/") else { return from }
        return URL(fileURLWithPath: from).standardizedFileURL.path
    }

    /// The names the inputs' KPI files give the authority's code (empty without --inputs).
    func namesInInputs(pack: PackDefinition, registry: ModuleRegistry) async throws -> Set<String> {
        guard let inputs else { return [] }
        let options = try PackOptions.parse([from, "--inputs", inputs, "--quiet"])
        var unbound = pack
        unbound.authority = nil
        let outcome: BuildOutcome
        do {
            outcome = try await Pipeline(registry: registry, progress: ProgressReporter(enabled: false), logger: options.logger())
                .check(BuildRequest(pack: unbound, inputs: try options.inputsURL(), referenceDate: options.resolvedReferenceDate()))
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitStatus.failed)
        }
        var names = Set<String>()
        for record in outcome.bundle.records {
            guard let table = record.table, table.kind == .kpi else { continue }
            for observation in table.observations where observation.geography.level == .localAuthority
                && observation.geography.code?.caseInsensitiveCompare(authority) == .orderedSame {
                names.insert(observation.geography.name)
            }
        }
        return names
    }

    /// The name to write: --name, checked against the KPI files when they know the code; else the one
    /// name the KPI files give; nil when neither says.
    func resolvedName(known: Set<String>) throws -> String? {
        if let name {
            if !known.isEmpty, !known.contains(where: { AuthorityCheck.namesAgree($0, name) }) {
                Console.error("error: --name '\(name)' and code \(authority) disagree: the KPI files give \(authority) to '\(known.sorted().joined(separator: "', '"))'")
                throw ExitCode(ExitStatus.failed)
            }
            return name
        }
        return known.count == 1 ? known.first : known.sorted().first
    }

    func write(_ text: String, to target: URL) throws {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true,
                                   attributes: [.posixPermissions: 0o750])
            try Data(text.utf8).write(to: target, options: .atomic)
            try fm.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        } catch {
            Console.error("error: cannot write \(Console.displayPath(target)): \(error.localizedDescription)")
            throw ExitCode(ExitStatus.failed)
        }
    }
}

/// The text of a new overlay pack: the base, the authority, and commented examples of decisions.
struct OverlayTemplate {
    var base: String
    var baseTitle: String
    var authority: AuthoritySpec
    var exampleItemIDs: [String]

    var text: String {
        var lines = [
            "# \(authority.name ?? authority.code ?? "This council")'s evidence pack: '\(base)' (\(baseTitle)) with this council's own lines.",
            "# Everything not written here comes from '\(base)', so its later improvements reach this pack.",
            "formatVersion: 1",
            "extends: \(Self.quoted(base))",
            "",
            "authority:",
        ]
        if let name = authority.name { lines.append("  name: \(Self.quoted(name))") } else { lines.append("  # name: the authority's name") }
        lines.append("  code: \(authority.code ?? "")")
        lines.append("  statisticalNeighbours: [\(authority.statisticalNeighbours.joined(separator: ", "))]")
        lines += [
            "",
            "# Your decisions on the base pack's items (by id; `evidence-pack explain ID` shows an item's rule):",
            "#   notApplicable: why it does not apply      providedSeparately: where it is (e.g. shown on the day)",
            "#   owner: who supplies it                    due: YYYY-MM-DD",
            "# or any item key (title, required, maxAgeMonths, satisfiedBy, ...) to change the base's rule;",
            "# an entry with a new id (with title, section and satisfiedBy) adds an item.",
            "items: []",
        ]
        let examples = exampleItemIDs.isEmpty ? ["an-item-id"] : exampleItemIDs
        lines.append("# items:")
        lines.append("#   - id: \(examples[0])")
        lines.append("#     owner: \"Head of Performance\"")
        lines.append("#     due: 2027-01-31")
        if examples.count > 1 {
            lines.append("#   - id: \(examples[1])")
            lines.append("#     providedSeparately: \"shown on the day\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
