import EvidencePackCore
import Foundation
import Testing

/// The stat index's binary form: what is written reads back equal, and anything damaged reads as no
/// index (every file hashed again), never as wrong fingerprints.
@Suite struct FileStatIndexBinaryTests {
    func sample() -> FileStatIndex {
        FileStatIndex(entries: [
            "annex-a/list-1.csv": .init(size: 20_969_739, modifiedNanoseconds: 1_796_321_555_542_801_056, inode: 16_345_282,
                                        sha256: String(repeating: "4b", count: 32), mediaType: "text/csv", sniffedImporterID: "csv-table"),
            "pages/Corporate Parenting Board – 14 Sept.html": .init(size: 0, modifiedNanoseconds: -1, inode: .max,
                                                                    sha256: String(repeating: "0", count: 64)),
            "odd/name\twith\ttabs\nand a line break.txt": .init(size: Int64.max, modifiedNanoseconds: Int64.min, inode: 0,
                                                                sha256: "", mediaType: "", sniffedImporterID: nil),
        ], writtenNanoseconds: 1_796_400_000_000_000_000, sniffedWith: "csv-table@1.2.0|html-agenda@1.0.0")
    }

    @Test func whatIsWrittenReadsBackEqual() throws {
        let index = sample()
        let decoded = try #require(FileStatIndex(binary: index.binaryEncoded()))
        #expect(decoded.entries == index.entries)
        #expect(decoded.writtenNanoseconds == index.writtenNanoseconds)
        #expect(decoded.sniffedWith == index.sniffedWith)
        let empty = try #require(FileStatIndex(binary: FileStatIndex().binaryEncoded()))
        #expect(empty.entries.isEmpty && empty.sniffedWith == nil)
        // Deterministic: the same index, the same bytes, whatever the dictionary's order.
        #expect(index.binaryEncoded() == FileStatIndex(entries: index.entries, writtenNanoseconds: index.writtenNanoseconds,
                                                       sniffedWith: index.sniffedWith).binaryEncoded())
    }

    @Test func anythingDamagedIsNoIndex() {
        let bytes = sample().binaryEncoded()
        // Every truncation, a changed magic, bytes added at the end, an old JSON index.
        for length in 0..<bytes.count {
            #expect(FileStatIndex(binary: Array(bytes.prefix(length))) == nil, "truncated to \(length)")
        }
        var magic = bytes
        magic[0] ^= 0xFF
        #expect(FileStatIndex(binary: magic) == nil)
        #expect(FileStatIndex(binary: bytes + [0]) == nil)
        #expect(FileStatIndex(binary: Array(#"{"entries":{},"writtenNanoseconds":0}"#.utf8)) == nil)
        // A string whose length runs past the end, and one that is not UTF-8.
        var overlong = Array(bytes.prefix(16))
        overlong += [0xFE, 0xFF, 0xFF, 0x7F]
        #expect(FileStatIndex(binary: overlong) == nil)
        var notText = Array(bytes.prefix(16))
        notText += [2, 0, 0, 0, 0xC3, 0x28, 0, 0, 0, 0]
        #expect(FileStatIndex(binary: notText) == nil)
    }
}
