import EvidenceModel
import EvidencePackCore

/// Reads the summary properties of a legacy Office file (`.doc`, `.xls`, `.ppt`): an OLE compound
/// file ([MS-CFB]) whose `\u{5}SummaryInformation` stream is a property set ([MS-OLEPS]) holding the
/// title, subject, author, creation and last-save times and page count. Every offset is bounds-checked
/// and every sector chain is cut at the file's sector count, so a damaged file yields nothing, never a trap.
struct CompoundFileReader {
    let bytes: [UInt8]

    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    func u16(_ offset: Int) -> Int? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    var sectorSize: Int? {
        guard bytes.starts(with: Self.magic), let shift = u16(0x1E), shift == 9 || shift == 12 else { return nil }
        return 1 << shift
    }

    /// The document's summary metadata, or nil when the file has none or cannot be read.
    func summaryMetadata() -> DocumentMetadata? {
        guard let stream = stream(named: "\u{5}SummaryInformation") else { return nil }
        return PropertySetReader(bytes: stream).summaryMetadata()
    }

    /// The file allocation table: the sector that follows each sector.
    func fat(sectorSize: Int) -> [UInt32] {
        var fatSectors: [UInt32] = (0..<109).compactMap { u32(0x4C + $0 * 4) }.filter { $0 < Self.endOfChain }
        var difat = u32(0x44) ?? Self.endOfChain
        // The DIFAT chain stops at a sector already seen (a loop), and the FAT at as many sectors as
        // the file has: a looping or lying header must not make a table of billions of entries.
        var seenDIFAT = Set<UInt32>()
        let sectorsInFile = bytes.count / sectorSize
        while difat < Self.endOfChain, seenDIFAT.insert(difat).inserted, fatSectors.count <= sectorsInFile {
            let base = (Int(difat) + 1) * sectorSize
            let perSector = sectorSize / 4 - 1
            fatSectors += (0..<perSector).compactMap { u32(base + $0 * 4) }.filter { $0 < Self.endOfChain }
            difat = u32(base + perSector * 4) ?? Self.endOfChain
        }
        var table: [UInt32] = []
        for sector in fatSectors.prefix(sectorsInFile) {
            let base = (Int(sector) + 1) * sectorSize
            table += (0..<(sectorSize / 4)).compactMap { u32(base + $0 * 4) }
        }
        return table
    }

    /// The sectors of a chain, in order; stops at the end marker, a loop, or an impossible sector.
    static func chain(from start: UInt32, in table: [UInt32]) -> [Int] {
        var sectors: [Int] = []
        var current = start
        var seen = Set<UInt32>()
        while current < endOfChain, Int(current) < table.count, seen.insert(current).inserted {
            sectors.append(Int(current))
            current = table[Int(current)]
        }
        return sectors
    }

    func read(sectors: [Int], sectorSize: Int, offset: (Int) -> Int, size: Int) -> [UInt8]? {
        var data: [UInt8] = []
        for sector in sectors {
            let start = offset(sector)
            guard start >= 0, start + sectorSize <= bytes.count else { return nil }
            data += bytes[start..<(start + sectorSize)]
            if data.count >= size { break }
        }
        return data.count >= size ? Array(data.prefix(size)) : nil
    }

