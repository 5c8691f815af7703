@testable import EvidencePackCore
import EvidenceFixtures
import Foundation
import Testing

@Suite struct AtomicExchangeTests {
    @Test func swapsTwoFoldersInOneStep() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let old = folder.url.appendingPathComponent("pack")
        let new = folder.url.appendingPathComponent(".pack.staging-1")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: new, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: old.appendingPathComponent("bagit.txt"))
        try Data("new".utf8).write(to: new.appendingPathComponent("bagit.txt"))
        #expect(AtomicExchange.exchange(new.path, old.path))
        #expect(try String(contentsOf: old.appendingPathComponent("bagit.txt"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: new.appendingPathComponent("bagit.txt"), encoding: .utf8) == "old")
        #expect(!AtomicExchange.exchange(folder.url.appendingPathComponent("absent").path, old.path))
    }
}
