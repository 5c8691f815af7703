import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SHA-256 of files and bytes, streamed so that a large CSV is never read whole into memory.
public enum FileHashing {
    /// Lower-case hex SHA-256 of a file, read in 1 MiB chunks.
    public static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }

    /// Lower-case hex SHA-256 of a file and its first `headSize` bytes, in one pass: discovery needs
    /// both of every file, and opening each twice (through `FileHandle`, a megabyte buffer per read)
    /// showed in `check` over 10,000 small pages.
    public static func sha256AndHead(of url: URL, headSize: Int) throws -> (sha256: String, head: [UInt8]) {
        try hashing(path: url.path, flags: O_RDONLY | O_CLOEXEC, headSize: headSize)
    }

    /// Lower-case hex SHA-256 of the regular file at `path`, opened without following a link.
    public static func sha256(ofNoFollow path: String) throws -> String {
        try hashing(path: path, flags: O_RDONLY | O_NOFOLLOW | O_CLOEXEC, headSize: 0).sha256
    }

    /// Opens `path` with `flags` and reads it through once, in 64 KB reads into a temporary buffer:
    /// its SHA-256 and its first `headSize` bytes.
    private static func hashing(path: String, flags: Int32, headSize: Int) throws -> (sha256: String, head: [UInt8]) {
        let descriptor = open(path, flags)
        guard descriptor >= 0 else { throw POSIXFailure(operation: "open", path: path, code: errno) }
        defer { close(descriptor) }
        var hasher = SHA256()
        var head: [UInt8] = []
        try withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 16) { block in
            while true {
                let count = read(descriptor, block.baseAddress, block.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw POSIXFailure(operation: "read", path: path, code: errno)
                }
                if count == 0 { break }
                let bytes = UnsafeRawBufferPointer(rebasing: block[..<count])
                if head.count < headSize { head += bytes.prefix(headSize - head.count) }
                hasher.update(bufferPointer: bytes)
            }
        }
        return (hex(hasher.finalize()), head)
    }

    /// A SHA-256 worked out piece by piece (of a file as it is written).
    public struct Running: Sendable {
        private var hasher = SHA256()

        public init() {}

        /// Adds the next bytes.
        public mutating func add(_ bytes: some DataProtocol) {
            hasher.update(data: bytes)
        }

        /// Lower-case hex SHA-256 of everything added.
        public func finish() -> String { hex(hasher.finalize()) }
    }

    /// Lower-case hex SHA-256 of bytes.
    public static func sha256(of data: some DataProtocol) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Lower-case hex of bytes (a digest, a cache key's bytes).
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
