import EvidenceFixtures
import EvidencePackCore
import Foundation
import Testing

/// Issue 23 item 2: a read after discovery opens the file without following links out of the inputs
/// and checks its bytes against the discovery hash.
@Suite struct GuardedInputTests {
    /// An inputs folder `in/` holding `a.txt`, and `outside.txt` beside it.
    func makeInputs() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        try folder.write("inside\n", to: "in/a.txt")
        try folder.write("OUTSIDE-SECRET\n", to: "outside.txt")
        return (folder, folder.url.appendingPathComponent("in"))
    }

    func readAll(_ path: String, root: URL, expected: String? = nil) throws -> String {
        let input = try GuardedInput.open(relativePath: path, root: root, expectedSHA256: expected)
        var bytes: [UInt8] = []
        try input.readChunks { bytes += $0 }
        try input.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    func link(_ path: String, to target: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    @Test func readsAFileAndAcceptsItsDiscoveryHash() throws {
        let (folder, root) = try makeInputs()
        defer { folder.cleanup() }
        let hash = try FileHashing.sha256(of: root.appendingPathComponent("a.txt"))
        #expect(try readAll("a.txt", root: root, expected: hash) == "inside\n")
    }

    /// With a fingerprint, `finish()` reads what is left to check the whole file (and a change in the
    /// unread part is caught); without one there is nothing to check, so it reads no further.
    @Test func finishReadsTheRestOnlyWhenThereIsAFingerprintToCheck() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write(String(repeating: "row\n", count: 1000), to: "in/list.csv")
        let root = folder.url.appendingPathComponent("in")
        let hash = try FileHashing.sha256(of: root.appendingPathComponent("list.csv"))

        let checked = try GuardedInput.open(relativePath: "list.csv", root: root, expectedSHA256: hash)
        _ = try checked.read(upToCount: 4)
        try checked.finish()
        #expect(checked.bytesRead == 4000)

        let stale = try GuardedInput.open(relativePath: "list.csv", root: root, expectedSHA256: String(repeating: "0", count: 64))
        _ = try stale.read(upToCount: 4)
        #expect(throws: GuardedInputError.self) { try stale.finish() }

        let unchecked = try GuardedInput.open(relativePath: "list.csv", root: root, expectedSHA256: nil)
        _ = try unchecked.read(upToCount: 4)
        try unchecked.finish()
        #expect(unchecked.bytesRead == 4)
    }

    @Test func aChangedFileFailsWithItsNameAndBothHashes() throws {
        let (folder, root) = try makeInputs()
        defer { folder.cleanup() }
        let stale = String(repeating: "0", count: 64)
        #expect(throws: GuardedInputError.self) { try readAll("a.txt", root: root, expected: stale) }
        do {
            _ = try readAll("a.txt", root: root, expected: stale)
        } catch {
            #expect("\(error)".contains("a.txt: the file changed during the build"))
            #expect("\(error)".contains(stale))
        }
    }

    @Test func linksThatLeaveTheInputsAreRefusedWhereverTheyAre() throws {
        let (folder, root) = try makeInputs()
        defer { folder.cleanup() }
        let outside = folder.url.appendingPathComponent("outside.txt").path
        try link("last.txt", to: outside, in: root)
        try link("relative.txt", to: "../outside.txt", in: root)
        try link("sub", to: folder.url.path, in: root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("real"), withIntermediateDirectories: true)
        for path in ["last.txt", "relative.txt", "sub/outside.txt", "../outside.txt", "real/../../outside.txt"] {
            #expect(throws: GuardedInputError.outsideInputs(path: path), "\(path)") { try readAll(path, root: root) }
        }
    }

    @Test func linksThatStayInsideAreFollowed() throws {
        let (folder, root) = try makeInputs()
        defer { folder.cleanup() }
        try link("rel.txt", to: "a.txt", in: root)
        try link("deep/up.txt", to: "../a.txt", in: root)
        try link("abs.txt", to: root.appendingPathComponent("a.txt").path, in: root)
        try link("folder", to: "deep", in: root)
        for path in ["rel.txt", "deep/up.txt", "abs.txt", "folder/up.txt"] {
            #expect(try readAll(path, root: root) == "inside\n", "\(path)")
        }
    }

    @Test func aFolderOrALinkLoopIsNotARegularFile() throws {
        let (folder, root) = try makeInputs()
        defer { folder.cleanup() }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("dir"), withIntermediateDirectories: true)
        try link("loop", to: "loop", in: root)
        #expect(throws: GuardedInputError.notARegularFile(path: "dir")) { try readAll("dir", root: root) }
        #expect(throws: GuardedInputError.tooManyLinks(path: "loop")) { try readAll("loop", root: root) }
    }
}
