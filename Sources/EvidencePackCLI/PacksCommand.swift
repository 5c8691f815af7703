import ArgumentParser
import BuiltinPacks
import EvidencePackCore
import Foundation

/// `--packs-dir DIR`: a folder of packs (`DIR/NAME/pack.yaml`, and Annex A templates in
/// `DIR/annex-a/`) searched before `EVIDENCE_PACK_PACKS` and the built-in packs.
struct PacksDirOption: ParsableArguments {
    @Option(name: .customLong("packs-dir"),
            help: ArgumentHelp("A folder of packs (DIR/NAME/pack.yaml; Annex A templates in DIR/annex-a/) searched before $EVIDENCE_PACK_PACKS and the built-in packs; repeatable.",
                               valueName: "dir"),
            completion: .directory)
    var folders: [String] = []

    /// Puts the folders in front of `EVIDENCE_PACK_PACKS` for this process and the importers it
    /// starts, so that pack names and Annex A templates are looked up there first.
    func apply() {
        guard !folders.isEmpty else { return }
        let absolute = folders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let current = ProcessInfo.processInfo.environment[PackSearchPath.environmentVariable]
        setenv(PackSearchPath.environmentVariable, PackSearchPath.prepending(absolute, to: current), 1)
    }
}

/// Finds a pack by argument, or prints where it looked (and the nearest name) and exits 2.
enum PackLookup {
    /// The `pack.yaml` (on disk, or a built-in pack's `builtin:` URL) an argument names.
    static func file(for argument: String) throws -> URL {
        let catalog = PackCatalog.current()
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let file = catalog.locate(argument, currentDirectory: cwd) { return file }
        var message = "error: pack '\(argument)' not found; looked for \(catalog.searchedPlaces(for: argument))"
        if let suggestion = catalog.suggestion(for: argument) { message += ". Did you mean '\(suggestion)'?" }
        Console.error(message)
        throw ExitCode(ExitStatus.failed)
    }
}

/// The `--json` output of `packs`.
struct PackListing: Codable {
    var schemaVersion = 1
    /// The packs folders searched, first first.
    var packsFolders: [String]
    var packs: [Entry]

    /// One visible pack.
    struct Entry: Codable {
        var name: String
        /// `built-in`, or `dir`.
        var origin: String
        /// The pack.yaml: `built-in:NAME/pack.yaml`, or its path.
        var file: String
        /// What it replaces: `built-in` or a packs folder's path.
        var replaces: [String]
    }
}

/// `evidence-pack packs`: the packs it can see by name, and where each comes from.
struct PacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: "List the packs that can be named (build NAME): the built-in ones and those in packs folders, and where each comes from.",
        discussion: """
        A pack in a packs folder (--packs-dir DIR, then each folder of
        $EVIDENCE_PACK_PACKS, separated by ':') replaces a built-in pack of the
        same name. A pack can also be given by path (a folder holding pack.yaml,
        or a pack.yaml file) without being listed here.

        EXAMPLES:
          evidence-pack packs
          evidence-pack packs --packs-dir /etc/evidence-pack/packs --json
          EVIDENCE_PACK_PACKS=/srv/packs evidence-pack packs

        EXIT CODES:
          0   listed
          64  usage error
        """)

    @OptionGroup var packsDir: PacksDirOption

    @Flag(name: .long, help: "Print JSON: schemaVersion, packsFolders, and packs (name, origin, file, replaces).")
    var json = false

    func run() throws {
        packsDir.apply()
        let catalog = PackCatalog.current()
        let entries = catalog.entries()
        if json {
            let listing = PackListing(packsFolders: catalog.directories.map(\.path), packs: entries.map(Self.listingEntry))
            FileHandle.standardOutput.write(try EvidenceJSON.encode(listing))
            return
        }
        for entry in entries { Console.out(Self.line(for: entry)) }
        if catalog.directories.isEmpty {
            Console.out("(no packs folder: --packs-dir DIR or EVIDENCE_PACK_PACKS adds packs or replaces built-in ones)")
        }
    }

    /// `ilacs  built-in` or `ilacs  /srv/packs/ilacs/pack.yaml (replaces built-in)`.
    static func line(for entry: PackEntry) -> String {
        let place = PackCatalog.builtInDisplayPath(entry.file).map { _ in "built-in" } ?? entry.file.path
        let replaced = entry.replaces.isEmpty ? "" : " (replaces \(entry.replaces.map(\.description).joined(separator: ", ")))"
        return entry.name.padding(toLength: max(20, entry.name.count + 2), withPad: " ", startingAt: 0) + place + replaced
    }

    static func listingEntry(_ entry: PackEntry) -> PackListing.Entry {
        PackListing.Entry(name: entry.name, origin: entry.origin == .builtIn ? "built-in" : "dir",
                          file: PackCatalog.builtInDisplayPath(entry.file) ?? entry.file.path,
                          replaces: entry.replaces.map(\.description))
    }
}
