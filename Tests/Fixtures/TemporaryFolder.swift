import Foundation

/// A fresh temporary folder for one test, removed by the caller with `cleanup()`.
public struct TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-pack-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    public func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Writes bytes at a relative path, creating folders.
    @discardableResult
    public func write(_ bytes: [UInt8], to relative: String) throws -> URL {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    /// Writes UTF-8 text at a relative path, creating folders.
    @discardableResult
    public func write(_ text: String, to relative: String) throws -> URL {
        try write(Array(text.utf8), to: relative)
    }

    /// Removes the folder and everything in it.
    public func cleanup() {
        try? FileManager.default.removeItem(at: url)
    }
}
