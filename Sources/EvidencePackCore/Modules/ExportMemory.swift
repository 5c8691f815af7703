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
    /// Which of the previous pack's files are provably unchanged since a build proved them (their
    /// bytes then need no hashing to be carried over); nil when none can be.
    public let previousPackProof: PreviousPackProof?

    /// The memory of exporter `exporterID` in the cache folder `cacheFolder`, with the pack this
    /// build replaces at `previousPack` (nil when there is none) and what is proven of it.
    public init(cacheFolder: URL, exporterID: String, previousPack: URL?, proof: PreviousPackProof? = nil) {
        file = cacheFolder.appendingPathComponent("exports").appendingPathComponent(exporterID + ".memo")
        previousPayload = previousPack.map { $0.appendingPathComponent("data") }
            .flatMap { FileKind.of($0.path, followingLinks: false) == .folder ? $0 : nil }
        previousPackProof = previousPayload == nil ? nil : proof
    }

    /// The value remembered last, or nil (none, another type, or damaged: the exporter then does all
    /// its work, as on a first build).
    public func recalled<T: Decodable>(_ type: T.Type) -> T? {
        guard FileKind.of(file.path, followingLinks: false) == .regularFile,
              let bytes = try? Data(contentsOf: file), let encoded = CompressedEntryFile.decode(bytes) else { return nil }
        return try? CompactBinaryDecoder.decode(T.self, from: encoded)
    }

    /// Remembers `value` for the next build (owner-only, written whole or not at all).
    public func remember<T: Encodable>(_ value: T) throws {
        try SecureFileSystem.createDirectory(at: file.deletingLastPathComponent())
        let data = try CompressedEntryFile.encode(CompactBinaryEncoder.encode(value))
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

    /// Pieces of `relativePath` in the previous pack's payload, each checked against the SHA-256
    /// recorded for it (see `PreviousPackPieces`); nil when there is no such regular file.
    ///
    /// `fileSHA256`: the whole file's SHA-256 as the exporter wrote it. When the previous pack's
    /// file is proven to be that one (`PreviousPackProof`), the pieces are read without hashing.
    public func previousPackPieces(_ relativePath: String, fileSHA256: String? = nil) -> PreviousPackPieces? {
        guard let previousPayload, !relativePath.split(separator: "/").contains("..") else { return nil }
        let proven = fileSHA256.flatMap { expected in previousPackProof?.proven(relativePath).flatMap { $0.sha256 == expected ? $0.state : nil } }
        return PreviousPackPieces(path: previousPayload.appendingPathComponent(relativePath, isDirectory: false).path, provenState: proven)
    }

    /// Makes `destination` a second name of `relativePath` in the previous pack's payload when its
    /// SHA-256 is `sha256` (checked through the new name, see `SecureFileSystem.linkVerified`, or
    /// proven by its state, see `PreviousPackProof`); false, with nothing left at `destination`,
    /// otherwise. No bytes are written.
    public func linkFromPreviousPack(_ relativePath: String, sha256: String, to destination: URL) -> Bool {
        guard let previousPayload, !relativePath.split(separator: "/").contains("..") else { return false }
        let source = previousPayload.appendingPathComponent(relativePath, isDirectory: false)
        if let proven = previousPackProof?.proven(relativePath) {
            return proven.sha256 == sha256 && SecureFileSystem.linkProven(from: source, to: destination, state: proven.state)
        }
        return SecureFileSystem.linkVerified(from: source, to: destination, sha256: sha256)
    }

    /// Copies `relativePath` of the previous pack's payload to `destination` (owner-only) when its
    /// SHA-256 is `sha256`, hashing as it copies; false, with nothing left at `destination`, when
    /// there is no such regular file or its bytes are not those.
    public func copyFromPreviousPack(_ relativePath: String, sha256: String, to destination: URL) -> Bool {
        guard let previousPayload, !relativePath.split(separator: "/").contains("..") else { return false }
        let source = previousPayload.appendingPathComponent(relativePath, isDirectory: false)
        guard FileKind.of(source.path, followingLinks: false) == .regularFile else { return false }
        // Proven by its state: no hashing, provided the open file shows the same content (inode, size,
        // modification time) before and after the copy.
        let proven = previousPackProof?.proven(relativePath)
        if let proven, proven.sha256 != sha256 { return false }
        let input = open(source.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else { return false }
        defer { close(input) }
        if let proven {
            guard BagFileStates.State.ofOpenFile(input)?.isSameContent(as: proven.state) == true else { return false }
        }
        do {
            let output = try OwnerOnlyFile(creating: destination, bufferSize: 1 << 20, syncing: false)
            var hasher: SHA256? = proven == nil ? SHA256() : nil
            var block = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = block.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                guard count >= 0 else { throw POSIXFailure(operation: "read", path: source.path, code: errno) }
                if count == 0 { break }
                try block.withUnsafeBytes { raw in
                    let chunk = UnsafeRawBufferPointer(rebasing: raw[..<count])
                    hasher?.update(bufferPointer: chunk)
                    try output.write(chunk)
                }
            }
            try output.close()
            let unchanged = proven.map { BagFileStates.State.ofOpenFile(input)?.isSameContent(as: $0.state) == true } ?? true
            guard unchanged, hasher.map({ FileHashing.hex($0.finalize()) == sha256 }) ?? true else {
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

/// Reads pieces of a file of the pack being replaced (a record's JSON or XML), each only when its
/// bytes have the SHA-256 recorded when it was written: a file edited since gives no piece, and
/// memory holds one piece at a time whatever the file's size.
public final class PreviousPackPieces: @unchecked Sendable {
    private let descriptor: Int32
    private let size: Int
    /// The state the file is proven in (see `PreviousPackProof`): while the open file shows the same
    /// content, a piece's bytes are those recorded and need no hashing. Nil once it does not.
    private var provenState: BagFileStates.State?

    init?(path: String, provenState: BagFileStates.State? = nil) {
        guard FileKind.of(path, followingLinks: false) == .regularFile else { return nil }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        size = Int(info.st_size)
        self.provenState = provenState.flatMap { BagFileStates.State(info).isSameContent(as: $0) ? $0 : nil }
    }

    deinit { close(descriptor) }

    /// The `length` bytes from `offset` when their SHA-256 is `sha256`, else nil.
    public func piece(offset: Int, length: Int, sha256: String) -> [UInt8]? {
        guard offset >= 0, length > 0, offset <= size - length else { return nil }
        var bytes = [UInt8](repeating: 0, count: length)
        var filled = 0
        while filled < length {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, length - filled, off_t(offset + filled)) }
            guard count > 0 else { return nil }
            filled += count
        }
        // Checked after the read: a write during it would have moved the modification time.
        if let provenState {
            if BagFileStates.State.ofOpenFile(descriptor)?.isSameContent(as: provenState) == true { return bytes }
            self.provenState = nil
        }
        return FileHashing.sha256(of: bytes) == sha256 ? bytes : nil
    }
}

/// Where a piece of an exporter's file is, and its SHA-256 (an `ExportMemory` memo keeps these).
public struct PackFilePiece: Codable, Sendable, Equatable {
    public var offset: Int
    public var length: Int
    public var sha256: String

    public init(offset: Int, length: Int, sha256: String) {
        self.offset = offset
        self.length = length
        self.sha256 = sha256
    }
}
