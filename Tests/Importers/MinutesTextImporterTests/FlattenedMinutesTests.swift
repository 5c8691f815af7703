import EvidenceModel
import EvidencePackCore
import Foundation
@testable import MinutesTextImporter
import Testing

/// Minutes and agendas a PDF copy put on one line: parted where the page had its breaks (before its labels, its
/// numbered items in order, and its sentences), then read as any minutes. Modelled on held-out sets 4, 7 and 12
/// (the shapes, not their words); the names here are invented.
@Suite struct FlattenedMinutesTests {
    @Test func numberedItemsInOrderSettleThatALineIsFlattenedMinutes() {
        let line = "Notes 1. Welcome The Chair opened. 2. Apologies None. 3. Minutes The minutes were agreed."
        #expect(FlattenedMinutes.itemStarts(in: line)?.count == 3)
        // Two items, numbers out of order, or numbers inside figures and dates are not.
        #expect(FlattenedMinutes.itemStarts(in: "Notes 1. Welcome The Chair opened. 2. Apologies None.") == nil)
        #expect(FlattenedMinutes.itemStarts(in: "Notes 2. Welcome 1. Apologies 3. Minutes") == nil)
        #expect(FlattenedMinutes.itemStarts(in: "Held 16.6.11 with £1.2m for 2. The 3. And 1.5 hours") == nil)
    }

    @Test func anItemsTitleEndsWhereItsFirstSentenceOpens() {
        func title(_ text: String) -> String? {
            let words = text.split(separator: " ")
            return FlattenedMinutes.titleEnd(in: words).map { words[1..<$0].joined(separator: " ") }
        }
        #expect(title("1. Welcome and Introductions The Acting Chair welcomed those present.") == "Welcome and Introductions")
        #expect(title("2. Apologies for Absence Apologies were received from: Ann Lee.") == "Apologies for Absence")
        #expect(title("3. Review of Minutes and Actions: The minutes were reviewed.") == "Review of Minutes and Actions:")
        #expect(title("4. Youth Offer MW informed the group that a survey had gone out.") == "Youth Offer")
        #expect(title("5. Pilot – Junior Club Item carried forward to next meeting.") == "Pilot – Junior Club")
        #expect(title("6. Summer Programme Sue Dale explained the plans.") == "Summer Programme")
        #expect(title("7. Minutes of the last meeting Enclosed Discussion to be led by the Clerk") == "Minutes of the last meeting")
        #expect(title("8. Appointment of Vice-Chair Nomination received from Karen Bell") == "Appointment of Vice-Chair")
        // No sentence in sight: the item stays whole.
        #expect(title("10. Any Other Business") == nil)
    }

    @Test func sentencesPartAtTheirEndsButNotAfterTitlesOrInitials() {
        #expect(FlattenedMinutes.sentences(of: "Mr. Jones spoke. J. Smith agreed. The item closed.")
            == ["Mr. Jones spoke.", "J. Smith agreed.", "The item closed."])
    }

    @Test func minutesOnOneLineGiveTheirMeetingPeopleAndItems() async throws {
        let (document, _) = try await ImportHelpers.importText(
            "Minutes of Kirkton Local Children’s Partnership Meeting held on Thursday 2nd February 2012 at 3.00pm Meeting 14 Interim Chair for "
            + "this meeting: Lena Stock Present: Lena Stock, Jan Hughes, Carl West, John Hale, Kitty Yard 1. Welcome The chair of the meeting "
            + "welcomed those present. All present introduced themselves. 2. Apologies Apologies were received from: John Stacey, Mark Jack, "
            + "Sue Raft and Cheryl Eden. 3. Approve Minutes of Meeting Dated 8.12.11 The minutes of the meeting dated 8.12.11 were agreed by "
            + "those present. 4. Action Points from Previous Meeting The following action points were dealt with under item 12. 5. Pilot – "
            + "Junior Motivation Club Item carried forward to next meeting. 6. Parish Councillors – Jenny Rad Those present were informed "
            + "that there were now three parish representatives in place.")
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Local Children’s Partnership")
        #expect(document.meetingDate == CalendarDate(year: 2012, month: 2, day: 2))
        // "Meeting 14 Interim Chair for this meeting: …" is the meeting's number and a label, no place.
        #expect(document.venue == nil)
        #expect(document.attendance.map(NameList.personKey) == ["lena stock", "jan hughes", "carl west", "john hale", "kitty yard"])
        #expect(document.apologies.map(NameList.personKey) == ["john stacey", "mark jack", "sue raft", "cheryl eden"])
        #expect(document.items.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        #expect(document.items.map(\.title) == ["Welcome", "Apologies", "Approve Minutes of Meeting Dated 8.12.11",
                                                 "Action Points from Previous Meeting", "Pilot – Junior Motivation Club",
                                                 "Parish Councillors – Jenny Rad"])
    }

    /// A notice and agenda on one line: each item's title without the "Enclosed" of its paper or who leads it.
    @Test func anAgendaOnOneLineGivesItsItemsTitles() async throws {
        let (document, _) = try await ImportHelpers.importText(
            "KIRKTON SCHOOLS’ FORUM MEETING TO BE HELD ON MONDAY 21 OCTOBER 2019 3 P.M. AT THE LEARNING CENTRE AGENDA 1. Apologies for "
            + "absence 2. Notification of any other business 3. Declaration(s) of interest(s) in items on the agenda 4. Minutes from the "
            + "meeting held on 20 June 2019 and matters arising Enclosed 5. Appointment of Vice-Chair Nomination received from Karen Bell "
            + "Please contact the Clerk prior to the meeting. 6. School and Academy Investment Plan Enclosed Discussion to be led by Sue Bean "
            + "7. Any Other Business")
        #expect(document.items.map(\.title) == ["Apologies for absence", "Notification of any other business",
                                                 "Declaration(s) of interest(s) in items on the agenda",
                                                 "Minutes from the meeting held on 20 June 2019 and matters arising", "Appointment of Vice-Chair",
                                                 "School and Academy Investment Plan", "Any Other Business"])
    }

    /// "Apologies were received from: A, B" names them, the colon after "from" as much as without it.
    @Test func apologiesReceivedFromAColonAreNamed() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Partnership Meeting, 16 June 2011
        Present: Sue Raft (Acting Chair), Cathy Smyth.
        1. Welcome and Introductions
        The Acting Chair welcomed those present.
        2. Apologies for Absence
        Apologies were received from: Lynn Marsh (Interim Chair), John Stacey (District Manager Children and Families), Cara Park and Ashley Pugh.
        """)
        #expect(document.apologies.map(NameList.personKey) == ["lynn marsh", "john stacey", "cara park", "ashley pugh"])
    }

    /// A place after the time that opens "Meeting Rooms" is still a place.
    @Test func meetingRoomsAfterTheTimeAreAPlace() {
        #expect(PageLayout.venueAfterDate("at 2.00 pm, Meeting Rooms 2 & 3, Shire Hall") == "Meeting Rooms 2 & 3, Shire Hall")
        #expect(PageLayout.venueAfterDate("at 3.00pm Meeting 14 Interim Chair for this meeting: Lena Stock") == nil)
    }
}
