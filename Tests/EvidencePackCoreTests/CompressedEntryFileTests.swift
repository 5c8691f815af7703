@testable import EvidencePackCore
import EvidenceFixtures
import EvidenceModel
import Foundation
import Testing

/// Import-cache entries on disk are compressed (Zstandard; deflate in caches written before): what is
/// stored reads back equal and much smaller, and a damaged entry reads as no entry (re-imported),
/// never as different records.
@Suite struct CompressedEntryFileTests {
    /// JSON shaped like a page import: the same keys over and over.
    static let pageLikeJSON: Data = {
        let blocks = (0..<400).map { #"{"kind":"paragraph","line":\#($0),"text":"The Director of Children’s Services reported on item \#($0)."}"# }
        return Data(("{\"records\":[{\"blocks\":[" + blocks.joined(separator: ",") + "]}]}").utf8)
    }()

    @Test func whatIsEncodedDecodesToTheSameBytesAndIsSmaller() throws {
        for json in [Self.pageLikeJSON, Data("{}".utf8), Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })] {
            let file = try CompressedEntryFile.encode([UInt8](json))
            #expect(CompressedEntryFile.decode(file) == [UInt8](json))
        }
        let file = try CompressedEntryFile.encode([UInt8](Self.pageLikeJSON))
        #expect(file.count * 5 < Self.pageLikeJSON.count, "\(file.count) bytes for \(Self.pageLikeJSON.count) of JSON")
    }

    @Test func aDamagedFileIsNoEntry() throws {
        let file = try CompressedEntryFile.encode([UInt8](Self.pageLikeJSON))
        var damaged: [(String, Data)] = [
            ("empty", Data()),
            ("header only", file.prefix(CompressedEntryFile.headerSize)),
            ("truncated", file.prefix(file.count - 7)),
            ("the JSON it replaced", Self.pageLikeJSON),
        ]
        for offset in [0, 9, 17, CompressedEntryFile.headerSize + 3, file.count / 2, file.count - 2] {
            var flipped = file
            flipped[offset] ^= 0x5A
            damaged.append(("byte \(offset) flipped", flipped))
        }
        var longer = file
        longer.append(contentsOf: [1, 2, 3])
        for (name, data) in damaged {
            #expect(CompressedEntryFile.decode(data) == nil, "\(name)")
        }
        // Bytes after the stream's end are not part of the entry; what was stored still reads back.
        #expect(CompressedEntryFile.decode(longer) == [UInt8](Self.pageLikeJSON))
    }

    @Test func entriesWrittenBeforeZstandardStillReadBack() throws {
        for json in [Self.pageLikeJSON, Data("{}".utf8)] {
            let file = try CompressedEntryFile.encodeDeflated([UInt8](json))
            #expect(file.prefix(8) == Data("EVPKCE01".utf8))
            #expect(CompressedEntryFile.decode(file) == [UInt8](json))
            var flipped = file
            flipped[file.count / 2] ^= 0x5A
            #expect(CompressedEntryFile.decode(flipped) == nil)
        }
        #expect(try CompressedEntryFile.encode([UInt8](Self.pageLikeJSON)).prefix(8) == Data("EVPKCE02".utf8))
    }

    @Test func aZstandardFrameUnderTheDeflateMagicOrTheOtherWayRoundIsNoEntry() throws {
        var zstandard = try CompressedEntryFile.encode([UInt8](Self.pageLikeJSON))
        zstandard.replaceSubrange(0..<8, with: Data("EVPKCE01".utf8))
        #expect(CompressedEntryFile.decode(zstandard) == nil)
        var deflated = try CompressedEntryFile.encodeDeflated([UInt8](Self.pageLikeJSON))
        deflated.replaceSubrange(0..<8, with: Data("EVPKCE02".utf8))
        #expect(CompressedEntryFile.decode(deflated) == nil)
    }

    @Test func theCacheStoresEntriesCompressedAndReadsThemBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let cache = ImportCache(folder: folder.url.appendingPathComponent("cache"))
        try cache.claim()
        let key = String(repeating: "ab", count: 32)
        let diagnostics = (1...50).map { (line: Int) in
            Diagnostic(.warning, code: "minutes.date.missing", message: "no meeting date on line \(line)",
                       location: SourceLocation(path: "minutes/board.txt", line: line), step: "import")
        }
        try cache.store(ImportCache.Entry(records: [], diagnostics: diagnostics), for: key)
        let imports = folder.url.appendingPathComponent("cache/imports")
        let segments = try FileManager.default.contentsOfDirectory(atPath: imports.path).filter { $0.hasPrefix("segment-") }
        #expect(segments.count == 1)
        let file = imports.appendingPathComponent(try #require(segments.first))
        let stored = try Data(contentsOf: file)
        let json = try EvidenceJSON.encode(ImportCache.Entry(records: [], diagnostics: diagnostics), pretty: false)
        #expect(stored.count * 5 < json.count)
        #expect(cache.entry(for: key)?.diagnostics == diagnostics)
        // Damaged on disk: no entry, so the source is imported again.
        var damaged = stored
        damaged[stored.count / 2] ^= 0xFF
        try damaged.write(to: file)
        #expect(cache.entry(for: key) == nil)
    }
}
