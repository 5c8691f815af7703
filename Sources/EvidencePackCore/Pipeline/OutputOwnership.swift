import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides what a build may replace or remove: only what it can prove it wrote. A pack carries its
/// identity in bag-info.txt (`EvidencePack-Pack: <pack id>`), the cache folder a marker file; anything
/// else at OUT, `OUT.previous` or the cache (someone's own BagIt bag, a folder of documents, a symbolic
/// link) is refused before any work, so a mistyped `--out` or `--cache` never costs a user's files.
public enum OutputOwnership {
    /// The bag-info.txt label that marks a pack written by this tool.
    public static let packIdentityLabel = "EvidencePack-Pack"
    /// The file that marks a cache folder made by this tool.
    public static let cacheMarkerName = ".evidence-pack-cache"

    /// Checks OUT, `OUT.previous` and the cache before a build takes its lock or writes anything;
    /// throws `OutputRefusal` saying what was refused and why.
    public static func checkBeforeBuilding(output: URL, cache: URL?, inputs: URL) throws {
        let previous = output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".previous")
        for folder in [output, previous] where OwnFiles.resolve(inputs) == OwnFiles.resolve(folder) || OwnFiles.isInside(inputs, folder: folder) {
            throw OutputRefusal(path: folder.path, reason: "the inputs folder is inside it; choose an output folder outside the inputs")
        }
        if let reason = refusalToReplace(output) { throw OutputRefusal(path: output.path, reason: reason) }
        if let reason = refusalToReplace(previous) { throw OutputRefusal(path: previous.path, reason: reason) }
        if let cache, let reason = refusalToUseCache(cache) { throw OutputRefusal(path: cache.path, reason: reason) }
    }

    /// Why the build must not move or remove what is at `url`, or nil when nothing is there, it is an
    /// empty folder, or it is a pack this tool wrote. Links are never followed.
    public static func refusalToReplace(_ url: URL) -> String? {
        switch kind(of: url.path) {
        case nil: return nil
        case .link?: return "it is a symbolic link; refusing to replace it (give the real folder instead)"
        case .regularFile?, .special?: return "it is not a folder; refusing to replace it"
        case .folder?:
            if isEmptyFolder(url) || isOwnPack(url) { return nil }
            if kind(of: url.appendingPathComponent("bagit.txt").path) != nil {
                return "it holds a BagIt bag this tool did not write (no \(packIdentityLabel) line in bag-info.txt); refusing to replace it"
            }
            return "it is a folder that is not an evidence pack written by this tool; refusing to replace it (choose an empty or new folder)"
        }
    }

    /// Whether a folder is a pack this tool wrote: a `bagit.txt`, and a `bag-info.txt` (read without
    /// following links) naming the pack, or, for packs written before the label, our software agent.
    public static func isOwnPack(_ folder: URL) -> Bool {
        guard kind(of: folder.appendingPathComponent("bagit.txt").path) == .regularFile,
              let info = readSmallFile(folder.appendingPathComponent("bag-info.txt")) else { return false }
        return isOwnBagInfo(info)
    }

    /// Whether a bag-info.txt's text names a pack of this tool (see `isOwnPack`).
    public static func isOwnBagInfo(_ info: String) -> Bool {
        info.split(whereSeparator: \.isNewline).contains { line in
            line.hasPrefix("\(packIdentityLabel): ") || line.hasPrefix("Bag-Software-Agent: \(EvidencePackVersion.name) ")
        }
    }

    /// Why the build must not use `url` as its cache, or nil when it may: absent, empty, marked as
    /// ours, or (a cache made before the marker) holding nothing but this tool's own file names.
    public static func refusalToUseCache(_ url: URL) -> String? {
        switch kind(of: url.path) {
        case nil: return nil
        case .link?: return "the cache folder is a symbolic link; refusing to follow it"
        case .regularFile?, .special?: return "the cache folder is not a folder"
        case .folder?:
            let marker = kind(of: url.appendingPathComponent(cacheMarkerName).path)
            if marker == .regularFile || isEmptyFolder(url) || looksLikeUnmarkedCache(url) { return nil }
            if marker != nil { return "the cache marker is not a plain file; refusing to use this folder as a cache" }
            return "it is a folder this tool did not make as a cache (no \(cacheMarkerName) marker); refusing to use or prune it"
        }
    }

    /// A cache written before the marker existed: only `index.json`, `last-build*.json` and an
    /// `imports` folder of `<sha256>.json` entries.
    static func looksLikeUnmarkedCache(_ url: URL) -> Bool {
        let known: Set<String> = ["index.json", "last-build.json", "last-build-summary.json", "imports"]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path), Set(names).isSubset(of: known) else { return false }
        let imports = url.appendingPathComponent("imports")
        guard names.contains("imports") else { return true }
        guard kind(of: imports.path) == .folder, let entries = try? FileManager.default.contentsOfDirectory(atPath: imports.path) else { return false }
        return entries.allSatisfy(ImportCache.isOwnEntryName)
    }

    static func isEmptyFolder(_ url: URL) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty == true
    }

    /// The kind of the entry itself (`lstat`: a link is a link).
    static func kind(of path: String) -> FileKind? {
        FileKind.of(path, followingLinks: false)
    }

    /// Up to 64 KiB of a regular file opened without following a link, as UTF-8; nil otherwise.
    static func readSmallFile(_ url: URL) -> String? {
        let fd = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: 64 << 10)
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count >= 0 else { return nil }
        return String(decoding: bytes.prefix(count), as: UTF8.self)
    }
}

/// A build refused before any work: the output, previous pack or cache is not provably this tool's.
public struct OutputRefusal: Error, CustomStringConvertible {
    /// The path refused.
    public var path: String
    /// Why, in plain words.
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "refusing \(path): \(reason)" }
}
