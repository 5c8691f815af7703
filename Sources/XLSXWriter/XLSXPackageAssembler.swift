import Deflate
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a workbook together: every part of the package libxlsxwriter wrote (the "skeleton", whose
/// streamed worksheets hold no rows) is copied as it is, except each streamed worksheet, whose
/// `<sheetData>` gets the rows its `XLSXRowStream` compressed and whose `<dimension>` gets their range.
///
/// The rows are never decompressed: a worksheet's part is its XML head compressed, the rows'
/// compressed chunks, then its tail compressed to end the stream; the CRC-32 is combined from the
/// three. Zip64 fields are written only where a size or offset needs them.
struct XLSXPackageAssembler {
    /// One part of the skeleton, as its central directory lists it.
    struct Part {
        var name: String
        var method: UInt16
        var dosTime: UInt16
        var dosDate: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    /// Reads the skeleton's parts (a small zip libxlsxwriter wrote without zip64).
    static func parts(of skeleton: [UInt8], path: String) throws -> [Part] {
        func fail(_ why: String) -> XLSXError { XLSXError(message: "cannot read the workbook libxlsxwriter wrote (\(path)): \(why)") }
        guard skeleton.count >= 22 else { throw fail("too short for a zip") }
        var end = skeleton.count - 22
        while end >= 0 && !(skeleton.readUInt32(at: end) == 0x0605_4B50) { end -= 1 }
        guard end >= 0 else { throw fail("no end of central directory") }
        let count = Int(skeleton.readUInt16(at: end + 10))
        var offset = Int(skeleton.readUInt32(at: end + 16))
        var parts: [Part] = []
        for _ in 0..<count {
            guard offset + 46 <= skeleton.count, skeleton.readUInt32(at: offset) == 0x0201_4B50 else { throw fail("a damaged central directory") }
            let nameLength = Int(skeleton.readUInt16(at: offset + 28))
            let extraLength = Int(skeleton.readUInt16(at: offset + 30))
            let commentLength = Int(skeleton.readUInt16(at: offset + 32))
            guard offset + 46 + nameLength <= skeleton.count else { throw fail("a damaged central directory") }
            let part = Part(name: String(decoding: skeleton[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
                            method: skeleton.readUInt16(at: offset + 10), dosTime: skeleton.readUInt16(at: offset + 12),
                            dosDate: skeleton.readUInt16(at: offset + 14), crc32: skeleton.readUInt32(at: offset + 16),
                            compressedSize: Int(skeleton.readUInt32(at: offset + 20)),
                            uncompressedSize: Int(skeleton.readUInt32(at: offset + 24)),
                            localHeaderOffset: Int(skeleton.readUInt32(at: offset + 42)))
            guard part.method == 0 || part.method == 8 else { throw fail("part \(part.name) uses compression method \(part.method)") }
            parts.append(part)
            offset += 46 + nameLength + extraLength + commentLength
        }
        return parts
    }

    /// The compressed bytes of a part, as stored.
    static func storedData(of part: Part, in skeleton: [UInt8]) throws -> ArraySlice<UInt8> {
        let header = part.localHeaderOffset
        guard header + 30 <= skeleton.count, skeleton.readUInt32(at: header) == 0x0403_4B50 else {
            throw XLSXError(message: "cannot read the workbook libxlsxwriter wrote: a damaged local header for \(part.name)")
        }
        let start = header + 30 + Int(skeleton.readUInt16(at: header + 26)) + Int(skeleton.readUInt16(at: header + 28))
        guard start + part.compressedSize <= skeleton.count else {
            throw XLSXError(message: "cannot read the workbook libxlsxwriter wrote: \(part.name) runs past the end")
        }
        return skeleton[start..<(start + part.compressedSize)]
    }

    /// The uncompressed bytes of a part.
    static func contents(of part: Part, in skeleton: [UInt8]) throws -> [UInt8] {
        let stored = try storedData(of: part, in: skeleton)
        if part.method == 0 { return Array(stored) }
        return try stored.withUnsafeBytes { try RawInflate.decompress($0, expectedSize: part.uncompressedSize) }
    }

    /// Splits a worksheet's XML where its rows go, with the `<dimension>` set to `extent`: the head
    /// ends with `<sheetData>`, the tail starts with `</sheetData>`.
    static func split(worksheet xml: [UInt8], extent: XLSXExtent?) throws -> (head: [UInt8], tail: [UInt8]) {
        var xml = xml
        if let extent, let range = xml.firstRange(of: Array("<dimension ref=\"".utf8)),
           let close = xml[range.upperBound...].firstIndex(of: UInt8(ascii: "\"")) {
            xml.replaceSubrange(range.upperBound..<close, with: Array(extent.reference.utf8))
        }
        if let empty = xml.firstRange(of: Array("<sheetData/>".utf8)) {
            return (Array(xml[..<empty.lowerBound]) + Array("<sheetData>".utf8), Array("</sheetData>".utf8) + Array(xml[empty.upperBound...]))
        }
        guard let open = xml.firstRange(of: Array("<sheetData>".utf8)), let close = xml.firstRange(of: Array("</sheetData>".utf8)),
              open.upperBound == close.lowerBound else {
            throw XLSXError(message: "a streamed worksheet's rows were also written by libxlsxwriter")
        }
        return (Array(xml[..<open.upperBound]), Array(xml[close.lowerBound...]))
    }

    /// Writes the workbook at `path` from the skeleton at `skeletonPath` and the finished streams (or
    /// the rows they adopted from another file); returns where each stream's rows landed, by sheet number.
    @discardableResult
    static func assemble(skeletonPath: String, streams: [XLSXRowStream], to path: String, forceZip64: Bool = false) throws -> [Int: XLSXStoredRows] {
        let skeleton = try [UInt8](Data(contentsOf: URL(fileURLWithPath: skeletonPath)))
        let parts = try parts(of: skeleton, path: skeletonPath)
        var totals: [Int: ParallelDeflater.Totals] = [:]
        for stream in streams { totals[stream.sheetNumber] = try stream.finish() }
        let byName = Dictionary(streams.map { ("xl/worksheets/sheet\($0.sheetNumber).xml", $0) }, uniquingKeysWith: { first, _ in first })
        var writer = try ZipPackageWriter(path: path, forceZip64: forceZip64)
        var stored: [Int: XLSXStoredRows] = [:]
        do {
            for part in parts {
                guard let stream = byName[part.name], let rows = totals[stream.sheetNumber], rows.uncompressedSize > 0 else {
                    try writer.add(name: part.name, method: part.method, dosTime: part.dosTime, dosDate: part.dosDate, crc32: part.crc32,
                                   compressedSize: part.compressedSize, uncompressedSize: part.uncompressedSize) { write in
                        try write(storedData(of: part, in: skeleton))
                    }
                    continue
                }
                let (head, tail) = try split(worksheet: try contents(of: part, in: skeleton), extent: stream.extent)
                let headCompressed = try head.withUnsafeBytes { try RawDeflate.compress($0, level: 6, final: false) }
                let tailCompressed = try tail.withUnsafeBytes { try RawDeflate.compress($0, level: 6, final: true) }
                var crc = CRC32.combine(CRC32.checksum(head), rows.crc32, secondLength: rows.uncompressedSize)
                crc = CRC32.combine(crc, CRC32.checksum(tail), secondLength: tail.count)
                let compressedSize = headCompressed.count + rows.compressedSize + tailCompressed.count
                let uncompressedSize = head.count + rows.uncompressedSize + tail.count
                let rowsOffset = writer.offset + ZipPackageWriter.localHeaderSize(name: part.name, compressedSize: compressedSize,
                                                                                   uncompressedSize: uncompressedSize, forceZip64: forceZip64)
                    + headCompressed.count
                try writer.add(name: part.name, method: 8, dosTime: part.dosTime, dosDate: part.dosDate, crc32: crc,
                               compressedSize: compressedSize, uncompressedSize: uncompressedSize) { write in
                    try write(headCompressed[...])
                    if let adopted = stream.adopted {
                        try copy(file: adopted.path, from: adopted.rows.offset, expecting: rows.compressedSize, to: write)
                    } else {
                        try copy(file: stream.scratchPath, from: 0, expecting: rows.compressedSize, to: write)
                    }
                    try write(tailCompressed[...])
                }
                stored[stream.sheetNumber] = XLSXStoredRows(offset: rowsOffset, compressedSize: rows.compressedSize, crc32: rows.crc32,
                                                            uncompressedSize: rows.uncompressedSize, extent: stream.extent)
            }
            try writer.close()
        } catch {
            writer.abandon()
            throw error
        }
        return stored
    }

    /// Copies `size` bytes of the file at `path` from `start` (a scratch file whole, or another
    /// workbook's stored rows).
    private static func copy(file path: String, from start: Int, expecting size: Int, to write: (ArraySlice<UInt8>) throws -> Void) throws {
        guard let input = fopen(path, "rb") else {
            throw XLSXError(message: "cannot reopen \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(input) }
        guard fseeko(input, off_t(start), SEEK_SET) == 0 else {
            throw XLSXError(message: "cannot read \(path) from byte \(start): \(String(cString: strerror(errno)))")
        }
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var copied = 0
        while copied < size {
            let wanted = min(block.count, size - copied)
            let count = block.withUnsafeMutableBytes { fread($0.baseAddress, 1, wanted, input) }
            if count == 0 { break }
            try write(block[..<count])
            copied += count
        }
        // A scratch file holds exactly its rows; a longer file only where the rows were said to be.
        if start == 0, fgetc(input) != EOF { copied += 1 }
        guard copied == size else { throw XLSXError(message: "\(path) holds \(copied) bytes of rows, not \(size)") }
    }
}

/// Writes a zip file whose entries arrive already compressed, with their CRC-32 and sizes known.
struct ZipPackageWriter {
    private let file: UnsafeMutablePointer<FILE>
    private let path: String
    private let forceZip64: Bool
    /// Bytes written so far (where the next entry's local header goes).
    private(set) var offset = 0
    private var directory: [UInt8] = []
    private var entries = 0
    private var closed = false

    init(path: String, forceZip64: Bool = false) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0, let file = fdopen(descriptor, "wb") else {
            if descriptor >= 0 { Glibc.close(descriptor) }
            throw XLSXError(message: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        self.file = file
        self.path = path
        self.forceZip64 = forceZip64
    }

    /// The size of the local header `add` writes for an entry: where its data starts after its offset.
    static func localHeaderSize(name: String, compressedSize: Int, uncompressedSize: Int, forceZip64: Bool) -> Int {
        let sizesNeedZip64 = forceZip64 || compressedSize >= 0xFFFF_FFFF || uncompressedSize >= 0xFFFF_FFFF
        return 30 + name.utf8.count + (sizesNeedZip64 ? 20 : 0)
    }

    /// Adds one entry; `body` writes exactly `compressedSize` bytes through the function it is given.
    mutating func add(name: String, method: UInt16, dosTime: UInt16, dosDate: UInt16, crc32: UInt32, compressedSize: Int,
                      uncompressedSize: Int, body: ((ArraySlice<UInt8>) throws -> Void) throws -> Void) throws {
        let nameBytes = Array(name.utf8)
        let sizesNeedZip64 = forceZip64 || compressedSize >= 0xFFFF_FFFF || uncompressedSize >= 0xFFFF_FFFF
        let offsetNeedsZip64 = forceZip64 || offset >= 0xFFFF_FFFF
        let version: UInt16 = sizesNeedZip64 || offsetNeedsZip64 ? 45 : 20
        let headerOffset = offset
        // The fields the local header and the central directory entry share, in the same order:
        // version needed, flags, method, time, date, CRC-32, sizes (or zip64's marks), name length.
        func appendSharedFields(to record: inout [UInt8]) {
            record.appendLittleEndian(version)
            record.appendLittleEndian(UInt16(0))  // flags
            record.appendLittleEndian(method)
            record.appendLittleEndian(dosTime)
            record.appendLittleEndian(dosDate)
            record.appendLittleEndian(crc32)
            record.appendLittleEndian(sizesNeedZip64 ? 0xFFFF_FFFF : UInt32(compressedSize))
            record.appendLittleEndian(sizesNeedZip64 ? 0xFFFF_FFFF : UInt32(uncompressedSize))
            record.appendLittleEndian(UInt16(nameBytes.count))
        }

        var local: [UInt8] = []
        local.appendLittleEndian(UInt32(0x0403_4B50))
        appendSharedFields(to: &local)
        local.appendLittleEndian(UInt16(sizesNeedZip64 ? 20 : 0))
        local.append(contentsOf: nameBytes)
        if sizesNeedZip64 {
            local.appendLittleEndian(UInt16(0x0001))
            local.appendLittleEndian(UInt16(16))
            local.appendLittleEndian(UInt64(uncompressedSize))
            local.appendLittleEndian(UInt64(compressedSize))
        }
        try write(local[...])
        var written = 0
        try body { bytes in
            written += bytes.count
            try write(bytes)
        }
        guard written == compressedSize else {
            throw XLSXError(message: "\(path): entry \(name) wrote \(written) bytes, not \(compressedSize)")
        }

        var extra: [UInt8] = []
        if sizesNeedZip64 || offsetNeedsZip64 {
            var fields: [UInt8] = []
            if sizesNeedZip64 {
                fields.appendLittleEndian(UInt64(uncompressedSize))
                fields.appendLittleEndian(UInt64(compressedSize))
            }
            if offsetNeedsZip64 { fields.appendLittleEndian(UInt64(headerOffset)) }
            extra.appendLittleEndian(UInt16(0x0001))
            extra.appendLittleEndian(UInt16(fields.count))
            extra.append(contentsOf: fields)
        }
        directory.appendLittleEndian(UInt32(0x0201_4B50))
        directory.appendLittleEndian(version)  // made by (MS-DOS attributes)
        appendSharedFields(to: &directory)
        directory.appendLittleEndian(UInt16(extra.count))
        directory.appendLittleEndian(UInt16(0))  // comment
        directory.appendLittleEndian(UInt16(0))  // disk
        directory.appendLittleEndian(UInt16(0))  // internal attributes
        directory.appendLittleEndian(UInt32(0))  // external attributes
        directory.appendLittleEndian(offsetNeedsZip64 ? 0xFFFF_FFFF : UInt32(headerOffset))
        directory.append(contentsOf: nameBytes)
        directory.append(contentsOf: extra)
        entries += 1
    }

    /// Writes the central directory (and the zip64 end records when needed) and closes the file.
    mutating func close() throws {
        let directoryOffset = offset
        try write(directory[...])
        let needsZip64 = forceZip64 || directoryOffset >= 0xFFFF_FFFF || directory.count >= 0xFFFF_FFFF || entries >= 0xFFFF
        var end: [UInt8] = []
        if needsZip64 {
            let zip64EndOffset = offset
            end.appendLittleEndian(UInt32(0x0606_4B50))
            end.appendLittleEndian(UInt64(44))
            end.appendLittleEndian(UInt16(45))
            end.appendLittleEndian(UInt16(45))
            end.appendLittleEndian(UInt32(0))
            end.appendLittleEndian(UInt32(0))
            end.appendLittleEndian(UInt64(entries))
            end.appendLittleEndian(UInt64(entries))
            end.appendLittleEndian(UInt64(directory.count))
            end.appendLittleEndian(UInt64(directoryOffset))
            end.appendLittleEndian(UInt32(0x0706_4B50))
            end.appendLittleEndian(UInt32(0))
            end.appendLittleEndian(UInt64(zip64EndOffset))
            end.appendLittleEndian(UInt32(1))
        }
        end.appendLittleEndian(UInt32(0x0605_4B50))
        end.appendLittleEndian(UInt16(0))
        end.appendLittleEndian(UInt16(0))
        end.appendLittleEndian(UInt16(needsZip64 ? 0xFFFF : UInt16(entries)))
        end.appendLittleEndian(UInt16(needsZip64 ? 0xFFFF : UInt16(entries)))
        end.appendLittleEndian(needsZip64 ? 0xFFFF_FFFF : UInt32(directory.count))
        end.appendLittleEndian(needsZip64 ? 0xFFFF_FFFF : UInt32(directoryOffset))
        end.appendLittleEndian(UInt16(0))
        try write(end[...])
        closed = true
        guard fclose(file) == 0 else { throw XLSXError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// Closes the file of a writer that failed midway (its file is the caller's to remove).
    func abandon() {
        if !closed { fclose(file) }
    }

    private mutating func write(_ bytes: ArraySlice<UInt8>) throws {
        let count = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard count == bytes.count else { throw XLSXError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        offset += count
    }
}

extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    func readUInt16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func readUInt32(at offset: Int) -> UInt32 {
        UInt32(readUInt16(at: offset)) | UInt32(readUInt16(at: offset + 2)) << 16
    }
}
