import EvidenceFixtures
import Foundation
import Testing

/// Issue 23 item 4: a table of children inside an HTML page reaches pack.json and pack.xml as its
/// columns and row count, never its cells (the cells stay in the carried file only).
@Suite(.serialized) struct DocumentTableTests {
    static let children = [("ZQ104729X", "Zephyrine Quillfeather", "07/03/2014"), ("ZQ209458X", "Caspian Ravenscroft", "21/11/2012"),
                           ("ZQ314187X", "Marisol Przybylski", "02/06/2016")]

    static var page: String {
        let rows = children.map { "<tr><td>\($0.0)</td><td>\($0.1)</td><td>\($0.2)</td><td>Section 47</td></tr>" }.joined()
        return """
        <html><head><title>Corporate Parenting Board tracker</title></head><body>
        <h1>Corporate Parenting Board tracker</h1><p>Meeting held on 14 September 2026.</p>
        <table><tr><th>Child Unique ID</th><th>Child name</th><th>Date of Birth</th><th>Status</th></tr>\(rows)</table>
        <table><tr><th>Indicator</th><th>Number of children</th></tr><tr><td>Children in care</td><td>513</td></tr></table>
        </body></html>
        """
    }

    @Test func aTableOfChildrenInAnHTMLPageKeepsOnlyItsColumnsAndRowCount() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write(Self.page, to: "in/minutes/tracker.html")
        let out = folder.path("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", folder.path("in").path, "--out", out.path,
                                        "--reference-date", "2026-11-20", "--no-cache"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let secrets = Self.children.flatMap { [$0.0, $0.1, $0.2] }
        for file in ["data/pack.json", "data/pack.xml", "data/index.html"] {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(secrets.filter { text.contains($0) }.isEmpty, "\(file) holds child data")
        }
        let json = try String(contentsOf: out.appendingPathComponent("data/pack.json"), encoding: .utf8)
        #expect(json.contains("Child Unique ID") && json.range(of: #""rowCount"\s*:\s*3\b"#, options: .regularExpression) != nil,
                "the table's columns and row count are kept")
        #expect(json.contains("513"), "a table about numbers, not children, is kept whole")
        let xml = try String(contentsOf: out.appendingPathComponent("data/pack.xml"), encoding: .utf8)
        #expect(xml.contains("rowCount=\"3\""))
    }
}
