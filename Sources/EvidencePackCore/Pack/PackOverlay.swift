import EvidenceModel
import Foundation
import Yams

/// Overlay packs: a council's small `pack.yaml` that `extends` a base pack (`extends: ilacs`) and holds
/// only its own lines — its authority, its decisions on items (not applicable, provided separately,
/// owner, due date), changed rules and extra items — so the base pack's later improvements reach it.
extension PackDefinitionLoader {
    /// The keys an overlay may hold.
    static let overlayKeys: Set<String> = packKeys.union(["extends"])
    /// How many overlays may stack before the chain is taken for a loop.
    static let maximumOverlayDepth = 8

    /// Builds an overlay on the pack it extends: keys given replace the base's (authority field by field,
    /// options key by key, exporters as a whole); importer pins come before the base's; sections and
    /// items with a base id change that section or item, key by key; new ids are added after the base's.
    func buildOverlay(_ top: YAMLMap, file: URL, chain: [URL], reader: inout YAMLReader) -> PackDefinition? {
        reader.allowOnly(top, Self.overlayKeys)
        _ = formatVersion(top, reader: &reader)
        guard var pack = basePack(top, file: file, chain: chain, reader: &reader) else { return nil }
        let baseFolder = pack.folder
        pack.baseFiles = [pack.file] + pack.baseFiles
        pack.file = file
        if let id = reader.string(top, "id") {
            checkID(id, node: top.node("id"), what: "pack", reader: &reader)
            if !id.isEmpty { pack.identity.id = id }
        }
        if let title = reader.string(top, "title"), !title.isEmpty { pack.identity.title = title }
        if let version = reader.string(top, "version"), !version.isEmpty { pack.identity.version = version }
        if let framework = reader.string(top, "framework") { pack.identity.framework = framework }
        if let node = top.node("authority") { pack.authority = authorityPart(node, base: pack.authority, reader: &reader) }
        pack.options.merge(reader.stringMap(top, "options")) { _, overlay in overlay }
        if let node = top.node("exporters") { pack.exporters = exportersPart(node, reader: &reader) }
        if let node = top.node("importers") { pack.importerPins = pinsPart(node, file: file, reader: &reader) + pack.importerPins }
        // The base's external importers stay where the base pack keeps them.
        pack.externalImporters = pack.externalImporters.map { Self.anchored($0, in: baseFolder) }
            + externalImportersPart(top, file: file, reader: &reader)
        if let node = top.node("sections") { pack.sections = mergedSections(pack.sections, node, reader: &reader) }
        if let node = top.node("items") { pack.items = mergedItems(pack.items, node, sectionIDs: Set(pack.sections.map(\.id)), reader: &reader) }
        return pack
    }

    /// Loads the pack named by `extends`: a name (built-in or under a packs folder), or a path relative
    /// to the overlay's folder. Its own problems are reported against its own file.
    func basePack(_ top: YAMLMap, file: URL, chain: [URL], reader: inout YAMLReader) -> PackDefinition? {
        guard let name = reader.string(top, "extends", required: true), !name.isEmpty else { return nil }
        let node = top.node("extends")
        // A path is relative to the overlay's folder; a name is a pack the tool knows (as on the command line).
        let located = name.contains("/") ? Self.locate(name, currentDirectory: file.deletingLastPathComponent()) : Self.locate(name)
        guard let baseFile = located else {
            reader.fail(node, "extends '\(name)', which was not found (looked for a pack.yaml path beside this file, a folder holding one, and a pack of that name)")
            return nil
        }
        let resolved = baseFile.resolvingSymlinksInPath().standardizedFileURL
        if chain.contains(resolved) || chain.count >= Self.maximumOverlayDepth {
            reader.fail(node, "extends '\(name)', which extends this pack again: the chain of overlays is a loop")
            return nil
        }
        do {
            return try load(from: baseFile, displayPath: PackCatalog.builtInDisplayPath(baseFile) ?? baseFile.path, chain: chain + [resolved])
        } catch let error as PackDefinitionError {
            reader.problems += error.problems
            reader.fail(node, "extends '\(name)', whose definition has the problems above")
        } catch {
            reader.fail(node, "extends '\(name)', which could not be read: \(error)")
        }
        return nil
    }

    /// The base's sections with the overlay's: a known id gets the overlay's title, a new id is added.
    func mergedSections(_ base: [PackSection], _ node: Node, reader: inout YAMLReader) -> [PackSection] {
        var sections = base
        for section in sectionsPart(node, reader: &reader) {
            if let index = sections.firstIndex(where: { $0.id == section.id }) {
                sections[index].title = section.title
            } else {
                sections.append(section)
            }
        }
        return sections
    }

    /// The base's items with the overlay's entries applied: an entry naming a base item changes only
    /// the keys it gives; an entry with a new id is a whole item, added at the end.
    func mergedItems(_ base: [ItemRule], _ node: Node, sectionIDs: Set<String>, reader: inout YAMLReader) -> [ItemRule] {
        var items = base
        var seen = [String: Int]()
        guard let list = reader.sequence(node, "items") else { return items }
        for entry in list {
            guard let map = reader.mapping(entry, "an item"), let id = reader.string(map, "id", required: true) else { continue }
            if let first = seen[id] {
                reader.fail(entry, "item '\(id)' is given twice in this overlay (first on line \(first))")
                continue
            }
            seen[id] = entry.mark?.line ?? 0
            guard let index = items.firstIndex(where: { $0.id == id }) else {
                if let rule = itemRule(entry, sectionIDs: sectionIDs, reader: &reader) { items.append(rule) }
                continue
            }
            reader.allowOnly(map, Self.itemKeys)
            var rule = items[index]
            if let title = reader.string(map, "title"), !title.isEmpty { rule.title = title }
            if let section = reader.string(map, "section"), !section.isEmpty {
                checkSection(section, of: id, map: map, sectionIDs: sectionIDs, reader: &reader)
                rule.section = section
            }
            applyItemKeys(map, to: &rule, reader: &reader)
            rule.line = entry.mark?.line
            items[index] = rule
        }
        return items
    }

    /// A base pack's external importer entry as a path the overlay can use: relative paths are made
    /// absolute against the base pack's folder; names looked up on PATH stay as they are.
    static func anchored(_ entry: String, in folder: URL) -> String {
        guard entry.contains("/"), !entry.hasPrefix("/") else { return entry }
        return folder.appendingPathComponent(entry).standardizedFileURL.path
    }
}
