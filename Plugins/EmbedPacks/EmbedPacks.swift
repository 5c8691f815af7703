import Foundation
import PackagePlugin

/// Embeds the built-in packs: every `*.yaml` directly inside a folder of `Packs/` (the pack
/// definitions and the Annex A templates, never the example inputs below them) becomes a string
/// literal in a generated Swift source of the target that uses this plugin.
@main
struct EmbedPacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let packs = context.package.directoryURL.appendingPathComponent("Packs")
        let files = try Self.packFiles(under: packs)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedPackFiles.swift")
        let arguments = [output.path] + files.map { "\($0.name)=\($0.url.path)" }
        return [.buildCommand(displayName: "Embedding \(files.count) pack files from Packs/",
                              executable: try context.tool(named: "EmbedPackFiles").url,
                              arguments: arguments,
                              inputFiles: files.map(\.url),
                              outputFiles: [output])]
    }

    /// `(name under Packs/, file)` for each `Packs/<folder>/<file>.yaml`, sorted by name.
    static func packFiles(under packs: URL) throws -> [(name: String, url: URL)] {
        let fm = FileManager.default
        var found: [(name: String, url: URL)] = []
        for folder in try fm.contentsOfDirectory(atPath: packs.path).sorted() where !folder.hasPrefix(".") {
            let folderURL = packs.appendingPathComponent(folder)
            guard let names = try? fm.contentsOfDirectory(atPath: folderURL.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
                found.append((name: "\(folder)/\(name)", url: folderURL.appendingPathComponent(name)))
            }
        }
        return found
    }
}
