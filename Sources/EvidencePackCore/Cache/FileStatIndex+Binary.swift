import Foundation

/// The stat index on disk: a small binary form, read on every build (a no-change nightly build reads
/// little else). As JSON through `Codable`, ten thousand entries took a fifth of such a build's time.
///
/// Layout, little-endian: the magic `EPSTAT1\n`; when the index was written (Int64 nanoseconds); the
/// importer set the sniffing was done with (an optional string); the number of entries (UInt32); then,
/// sorted by path, each entry's path, size, modification time (Int64 nanoseconds), inode (UInt64),
/// SHA-256 (hex string), media type and sniffed importer (optional strings). A string is its UTF-8
/// length (UInt32) and bytes; an absent optional string has the length 0xFFFFFFFF. Anything that does
/// not read back whole is no index at all (every file is then hashed again, as on a first build).
extension FileStatIndex {
    static let binaryMagic = Array("EPSTAT1\n".utf8)

    /// The index in its binary form (deterministic: entries sorted by path).
    public func binaryEncoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.bytes(Self.binaryMagic)
        writer.int64(writtenNanoseconds)
        writer.optionalString(sniffedWith)
        writer.uint32(UInt32(entries.count))
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.int64(entry.size)
            writer.int64(entry.modifiedNanoseconds)
            writer.uint64(entry.inode)
            writer.string(entry.sha256)
            writer.optionalString(entry.mediaType)
            writer.optionalString(entry.sniffedImporterID)
        }
        return writer.output
    }

    /// Reads an index written by `binaryEncoded()`; nil for anything else, truncated or damaged.
    public init?(binary bytes: [UInt8]) {
        var reader = BinaryReader(bytes)
        guard reader.bytes(Self.binaryMagic.count) == Self.binaryMagic,
              let written = reader.int64(), let sniffedWith = reader.optionalString(),
              let count = reader.uint32() else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(Int(min(count, 1 << 20)))
        for _ in 0..<count {
            guard let path = reader.string(), let size = reader.int64(), let modified = reader.int64(),
                  let inode = reader.uint64(), let sha256 = reader.string(),
                  let mediaType = reader.optionalString(), let importer = reader.optionalString() else { return nil }
            entries[path] = Entry(size: size, modifiedNanoseconds: modified, inode: inode, sha256: sha256,
                                  mediaType: mediaType, sniffedImporterID: importer)
        }
        guard reader.isAtEnd else { return nil }
        self.init(entries: entries, writtenNanoseconds: written, sniffedWith: sniffedWith)
    }
}

/// Appends fixed-width little-endian numbers and length-prefixed strings.
private struct BinaryWriter {
    var output: [UInt8] = []

    mutating func bytes(_ bytes: [UInt8]) { output += bytes }
    mutating func uint32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { output += $0 } }
    mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { output += $0 } }
    mutating func int64(_ value: Int64) { uint64(UInt64(bitPattern: value)) }

    mutating func string(_ value: String) {
        uint32(UInt32(value.utf8.count))
        output += value.utf8
    }

    mutating func optionalString(_ value: String?) {
        guard let value else { return uint32(.max) }
        string(value)
    }
}

/// Reads what `BinaryWriter` wrote, never past the end (nil instead).
private struct BinaryReader {
    let input: [UInt8]
    var offset = 0

    init(_ input: [UInt8]) { self.input = input }

    var isAtEnd: Bool { offset == input.count }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, input.count - offset >= count else { return nil }
        defer { offset += count }
        return Array(input[offset..<offset + count])
    }

    mutating func uint64() -> UInt64? {
        guard input.count - offset >= 8 else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(input[offset + index]) << (8 * index) }
        offset += 8
        return value
    }

    mutating func uint32() -> UInt32? {
        guard input.count - offset >= 4 else { return nil }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(input[offset + index]) << (8 * index) }
        offset += 4
        return value
    }

    mutating func int64() -> Int64? { uint64().map { Int64(bitPattern: $0) } }

    mutating func string() -> String? {
        guard let length = uint32(), length != .max, input.count - offset >= Int(length) else { return nil }
        defer { offset += Int(length) }
        return String(validating: input[offset..<offset + Int(length)], as: UTF8.self)
    }

    /// `.some(nil)` for an absent string, nil when the bytes do not read.
    mutating func optionalString() -> String?? {
        let start = offset
        guard let length = uint32() else { return nil }
        if length == .max { return .some(nil) }
        offset = start
        guard let value = string() else { return nil }
        return .some(value)
    }
}
