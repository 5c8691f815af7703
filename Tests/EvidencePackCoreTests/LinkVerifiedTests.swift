@testable import EvidencePackCore
import Foundation
import Testing

/// An evidence file the pack being replaced already holds is linked from there only when its bytes
/// are the ones discovery hashed; anything else is left to the copy.
@Suite struct LinkVerifiedTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func linksOnlyTheSameBytesAndNeverThroughALink() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let previous = root.appendingPathComponent("previous/evidence/report.txt")
        try FileManager.default.createDirectory(at: previous.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("the report".utf8).write(to: previous)
        let hash = FileHashing.sha256(of: Data("the report".utf8))

        let linked = root.appendingPathComponent("new/evidence/report.txt")
        #expect(SecureFileSystem.linkVerified(from: previous, to: linked, sha256: hash))
        #expect(try Data(contentsOf: linked) == Data("the report".utf8))
        let inode = { (url: URL) in (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int) ?? -1 }
        #expect(try inode(linked) == inode(previous))

        // Other bytes (the previous pack edited): nothing is left behind.
        let other = root.appendingPathComponent("other/evidence/report.txt")
        #expect(!SecureFileSystem.linkVerified(from: previous, to: other, sha256: String(repeating: "0", count: 64)))
        #expect(!FileManager.default.fileExists(atPath: other.path))

        // A symbolic link in the previous pack is not followed.
        let symbolic = root.appendingPathComponent("previous/evidence/link.txt")
        try FileManager.default.createSymbolicLink(at: symbolic, withDestinationURL: previous)
        let throughLink = root.appendingPathComponent("new/evidence/link.txt")
        #expect(!SecureFileSystem.linkVerified(from: symbolic, to: throughLink, sha256: hash))
        #expect(!FileManager.default.fileExists(atPath: throughLink.path))

        // Nothing there.
        #expect(!SecureFileSystem.linkVerified(from: root.appendingPathComponent("previous/absent.txt"), to: other, sha256: hash))
    }
}
