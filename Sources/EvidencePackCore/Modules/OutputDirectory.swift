import Foundation

/// The payload folder (`data/`) of the bag being built. Exporters write only through it, so every
/// file is owner-only and no path can escape the folder.
public struct OutputDirectory: Sendable {
    /// The `data/` folder.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The URL of a relative path inside the payload; refuses absolute paths and `..`.
    public func url(for relativePath: String) throws -> URL {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else {
            throw OutputPathError(path: relativePath)
        }
        return root.appendingPathComponent(parts.joined(separator: "/"))
    }

    /// Writes bytes to a payload file (0600), creating folders (0700).
    public func write(_ data: Data, to relativePath: String) throws {
        try SecureFileSystem.write(data, to: try url(for: relativePath))
    }

    /// Creates a payload file to be written in pieces (0600; `OwnerOnlyFile.close()` completes it),
    /// for outputs too large to build in memory first.
    public func create(_ relativePath: String) throws -> OwnerOnlyFile {
        try OwnerOnlyFile(creating: try url(for: relativePath))
    }

    /// Writes UTF-8 text to a payload file.
    public func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Copies an input into the payload (streamed, guarded: see `GuardedInput`); throws when its
    /// bytes are not the ones discovery fingerprinted.
    public func copyFile(from input: GuardedInput, to relativePath: String) throws {
        try SecureFileSystem.copyFile(from: input, to: try url(for: relativePath))
    }
}

/// An exporter asked for a path outside the payload.
public struct OutputPathError: Error, CustomStringConvertible {
    /// The refused path.
    public var path: String
    public var description: String { "refused to write outside the pack's data folder: \(path)" }
}
