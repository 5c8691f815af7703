import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The staging folders a build writes its pack in (`.<out>.staging-<pid>` beside OUT). Each carries a
/// marker file until it is sealed (then its bag-info.txt names it as ours), so that the next build,
/// holding the lock, removes what a killed build left, and nothing else that happens to have the name.
public enum StagingFolders {
    /// The file that marks an unsealed staging folder as this tool's.
    public static let markerName = ".evidence-pack-staging"

    /// `.<out>.staging-<pid>` beside the output.
    public static func url(for output: URL, pid: Int32) -> URL {
        output.deletingLastPathComponent().appendingPathComponent("\(prefix(for: output))\(pid)")
    }

    /// The name every staging folder of `output` starts with.
    static func prefix(for output: URL) -> String {
        ".\(output.lastPathComponent).staging-"
    }

    /// Creates this process's staging folder (0700) with its marker and its `data/` folder. A folder
    /// of that name that is not ours is refused; a half-made folder (a full disk) is removed again.
    public static func create(for output: URL) throws -> URL {
        let staging = url(for: output, pid: getpid())
        if OutputOwnership.kind(of: staging.path) != nil {
            guard isOurs(staging) else {
                throw OutputRefusal(path: staging.path, reason: "it has the staging folder's name but this tool did not make it; refusing to use it")
            }
            try FileManager.default.removeItem(at: staging)
        }
        do {
            try SecureFileSystem.createDirectory(at: staging)
            try SecureFileSystem.write("staging folder of evidence-pack; removed by the next build of \(output.lastPathComponent)\n",
                                       to: staging.appendingPathComponent(markerName))
            try SecureFileSystem.createDirectory(at: staging.appendingPathComponent("data"))
        } catch {
            // Nothing was there before: what exists now is ours.
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        return staging
    }

    /// Removes the marker once the folder is sealed (the pack must not carry it to OUT).
    public static func removeMarker(from staging: URL) {
        _ = unlink(staging.appendingPathComponent(markerName).path)
    }

    /// Removes the staging folders of `output` left by killed builds: only real folders (not links)
    /// carrying the marker or sealed as our pack. Call only while holding the output's lock.
    public static func removeLeftovers(for output: URL, logger: Logger? = nil) {
        let parent = output.deletingLastPathComponent()
        let prefix = prefix(for: output)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) && Int32(name.dropFirst(prefix.count)) != nil {
            let leftover = parent.appendingPathComponent(name)
            guard isOurs(leftover) else {
                logger?.warning("left a folder named like a staging folder that this tool did not make", metadata: ["folder": "\(name)"])
                continue
            }
            try? FileManager.default.removeItem(at: leftover)
        }
    }

    /// Whether `folder` is a staging folder this tool made: a real folder (links never followed) with
    /// the marker as a plain file, or a pack it sealed; or an empty one (a build killed between making
    /// the folder and its marker), whose removal loses nothing.
    static func isOurs(_ folder: URL) -> Bool {
        guard OutputOwnership.kind(of: folder.path) == .folder else { return false }
        return OutputOwnership.kind(of: folder.appendingPathComponent(markerName).path) == .regularFile
            || OutputOwnership.isOwnPack(folder) || OutputOwnership.isEmptyFolder(folder)
    }
}
