import Deflate
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The import cache's entries on disk: one segment file holding the entries one after another
/// (each a `CompressedEntryFile`), and an index naming where each key's entry is.
///
/// One file per entry made a large pack's cache ten thousand files: ten thousand opens on every
/// next-day build, and on ext4 a full build right after deleting a pack and its cache spent seconds
/// of system time stepping past the freed inodes. A build appends what it imports to a new segment;
/// at the end (`finish(keeping:)`) the entries it still uses from the old segment are copied after
/// them, the index is replaced in one rename, and the old segment is deleted. So after any build the
/// cache holds exactly the entries that build used, in one file: an entry no longer used (a source
/// removed, a child's list replaced) leaves no bytes behind. A build that stores nothing and drops
/// nothing leaves both files as they are.
///
/// Safe to share between import tasks: every change of state is under one lock; reads and writes of
/// entry bytes (`pread`, `pwrite` at reserved offsets) are not. `finish(keeping:)` runs once the
/// imports are done. Two builds (of different outputs) sharing one cache folder at the same time
/// can delete each other's segment: their entries are then imported again, never mixed up, as
/// every entry is found through an index naming its segment and checked by length and CRC-32.
final class ImportCacheSegments: @unchecked Sendable {
    /// Where an entry's bytes are.
    struct Location: Equatable {
        var segment: String
        var offset: Int
        var length: Int
    }

    /// The `imports` folder.
    let folder: URL
    private let lock = NSLock()
    /// The index as the last build left it, read at the first lookup; nil until then.
    private var index: [String: Location]?
    /// Entries stored by this build, in `writer`'s segment.
    private var stored: [String: Location] = [:]
    /// The segment this build appends to, opened at its first store.
    private var writer: (name: String, descriptor: Int32, size: Int)?
    /// Read descriptors by segment name.
    private var readers: [String: Int32] = [:]

    init(folder: URL) {
        self.folder = folder
    }

    deinit {
        for descriptor in readers.values { close(descriptor) }
        if let writer { close(writer.descriptor) }
    }

    // MARK: Reading and storing

    /// The bytes of the entry under `key` (a `CompressedEntryFile`, unchecked), or nil.
    func bytes(for key: String) -> Data? {
        guard let (location, descriptor) = locate(key) else { return nil }
        return Self.read(descriptor, offset: location.offset, length: location.length)
    }

    /// Appends `file` (an entry's bytes) to this build's segment as the entry under `key`.
    func store(_ file: Data, for key: String) throws {
        // The index records an entry's length in 32 bits: a larger entry is not kept (imported again).
        guard file.count <= Int(UInt32.max) else { throw POSIXFailure(operation: "store", path: path(of: key), code: EFBIG) }
        let (descriptor, name, offset) = try reserve(file.count)
        try file.withUnsafeBytes { try Self.write(descriptor, $0, at: offset, path: path(of: name)) }
        lock.withLock { stored[key] = Location(segment: name, offset: offset, length: file.count) }
    }

    private func locate(_ key: String) -> (Location, Int32)? {
        lock.withLock {
            guard let location = stored[key] ?? loadedIndex()[key], let descriptor = reader(location.segment) else { return nil }
            return (location, descriptor)
        }
    }

    /// This build's segment (created at the first call) and `count` bytes reserved at its end.
    private func reserve(_ count: Int) throws -> (Int32, String, Int) {
        try lock.withLock { try reserveLocked(count) }
    }

    /// `reserve(_:)` with `lock` held.
    private func reserveLocked(_ count: Int) throws -> (Int32, String, Int) {
        if writer == nil {
            try SecureFileSystem.createDirectory(at: folder)
            let name = Self.segmentName(UInt64.random(in: .min ... .max))
            writer = (name, try Self.create(path(of: name)), 0)
        }
        let offset = writer!.size
        writer!.size += count
        return (writer!.descriptor, writer!.name, offset)
    }

    /// Must be called with `lock` held.
    private func loadedIndex() -> [String: Location] {
        if let index { return index }
        // A link planted in the index's place is not followed (nor is one at a segment: `O_NOFOLLOW`).
        let path = path(of: Self.indexName)
        let read = FileKind.of(path, followingLinks: false) != .regularFile ? [:]
            : (try? Data(contentsOf: URL(fileURLWithPath: path, isDirectory: false))).flatMap(Self.decodeIndex) ?? [:]
        index = read
        return read
    }

