import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// What a ModernGov page prints between and inside its unnumbered items: the webcast's link, a resolution or a
/// proposal that lost its full stop, a report's purpose with the recommendations put to the meeting, an age band and
/// a sum that changes an amount. Modelled on held-out set 20's shapes; the names are invented.
@Suite struct ModernGovItemTextTests {
    /// "Webcast: View the webcast" is a link, "Councillor A proposed Councillor B as Vice Chairman" a sentence and
    /// "That Councillor B be appointed as Vice Chairman" a resolution: none heads an item.
    @Test func linksProposalsAndResolutionsHeadNoItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and draft minutes

        Venue: Committee Room 1 - Kirkton Town Hall. View directions

        Contact: Anna Lee, Principal Committee Officer

        Webcast: View the webcast

        No. Item


        Declarations of Interests

        Additional documents:


        Councillor Mary Holt declared a personal interest as a foster carer.


        Appointment of Vice Chairman

        Additional documents:


        Councillor Mary Holt proposed Councillor Ian Dee as Vice Chairman

        This was seconded by Councillor Rob Tan


        There were no other nominations.




        That Councillor Ian Dee be appointed as Vice Chairman


        Quarter 4 Performance Report pdf icon PDF 107 KB

        Additional documents:


        The Director presented the report.
        """)
        #expect(document.items.map(\.title) == ["Declarations of Interests", "Appointment of Vice Chairman", "Quarter 4 Performance Report"])
        #expect(document.items[1].decisions.compactMap(\.text) == ["That Councillor Ian Dee be appointed as Vice Chairman"])
    }

    /// "Purpose of report" heads the item's agenda wording, and "RECOMMENDED that the Cabinet Member:" under it with its
    /// points are the report's recommendations, not what the meeting decided.
    @Test func aReportsRecommendationsAreNoDecision() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Cabinet Member for Children and Families - Thursday, 1st March, 2018 3.30 pm

        Venue: The Executive Meeting Room, The Guildhall, Kirkton. View directions

        No. Item


        Apologies for absence


        There were no apologies for absence.



        Allowances and Skill Fees Annual Review pdf icon PDF 152 KB

        Purpose of report

        To provide the Cabinet Member with an update following a review of the allowances for foster carers.

        RECOMMENDED that the Cabinet Member:


        (1)  Approve the revised policy with effect from 01 April 2018.


        (2)  Note the proposal to simplify how leave payments are made.
        """)
        #expect(document.items.map(\.title) == ["Apologies for absence", "Allowances and Skill Fees Annual Review"])
        #expect(document.items.flatMap(\.decisions).isEmpty)
    }

    /// "children aged 0-15 years" is an age band, no duration of 0 years; "increase the Outturn by £690,000" and
    /// "reduce the overspend by £45,000" are sums that change the noun the verb takes.
    @Test func ageBandsAndSumsThatChangeAnAmount() async throws {
        let facts = try await MinutesPrecisionTests.facts("""
        All other standard fostering allowances for children aged 0-15 years be increased from 3rd April 2023.
        The impact of these increases, backdated to April 2023, will increase the Children’s Services Outturn by £690,000, compared to the Month 10 forecast.
        The increase will reduce the overspend by £45,000 this year.
        Placements lasting 6-12 months were reviewed.
        """)
        #expect(!facts.contains { $0.kind == .duration && $0.value == 0 })
        #expect(facts.first { $0.kind == .money && $0.value == 690_000 }?.subject == "Children’s Services Outturn")
        #expect(facts.first { $0.kind == .money && $0.value == 45_000 }?.subject == "overspend")
        #expect(facts.contains { $0.kind == .duration && $0.value == 6 })
    }
}
