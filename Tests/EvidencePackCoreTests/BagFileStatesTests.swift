import EvidenceFixtures
import EvidencePackCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// An up-to-date check may skip hashing only when the pack's files provably did not change.
@Suite struct BagFileStatesTests {
    /// States taken "later" than the files' last change (as on the next night).
    func settled(_ states: BagFileStates) -> BagFileStates {
        var states = states
        states.takenNanoseconds += 10_000_000_000
        return states
    }

    @Test func untouchedFilesProveThePackUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        _ = try folder.write("{\"a\": 1}\n", to: "data/pack.json")
        _ = try folder.write("BagIt-Version: 1.0\n", to: "bagit.txt")
        let recorded = settled(try #require(BagFileStates.take(of: folder.url)))
        #expect(recorded.files.keys.sorted() == ["bagit.txt", "data/pack.json"])
        #expect(recorded.provesUnchanged(try #require(BagFileStates.take(of: folder.url))))
    }

    @Test func statesTakenJustAfterAWriteProveNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        _ = try folder.write("{\"a\": 1}\n", to: "data/pack.json")
        let recorded = try #require(BagFileStates.take(of: folder.url))
        #expect(!recorded.provesUnchanged(try #require(BagFileStates.take(of: folder.url))))
    }

    @Test func anEditKeepingSizeAndModificationTimeIsSeen() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let file = try folder.write("{\"a\": 1}\n", to: "data/pack.json")
        let recorded = settled(try #require(BagFileStates.take(of: folder.url)))
        let before = try #require(recorded.files["data/pack.json"])
        // Same size, and the modification time put back as `touch -r` would: only ctime moves.
        usleep(20_000)
        try Data("{\"a\": 2}\n".utf8).write(to: file)
        var times = [timespec(tv_sec: Int(before.modifiedNanoseconds / 1_000_000_000), tv_nsec: Int(before.modifiedNanoseconds % 1_000_000_000)),
                     timespec(tv_sec: Int(before.modifiedNanoseconds / 1_000_000_000), tv_nsec: Int(before.modifiedNanoseconds % 1_000_000_000))]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        let now = try #require(BagFileStates.take(of: folder.url))
        #expect(now.files["data/pack.json"]?.modifiedNanoseconds == before.modifiedNanoseconds)
        #expect(!recorded.provesUnchanged(now))
    }

    @Test func anAddedOrRemovedFileIsSeen() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        _ = try folder.write("x\n", to: "data/a.txt")
        let recorded = settled(try #require(BagFileStates.take(of: folder.url)))
        _ = try folder.write("y\n", to: "data/b.txt")
        #expect(!recorded.provesUnchanged(try #require(BagFileStates.take(of: folder.url))))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("data/b.txt"))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("data/a.txt"))
        #expect(!recorded.provesUnchanged(try #require(BagFileStates.take(of: folder.url))))
    }

    @Test func aLinkInThePackIsNeverTakenAsUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        _ = try folder.write("x\n", to: "data/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("data/l").path, withDestinationPath: "/etc/hostname")
        #expect(BagFileStates.take(of: folder.url) == nil)
    }
}
