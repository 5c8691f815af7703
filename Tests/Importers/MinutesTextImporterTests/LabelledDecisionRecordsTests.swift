import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Decision records printed as "Label :-value" lines, their decision as lettered points under the subject. Modelled on
/// held-out set 33's older ModernGov record; the body, names and numbers are invented.
@Suite struct LabelledDecisionRecordsTests {
    static let record = """
    Meeting documents

    Reference Number :-1187
    Date :-2015/03/12
    Decision Maker :-Cabinet
    Subject to Call-in :-No
    Subject of Decision :-Setting up a Kirkton Youth Forum

    (a) That a Youth Forum be established for the district;

    (b) That its terms of reference be agreed as set out in the report;

    (c) That two places on the Forum be kept for young people in care.
    Reason for Decision :-To give young people a voice.
    Contact Officer :-Committee Services - Ann Other
    """

    /// The labels make the page a decision record: its subject is the title, "Date :-" (year first) its day, the
    /// decision maker its committee, and each lettered point a decision of its own.
    @Test func olderRecordWithLetteredDecisions() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.record)
        #expect(document.kind == .decision)
        #expect(document.title == "Setting up a Kirkton Youth Forum")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 3, day: 12))
        #expect(document.committee == "Cabinet")
        let resolution = try #require(document.blocks.first { $0.kind == .resolution })
        #expect(resolution.children?.map(\.text) == [
            "That a Youth Forum be established for the district;",
            "That its terms of reference be agreed as set out in the report;",
            "That two places on the Forum be kept for young people in care.",
        ])
        #expect(resolution.children?.map(\.marker) == ["(a)", "(b)", "(c)"])
        // The reason is about the decision, not part of it.
        #expect(!(resolution.children ?? []).contains { $0.text?.contains("voice") == true })
    }

    /// An issue's page: "Decision due: … by Cabinet" names the body to take the decision.
    @Test func issueDueToBeDecidedByABody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue details

        Public consultation - Early Help

        Report seeking approval to consult on proposals.

        Decision type: Non-key

        Decision status: Recommendations Approved

        Notice of proposed decision first published: 18/01/2024

        Reason for urgency:
        The consultation must start soon.

        Decision due: 1 Feb 2024 by Cabinet

        Lead member: Cabinet Member for Children and Families
        """)
        #expect(document.kind == .issueHistory)
        #expect(document.title == "Public consultation - Early Help")
        #expect(document.committee == "Cabinet")
        #expect(document.meetingDate == nil)
    }

    /// "Issue - meetings" printed twice above the issue's title (a copy of the page's heading and its tab): the title is
    /// the issue's.
    @Test func siteHeadingPrintedTwiceIsNoTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - meetings

        Issue - meetings

        REVIEW OF CABINET DECISION ON THE KIRKTON SCHOOLS PROGRAMME

        Meeting: 05/10/2020 - Communities Scrutiny Committee (Item 4)

        4 REVIEW OF CABINET DECISION ON THE KIRKTON SCHOOLS PROGRAMME pdf icon PDF 365 KB

        Decision:

        Resolved: that detailed information be provided to all county councillors by early 2021.
        """)
        #expect(document.kind == .issueHistory)
        #expect(document.title == "REVIEW OF CABINET DECISION ON THE KIRKTON SCHOOLS PROGRAMME")
    }

    /// The same lettered points under a plain "Decision:" label are each a decision too.
    @Test func letteredPointsUnderDecisionLabel() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision details

        Kirkton Youth Forum

        Decision Maker: Cabinet

        Decision status: Approved

        Decision:

        (a) That a Youth Forum be established for the district;

        (b) That its terms of reference be agreed.
        """)
        #expect(document.kind == .decision)
        let resolution = try #require(document.blocks.first { $0.kind == .resolution })
        #expect(resolution.children?.count == 2)
    }
}
