#if canImport(Glibc)
import Glibc
#endif

/// A zip archive (an .xlsx, .docx, .odt or a zipped pack) opened for reading, its whole central
/// directory checked before any entry is read: every offset and size inside the file, no two
/// entries sharing bytes, zip64 values no larger than the file. Entries are inflated by
/// `ZipEntryReader`, bounded by their compressed size.
///
/// Why not ZIPFoundation's reader: in the version this package can use (0.9.20), a deflate stream
/// that does not end before the file does makes its Linux inflate loop spin for ever, an offset past
/// the end of an in-memory archive traps, zip64 sizes near 2^64 trap on conversion, and a stored
/// entry claiming a huge size hands over empty chunks for hours (upstream pull requests #389 and
/// #394). Council files come from outside; a build must never hang or crash on one. ZIPFoundation
/// still writes the zips this tool makes (`build --zip`).
public final class ZipArchive {
    /// One entry as the central directory lists it, with where its data starts.
    public struct Entry: Sendable, Equatable {
        /// The name, `/`-separated (`xl/worksheets/sheet1.xml`).
        public let path: String
        /// 0 stored, 8 deflated; any other method is listed but cannot be read.
        public let method: UInt16
        /// Whether the entry is encrypted (listed, not readable).
        public let isEncrypted: Bool
        /// The CRC-32 of the uncompressed bytes, as recorded.
        public let crc32: UInt32
        /// Bytes of the stored data.
        public let compressedSize: Int
        /// Bytes once inflated, as recorded (checked when the entry is read).
        public let uncompressedSize: Int
        /// Offset of the stored data in the file.
        public let dataOffset: Int
    }

    /// Why an archive or an entry cannot be read. Never quotes an entry's contents.
    public enum Failure: Error, CustomStringConvertible, Sendable, Equatable {
        /// Not a zip, or its directory is damaged or hostile.
        case notAZip(String)
        /// An entry that cannot be read as it is stored.
        case damagedEntry(String, String)
        /// An entry that inflates to more than the reader allows.
        case tooLarge(String, limit: Int)

        public var description: String {
            switch self {
            case .notAZip(let reason): "not a readable zip archive (\(reason))"
            case .damagedEntry(let path, let reason): "\(path) is damaged (\(reason))"
            case .tooLarge(let path, let limit): "\(path) inflates to more than \(ZipArchive.describe(bytes: limit))"
            }
        }
    }

    /// The entries in directory order.
    public let entries: [Entry]
    private let firstEntryByPath: [String: Int]
    let source: Source

    /// Entries listed at most: an Office document has hundreds, a workbook dozens.
    public static let entryLimit = 100_000
    /// Central directory bytes read at most (100,000 entries with long names fit).
    static let directoryLimit = 64 << 20

