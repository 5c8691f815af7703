import EvidenceModel
import EvidencePackCore
import Foundation
import MinutesTextImporter
import Testing

/// Page shapes from a second held-out check (a set of council pages measured unseen, then used to find
/// what the reader got wrong), modelled on them rather than copied. Most were values the reader invented.
@Suite struct UnseenPageShapesTests {
    /// A ModernGov page copied from below its header: the agenda table's "No. Item" heading names no committee.
    @Test func theAgendaTablesHeadingIsNoCommittee() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes


        No. Item


        Apologies for absence


        Apologies for absence were received from Councillor T Evans and P Grant and H Lloyd Co-opted Members.


        The Chair welcomed Amy Price and Owen Reed Co-opted Members to their first meeting.


        Attainment Report pdf icon PDF 120 KB
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == nil)
        #expect(document.apologies == ["T Evans", "P Grant", "H Lloyd"])
        #expect(document.attendance.contains("Owen Reed"))
        #expect(!document.attendance.contains { $0.contains("Co-opted") })
    }

    /// Posts printed after a name without a comma are dropped; a surname that is a role word stays.
    @Test(arguments: [("M Symonds Co-opted Members", "M Symonds"), ("Jo Hart Parent Governor Representative", "Jo Hart"),
                      ("Mary Ann Lloyd Church Representative", "Mary Ann Lloyd"), ("Becky Senior", "Becky Senior")])
    func aPostAfterTheLastNameIsNoPartOfIt(printed: String, name: String) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Schools Forum held on 3 May 2017

        Apologies were received from Ann Cole and \(printed).
        """)
        #expect(document.apologies == ["Ann Cole", name])
    }

    /// ModernGov text-only pages that lost their item numbers: the lines between items ("The agenda and
    /// reports … can be found here", "The Committee resolved:-") are no items, and what the committee
    /// resolved is its decision.
    @Test func sentencesBetweenUnnumberedItemsAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda, decisions and minutes

        Learning Committee - Thursday, 6th June, 2019 10.00 am

        Venue: Room 4 - Town House. View directions

        No. Item

        The agenda and reports associated with this minute can be found here


        Declarations of Interest pdf icon PDF 50 KB


        There were no declarations of interest.


        Minute of Previous Meeting pdf icon PDF 80 KB


        The Committee had before it the minute of its previous meeting for approval.


        The Committee resolved:-

        (i)        to approve the minute as a correct record.


        School Places Report pdf icon PDF 150 KB


        The Committee had before it a report on school places.
        """)
        #expect(document.items.map(\.title) == ["Declarations of Interest", "Minute of Previous Meeting", "School Places Report"])
        #expect(document.venue == "Room 4 - Town House")
    }

    /// Under "Decision:", a paragraph that leads into the resolution ("…, Cabinet noted the report and,") is
    /// the minutes' account, not a decision; "RESOLVED to" takes its wording from the next paragraph.
    @Test func aLeadInToTheResolutionIsNoDecision() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - meetings

        Youth Offending Plan

        Meeting: 12/06/2021 - Cabinet (Item 7)

        7 Youth Offending Plan pdf icon PDF 90 KB

        Decision:

        Having considered all of the information, including the comments of the scrutiny committee, Cabinet noted the report and,

        RESOLVED to

        Recommend that the Youth Offending Plan be presented to Council for approval.

        Minutes:

        The Cabinet Member presented the plan.
        """)
        let item = try #require(document.items.first)
        let decided = item.decisions.compactMap(\.text)
        #expect(!decided.contains { $0.hasPrefix("Having considered") })
        #expect(decided.contains { $0.contains("Recommend that the Youth Offending Plan") })
        #expect(item.minutes.compactMap(\.text).contains { $0.hasPrefix("Having considered") })
    }

    /// A decision stated on its label's line ends there: the headings and notes after it are minutes.
    @Test func aDecisionOnItsLabelsLineEndsThere() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Notes of the Partnership Board

        1. Matters arising
        • The Chair asked that the board note the new structure
        Decision: Agreed by all partners
        Matters Arising
        • Officers have drafted a notice about interpreters. They will lead on this.
        """)
        let decided = document.items.flatMap(\.decisions).compactMap(\.text)
        #expect(decided.count == 1)
        #expect(decided.first?.contains("Agreed by all partners") == true)
    }

    /// "Decision: |" is a table cell's border, no decision of its own: the decision is on the next line.
    @Test func aDecisionLabelWithOnlyACellBorder() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - meetings

        Improvement Plan Update

        Meeting: 04/08/2020 - Cabinet (Item 6)

        Decision: |
        The Cabinet noted the content of this report and the updated Improvement Plan. |
        Reasons:
        To notify the Cabinet of the progress made.
        """)
        let decided = document.items.flatMap(\.decisions).compactMap(\.text)
        #expect(decided.contains { $0.contains("The Cabinet noted the content of this report") })
    }

    /// A row of a Word table of names, organisations and ticks is not split into people at its slashes.
    @Test func aTableRowOfNamesAndOrganisationsIsNotSplit() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Date: 8th May 2009 Time: 2.00pm

        In attendance:
        Chair / NEW NHS Trust / / Lloyd Kent / Chair, Governors’ Association / X
        Lead Officer, Early Entitlement / X
        """)
        #expect(!document.attendance.contains("Chair"))
        #expect(!document.attendance.contains("Lead Officer"))
        #expect(!document.attendance.contains("Early Entitlement"))
    }

    /// A table of people whose heading row ("Name", "Name Designation") sits under "Present:": the list goes
    /// on after it, and the heading is no one; "Name (XX) / Council / Service" is the person alone.
    @Test func aTableOfPeopleUnderItsHeadingRow() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Safeguarding Board Meeting Minutes
        Wednesday 4th June 2014
        Present:
        Name
        Anna Moss
        Cllr Ben Carr
        Dr Cara Dean
        Apologies:
        Name Designation
        Dev Patel (DP) / City Council / Education
        Eve Long
        """)
        #expect(document.attendance == ["Anna Moss", "Ben Carr", "Dr Cara Dean"])
        #expect(document.apologies == ["Dev Patel (DP)", "Eve Long"])
    }

    /// Text copied out of a PDF by a document site keeps inline tags ("<br />", "<strong>"); a heading
    /// wrapped over lines is read to its date; the council a body belongs to is no part of its name.
    @Test func inlineTagsAndAWrappedScottishHeading() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        1211<br />

        MINUTE of the MEETING of the EDUCATION AND LEISURE<br />

        COMMITTEE of SHETLAND ISLANDS COUNCIL held in TOWN HALL,<br />

        LERWICK on 7 MARCH <strong>2012</strong> at 10.00am<br />

        Present:<br />

        Councillors Ann Gray, Bill Hunter<br />
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "EDUCATION AND LEISURE COMMITTEE")
        #expect(document.meetingDate?.iso8601 == "2012-03-07")
        #expect(document.venue == "TOWN HALL, LERWICK")
        #expect(!document.attendance.contains { $0.contains("<") })
    }

    /// A PDF copy whose heading ran into the list of those present, under the body's name.
    @Test func aHeadingRunIntoThePresentList() async throws {
        let long = String(repeating: "Ann Lee (AL) Bob Hill (BH) ", count: 12)
        let (document, _) = try await ImportHelpers.importText("""
        Standing Advisory Council for Religious Education (SACRE)

        Minutes of a meeting held at Kingsley House, Castle Street, on 12th October 2007 at 2.00pm Those present: \(long)
        """)
        #expect(document.committee == "Standing Advisory Council for Religious Education (SACRE)")
        #expect(document.meetingDate?.iso8601 == "2007-10-12")
        #expect(document.venue == "Kingsley House, Castle Street")
    }

    /// A council's own notice: the body, then "Date:", "Time:" and "Location:"; items numbered "1.0".
    @Test func aNoticeWithDateAndLocationLabels() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Councillors and Decision Making

        Corporate Parenting Committee

        Date: Tuesday 8 February 2011

        Time: 5:00 PM

        Location: Room 2, Civic Offices, Telford

        1.0 Minutes
        To confirm the minutes of the last meeting.
        2.0 Apologies for Absence
        3.0 Looked After Children Annual Report / ACTIONS
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Corporate Parenting Committee")
        #expect(document.meetingDate?.iso8601 == "2011-02-08")
        #expect(document.venue == "Room 2, Civic Offices, Telford")
        #expect(document.items.map(\.number) == ["1.0", "2.0", "3.0"])
        #expect(document.items.map(\.title) == ["Minutes", "Apologies for Absence", "Looked After Children Annual Report"])
    }

    /// Two labels on one line ("Meeting : X Date : 26/05/06"); "Meeting:" without a day names the body.
    @Test func twoLabelsOnOneLine() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Meeting : Conwy Children's Partnership Date : 14/06/07

        Present : Cllr. Ann Jones (Chair), Ben Evans

        Apologies : Carys Lloyd
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Conwy Children's Partnership")
        #expect(document.meetingDate?.iso8601 == "2007-06-14")
        #expect(document.attendance == ["Ann Jones (Chair)", "Ben Evans"])
        #expect(document.apologies == ["Carys Lloyd"])
    }

    /// A Word table of labels joined by " / ", the day wrapped to the next line, and "PARTICIPANTS:".
    @Test func aTableOfLabelsJoinedBySlashes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MEETING TITLE: / Children's Services Board / MEETING DATE: / Tuesday
        3 March 2015
        PARTICIPANTS: / Ann Grey (AG) / City Council / Education (Chair)
        Ken Wallace (KW) / Police Scotland
        Hilary Yule (HY) / NHS Tayside
        APOLOGIES: / Piotr Nowak (PN) / Youth Council
        1. / Welcome / AG welcomed everyone.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children's Services Board")
        #expect(document.meetingDate?.iso8601 == "2015-03-03")
        #expect(document.attendance == ["Ann Grey (AG)", "Ken Wallace (KW)", "Hilary Yule (HY)"])
        #expect(document.apologies == ["Piotr Nowak (PN)"])
    }

    /// Headings of a page that name no body: "Meeting Summary" over the committee; "X Meeting Minutes";
    /// "(formerly …)" after a committee's name.
    @Test(arguments: [
        ("Meeting Details\n\nMeeting Summary\nEducation Committee\n12 June 2019 - 09:30\n\n1. Sederunt", "Education Committee"),
        ("Agendas, reports and minutes\n\nPeople Committee (formerly the Education Committee)\n\nDate: Thursday, 2 May 2019", "People Committee"),
        ("Leeds LSCB Meeting Minutes\n\nWednesday 4th June 2014\nPresent:\nAnn Lee", "Leeds LSCB"),
    ])
    func headingsThatNameNoBody(text: String, committee: String) async throws {
        let (document, _) = try await ImportHelpers.importText(text)
        #expect(document.committee == committee)
    }

    /// A ModernGov page saved with the site's menu above it: the menu's entries ("• Decisions", "• Meetings")
    /// are no headings; its last entry ("• Agenda and minutes") is, with the committee and day under it.
    @Test func aSitesMenuAboveTheHeading() async throws {
        let menu = ["Calendar", "Committees", "Consultations", "Decisions", "Election results", "Forward Plans", "Library", "Meetings",
                    "Outside bodies", "Search documents", "Subscribe to updates", "Your councillors", "What's new"]
            .map { "  • \($0)" }.joined(separator: "\n")
        let (document, _) = try await ImportHelpers.importText("""
        \(menu)
          • Agenda and minutes

            Children's Scrutiny Committee - Tuesday, 6th February, 2018 10.00 am

            Venue: Council Chamber, Town Hall. View directions

            Items
            No. Item

            1.

            APOLOGIES

            Minutes:

            Councillors Ann Bell and Carl Dee.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children's Scrutiny Committee")
        #expect(document.meetingDate?.iso8601 == "2018-02-06")
        #expect(document.items.map(\.title) == ["APOLOGIES"])
    }

    /// "19/23" alone over each item's title: the item and the year it is numbered in.
    @Test func itemNumbersWithTheYearAfterASlash() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Items
        No. Item

        7/24

        Apologies for Absence pdf icon PDF 162 KB

        Minutes:

        Apologies were received from Councillor Ray and Dana Holt Co-opted Member - Church of England Diocesan Representative.

        8/24

        Declarations of Interest

        Minutes:

        There were no declarations of interest.

        9/24

        Fostering Service Report pdf icon PDF 246 KB
        """)
        #expect(document.items.map(\.number) == ["7/24", "8/24", "9/24"])
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Declarations of Interest", "Fostering Service Report"])
        #expect(document.apologies == ["Ray", "Dana Holt"])
    }

    /// A decision page whose "Decisions:" open with an account of the meeting, then "The following was
    /// therefore RESOLVED:" over numbered points: the points are the decisions, the account is not.
    @Test func resolutionsIntroducedAtTheEndOfASentence() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision details

        Home to School Transport Policy

        Decision Maker: Children's Committee

        Decisions:

        The Director of Education introduced the item which related to school transport.

        The following was therefore RESOLVED:

        1.    The committee agreed to consult on the proposed policy.

        2.    The committee noted the petition from parents.

        Publication date: 22/07/2016
        """)
        let resolutions = ImportHelpers.allBlocks(document).filter { $0.kind == .resolution }
        #expect(resolutions.count == 1)
        #expect(resolutions.first?.children?.compactMap(\.text) == ["The committee agreed to consult on the proposed policy.",
                                                                     "The committee noted the petition from parents."])
    }

    /// A COINS agenda: "Body Agenda - date, time", items numbered "01" with no dot and "View Papers" links.
    @Test func aCoinsAgenda() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children’s Executive Agenda – 3 November 2010, 10:00 Help

        A meeting to be held at Council Chambers, Civic Centre, Livingston at 10:00 on 3 November 2010.

        Number Item
        Public Session
        01Apologies for Absence. View Papers
        02Declarations of Interest. View Papers
        03Review of Nursery Admission Criteria - report by Head of Education (herewith). View Papers
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children’s Executive")
        #expect(document.meetingDate?.iso8601 == "2010-11-03")
        #expect(document.items.map(\.number) == ["01", "02", "03"])
        // (The title without whose report it is: "- report by … (herewith)" is a note on the paper, as held-out sets 45 and
        // 49 label it.)
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Declarations of Interest", "Review of Nursery Admission Criteria"])
    }

    /// A body's notice with a line of the site between its name and the day's label.
    @Test func aNoticeWithALineBetweenTheBodyAndItsDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Councillors and Decision Making

        Scrutiny Commission 2 - Children & Young People

        Subscribe Download Meeting Pack

        Date: Monday 08 June 2009

        Location: The Reception Suite, Civic Offices
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Scrutiny Commission 2 - Children & Young People")
        #expect(document.meetingDate?.iso8601 == "2009-06-08")
    }

    /// "Minute of meeting held on the 8th of December 2011, PLACE", then one person a line with their post
    /// and organisation's initials; "Apology:" opens the apologies.
    @Test func aMinuteOfMeetingWithPeopleAndTheirOrganisations() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minute of meeting held on the 14th of March 2012, Committee Room 2, Council HQ, DINGWALL
        Present:Mr Alan Bruce, Director of Social Work (chair)
        Mr Sam Dodd, Youth Convenor, HC
        DI Vera Law, PPU, Northern Const
        Apology:
        Ms Ann Roe
        1. / Welcome / Mr Alan Bruce welcomed those present.
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate?.iso8601 == "2012-03-14")
        #expect(document.venue == "Committee Room 2, Council HQ, DINGWALL")
        #expect(document.attendance == ["Mr Alan Bruce", "Mr Sam Dodd", "Vera Law"])
        #expect(document.apologies == ["Ms Ann Roe"])
    }

    /// Initials alone are people ("KT (Chair), CJ, P B, MA"), not an organisation's.
    @Test func aListOfInitialsIsAListOfPeople() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Youth Justice Board Minutes

        Present:
        KT (Chair), CJ, P B, MA, STH (minutes)
        """)
        #expect(document.attendance.count == 5)
    }

    /// A Word table's rows of items: "1. / Title / what was said" is the item and its minutes; a title that
    /// holds a slash ("2. Minutes / matters arising") stays whole.
    @Test func itemsInTheRowsOfAWordTable() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minute of meeting held on the 9th of March 2012, Room 3, Council HQ, INVERNESS
        Present:Mr Alan Bruce, Director of Social Work (chair)
        1. / Welcome and Apologies / Mr Alan Bruce welcomed those present.
        2. / Minutes of last meeting / These minutes were accepted as a true record.
        """)
        #expect(document.items.map(\.title) == ["Welcome and Apologies", "Minutes of last meeting"])
        #expect(document.items[0].minutes.compactMap(\.text).contains { $0.hasPrefix("Mr Alan Bruce welcomed") })
        let (notes, _) = try await ImportHelpers.importText("""
        Notes of the Children's Trust Board

        1. Apologies for absence
        The above apologies were noted.
        2. Minutes / matters arising from previous meeting
        The minutes were agreed
        """)
        #expect(notes.items.map(\.title).contains("Minutes / matters arising from previous meeting"))
    }

    /// A list of one person a line, each with a post or a body after a comma: after two such lines a titled
    /// person's untitled words are their post ("Mr Andrew Lang, Procurator Fiscal"); police ranks are titles.
    @Test func onePersonALineWithTheirPosts() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minute of meeting held on the 9th of March 2012, Room 3, Council HQ, INVERNESS
        Present:Mr Alan Bruce, Director of Social Work (chair)
        Mr Sam Dodd, Chief Executive, HC (Sponsor)
        DI Vera Law, PPU, Northern Const
        Chief Constable Greg Hume, Northern Const
        Ms Mary Dale, Councillor (Political Champion)
        Mr Andrew Lang, Procurator Fiscal
        1. / Welcome / Mr Alan Bruce welcomed those present.
        """)
        #expect(document.attendance == ["Mr Alan Bruce", "Mr Sam Dodd", "Vera Law", "Greg Hume", "Ms Mary Dale", "Mr Andrew Lang"])
        // A roll call whose first member alone has a title is still a list of people.
        let (list, _) = try await ImportHelpers.importText("""
        Children's Panel Minutes

        Present:
        Cllr Ann Lee (Chair), Bob Hill, Carl Dee
        """)
        #expect(list.attendance == ["Ann Lee (Chair)", "Bob Hill", "Carl Dee"])
    }

    /// A PDF copy flattened to one line: the body and the day, the time and the place, then those present.
    @Test func aFlattenedBodyDayAndPlaceBeforeThePresentList() async throws {
        let long = String(repeating: "Amy Wood, Youth Cabinet ", count: 10)
        let (document, _) = try await ImportHelpers.importText("""
        Young Carers Group 14th March 2018, 5:00pm, The Hub, Market Street, Widnes Present: \(long)
        """)
        #expect(document.committee == "Young Carers Group")
        #expect(document.meetingDate?.iso8601 == "2018-03-14")
        #expect(document.venue == "The Hub, Market Street, Widnes")
    }

    /// "Minutes of the Schools’ Forum held at PLACE at 9:30 am on DATE" under a stray letter: the body is
    /// the one the heading names, and the time is no part of the place.
    @Test func aMinutesHeadingNamingItsBody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        A

        Minutes of the Schools’ Forum held at Riverside House, Bury at 2:00 pm on Tuesday 16 October 2012

        Present
        """)
        #expect(document.committee == "Schools’ Forum")
        #expect(document.meetingDate?.iso8601 == "2012-10-16")
        #expect(document.venue == "Riverside House, Bury")
        // The line above "Minutes of a meeting held on …" names the body only when it names one that meets.
        for (above, committee) in [("Cost of Living Support Icon", nil), ("Learning and Culture Scrutiny Committee", "Learning and Culture Scrutiny Committee")] as [(String, String?)] {
            let (page, _) = try await ImportHelpers.importText("\(above)\n\nMinutes of a meeting held on 18th September, 2017.\n\nPresent: Councillor L. Burnett (Chairman)\n")
            #expect(page.committee == committee)
            #expect(page.meetingDate?.iso8601 == "2017-09-18")
        }
    }

    /// A title wrapped onto a second line ("… and matters" / "arising from the minutes") names no body; the
    /// body over a Word form's "date   9 MARCH 2009" line does.
    @Test func aWrappedTitleNamesNoBody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
                       CHILDREN'S PARTNERSHIP BOARD

                date   11 MAY 2010

        Present:        Councillor Ann Cole (Chair), Ben Dale

        2.     Minutes of the meeting held on 2 March 2010 and matters
               arising from the minutes
        """)
        #expect(document.committee == "CHILDREN'S PARTNERSHIP BOARD")
        #expect(document.meetingDate?.iso8601 == "2010-05-11")
    }

    /// Two columns of initials and surnames run together ("P Campbell J Fraser"); an AKS table's heading
    /// ends the apologies; a civic title before a dashed post is dropped.
    @Test func namesFromColumnsRunTogether() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        EDUCATION COMMITTEE

        Wednesday 5 June 2013

        Present:
        Councillors:
        P Camp J Fraser
        R Gregor D Sand
        Apologies:
        Rev William R Fadden - Church Representative
        Jo Mill - Parent Representative
        Item Number Item/Description
        PUBLIC
        1 SEDERUNT AND APOLOGIES
        """)
        #expect(document.attendance == ["P Camp", "J Fraser", "R Gregor", "D Sand"])
        #expect(document.apologies == ["Rev William R Fadden", "Jo Mill"])
    }

    /// "… HELD AT PLACE ON DATE COMMENCING AT 10 AM": the time after the day is no venue.
    @Test func aStartingTimeAfterTheDayIsNoVenue() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF A MEETING OF THE FOSTERING PANEL HELD AT THE CIVIC CENTRE, RYDE ON TUESDAY, 4 MARCH 2003 COMMENCING AT 2 PM

        Present :

        Mrs A Black (Chairman), Mr B White
        """)
        #expect(document.committee == "FOSTERING PANEL")
        #expect(document.meetingDate?.iso8601 == "2003-03-04")
        #expect(document.venue == "CIVIC CENTRE, RYDE")
    }

    /// Notes headed by the day, its hours and the place, then "Minutes": the day and place; the table
    /// heading under it ("Attendees / Apologies") names no body.
    @Test func theDayAndPlaceAboveAMinutesHeading() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        14th October 2015 (2-4pm ) Riverside Children's Centre, Ormskirk

        Minutes

        Attendees / Apologies
        Jane Field (Chair) – Primary Schools
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == nil)
        #expect(document.meetingDate?.iso8601 == "2015-10-14")
        #expect(document.venue == "Riverside Children's Centre, Ormskirk")
    }

    /// "Published 12 May 2020" above a minutes heading dates no meeting.
    @Test func aPublicationDateAboveTheHeadingDatesNoMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Published 12 May 2020

        Minutes

        Attendees / Apologies
        """)
        #expect(document.meetingDate == nil)
    }

    /// A council's own agenda page: "Body – date" first, then labels, then "AGENDA".
    @Test func theBodyAndDayAboveAnAgendaHeading() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children's Scrutiny Panel – 11 March 2020

        Chairman:  Cllr A Brown
        Venue:  Room 3, Civic Centre, Brigg
        Time:  10.00 a.m.

        AGENDA

        1. Substitutions.

        2. Declarations of interest.
        """)
        #expect(document.committee == "Children's Scrutiny Panel")
        #expect(document.meetingDate?.iso8601 == "2020-03-11")
        #expect(document.venue == "Room 3, Civic Centre, Brigg")
    }

    /// "2A - Statement on Equalities", "0 - Recording of Meeting": numbers with a dash before the title.
    @Test func itemNumbersBeforeADash() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Meeting details

        Agenda Items

        0 - Recording of Meeting

        1 - Declaration of Members' Interests

        2A - Statement on Equalities

        Consider, and if so decided, adopt the following.

        3 - School Roll Forecasts
        """)
        #expect(document.items.map(\.number) == ["0", "1", "2A", "3"])
        #expect(document.items.map(\.title) == ["Recording of Meeting", "Declaration of Members' Interests", "Statement on Equalities",
                                               "School Roll Forecasts"])
        #expect(document.committee == nil)
    }

    /// AKS pages repeat each minute's code and number before its preamble sentence: no second item.
    @Test func aksPreambleRowsAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children & Young People Select Committee Minutes

        Present:
        Cllr Ann Lee (Chairman), Cllr Bob Hill
        Item Description Decision
        CYP
        1/14
        MINUTES FOR SIGNATURE - 4TH MARCH 2014
        AGREED that the minutes were signed as a correct record.

        Preamble

        CYP
        1/14
        The minutes of the meeting held on 4th March 2014 were signed by the Chairman as a correct record.
        """)
        #expect(document.items.map(\.number) == ["CYP 1/14"])
    }

    /// "Apologies were not received from …" names those absent without apologies.
    @Test func apologiesNotReceivedAreNoApologies() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Youth Council held on 2 April 2014

        2. Apologies
        Apologies were received from Asha Khan and Ben Moss.
        Apologies were not received from Cara Nunn and Dev Patel.
        """)
        #expect(document.apologies == ["Asha Khan", "Ben Moss"])
    }

    /// Word tables whose cells were joined by " / ": labels' values and lists of people.
    @Test func wordTableCellsJoinedBySlashes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Date & Time: / Tuesday 9 April 2013 – 5pm
        Location: / Council Chamber
        Attendance: / Amy Holt / Liam Hurst / Jay Fox
        Ben Rolfe / Cara Anne Frost / Al Pike
        1.0 / Welcome and introductions
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate?.iso8601 == "2013-04-09")
        #expect(document.venue == "Council Chamber")
        #expect(document.attendance == ["Amy Holt", "Liam Hurst", "Jay Fox", "Ben Rolfe", "Cara Anne Frost", "Al Pike"])
    }

    /// A table's header row and a body's name among the people are no one; a numbered person is one.
    @Test func tableHeadingsAndBodiesAmongThePeople() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Date: 5th March 2008 Time: 10.00am

        In attendance:

        NAME / ORGANISATION / Attending
        N. Wales Police

        Also present at this meeting: /
          1. Gareth O’Neill
        / Health Promotion Officer /

        1. Apologies
        """)
        #expect(!document.attendance.contains { ["NAME", "ORGANISATION", "Attending", "N. Wales Police"].contains($0) })
        #expect(document.attendance.contains("Gareth O’Neill"))
        #expect(!document.items.contains { $0.title.contains("Gareth") })
    }

    /// "Minutes of meeting held on 20.01.09 were agreed …" reports an earlier meeting's minutes approved: no
    /// heading, so neither its date nor the line above it heads the page.
    @Test func anApprovalOfEarlierMinutesHeadsNothing() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        YOUTH OFFENDING MANAGEMENT BOARD
        12th May 2010
        Present:
        Ann Bell (Chair)
        1. Minutes & Matters Arising
        Minutes of meeting held on 20.01.10 were agreed as a true and accurate record.
        """)
        #expect(document.meetingDate?.iso8601 == "2010-05-12")
        #expect(document.committee == "YOUTH OFFENDING MANAGEMENT BOARD")
    }

    /// A document-sharing site's "13.07.2015 Views" is no title.
    @Test func aDocumentSitesViewCounterIsNoTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        13.07.2015 Views

        Progress on Actions from the Last Meeting

        The following table sets out the action points.
        """)
        #expect(document.title != "13.07.2015 Views")
    }
}
