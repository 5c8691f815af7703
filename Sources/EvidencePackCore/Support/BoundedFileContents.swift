import Foundation

/// A file's bytes read into memory only up to a limit, for importers that parse a whole file at once
/// (minutes text, HTML pages): one huge file must not take the build's memory with it. Past the limit
/// the importer reads the first part, says so in a diagnostic, and the file is still carried whole.
public struct BoundedFileContents: Sendable {
    /// The bytes read: the whole file, or its first `limit` bytes.
    public var bytes: [UInt8]
    /// The file's size when it was opened.
    public var fileSize: Int64
    /// The limit the file was read under.
    public var limit: Int
    /// True when the file is larger than the limit and only its first part was read.
    public var isTruncated: Bool { fileSize > Int64(limit) }

    /// 64 MiB: far above any real minutes or agenda page, far below what would strain memory.
    public static let defaultLimit = 64 << 20
    /// The importer option (pack pin `options:`) that sets the limit in bytes.
    public static let limitOption = "maxFileBytes"

    /// The limit an importer's options set (`maxFileBytes`, a positive whole number), else the default.
    public static func limit(from options: [String: String], default fallback: Int = defaultLimit) -> Int {
        guard let text = options[limitOption], let value = Int(text.trimmingCharacters(in: .whitespaces)), value > 0 else {
            return fallback
        }
        return value
    }

    /// Reads an input up to `limit` bytes, never allocating more than that, through the guarded path
    /// (`GuardedInput`: no link out of `root` is followed, whatever was swapped since discovery).
    public static func read(relativePath: String, root: URL, limit: Int) throws -> BoundedFileContents {
        let input = try GuardedInput.open(relativePath: relativePath, root: root, expectedSHA256: nil)
        defer { input.close() }
        let size = input.fileSize
        let bytes = try input.read(upToCount: Int(min(size, Int64(max(0, limit)))))
        return BoundedFileContents(bytes: bytes, fileSize: size, limit: limit)
    }

    /// Reads an input whole, through the guarded path, when it is at most `limit` bytes, and checks its
    /// bytes against the discovery fingerprint (`GuardedInput.finish()`: throws when the file changed
    /// since discovery). A larger file is read only as far as its first `headBytes` (enough to tell its
    /// format), so that the importer never holds more than the limit; `isTruncated` is then true.
    public static func readWhole(relativePath: String, root: URL, limit: Int, expectedSHA256: String?,
                                 headBytes: Int = 8192) throws -> BoundedFileContents {
        let input = try GuardedInput.open(relativePath: relativePath, root: root, expectedSHA256: expectedSHA256)
        defer { input.close() }
        let size = input.fileSize
        guard size <= Int64(max(0, limit)) else {
            return BoundedFileContents(bytes: try input.read(upToCount: headBytes), fileSize: size, limit: limit)
        }
        // finish() hashes anything past the size too: a file that grew since it was opened fails the check.
        let bytes = try input.read(upToCount: Int(size))
        try input.finish()
        return BoundedFileContents(bytes: bytes, fileSize: size, limit: limit)
    }

    /// The diagnostic's message for a file over the limit (names the sizes and the option, no content).
    public var tooLargeMessage: String {
        "the file is \(fileSize) bytes, over this importer's limit of \(limit) bytes (option \(Self.limitOption)): "
            + "only its first \(limit) bytes were read; the file is still carried whole"
    }
}
