@testable import Deflate
import EvidenceFixtures
import Foundation
import Testing

/// The zip reader that opens council .xlsx and .docx files: it reads what zip tools write, and a
/// damaged or hostile archive is an error naming the damage — never a hang, a trap or gigabytes.
/// The hostile shapes are those an audit of the reader this one replaced found (ZIPFoundation
/// 0.9.20: an endless inflate loop, traps on offsets and zip64 values, empty chunks for hours).
@Suite struct ZipArchiveTests {
    static let sheet = Array(String(repeating: "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>", count: 2_000).utf8)

    @Test func readsStoredAndDeflatedEntriesAsWritten() throws {
        let (bytes, _) = HandMadeZip.zip([HandMadeZip.Part(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8), deflate: false),
                                   HandMadeZip.Part(name: "xl/worksheets/sheet1.xml", bytes: Self.sheet), HandMadeZip.Part(name: "empty.txt", bytes: [])])
        let archive = try ZipArchive(bytes: bytes)
        #expect(archive.entries.map(\.path) == ["[Content_Types].xml", "xl/worksheets/sheet1.xml", "empty.txt"])
        #expect(try archive.contents(of: archive["[Content_Types].xml"]!, limit: 1 << 20) == Array("<Types/>".utf8))
        #expect(try archive.contents(of: archive["xl/worksheets/sheet1.xml"]!, limit: 1 << 20) == Self.sheet)
        #expect(try archive.contents(of: archive["empty.txt"]!, limit: 1 << 20) == [])
        #expect(archive["missing.xml"] == nil)
        // Pulled in small buffers, the bytes are the same.
        let reader = archive.reader(for: archive["xl/worksheets/sheet1.xml"]!, limit: 1 << 20)
        var pulled: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 7)
        while case let count = try buffer.withUnsafeMutableBytes({ try reader.read(into: $0) }), count > 0 { pulled += buffer[..<count] }
        #expect(pulled == Self.sheet)
    }

    @Test func readsAFileThroughItsDescriptor() throws {
        let (bytes, _) = HandMadeZip.zip([HandMadeZip.Part(name: "word/document.xml", bytes: Self.sheet)])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString).docx")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let archive = try ZipArchive(path: url.path)
        #expect(try archive.contents(of: archive["word/document.xml"]!, limit: 1 << 20) == Self.sheet)
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(path: url.path + ".missing") }
    }

    /// A deflate stream that never ends inside its entry: a non-final stored block of 65,535 bytes
    /// swallows the directory, then the file ends. The old reader spun for ever on this.
    @Test func aDeflateStreamThatNeverEndsIsDamagedNotAHang() throws {
        let (bytes, _) = HandMadeZip.zip([HandMadeZip.Part(name: "xl/worksheets/sheet1.xml", bytes: Array("<x/>".utf8))],
                                  compressed: [0: HandMadeZip.endlessDeflate])
        let archive = try ZipArchive(bytes: bytes)
        #expect(throws: ZipArchive.Failure.damagedEntry("xl/worksheets/sheet1.xml", "its compressed data ends before the stream does")) {
            try archive.contents(of: archive["xl/worksheets/sheet1.xml"]!, limit: 1 << 20)
        }
    }

    @Test func offsetsPastTheEndAreRefusedWhenOpening() {
        var (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "word/document.xml", bytes: Self.sheet)])
        var directoryPastEnd = bytes
        HandMadeZip.put32(0x7FFF_FFF0, at: layout.endRecord + 16, in: &directoryPastEnd)
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: directoryPastEnd) }
        HandMadeZip.put32(0x7FFF_FFF0, at: layout.directoryRecords[0] + 42, in: &bytes)  // the local header's offset
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: bytes) }
        (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "word/document.xml", bytes: Self.sheet)])
        HandMadeZip.put32(0x7FFF_FFF0, at: layout.directoryRecords[0] + 20, in: &bytes)  // the compressed size
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: bytes) }
    }

    /// A zip64 extra field with values near 2^64: offsets and sizes that no file has.
    @Test func zip64ValuesBeyondTheFileAreRefused() {
        for (field, value) in [(42, UInt64(0x8000_0000_0000_0000)), (24, UInt64(1) << 62), (20, UInt64.max)] {
            // The record marks the field as held in the zip64 extra field, which gives `value`.
            var (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "xl/workbook.xml", bytes: Self.sheet)])
            let record = layout.directoryRecords[0]
            let nameLength = Int(bytes[record + 28]) | Int(bytes[record + 29]) << 8
            HandMadeZip.put32(0xFFFF_FFFF, at: record + field, in: &bytes)
            var extra: [UInt8] = [0x01, 0x00, 0x08, 0x00]
            for shift in 0..<8 { extra.append(UInt8(value >> UInt64(8 * shift) & 0xFF)) }
            bytes.insert(contentsOf: extra, at: record + 46 + nameLength)
            bytes[record + 30] = 12
            // The directory grew by the extra field: the end record says so.
            let end = layout.endRecord + extra.count
            let size = UInt32(bytes[end + 12]) | UInt32(bytes[end + 13]) << 8
            HandMadeZip.put32(size + UInt32(extra.count), at: end + 12, in: &bytes)
            #expect(throws: ZipArchive.Failure.self, "field at \(field) = \(value)") {
                let archive = try ZipArchive(bytes: bytes)
                _ = try archive.contents(of: archive.entries[0], limit: 1 << 30)
            }
        }
    }

    /// A million names for one stream of compressed bytes is how a small file inflates to terabytes.
    @Test func entriesSharingTheirBytesAreRefused() throws {
        let (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "ppt/slides/slide1.xml", bytes: Self.sheet), HandMadeZip.Part(name: "ppt/slides/slide2.xml", bytes: Self.sheet)])
        var shared = bytes
        // The second record points at the first entry's local header.
        HandMadeZip.put32(UInt32(layout.localHeaders[0]), at: layout.directoryRecords[1] + 42, in: &shared)
        #expect(throws: ZipArchive.Failure.notAZip("two entries share the same bytes")) { try ZipArchive(bytes: shared) }
        #expect(try ZipArchive(bytes: bytes).entries.count == 2)
    }

    @Test func aStoredEntryClaimingAnotherSizeIsDamaged() throws {
        var (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "a.xml", bytes: Self.sheet, deflate: false)])
        HandMadeZip.put32(0x4000_0000, at: layout.directoryRecords[0] + 24, in: &bytes)  // uncompressed: 1 GiB
        let archive = try ZipArchive(bytes: bytes)
        #expect(throws: ZipArchive.Failure.self) { try archive.contents(of: archive.entries[0], limit: 1 << 31) }
    }

    @Test func aChecksumMismatchIsDamaged() throws {
        var (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "xl/sharedStrings.xml", bytes: Self.sheet)])
        bytes[layout.directoryRecords[0] + 16] ^= 0xFF
        let archive = try ZipArchive(bytes: bytes)
        #expect(throws: ZipArchive.Failure.damagedEntry("xl/sharedStrings.xml", "checksum mismatch")) {
            try archive.contents(of: archive.entries[0], limit: 1 << 20)
        }
    }

    /// A zip bomb: 10 MB of zeros in about 10 KB; the reader stops at its limit, whatever the entry claims.
    @Test func aBombStopsAtTheLimit() throws {
        let zeros = [UInt8](repeating: 0, count: 10 << 20)
        var (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "xl/worksheets/sheet1.xml", bytes: zeros)])
        #expect(bytes.count < 64 << 10)
        HandMadeZip.put32(100, at: layout.directoryRecords[0] + 24, in: &bytes)  // claims 100 bytes
        let archive = try ZipArchive(bytes: bytes)
        let reader = archive.reader(for: archive.entries[0], limit: 1 << 20)
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        var total = 0
        #expect(throws: ZipArchive.Failure.tooLarge("xl/worksheets/sheet1.xml", limit: 1 << 20)) {
            while case let count = try buffer.withUnsafeMutableBytes({ try reader.read(into: $0) }), count > 0 { total += count }
        }
        #expect(total <= 1 << 20)
    }

    /// 65,535 entries fill the end record's count exactly; with no zip64 locator that is their number.
    @Test func aFullEndRecordWithoutZip64MeansWhatItSays() throws {
        let parts = (0..<65_535).map { HandMadeZip.Part(name: "p\($0)", bytes: [], deflate: false) }
        let archive = try ZipArchive(bytes: HandMadeZip.zip(parts).bytes)
        #expect(archive.entries.count == 65_535)
        #expect(archive["p65534"] != nil)
    }

    @Test func truncatedOrForeignFilesAreNotZips() {
        let (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "word/document.xml", bytes: Self.sheet)])
        for damaged in [Array(bytes[..<layout.endRecord]), Array(bytes[..<10]), Array("PK not a zip at all".utf8), []] {
            #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: damaged) }
        }
    }

    @Test func encryptedEntriesAreListedButNotRead() throws {
        var (bytes, layout) = HandMadeZip.zip([HandMadeZip.Part(name: "word/document.xml", bytes: Self.sheet)])
        bytes[layout.directoryRecords[0] + 8] |= 1
        let archive = try ZipArchive(bytes: bytes)
        #expect(archive.entries.map(\.path) == ["word/document.xml"])
        #expect(throws: ZipArchive.Failure.damagedEntry("word/document.xml", "encrypted")) { try archive.contents(of: archive.entries[0], limit: 1 << 20) }
    }

    /// Thousands of archives with random bytes changed: each opens and reads, or fails with an
    /// error; none traps, hangs or reads past its limit (seeded, so a failure repeats).
    @Test func randomDamageIsAnErrorNeverATrapOrAHang() {
        let (original, _) = HandMadeZip.zip([HandMadeZip.Part(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8), deflate: false),
                                      HandMadeZip.Part(name: "xl/worksheets/sheet1.xml", bytes: Self.sheet), HandMadeZip.Part(name: "xl/sharedStrings.xml", bytes: Self.sheet)])
        var state: UInt64 = 20_261_205
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var opened = 0, read = 0
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<(1 + next(4)) {
                let at = next(bytes.count)
                bytes[at] = next(3) == 0 ? 0xFF : UInt8(truncatingIfNeeded: next(256))
            }
            if next(5) == 0 { bytes.removeLast(next(bytes.count)) }
            guard let archive = try? ZipArchive(bytes: bytes) else { continue }
            opened += 1
            for entry in archive.entries {
                if let contents = try? archive.contents(of: entry, limit: 1 << 20) {
                    #expect(contents.count == entry.uncompressedSize)
                    read += 1
                }
            }
        }
        // Most damage lands in entry data: many archives still open, some entries still read.
        #expect(opened > 500 && read > 300)
    }
}
