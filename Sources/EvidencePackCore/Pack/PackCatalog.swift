import BuiltinPacks
import Foundation

/// Where a pack the tool can see comes from.
public enum PackOrigin: Sendable, Equatable {
    /// Compiled into the program (from `Packs/` of the source tree it was built from).
    case builtIn
    /// A `NAME/pack.yaml` in a packs folder on disk (`--packs-dir`, `EVIDENCE_PACK_PACKS`).
    case directory(URL)

    /// `built-in`, or the packs folder's path.
    public var description: String {
        switch self {
        case .builtIn: "built-in"
        case .directory(let folder): folder.path
        }
    }
}

/// One pack the tool can see by name.
public struct PackEntry: Sendable, Equatable {
    /// The name that selects it (`build NAME`).
    public var name: String
    /// Where it comes from.
    public var origin: PackOrigin
    /// Its `pack.yaml`: a file on disk, or a `builtin:` URL for a built-in pack.
    public var file: URL
    /// The packs of the same name it replaces (a later packs folder's, the built-in one).
    public var replaces: [PackOrigin]
}

/// The packs the tool can see by name: those in the packs folders on disk, first folder first, then
/// those compiled into the program. A pack on disk replaces a built-in (or later folder's) pack of
/// the same name; the current folder plays no part unless a path is given.
public struct PackCatalog: Sendable {
    /// The URL scheme of a built-in pack's file (`builtin:/ilacs/pack.yaml`).
    public static let builtInScheme = "builtin"

    /// The packs folders searched before the built-in packs, in order.
    public var directories: [URL]

    /// A catalog over these packs folders (and the built-in packs).
    public init(directories: [URL]) { self.directories = directories }

    /// The catalog the environment gives: the folders of `EVIDENCE_PACK_PACKS` (which `--packs-dir` extends).
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> PackCatalog {
        PackCatalog(directories: PackSearchPath.directories(environment: environment))
    }

    /// Every pack visible by name, sorted by name, each with the origins it replaces.
    public func entries() -> [PackEntry] {
        var byName: [String: PackEntry] = [:]
        for name in BuiltinPacks.packNames {
            byName[name] = PackEntry(name: name, origin: .builtIn, file: Self.builtInFile(name), replaces: [])
        }
        for folder in directories.reversed() {
            for name in Self.packNames(in: folder) {
                let previous = byName[name].map { [$0.origin] + $0.replaces } ?? []
                byName[name] = PackEntry(name: name, origin: .directory(folder),
                                         file: folder.appendingPathComponent(name).appendingPathComponent("pack.yaml"), replaces: previous)
            }
        }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// The pack called `name`, if any folder or the program has one.
    public func entry(named name: String) -> PackEntry? {
        entries().first { $0.name == name }
    }

    /// Resolves a pack argument: a `pack.yaml` path or a folder holding one (relative to
    /// `currentDirectory`), else a pack name looked up in the packs folders, then the built-in packs.
    public func locate(_ argument: String, currentDirectory: URL) -> URL? {
        let direct = URL(fileURLWithPath: argument, relativeTo: currentDirectory).standardizedFileURL
        for candidate in [direct, direct.appendingPathComponent("pack.yaml")] where Self.isFile(candidate) {
            return candidate
        }
        guard !argument.contains("/") else { return nil }
        return entry(named: argument)?.file
    }

    /// The places a name was looked for, for a not-found error.
    public func searchedPlaces(for argument: String) -> String {
        var places = ["a pack.yaml path or a folder holding one named '\(argument)'"]
        places += directories.map { "\($0.path)/\(argument)/pack.yaml" }
        if directories.isEmpty { places.append("no packs folder (--packs-dir, \(PackSearchPath.environmentVariable))") }
        places.append("the built-in packs (\(BuiltinPacks.packNames.joined(separator: ", ")))")
        return places.joined(separator: "; ")
    }

    /// The visible pack name closest to a mistyped one.
    public func suggestion(for argument: String) -> String? {
        Suggestions.closest(to: argument, among: entries().map(\.name))
    }

    /// The file URL standing for a built-in pack's `pack.yaml`.
    public static func builtInFile(_ name: String) -> URL {
        URL(string: "\(builtInScheme):/\(name)/pack.yaml") ?? URL(fileURLWithPath: "/\(name)/pack.yaml")
    }

    /// True for a built-in pack's URL.
    public static func isBuiltIn(_ file: URL) -> Bool { file.scheme == builtInScheme }

    /// How a pack file is shown: `built-in:NAME/pack.yaml` for a built-in one, else nil.
    public static func builtInDisplayPath(_ file: URL) -> String? {
        isBuiltIn(file) ? "built-in:\(file.path.drop { $0 == "/" })" : nil
    }

    /// The bytes of a pack file: the embedded text for a built-in pack, else the file's contents.
    public static func contents(of file: URL) throws -> Data {
        guard isBuiltIn(file) else { return try Data(contentsOf: file) }
        guard let text = BuiltinPacks.text(of: String(file.path.drop { $0 == "/" })) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: file.absoluteString])
        }
        return Data(text.utf8)
    }

    /// The SHA-256 of a pack file's bytes (built-in or on disk); its path when it cannot be read.
    public static func fingerprint(of file: URL) -> String {
        guard let data = try? contents(of: file) else { return file.absoluteString }
        return FileHashing.sha256(of: Array(data))
    }

    private static func packNames(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && isFile(folder.appendingPathComponent($0).appendingPathComponent("pack.yaml")) }.sorted()
    }

    private static func isFile(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}
