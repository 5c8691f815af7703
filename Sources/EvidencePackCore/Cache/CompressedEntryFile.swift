import Foundation
import ZIPFoundation

/// The bytes of one import-cache entry on disk: the encoded entry (`CompactBinary`), deflated. Page
/// imports are mostly repeated keys, so they shrink several-fold; uncompressed, the cache of a large pack was half
/// the size of its inputs again (issue 22: outputs and cache together at most 1.5× the inputs).
///
/// Layout: the magic `EVPKCE01`, the encoded entry's length (UInt64, little-endian), its CRC-32 (UInt32,
/// little-endian), then one raw deflate stream (zlib, through ZIPFoundation, which the pack zip
/// already uses). Anything that does not decode to exactly that length and CRC is no entry at all:
/// a damaged entry is re-imported, never half-read.
enum CompressedEntryFile {
    static let magic = Array("EVPKCE01".utf8)
    static let headerSize = 8 + 8 + 4
    /// zlib's working buffer, in and out.
    static let bufferSize = 64 * 1024
    /// A ceiling on the length a header may claim, so a damaged header cannot ask for gigabytes.
    static let largestEntry: UInt64 = 4 << 30

    /// The file's bytes for the encoded entry `json` (named for the format it first held).
    static func encode(_ json: Data) throws -> Data {
        var compressed = Data()
        let checksum = try Data.compress(size: Int64(json.count), bufferSize: bufferSize, provider: { position, size in
            let start = json.startIndex + Int(position)
            return json.subdata(in: start..<min(start + size, json.endIndex))
        }, consumer: { compressed.append($0) })
        var file = Data(magic)
        file.reserveCapacity(headerSize + compressed.count)
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { file.append(contentsOf: $0) }
        withUnsafeBytes(of: checksum.littleEndian) { file.append(contentsOf: $0) }
        file.append(compressed)
        return file
    }

    /// The encoded entry inside `file`, or nil when the file is not a whole entry of this format.
    static func decode(_ file: Data) -> Data? {
        let bytes = [UInt8](file)
        guard bytes.count > headerSize, Array(bytes[0..<8]) == magic else { return nil }
        let length = bytes[8..<16].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let expectedChecksum = bytes[16..<20].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard length <= largestEntry else { return nil }
        let compressed = Data(bytes[headerSize...])
        var json = Data()
        json.reserveCapacity(Int(length))
        do {
            let checksum = try Data.decompress(size: Int64(compressed.count), bufferSize: bufferSize, skipCRC32: false,
                                               provider: { position, size in paddedChunk(of: compressed, at: Int(position), size: size) },
                                               consumer: { chunk in
                                                   json.append(chunk)
                                                   if UInt64(json.count) > length { throw DecodeError.longerThanDeclared }
                                               })
            guard checksum == expectedChecksum, UInt64(json.count) == length else { return nil }
        } catch {
            return nil
        }
        return json
    }

    /// `size` bytes of `data` from `position`, zeros past its end. ZIPFoundation's inflate loop hands
    /// zlib `size` bytes whatever the chunk's length; padding keeps zlib inside the buffer on a
    /// truncated or damaged stream (zeros are no valid continuation: it stops with an error).
    private static func paddedChunk(of data: Data, at position: Int, size: Int) -> Data {
        let start = min(data.startIndex + position, data.endIndex)
        var chunk = data.subdata(in: start..<min(start + size, data.endIndex))
        if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
        return chunk
    }

    private enum DecodeError: Error { case longerThanDeclared }
}
