import Deflate
import Foundation

/// The bytes of one import-cache entry on disk: the encoded entry (`CompactBinary`), deflated. Page
/// imports are mostly repeated keys, so they shrink several-fold; uncompressed, the cache of a large pack was half
/// the size of its inputs again (issue 22: outputs and cache together at most 1.5× the inputs).
///
/// Layout: the magic `EVPKCE01`, the encoded entry's length (UInt64, little-endian), its CRC-32 (UInt32,
/// little-endian), then one raw deflate stream (zlib, through the `Deflate` module: one call each way,
/// with zlib's own CRC-32; reading 10,000 entries through a chunked inflate and a CRC-32 worked out in
/// Swift was a fifth of a next-day build). Anything that does not decode to exactly that length and
/// CRC is no entry at all: a damaged entry is re-imported, never half-read.
enum CompressedEntryFile {
    static let magic = Array("EVPKCE01".utf8)
    static let headerSize = 8 + 8 + 4
    /// A ceiling on the length a header may claim, so a damaged header cannot ask for gigabytes.
    static let largestEntry: UInt64 = 4 << 30

    /// The file's bytes for the encoded entry `encoded`.
    static func encode(_ encoded: [UInt8]) throws -> Data {
        // The fastest level: a large pack's full build writes 10,000 entries, and the next build's
        // reading costs the same at any level.
        let compressed = try RawDeflate.compress(encoded, level: RawDeflate.fastest)
        var file = Data(magic)
        file.reserveCapacity(headerSize + compressed.count)
        withUnsafeBytes(of: UInt64(encoded.count).littleEndian) { file.append(contentsOf: $0) }
        withUnsafeBytes(of: CRC32.checksum(encoded).littleEndian) { file.append(contentsOf: $0) }
        file.append(contentsOf: compressed)
        return file
    }

    /// The encoded entry inside `file`, or nil when the file is not a whole entry of this format.
    static func decode(_ file: Data) -> [UInt8]? {
        file.withUnsafeBytes { bytes -> [UInt8]? in
            guard bytes.count > headerSize, bytes.prefix(8).elementsEqual(magic) else { return nil }
            let length = bytes[8..<16].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let expectedChecksum = bytes[16..<20].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            guard length <= largestEntry,
                  let encoded = try? RawInflate.decompress(UnsafeRawBufferPointer(rebasing: bytes[headerSize...]), expectedSize: Int(length)),
                  encoded.withUnsafeBytes({ CRC32.checksum($0) }) == expectedChecksum else { return nil }
            return encoded
        }
    }
}
