import EvidencePackCore
import Testing

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.csv", "a.csv", true), ("*.csv", "annex/a.csv", false), ("**/*.csv", "annex/a.csv", true),
        ("**/*.csv", "a.csv", true), ("annex-a/list-?.csv", "annex-a/list-3.csv", true),
        ("annex-a/list-?.csv", "annex-a/list-10.csv", false), ("[ab].txt", "b.txt", true), ("[!ab].txt", "b.txt", false),
        ("minutes/**", "minutes/2026/x.txt", true), ("minutes/**", "other/x.txt", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) throws {
        let glob = try #require(Glob(pattern))
        #expect(glob.matches(path) == expected)
    }

    @Test func refusesAnUnclosedSet() {
        #expect(Glob("list-[1.csv") == nil)
    }
}