    /// Must be called with `lock` held.
    private func reader(_ segment: String) -> Int32? {
        if let descriptor = readers[segment] { return descriptor }
        let descriptor = open(path(of: segment), O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        readers[segment] = descriptor
        return descriptor
    }

    private func path(of name: String) -> String { folder.path + "/" + name }

    // MARK: The end of a build

    /// Makes the cache hold exactly the entries under `keep`: those this build stored, then those it
    /// reused, copied from the old segment after them; writes the index; deletes every other segment,
    /// entries of earlier cache formats and temporary files. Leaves everything as it is when this build
    /// stored nothing and every indexed entry is still used.
    func finish(keeping keep: Set<String>) throws {
        try lock.withLock {
            let old = loadedIndex()
            if stored.isEmpty, Set(old.keys) == keep {
                removeStrays(keeping: Set(old.values.map(\.segment)))
                return
            }
            var next: [String: Location] = [:]
            if stored.keys.allSatisfy(keep.contains) {
                for key in keep { if let location = stored[key] { next[key] = location } }
            } else if let writer {
                // This build stored entries it no longer uses: what it keeps goes into a new segment,
                // and the one holding those entries is deleted with the rest.
                close(writer.descriptor)
                self.writer = nil
            }
            let carried = keep.compactMap { key in next[key] == nil ? (stored[key] ?? old[key]).map { (key, $0) } : nil }
                .sorted { ($0.1.segment, $0.1.offset) < ($1.1.segment, $1.1.offset) }
            for (key, location) in carried {
                // An entry whose bytes cannot be read again is left out: its source is imported next time.
                guard let descriptor = reader(location.segment),
                      let bytes = Self.read(descriptor, offset: location.offset, length: location.length) else { continue }
                let (segment, name, offset) = try reserveLocked(bytes.count)
                try bytes.withUnsafeBytes { try Self.write(segment, $0, at: offset, path: path(of: name)) }
                next[key] = Location(segment: name, offset: offset, length: bytes.count)
            }
            // The segment is not synced: an entry a crash leaves damaged fails its length and CRC check
            // when read (`CompressedEntryFile.decode`) and its source is simply imported again.
            // Written beside and renamed over the old index, so a crash leaves one whole index or the other.
            let temporary = folder.appendingPathComponent(".\(Self.indexName).\(getpid()).tmp")
            try SecureFileSystem.write(Data(Self.encodeIndex(next)), to: temporary)
            guard rename(temporary.path, path(of: Self.indexName)) == 0 else {
                let code = errno
                unlink(temporary.path)
                throw POSIXFailure(operation: "rename", path: temporary.path, code: code)
            }
            index = next
            stored = [:]
            for descriptor in readers.values { close(descriptor) }
            readers = [:]
            // A store after this starts a segment of its own.
            if let writer { close(writer.descriptor) }
            writer = nil
            removeStrays(keeping: Set(next.values.map(\.segment)))
        }
    }

    /// Deletes our files in the folder but the index and the segments in `segments`: other segments,
    /// entries of cache formats before 6 (`<sha256>.entry`, `<sha256>.json`) and temporary files.
    /// Sub-folders, links and names this tool does not write are never touched.
    private func removeStrays(keeping segments: Set<String>) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name != Self.indexName && !segments.contains(name) && Self.isOwnName(name) {
            let path = path(of: name)
            if FileKind.of(path, followingLinks: false) == .regularFile { _ = unlink(path) }
        }
    }

    // MARK: Names

    /// The index's file name.
    static let indexName = "index.bin"

    /// A segment's file name: `segment-<16 hex digits>.bin`.
    static func segmentName(_ number: UInt64) -> String {
        let hex = String(number, radix: 16)
        return "segment-" + String(repeating: "0", count: 16 - hex.count) + hex + ".bin"
    }

    /// Whether a name in `imports/` is one this cache writes: the index, a segment, the temporary file
    /// of an index being written (`.index.bin.<pid>.tmp`, left by a killed run), or an entry of an
    /// earlier format (`<sha256>.entry`, `<sha256>.json`, `.<sha256>.<pid>.tmp`).
    static func isOwnName(_ name: String) -> Bool {
        func isHex(_ text: Substring, count: Int) -> Bool {
            text.utf8.count == count && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        }
        if name == indexName { return true }
        if name.hasPrefix("segment-") && name.hasSuffix(".bin") { return isHex(name.dropFirst(8).dropLast(4), count: 16) }
        if name.hasSuffix(".entry") { return isHex(name.dropLast(6), count: 64) }
        if name.hasSuffix(".json") { return isHex(name.dropLast(5), count: 64) }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard name.hasPrefix("."), parts.last == "tmp", parts.count >= 4,
              !parts[parts.count - 2].isEmpty, parts[parts.count - 2].utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        let stem = parts[1..<(parts.count - 2)].joined(separator: ".")
        return stem == indexName || (parts.count == 4 && isHex(parts[1], count: 64))
    }