    /// The archive in a file, read through its own descriptor (the path is opened once, read-only;
    /// for a guarded input pass its `openedFilePath`).
    public convenience init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure.notAZip("the file cannot be opened") }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw Failure.notAZip("not a regular file")
        }
        try self.init(source: .file(FileSource(descriptor: descriptor, size: Int(info.st_size))))
    }

    /// The archive in memory.
    public convenience init(bytes: [UInt8]) throws {
        try self.init(source: .memory(bytes))
    }

    init(source: Source) throws {
        self.source = source
        entries = try Self.readDirectory(source)
        var firstEntryByPath: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where firstEntryByPath[entry.path] == nil {
            firstEntryByPath[entry.path] = index
        }
        self.firstEntryByPath = firstEntryByPath
    }

    /// The first entry with this name, or nil.
    public subscript(path: String) -> Entry? {
        firstEntryByPath[path].map { entries[$0] }
    }

    /// A pull reader of an entry's inflated bytes, stopping with `Failure.tooLarge` past `limit`.
    public func reader(for entry: Entry, limit: Int) -> ZipEntryReader {
        ZipEntryReader(archive: self, entry: entry, limit: limit)
    }

    /// An entry's inflated bytes (at most `limit` of them, else `Failure.tooLarge`).
    public func contents(of entry: Entry, limit: Int) throws -> [UInt8] {
        guard entry.uncompressedSize <= limit else { throw Failure.tooLarge(entry.path, limit: limit) }
        let reader = reader(for: entry, limit: limit)
        var result: [UInt8] = []
        result.reserveCapacity(entry.uncompressedSize)
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try reader.read(into: $0) }
            if count == 0 { return result }
            result.append(contentsOf: buffer[..<count])
        }
    }

    static func describe(bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
    }

    // MARK: The directory

    /// Reads and checks the end record, the zip64 end record when there is one, every central
    /// directory record and every local header.
    static func readDirectory(_ source: Source) throws -> [Entry] {
        let size = source.size
        guard size >= 22 else { throw Failure.notAZip("too short for a zip") }
        // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
        let tailStart = max(0, size - (22 + 65_535))
        let tail = try source.bytes(at: tailStart, count: size - tailStart)
        var endAt = tail.count - 22
        while endAt >= 0 && tail.uint32(at: endAt) != 0x0605_4B50 { endAt -= 1 }
        guard endAt >= 0 else { throw Failure.notAZip("no end of central directory record; truncated or not a zip") }
        let endOffset = tailStart + endAt
        var count = Int(tail.uint16(at: endAt + 10))
        var directorySize = Int(tail.uint32(at: endAt + 12))
        var directoryOffset = Int(tail.uint32(at: endAt + 16))
        var directoryEnd = endOffset
        // Zip64: a locator just before the end record points at the zip64 end record. Without one, a
        // field at its largest value (65,535 entries) means just that.
        let locatorOffset = endOffset - 20
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF, locatorOffset >= 0,
           case let locator = try source.bytes(at: locatorOffset, count: 20), locator.uint32(at: 0) == 0x0706_4B50 {
            guard let recordOffset = checked(locator.uint64(at: 8), below: locatorOffset - 55) else {
                throw Failure.notAZip("a damaged zip64 locator")
            }
            let record = try source.bytes(at: recordOffset, count: 56)
            guard record.uint32(at: 0) == 0x0606_4B50, let total = checked(record.uint64(at: 32), below: entryLimit + 1),
                  let bytes = checked(record.uint64(at: 40), below: recordOffset + 1),
                  let offset = checked(record.uint64(at: 48), below: recordOffset + 1) else {
                throw Failure.notAZip("a damaged zip64 end record")
            }
            (count, directorySize, directoryOffset, directoryEnd) = (total, bytes, offset, recordOffset)
        }
        guard count <= entryLimit else { throw Failure.notAZip("more than \(entryLimit) entries") }
        // Every record takes 46 bytes at least.
        guard directorySize <= directoryLimit, directoryOffset <= directoryEnd, directorySize <= directoryEnd - directoryOffset,
              count * 46 <= directorySize else {
            throw Failure.notAZip("the central directory lies outside the file")
        }
        let directory = try source.bytes(at: directoryOffset, count: directorySize)
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        // Every entry's bytes from its local header to the end of its data, to refuse overlaps.
        var spans: [(start: Int, end: Int)] = []
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= directory.count, directory.uint32(at: at) == 0x0201_4B50 else {
                throw Failure.notAZip("a damaged central directory record")
            }
            let flags = directory.uint16(at: at + 8)
            let method = directory.uint16(at: at + 10)
            let crc = directory.uint32(at: at + 16)
            var compressed = UInt64(directory.uint32(at: at + 20))
            var uncompressed = UInt64(directory.uint32(at: at + 24))
            let nameLength = Int(directory.uint16(at: at + 28))
            let extraLength = Int(directory.uint16(at: at + 30))
            let commentLength = Int(directory.uint16(at: at + 32))
            var localOffset = UInt64(directory.uint32(at: at + 42))
            let nameStart = at + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= directory.count else { throw Failure.notAZip("a central directory record runs past the directory") }
            let path = String(decoding: directory[nameStart..<extraStart], as: UTF8.self)
            // The zip64 extra field holds, in this order, each of these the record marks as 0xFFFFFFFF.
            var extra = extraStart
            while extra + 4 <= extraStart + extraLength {
                let tag = directory.uint16(at: extra), length = Int(directory.uint16(at: extra + 2))
                let body = extra + 4
                guard body + length <= extraStart + extraLength else { break }
                if tag == 0x0001 {
                    var field = body
                    func take(_ value: inout UInt64) {
                        guard value == 0xFFFF_FFFF, field + 8 <= body + length else { return }
                        value = directory.uint64(at: field)
                        field += 8
                    }
                    take(&uncompressed)
                    take(&compressed)
                    take(&localOffset)
                }
                extra = body + length
            }
            guard let compressedSize = checked(compressed, below: directoryOffset + 1),
                  let headerOffset = checked(localOffset, below: directoryOffset) else {
                throw Failure.notAZip("\(path): its data lies outside the file")
            }
            // Inflated sizes can exceed the file (that is compression); beyond 2^53 they are hostile.
            guard uncompressed < 1 << 53 else { throw Failure.notAZip("\(path): an impossible size") }
            guard headerOffset + 30 <= directoryOffset else { throw Failure.notAZip("\(path): its local header lies outside the file") }
            let header = try source.bytes(at: headerOffset, count: 30)
            guard header.uint32(at: 0) == 0x0403_4B50 else { throw Failure.notAZip("\(path): a damaged local header") }
            let dataOffset = headerOffset + 30 + Int(header.uint16(at: 26)) + Int(header.uint16(at: 28))
            guard dataOffset <= directoryOffset, compressedSize <= directoryOffset - dataOffset else {
                throw Failure.notAZip("\(path): its data runs past the end of the entries")
            }
            spans.append((headerOffset, dataOffset + compressedSize))
            entries.append(Entry(path: path, method: method, isEncrypted: flags & 1 != 0, crc32: crc, compressedSize: compressedSize,
                                 uncompressedSize: Int(uncompressed), dataOffset: dataOffset))
            at = next
        }
        // Entries that share bytes are how a small file lists the same compressed data a million times.
        spans.sort { $0.start < $1.start }
        for (earlier, later) in zip(spans, spans.dropFirst()) where later.start < earlier.end {
            throw Failure.notAZip("two entries share the same bytes")
        }
        return entries
    }

    /// `value` as an Int when it is below `limit`, else nil (never a trap, whatever the value).
    static func checked(_ value: UInt64, below limit: Int) -> Int? {
        guard limit > 0, value < UInt64(limit) else { return nil }
        return Int(value)
    }

    // MARK: Where the bytes come from

    /// The archive's bytes: in memory, or a file read at offsets.
    enum Source {
        case memory([UInt8])
        case file(FileSource)

        var size: Int {
            switch self {
            case .memory(let bytes): bytes.count
            case .file(let file): file.size
            }
        }

        /// `count` bytes at `offset`, all of them (a short file is a damaged archive).
        func bytes(at offset: Int, count: Int) throws -> [UInt8] {
            guard offset >= 0, count >= 0, offset <= size, count <= size - offset else {
                throw Failure.notAZip("a record lies outside the file")
            }
            switch self {
            case .memory(let bytes):
                return Array(bytes[offset..<(offset + count)])
            case .file(let file):
                return try file.read(at: offset, count: count)
            }
        }

        /// Copies up to `buffer.count` bytes at `offset` into `buffer`; how many were copied.
        func copy(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            let count = min(buffer.count, max(0, size - offset))
            guard count > 0 else { return 0 }
            switch self {
            case .memory(let bytes):
                bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + count)])) }
                return count
            case .file(let file):
                return try file.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }

    /// An open file read with `pread`, closed when the archive goes.
    final class FileSource {
        let descriptor: Int32
        let size: Int

        init(descriptor: Int32, size: Int) {
            self.descriptor = descriptor
            self.size = size
        }

        deinit { close(descriptor) }

        func read(at offset: Int, count: Int) throws -> [UInt8] {
            var result = [UInt8](repeating: 0, count: count)
            let got = try result.withUnsafeMutableBytes { try read(at: offset, into: $0) }
            guard got == count else { throw Failure.notAZip("the file ended early") }
            return result
        }

        /// Reads until `buffer` is full or the file ends.
        func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            var done = 0
            while done < buffer.count {
                let got = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if got < 0 {
                    if errno == EINTR { continue }
                    throw Failure.notAZip("the file cannot be read")
                }
                if got == 0 { break }
                done += got
            }
            return done
        }
    }
}

extension Array where Element == UInt8 {
    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }

    func uint64(at offset: Int) -> UInt64 {
        UInt64(uint32(at: offset)) | UInt64(uint32(at: offset + 4)) << 32
    }
}
