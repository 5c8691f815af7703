@testable import EvidencePackCore
import EvidenceFixtures
import EvidenceModel
import Foundation
import Testing

/// The import cache keeps its entries in one segment file with an index: each build's end leaves
/// exactly the entries it used (nothing of a dropped one), reads survive a new process (a new value
/// over the same folder), and a damaged index or segment only means importing again.
@Suite struct ImportCacheSegmentsTests {
    static func key(_ digit: Character) -> String { String(repeating: digit, count: 64) }

    /// An entry whose one diagnostic names `label`, so entries can be told apart.
    static func entry(_ label: String) -> ImportCache.Entry {
        ImportCache.Entry(records: [], diagnostics: [Diagnostic(.note, code: "test.label", message: label, step: "import")])
    }

    /// A cache in `folder/cache`, claimed as a build claims it.
    static func claimedCache(in folder: TemporaryFolder) throws -> ImportCache {
        let cache = ImportCache(folder: folder.url.appendingPathComponent("cache"))
        try cache.claim()
        return cache
    }

    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cache/imports").path).sorted()
    }

    @Test func pruningKeepsWhatIsUsedInOneSegmentAndRemovesTheRest() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let cache = try Self.claimedCache(in: folder)
        let kept = Self.key("1"), dropped = Self.key("2")
        try cache.store(Self.entry("kept"), for: kept)
        try cache.store(Self.entry("dropped, with a much longer message than the kept one has"), for: dropped)
        let imports = folder.url.appendingPathComponent("cache/imports")
        // Entries as cache formats before 6 wrote them, a killed run's temporary files, and a file of the user's.
        for name in [kept + ".json", kept + ".entry", ".\(kept).123.tmp", ".index.bin.77.tmp", "notes.txt"] {
            try Data("{}".utf8).write(to: imports.appendingPathComponent(name))
        }
        try cache.prune(keeping: [kept])
        let left = try Self.names(in: folder.url)
        #expect(left.count == 3 && left.contains("index.bin") && left.contains("notes.txt"), "\(left)")
        let segment = try #require(left.first { $0.hasPrefix("segment-") })
        // The segment holds the kept entry's bytes and nothing of the dropped one.
        let size = try #require(try FileManager.default.attributesOfItem(atPath: imports.appendingPathComponent(segment).path)[.size] as? Int)
        #expect(size == (try CompressedEntryFile.encode(CompactBinaryEncoder.encodeEntry(Self.entry("kept")))).count)
        // A later build (a new value over the same folder) reads what was kept, not what was dropped.
        let later = ImportCache(folder: cache.folder)
        #expect(later.entry(for: kept)?.diagnostics.first?.message == "kept")
        #expect(later.entry(for: dropped) == nil)
    }

    @Test func aLaterBuildMergesWhatItReusesWithWhatItStoresIntoOneSegment() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let first = try Self.claimedCache(in: folder)
        let cacheFolder = first.folder
        for digit in "123" { try first.store(Self.entry("first \(digit)"), for: Self.key(digit)) }
        try first.prune(keeping: [Self.key("1"), Self.key("2"), Self.key("3")])
        let firstSegment = try #require(try Self.names(in: folder.url).first { $0.hasPrefix("segment-") })

        // The next build reuses 1 and 3, imports 4, and no longer has 2.
        let second = ImportCache(folder: cacheFolder)
        #expect(second.entry(for: Self.key("1"))?.diagnostics.first?.message == "first 1")
        #expect(second.entry(for: Self.key("3"))?.diagnostics.first?.message == "first 3")
        try second.store(Self.entry("second 4"), for: Self.key("4"))
        try second.prune(keeping: [Self.key("1"), Self.key("3"), Self.key("4")])
        let segments = try Self.names(in: folder.url).filter { $0.hasPrefix("segment-") }
        #expect(segments.count == 1 && segments != [firstSegment], "\(segments)")

        let third = ImportCache(folder: cacheFolder)
        #expect(third.entry(for: Self.key("1"))?.diagnostics.first?.message == "first 1")
        #expect(third.entry(for: Self.key("2")) == nil)
        #expect(third.entry(for: Self.key("3"))?.diagnostics.first?.message == "first 3")
        #expect(third.entry(for: Self.key("4"))?.diagnostics.first?.message == "second 4")
    }

    @Test func entriesStoredByManyTasksAtOnceAllReadBack() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let cache = try Self.claimedCache(in: folder)
        let cacheFolder = cache.folder
        let keys = (0..<300).map { FileHashing.sha256(of: Array("source \($0)".utf8)) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (number, key) in keys.enumerated() {
                // Entries of different sizes, so a wrong offset would cut one short or run into the next.
                group.addTask { try cache.store(Self.entry(String(repeating: "entry \(number) ", count: 1 + number % 17)), for: key) }
            }
            try await group.waitForAll()
        }
        try cache.prune(keeping: Set(keys))
        let later = ImportCache(folder: cacheFolder)
        for (number, key) in keys.enumerated() {
            #expect(later.entry(for: key)?.diagnostics.first?.message == String(repeating: "entry \(number) ", count: 1 + number % 17))
        }
    }

    @Test func aBuildThatChangesNothingLeavesTheFilesAsTheyAre() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let first = try Self.claimedCache(in: folder)
        let cacheFolder = first.folder
        for digit in "12" { try first.store(Self.entry(String(digit)), for: Self.key(digit)) }
        try first.prune(keeping: [Self.key("1"), Self.key("2")])
        let imports = cacheFolder.appendingPathComponent("imports")
        let before = try Self.names(in: folder.url)
        let index = try Data(contentsOf: imports.appendingPathComponent("index.bin"))
        let inode = try FileManager.default.attributesOfItem(atPath: imports.appendingPathComponent("index.bin").path)[.systemFileNumber] as? Int

        let next = ImportCache(folder: cacheFolder)
        #expect(next.entry(for: Self.key("1")) != nil && next.entry(for: Self.key("2")) != nil)
        try next.prune(keeping: [Self.key("1"), Self.key("2")])
        #expect(try Self.names(in: folder.url) == before)
        #expect(try Data(contentsOf: imports.appendingPathComponent("index.bin")) == index)
        #expect(try FileManager.default.attributesOfItem(atPath: imports.appendingPathComponent("index.bin").path)[.systemFileNumber] as? Int == inode)
    }

    @Test func entriesAreOwnerOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let cache = try Self.claimedCache(in: folder)
        try cache.store(Self.entry("a"), for: Self.key("a"))
        try cache.prune(keeping: [Self.key("a")])
        let imports = folder.url.appendingPathComponent("cache/imports")
        for name in try Self.names(in: folder.url) {
            let permissions = try FileManager.default.attributesOfItem(atPath: imports.appendingPathComponent(name).path)[.posixPermissions] as? Int
            #expect(permissions == 0o600, "\(name)")
        }
    }

    @Test func theIndexReadsBackWhatWasWrittenAndRefusesDamage() throws {
        var generator = SystemRandomNumberGenerator()
        var index: [String: ImportCacheSegments.Location] = [:]
        let segments = (0..<3).map { ImportCacheSegments.segmentName(UInt64($0) &* 0x9E37_79B9_7F4A_7C15) }
        for _ in 0..<200 {
            let key = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
            index[key] = ImportCacheSegments.Location(segment: segments.randomElement(using: &generator)!,
                                                      offset: Int.random(in: 0...(1 << 40), using: &generator),
                                                      length: Int.random(in: 1...(1 << 30), using: &generator))
        }
        let bytes = ImportCacheSegments.encodeIndex(index)
        #expect(ImportCacheSegments.decodeIndex(Data(bytes)) == index)
        #expect(ImportCacheSegments.encodeIndex(ImportCacheSegments.decodeIndex(Data(bytes))!) == bytes)
        #expect(ImportCacheSegments.decodeIndex(Data(ImportCacheSegments.encodeIndex([:]))) == [:])
        for offset in [0, 8, 12, bytes.count / 2, bytes.count - 1] {
            var damaged = bytes
            damaged[offset] ^= 0x21
            #expect(ImportCacheSegments.decodeIndex(Data(damaged)) == nil, "byte \(offset)")
        }
        #expect(ImportCacheSegments.decodeIndex(Data(bytes.dropLast(5))) == nil)
        #expect(ImportCacheSegments.decodeIndex(Data()) == nil)
    }

    @Test func aDamagedIndexMeansImportingAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let first = try Self.claimedCache(in: folder)
        let cacheFolder = first.folder
        try first.store(Self.entry("a"), for: Self.key("a"))
        try first.prune(keeping: [Self.key("a")])
        let index = cacheFolder.appendingPathComponent("imports/index.bin")
        var bytes = try Data(contentsOf: index)
        bytes[bytes.count / 2] ^= 0x10
        try bytes.write(to: index)
        let next = ImportCache(folder: cacheFolder)
        #expect(next.entry(for: Self.key("a")) == nil)
        // The next build stores it again and the cache is whole once more.
        try next.store(Self.entry("a again"), for: Self.key("a"))
        try next.prune(keeping: [Self.key("a")])
        #expect(ImportCache(folder: cacheFolder).entry(for: Self.key("a"))?.diagnostics.first?.message == "a again")
        #expect(try Self.names(in: folder.url).filter { $0.hasPrefix("segment-") }.count == 1)
    }

    @Test func ownNamesAreOnlyThoseTheCacheWrites() {
        let key = Self.key("c")
        for name in ["index.bin", "segment-0123456789abcdef.bin", "\(key).entry", "\(key).json", ".\(key).42.tmp", ".index.bin.42.tmp"] {
            #expect(ImportCacheSegments.isOwnName(name), "\(name)")
        }
        for name in ["notes.txt", "segment-0123.bin", "segment-0123456789ABCDEF.bin", "segment-0123456789abcdefg.bin", "index.json",
                     ".index.bin.tmp", ".index.bin.x.tmp", "\(key.dropLast()).entry", ".\(key).tmp", "2025"] {
            #expect(!ImportCacheSegments.isOwnName(name), "\(name)")
        }
    }
}
