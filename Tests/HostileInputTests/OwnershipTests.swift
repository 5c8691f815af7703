import EvidenceFixtures
import EvidencePackCore
import Foundation
import Testing

/// Issue 23 item 1: the tool deletes or replaces only what it can prove it wrote. Someone's own BagIt
/// bag, a folder of documents, a user's `OUT.previous`, foreign files in the cache and planted links
/// are refused (exit 2) before any work, and a refused build writes nothing anywhere.
@Suite(.serialized) struct OwnershipTests {
    static let examples = "Packs/ilacs/examples/inputs"

    func build(out: URL, extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["build", "ilacs", "--inputs", Self.examples, "--out", out.path, "--reference-date", "2026-11-20"] + extra)
    }

    /// Someone's archive bag: a bagit.txt and data this tool did not write.
    func writeForeignBag(at url: URL) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8).write(to: url.appendingPathComponent("bagit.txt"))
        try Data("Source-Organization: Records office\n".utf8).write(to: url.appendingPathComponent("bag-info.txt"))
        try Data("the only copy\n".utf8).write(to: url.appendingPathComponent("data/archive.txt"))
    }

    /// Every path under `folder` (links not followed) with its bytes or link target: what must not change.
    func tree(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        for relative in try fm.subpathsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(relative).path
            if let target = try? fm.destinationOfSymbolicLink(atPath: path) {
                result[relative] = "-> " + target
            } else if let data = fm.contents(atPath: path) {
                result[relative] = data.base64EncodedString()
            } else {
                result[relative] = "folder"
            }
        }
        return result
    }

    @Test func aForeignBagAtOutIsRefusedAndNothingIsWrittenAnywhere() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("archive")
        try writeForeignBag(at: out)
        let before = try tree(folder)
        let result = try build(out: out)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("holds a BagIt bag this tool did not write"), "\(result.stderr)")
        // No lock, no cache, no staging, no .previous: the tree around OUT is byte-identical.
        #expect(try tree(folder) == before)
    }

    @Test func aNonEmptyFolderThatIsNotOurPackIsRefused() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: out.appendingPathComponent("letter.txt"))
        let before = try tree(folder)
        let result = try build(out: out, extra: ["--json"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\"ok\" : false"))
        #expect(try tree(folder) == before)
    }

    @Test func aUsersOwnFolderAtOutPreviousIsNeverDeleted() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        #expect([0, 1].contains(try build(out: out).status))
        let previous = folder.appendingPathComponent("pack.previous")
        try writeForeignBag(at: previous)
        let before = try tree(previous)
        let result = try build(out: out, extra: ["--no-cache"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("pack.previous"))
        #expect(try tree(previous) == before)
    }

    @Test func ourOwnPackIsReplacedAndKeptAsPrevious() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        #expect([0, 1].contains(try build(out: out, extra: ["--no-cache"]).status))
        let info = try String(contentsOf: out.appendingPathComponent("bag-info.txt"), encoding: .utf8)
        #expect(info.contains("EvidencePack-Pack: ilacs\n"))
        #expect([0, 1].contains(try build(out: out, extra: ["--no-cache"]).status))
        #expect([0, 1].contains(try build(out: out, extra: ["--no-cache"]).status))
        #expect(OutputOwnership.isOwnPack(folder.appendingPathComponent("pack.previous")))
    }

    @Test func theCachePrunesOnlyItsOwnEntries() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache")
        let out = folder.appendingPathComponent("pack")
        #expect([0, 1].contains(try build(out: out, extra: ["--cache", cache.path]).status))
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent(".evidence-pack-cache").path))
        let imports = cache.appendingPathComponent("imports")
        try FileManager.default.createDirectory(at: imports.appendingPathComponent("keep-me"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: imports.appendingPathComponent("keep-me/notes.txt"))
        try Data("x".utf8).write(to: imports.appendingPathComponent("my-notes.txt"))
        let stale = imports.appendingPathComponent(String(repeating: "a", count: 64) + ".json")
        try Data("{}".utf8).write(to: stale)
        #expect([0, 1].contains(try build(out: out, extra: ["--cache", cache.path, "--reference-date", "2026-11-21"]).status))
        #expect(FileManager.default.fileExists(atPath: imports.appendingPathComponent("keep-me/notes.txt").path))
        #expect(FileManager.default.fileExists(atPath: imports.appendingPathComponent("my-notes.txt").path))
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func aFolderThatIsNotACacheIsRefusedAsTheCache() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: cache.appendingPathComponent("imports/2025"), withIntermediateDirectories: true)
        try Data("minutes\n".utf8).write(to: cache.appendingPathComponent("imports/2025/minutes.txt"))
        let before = try tree(folder)
        let result = try build(out: folder.appendingPathComponent("pack"), extra: ["--cache", cache.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("did not make as a cache"), "\(result.stderr)")
        #expect(try tree(folder) == before)
    }

    @Test func plantedLinksAtTheLockAndTheCacheAreNeverFollowed() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let out = folder.appendingPathComponent("pack")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(".pack.lock").path, withDestinationPath: victim.path)
        let locked = try build(out: out, extra: ["--no-cache"])
        #expect(locked.status == 2, "\(locked.stderr)")
        #expect(locked.stderr.contains("symbolic link"), "\(locked.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".pack.lock"))

        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(".pack.cache").path, withDestinationPath: elsewhere.path)
        let cached = try build(out: out)
        #expect(cached.status == 2, "\(cached.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func anOutputThatIsAFileOrALinkIsRefusedWithoutALock() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.txt")
        try Data("mine\n".utf8).write(to: file)
        let realPack = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: realPack, withIntermediateDirectories: true)
        let link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: realPack.path)
        let before = try tree(folder)
        #expect(try build(out: file).status == 2)
        #expect(try build(out: link).status == 2)
        #expect(try tree(folder) == before)
    }
}
