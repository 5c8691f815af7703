import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A nightly build carries files over from the pack it replaces without hashing them only when the
/// last build's stamp proves them untouched; every other file is hashed as before.
@Suite struct PreviousPackProofTests {
    /// A sealed pack of two payload files in `folder/pack`.
    func sealedPack(in folder: TemporaryFolder) throws -> URL {
        _ = try folder.write("the first file\n", to: "pack/data/a.txt")
        _ = try folder.write("the second file\n", to: "pack/data/lists/b.csv")
        let pack = folder.url.appendingPathComponent("pack")
        let date = try #require(CalendarDate(year: 2026, month: 11, day: 1))
        try BagIt.seal(folder: pack, info: BagIt.Info(baggingDate: date, externalIdentifier: "test", externalDescription: "test"))
        return pack
    }

    /// The stamp a build leaves, its states taken `secondsLater` after the files were written.
    func stamp(of pack: URL, secondsLater: Int64 = 10) throws -> ImportCache.BuildStamp {
        var states = try #require(BagFileStates.take(of: pack))
        states.takenNanoseconds += secondsLater * 1_000_000_000
        return ImportCache.BuildStamp(buildKey: "key", tagManifestSHA256: try FileHashing.sha256(of: pack.appendingPathComponent("tagmanifest-sha256.txt")),
                                      complete: true, outputFiles: states)
    }

    /// Puts the file's old bytes' size and modification time back after an edit, as `touch -r` would.
    func edit(_ file: URL, to text: String) throws {
        let before = try #require(BagFileStates.State.ofRegularFile(at: file.path))
        usleep(20_000)
        try Data(text.utf8).write(to: file)
        let seconds = Int(before.modifiedNanoseconds / 1_000_000_000), nanoseconds = Int(before.modifiedNanoseconds % 1_000_000_000)
        var times = [timespec(tv_sec: seconds, tv_nsec: nanoseconds), timespec(tv_sec: seconds, tv_nsec: nanoseconds)]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
    }

