import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    public static func limit(from options: [String: String]) -> Int {
        guard let text = options[limitOption], let value = Int(text.trimmingCharacters(in: .whitespaces)), value > 0 else {
            return defaultLimit
        }
        return value
    }

    /// Reads a regular file up to `limit` bytes, never allocating more than that.
    public static func read(_ url: URL, limit: Int) throws -> BoundedFileContents {
        let path = url.path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw POSIXFailure(operation: "open", path: path, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw POSIXFailure(operation: "stat", path: path, code: errno) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw POSIXFailure(operation: "read", path: path, code: status.st_mode & S_IFMT == S_IFDIR ? EISDIR : EINVAL)
        }
        let size = Int64(status.st_size)
        let wanted = Int(min(size, Int64(max(0, limit))))
        let bytes = try [UInt8](unsafeUninitializedCapacity: wanted) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < wanted {
                let got = systemRead(descriptor, base + count, wanted - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { throw POSIXFailure(operation: "read", path: path, code: errno) }
                if got == 0 { break }
                count += got
            }
        }
        return BoundedFileContents(bytes: bytes, fileSize: size, limit: limit)
    }

    /// The diagnostic's message for a file over the limit (names the sizes and the option, no content).
    public var tooLargeMessage: String {
        "the file is \(fileSize) bytes, over this importer's limit of \(limit) bytes (option \(Self.limitOption)): "
            + "only its first \(limit) bytes were read; the file is still carried whole"
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