    /// A stream's bytes by its directory name (small streams live in the mini stream).
    func stream(named wanted: String) -> [UInt8]? {
        guard let sectorSize, let firstDirectory = u32(0x30) else { return nil }
        let table = fat(sectorSize: sectorSize)
        let directorySectors = Self.chain(from: firstDirectory, in: table)
        guard let directory = read(sectors: directorySectors, sectorSize: sectorSize,
                                   offset: { ($0 + 1) * sectorSize }, size: directorySectors.count * sectorSize) else { return nil }
        var root: (start: UInt32, size: Int)?
        var target: (start: UInt32, size: Int)?
        for entryOffset in stride(from: 0, to: directory.count - 127, by: 128) {
            let entry = CompoundFileReader(bytes: Array(directory[entryOffset..<(entryOffset + 128)]))
            guard let nameLength = entry.u16(0x40), nameLength >= 2, nameLength <= 64, let start = entry.u32(0x74), let size = entry.u32(0x78) else { continue }
            let units = stride(from: 0, to: nameLength - 2, by: 2).compactMap { entry.u16($0) }.map { UInt16($0) }
            let name = String(decoding: units, as: UTF16.self)
            switch entry.bytes[0x42] {
            case 5: root = (start, Int(size))
            case 2 where name == wanted: target = (start, Int(size))
            default: break
            }
        }
        guard let target, target.size > 0, target.size < 16 << 20 else { return nil }
        let cutoff = Int(u32(0x38) ?? 4096)
        if target.size >= cutoff {
            return read(sectors: Self.chain(from: target.start, in: table), sectorSize: sectorSize,
                        offset: { ($0 + 1) * sectorSize }, size: target.size)
        }
        // The mini stream: 64-byte sectors inside the root entry's stream, chained by the mini FAT.
        guard let root, let miniFATStart = u32(0x3C) else { return nil }
        let miniStreamSectors = Self.chain(from: root.start, in: table)
        let miniFATSectors = Self.chain(from: miniFATStart, in: table)
        guard let miniStream = read(sectors: miniStreamSectors, sectorSize: sectorSize, offset: { ($0 + 1) * sectorSize },
                                    size: min(root.size, miniStreamSectors.count * sectorSize)),
              let miniFATBytes = read(sectors: miniFATSectors, sectorSize: sectorSize, offset: { ($0 + 1) * sectorSize },
                                      size: miniFATSectors.count * sectorSize) else { return nil }
        let miniFAT = CompoundFileReader(bytes: miniFATBytes)
        let miniTable = (0..<(miniFATBytes.count / 4)).compactMap { miniFAT.u32($0 * 4) }
        return CompoundFileReader(bytes: miniStream).read(sectors: Self.chain(from: target.start, in: miniTable), sectorSize: 64,
                                                          offset: { $0 * 64 }, size: target.size)
    }
}

/// Reads the first section of an OLE property set ([MS-OLEPS] §2.21): the summary properties.
struct PropertySetReader {
    let bytes: [UInt8]

    func summaryMetadata() -> DocumentMetadata? {
        let reader = CompoundFileReader(bytes: bytes)
        guard reader.u16(0) == 0xFFFE, let sections = reader.u32(24), sections >= 1, let sectionOffset = reader.u32(44).map(Int.init),
              let count = reader.u32(sectionOffset + 4), count < 1000 else { return nil }
        var values: [UInt32: (type: UInt32, offset: Int)] = [:]
        for index in 0..<Int(count) {
            guard let id = reader.u32(sectionOffset + 8 + index * 8), let offset = reader.u32(sectionOffset + 12 + index * 8),
                  let type = reader.u32(sectionOffset + Int(offset)) else { continue }
            values[id] = (type & 0xFFFF, sectionOffset + Int(offset) + 4)
        }
        func string(_ id: UInt32) -> String? {
            guard let (type, offset) = values[id], let length = reader.u32(offset).map(Int.init), length > 0, length < 1 << 16,
                  offset + 4 + length <= bytes.count else { return nil }
            switch type {
            case 30:  // VT_LPSTR in the section's code page: UTF-8 or Windows-1252 in practice
                let raw = Array(bytes[(offset + 4)..<(offset + 4 + length)]).prefix { $0 != 0 }
                return TextDecoding.decode(Array(raw)).text.collapsingWhitespace.nilIfEmpty
            case 31:  // VT_LPWSTR: a count of UTF-16 code units
                guard offset + 4 + length * 2 <= bytes.count else { return nil }
                let units = (0..<length).compactMap { reader.u16(offset + 4 + $0 * 2) }.map { UInt16($0) }.prefix { $0 != 0 }
                return String(decoding: Array(units), as: UTF16.self).collapsingWhitespace.nilIfEmpty
            default: return nil
            }
        }
        func date(_ id: UInt32) -> CalendarDate? {
            guard let (type, offset) = values[id], type == 64, let low = reader.u32(offset), let high = reader.u32(offset + 4) else { return nil }
            let ticks = UInt64(high) << 32 | UInt64(low)
            guard ticks > 0 else { return nil }
            // FILETIME: 100 ns since 1601-01-01 UTC.
            let seconds = Double(ticks) / 10_000_000 - 11_644_473_600
            // After 1970 and before the year 10000 (253,402,300,800 s): the largest FILETIME is year 60056.
            guard seconds > 0, seconds < 253_402_300_800 else { return nil }
            return MetadataDate.ukDay(ofTimestamp: seconds)
        }
        var metadata = DocumentMetadata(title: string(2), author: string(4), subject: string(3), created: date(12), modified: date(13))
        if let (type, offset) = values[14], type == 3, let pages = reader.u32(offset), pages > 0, pages < 100_000 { metadata.pageCount = Int(pages) }
        if metadata != DocumentMetadata() { metadata.origin = "SummaryInformation" }
        return metadata
    }
}
