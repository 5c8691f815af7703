import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files and folders a build writes around its output: the pack, `OUT.previous`, `OUT.zip`, the
/// staging folders, the cache and the lock. Discovery never reads them as inputs, wherever `--out` and
/// `--cache` point: a pack written inside its own inputs folder would otherwise be read back in by the
/// next build, doubling every Annex A list.
public struct OwnFiles: Sendable, Equatable {
    /// Resolved absolute paths that are skipped with everything under them.
    public let paths: [String]
    /// Resolved absolute path prefixes of staging folders (`<parent>/.<out>.staging-`).
    public let stagingPrefixes: [String]

    /// Nothing to skip (`check`, which writes nothing).
    public static let none = OwnFiles(paths: [], stagingPrefixes: [])

    init(paths: [String], stagingPrefixes: [String]) {
        self.paths = paths
        self.stagingPrefixes = stagingPrefixes
    }

    /// The tool's own files for a build of `output` with the cache at `cache` (nil: no cache).
    public init(output: URL?, cache: URL?) {
        var paths: [String] = []
        var prefixes: [String] = []
        if let output {
            let resolved = Self.resolve(output)
            let parent = (resolved as NSString).deletingLastPathComponent
            let name = (resolved as NSString).lastPathComponent
            paths += [resolved, resolved + ".previous", resolved + ".zip", parent + "/.\(name).lock", parent + "/.\(name).cache"]
            prefixes.append(parent + "/.\(name).staging-")
        }
        if let cache { paths.append(Self.resolve(cache)) }
        self.init(paths: paths, stagingPrefixes: prefixes)
    }

    /// Whether a resolved absolute path is one of the tool's own files or lies inside one.
    public func contains(_ absolutePath: String) -> Bool {
        paths.contains { absolutePath == $0 || absolutePath.hasPrefix($0 + "/") }
            || stagingPrefixes.contains { absolutePath.hasPrefix($0) }
    }

    /// Whether `url` (resolved) lies strictly inside the folder `folder` (resolved).
    public static func isInside(_ url: URL, folder: URL) -> Bool {
        let inner = resolve(url), outer = resolve(folder)
        return inner.hasPrefix(outer == "/" ? "/" : outer + "/") && inner != outer
    }

    /// The absolute path with every symbolic link in its existing part resolved; the part that does
    /// not exist yet (an output about to be created) is appended as written.
    public static func resolve(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var missing: [String] = []
        while existing != "/" {
            if let real = realPath(existing) { return join(real, missing) }
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return join("/", missing)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func join(_ base: String, _ components: [String]) -> String {
        components.reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
    }
}
