import Deflate

/// Zips written byte by byte, so tests can damage any record of them: the shapes a hostile or
/// broken council .xlsx or .docx takes (offsets past the end, streams that never end, shared bytes).
public enum HandMadeZip {
    /// One entry to write: its name, its bytes, whether to deflate them.
    public struct Part {
        public var name: String
        public var bytes: [UInt8]
        public var deflate = true

        public init(name: String, bytes: [UInt8], deflate: Bool = true) {
            self.name = name
            self.bytes = bytes
            self.deflate = deflate
        }
    }

    /// Offsets of what `zip(_:)` wrote, for tests that damage a record.
    public struct Layout {
        public var localHeaders: [Int] = []
        public var directoryRecords: [Int] = []
        public var directoryOffset = 0
        public var endRecord = 0
    }

    /// A zip as zip tools write it (no zip64), with where its records are.
    public static func zip(_ parts: [Part], compressed override: [Int: [UInt8]] = [:]) -> (bytes: [UInt8], layout: Layout) {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        var layout = Layout()
        func le16(_ value: Int, _ into: inout [UInt8]) { into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: UInt32, _ into: inout [UInt8]) { for shift in [0, 8, 16, 24] { into.append(UInt8(value >> UInt32(shift) & 0xFF)) } }
        for (index, part) in parts.enumerated() {
            let data = override[index] ?? (part.deflate ? try! RawDeflate.compress(part.bytes, level: 6) : part.bytes)
            let crc = CRC32.checksum(part.bytes)
            let name = Array(part.name.utf8)
            let offset = out.count
            layout.localHeaders.append(offset)
            le32(0x0403_4B50, &out); le16(20, &out); le16(0, &out); le16(part.deflate ? 8 : 0, &out); le16(0, &out); le16(0x21, &out)
            le32(crc, &out); le32(UInt32(data.count), &out); le32(UInt32(part.bytes.count), &out); le16(name.count, &out); le16(0, &out)
            out += name + data
            layout.directoryRecords.append(directory.count)
            le32(0x0201_4B50, &directory); le16(20, &directory); le16(20, &directory); le16(0, &directory); le16(part.deflate ? 8 : 0, &directory)
            le16(0, &directory); le16(0x21, &directory); le32(crc, &directory); le32(UInt32(data.count), &directory)
            le32(UInt32(part.bytes.count), &directory); le16(name.count, &directory); le16(0, &directory); le16(0, &directory)
            le16(0, &directory); le16(0, &directory); le32(0, &directory); le32(UInt32(offset), &directory)
            directory += name
        }
        layout.directoryOffset = out.count
        layout.directoryRecords = layout.directoryRecords.map { $0 + out.count }
        out += directory
        layout.endRecord = out.count
        le32(0x0605_4B50, &out); le16(0, &out); le16(0, &out); le16(parts.count, &out); le16(parts.count, &out)
        le32(UInt32(directory.count), &out); le32(UInt32(layout.directoryOffset), &out); le16(0, &out)
        return (out, layout)
    }

    public static func put32(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
        for shift in 0..<4 { bytes[offset + shift] = UInt8(value >> UInt32(8 * shift) & 0xFF) }
    }

    /// A deflate stream that never ends: a non-final stored block of 65,535 bytes, with none after it.
    public static let endlessDeflate: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00]
}
