import CZlibDeflate

/// One zip entry's inflated bytes, pulled a buffer at a time (for a streaming XML reader): memory
/// stays flat however large the entry is. Reads no more than the entry's compressed bytes, stops
/// past `limit` inflated bytes, and at the end checks the CRC-32 and size the directory recorded.
/// Every call either consumes input, produces output or throws, so no entry can make it spin.
public final class ZipEntryReader {
    private let archive: ZipArchive
    private let entry: ZipArchive.Entry
    private let limit: Int
    /// zlib's state, at one address for the reader's life (zlib checks that it never moves).
    private let stream: UnsafeMutablePointer<z_stream> = {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        return stream
    }()
    private var started = false
    private var inflating = false
    private var finished = false
    /// Compressed bytes not yet read from the file.
    private var remaining: Int
    private var position: Int
    /// Compressed bytes read but not yet inflated (zlib keeps a pointer into it between calls).
    private let input = UnsafeMutablePointer<UInt8>.allocate(capacity: ZipEntryReader.inputChunk)
    private var streamEnded = false
    private var produced = 0
    private var crc: UInt32 = 0

    /// Compressed bytes read from the file at a time.
    static let inputChunk = 64 << 10

    init(archive: ZipArchive, entry: ZipArchive.Entry, limit: Int) {
        self.archive = archive
        self.entry = entry
        self.limit = limit
        remaining = entry.compressedSize
        position = entry.dataOffset
    }

    deinit {
        if inflating { inflateEnd(stream) }
        stream.deallocate()
        input.deallocate()
    }

    private func damaged(_ reason: String) -> ZipArchive.Failure {
        .damagedEntry(entry.path, reason)
    }

    /// Copies up to `buffer.count` inflated bytes into `buffer`; 0 at the end of the entry.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        do {
            return try step(into: buffer)
        } catch {
            // A failure ends the entry: nothing after it is read.
            finished = true
            throw error
        }
    }

    private func step(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if !started { try start() }
        let count = entry.method == 0 ? try readStored(into: buffer) : try readDeflated(into: buffer)
        guard count > 0 else {
            try finish()
            return 0
        }
        produced += count
        if produced > limit { throw ZipArchive.Failure.tooLarge(entry.path, limit: limit) }
        crc = CRC32.checksum(UnsafeRawBufferPointer(rebasing: buffer[..<count]), continuing: crc)
        return count
    }

    private func start() throws {
        started = true
        guard !entry.isEncrypted else { throw damaged("encrypted") }
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw damaged("a stored entry whose two sizes differ") }
        case 8:
            let status = inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else { throw DeflateError(operation: "inflateInit2", status: status) }
            inflating = true
        default:
            throw damaged("compression method \(entry.method), which this reader does not support")
        }
    }

    private func readStored(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let want = min(buffer.count, remaining)
        guard want > 0 else { return 0 }
        let got = try archive.source.copy(at: position, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<want]))
        guard got == want else { throw damaged("the file ends inside it") }
        position += got
        remaining -= got
        return got
    }

    private func readDeflated(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if streamEnded { return 0 }
        while true {
            if stream.pointee.avail_in == 0 && remaining > 0 {
                let want = min(Self.inputChunk, remaining)
                let got = try archive.source.copy(at: position, into: UnsafeMutableRawBufferPointer(start: input, count: want))
                guard got == want else { throw damaged("the file ends inside it") }
                position += got
                remaining -= got
                stream.pointee.next_in = input
                stream.pointee.avail_in = uInt(got)
            }
            let hadInput = stream.pointee.avail_in
            stream.pointee.next_out = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(buffer.count)
            let status = inflate(stream, Z_NO_FLUSH)
            let count = buffer.count - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                // Inflated to its end: any bytes after it are not this entry's data.
                streamEnded = true
                return count
            case Z_OK, Z_BUF_ERROR:
                if count > 0 { return count }
                // No output: zlib must have used input, and there must be more to give it.
                if stream.pointee.avail_in == 0 && remaining == 0 { throw damaged("its compressed data ends before the stream does") }
                if stream.pointee.avail_in == hadInput && hadInput > 0 { throw damaged("the compressed data cannot be inflated") }
            default:
                throw damaged("the compressed data cannot be inflated")
            }
        }
    }

    private func finish() throws {
        finished = true
        if entry.method == 8 && !streamEnded { throw damaged("its compressed data ends before the stream does") }
        guard produced == entry.uncompressedSize else { throw damaged("it inflates to a size other than the one recorded") }
        guard crc == entry.crc32 else { throw damaged("checksum mismatch") }
    }
}
