import EvidenceFixtures
import EvidencePackCore
import EvidencePackModules
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 23 item 5: a path longer than the system allows is named `discover.path-too-long`, not
/// reported as a broken link, and the rest of the inputs is still read.
@Suite struct LongPathTests {
    /// Makes `depth` nested folders of `name` under `root` one `mkdirat` at a time (no call is given
    /// the whole path, which is over PATH_MAX), with an empty file at the bottom.
    func makeDeepTree(under root: URL, depth: Int, name: String) throws {
        var folder = open(root.path, O_RDONLY | O_DIRECTORY)
        try #require(folder >= 0)
        for _ in 0..<depth {
            #expect(mkdirat(folder, name, 0o700) == 0)
            let next = openat(folder, name, O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = next
            try #require(folder >= 0)
        }
        let file = openat(folder, "deep.txt", O_WRONLY | O_CREAT, 0o600)
        close(file)
        close(folder)
    }

    /// Removes the deep tree bottom-up, with the same one-component calls.
    func removeDeepTree(under root: URL, depth: Int, name: String) {
        var folders = [open(root.path, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<depth { folders.append(openat(folders[folders.count - 1], name, O_RDONLY | O_DIRECTORY)) }
        _ = unlinkat(folders[folders.count - 1], "deep.txt", 0)
        while folders.count > 1 {
            close(folders.removeLast())
            _ = unlinkat(folders[folders.count - 1], name, AT_REMOVEDIR)
        }
        close(folders[0])
    }

    @Test func aPathOverTheSystemLimitIsNamedAsTooLong() throws {
        let folder = try TemporaryFolder()
        let name = String(repeating: "d", count: 200)
        let depth = 25  // 25 × 201 bytes > PATH_MAX (4096)
        defer {
            removeDeepTree(under: folder.path("in"), depth: depth, name: name)
            folder.cleanup()
        }
        _ = try folder.write("Corporate Parenting Board\n", to: "in/minutes.txt")
        try makeDeepTree(under: folder.path("in"), depth: depth, name: name)
        let found = try SourceDiscovery(registry: BuiltinModules.registry).discover(in: folder.path("in"))
        #expect(found.sources.map(\.source.path) == ["minutes.txt"])
        #expect(found.diagnostics.contains { $0.code == "discover.path-too-long" }, "\(found.diagnostics.map(\.code))")
        #expect(!found.diagnostics.contains { $0.message.contains("broken") })
    }
}
