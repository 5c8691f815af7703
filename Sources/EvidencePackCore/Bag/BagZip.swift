import EvidenceModel
import Foundation
import ZIPFoundation

/// Serialises a bag as a reproducible zip (RFC 8493 §4.2: one top-level folder named after the bag):
/// entries in byte order of their paths, every timestamp the reference date, fixed permissions, so the
/// same bag always gives the same zip bytes.
public enum BagZip {
    /// Writes `folder` as a zip at `destination` (via a temporary file renamed into place).
    public static func write(folder: URL, to destination: URL, referenceDate: CalendarDate) throws {
        let bagName = folder.lastPathComponent
        let files = try tagAndPayloadFiles(in: folder)
        let temporary = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).tmp")
        try? FileManager.default.removeItem(at: temporary)
        // Noon UTC keeps the DOS date on the reference day in every time zone from UTC-11 to UTC+11.
        let timestamp = Date(timeIntervalSince1970: Double(referenceDate.daysSinceEpoch) * 86400 + 43200)
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for relative in files {
                guard isSafeEntryName(relative) else { throw OutputPathError(path: relative) }
                let url = folder.appendingPathComponent(relative)
                let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                try archive.addEntry(with: "\(bagName)/\(relative)", type: .file, uncompressedSize: size?.int64Value ?? 0,
                                     modificationDate: timestamp, permissions: 0o600, compressionMethod: .deflate) { position, chunk in
                    try handle.seek(toOffset: UInt64(position))
                    return try handle.read(upToCount: chunk) ?? Data()
                }
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        _ = chmod(temporary.path, 0o600)
        guard rename(temporary.path, destination.path) == 0 else {
            throw POSIXFailure(operation: "rename", path: temporary.path, code: errno)
        }
    }

    /// Tag files and payload files, relative to the bag, sorted by bytes.
    static func tagAndPayloadFiles(in folder: URL) throws -> [String] {
        let tags = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"]
            .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        return (tags + (try BagIt.payloadFiles(in: folder))).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// No absolute paths, no `..`, no backslashes or control characters: names any unzip tool extracts
    /// inside its target folder.
    public static func isSafeEntryName(_ name: String) -> Bool {
        !name.hasPrefix("/") && !name.contains("\\") && !name.split(separator: "/").contains("..")
            && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}
