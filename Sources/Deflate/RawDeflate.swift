import CZlibDeflate

/// Raw DEFLATE (RFC 1951, no zlib or gzip wrapper), as zip entries hold it: the only code, with
/// `CRC32` and `RawInflate`, that touches zlib's C API (as `LibXML` is for libxml2).
public enum RawDeflate {
    /// Compresses `bytes` as one independent piece of a DEFLATE stream.
    ///
    /// A piece that is not `final` ends with a sync flush (an empty stored block, on a byte boundary),
    /// so pieces compressed separately, even on different threads, can be concatenated: the last
    /// one, `final`, ends the stream. (pigz compresses in parallel the same way.)
    public static func compress(_ bytes: UnsafeRawBufferPointer, level: Int32, final: Bool) throws -> [UInt8] {
        var stream = z_stream()
        let status = deflateInit2_(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw DeflateError(operation: "deflateInit2", status: status) }
        defer { deflateEnd(&stream) }
        // deflateBound covers Z_FINISH; a sync flush adds at most an empty stored block.
        let capacity = Int(deflateBound(&stream, uLong(bytes.count))) + 16
        var output = [UInt8](repeating: 0, count: capacity)
        let written: Int = try output.withUnsafeMutableBufferPointer { buffer in
            stream.next_in = UnsafeMutablePointer(mutating: bytes.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(bytes.count)
            stream.next_out = buffer.baseAddress
            stream.avail_out = uInt(buffer.count)
            let result = deflate(&stream, final ? Z_FINISH : Z_SYNC_FLUSH)
            let done = final ? result == Z_STREAM_END : result == Z_OK && stream.avail_in == 0 && stream.avail_out > 0
            guard done else { throw DeflateError(operation: "deflate", status: result) }
            return buffer.count - Int(stream.avail_out)
        }
        output.removeSubrange(written...)
        return output
    }

    /// Compresses `bytes` as a whole DEFLATE stream.
    public static func compress(_ bytes: [UInt8], level: Int32) throws -> [UInt8] {
        try bytes.withUnsafeBytes { try compress($0, level: level, final: true) }
    }

    /// zlib's fastest level: about three times the speed of the default level on worksheet XML,
    /// for files about a fifth larger.
    public static let fastest: Int32 = Z_BEST_SPEED
}

/// Inflates raw DEFLATE data.
public enum RawInflate {
    /// The bytes `compressed` holds; `expectedSize` is what the container says (a cap, too).
    public static func decompress(_ compressed: UnsafeRawBufferPointer, expectedSize: Int) throws -> [UInt8] {
        var stream = z_stream()
        var status = inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw DeflateError(operation: "inflateInit2", status: status) }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: expectedSize)
        let produced: Int = output.withUnsafeMutableBufferPointer { buffer in
            stream.next_in = UnsafeMutablePointer(mutating: compressed.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(compressed.count)
            stream.next_out = buffer.baseAddress
            stream.avail_out = uInt(buffer.count)
            status = inflate(&stream, Z_FINISH)
            return buffer.count - Int(stream.avail_out)
        }
        guard status == Z_STREAM_END, produced == expectedSize else {
            throw DeflateError(operation: "inflate", status: status == Z_STREAM_END ? Z_DATA_ERROR : status)
        }
        return output
    }
}

/// CRC-32 as zip entries record it.
public enum CRC32 {
    /// The CRC-32 of `bytes`, continuing from `crc` (0 to start).
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard let base = bytes.bindMemory(to: Bytef.self).baseAddress else { return crc }
        return UInt32(crc32(uLong(crc), base, uInt(bytes.count)))
    }

    /// The CRC-32 of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// The CRC-32 of two pieces one after the other, from each one's CRC and the second's length.
    public static func combine(_ first: UInt32, _ second: UInt32, secondLength: Int) -> UInt32 {
        UInt32(crc32_combine(uLong(first), uLong(second), off_t(secondLength)))
    }
}

/// A zlib call that failed, with zlib's status code.
public struct DeflateError: Error, CustomStringConvertible, Sendable {
    /// The zlib function.
    public var operation: String
    /// Its status (`Z_DATA_ERROR`, `Z_MEM_ERROR`, …).
    public var status: Int32

    public var description: String {
        let reason: String
        switch status {
        case Z_DATA_ERROR: reason = "the data is damaged"
        case Z_MEM_ERROR: reason = "out of memory"
        case Z_BUF_ERROR: reason = "no room to continue"
        case Z_STREAM_ERROR: reason = "inconsistent stream state"
        default: reason = "status \(status)"
        }
        return "zlib \(operation) failed: \(reason)"
    }
}
