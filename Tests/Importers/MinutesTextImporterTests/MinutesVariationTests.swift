import EvidenceModel
import Foundation
import Testing

/// More of the variations council-pages.md lists: agenda items without a "Minutes:" label,
/// decision-style items, "Agenda and draft minutes" with "63. Title" on one line.
@Suite struct MinutesVariationTests {
    @Test func agendaItemWithoutMinutesLabel() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Children's Social Care Update
        Report of the Executive Director of Children's Services.
        The Committee received the report. Members noted that 61 children were on child protection plans.
        RESOLVED – That the report be received.
        Supporting documents:
        """)
        let item = try #require(document.items.first)
        #expect(item.title == "Children's Social Care Update")
        #expect(item.description.map(\.text) == ["Report of the Executive Director of Children's Services."])
        #expect(item.minutes.first?.text?.hasPrefix("The Committee received the report.") == true)
        #expect(item.decisions.map(\.text) == ["RESOLVED – That the report be received."])
        #expect(document.links.isEmpty)
        #expect(document.facts.first { $0.kind == .count }?.value == 61)
    }

    @Test func decisionStyleAgendaItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Quarterly Performance Management Data
        Decision:
        The report was noted.
        Reason for Decision:
        To keep members informed.
        Implementation of Decision:
        The decision is for immediate implementation.
        """)
        let item = try #require(document.items.first)
        #expect(item.decisions.first?.kind == .resolution)
        #expect(item.decisions.first?.text == "The report was noted.")
        // The reasons and the implementation are about the decision, not part of it: minutes under their headings.
        #expect(item.decisions.map(\.text) == ["The report was noted."])
        #expect(item.minutes.filter { $0.kind == .heading }.map(\.text) == ["Reason for Decision", "Implementation of Decision"])
        #expect(item.minutes.last?.text == "The decision is for immediate implementation.")
    }

    @Test func draftMinutesWithNumberAndTitleOnOneLine() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("""
        Agenda and draft minutes

        Corporate Parenting Committee
        Thursday, 14th March, 2024 6.30 pm

        Venue: Council Chamber, Town Hall. View directions

        Items
        No. Item

        63. Apologies for absence

        Minutes:

        Apologies were received from Councillor Ali.

        64. Minutes of the previous meeting pdf icon PDF 210 KB

        Minutes:

        RESOLVED: That the minutes of the meeting held on 12 December 2023 be confirmed.

        65. Ofsted Focused Visit Letter pdf icon PDF 150 KB

        Additional documents:

        - Focused visit action plan pdf icon PDF 90 KB

        Minutes:

        The Assistant Director reported that inspectors had visited. 87% of children were seen within timescale.

        RESOLVED:

        1. That the letter be noted.
        2. That the action plan be endorsed.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Corporate Parenting Committee")
        #expect(document.meetingDate?.iso8601 == "2024-03-14")
        #expect(document.venue == "Council Chamber, Town Hall")
        #expect(document.apologies == ["Ali"])
        #expect(document.items.map(\.number) == ["63", "64", "65"])
        #expect(document.items.map(\.title) == ["Apologies for absence", "Minutes of the previous meeting", "Ofsted Focused Visit Letter"])
        try #require(document.items.count == 3)
        #expect(document.items[2].links.map(\.title) == ["Ofsted Focused Visit Letter", "Focused visit action plan"])
        let resolution = try #require(document.items[2].decisions.first)
        #expect(resolution.children?.map(\.text) == ["That the letter be noted.", "That the action plan be endorsed."])
        let percent = try #require(document.facts.first { $0.kind == .percent })
        #expect(percent.value == 87)
        #expect(percent.subject == "children were seen within timescale")
        #expect(diagnostics.isEmpty)
    }

    @Test func agendaOnlyPageWithMeetingLevelDocuments() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda

        Children and Young People Scrutiny Committee - Tuesday, 12th November, 2024 10.00 am

        Venue: Committee Room 2, County Hall, Chelmsford

        Note: This meeting will be webcast.

        Agenda frontsheet PDF 120 KB

        Printed minutes PDF 210 KB

        Items
        No. Item

        1.

        Membership, Apologies, Substitutions and Declarations of Interest

        To be reported by the Democratic Services Officer.

        2.

        Children's Social Care Performance pdf icon PDF 520 KB

        To receive a report on performance, including the 1,042 children in need at the end of September.

        Additional documents:

        Appendix A - Performance Scorecard pdf icon PDF 1 MB
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate?.iso8601 == "2024-11-12")
        #expect(document.properties["note"] == "This meeting will be webcast.")
        // Meeting-level documents belong to no item.
        #expect(document.links.filter { $0.itemNumber == nil }.map(\.title) == ["Agenda frontsheet", "Printed minutes"])
        #expect(document.items.map(\.number) == ["1", "2"])
        // An agenda has descriptions but no minutes yet.
        #expect(document.items.allSatisfy { $0.minutes.isEmpty && !$0.description.isEmpty })
        try #require(document.items.count == 2)
        #expect(document.items[1].links.map(\.sizeText) == ["520 KB", "1 MB"])
        let count = try #require(document.facts.first)
        #expect(count.value == 1042)
        #expect(count.subject == "children in need")
    }
}
