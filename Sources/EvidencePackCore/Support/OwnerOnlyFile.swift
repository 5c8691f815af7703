import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A new file written in pieces, readable by its owner only (0600), through a buffer: large outputs
/// (pack.json, pack.xml) go to disk as they are produced instead of being built whole in memory.
/// A symbolic link planted at the path is refused, never followed; `close()` flushes and syncs.
public final class OwnerOnlyFile {
    /// The file's path, for messages.
    public let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let bufferSize: Int
    private let syncing: Bool
    /// Where `close()` records the SHA-256 of the bytes written (hashed as they go out), if anywhere.
    private let digests: PayloadDigests?
    private var hasher: SHA256?

    /// Creates (or truncates) the file and its parent folders (0700).
    ///
    /// - Parameter syncing: whether `close()` waits until the bytes are on disk (the pack's files);
    ///   a file that is checked when read back and simply remade when damaged (a cache entry) skips it.
    /// - Parameter digests: where `close()` records the file's SHA-256 (see `PayloadDigests`).
    public init(creating url: URL, bufferSize: Int = 1 << 18, syncing: Bool = true, digests: PayloadDigests? = nil) throws {
        try SecureFileSystem.createDirectory(at: url.deletingLastPathComponent())
        path = url.path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode_t(SecureFileSystem.filePermissions))
        guard descriptor >= 0 else { throw POSIXFailure(operation: "open", path: path, code: errno) }
        // open applies the umask to a new file only; an existing one keeps its bits unless changed here.
        _ = fchmod(descriptor, mode_t(SecureFileSystem.filePermissions))
        self.bufferSize = bufferSize
        self.syncing = syncing
        self.digests = digests
        hasher = digests == nil ? nil : SHA256()
        buffer.reserveCapacity(bufferSize)
    }

    deinit {
        if descriptor >= 0 { closeDescriptor(descriptor) }
    }

    /// Appends bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > bufferSize {
            try flush()
            if bytes.count >= bufferSize { return try writeThrough(bytes) }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Appends bytes.
    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    /// Appends text as UTF-8.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes what is buffered, syncs the file to disk (unless made with `syncing: false`) and closes
    /// it; the file is complete only after this.
    public func close() throws {
        guard descriptor >= 0 else { return }
        defer {
            closeDescriptor(descriptor)
            descriptor = -1
        }
        try flush()
        if syncing {
            guard fsync(descriptor) == 0 || errno == EINVAL else { throw POSIXFailure(operation: "fsync", path: path, code: errno) }
        }
        if let digests, let hasher { digests.record(FileHashing.hex(hasher.finalize()), ofFileAt: path) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeThrough($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeThrough(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw POSIXFailure(operation: "write", path: path, code: EBADF) }
        guard let base = bytes.baseAddress else { return }
        hasher?.update(bufferPointer: bytes)
        var offset = 0
        while offset < bytes.count {
            let written = writeDescriptor(descriptor, base.advanced(by: offset), bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXFailure(operation: "write", path: path, code: errno)
            }
            offset += written
        }
    }
}

// At file scope: inside `OwnerOnlyFile` its own `close()` and `write(_:)` would shadow the system calls.
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }
private func writeDescriptor(_ descriptor: Int32, _ base: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, base, count) }
