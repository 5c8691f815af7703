import EvidencePackCore
import Foundation

/// The mirror's memory between runs (`.moderngov-fetch.json` in the mirror folder, hidden so builds skip
/// it): for each saved file, the address it came from, its validators (ETag, Last-Modified) and its
/// SHA-256. It makes requests conditional and lets an unchanged answer leave the file untouched.
struct MirrorIndex: Codable, Sendable, Equatable {
    /// What is known of one saved file.
    struct Entry: Codable, Sendable, Equatable {
        /// The address last fetched for it.
        var url: String
        /// The `ETag` it was served with.
        var etag: String?
        /// The `Last-Modified` it was served with.
        var lastModified: String?
        /// SHA-256 of the saved bytes.
        var sha256: String
    }

    /// The index file's name in the mirror folder.
    static let fileName = ".moderngov-fetch.json"

    /// Format version.
    var version = 1
    /// Entries by the saved file's path relative to the mirror folder.
    var files: [String: Entry] = [:]

    /// The index in `folder`, or an empty one when absent or unreadable.
    static func load(from folder: URL) -> MirrorIndex {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)),
              let index = try? JSONDecoder().decode(MirrorIndex.self, from: data), index.version == 1 else { return MirrorIndex() }
        return index
    }

    /// Writes the index atomically (sorted keys, so an unchanged index is byte-identical).
    func save(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try AtomicFile.write(try encoder.encode(self), to: folder.appendingPathComponent(Self.fileName))
    }

    /// The saved path of a document fetched before from this address.
    func path(forURL url: String) -> String? {
        files.first { $0.value.url == url }?.key
    }
}

/// Writes a file whole or not at all: into a hidden temporary file beside it (owner-only, synced),
/// then renamed over it. A killed fetch leaves at most a hidden `.partial` file, which builds skip and
/// the next fetch removes.
enum AtomicFile {
    /// Writes `data` to `url` atomically.
    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())-\(UUID().uuidString.prefix(8))")
        do {
            try SecureFileSystem.write(data, to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw POSIXFailure(operation: "rename", path: url.path, code: errno)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Removes `.partial` files a killed fetch left in `folder` and below.
    static func removeLeftovers(in folder: URL) {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in walker where url.lastPathComponent.hasPrefix(".") && url.lastPathComponent.contains(".partial-") {
            try? FileManager.default.removeItem(at: url)
        }
    }
}
