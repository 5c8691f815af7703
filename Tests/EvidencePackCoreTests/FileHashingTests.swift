import EvidencePackCore
import Foundation
import Testing

/// Discovery reads each file once for its hash and its head: both must be what reading the file
/// whole gives, at every size around the head's and the read buffer's edges.
@Suite struct FileHashingTests {
    @Test(arguments: [0, 1, 100, 8_191, 8_192, 8_193, 65_535, 65_536, 65_537, 200_000])
    func theHashAndTheHeadAreThoseOfTheWholeFile(_ size: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hash-head-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let file = folder.appendingPathComponent("f.bin")
        try Data(bytes).write(to: file)
        let read = try FileHashing.sha256AndHead(of: file, headSize: 8_192)
        #expect(read.sha256 == FileHashing.sha256(of: bytes))
        #expect(read.sha256 == (try FileHashing.sha256(of: file)))
        #expect(read.head == Array(bytes.prefix(8_192)))
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/f.html")
        #expect {
            _ = try FileHashing.sha256AndHead(of: missing, headSize: 8_192)
        } throws: { error in
            "\(error)".contains(missing.path)
        }
    }
}
