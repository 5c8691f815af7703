import ArgumentParser
import EvidencePackCore
import Foundation

/// The `--json` output of `list-modules` (Schemas/list-modules.schema.json, schemaVersion 1).
struct ModuleList: Codable {
    var schemaVersion = 1
    var modules: [ModuleEntry]
}

/// One module in `list-modules --json`: its descriptor, plus the protocol details of an external importer.
struct ModuleEntry: Codable {
    var id: String
    var version: String
    var role: ModuleDescriptor.Role
    var summary: String
    var mediaTypes: [String]
    var fileExtensions: [String]
    var origin: String
    /// External importers only: the protocol version they speak.
    var protocolVersion: Int?
    /// External importers only: the file globs they claim.
    var filePatterns: [String]?
    /// External importers only: why they cannot be used, when they cannot.
    var problem: String?

    init(_ descriptor: ModuleDescriptor, external: ExternalImporter? = nil) {
        id = descriptor.id
        version = descriptor.version
        role = descriptor.role
        summary = descriptor.summary
        mediaTypes = descriptor.mediaTypes
        fileExtensions = descriptor.fileExtensions
        origin = descriptor.origin
        protocolVersion = external?.about.protocolVersion
        filePatterns = external.map { $0.about.filePatterns ?? [] }
        problem = external?.problem
    }
}

/// `evidence-pack list-modules`: the importers and exporters available, with their versions.
struct ListModulesCommand: RegistryCommand, AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list-modules",
        abstract: "List the importers and exporters available, with their versions: built-in ones, and external importers found on PATH (evidence-pack-import-*) or named by --pack.",
        discussion: """
        EXAMPLES:
          evidence-pack list-modules
          evidence-pack list-modules --pack ilacs --json

        EXIT CODES:
          0   listed
          2   the pack given with --pack was not found or is invalid
          64  usage error
        """)

    @Flag(name: .long, help: "Print JSON (schema: Schemas/list-modules.schema.json).")
    var json = false

    @Option(name: .long, help: "Also list the external importers this pack definition names.", completion: PackHelp.completion)
    var pack: String?

    @OptionGroup var packsDir: PacksDirOption

    func run() async throws {
        throw ValidationError("internal: list-modules needs the module registry")
    }

    func run(registry builtins: ModuleRegistry) async throws {
        var packDefinition: PackDefinition?
        if let pack {
            packsDir.apply()
            let file = try PackLookup.file(for: pack)
            do {
                packDefinition = try PackDefinitionLoader().load(from: file, displayPath: Console.displayPath(file))
            } catch let error as PackDefinitionError {
                for problem in error.problems { Console.error(problem.description) }
                throw ExitCode(ExitStatus.failed)
            }
        }
        let registry = await ExternalModules.registry(extending: builtins, pack: packDefinition)
        let entries = registry.importers.map { ModuleEntry($0.descriptor, external: $0 as? ExternalImporter) }
            + registry.exporters.map { ModuleEntry($0.descriptor) }
        if json {
            FileHandle.standardOutput.write(try EvidenceJSON.encode(ModuleList(modules: entries)))
            return
        }
        for role in [ModuleDescriptor.Role.importer, .exporter] {
            Console.out(role == .importer ? "Importers:" : "Exporters:")
            for module in entries where module.role == role {
                let id = module.id.padding(toLength: 16, withPad: " ", startingAt: 0)
                let version = module.version.padding(toLength: 8, withPad: " ", startingAt: 0)
                let origin = module.protocolVersion.map { "external, protocol \($0): \(module.origin)" } ?? module.origin
                Console.out("  \(id) \(version) \(module.summary) [\(origin)]\(module.problem.map { " — not usable: \($0)" } ?? "")")
            }
        }
    }
}
