import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Shapes from held-out set 24: the Scottish Government's later headings ("Topic: X Group minutes - 5 August 2021"),
/// attendees listed by organisation ("Care Inspectorate - Name, Name"; "Chair - SOLACE - Name"), and ModernGov items
/// numbered with the committee's code ("YC.1" alone on its line). The names are invented.
@Suite struct OrganisationsOverPeopleAndCodedItemsTests {
    @Test func aGroupListedByOrganisation() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Coronavirus (COVID-19): Children and Families Kirkton Leadership Group minutes - 5 August 2021

        Minutes for the meeting of the group on 5 August 2021.

        Attendees and apologies


          • Chair - SOLACE - Grace Vick
          • Care Inspectorate - Peter Macl, Helen Happ
          • CELCIS, University of Kirkton - Claire Burr, Fiona Dye
          • COSLA - Eddie Foll
          • The Promise - Jackie Broc, Fiona Dunc
          • Police Scotland - Martin Macl

        Items and actions

        Welcome and note of last meeting

        Grace Vick welcomed members to the meeting.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children and Families Kirkton Leadership Group")
        #expect(document.meetingDate == CalendarDate(year: 2021, month: 8, day: 5))
        #expect(document.attendance == ["Grace Vick", "Peter Macl", "Helen Happ", "Claire Burr", "Fiona Dye", "Eddie Foll",
                                        "Jackie Broc", "Fiona Dunc", "Martin Macl"])
    }

    /// A person before the dash is read as before: "Peter Macl - Care Inspectorate" is Peter, not the body.
    @Test func aPersonBeforeTheirOrganisationStaysThePerson() {
        #expect(NameList.people(inLine: "• Peter Macl - Care Inspectorate") == ["Peter Macl"])
        #expect(NameList.peopleAfterOrganisation("Peter Macl - Care Inspectorate") == nil)
        #expect(NameList.peopleAfterOrganisation("Care Inspectorate - Peter Macl, Helen Happ") == ["Peter Macl", "Helen Happ"])
        // A body before the dash, but no full names after it: nothing.
        #expect(NameList.peopleAfterOrganisation("Kirkton Council - Education Services") == nil)
        // A person's initials before the dash, a body after it: not this shape.
        #expect(NameList.peopleAfterOrganisation("RW – Kirkton Parent Carer Forum") == nil)
    }

    @Test func itemsNumberedWithTheCommitteesCode() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and draft minutes

        Youth Cabinet - Tuesday, 27th February, 2024 5.00 pm

        Venue: Town Hall Kirkton

        Items
        No. Item

        YC.1

        Apologies for Absence

        Minutes:

        Apologies for absence noted above.

        YC.2

        Make Your Mark Results

        Minutes:

        The results were, in order:

        1. Culture, media and sport

        2. Crime and safety

        YC.3

        Mayoral Election

        Minutes:

        The Youth Cabinet voted for the Youth Mayor.
        """)
        #expect(document.items.map(\.number) == ["YC.1", "YC.2", "YC.3"])
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Make Your Mark Results", "Mayoral Election"])
    }

    /// A Welsh Government page whose headings the copy lost: the people beside their initials are present; a second list
    /// after a gap of blank lines, with no heading, may be the apologies, and is left unread.
    @Test func aSecondListWithNoHeadingIsLeftUnread() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Skip to main content


          • Sharon Lov (SL) (Chair)
          • Simon Stew (SSt)
          • David Willi (DW)
          • Dyfan Eva, Head of Youth Engagement Branch, Welsh Government (DE)


          • Shahinoor Alo (SA)
          • Donna Rob, Senior Youth Work Strategy Manager, Welsh Government (DR)

        Conflicts of interest

        None declared.
        """)
        #expect(document.attendance.map { NameList.personKey($0) } == ["sharon lov", "simon stew", "david willi", "dyfan eva"])
        #expect(document.apologies.isEmpty)
    }

    /// "Meeting 10.10.15 - Kirkton Youth Parliament": a document site's title names the day, then the body.
    @Test func aYouthParliamentsMeetingByItsDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Meeting 10.10.15 - Kirkton Youth Parliament

        Full parliament meeting 10/10/15
        Introductions and apologies:
        Members were asked to give their name, school and year.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Youth Parliament")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 10, day: 10))
    }

    /// AKS's "View Cabinet Decision Record": the body from the heading, the day from "Cabinet Decision: DATE", the title
    /// after "Title of Item/Report", and the numbered points after "RESOLVED that:-" the decisions.
    @Test func anAKSDecisionRecord() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        View Cabinet Decision Record

        Cabinet Decision: 15th February 2018
        Title of Item/Report
        Admission of Pupils to Kirkton Schools in September 2019
        Record of the Decision
        Consideration was given to a report that outlined the admission arrangements.

        RESOLVED that:-

        1. The proposed Co-ordinated Admissions Scheme be agreed.

        2. The proposed admission numbers be agreed.
        Reasons for the Decision
        Legislation requires the authority to publish information annually.
        """)
        #expect(document.kind == .decision)
        #expect(document.committee == "Cabinet")
        #expect(document.meetingDate == CalendarDate(year: 2018, month: 2, day: 15))
        #expect(document.title == "Admission of Pupils to Kirkton Schools in September 2019")
    }

    /// A council's own minutes, "221 (28) SCRUTINY OVERVIEW – The chair …": the report's number before the title is no part
    /// of it; "223 (30) FORWARD PLAN – MARCH TO JUNE 2011 – The Director …": the title runs over the dashed capitals.
    @Test func runInMinutesWithAReportNumberAndDashedCapitals() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children and Young People Scrutiny Panel – 21 March 2011

        PRESENT: Councillor Wils in the chair.

        222 (29) QUESTIONS TO ASK ABOUT SERVICES FOR LOOKED AFTER CHILDREN – The Director circulated a document.

        Resolved – That the document be noted.

        223 (30) LEADER OF THE COUNCIL’S FORWARD PLAN – MARCH TO JUNE 2011 – The Director circulated the plan.

        Resolved – That the plan be noted.
        """)
        #expect(document.items.map(\.number) == ["222", "223"])
        #expect(document.items.map(\.title) == ["QUESTIONS TO ASK ABOUT SERVICES FOR LOOKED AFTER CHILDREN",
                                               "LEADER OF THE COUNCIL’S FORWARD PLAN – MARCH TO JUNE 2011"])
    }

    /// "ALSO:" over those present besides the members; "MrsHMcNeil" (a PDF copy that lost its spaces) is "Mrs H McNeil".
    @Test func alsoPresentAndATitleGluedToItsName() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF THE MEETING OF THE KIRKTON SCHOOLS CONFERENCE HELD ON 25 NOVEMBER 2015

        PRESENT: Diane Boy (Bedford Borough), Mrs M Harv, MrsHMcNeil
        ALSO: Chris Luc (Secretary) and June Sims (Hon. Member).

        1. Welcome

        The Chair welcomed everyone.
        """)
        #expect(document.attendance.map { NameList.personKey($0) } == ["diane boy", "m harv", "h mcneil", "chris luc", "june sims"])
        #expect(NameList.ungluingTitle("MrsHardy") == "MrsHardy")
        #expect(NameList.ungluingTitle("DrAJones") == "Dr A Jones")
    }

    /// Shapes from held-out set 25. Groups of the people present under the bodies they stand for, one with a name of six
    /// words, and a canon among them; a table of one person a line whose columns ran together, the body (or its initials)
    /// after the name.
    @Test func groupsUnderLongBodiesAndACanon() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF A MEETING OF THE KIRKTON SCHOOL ORGANISATION COMMITTEE HELD AT COUNTY HALL ON TUESDAY, 27 NOVEMBER 2001

        Present :

        LEA Members :

        Mrs B D Clou, Mr C R Hanc

        C of E Diocese :

        Canon D Isa

        Hants and Kirkton Learning Skills Council :

        Mr P Holi, Mrs S Simp

        1. ELECTION OF CHAIRMAN

        RESOLVED :
        THAT Mrs B D Clou be elected Chairman.
        """)
        #expect(document.attendance.map { NameList.personKey($0) } == ["b d clou", "c r hanc", "canon d isa", "p holi", "s simp"])
    }

    @Test func peopleWithTheirBodyRunOnAfterTheName() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Schools Forum
        Thursday 11th February 2016
        Present:
        Liz Garn Kirkton Governors’ Network
        David Isio Kirkton Governors’ Network
        Colin Diam BCC
        Cllr Brigid Jon BCC.
        Anil Nayy BCC
        In attendance: Janice Moor (clerk)
        1.
        Welcome and apologies for absence
        """)
        #expect(document.attendance.map { NameList.personKey($0) } == ["liz garn", "david isio", "colin diam", "brigid jon", "anil nayy", "janice moor"])
        // A surname in capitals is the person's own.
        #expect(NameList.droppingTrailingBodyInitials("Councillor Alistair BERR") == "Councillor Alistair BERR")
        // Initials with a vowel may be a surname: they stay.
        #expect(NameList.droppingTrailingBodyInitials("Adam Hard BDES") == "Adam Hard BDES")
    }

    /// A school's minutes exported from GovernorHub: "X LAB   Minutes   17/03/2020", "Governors Attending: >…",
    /// "Agenda Item 1  Title", and paragraphs tagged MINUTE, ACTION and DECISION.
    @Test func governorHubMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Carole Sel Kirkton Learning Partnership [163] 08 September 2020
        Kirkton LAB   Minutes   17/03/2020
        Kirkton  Tuesday, March 17, 2020  5pmChair: David Boo   Clerk: Carole Sel
        FINAL: The minutes are confirmed and locked.
        Governors Attending: >Helen Swee, Angie Robi D.L, Hazel Harr
        Governors Apologies: >Matt Pear
        Non Governors Attending: >Carole Sel
        Agenda Item 1  Welcome and Apologies for Absence
        MINUTE  The Chair thanked everyone for joining this virtual meeting.
        DECISION  Members noted the resignation of Michelle Nob.
        Agenda Item 2  Minutes of the previous meeting
        MINUTE  The minutes of the meeting held on the 4th February 2020 were approved.
        DECISION  Members approved the minutes of the LAB meeting held on the 4th February 2020.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton LAB")
        #expect(document.meetingDate == CalendarDate(year: 2020, month: 3, day: 17))
        #expect(document.items.map(\.number) == ["1", "2"])
        #expect(document.items.map(\.title) == ["Welcome and Apologies for Absence", "Minutes of the previous meeting"])
        #expect(document.attendance.map { NameList.personKey($0) } == ["helen swee", "angie robi", "hazel harr", "carole sel"])
        #expect(document.apologies.map { NameList.personKey($0) } == ["matt pear"])
        #expect(document.items.flatMap { $0.decisions.map(\.text) }.count == 2)
        // A heading in capitals after the word is no decision.
        #expect(LinePatterns.resolutionMarker("DECISION MAKING AND GOVERNANCE") == nil)
    }

    /// A governing body's minutes whose Word table joined the head teacher's cell to the heading's.
    @Test func aHeadingInAJoinedTableCell() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Road, Highworth, SN6 7BZ
        Head Teacher: Nicola And / Minutes of the Full Governing Body Meeting
        held on 28th January 2015
        at 7.30 p.m. in Classroom 5
        Attendees: Sue Mori SM (Community Governor and Member), Lucy Cox LC ( Parent Governor) and Sue Els SE (Clerk).
        1. Apologies
        None.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Full Governing Body")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 1, day: 28))
    }

    /// A ModernGov meeting page whose apologies item gives the agenda's wording, then under "Minutes:" the people.
    @Test func apologiesUnderAnApologiesItemsMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Education and Economy Scrutiny Committee - Tuesday, 23rd January, 2018 10.30 am

        Venue: Siambr Hywel Dda, Kirkton

        Items
        No. Item

        1.

        APOLOGIES

        To receive any apologies for absence.

        Minutes:

        Councillors Menna Bain, Selwyn Griff and Keith Jon; Anest Fraz (Church in Wales) and David Heal (Teachers Unions).

        2.

        DECLARATION OF PERSONAL INTEREST

        To receive any declarations of personal interest.

        Minutes:

        No declarations of personal interest were received.
        """)
        #expect(document.apologies.map { NameList.personKey($0) } == ["menna bain", "selwyn griff", "keith jon", "anest fraz", "david heal"])
        #expect(document.items.map(\.title) == ["APOLOGIES", "DECLARATION OF PERSONAL INTEREST"])
    }

    /// A ModernGov issue page's minutes: "(Councillors A, B and C attended in accordance with Standing Order 25(2) and
    /// spoke to this item)." — members who are not on the committee, who attended it.
    @Test func membersAttendingUnderAStandingOrder() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - meetings

        Meeting: 10/10/2018 - Cabinet (Item 237)

        237 Foster Carer Allowances pdf icon PDF 37 KB

        Report of the Chief Officer for Children’s Services on proposed changes to Foster Carer Fees.

        Minutes:

        (Councillors Bied, Dewh and Wrig attended in accordance with Standing Order 25(2) and spoke to this item).

        The Cabinet considered the Report of the Chief Officer for Children’s Services.
        """)
        #expect(document.attendance.map { NameList.personKey($0) } == ["bied", "dewh", "wrig"])
        #expect(NameList.attendingByStandingOrder(in: "The officers attended in accordance with the protocol.").isEmpty)
    }
}
