import EvidenceFixtures
import EvidencePackCore
import Foundation
import Testing
import ZIPFoundation

/// Issue 23 item 5: "up to date" means the output verifies; `--zip` is written under the lock from the
/// sealed pack and replaces only a zip this tool wrote; staging folders a killed build left are removed
/// by the next build, even one with nothing to do; `--out` naming a symbolic link is refused.
@Suite(.serialized) struct RebuildSafetyTests {
    static let examples = "Packs/ilacs/examples/inputs"

    func build(out: URL, extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["build", "ilacs", "--inputs", Self.examples, "--out", out.path, "--reference-date", "2026-11-20"] + extra)
    }

    func isUpToDate(_ result: CLIRunner.Result) -> Bool {
        result.stdout.contains("\"upToDate\" : true")
    }

    @Test func aPackEditedWithoutChangingItsSizeIsRebuilt() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        #expect([0, 1].contains(try build(out: out).status))
        // pack.json does not depend on the pack replaced, so the rebuild gives back the same bytes.
        let report = out.appendingPathComponent("data/pack.json")
        let original = try Data(contentsOf: report)
        var edited = original
        edited[0] = edited[0] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X")
        try edited.write(to: report)
        #expect(!BagIt.verify(folder: out).isEmpty)

        let rebuilt = try build(out: out, extra: ["--json"])
        #expect([0, 1].contains(rebuilt.status), "\(rebuilt.stderr)")
        #expect(!isUpToDate(rebuilt), "an edited pack was taken as up to date")
        #expect(try Data(contentsOf: report) == original)
        #expect(BagIt.verify(folder: out).isEmpty)
        // Now it verifies again, so the next build has nothing to do.
        #expect(isUpToDate(try build(out: out, extra: ["--json"])))
    }

    @Test func theZipIsWrittenFromTheSealedPackAndOnlyReplacesOurOwnZip() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        let zip = folder.appendingPathComponent("pack.zip")
        #expect([0, 1].contains(try build(out: out, extra: ["--zip"]).status))
        let first = try Data(contentsOf: zip)
        let archive = try Archive(url: zip, accessMode: .read)
        #expect(archive["pack/bag-info.txt"] != nil)
        #expect(archive.allSatisfy { $0.path.hasPrefix("pack/") })
        // Our own zip is replaced (here by the same bytes: the pack is up to date and the zip reproducible).
        let again = try build(out: out, extra: ["--zip", "--json"])
        #expect([0, 1].contains(again.status), "\(again.stderr)")
        #expect(isUpToDate(again))
        #expect(try Data(contentsOf: zip) == first)
        // No temporary zip is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp") }.isEmpty)
    }

    @Test func aTemporaryZipLeftByAKilledBuildIsRemovedAndAnythingElseKept() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        let zip = folder.appendingPathComponent("pack.zip")
        #expect([0, 1].contains(try build(out: out, extra: ["--zip"]).status))
        // What a build killed mid-zip leaves: the first bytes of our zip under a dead process's id.
        let leftover = folder.appendingPathComponent(".pack.zip.4194000.tmp")
        try Data(try Data(contentsOf: zip).prefix(300)).write(to: leftover)
        // Named the same way but not a zip of this bag: someone's file, kept.
        let notOurs = folder.appendingPathComponent(".pack.zip.4194001.tmp")
        try Data("my notes\n".utf8).write(to: notOurs)
        let again = try build(out: out, extra: ["--zip"])
        #expect([0, 1].contains(again.status), "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(try String(contentsOf: notOurs, encoding: .utf8) == "my notes\n")
    }

    @Test func aUsersOwnFileAtOutZipIsRefusedBeforeAnyWork() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        let zip = folder.appendingPathComponent("pack.zip")
        try Data("my own archive\n".utf8).write(to: zip)
        let refused = try build(out: out, extra: ["--zip"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("pack.zip"), "\(refused.stderr)")
        #expect(refused.stderr.contains("did not write"), "\(refused.stderr)")
        #expect(try String(contentsOf: zip, encoding: .utf8) == "my own archive\n")
        // Refused before any work: no pack, no lock, no cache.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pack.zip"])
    }

    @Test func aLinkAtOutZipIsNeverWrittenThrough() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        #expect([0, 1].contains(try build(out: out, extra: ["--zip"]).status))
        let victim = folder.appendingPathComponent("victim.zip")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("pack.zip"), to: victim)
        let before = try Data(contentsOf: victim)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("pack.zip").path, withDestinationPath: victim.path)
        let refused = try build(out: out, extra: ["--zip"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("symbolic link"), "\(refused.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("pack.zip").path) == victim.path)
        #expect(try Data(contentsOf: victim) == before)
    }

    @Test func stagingLeftByAKilledBuildIsRemovedEvenByAnUpToDateRebuild() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        #expect([0, 1].contains(try build(out: out).status))
        let fm = FileManager.default
        // What a build killed mid-export leaves (marked), and one killed after sealing (our pack).
        let unsealed = folder.appendingPathComponent(".pack.staging-999991")
        try fm.createDirectory(at: unsealed.appendingPathComponent("data/annex-a"), withIntermediateDirectories: true)
        try Data("list rows\n".utf8).write(to: unsealed.appendingPathComponent("data/annex-a/list-01.csv"))
        try Data("x\n".utf8).write(to: unsealed.appendingPathComponent(StagingFolders.markerName))
        let sealed = folder.appendingPathComponent(".pack.staging-999992")
        try fm.copyItem(at: out, to: sealed)
        // A folder merely named like one, without our marker or identity: someone else's, kept.
        // Killed between making the folder and writing its marker: empty, removed (nothing is lost).
        let empty = folder.appendingPathComponent(".pack.staging-999994")
        try fm.createDirectory(at: empty, withIntermediateDirectories: true)
        let lookalike = folder.appendingPathComponent(".pack.staging-999993")
        try fm.createDirectory(at: lookalike, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: lookalike.appendingPathComponent("notes.txt"))

        let rebuilt = try build(out: out, extra: ["--json"])
        #expect(isUpToDate(rebuilt), "\(rebuilt.stderr)")
        #expect(!fm.fileExists(atPath: unsealed.path))
        #expect(!fm.fileExists(atPath: sealed.path))
        #expect(!fm.fileExists(atPath: empty.path))
        #expect(try String(contentsOf: lookalike.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine\n")
        // The marker never reaches the pack.
        #expect(!fm.fileExists(atPath: out.appendingPathComponent(StagingFolders.markerName).path))
    }

    @Test func anOutThatIsALinkToOurOwnPackIsRefusedAndTheLinkKept() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real-pack")
        #expect([0, 1].contains(try build(out: real, extra: ["--no-cache"]).status))
        let link = folder.appendingPathComponent("pack")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)
        let dangling = folder.appendingPathComponent("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: folder.appendingPathComponent("nowhere").path)
        let before = try OwnershipTests().tree(folder)
        for out in [link, dangling] {
            let result = try build(out: out)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("symbolic link"), "\(result.stderr)")
        }
        #expect(try OwnershipTests().tree(folder) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nowhere").path))
    }
}
