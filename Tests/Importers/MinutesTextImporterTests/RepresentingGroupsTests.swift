import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A schools forum's members under the group each sits for ("Representing Primary School Headteachers"), each person
/// before a dash and their school, several to a line, as held-out set 42's copy of a forum's minutes prints them (its
/// "Present" heading lost above the first group). The names are invented.
@Suite struct RepresentingGroupsTests {
    static let minutes = """
    Representing Primary School Headteachers

    Simon Bram - St Kirk Primary School Jack Hath - St Bede CE Primary School

    Representing Academies

    David Mol -

    Representing Secondary School Governors

    Joanne Murf - Kirkton High School David Kye - Kirkton College

    Also in attendance

    John Livs - Children’s Services David Smyt - Children’s Services Vicky Ridd - Democratic Services

    Apologies for absence were submitted on behalf of Irene Jacks, Renne Mell, Pam Livs and Olive Fairhurst

    Mr. S. Bram in the Chair.

    The minutes of the meeting held on 12th November, 2010 were agreed as a correct record.
    """

    @Test func eachGroupsPeopleAttended() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.attendance == ["Simon Bram", "Jack Hath", "David Mol", "Joanne Murf", "David Kye", "John Livs", "David Smyt", "Vicky Ridd"])
    }

    /// "… and Olive Fairhurst" / "Mr. S. Bram in the Chair.": the line saying who chaired is a sentence of its own, and
    /// ends no one's name.
    @Test func theChairsLineEndsNoApology() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.apologies == ["Irene Jacks", "Renne Mell", "Pam Livs", "Olive Fairhurst"])
    }

    @Test func aRepresentingHeadingIsAFewCapitalisedWords() {
        #expect(MinutesReader.isRepresentingHeading("Representing 14-19 Group"))
        #expect(MinutesReader.isRepresentingHeading("REPRESENTING NON-SCHOOL MEMBERS:"))
        #expect(!MinutesReader.isRepresentingHeading("Representing the views of parents, the Forum heard that"))
        #expect(!MinutesReader.isRepresentingHeading("Representing"))
    }
}

/// A schools forum's present list in groups headed without colons ("Headteacher Representatives", "Early Years/PVI
/// Representatives", "Church of England Diocese"), its people titled with initials, some before their posts, as held-out
/// set 42's county forum prints them. The names are invented.
@Suite struct UncolonedGroupHeadingsTests {
    @Test func eachGroupsTitledPeopleAttendedWithoutTheirPosts() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        SCHOOLS’ FORUM

        At a meeting of the Schools’ Forum held at the Centre, Kirkton on Tuesday 8 November 2016 at 2.00 p.m.

        PRESENT

        Mr. M. Brow Governor Representative (Kirkton Middle School)

        Headteacher Representatives

        Mr. S. Griff (Kirkton High School)

        Early Years/PVI Representatives

        Ms. K. A. Morr

        Church of England Diocese

        Mrs. E. Bel

        OFFICERS IN ATTENDANCE

        Mrs. S. Avis Head of School Organisation and Resources Mrs. A. Whit School Funding Manager

        1. Apologies

