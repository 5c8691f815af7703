import BuiltinPacks
import EvidencePackCore
import Foundation
import Testing

/// The built-in packs, packs folders on disk, and how a pack argument resolves.
@Suite struct PackCatalogTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `Packs/<folder>/*.yaml` of the source tree is embedded byte for byte, and nothing else is
    /// (the example inputs stay on disk).
    @Test func theEmbeddedFilesAreExactlyThePackYAMLFiles() throws {
        let packs = Self.packageRoot.appendingPathComponent("Packs")
        var onDisk: [String: String] = [:]
        for folder in try FileManager.default.contentsOfDirectory(atPath: packs.path) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: packs.appendingPathComponent(folder).path)) ?? []
            for name in names where name.hasSuffix(".yaml") {
                onDisk["\(folder)/\(name)"] = try String(contentsOf: packs.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
            }
        }
        #expect(Set(BuiltinPacks.files.keys) == Set(onDisk.keys))
        for (name, text) in onDisk { #expect(BuiltinPacks.text(of: name) == text, "\(name) differs from the embedded copy") }
        #expect(BuiltinPacks.packNames == ["ilacs", "monitoring-visit"])
        #expect(!BuiltinPacks.files.keys.contains { $0.contains("examples") })
    }

    /// With no packs folder, a name finds the built-in pack from any current folder, and the built-in
    /// pack loads like the file it came from.
    @Test func aNameFindsTheBuiltInPackFromAnyFolder() throws {
        let catalog = PackCatalog(directories: [])
        let file = try #require(catalog.locate("ilacs", currentDirectory: URL(fileURLWithPath: "/")))
        #expect(PackCatalog.isBuiltIn(file))
        #expect(PackCatalog.builtInDisplayPath(file) == "built-in:ilacs/pack.yaml")
        let builtIn = try PackDefinitionLoader().load(from: file)
        let fromDisk = try PackDefinitionLoader().load(from: Self.packageRoot.appendingPathComponent("Packs/ilacs/pack.yaml"))
        #expect(builtIn.items.map(\.id) == fromDisk.items.map(\.id))
        #expect(PackCatalog.fingerprint(of: file) == (try FileHashing.sha256(of: Self.packageRoot.appendingPathComponent("Packs/ilacs/pack.yaml"))))
        #expect(catalog.locate("nope", currentDirectory: URL(fileURLWithPath: "/")) == nil)
    }

    /// A pack in a packs folder adds a name or replaces the built-in one; the first folder wins.
    @Test func packsFoldersAddAndReplaceFirstFolderFirst() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("packs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("first"), second = root.appendingPathComponent("second")
        for (folder, name) in [(first, "ilacs"), (second, "ilacs"), (second, "my-council")] {
            let pack = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
            try Data("id: \(name)\n".utf8).write(to: pack.appendingPathComponent("pack.yaml"))
        }
        let catalog = PackCatalog.current(environment: ["EVIDENCE_PACK_PACKS": "\(first.path):\(second.path)"])
        let entries = Dictionary(uniqueKeysWithValues: catalog.entries().map { ($0.name, $0) })
        #expect(entries.keys.sorted() == ["ilacs", "monitoring-visit", "my-council"])
        #expect(entries["ilacs"]?.origin.description == first.path)
        #expect(entries["ilacs"]?.replaces.map(\.description) == [second.path, "built-in"])
        #expect(entries["monitoring-visit"]?.origin == .builtIn)
        #expect(catalog.locate("my-council", currentDirectory: URL(fileURLWithPath: "/"))?.path == second.appendingPathComponent("my-council/pack.yaml").path)
        // A path still wins over a name.
        #expect(catalog.locate(second.appendingPathComponent("ilacs").path, currentDirectory: URL(fileURLWithPath: "/"))?.path
                == second.appendingPathComponent("ilacs/pack.yaml").path)
        #expect(catalog.searchedPlaces(for: "x").contains("\(first.path)/x/pack.yaml"))
        #expect(catalog.suggestion(for: "my-councl") == "my-council")
    }

    @Test func suggestionsAreCloseWordsOnly() {
        let commands = ["build", "check", "explain", "import", "verify", "packs", "list-modules", "sample-data"]
        #expect(Suggestions.closest(to: "biuld", among: commands) == "build")
        #expect(Suggestions.closest(to: "verfy", among: commands) == "verify")
        #expect(Suggestions.closest(to: "list", among: commands) == "list-modules")
        #expect(Suggestions.closest(to: "zzzzzz", among: commands) == nil)
        #expect(Suggestions.closest(to: "--input", among: ["--inputs", "--out"]) == "--inputs")
        #expect(Suggestions.editDistance("ilcas", "ilacs") == 1)
    }
}
