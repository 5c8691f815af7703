import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What an exporter may keep from one build to the next, so that a nightly build redoes only the
/// work that changed: a small value of its own in the cache folder (`exports/<exporter id>.memo`),
/// and the files it wrote into the pack this build replaces, which it may copy back only when their
/// SHA-256 is still the one it recorded. The previous pack is never read as evidence: only files
/// the exporter itself wrote, checked byte for byte, are carried over. Nil in a build without a cache.
public struct ExportMemory: Sendable {
    /// The memo file.
    let file: URL
    /// The payload folder (`data/`) of the pack this build replaces, as it stands before the swap;
    /// nil when there is none.
    public let previousPayload: URL?

    /// The memory of exporter `exporterID` in the cache folder `cacheFolder`, with the pack this
    /// build replaces at `previousPack` (nil when there is none).
    public init(cacheFolder: URL, exporterID: String, previousPack: URL?) {
        file = cacheFolder.appendingPathComponent("exports").appendingPathComponent(exporterID + ".memo")
        previousPayload = previousPack.map { $0.appendingPathComponent("data") }
            .flatMap { FileKind.of($0.path, followingLinks: false) == .folder ? $0 : nil }
    }

    /// The value remembered last, or nil (none, another type, or damaged: the exporter then does all
    /// its work, as on a first build).
    public func recalled<T: Decodable>(_ type: T.Type) -> T? {
        guard FileKind.of(file.path, followingLinks: false) == .regularFile,
              let bytes = try? Data(contentsOf: file), let encoded = CompressedEntryFile.decode(bytes) else { return nil }
        return try? CompactBinaryDecoder.decode(T.self, from: [UInt8](encoded))
    }

    /// Remembers `value` for the next build (owner-only, written whole or not at all).
    public func remember<T: Encodable>(_ value: T) throws {
        try SecureFileSystem.createDirectory(at: file.deletingLastPathComponent())
        let data = try CompressedEntryFile.encode(Data(CompactBinaryEncoder.encode(value)))
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        try SecureFileSystem.write(data, to: temporary, syncing: false)
        guard rename(temporary.path, file.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw POSIXFailure(operation: "rename", path: temporary.path, code: code)
        }
    }

    /// Forgets what was remembered (after a build whose work cannot be reused).
    public func forget() {
        if FileKind.of(file.path, followingLinks: false) == .regularFile { unlink(file.path) }
    }

    /// The bytes of `relativePath` in the previous pack's payload when its SHA-256 is `sha256`; nil
    /// when there is no such regular file or its bytes are not those. Read whole: for files the
    /// exporter takes pieces of (a few hundred megabytes at most).
    public func previousPackFile(_ relativePath: String, sha256: String) -> [UInt8]? {
        guard let previousPayload, !relativePath.split(separator: "/").contains("..") else { return nil }
        let path = previousPayload.appendingPathComponent(relativePath).path
        guard FileKind.of(path, followingLinks: false) == .regularFile else { return nil }
        let input = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else { return nil }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(input, $0.baseAddress! + filled, $0.count - filled) }
            guard count > 0 else { return nil }
            filled += count
        }
        return FileHashing.sha256(of: bytes) == sha256 ? bytes : nil
    }

    /// Copies `relativePath` of the previous pack's payload to `destination` (owner-only) when its
    /// SHA-256 is `sha256`, hashing as it copies; false, with nothing left at `destination`, when
    /// there is no such regular file or its bytes are not those.
    public func copyFromPreviousPack(_ relativePath: String, sha256: String, to destination: URL) -> Bool {
        guard let previousPayload, !relativePath.split(separator: "/").contains("..") else { return false }
        let source = previousPayload.appendingPathComponent(relativePath)
        guard FileKind.of(source.path, followingLinks: false) == .regularFile else { return false }
        let input = open(source.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else { return false }
        defer { close(input) }
        do {
            let output = try OwnerOnlyFile(creating: destination, bufferSize: 1 << 20, syncing: false)
            var hasher = SHA256()
            var block = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = block.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                guard count >= 0 else { throw POSIXFailure(operation: "read", path: source.path, code: errno) }
                if count == 0 { break }
                try block.withUnsafeBytes { raw in
                    let chunk = UnsafeRawBufferPointer(rebasing: raw[..<count])
                    hasher.update(bufferPointer: chunk)
                    try output.write(chunk)
                }
            }
            try output.close()
            guard FileHashing.hex(hasher.finalize()) == sha256 else {
                unlink(destination.path)
                return false
            }
            return true
        } catch {
            unlink(destination.path)
            return false
        }
    }
}