        None.
        """)
        #expect(document.attendance == ["Mr. M. Brow", "Mr. S. Griff (Kirkton High School)", "Ms. K. A. Morr", "Mrs. E. Bel",
                                        "Mrs. S. Avis", "Mrs. A. Whit"])
        #expect(document.items.map(\.title) == ["Apologies"])
    }

    @Test func aTitledPersonsPostIsDroppedButTheirBracketStays() {
        #expect(NameList.droppingTitledPersonsPost("Mr. M. Brow Governor Representative (Kirkton Middle School)") == "Mr. M. Brow")
        #expect(NameList.droppingTitledPersonsPost("Mr. K. P. McGr (Wooler First School)") == "Mr. K. P. McGr (Wooler First School)")
        #expect(NameList.droppingTitledPersonsPost("Mr. M. Deane Hall") == "Mr. M. Deane Hall")
        #expect(NameList.titledPeopleBeforePosts("Mr. A. Bee Mr. C. Dee") == nil)
        #expect(NameList.droppingTitledPersonsPost("G. Irv Commercial Manager") == "G. Irv")
        #expect(NameList.droppingTitledPersonsPost("G. Irv Jones") == "G. Irv Jones")
    }
}

/// An agenda pack's front page: the committee, then "Date :", "Time :" and "Venue :" labels, then "Agenda" and the
/// numbered items each with the pack's page reference, as held-out set 42's county agenda prints it (run onto one line by
/// the document host). The body, the day and the place are read from the labels; "(Pages 8 - 23)" and the page's
/// furniture after it are no part of a title.
@Suite struct AgendaPackFrontPageTests {
    @Test func theLabelsAboveAgendaNameTheMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        CHILDREN'S SERVICES POLICY ADVISORY COMMITTEE
        Date: Tuesday, 30th June, 2015
        Time: 10.00 am
        Venue: Kirk Room, County Hall, Kirkton
        Agenda
        1. Apologies for Absence
        2. Committee Work Plan (Pages 24 - 33)
        3. Early Help Update (Pages 34 - 42) Kirkton Council, County Hall, Kirkton KT1 3AY Tel: 0300 1234 100
        """)
        #expect(document.committee == "CHILDREN'S SERVICES POLICY ADVISORY COMMITTEE")
        #expect(document.meetingDate?.iso8601 == "2015-06-30")
        #expect(document.venue == "Kirk Room, County Hall, Kirkton")
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Committee Work Plan", "Early Help Update"])
    }

    /// (Run onto one line, with the items' notes: "An opportunity for …" is no part of a title, and "Questions from
    /// Members to the Portfolio Holder" keeps its "Members".)
    @Test func theSamePageRunOntoOneLine() async throws {
        let (document, _) = try await ImportHelpers.importText(
            "Public Document Pack CHILDREN'S SERVICES POLICY ADVISORY COMMITTEE Date : Tuesday, 30th June, 2015 Time : 10.00 am "
            + "Venue : Kirk Room, County Hall, Kirkton KT1 3AY Agenda 1. Apologies for Absence 2. Election of Chairman "
            + "3. Minutes of the Meeting Held on 12 May 2015 (Pages 1 - 7) 4. Questions from the Public to the Portfolio Holder "
            + "An opportunity for Members of the public to ask a question to the Portfolio Holder. (A period of fifteen minutes is "
            + "allocated for this purpose). 5. Questions from Members to the Portfolio Holder An opportunity for Members of the "
            + "Council to ask a question of the Portfolio Holder. 6. Committee Work Plan (Pages 24 - 33) "
            + "7. Early Help Update (Pages 34 - 42) Kirkton Council, County Hall, Kirkton, KT1 3AY Tel: 0300 1234 100 www.kirkton.gov.uk "
            + "8. Any Other Business that the Chairman Considers to be of Urgency")
        #expect(document.committee == "CHILDREN'S SERVICES POLICY ADVISORY COMMITTEE")
        #expect(document.meetingDate?.iso8601 == "2015-06-30")
        #expect(document.venue == "Kirk Room, County Hall, Kirkton KT1 3AY")
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Election of Chairman", "Minutes of the Meeting Held on 12 May 2015",
                                               "Questions from the Public to the Portfolio Holder", "Questions from Members to the Portfolio Holder",
                                               "Committee Work Plan", "Early Help Update",
                                               "Any Other Business that the Chairman Considers to be of Urgency"])
    }
}