    @Test func untouchedFilesAreProvenWithTheirManifestDigests() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let proof = try #require(PreviousPackProof(pack: pack, stamp: try stamp(of: pack)))
        #expect(proof.count == 2)
        #expect(proof.proven("a.txt")?.sha256 == FileHashing.sha256(of: Data("the first file\n".utf8)))
        #expect(proof.proven("lists/b.csv")?.sha256 == FileHashing.sha256(of: Data("the second file\n".utf8)))
        #expect(proof.proven("missing.txt") == nil)
    }

    @Test func statesTakenRightAfterTheWritesProveNoFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        // The manifests are still checked by their hashes; the payload's states are too fresh.
        let proof = try #require(PreviousPackProof(pack: pack, stamp: try stamp(of: pack, secondsLater: 0)))
        #expect(proof.count == 0)
    }

    @Test func aPackWhoseTagManifestIsNotTheStampedOneIsNotProven() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        var stamp = try stamp(of: pack)
        stamp.tagManifestSHA256 = String(repeating: "0", count: 64)
        #expect(PreviousPackProof(pack: pack, stamp: stamp) == nil)
        #expect(PreviousPackProof(pack: pack, stamp: nil) == nil)
        var stateless = try self.stamp(of: pack)
        stateless.outputFiles = nil
        #expect(PreviousPackProof(pack: pack, stamp: stateless) == nil)
    }

    @Test func aManifestEditedAfterTheStampProvesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let stamp = try stamp(of: pack)
        // A manifest claiming other bytes for a.txt, with the tag manifest left as stamped.
        let manifest = pack.appendingPathComponent("manifest-sha256.txt")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        let forged = text.replacingOccurrences(of: FileHashing.sha256(of: Data("the first file\n".utf8)), with: String(repeating: "a", count: 64))
        try Data(forged.utf8).write(to: manifest)
        #expect(PreviousPackProof(pack: pack, stamp: stamp) == nil)
    }

    @Test func anEditThatPutsBackSizeAndModificationTimeIsNotProven() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let stamp = try stamp(of: pack)
        try edit(pack.appendingPathComponent("data/a.txt"), to: "the FIRST file\n")
        let proof = try #require(PreviousPackProof(pack: pack, stamp: stamp))
        #expect(proof.proven("a.txt") == nil)
        #expect(proof.proven("lists/b.csv") != nil)
    }

    @Test func aWriteAfterTheProofWasMadeEndsIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let proof = try #require(PreviousPackProof(pack: pack, stamp: try stamp(of: pack)))
        usleep(20_000)
        try Data("the second FILE\n".utf8).write(to: pack.appendingPathComponent("data/lists/b.csv"))
        #expect(proof.proven("lists/b.csv") == nil)
        #expect(proof.proven("a.txt") != nil)
    }

    @Test func removingAnotherNameOfAProvenFileKeepsItProven() throws {
        // A file carried over by linking shares its inode with the pack before last, which the build
        // removes while it exports: that moves the change time, not the content.
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let otherName = folder.url.appendingPathComponent("pack-before-last-b.csv")
        #expect(link(pack.appendingPathComponent("data/lists/b.csv").path, otherName.path) == 0)
        let proof = try #require(PreviousPackProof(pack: pack, stamp: try stamp(of: pack)))
        usleep(20_000)
        #expect(unlink(otherName.path) == 0)
        #expect(proof.proven("lists/b.csv") != nil)
    }

    @Test func exportMemoryLinksAProvenFileOnlyForItsOwnDigest() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let proof = try #require(PreviousPackProof(pack: pack, stamp: try stamp(of: pack)))
        let memory = ExportMemory(cacheFolder: folder.url.appendingPathComponent("cache"), exporterID: "test", previousPack: pack, proof: proof)
        let digest = FileHashing.sha256(of: Data("the second file\n".utf8))

        let linked = folder.url.appendingPathComponent("new/data/lists/b.csv")
        #expect(memory.linkFromPreviousPack("lists/b.csv", sha256: digest, to: linked))
        #expect(BagFileStates.State.ofRegularFile(at: linked.path)?.inode == proof.proven("lists/b.csv")?.state.inode)

        let refused = folder.url.appendingPathComponent("other/data/lists/b.csv")
        #expect(!memory.linkFromPreviousPack("lists/b.csv", sha256: String(repeating: "0", count: 64), to: refused))
        #expect(!FileManager.default.fileExists(atPath: refused.path))
    }

    @Test func exportMemoryHashesAFileTheProofDoesNotCover() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let stamp = try stamp(of: pack)
        let file = pack.appendingPathComponent("data/a.txt")
        try edit(file, to: "the FIRST file\n")
        let proof = try #require(PreviousPackProof(pack: pack, stamp: stamp))
        let memory = ExportMemory(cacheFolder: folder.url.appendingPathComponent("cache"), exporterID: "test", previousPack: pack, proof: proof)
        // The manifest's digest no longer fits the bytes: hashed, and refused.
        let recorded = FileHashing.sha256(of: Data("the first file\n".utf8))
        #expect(!memory.linkFromPreviousPack("a.txt", sha256: recorded, to: folder.url.appendingPathComponent("new/a.txt")))
        #expect(!memory.copyFromPreviousPack("a.txt", sha256: recorded, to: folder.url.appendingPathComponent("new/a-copy.txt")))
        // The bytes it now holds are still carried over, checked by their hash.
        let current = FileHashing.sha256(of: Data("the FIRST file\n".utf8))
        #expect(memory.copyFromPreviousPack("a.txt", sha256: current, to: folder.url.appendingPathComponent("new/a-copy.txt")))
    }

    @Test func piecesOfAProvenFileAreReadWhileItKeepsItsContent() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let proof = try #require(PreviousPackProof(pack: pack, stamp: try stamp(of: pack)))
        let memory = ExportMemory(cacheFolder: folder.url.appendingPathComponent("cache"), exporterID: "test", previousPack: pack, proof: proof)
        let fileDigest = try #require(proof.proven("a.txt")?.sha256)
        let pieces = try #require(memory.previousPackPieces("a.txt", fileSHA256: fileDigest))
        let first = FileHashing.sha256(of: Data("first".utf8))
        #expect(pieces.piece(offset: 4, length: 5, sha256: first).map { String(decoding: $0, as: UTF8.self) } == "first")
        // Written since: the piece is hashed again, and "FIRST" is not the piece recorded.
        usleep(20_000)
        try Data("the FIRST file\n".utf8).write(to: pack.appendingPathComponent("data/a.txt"))
        #expect(pieces.piece(offset: 4, length: 5, sha256: first) == nil)
    }

    @Test func verifyingABagHashesOnlyWhatTheProofDoesNotCover() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let pack = try sealedPack(in: folder)
        let stamp = try stamp(of: pack)
        #expect(BagIt.verify(folder: pack, proof: PreviousPackProof(pack: pack, stamp: stamp)).isEmpty)
        // Edited after the stamp: not proven, so hashed, and the change is found.
        try edit(pack.appendingPathComponent("data/a.txt"), to: "the FIRST file\n")
        #expect(BagIt.verify(folder: pack, proof: PreviousPackProof(pack: pack, stamp: stamp)) == ["data/a.txt has changed: its SHA-256 does not match the manifest"])
        // A stamp taken after the edit vouches for the file as it now is: it is then not hashed.
        // (Only a build that wrote or hashed the pack takes a stamp; this one is made by hand.)
        let vouching = try self.stamp(of: pack)
        #expect(BagIt.verify(folder: pack, proof: PreviousPackProof(pack: pack, stamp: vouching)).isEmpty)
        #expect(!BagIt.verify(folder: pack).isEmpty)
    }

    @Test func theRacyWindowIsATenthOfASecondOnlyWhereTimesKeepNanoseconds() throws {
        // procfs is not among the file systems known to keep nanoseconds.
        #expect(BagFileStates.racyWindowNanoseconds(forFolder: "/proc") == BagFileStates.coarseRacyWindow)
        #expect(BagFileStates.racyWindowNanoseconds(forFolder: "/no/such/folder") == BagFileStates.coarseRacyWindow)
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        _ = try folder.write("x\n", to: "data/a.txt")
        var states = try #require(BagFileStates.take(of: folder.url))
        var state = try #require(states.files["data/a.txt"])
        state.changedNanoseconds = state.changedNanoseconds / 1_000_000_000 * 1_000_000_000 + 123_456_789
        state.modifiedNanoseconds = state.changedNanoseconds
        states.takenNanoseconds = state.changedNanoseconds + 500_000_000
        #expect(states.isSettled(state, racyWindowNanoseconds: BagFileStates.fineRacyWindow))
        #expect(!states.isSettled(state, racyWindowNanoseconds: BagFileStates.coarseRacyWindow))
        // Whole seconds only: the file system may round, so the coarse window holds whatever the type.
        state.changedNanoseconds = state.changedNanoseconds / 1_000_000_000 * 1_000_000_000
        state.modifiedNanoseconds = state.changedNanoseconds
        states.takenNanoseconds = state.changedNanoseconds + 500_000_000
        #expect(!states.isSettled(state, racyWindowNanoseconds: BagFileStates.fineRacyWindow))
    }
}
