import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import Testing

@Suite struct BagItTests {
    func makeBag() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("{\"a\": 1}\n", to: "data/pack.json")
        try folder.write("evidence\n", to: "data/evidence/minutes/x.txt")
        try BagIt.seal(folder: folder.url, info: BagIt.Info(
            baggingDate: try #require(CalendarDate(iso8601: "2026-11-20")), externalIdentifier: "ilacs", externalDescription: "ILACS evidence pack"))
        return folder
    }

    @Test func sealsAValidBag() throws {
        let folder = try makeBag()
        defer { folder.cleanup() }
        #expect(BagIt.verify(folder: folder.url).isEmpty)
        let info = try String(contentsOf: folder.url.appendingPathComponent("bag-info.txt"), encoding: .utf8)
        #expect(info.contains("Bagging-Date: 2026-11-20\n"))
        #expect(info.contains("Payload-Oxum: 18.2\n"))
        #expect(info.contains("External-Identifier: ilacs\n"))
        let manifest = try String(contentsOf: folder.url.appendingPathComponent("manifest-sha256.txt"), encoding: .utf8)
        #expect(manifest.split(separator: "\n").map { $0.split(separator: " ").last.map(String.init) ?? "" } == ["data/evidence/minutes/x.txt", "data/pack.json"])
    }

    @Test func detectsAChangedByte() throws {
        let folder = try makeBag()
        defer { folder.cleanup() }
        try folder.write("{\"a\": 2}\n", to: "data/pack.json")
        let problems = BagIt.verify(folder: folder.url)
        #expect(problems.contains { $0.contains("data/pack.json has changed") })
    }

    @Test func detectsExtraAndMissingFiles() throws {
        let folder = try makeBag()
        defer { folder.cleanup() }
        try folder.write("sneaky", to: "data/extra.txt")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("data/evidence/minutes/x.txt"))
        let problems = BagIt.verify(folder: folder.url)
        #expect(problems.contains { $0.contains("data/extra.txt is in the payload but not in the manifest") })
        #expect(problems.contains { $0.contains("data/evidence/minutes/x.txt is listed in the manifest but missing") })
    }

    @Test func detectsAnEditedTagFile() throws {
        let folder = try makeBag()
        defer { folder.cleanup() }
        try folder.write("Bagging-Date: 2020-01-01\n", to: "bag-info.txt")
        #expect(BagIt.verify(folder: folder.url).contains { $0.contains("bag-info.txt") })
    }

    @Test func sealedFilesAreOwnerOnly() throws {
        let folder = try makeBag()
        defer { folder.cleanup() }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("manifest-sha256.txt").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
