import Foundation

/// The payload folder (`data/`) of the bag being built. Exporters write only through it, so every
/// file is owner-only and no path can escape the folder.
public struct OutputDirectory: Sendable {
    /// The `data/` folder.
    public let root: URL
    /// The SHA-256 of each file written through this directory (or recorded with `recordDigest`),
    /// which the seal uses instead of reading the file back.
    public let digests: PayloadDigests

    public init(root: URL, digests: PayloadDigests = PayloadDigests()) {
        self.root = root
        self.digests = digests
    }

    /// The URL of a relative path inside the payload; refuses absolute paths and `..`.
    public func url(for relativePath: String) throws -> URL {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else {
            throw OutputPathError(path: relativePath)
        }
        // A file's path: `isDirectory: false` spares a stat per path (2,000 on a large pack) that
        // `appendingPathComponent(_:)` makes to learn whether it names a folder.
        return root.appendingPathComponent(parts.joined(separator: "/"), isDirectory: false)
    }

    /// Writes bytes to a payload file (0600), creating folders (0700).
    public func write(_ data: Data, to relativePath: String) throws {
        let target = try url(for: relativePath)
        try SecureFileSystem.write(data, to: target)
        digests.record(FileHashing.sha256(of: data), ofFileAt: target.path)
    }

    /// Creates a payload file to be written in pieces (0600; `OwnerOnlyFile.close()` completes it),
    /// for outputs too large to build in memory first.
    public func create(_ relativePath: String) throws -> OwnerOnlyFile {
        try OwnerOnlyFile(creating: try url(for: relativePath), digests: digests)
    }

    /// The SHA-256 recorded for `relativePath` as this build wrote it, while the file is still as
    /// written (see `PayloadDigests`); nil otherwise.
    public func recordedSHA256(of relativePath: String) -> String? {
        guard let target = try? url(for: relativePath) else { return nil }
        return digests.sha256(ofFileAt: target.path)
    }

    /// Records the SHA-256 of a payload file written some other way (by a C library, or linked from
    /// the previous pack after checking it): `sha256` must be of the bytes the file holds now.
    public func recordDigest(_ sha256: String, of file: URL) {
        digests.record(sha256, ofFileAt: file.path)
    }

    /// Writes UTF-8 text to a payload file.
    public func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Copies an input into the payload (streamed, guarded: see `GuardedInput`); throws when its
    /// bytes are not the ones discovery fingerprinted.
    public func copyFile(from input: GuardedInput, to relativePath: String) throws {
        try SecureFileSystem.copyFile(from: input, to: try url(for: relativePath), digests: digests)
    }
}

/// An exporter asked for a path outside the payload.
public struct OutputPathError: Error, CustomStringConvertible {
    /// The refused path.
    public var path: String
    public var description: String { "refused to write outside the pack's data folder: \(path)" }
}
