import EvidencePackCore
import Foundation
import Testing

@Suite struct OwnerOnlyFileTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("owner-only-\(UUID().uuidString)")
    }

    /// Pieces smaller and larger than the buffer arrive whole and in order, in a file only its owner can read.
    @Test func piecesOfEverySizeArriveInOrderInAnOwnerOnlyFile() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("deep/pack.json")
        let file = try OwnerOnlyFile(creating: url, bufferSize: 64)
        var expected = Data()
        for size in [0, 1, 63, 64, 65, 10, 500, 3, 128] {
            let piece = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ size) })
            try file.write(piece)
            expected.append(piece)
        }
        try file.write("tail\n")
        expected.append(Data("tail\n".utf8))
        try file.close()
        #expect(try Data(contentsOf: url) == expected)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test func aLinkPlantedAtThePathIsRefusedNotFollowed() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let target = root.appendingPathComponent("elsewhere.txt")
        try Data("keep".utf8).write(to: target)
        let link = root.appendingPathComponent("pack.xml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(throws: POSIXFailure.self) { _ = try OwnerOnlyFile(creating: link) }
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
    }
}
