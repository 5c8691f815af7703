import EvidenceModel
import EvidencePackCore
import Foundation
@testable import MinutesTextImporter
import Testing

/// Headings of minutes from no democracy system, and minutes whose "Present" heading a copy lost: shapes
/// from a ninth held-out set of council pages (measured unseen first), modelled on them; names invented.
@Suite struct MinutesHeadingVariantsTests {
    /// "Advisory Board – Minutes of Meeting": the body before the word; the day and place from the labels
    /// under it; people beside their services with no comma.
    @Test func aBodyBeforeMinutesOfMeetingIsTheCommittee() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Advisory Board – Minutes of Meeting
        Date: Wednesday 17th June 2015 Venue: HILLSIDE COMMUNITY HOUSE
        Present:
        David Ward CAB Manager (Chair)
        Hazel Jones LB Children's Centre
        Lucy Bent 0-19 Team Nursery Nurse
        Maria de Vries SEPT 0-19 Team
        1. / Welcome & Apologies
        · David welcomed everyone to the meeting.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Advisory Board")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 6, day: 17))
        #expect(document.attendance == ["David Ward", "Hazel Jones", "Lucy Bent", "Maria de Vries"])
    }

    /// "Early Years Reference Group Minutes: 14 Nov 2023, 14.00 - 15.30 via Teams", then bullets of people and
    /// their posts whose heading was lost: the body, the day, the place met "via", and the people present.
    @Test func anUnlabelledListOfPeopleAtTheTopOfMinutesIsWhoWasPresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        ERG Minutes 14 Nov 2023

        Early Years Reference Group Minutes: 14 Nov 2023, 14.00 - 15.30 via Teams


          • Helen Grant - EY Lead (Chair)
          • Jo Chen - Early Years Team - CC
          • Tim Hope -Humpty Dumpty Nursery
          • Sharon Kean - Childminder


        1. Welcome

        Helen welcomed everyone.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Early Years Reference Group")
        #expect(document.meetingDate == CalendarDate(year: 2023, month: 11, day: 14))
        #expect(document.venue == "Teams")
        #expect(document.attendance == ["Helen Grant", "Jo Chen", "Tim Hope", "Sharon Kean"])
    }

    /// The body and the day above a "Minutes of the meeting" heading that names neither, then a Word table's
    /// rows ("Name / Post, Body / Initials") with no "Present" heading.
    @Test func theBodyAndTheDayAboveMinutesOfTheMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Partnership Board Meeting

        Monday 27th March 2017 13:00 – 15:00pm, Meeting Rooms 2 & 3, Shire Hall

        Minutes of the meeting


        Det. Sup. Sam Atkins / Detective Superintendent, Kirkton Constabulary / SA
        Tom Brown / Head of Education, KCC / TB
        Mike Dale / Chief Executive, Kirkton Borough Council / MD

        1.0 Minutes of the Previous Meeting
        """)
        #expect(document.committee == "Kirkton Children's Partnership Board")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 3, day: 27))
        #expect(document.venue == "Meeting Rooms 2 & 3, Shire Hall")
        #expect(document.attendance == ["Sam Atkins", "Tom Brown", "Mike Dale"])
    }

    /// The same rows under a heading of members, or of attendees and apologies together, are no list of who came.
    @Test(arguments: ["Membership", "Attendees / Apologies"])
    func rowsUnderAMembershipHeadingAreNoAttendance(heading: String) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Partnership Board Minutes

        \(heading)
        Sam Atkins / Detective Superintendent, Kirkton Constabulary / SA
        Tom Brown / Head of Education, KCC / TB
        Mike Dale / Chief Executive, Kirkton Borough Council / MD
        """)
        #expect(document.attendance.isEmpty)
    }

    /// A dash after another cell's dash heads no person: "John Dale – Schools / Greg Mott - VCFS" is two rows' cells.
    @Test func aDashAfterAnotherCellHeadsNoPerson() {
        #expect(!(NameList.people(inLine: "John Dale – Secondary Schools / Greg Mott - VCFS") ?? []).contains { $0.contains("/") })
    }

    /// A Word form a site rendered as rows of bars: the rows' cells are read as " / "-joined cells are, the day
    /// from the row under the label that lost it, and people parted by semicolons each with their body.
    @Test func aFormRenderedAsRowsOfBars() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON CITY COUNCIL – NEIGHBOURHOOD SERVICES …



        |INTEGRATED CHILDREN'S SERVICES |

        |MEETING TITLE: |Integrated Children's Services Partnership |MEETING DATE: |Monday |

        | | | |9 September 2013 |

        |PARTICIPANTS: |Pat Cash (PC) / Kirkton City Council / Education (Chair); Fred McNab (FMc) / Kirkton City Council / Social Care; Ann Dunn (AD) / NHS Grampian |

        |APOLOGIES: |Gail Gordon (GG) / Kirkton City Council / Education; Iris Scott (IS) / Children's Panel |

        |NO. |AGENDA ITEM |NOTES OF DISCUSSION |
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Integrated Children's Services Partnership")
        #expect(document.meetingDate == CalendarDate(year: 2013, month: 9, day: 9))
        #expect(document.attendance.map(NameList.personKey) == ["pat cash", "fred mcnab", "ann dunn"])
        #expect(document.apologies.map(NameList.personKey) == ["gail gordon", "iris scott"])
    }

    /// A Markdown table's rows are no form rows: they are left as they are.
    @Test func aMarkdownTableIsLeftAlone() {
        let lines = SourceLine.split("| | |\n|---|---|\n| Cabinet | TOWER HAMLETS |\n|Report of: A Person | Classification: Unrestricted |\n")
        #expect(PipeTableRows.joined(lines).map(\.text) == lines.map(\.text))
    }

    /// A Word form whose label cells lost their colons ("Venue / Lakes College", "Apologies / A, B") under
    /// "TITLE OF MEETING:", with a "Notes" column heading further down.
    @Test func aFormsLabelsJoinedToTheirValuesBySlashes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        TITLE OF MEETING: Kirkton District Delivery Group
        Attendees /
        Barbara Jack (BJ)
        Keith Lyle (KL) / Ian Hind (IH)
        Date / 19th June 2012 / Directorate/Partnership / Children's Trust Board
        Venue / Lakes College
        Apologies / Anne Carr, Ben Brand, Sue Harp
        Matters Arising – Notes and actions from the previous meetings
        /
        Notes
        /
        Action
        Minutes from the last meeting were agreed as a true record.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton District Delivery Group")
        #expect(document.meetingDate == CalendarDate(year: 2012, month: 6, day: 19))
        #expect(document.venue == "Lakes College")
        #expect(document.attendance.map(NameList.personKey) == ["barbara jack", "keith lyle", "ian hind"])
        #expect(document.apologies == ["Anne Carr", "Ben Brand", "Sue Harp"])
    }

    /// Only a label and its value are read so: a table's headings ("Date / Time / Venue") and a heading of
    /// two groups ("Attendees / Apologies") are no labels.
    @Test(arguments: ["Date / Time / Venue", "Attendees / Apologies", "Present / Apologies", "Date / to be confirmed"])
    func headingsJoinedBySlashesAreNoLabels(line: String) {
        #expect(Labels.parse(line) == nil)
    }

    /// A body's name in a table of people is no one: "Children's Panel", "Kirkton City".
    @Test(arguments: ["Children's Panel", "Kirkton City", "Youth Forum"])
    func bodiesInPeopleTablesAreNoOne(cell: String) {
        #expect(!NameList.isPersonCell(cell))
    }

    /// An agenda whose items sit in a table of bars is minutes' text, not a table export: its cells hold
    /// sentences. The notice under the heading gives the place; COINS's "View Papers" is no part of a title.
    @Test func anAgendaInATableOfBarsIsReadAsAnAgenda() async throws {
        let text = """
        Kirkton Council Agenda - 12 December 2024, 10:15
        A meeting to be held at Grangemouth Community Education Unit, 69-71 Abbey Road, Grangemouth, FK3 8JB at 10:15 on 12 December 2024.
        Number | Item |
        Record of Votes View Papers | |
        1 | Sederunt |
        2 | Declarations of Interest Members should declare any financial and non-financial interests they have in any item of business. |
        4 | Rolling Action Log View Papers |
        5 | Local Government By-election: Ward 7 - Kirkton South Report by the Returning Officer. View Papers |
        """
        #expect(!MinutesTextImporter.looksTabular(text))
        #expect(MinutesTextImporter.looksTabular("id|gender|dob\nC1|F|2019-01-01\nC2|M|2018-03-04\nC3|F|2017-05-06\n"))
        let (document, _) = try await ImportHelpers.importText(text)
        #expect(document.committee == "Kirkton Council")
        #expect(document.meetingDate == CalendarDate(year: 2024, month: 12, day: 12))
        #expect(document.venue == "Grangemouth Community Education Unit, 69-71 Abbey Road, Grangemouth, FK3 8JB")
        #expect(document.items.contains { $0.number == "4" && $0.title == "Rolling Action Log" })
    }

    /// A Scottish agenda: the body, the day, and a notice naming the place, with "BUSINESS" over its items.
    @Test func anAgendaHeadedByItsBodyItsDayAndANotice() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Child Protection Committee

        Monday, 18 February 2019

        NOTICE IS HEREBY GIVEN that a Meeting of the Child Protection Committee is to be held at Room 200, Council Offices, Kirkton, on Monday, 18 February 2019 at 14:00.

        BUSINESS

        1 Sederunt

        3 Matters Arising

        6 Neglect Working Group
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Child Protection Committee")
        #expect(document.meetingDate == CalendarDate(year: 2019, month: 2, day: 18))
        #expect(document.venue == "Room 200, Council Offices, Kirkton")
        #expect(document.items.map(\.title) == ["Sederunt", "Matters Arising", "Neglect Working Group"])
    }

    /// A notice's place ends at its day or its time; a sentence with no date is no notice.
    @Test func theNoticesPlaceEndsAtItsDayOrTime() {
        #expect(PageLayout.venueOfNotice("The meeting will be held at Shire Hall, Gloucester on 4 May 2021 at 10am.") == "Shire Hall, Gloucester")
        #expect(PageLayout.venueOfNotice("The next meeting will be held at Shire Hall.") == nil)
    }

    /// A register whose aligned columns mark who was "Present": those rows' people are present, a deputy who came
    /// in a member's place ("Phil Turner covering") too, and "Absent" with "Yes" in the apologies column sent apologies.
    @Test func aRegistersPresentRowsAreThePeoplePresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
                                 Children and Young People's Strategic Partnership

             Date/time:   Tuesday 22nd September 2009, 10.30 a.m. to 12.35 p.m.

             Venue:       Shire Hall, Kirkton

             Membership:                                              Attendance     Apologies

             Martin Bale               representing Secondary Heads   Absent          Yes
             Rob Bridges               Fenland DC                     Present
             Tim Bryce                 Mental Health Trust            Present
             Darren Dix                East Cambs DC                  Phil Turner covering
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children and Young People's Strategic Partnership")
        #expect(document.meetingDate == CalendarDate(year: 2009, month: 9, day: 22))
        #expect(document.attendance == ["Rob Bridges", "Tim Bryce", "Phil Turner"])
        #expect(document.apologies == ["Martin Bale"])
    }

    /// A PDF copy whose heading and labels ran onto one line: parted before each label, it reads as the page
    /// printed it, people chained by their brackets included.
    @Test func aHeadingAndLabelsRunOntoOneLine() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Centre Advisory Board Meeting Focus: Engaging dads in children's learning. Date: 9th July 2014 Time: 4pm Venue: Kirkton Children's Centre Attendees: David Toms (Community Member and Deputy Chair) Leanne Cope (Parent) Scott Cole (Health Trainer) Apologies: Matt Bull Agenda for the meeting: Introductions
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Children's Centre Advisory Board")
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 7, day: 9))
        #expect(document.venue == "Kirkton Children's Centre")
        #expect(document.attendance.map(NameList.personKey) == ["david toms", "leanne cope", "scott cole"])
    }

    /// A page run onto one line after its venue's label is not parted: the venue is not the rest of the page.
    @Test func aPageRunOnAfterItsVenueIsNotParted() {
        let line = "Date: Tuesday, 7 May 2019 Time: 10:00 Venue: Committee Room 1, Council Offices, Kirkton The business to be considered at the meeting is listed overleaf. Members are reminded to bring their fully charged tablets to the meeting. Yours sincerely"
        let lines = [SourceLine(number: 1, text: line, isBold: false)]
        #expect(RunTogetherLabels.parted(lines) == lines)
    }

    /// An item's page copied without its title opens with a long sentence of the item's text: no title.
    @Test func aLongSentenceUnderAgendaItemIsNoTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item


        A period of 30 minutes has been set aside for members of the public to ask questions on the agenda for tonight's meeting.


        One question was received in advance of the meeting.
        """)
        #expect(document.kind == .agendaItem)
        #expect(document.title == nil)
    }

    /// "MINUTES OF THE MEETING OF THE X SAFEGUARDING CHILDREN" / "BOARD – 15TH MAY 2013": a heading wrapped onto
    /// the next line gives the whole body and the day.
    @Test func aMinutesHeadingWrappedOntoTheNextLine() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF THE MEETING OF THE KIRKTON SAFEGUARDING CHILDREN
        BOARD – 15TH MAY 2013
        Present:
        Gina Atkins (Democratic Services, KCC)
        Amanda Blake (Kirkton Police)
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "KIRKTON SAFEGUARDING CHILDREN BOARD")
        #expect(document.meetingDate == CalendarDate(year: 2013, month: 5, day: 15))
        #expect(document.attendance.map(NameList.personKey) == ["gina atkins", "amanda blake"])
    }

    /// "CYP/1/24" alone on its line, the title under it: a minute numbered by the committee's code, the item and
    /// the year; the items go on by their middle number.
    @Test func minutesNumberedByCodeItemAndYear() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Children and Young People Select Committee - Wednesday 17th April, 2024 5.00 pm

        Items
        No. Item

        CYP/1/24

        Evacuation Procedure pdf icon PDF 9 KB

        Minutes:

        The evacuation procedure was noted.

        CYP/2/24

        Declarations of Interest

        Minutes:

        There were no declarations of interest.

        CYP/3/24

        Minutes pdf icon PDF 141 KB

        Minutes:

        AGREED that the minutes of the meeting held on 13 March 2024 be confirmed as a correct record.
        """)
        #expect(document.items.map(\.number) == ["CYP/1/24", "CYP/2/24", "CYP/3/24"])
        #expect(document.items.map(\.title) == ["Evacuation Procedure", "Declarations of Interest", "Minutes"])
        #expect(document.items.last?.decisions.count == 1)
    }

    /// The next item's title after a list of apologies ("2. / Minutes from Previous Meeting") is no sentence of
    /// senders: "Previous Meeting" is no one, and the item stays.
    @Test func anItemTitleWithFromEndsAListOfApologies() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Children's Trust Board held on 4 June 2013

        Present:
        Ann Lee / AL / - / Chair
        Apologies: Sandra Egg, Cllr Alan Lowe, Paul Dobb.
        2. / Minutes from Previous Meeting
        Agreed as a true record.
        3. / Matters Arising
        """)
        #expect(document.apologies.map(NameList.personKey) == ["sandra egg", "alan lowe", "paul dobb"])
        #expect(document.items.map(\.number) == ["2", "3"])
    }

    /// "Kirkton's Children" / "Strategic Planning Group" / "Meeting held Wednesday 1 December 2010," / "In the Village Hall,
    /// Kirkton": the body above the day, the place below, and the people after it, one "Name / Body" row each.
    @Test func aMeetingHeldLineUnderItsBodyAndAboveItsPlace() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton’s Children

        Strategic Planning Group

        Meeting held Wednesday 1 December 2010,

        In the Three Villages Hall, Kirkton

        Doug Dunn (Chair) / Kirkton Council, Community Services
        Alex Tait / Kirkton Council, Community Services
        Pat Renny / NHS Kirkton
        Hayley Moss / Kirkton Council, Community Services (minutes)

        1. Minute of previous meeting – 15th September 2010
        The minute was agreed.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton’s Children Strategic Planning Group")
        #expect(document.meetingDate == CalendarDate(year: 2010, month: 12, day: 1))
        #expect(document.venue == "Three Villages Hall, Kirkton")
        #expect(document.attendance.map(NameList.personKey) == ["doug dunn", "alex tait", "pat renny", "hayley moss"])
        #expect(document.items.map(\.title) == ["Minute of previous meeting – 15th September 2010"])
    }

    /// A ModernGov agenda whose sections ("4. Minutes") hold their items, each number alone on its line ("4.1") and the
    /// title under it: both are items, in order, and the section after them ("5. Forward Planning") too.
    @Test func itemsNumberedUnderTheirSectionOnModernGovPages() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda

        Venue: Dean of Guild Court Room - City Chambers

        Items
        No. Item

        1. Order of Business

        1.1

        Order of Business

        Including any notices of motion.

        4. Minutes

        4.1

        Minute of 1 March 2022 pdf icon PDF 191 KB

        Minute of the committee of 1 March 2022 – submitted for approval as a correct record

        4.2

        Minute of 3 May 2022 pdf icon PDF 101 KB

        5. Forward Planning

        5.1

        Work Programme pdf icon PDF 113 KB
        """)
        #expect(document.items.map(\.number) == ["1", "1.1", "4", "4.1", "4.2", "5", "5.1"])
        #expect(document.items.map(\.title) == ["Order of Business", "Order of Business", "Minutes", "Minute of 1 March 2022",
                                                  "Minute of 3 May 2022", "Forward Planning", "Work Programme"])
    }
}
