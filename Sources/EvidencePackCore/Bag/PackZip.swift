import EvidenceModel
import Foundation
import ZIPFoundation

/// `<out>.zip` (`build --zip`): written while the build holds the output's lock, from the pack sealed
/// at OUT, through a temporary file renamed into place; it replaces only a zip this tool wrote (one
/// whose `<bag>/bag-info.txt` names a pack of ours), never someone's own file or a link.
public enum PackZip {
    /// The most bytes of `bag-info.txt` read out of an existing zip to recognise it.
    static let bagInfoLimit: UInt64 = 64 << 10

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
        guard let archive = try? Archive(url: zip, accessMode: .read),
              archive.allSatisfy({ $0.path.hasPrefix(bagName + "/") }),
              let entry = archive[bagName + "/bag-info.txt"], entry.uncompressedSize <= bagInfoLimit else { return false }
        var bytes = Data()
        guard (try? archive.extract(entry, skipCRC32: false, consumer: { bytes.append($0) })) != nil else { return false }
        return OutputOwnership.isOwnBagInfo(String(decoding: bytes, as: UTF8.self))
    }

    /// Writes the sealed pack at `pack` as `zip` (temporary file, then rename), after checking again,
    /// under the lock, that what is at `zip` may be replaced. Throws `OutputRefusal` when it may not.
    public static func write(pack: URL, to zip: URL, referenceDate: CalendarDate) throws {
        if let reason = refusalToReplace(zip) { throw OutputRefusal(path: zip.path, reason: reason) }
        guard OutputOwnership.isOwnPack(pack) else {
            throw OutputRefusal(path: pack.path, reason: "it is not a sealed pack of this tool; no zip written")
        }
        do {
            try BagZip.write(folder: pack, to: zip, referenceDate: referenceDate)
        } catch {
            throw PipelineError(step: .seal, message: "cannot write \(zip.path): \(SourceDiscovery.describe(error))")
        }
    }
}