/// A council site's paper with its format and size in one bracket, the size's number and unit run together ("(PDF,
/// 187KB)"), as held-out set 42's schools forum page prints it.
@Suite struct FormatAndGluedSizeTests {
    @Test func theBracketNamesTheDocumentAndItsSize() throws {
        let links = try #require(LinkLine.parse("Election Result - Maintained School Governor Representative (PDF, 187KB)", line: 3))
        #expect(links.map(\.title) == ["Election Result - Maintained School Governor Representative"])
        #expect(links.first?.format == "PDF")
        #expect(links.first?.sizeBytes == 187 * 1024)
        #expect(LinkLine.parse("We met (as agreed, 12 times) this year", line: 1) == nil)
    }
}

/// A council's agenda PDF as an ePaper host shows it (held-out set 42's forum agenda): the host's frame above ("… Views",
/// the title three times, "SHOW MORE", "Create successful ePaper yourself", "Turn your PDF publications into a flip-book
/// …"), the body's heading in capitals wrapped over two lines ending "AGENDA", the day, and numbered business whose
/// words the PDF's copy broke apart ("APOLOGI ES FOR A BSENC E"). The names are invented.
@Suite struct EPaperAgendaTests {
    static let text = """
    07.01.2014 Views

    children's services scrutiny forum agenda - Kirkton Borough ...

    children's services scrutiny forum agenda - Kirkton Borough ...

    SHOW MORE
    SHOW LESS

    Create successful ePaper yourself

    Turn your PDF publications into a flip-book with our unique Google optimized e-Paper software.

    CHILDREN’S SERVICES SCRUTINY<br />

    FORUM AGENDA<br />

    Tuesday, 29 June 2010<br />

    at 4.30 pm<br />

    MEMBERS: CHILDREN’S SERVICES SCRUTINY FORUM:<br />

    Councillors Aker, Flee and Grif<br />

    1. APOLOGI ES FOR A BSENC E<br />

    2. TO RECEIV E ANY DECLARATIONS OF INTEREST BY MEMBERS<br />

    3. MINUT ES<br />

    4. SHORT ICE BREAKER EXERCISE<br />

    5. RESPONSES FROM THE COUNCIL, THE EXECUTIVE OR COMMITTEES OF THE<br />

    COUNCIL TO FINAL REPORTS OF THIS FORUM<br />

    6. ITEMS FOR DISCUSSION<br />

    RESOLVED<br />
    """

    @Test func theFrameIsDroppedAndTheAgendaNamesItsBodyAndDay() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.text)
        #expect(document.kind == .meeting)
        #expect(document.committee == "CHILDREN’S SERVICES SCRUTINY FORUM")
        #expect(document.meetingDate?.iso8601 == "2010-06-29")
        #expect(document.items.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        // (A title in capitals wrapped onto the next line is one title; "RESOLVED" under one is no part of it.)
        #expect(document.items[4].title == "RESPONSES FROM THE COUNCIL, THE EXECUTIVE OR COMMITTEES OF THE COUNCIL TO FINAL REPORTS OF THIS FORUM")
        #expect(document.items[5].title == "ITEMS FOR DISCUSSION")
        #expect(document.attendance.isEmpty)
    }

    @Test func aMeetingsOwnBusinessIsKnownThroughBrokenWords() {
        #expect(PageLayout.numbersAMeetingsBusiness(["1. APOLOGI ES FOR A BSENC E", "2. TO RECEIV E ANY DECLARATIONS OF INTEREST BY MEMBERS"]))
        #expect(!PageLayout.numbersAMeetingsBusiness(["1. Background", "2. Options considered"]))
    }
}

/// ModernGov's heading of a former committee's meeting: the days the committee sat, in a bracket after its name, then
/// the meeting's day (held-out set 42's corporate parenting panel). The bracket's first day is no meeting's.
@Suite struct FormerCommitteeHeadingTests {
    @Test func theMeetingsDayIsOutsideTheBracket() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Corporate Parenting Panel (12/11/2013- 30/04/2024) - Tuesday 3 November 2020 3.30 p.m.

        Venue: Town Hall, Moorgate Street, Kirkton

        Minutes of the previous meeting held on 1 September 2020. pdf icon PDF 71 KB

