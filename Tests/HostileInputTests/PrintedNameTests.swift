import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Issue 23: a file name holding control characters is printed escaped, so it cannot forge a
/// diagnostic line or send terminal escapes.
@Suite(.serialized) struct PrintedNameTests {
    static let forgedName = "forged\u{1B}[2J\nlist-1.csv:9: error: [import] all is lost [x] .pdf"

    @Test func controlCharactersInAFileNameAreEscapedInDiagnostics() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        // Not a PDF inside: the document importer warns that it looks damaged, naming the file.
        try Data("not a pdf".utf8).write(to: inputs.appendingPathComponent(Self.forgedName))
        let result = try CLIRunner.run(["check", "ilacs", "--inputs", inputs.path, "--reference-date", "2026-11-20"])
        #expect(result.stderr.contains("document.damaged"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("list-1.csv:9: error:") })
        #expect(result.stderr.contains(#"forged\u{1B}[2J\nlist-1.csv:9"#))
    }

    @Test func theGapReportKeepsEachEntryOnItsLine() {
        let item = EvidenceItem(id: "sef", title: "SEF", section: "s", required: true, status: .needsReview, reason: "1 found",
                                warnings: [EvidenceWarning(source: Self.forgedName, reason: "the file looks damaged")])
        let bundle = EvidenceBundle(generator: "test", pack: PackIdentity(id: "t", title: "T", version: "1"),
                                    referenceDate: CalendarDate(daysSinceEpoch: 0), sections: [PackSection(id: "s", title: "S")],
                                    items: [item], sources: [], records: [], diagnostics: [])
        let report = GapReport.text(for: bundle)
        #expect(!report.contains("\u{1B}"))
        #expect(!report.split(separator: "\n").contains { $0.hasPrefix("list-1.csv") })
    }
}
