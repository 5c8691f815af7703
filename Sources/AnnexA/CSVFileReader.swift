import EvidencePackCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a CSV file in fixed-size chunks (never the whole file) through `CSVParser`, after finding
/// its encoding: UTF-8 with or without a BOM, or UTF-16 (Excel's "Unicode text"), which is
/// converted to UTF-8 chunk by chunk.
public struct CSVFileReader {
    /// What the reader found about the file as a whole.
    public struct Summary: Sendable {
        /// `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE` or `UTF-16BE`.
        public var encoding: String
        /// The separator used.
        public var delimiter: UInt8
        /// The parser's problems, in line order.
        public var issues: [CSVIssue]
        /// The last line number seen.
        public var lastLine: Int
    }

    /// Bytes read per chunk.
    public var chunkSize: Int

    /// Makes a reader.
    public init(chunkSize: Int = 1 << 20) {
        self.chunkSize = chunkSize
    }

    /// Streams the records of a file, reading it into one reused buffer.
    public func read(url: URL, onRow: (CSVRow) throws -> Void) throws -> Summary {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let descriptor = handle.fileDescriptor
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, chunkSize))
        defer { buffer.deallocate() }
        return try read(next: {
            let count = try Self.readSome(descriptor, into: buffer)
            return count > 0 ? UnsafeBufferPointer(rebasing: buffer[0..<count]) : nil
        }, onRow: onRow)
    }

    /// Streams the records of an input opened through the guarded path (links out of the inputs not
    /// followed, bytes hashed as read); the caller checks the hash with `input.finish()`.
    public func read(input: GuardedInput, onRow: (CSVRow) throws -> Void) throws -> Summary {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, chunkSize))
        defer { buffer.deallocate() }
        return try read(next: {
            let count = try input.read(into: UnsafeMutableRawBufferPointer(buffer))
            return count > 0 ? UnsafeBufferPointer(rebasing: buffer[0..<count]) : nil
        }, onRow: onRow)
    }

    /// Parses bytes already in memory (tests, small files).
    public func read(bytes: [UInt8], onRow: (CSVRow) throws -> Void) throws -> Summary {
        let size = max(1, chunkSize)
        return try bytes.withUnsafeBufferPointer { whole in
            var offset = 0
            return try read(next: {
                guard offset < whole.count else { return nil }
                defer { offset += size }
                return UnsafeBufferPointer(rebasing: whole[offset..<min(whole.count, offset + size)])
            }, onRow: onRow)
        }
    }

    /// Reads up to the buffer's size (fewer only at the end of the file), retrying on EINTR.
    private static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }

    /// `next` hands over chunks that are only valid until it is called again.
    private func read(next: () throws -> UnsafeBufferPointer<UInt8>?, onRow: (CSVRow) throws -> Void) throws -> Summary {
        var parser = CSVParser()
        var decoder: UTF16Transcoder?
        var encoding = "UTF-8"
        var lastLine = 0
        func track(_ row: CSVRow) throws {
            lastLine = row.endLine
            try onRow(row)
        }
        func feed(_ chunk: some Collection<UInt8>) throws {
            if var transcoder = decoder {
                let utf8 = transcoder.transcode(Array(chunk))
                decoder = transcoder
                try parser.feed(utf8, onRow: track)
            } else {
                try parser.feed(chunk, onRow: track)
            }
        }
        // The encoding is sniffed from the first four bytes, however small the first chunks are.
        var head: [UInt8] = []
        while head.count < 4, let more = try next() { head += more }
        if !head.isEmpty {
            if head.starts(with: [0xEF, 0xBB, 0xBF]) {
                head.removeFirst(3)
                encoding = "UTF-8 (BOM)"
            } else if head.starts(with: [0xFF, 0xFE]) {
                head.removeFirst(2)
                decoder = UTF16Transcoder(bigEndian: false)
                encoding = "UTF-16LE"
            } else if head.starts(with: [0xFE, 0xFF]) {
                head.removeFirst(2)
                decoder = UTF16Transcoder(bigEndian: true)
                encoding = "UTF-16BE"
            } else if head.count >= 4, head[1] == 0, head[3] == 0, head[0] != 0 {
                decoder = UTF16Transcoder(bigEndian: false)
                encoding = "UTF-16LE"
            } else if head.count >= 4, head[0] == 0, head[2] == 0, head[1] != 0 {
                decoder = UTF16Transcoder(bigEndian: true)
                encoding = "UTF-16BE"
            }
            try feed(head)
            while let chunk = try next() { try feed(chunk) }
        }
        if let tail = decoder?.finish(), !tail.isEmpty { try parser.feed(tail, onRow: track) }
        try parser.finish(onRow: track)
        return Summary(encoding: encoding, delimiter: parser.delimiter ?? UInt8(ascii: ","), issues: parser.issues, lastLine: lastLine)
    }
}

/// UTF-16 → UTF-8, one chunk at a time (a code unit or surrogate pair may straddle two chunks).
struct UTF16Transcoder {
    let bigEndian: Bool
    private var carry: [UInt8] = []
    private var highSurrogate: UInt16?

    init(bigEndian: Bool) { self.bigEndian = bigEndian }

    mutating func transcode(_ bytes: [UInt8]) -> [UInt8] {
        var input = carry + bytes
        carry = []
        if input.count % 2 == 1 { carry = [input.removeLast()] }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index + 1 < input.count {
            let unit = bigEndian ? UInt16(input[index]) << 8 | UInt16(input[index + 1]) : UInt16(input[index + 1]) << 8 | UInt16(input[index])
            index += 2
            if let high = highSurrogate {
                highSurrogate = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    let scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                    append(scalar, to: &output)
                    continue
                }
                append(0xFFFD, to: &output)
            }
            if (0xD800...0xDBFF).contains(unit) { highSurrogate = unit; continue }
            append((0xDC00...0xDFFF).contains(unit) ? 0xFFFD : UInt32(unit), to: &output)
        }
        return output
    }

    mutating func finish() -> [UInt8] {
        var output: [UInt8] = []
        if highSurrogate != nil || !carry.isEmpty { append(0xFFFD, to: &output) }
        return output
    }

    private func append(_ value: UInt32, to output: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { output.append($0) }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