        The minutes of the previous meeting were approved as a true and correct record.
        """)
        #expect(document.committee == "Corporate Parenting Panel (12/11/2013- 30/04/2024)")
        #expect(document.meetingDate?.iso8601 == "2020-11-03")
    }
}

/// ModernGov's agenda table copied without its bars or numbers ("No. | Item |" over "APOLOGIES FOR ABSENCE To receive …"),
/// as held-out set 42's scrutiny sub-committee page prints it: the rows are the items, and the numbered point of a
/// resolution in a row's minutes ("1. Elect Dr A Rice as the Vice-Chair …") is none. The names are invented.
@Suite struct UnnumberedTableRowsTests {
    @Test func theRowsAreTheItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes
        Venue: Committee Room One - Town Hall, Kirkton. View directions
        Contact: Democratic Services Tel: 020 7364 0842 E-mail:
        No. | Item |
        APOLOGIES FOR ABSENCE To receive any apologies for absence. Additional documents: Minutes: Councillor Hal Udd gave apologies for absence.
        DECLARATIONS OF INTERESTS PDF 214 KB Members are reminded to consider the categories of interest. Additional documents: Minutes: No declarations were made.
        APPOINTMENT OF VICE-CHAIR Additional documents: Minutes: The Chair, Councillor Bex Whit nominated Dr Phil Rice for the position of vice-chair.
        No further nominations were made.
        The Sub-Committee RESOLVED to:
        1. Elect Dr Phil Rice as the Vice-Chair of the Sub-Committee for 2021-22.
        TERMS OF REFERENCE Additional documents: Minutes: Members noted the terms of reference.
        """)
        #expect(document.items.map(\.title) == ["APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTERESTS", "APPOINTMENT OF VICE-CHAIR", "TERMS OF REFERENCE"])
        #expect(document.items.allSatisfy { $0.number == nil })
    }
}

/// ModernGov's meeting page with each item's number alone, its title a sentence of the agenda, and "Minutes:" under it
/// (held-out set 42's overview and scrutiny panel); apologies from councillors "and from" a co-optee. The names are invented.
@Suite struct SentenceTitlesOverMinutesLabelsTests {
    @Test func aSentenceOverMinutesIsTheItemsTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Children and Young People Overview and Scrutiny Panel - Thursday, 6th February, 2020 10.00 am

        25.

        Apologies for absence

        Minutes:

        Apologies for absence were received from Councillor Jane Cocks, Councillor Tina Reed, and Councillor Sue Wilkins and from John Hoar, a Co-optee of the Panel.

        26.

        To consider the extent, if any, to which the public and press are to be excluded from the meeting.

        Minutes:

        None.

        27.

        Declarations of Interest, if any.

        Minutes:

        There were no declarations of interest made.

        28.

        The Panel noted that the report was late.

        29.

        Public Statements

        Minutes:

        There were no public statements.
        """)
        #expect(document.items.map(\.number) == ["25", "26", "27", "29"])
        #expect(document.items[1].title == "To consider the extent, if any, to which the public and press are to be excluded from the meeting.")
        #expect(document.apologies == ["Jane Cocks", "Tina Reed", "Sue Wilkins", "John Hoar"])
    }
}

/// A two-column table of areas and counts copied one cell a line under an item's minutes (held-out set 42's youth
/// council recruitment): its counts are no items' numbers; an agenda's numbers alone, going up one at a time, are.
@Suite struct TableOfCountsTests {
    @Test func countsBetweenNamesAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Youth Committee - Monday, 3rd December, 2018 5.00 pm

        1.

        Apologies

        Minutes:

        No apologies were reported.

        2.

        Recruitment Update

        Minutes:

        Fifty applications had been received, covering the following areas:

        Balmore

        4

        Court

        4

        Lisnaside

        5

        Colton

        4

        Old Parkway

        8

        Black Hill

        5
        """)
        #expect(document.items.map(\.title) == ["Apologies", "Recruitment Update"])
        let (agenda, _) = try await ImportHelpers.importText("""
        Agenda

        Youth Committee - Monday, 3rd December, 2018 5.00 pm

        1

        Apologies

        2

        Declarations of Interest

        3

        Recruitment Update
        """)
        #expect(agenda.items.map(\.number) == ["1", "2", "3"])
    }
}

