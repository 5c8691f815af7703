import Deflate
import Foundation
import Zstandard

/// The bytes of one import-cache entry on disk: the encoded entry (`CompactBinary`), compressed. Page
/// imports are mostly repeated keys, so they shrink several-fold; uncompressed, the cache of a large pack was half
/// the size of its inputs again (issue 22: outputs and cache together at most 1.5× the inputs).
///
/// Layout: a magic, the encoded entry's length (UInt64, little-endian), its CRC-32 (UInt32,
/// little-endian), then the compressed bytes. `EVPKCE02` (written): one Zstandard frame, level 1. A
/// nightly build reads 10,000 entries, and inflating them with zlib was a tenth of its CPU time;
/// Zstandard inflates them about three times as fast, a little smaller. `EVPKCE01` (read, so a cache
/// from before is not imported again): one raw deflate stream. Anything that does not decode to
/// exactly that length and CRC is no entry at all: a damaged entry is re-imported, never half-read.
enum CompressedEntryFile {
    /// The format written: Zstandard.
    static let magic = Array("EVPKCE02".utf8)
    /// The format of caches before Zstandard: raw deflate.
    static let deflateMagic = Array("EVPKCE01".utf8)
    static let headerSize = 8 + 8 + 4
    /// A ceiling on the length a header may claim, so a damaged header cannot ask for gigabytes.
    static let largestEntry: UInt64 = 4 << 30

    /// The file's bytes for the encoded entry `encoded`.
    static func encode(_ encoded: [UInt8]) throws -> Data {
        try encode(encoded, magic: magic, compressed: Zstandard.compress(encoded, level: Zstandard.fastest))
    }

    /// The file's bytes in the deflate format (caches written before Zstandard; for tests).
    static func encodeDeflated(_ encoded: [UInt8]) throws -> Data {
        try encode(encoded, magic: deflateMagic, compressed: RawDeflate.compress(encoded, level: RawDeflate.fastest))
    }

    private static func encode(_ encoded: [UInt8], magic: [UInt8], compressed: [UInt8]) -> Data {
        var file = Data(magic)
        file.reserveCapacity(headerSize + compressed.count)
        withUnsafeBytes(of: UInt64(encoded.count).littleEndian) { file.append(contentsOf: $0) }
        withUnsafeBytes(of: CRC32.checksum(encoded).littleEndian) { file.append(contentsOf: $0) }
        file.append(contentsOf: compressed)
        return file
    }

    /// The encoded entry inside `file`, or nil when the file is not a whole entry of either format.
    static func decode(_ file: Data) -> [UInt8]? {
        file.withUnsafeBytes { bytes -> [UInt8]? in
            guard bytes.count > headerSize else { return nil }
            let zstandard = bytes.prefix(8).elementsEqual(magic)
            guard zstandard || bytes.prefix(8).elementsEqual(deflateMagic) else { return nil }
            let length = bytes[8..<16].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let expectedChecksum = bytes[16..<20].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            guard length <= largestEntry else { return nil }
            let compressed = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
            let decoded = zstandard ? try? Zstandard.decompress(compressed, expectedSize: Int(length))
                                    : try? RawInflate.decompress(compressed, expectedSize: Int(length))
            guard let encoded = decoded, encoded.withUnsafeBytes({ CRC32.checksum($0) }) == expectedChecksum else { return nil }
            return encoded
        }
    }
}
