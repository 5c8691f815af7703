import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import Testing

/// The payload's files are hashed as they are written (`PayloadDigests`), and the seal uses those
/// digests instead of reading the files back: only while each file is as it was written.
@Suite struct PayloadDigestsTests {
    static let info = BagIt.Info(baggingDate: CalendarDate(year: 2026, month: 11, day: 20)!, externalIdentifier: "ilacs",
                                 externalDescription: "ILACS evidence pack")

    /// Bytes of every size the buffered writer handles: under its buffer, over it, and written through.
    static func bytes(_ count: Int, seed: UInt8) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) }
    }

    @Test func filesWrittenThroughTheOutputDirectoryAreDigestedAsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let output = OutputDirectory(root: folder.path("data"))
        // In pieces: small ones buffered, one larger than the buffer written straight through.
        let file = try output.create("pack.json")
        for piece in [Self.bytes(10, seed: 1), Self.bytes(300_000, seed: 2), Self.bytes(5, seed: 3), Self.bytes(1 << 19, seed: 4)] {
            try piece.withUnsafeBytes { try file.write($0) }
        }
        try file.close()
        try output.write(Data(Self.bytes(1_000, seed: 5)), to: "index.html")
        try output.write("gap report\n", to: "gap-report.txt")
        let evidence = try folder.write(Self.bytes(70_000, seed: 6), to: "inputs/minutes.txt")
        let input = try GuardedInput.open(relativePath: "minutes.txt", root: folder.path("inputs"),
                                          expectedSHA256: try FileHashing.sha256(of: evidence))
        try output.copyFile(from: input, to: "evidence/minutes.txt")

        #expect(output.digests.count == 4)
        for path in ["pack.json", "index.html", "gap-report.txt", "evidence/minutes.txt"] {
            let url = try output.url(for: path)
            #expect(output.digests.sha256(ofFileAt: url.path) == (try FileHashing.sha256(of: url)), "\(path)")
        }
    }

    /// A file written again, or grown, after its digest was recorded is not taken on trust.
    @Test func aFileChangedSinceItsDigestIsHashedAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let output = OutputDirectory(root: folder.path("data"))
        try output.write("first version\n", to: "a.txt")
        try output.write("kept\n", to: "b.txt")
        let a = try output.url(for: "a.txt"), b = try output.url(for: "b.txt")
        #expect(output.digests.sha256(ofFileAt: a.path) != nil)
        let handle = try FileHandle(forWritingTo: a)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("appended\n".utf8))
        try handle.close()
        #expect(output.digests.sha256(ofFileAt: a.path) == nil)
        // Replaced by another file under the same name (another inode), the same size.
        try FileManager.default.removeItem(at: b)
        try Data("kelp\n".utf8).write(to: b)
        #expect(output.digests.sha256(ofFileAt: b.path) == nil)
        #expect(output.digests.sha256(ofFileAt: folder.path("data/never-written.txt").path) == nil)
    }

    /// The seal writes the recorded digest of an unchanged file without reading it (shown here by a
    /// digest recorded on purpose for other bytes), hashes a file changed since, and a bag sealed
    /// from honest digests is the bag sealed without them.
    @Test func theSealUsesRecordedDigestsOnlyForUnchangedFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let output = OutputDirectory(root: folder.path("data"))
        try output.write("{\"a\": 1}\n", to: "pack.json")
        try output.write("<pack/>\n", to: "pack.xml")
        let json = try output.url(for: "pack.json"), xml = try output.url(for: "pack.xml")
        try BagIt.seal(folder: folder.url, info: Self.info, digests: output.digests)
        let withDigests = try String(contentsOf: folder.path("manifest-sha256.txt"), encoding: .utf8)
        try BagIt.seal(folder: folder.url, info: Self.info)
        #expect(try String(contentsOf: folder.path("manifest-sha256.txt"), encoding: .utf8) == withDigests)
        #expect(BagIt.verify(folder: folder.url).isEmpty)

        let planted = String(repeating: "ab", count: 32)
        output.recordDigest(planted, of: json)
        output.recordDigest(planted, of: xml)
        try Data("<pack changed=\"yes\"/>\n".utf8).write(to: xml)
        try BagIt.seal(folder: folder.url, info: Self.info, digests: output.digests)
        let manifest = try String(contentsOf: folder.path("manifest-sha256.txt"), encoding: .utf8)
        #expect(manifest.contains("\(planted)  data/pack.json\n"))
        #expect(manifest.contains("\(try FileHashing.sha256(of: xml))  data/pack.xml\n"))
    }
}