/// ModernGov's unnumbered items as held-out set 43's cabinet member and panel pages print them: whose report the item is
/// under its title ("Report of the Executive Director of Place"), a long title before its paper ("… pdf icon PDF 170
/// KB"), and a table of reserve members under a resolution ("Ordinary Member" / "Reserve Member" / the two people). None
/// of those lines is an item; the long title is one. The names are invented.
@Suite struct ModernGovItemLinesTests {
    @Test func reportLinesPaperAndPeopleTablesAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Cabinet Member for Education - Wednesday, 20th January, 2016 2.30 pm

        Venue: Committee Room 2 - Council House

        No. Item


        Attendance by Reserve Members

        RESOLVED:  To note the attendance at this meeting of the following duly appointed Reserve Member:-


        Ordinary Member


        Reserve Member


        Councillor Mitzi Gree

        Councillor Brian Gat



        Academy Conversion Process: Proposed Recoupment of Costs pdf icon PDF 93 KB

        Report of the Executive Director of Place


        The Cabinet Member considered a report of the Executive Director of Place on the academy conversion process.


        Co-ordinated School Admission Schemes for 2017 and Community and Voluntary Controlled School Admission Policies for 2017 pdf icon PDF 170 KB

        Report of the Executive Director of People


        The Cabinet Member considered a report on the admission schemes.
        """)
        #expect(document.items.map(\.title) == ["Attendance by Reserve Members", "Academy Conversion Process: Proposed Recoupment of Costs",
                                               "Co-ordinated School Admission Schemes for 2017 and Community and Voluntary Controlled School Admission Policies for 2017"])
    }
}

/// A Scottish minute's officers in attendance, each an initial and surname before a post, some posts wrapped onto the
/// next line ("… Greenspace and Waste" / "Management"), as held-out set 43's committee minute prints them. The wrapped
/// words are no one, and the list goes on past them. The names are invented.
@Suite struct WrappedPostsInListsTests {
    @Test func officersBeforeTheirPostsAttended() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minute of meeting of the Education Committee held within the Council Chambers, Kirkton on Tuesday, 28 April 2009.

        Present: Councillors GEEK and GIBB

        In Attendance: G. Irv Commercial Manager – Facilities Management
        C. Kell Acting Head of Roads, Greenspace and Waste
        Management
        S. McGar Head of Resources, Planning and Improvement for
        Children
        J. Ridd Community Support Manager

        1. APOLOGIES FOR ABSENCE

        None.
        """)
        #expect(document.attendance == ["GEEK", "GIBB", "G. Irv", "C. Kell", "S. McGar", "J. Ridd"])
    }
}

/// A Scottish council's minute whose items are numbered with titles in capitals, a short line between them ("NONE
/// declared", "MEMBERS - A and B entered the meeting"), as held-out set 43's education committee prints it: the line
/// above a numbered title is no title of that item.
@Suite struct CapitalTitlesUnderShortLinesTests {
    @Test func eachNumberKeepsItsOwnTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education Committee Minutes

        Date:
        Thursday 17 March 2016
        Time:
        10:30am
        Place:
        Council Offices, English Street, Kirkton

        Attendance Details

        Members:
        Jeff Leav (Chairman) - Lochar
        Ian Blak - Abbey
        Item Number Item/Description
        PUBLIC
        1 SEDERUNT AND APOLOGIES

        19 Members present, 6 apologies.

        2 DECLARATIONS OF INTEREST

        NONE declared

        3 MINUTE OF MEETING OF 21 JANUARY 2016

        Decision

        AGREED.

        MEMBERS - Gail MacGreg and Colin Wyp entered the meeting

