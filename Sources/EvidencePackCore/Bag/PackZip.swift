import EvidenceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Deflate

/// `<out>.zip` (`build --zip`): written while the build holds the output's lock, from the pack sealed
/// at OUT, through a temporary file renamed into place; it replaces only a zip this tool wrote (one
/// whose `<bag>/bag-info.txt` names a pack of ours), never someone's own file or a link.
public enum PackZip {
    /// The most bytes of `bag-info.txt` read out of an existing zip to recognise it.
    static let bagInfoLimit = 64 << 10

    /// Why `zip` must not be replaced, or nil when nothing is there or it is a zip this tool wrote.
    public static func refusalToReplace(_ zip: URL) -> String? {
        switch OutputOwnership.kind(of: zip.path) {
        case nil: return nil
        case .link?: return "it is a symbolic link; refusing to replace it or write through it"
        case .folder?, .special?: return "it is not a plain file; refusing to replace it"
        case .regularFile?:
            let bagName = String(zip.lastPathComponent.dropLast(".zip".count))
            return isOwnZip(zip, bagName: bagName) ? nil
                : "it is a file this tool did not write (no \(bagName)/bag-info.txt naming an evidence pack); refusing to replace it"
        }
    }

    /// Whether a zip holds one bag named `bagName` whose bag-info.txt carries our pack identity.
    static func isOwnZip(_ zip: URL, bagName: String) -> Bool {
        guard let archive = try? ZipArchive(path: zip.path),
              archive.entries.allSatisfy({ $0.path.hasPrefix(bagName + "/") }),
              let entry = archive[bagName + "/bag-info.txt"],
              let bytes = try? archive.contents(of: entry, limit: bagInfoLimit) else { return false }
        return OutputOwnership.isOwnBagInfo(String(decoding: bytes, as: UTF8.self))
    }

    /// Removes the temporary zips (`.<name>.zip.<pid>.tmp`) that builds killed while zipping left beside
    /// `zip`: only regular files (links never followed) of this user, whose process is gone and whose
    /// first bytes are a zip entry of this bag. Call only while holding the output's lock.
    static func removeLeftoverTemporaries(of zip: URL) {
        let parent = zip.deletingLastPathComponent()
        let prefix = ".\(zip.lastPathComponent)."
        let bagName = String(zip.lastPathComponent.dropLast(".zip".count))
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = Int32(name.dropFirst(prefix.count).dropLast(".tmp".count)), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = parent.appendingPathComponent(name).path
            guard OutputOwnership.kind(of: path) == .regularFile, startsWithEntry(of: bagName, path: path) else { continue }
            _ = unlink(path)
        }
    }

    /// Whether the file at `path` opens with a zip local file header naming an entry under `bagName/`.
    private static func startsWithEntry(of bagName: String, path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_uid == getuid() else { return false }
        var header = [UInt8](repeating: 0, count: 30 + 512)
        let count = read(descriptor, &header, header.count)
        guard count >= 30, header[0...3] == [0x50, 0x4B, 0x03, 0x04] else { return false }
        let nameLength = Int(header[26]) | Int(header[27]) << 8
        guard nameLength > 0, 30 + nameLength <= count else { return false }
        return String(decoding: header[30..<(30 + nameLength)], as: UTF8.self).hasPrefix(bagName + "/")
    }

    /// Writes the sealed pack at `pack` as `zip` (temporary file, then rename), after checking again,
    /// under the lock, that what is at `zip` may be replaced. Throws `OutputRefusal` when it may not.
    public static func write(pack: URL, to zip: URL, referenceDate: CalendarDate) throws {
        if let reason = refusalToReplace(zip) { throw OutputRefusal(path: zip.path, reason: reason) }
        guard OutputOwnership.isOwnPack(pack) else {
            throw OutputRefusal(path: pack.path, reason: "it is not a sealed pack of this tool; no zip written")
        }
        removeLeftoverTemporaries(of: zip)
        do {
            try BagZip.write(folder: pack, to: zip, referenceDate: referenceDate)
        } catch {
            throw PipelineError(step: .seal, message: "cannot write \(zip.path): \(SourceDiscovery.describe(error))")
        }
    }
}
