import EvidenceModel
import Foundation
import Testing

/// What the importer cannot understand becomes a diagnostic naming file and line, never a lost file.
@Suite struct MinutesDiagnosticTests {
    @Test func unreadableDatesAreReportedWithTheirLine() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("""
        Issue - meetings

        Sufficiency Strategy

        Meeting: Autumn - Corporate Parenting Panel (Item 7)

        The panel noted the strategy.
        """)
        #expect(document.kind == .issueHistory)
        #expect(document.meetingDate == nil)
        let unreadable = try #require(diagnostics.first { $0.code == "minutes.unreadable-date" })
        #expect(unreadable.location?.line == 5)
        #expect(unreadable.location?.path == "minutes.txt")
        #expect(diagnostics.contains { $0.code == "minutes.no-date" })
    }

    @Test func resolutionsWithoutWordingAndRaggedTablesAreFlagged() async throws {
        let (_, diagnostics) = try await ImportHelpers.importText("""
        Agenda item
        Performance
        Minutes:
        | Measure | Value |
        |---|---|
        | Re-referrals | 22% |
        | Assessments | 88% | late |
        RESOLVED
        """)
        #expect(diagnostics.first { $0.code == "minutes.ragged-table" }?.location?.line == 4)
        #expect(diagnostics.first { $0.code == "minutes.empty-resolution" }?.location?.line == 8)
    }

    @Test func meetingPageWithoutItemsSaysSo() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("""
        Agenda and minutes

        Corporate Parenting Panel - Monday, 4th March, 2024 2.00 pm

        The meeting was cancelled.
        """)
        #expect(document.items.isEmpty)
        #expect(document.blocks.first?.text == "The meeting was cancelled.")
        #expect(diagnostics.first { $0.code == "minutes.no-items" }?.location?.line == 5)
    }

    @Test func unknownShapeKeepsItsFirstLineAsTitle() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("Team away day\n\nBread, milk and tea.\n")
        #expect(document.title == "Team away day")
        #expect(document.blocks.count == 2)
        #expect(diagnostics.contains { $0.code == "minutes.unrecognised-layout" && $0.location?.line == 1 })
        #expect(!diagnostics.contains { $0.code == "minutes.no-title" })
    }

    @Test func emptyFileYieldsAnEmptyDocumentAndAWarning() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("\n\n")
        #expect(document.blocks.isEmpty && document.items.isEmpty)
        #expect(diagnostics.contains { $0.code == "minutes.empty" })
    }
}

@Suite struct TruncationTests {
    func isCut(_ text: String) async throws -> Bool {
        try await ImportHelpers.importText(text).1.contains { $0.code == "minutes.truncated" }
    }

    @Test func aCutIsFlaggedWhereverItFalls() async throws {
        // On a lone letter of a short title, on a one-word lower-case line, inside a table row, in markup.
        #expect(try await isCut("Agenda and minutes\n\nScrutiny Board\n\n4.\nLate Items\n\n5.\nApologies for A"))
        #expect(try await isCut("Agenda item\n\nTranscript\n\nMinutes:\n\nThe meeting began and so I'm making sure that\nwe"))
        #expect(try await isCut("Venue: Town Hall\nNo. | Item |\n---|---|\nApologies Minutes: None received. |\n|\nReports from Scrutiny Committ"))
        #expect(try await isCut("Agenda item\n\nTitle\n\nMinutes:\n\nThe panel noted the report.\n\n. L<strong>on</strong>d"))
    }

    @Test func completePagesAreNotFlagged() async throws {
        #expect(try await !isCut("Decision\nPlacement Strategy\nDecision Maker: Cabinet\nRelated Meeting\nCabinet - Monday 2 February 2026 5.00 pm on February 2, 2026"))
        #expect(try await !isCut("Agenda item\n\nTitle\n\nMinutes:\n\nThe panel noted the report.\n\nAppendices"))
    }
}