    // MARK: The index

    static let indexMagic = Array("EVPKCI01".utf8)

    /// The index's bytes: the magic `EVPKCI01`, the number of segments (UInt16) and each one's name
    /// (length UInt16, UTF-8), the number of entries (UInt32), each entry as its key's 32 bytes, its
    /// segment's number (UInt16), offset (UInt64) and length (UInt32), and a CRC-32 of all before it.
    /// Integers little-endian; entries in key order, so the same cache gives the same bytes.
    static func encodeIndex(_ index: [String: Location]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.bytes(indexMagic)
        let segments = Set(index.values.map(\.segment)).sorted()
        let numbers = Dictionary(uniqueKeysWithValues: segments.enumerated().map { ($1, UInt16($0)) })
        writer.uint16(UInt16(segments.count))
        for segment in segments {
            writer.uint16(UInt16(segment.utf8.count))
            writer.bytes(Array(segment.utf8))
        }
        let entries = index.compactMap { key, location in keyBytes(key).map { (key, $0, location) } }.sorted { $0.0 < $1.0 }
        writer.uint32(UInt32(entries.count))
        for (_, key, location) in entries {
            writer.bytes(key)
            writer.uint16(numbers[location.segment]!)
            writer.uint64(UInt64(location.offset))
            writer.uint32(UInt32(location.length))
        }
        writer.uint32(CRC32.checksum(writer.output))
        return writer.output
    }

    /// The index in `data`, or nil when it is not a whole index of this format (every entry is then
    /// imported again).
    static func decodeIndex(_ data: Data) -> [String: Location]? {
        let bytes = [UInt8](data)
        guard bytes.count >= indexMagic.count + 2 + 4 + 4 else { return nil }
        var checksum = BinaryReader(Array(bytes[(bytes.count - 4)...]))
        guard CRC32.checksum(Array(bytes[..<(bytes.count - 4)])) == checksum.uint32() else { return nil }
        var reader = BinaryReader(Array(bytes[..<(bytes.count - 4)]))
        guard reader.bytes(indexMagic.count) == indexMagic, let segmentCount = reader.uint16() else { return nil }
        var segments: [String] = []
        for _ in 0..<segmentCount {
            guard let length = reader.uint16(), let name = reader.bytes(Int(length)).flatMap({ String(validating: $0, as: UTF8.self) }),
                  name.hasPrefix("segment-"), isOwnName(name) else { return nil }
            segments.append(name)
        }
        guard let count = reader.uint32(), Int(count) * 46 == reader.input.count - reader.offset else { return nil }
        var index: [String: Location] = [:]
        index.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let key = reader.bytes(32), let segment = reader.uint16(), Int(segment) < segments.count,
                  let offset = reader.uint64(), let length = reader.uint32(), offset <= UInt64(Int.max) else { return nil }
            index[FileHashing.hex(key)] = Location(segment: segments[Int(segment)], offset: Int(offset), length: Int(length))
        }
        return index
    }

    /// A cache key's 32 bytes (keys are SHA-256 digests in lower-case hex), or nil for any other text.
    static func keyBytes(_ key: String) -> [UInt8]? {
        let digits = Array(key.utf8)
        guard digits.count == 64 else { return nil }
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case 0x30...0x39: digit - 0x30
            case 0x61...0x66: digit - 0x61 + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for pair in stride(from: 0, to: 64, by: 2) {
            guard let high = value(digits[pair]), let low = value(digits[pair + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    // MARK: File operations

    /// Creates a new segment file, owner-only, refusing anything already at `path` (a planted link included).
    static func create(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(SecureFileSystem.filePermissions))
        guard descriptor >= 0 else { throw POSIXFailure(operation: "open", path: path, code: errno) }
        // `open` applies the umask; the mode is set again so the file is 0600 whatever it is.
        _ = fchmod(descriptor, mode_t(SecureFileSystem.filePermissions))
        return descriptor
    }

    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int, path: String) throws {
        var written = 0
        while written < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(offset + written))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw POSIXFailure(operation: "write", path: path, code: count < 0 ? errno : EIO) }
            written += count
        }
    }

    static func read(_ descriptor: Int32, offset: Int, length: Int) -> Data? {
        guard length > 0 else { return nil }
        var data = Data(count: length)
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            var filled = 0
            while filled < length {
                let count = pread(descriptor, buffer.baseAddress! + filled, length - filled, off_t(offset + filled))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                filled += count
            }
            return true
        }
        return complete ? data : nil
    }
}