        4 PROPERTY/BUILDINGS (SCHOOLS) ASSET CLASS - UPDATE - REPORT BY DIRECTOR

        Decision

        NOTED the report.
        """)
        #expect(document.items.map(\.title) == ["SEDERUNT AND APOLOGIES", "DECLARATIONS OF INTEREST", "MINUTE OF MEETING OF 21 JANUARY 2016",
                                               "PROPERTY/BUILDINGS (SCHOOLS) ASSET CLASS - UPDATE - REPORT BY DIRECTOR"])
        // (Under "Decision", who entered the meeting is the minutes' record, no decision.)
        let decisions = document.items.flatMap(\.decisions).compactMap(\.text)
        #expect(!decisions.isEmpty)
        #expect(!decisions.contains { $0.contains("entered the meeting") })
    }
}

/// A council's page with the agenda's numbered items first and the minutes after them (held-out set 43's scrutiny panel):
/// the list of those present goes on through a group of co-opted members after a blank line, though items were listed
/// above it, and a councillor who "also attended the meeting in accordance with" a rule came. The names are invented.
@Suite struct PresentListAfterAgendaTests {
    @Test func theGroupsAfterTheAgendaAreThoseWhoCame() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        People Scrutiny Panel – 3 January 2017

        Chairman:  Councillor Marp
        Venue:  Function Room 1, Civic Centre, Kirkton

        1.  Substitutions.

        2.  Public speaking requests (if any)

        3.  Annual Education Report 2016.

        PRESENT: –  Councillor Marp in the Chair.

        Councillors Colls (Vice-Chair), Bain, and Glov.

        Statutory Co-opted Members: Mr W Egg and Mr P Thom (Church Representatives).

        Councillor Godf also attended the meeting in accordance with Procedure Rule 1.37 (b).

        The panel met at the Civic Centre, Kirkton.
        """)
        #expect(document.attendance.contains("Mr W Egg"))
        #expect(document.attendance.contains { $0.hasPrefix("Mr P Thom") })
        #expect(document.attendance.contains("Godf"))
    }
}

/// A council's minutes whose numbered items run their title in capitals into the minute ("84  PUBLIC REQUESTS TO SPEAK –
/// There were no requests received"), a short sentence between two of them (held-out set 43's scrutiny panel): the
/// sentence above a number is no title of its item.
@Suite struct RunInCapitalTitlesTests {
    @Test func eachNumberKeepsItsRunInTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

        1 March 2007

        PRESENT: –  Councillor Smyth in the Chair.

        83  DECLARATIONS OF PERSONAL OR PERSONAL AND PREJUDICIAL INTERESTS (IF ANY) – There were no declarations of interests.

        No whip was declared.

        84  PUBLIC REQUESTS TO SPEAK – There were no requests received

        85  SCHOOL ABSENCE REVIEW – The Service Director circulated the panel's review of school absence across the area.
        """)
        #expect(document.items.map(\.number) == ["83", "84", "85"])
        #expect(document.items[1].title == "PUBLIC REQUESTS TO SPEAK")
    }
}

/// A copy whose first line is the site's title for the page, what it is and whose site ("Minutes and actions - Kirkton City
/// Council"), over the body that met and the day (held-out set 42's schools forum): the council is no committee.
@Suite struct SiteTitleOverHeadingTests {
    @Test func theBodyUnderTheSitesTitleMet() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes and actions - Kirkton City Council

        Kirkton Schools Forum
        Minutes and Actions
        1 December 2015
        Members
        Name
        Position
        In attendance
        School Members
        Philomena Marsh
        Executive Principal, Kirkton Academy
        Apologies
        Tim Stow
        Kirkton Primary School
        1. Welcome and introductions
        The Chair welcomed members to the meeting.
        """)
        #expect(document.committee == "Kirkton Schools Forum")
        #expect(document.meetingDate?.iso8601 == "2015-12-01")
    }
}
