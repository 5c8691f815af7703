import ArgumentParser
import EvidencePackCore
import Foundation

/// The `--json` output of `list-modules` (Schemas/list-modules.schema.json, schemaVersion 1).
struct ModuleList: Codable {
    var schemaVersion = 1
    var modules: [ModuleDescriptor]
}

/// `evidence-pack list-modules`: the importers and exporters available, with their versions.
struct ListModulesCommand: RegistryCommand, AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list-modules",
        abstract: "List the importers and exporters available, with their versions.")

    @Flag(name: .long, help: "Print JSON (schema: Schemas/list-modules.schema.json).")
    var json = false

    func run() async throws {
        throw ValidationError("internal: list-modules needs the module registry")
    }

    func run(registry: ModuleRegistry) async throws {
        let modules = registry.importers.map(\.descriptor) + registry.exporters.map(\.descriptor)
        if json {
            FileHandle.standardOutput.write(try EvidenceJSON.encode(ModuleList(modules: modules)))
            return
        }
        for role in [ModuleDescriptor.Role.importer, .exporter] {
            Console.out(role == .importer ? "Importers:" : "Exporters:")
            for module in modules where module.role == role {
                let id = module.id.padding(toLength: 16, withPad: " ", startingAt: 0)
                let version = module.version.padding(toLength: 8, withPad: " ", startingAt: 0)
                Console.out("  \(id) \(version) \(module.summary) [\(module.origin)]")
            }
        }
    }
}
