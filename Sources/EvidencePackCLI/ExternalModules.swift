import EvidenceModel
import EvidencePackCore
import Foundation

/// Adds external importers (on PATH, and those a pack names) to the built-in registry.
enum ExternalModules {
    /// The registry with the external importers found on PATH and named by `pack`, printing discovery
    /// problems (errors always, warnings unless quiet).
    static func registry(extending registry: ModuleRegistry, pack: PackDefinition?, quiet: Bool = false) async -> ModuleRegistry {
        let discovery = ExternalImporterDiscovery()
        let (extended, diagnostics) = await discovery.extend(
            registry, packEntries: pack?.externalImporters ?? [], packFolder: pack?.folder,
            packFile: pack.map { Console.displayPath($0.file) })
        Console.print(diagnostics, quiet: quiet, verbose: false)
        return extended
    }

    /// A pack with `external:<id>` pins turned into plain ids.
    static func resolvingPins(_ pack: PackDefinition) -> PackDefinition {
        var pack = pack
        pack.importerPins = pack.importerPins.map { pin in
            var pin = pin
            pin.importerID = ExternalImporterProtocol.bareID(pin.importerID)
            return pin
        }
        return pack
    }
}

extension PackOptions {
    /// Loads the pack definition and the modules it can use: the built-in ones, external importers on
    /// PATH and those the pack names. Pins are checked against all of them.
    func loadPackAndModules(registry: ModuleRegistry) async throws -> (PackDefinition, ModuleRegistry) {
        // A first, unchecked read only to learn which external importers the pack names.
        let draft = try loadPack(registry: nil)
        let extended = await ExternalModules.registry(extending: registry, pack: draft, quiet: quiet)
        return (ExternalModules.resolvingPins(try loadPack(registry: extended)), extended)
    }
}
