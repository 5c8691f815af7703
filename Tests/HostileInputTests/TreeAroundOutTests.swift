import EvidenceFixtures
import EvidencePackCore
import Foundation
import Testing

/// Issue 23, done-when: no file outside OUT, its `.previous`, its cache, its lock (and, with `--zip`,
/// `OUT.zip`) is ever written, moved or deleted, across a first build, a no-change rebuild, a rebuild
/// after an input changed, and refused builds, with a folder tree of a user's own files around OUT.
@Suite(.serialized) struct TreeAroundOutTests {
    /// The tool's own names under `work/`, excluded from the comparison.
    static let ownNames: Set<String> = ["pack", "pack.previous", ".pack.cache", ".pack.lock", "pack.zip"]

    /// A user's folder: the inputs, files beside OUT and in its parent, look-alikes of the tool's names.
    func makeTree(_ root: URL) throws {
        let fm = FileManager.default
        try fm.copyItem(at: CLIRunner.packageRoot.appendingPathComponent(RebuildSafetyTests.examples),
                        to: root.appendingPathComponent("inputs"))
        let files: [String: String] = [
            "parent-notes.txt": "in the parent\n",
            "work/notes.txt": "beside OUT\n",
            "work/sub/deep/letter.txt": "deeper\n",
            "work/pack.previous.bak/old.txt": "a user's backup named like ours\n",
            "work/pack-2025/bagit.txt": "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
            "work/pack-2025/data/archive.txt": "someone's bag\n",
            "work/.pack.staging-notes/keep.txt": "named like staging, not numbered\n",
            "work/.pack.staging-424242/keep.txt": "named like staging, no marker\n",
            "work/pack.zip.txt": "not the zip\n",
            "work/.pack.cache-old/imports/x.json": "{}\n",
            "work/Documents/imports/2025.txt": "a folder that is not a cache\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("work/link-to-notes").path, withDestinationPath: "notes.txt")
        _ = chmod(root.appendingPathComponent("work/notes.txt").path, 0o640)
    }

    /// Every path under `root` except the tool's own, with its bytes, link target and permissions.
    func snapshot(_ root: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        for relative in try fm.subpathsOfDirectory(atPath: root.path) {
            let parts = relative.split(separator: "/")
            if parts.count >= 2, parts[0] == "work", Self.ownNames.contains(String(parts[1])) { continue }
            let path = root.appendingPathComponent(relative).path
            let mode = (try fm.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
            if let target = try? fm.destinationOfSymbolicLink(atPath: path) {
                result[relative] = "-> \(target)"
            } else if let data = fm.contents(atPath: path) {
                result[relative] = "\(mode) " + data.base64EncodedString()
            } else {
                result[relative] = "\(mode) folder"
            }
        }
        return result
    }

    func build(_ root: URL, _ extra: [String] = [], date: String = "2026-11-20") throws -> CLIRunner.Result {
        try CLIRunner.run(["build", "ilacs", "--inputs", root.appendingPathComponent("inputs").path,
                           "--out", root.appendingPathComponent("work/pack").path, "--reference-date", date] + extra)
    }

    @Test func everythingOutsideTheToolsOwnFilesIsByteIdenticalAcrossBuilds() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try makeTree(root)
        let before = try snapshot(root)

        #expect([0, 1].contains(try build(root, ["--zip"]).status))
        #expect(try snapshot(root) == before, "first build")
        let again = try build(root, ["--zip", "--json"])
        #expect(again.stdout.contains("\"upToDate\" : true"), "\(again.stderr)")
        #expect(try snapshot(root) == before, "no-change rebuild")
        #expect([0, 1].contains(try build(root, ["--zip"], date: "2026-11-21").status))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("work/pack.previous").path))
        #expect(try snapshot(root) == before, "rebuild over a previous pack")

        // Refused builds: a foreign folder as the cache, a foreign bag as OUT.
        let foreignCache = try build(root, ["--cache", root.appendingPathComponent("work/Documents").path])
        #expect(foreignCache.status == 2, "\(foreignCache.stderr)")
        let foreignOut = try CLIRunner.run(["build", "ilacs", "--inputs", root.appendingPathComponent("inputs").path,
                                            "--out", root.appendingPathComponent("work/pack-2025").path, "--reference-date", "2026-11-20"])
        #expect(foreignOut.status == 2, "\(foreignOut.stderr)")
        #expect(try snapshot(root) == before, "refused builds")
    }
}
