import Foundation

/// The pack files compiled into the program: every `Packs/<folder>/*.yaml` of the source tree at
/// build time (the pack definitions and the Annex A templates), embedded by the EmbedPacks
/// build-tool plugin, so the installed binary needs no source tree and no current folder.
public enum BuiltinPacks {
    /// Every embedded file, by its path under `Packs/` (e.g. `ilacs/pack.yaml`).
    public static var files: [String: String] { generatedPackFiles }

    /// The text of one embedded file, by its path under `Packs/`; nil when there is none.
    public static func text(of name: String) -> String? { generatedPackFiles[name] }

    /// The names of the built-in packs (folders holding a `pack.yaml`), sorted.
    public static var packNames: [String] {
        generatedPackFiles.keys.compactMap { key -> String? in
            let parts = key.split(separator: "/")
            return parts.count == 2 && parts[1] == "pack.yaml" ? String(parts[0]) : nil
        }.sorted()
    }

    /// The embedded files directly in one folder (e.g. `annex-a`), as `(file name, text)`, sorted by name.
    public static func files(in folder: String) -> [(name: String, text: String)] {
        generatedPackFiles.compactMap { key, text -> (name: String, text: String)? in
            guard key.hasPrefix(folder + "/") else { return nil }
            return (name: String(key.dropFirst(folder.count + 1)), text: text)
        }.sorted { $0.name < $1.name }
    }
}

/// The folders on disk searched for packs (and `annex-a/` templates) before the built-in ones.
public enum PackSearchPath {
    /// The environment variable naming those folders, separated by `:` like `PATH`; the first wins.
    /// `--packs-dir DIR` puts DIR in front of it for the run (and for the importers it starts).
    public static let environmentVariable = "EVIDENCE_PACK_PACKS"

    /// The folders `EVIDENCE_PACK_PACKS` names, in order (empty entries ignored; relative ones are
    /// taken from the current folder).
    public static func directories(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        guard let value = environment[environmentVariable] else { return [] }
        return value.split(separator: ":", omittingEmptySubsequences: true).map {
            URL(fileURLWithPath: String($0)).standardizedFileURL
        }
    }

    /// The value of `EVIDENCE_PACK_PACKS` with `folders` in front of what it held.
    public static func prepending(_ folders: [String], to current: String?) -> String {
        (folders + (current.map { [$0] } ?? [])).filter { !$0.isEmpty }.joined(separator: ":")
    }
}
