import CouncilText
import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Shapes from held-out set 39 (council minutes as PDF text): the body's name before a heading that names none, a list's
/// label run onto the heading's end, a page's footer run into the first item, an apologies item titled by the label
/// alone, a table of posts and people, a register's person, post and mark run together. The names are invented.
@Suite struct BodiesBeforeHeadingsAndPostRowsTests {
    /// "Schools Forum Draft Minutes of the meeting held on … – 4.00pm to 6.00pm Hall, … In Attendance:" over rows of posts,
    /// each ending in a titled person; "Page 1 of 7 1. Welcome from the Chair"; "2. Apologies for Absence:".
    @Test func forumMinutesFromAPDF() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Schools Forum Draft Minutes of the meeting held on 26th September 2019 – 4.00pm to 6.00pm Hall, The Kirk Suite, Kirkton Avenue, Kirkton KT16 3HS In Attendance:

        Primary Academies Headteacher – Kirkton Ms J Sawley-Hayes Headteacher – Abbey Primary Mrs L Jameson Principal – Woodside Academy Mr E Cane – Vice Chair

        Primary Maintained Schools Headteacher – Primary Miss N Shadwell

        Non School Members 0-11 Representative Ms A Jonas 11-19 Representative Dr J Revel

        Also in Attendance: Mr Roger Harte - Interim Director, Children’s Services Miss Teresa Lyon - Minute taker

        Page 1 of 7 1. Welcome from the Chair

        The Chair welcomed the Forum to the meeting.

        2. Apologies for Absence:

        Apologies for absence were received from Ms N Gray and Mrs A Winston.

        3. Agreement of Agenda

        The Forum agreed the agenda.
        """)
        #expect(document.committee == "Schools Forum")
        #expect(document.meetingDate == CalendarDate(year: 2019, month: 9, day: 26))
        #expect(document.venue == "Hall, The Kirk Suite, Kirkton Avenue, Kirkton KT16 3HS")
        #expect(document.items.map(\.title) == ["Welcome from the Chair", "Apologies for Absence", "Agreement of Agenda"])
        #expect(Array(document.attendance.prefix(6)) == ["Ms J Sawley-Hayes", "Mrs L Jameson", "Mr E Cane", "Miss N Shadwell", "Ms A Jonas", "Dr J Revel"])
        #expect(document.apologies == ["Ms N Gray", "Mrs A Winston"])
    }

    @Test func theBodyBeforeAHeadingThatNamesNone() {
        #expect(PageLayout.bodyBeforeMeetingHeading("Schools Forum Draft Minutes of the meeting held on 26th September 2019")?.body == "Schools Forum")
        #expect(PageLayout.bodyBeforeMeetingHeading("Cabinet Minutes of the meeting held on 4 March 2013")?.heading == "Minutes of the meeting held on 4 March 2013")
        // Words before the heading that name no body, or a sentence, are no body.
        #expect(PageLayout.bodyBeforeMeetingHeading("It was noted that the Minutes of the meeting held on 4 March 2013 were signed") == nil)
        #expect(PageLayout.bodyBeforeMeetingHeading("Kirkton Academy Draft Minutes of the meeting held on 4 March 2013") == nil)
    }

    @Test func aFooterBeforeAnItemIsDropped() {
        #expect(PageFooters.itemAfterFooter("Page 1 of 7 1. Welcome from the Chair") == "1. Welcome from the Chair")
        #expect(PageFooters.itemAfterFooter("Page 2 of 7 5) Budget") == "5) Budget")
        #expect(PageFooters.itemAfterFooter("Page 1 of 7") == nil)
        #expect(PageFooters.itemAfterFooter("Page 3 of the report was discussed") == nil)
    }

    /// People among posts: a title, initials and a surname; a row that opens with a person, holds commas or a sentence is
    /// another rule's.
    @Test func titledPeopleAmongPosts() {
        #expect(NameList.titledPeopleAmongPosts("Secondary Academies CEO – Kirkton Trust Mr P Griffin – Chair CEO - South Trust Mr S Monday")
            == ["Mr P Griffin", "Mr S Monday"])
        #expect(NameList.titledPeopleAmongPosts("Mr P Griffin, Mrs A Bell") == nil)
        #expect(NameList.titledPeopleAmongPosts("The report was presented by Mr P Griffin") == nil)
        #expect(NameList.titledPeopleAmongPosts("Head of Service Mr Roger Harte") == nil)
        #expect(NameList.isPostRowEndingInPerson("Special Academy Headteacher-Beacon Academy Ms S Hewlett"))
        #expect(!NameList.isPostRowEndingInPerson("Report from Mrs A Bell"))
    }

    /// "Miss Claire Bin Staff Member Present Mr Nick Esc Parent Member Absent": the person before the post, the mark after it.
    @Test func registerEntriesRunTogether() async throws {
        #expect(NameList.markedRegisterEntries("Mr Nick Esk Parent Member Absent Ms Yasmin Kit Parent Member Present")?.present == ["Ms Yasmin Kit"])
        #expect(NameList.markedRegisterEntries("Mr Kevin Smyth (Chair) Community Member Present")?.present == ["Mr Kevin Smyth"])
        #expect(NameList.markedRegisterEntries("Mrs Ann Lee Staff Member Apologies")?.apologies == ["Mrs Ann Lee"])
        #expect(NameList.markedRegisterEntries("Mr Nick Esk was not present") == nil)
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON ACADEMY TRUST MINUTES OF A MEETING OF THE KIRKTON PRIMARY ACADEMY COUNCIL HELD ON MONDAY 9 FEBRUARY 2015 AT 6.00PM IN ATTENDANCE:

        Miss Claire Bink Staff Member Present

        Mr Nick Esk Parent Member Absent Ms Yasmin Kit Parent Member Present

        Mr Paul Robb Head of School Present

        1. Welcome and Apologies for Absence
        """)
        #expect(document.attendance == ["Miss Claire Bink", "Ms Yasmin Kit", "Mr Paul Robb"])
    }
}

/// More shapes from held-out set 39: a ModernGov page's invitees under an item whose "Invitees:" label the copy lost, an
/// apologies item's people whose title it lost, people each with a dash before their body where some first names are
/// not known, a heading's weekday before its day. The names are invented.
@Suite struct InviteesAndDashedBodiesTests {
    /// "Education Services" / "Rhys Corn – Strategic Director …" / "Sarah Morg – Head of Education": those invited to the
    /// item, not items; "Cllr M Pim and Sally Ann Jen" (the apologies item's people) no item either.
    @Test func inviteesAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Performance Scrutiny Committee - People - Monday, 15th July, 2024 10.00 am

        No. Item



        Cllr M Pim and Sally Ann Jenk



        Declarations of Interest


        None.



        Service Area Plan End of Year Reports 2023-24 pdf icon PDF 146 KB


        Education Services


        Rhys Corn – Strategic Director for Transformation and Corporate

        Sarah Morg – Head of Education

        The Head of Education presented the report.
        """)
        #expect(document.items.map(\.title) == ["Declarations of Interest", "Service Area Plan End of Year Reports 2023-24"])
        #expect(MinutesReader.isPersonDashPost("Cllr D Davi – Cabinet Member for Education and Early Years"))
        #expect(!MinutesReader.isPersonDashPost("Children’s Services – Annual Report"))
        #expect(MinutesReader.namesPeopleOnly("Cllr M Pim and Sally Ann Jenk"))
        #expect(!MinutesReader.namesPeopleOnly("Declarations of Interest"))
    }

    /// "Terry Reyn (Chair) – Kirkton County Council Jerry Glaz - NUT Greta Tay - ESGA Chris Ben - ASESME …": once known first
    /// names settle it is such a list, two words of a name's shape before any dash are a person, and one before a comma and
    /// a post ("Jane Harg, Divisional Director – Education"); words of bodies, posts and areas of work are no one.
    @Test func peopleEachBeforeADashAndTheirBody() {
        #expect(RunTogetherPeople.dashedPeople(in: "Terry Reyn (Chair) – Kirkton County Council Jerry Glaz - NUT Greta Tay - ESGA Chris Ben - ASESME Linda Find – EPHA Mike Blan – EPHA Amanda Bent (notes) - Kirkton County Council")
            == ["Terry Reyn", "Jerry Glaz", "Greta Tay", "Chris Ben", "Linda Find", "Mike Blan", "Amanda Bent"])
        #expect(RunTogetherPeople.dashedPeople(in: "Jane Harg, Divisional Director – Education, Youth and Childcare Daksha Chau – Group Accountant - Finance Lee Medl – Principal Accountant Caroline Kenn – Alternative Provision – Kirkton Emma Bell – Clerk")
            == ["Jane Harg", "Daksha Chau", "Lee Medl", "Caroline Kenn", "Emma Bell"])
        // Commas alone do not make such a list.
        #expect(RunTogetherPeople.dashedPeople(in: "Councillor Carole Patt, Elaine McSh, Service Director - Family Support, Sara Mile, Head of Service – Resources") == nil)
    }

    /// "Minutes of the Schools’ Partnership Board Meeting Wednesday 21 July 2010": the weekday says the day is the meeting's.
    @Test func aBodysMeetingOnAWeekday() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Schools’ Partnership Board Meeting Wednesday 21 July 2010

        In attendance: Ann Lee, Tom Hart

        1. Minutes of last meeting
        """)
        #expect(document.committee == "Schools’ Partnership Board")
        #expect(document.meetingDate == CalendarDate(year: 2010, month: 7, day: 21))
    }
}

/// Who attended, from held-out set 39: co-opted members each with a title and a post under the list a blank line closed,
/// a substitute named after the member who sent apologies, a body that ratified. The names are invented.
@Suite struct CoOptedMembersAndSubstitutesTests {
    @Test func coOptedMembersUnderTheList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education & Children Scrutiny Committee

        Thursday, 21st December, 2017

        PRESENT: Councillor D. Pryce [Chair]

        L.R. Bowe, K.V. Brome and D.T. Wills

        Mrs V. Kenn – Roman Catholic Church Representative

        Mrs J. Voyle-Wills – Church in Wales Representative

        Also in attendance:

        Councillor G. Davy, Executive Board Member for Education & Children

        1. APOLOGIES FOR ABSENCE
        """)
        #expect(document.attendance.contains("Mrs V. Kenn"))
        #expect(document.attendance.contains("Mrs J. Voyle-Wills"))
        #expect(!document.attendance.contains { $0.contains("Representative") })
    }

    @Test func aSubstituteAfterTheMemberWhoSentApologies() {
        #expect(NameList.substitutes(in: "Apologies for absence were received from Councillor Mike Butch, Councillor Sheri-Ann Bim attended as a substitute.")
            == ["Sheri-Ann Bim"])
        #expect(NameList.namesAfterFrom(in: "Apologies for absence were received from Councillor Mike Butch, Councillor Sheri-Ann Bim attended as a substitute.")
            == ["Mike Butch"])
    }

    @Test func aSubstituteNotedInASentence() async throws {
        #expect(NameList.substitutes(in: "It was noted that Councillor Paul Dimo was substituting for Councillor Aicha Les.") == ["Paul Dimo"])
        // ("45.1 Councillor Kemm attended as substitute for Councillor Alfo.": held-out set 58, the name invented.)
        #expect(NameList.substitutes(in: "Councillor Kemm attended as substitute for Councillor Alfo.") == ["Kemm"])
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Children Scrutiny Committee held on 17 October 2016

        1. Membership

        1.1 It was noted that Councillor Paul Dimo was substituting for Councillor Aicha Les.
        """)
        #expect(document.attendance == ["Paul Dimo"])
    }

    @Test func aBodyThatRatified() {
        #expect(LinePatterns.bodyDecided("The Board ratified the annual accounts for 2019/20.") == "APPROVED")
        // "noted the …" is left (labels differ on it).
        #expect(LinePatterns.bodyDecided("The Board noted the paper.") == nil)
    }
}

/// An agenda from held-out set 39: each item's number alone on its line, the apologies item with no one under it, the
/// minutes item proposing that the last minutes be confirmed. The names are invented.
@Suite struct AgendaNumbersAloneTests {
    @Test func theNextNumberEndsAnEmptyApologiesItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda

        Family Services Scrutiny Committee - Thursday, 7th October, 2021 10.00 am

        Items
        No. Item

        1.

        APOLOGIES FOR ABSENCE

        2.

        MINUTES pdf icon PDF 306 KB

        Minutes of the Family Services Scrutiny Committee held on Thursday 2 September 2021, as circulated, to be confirmed as a true record and signed by the Chair.

        3.

        DISCLOSURE OF MEMBERS' INTERESTS

        Members are required to disclose any interest.
        """)
        #expect(document.items.map(\.title) == ["APOLOGIES FOR ABSENCE", "MINUTES", "DISCLOSURE OF MEMBERS' INTERESTS"])
        #expect(document.apologies.isEmpty)
        #expect(ImportHelpers.allBlocks(document).allSatisfy { $0.kind != .resolution })
    }

    @Test func anAgendasProposalIsNoDecision() {
        #expect(!UnlabelledResolution.isResolutionWording("Minutes of the Panel held on 2 September 2021, as circulated, to be confirmed as a true record."))
        #expect(UnlabelledResolution.isResolutionWording("The minutes of the meeting held on 2 September 2021 were confirmed as a true record."))
    }

    /// "Concluded that …": a select committee's decision, in the decision column of its minutes.
    @Test func concludedThatIsADecision() {
        #expect(UnlabelledResolution.isResolutionWording("Concluded that the report be circulated to Members for final comments."))
        #expect(!UnlabelledResolution.isResolutionWording("Concluded the meeting at 7pm with thanks."))
    }
}

/// A Scottish council's minute from held-out set 41, flattened onto one line: the council's name before "MINUTE of
/// Meeting of …", labels with a dash ("Present:- … Also Present:- … Apologies:- … In Attendance:- …"), posts with the
/// person in brackets, a bracket parted from its person by a comma, people welcomed by surname who are listed. The names
/// are invented.
@Suite struct ScottishMinuteFlattenedTests {
    @Test func aFlattenedMinuteWithDashedLabels() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON BORDERS COUNCIL EXECUTIVE COMMITTEE MINUTE of Meeting of the EXECUTIVE COMMITTEE held in the Council Chamber, Council Headquarters, Kirkton, TD6 0SA on Tuesday, 3 November, 2015 at 10.00 am Present:- Councillors S Aitken (Chairman – Education Business), D Parr, (Chairman – Other Business), C Bhat, M J Cooke (from para.2.1), G Edge. Also Present:- Councillors I Gill, G Logue. Apologies:- Councillors J Browne, V Davis. In Attendance:- Depute Chief Executive (People), Service Director Children & Young People, Funding & Project Officer, Democratic Services Officer (J Turner). EDUCATION BUSINESS Present:- Mrs J Aitken, Mr J Walsh Apologies:- Mr G Donal, Ms A Ferr. 1. CHAIRMAN Councillor Aitken chaired the meeting for consideration of the Education Business. He welcomed Mrs Aitken and Mr Walsh to this section of the meeting. Cllr Cooke joined the meeting during the following item. 2. HOBKIRK PRIMARY SCHOOL 2.1 There had been circulated copies of a report by the Service Director proposing changes to the status of the school.
        """)
        #expect(document.committee == "EXECUTIVE COMMITTEE")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 11, day: 3))
        #expect(document.venue == "Council Chamber, Council Headquarters, Kirkton, TD6 0SA")
        #expect(document.items.map(\.title) == ["CHAIRMAN", "HOBKIRK PRIMARY SCHOOL"])
        #expect(document.attendance.contains("J Turner"))
        #expect(document.attendance.contains("Mrs J Aitken"))
        #expect(!document.attendance.contains { $0.hasPrefix("(") || ["Aitken", "Cooke", "Young People", "Funding"].contains($0) })
        #expect(document.apologies.contains("Ms A Ferr"))
    }

    @Test func aPostWithItsPersonInBrackets() {
        #expect(NameList.personInBracketAfterPost("Democratic Services Officer (J Turner)") == "J Turner")
        #expect(NameList.personInBracketAfterPost("Depute Chief Executive (People)") == nil)
        #expect(NameList.personInBracketAfterPost("S Aitken (Chairman – Education Business)") == nil)
    }

    @Test func twentyFourHourTimeIsNoPlace() {
        #expect(PageLayout.venueAfterDate(" AT 1000 HOURS IN THE MEETING ROOM, COUNCIL HEADQUARTERS") == "MEETING ROOM, COUNCIL HEADQUARTERS")
    }
}

/// A COINS agenda from held-out set 41: numbers run into titles, the first row unnumbered, one number lost, each row's
/// "View Papers" link. The titles are invented.
@Suite struct COINSAgendaRowsTests {
    @Test func numbersRunIntoTitles() {
        let numbering = ItemNumbering()
        #expect(ItemHeader.unspacedNumber("2Declarations of interest", under: numbering)?.rest == "Declarations of interest")
        #expect(ItemHeader.unspacedNumber("4Rolling Action Log  View Papers", under: numbering) == nil)
        #expect(ItemHeader.unspacedNumber("3Rivers", under: numbering) == nil)
    }

    @Test func anAgendaOfRowsWithNumbersRunIn() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Education Executive Agenda - 29 May 2018, 09:30 Help

        A meeting to be held at Committee Suite, Municipal Buildings, Kirkton at 09:30 on 29 May 2018.

        Number Item
        Record of Votes View Papers
        2Declarations of interest

        Members should declare any interests they have in any item of business.

        Minute of Meeting of the Education Executive held on 10 April 2018.
         View Papers
        4Rolling Action Log  View Papers
        5Education Executive Membership

        Report by the Director of Corporate Services.
         View Papers
        """)
        #expect(document.items.map(\.number) == ["2", "4", "5"])
        #expect(document.items.map(\.title) == ["Declarations of interest", "Rolling Action Log", "Education Executive Membership"])
    }
}

/// A ModernGov "Agenda and minutes" page from held-out set 41 rendered with "Additional documents:" under every item's
/// title and no numbers: the declarations table's rows are no items; "Councillor T Lon here took the Chair". The names
/// are invented.
@Suite struct AdditionalDocumentsRenderingTests {
    @Test func declarationsRowsAreNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Children's Services Scrutiny Panel - Monday, 23rd September, 2019 10.00 am

        Venue: Room 10

        No. Item


        Appointment of Chairman

        Additional documents:


        *           Resolved that Councillor T Lon be appointed as Chairman for this meeting of the Panel.


        Councillor T Lon here took the Chair.


        Apologies for Absence

        Additional documents:


        It was reported that there were no apologies for absence.


        Declarations of Interests from Members

        Additional documents:



        Child and Adolescent Mental Health Service (CAHMS)

        Councillor C Pres

        Declared a Personal Non- Pecuniary Interest



        Scrutiny Review of the Focussed Visit pdf icon PDF 49 KB

        ·         Sarah Obi, Strategic Director, has been invited to the meeting

        Additional documents:


        A report was presented to the Panel.
        """)
        #expect(document.items.map(\.title) == ["Appointment of Chairman", "Apologies for Absence", "Declarations of Interests from Members",
                                                "Scrutiny Review of the Focussed Visit"])
        #expect(document.attendance.contains("T Lon"))
    }
}

/// A ModernGov item's minutes from held-out set 41: apologies from members, then from officers, then for lateness; those
/// who connected virtually. The names are invented.
@Suite struct ApologiesListsInTurnTests {
    @Test func membersThenOfficersThenLateness() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Scrutiny Commission held on 14 September 2023

        1.

        Apologies for Absence

        Minutes:

        1.1 Apologies for absence were received from the following members of the Commission:

        ·  Cllr Lee Laud.

         

        Apologies for absence were received from the following officers:

        ·  Jacquie Burk, Group Director for Children & Education;

        ·  Paul Sen, Director of Education.

         

        Apologies for lateness were received from:

        ·  Deputy Mayor Bram.

         

        1.2  The following members connected virtually:

        ·  Cllr Anya Size;

        ·  Jo Macl - (Co-opted Member).

        2.

        Declarations of Interest
        """)
        #expect(document.apologies == ["Lee Laud", "Jacquie Burk", "Paul Sen"])
        #expect(document.attendance == ["Anya Size", "Jo Macl"])
        #expect(!NameList.introducesApologies("Apologies for lateness were received from:"))
        #expect(NameList.introducesAttendance("1.2  The following members connected virtually:"))
    }
}

/// A CMIS minute's officers from held-out set 41: a semicolon's group of people each with a post, the service after them.
@Suite struct OfficersWithPostsInGroupsTests {
    @Test func eachInitialledPersonOfAGroup() {
        #expect(NameList.names(in: "P Macl, Director of Children's Services; D Hawth, Head of Childcare and Criminal Justice, G McKin, Head of Service, M Dew, Acting Head of Service and A Conb, Education Manager (all Children's Services); and D Forb, Finance Manager and E Curr, Senior Committee Services Officer (both Finance & Resources).")
            == ["P Macl", "D Hawth", "G McKin", "M Dew", "A Conb", "D Forb", "E Curr"])
        // Titled people among them may be people too: the group is read as before, not cut down to its initialled people.
        #expect(NameList.names(in: "Cllr Mrs M Rigg (Chairman), Cllr Brown (vice Councillor Mrs Norton), M Cherr, Chair; P Sell (CESC)").first
            == "Mrs M Rigg (Chairman)")
        #expect(NameList.couldBeSomeone("Cllr Brown (vice Councillor Mrs Norton)"))
        #expect(!NameList.couldBeSomeone("Head of Childcare and Criminal Justice"))
    }
}

/// A Scottish committee's minute from held-out set 41: "CHAIR: Councillor X, Chair." after the apologies, X among those
/// present. The names are invented.
@Suite struct ChairAfterApologiesTests {
    @Test func whoeverChairedCameAndIsListedOnce() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        EDUCATION COMMITTEE

        MINUTES OF MEETING HELD ON TUESDAY 16 SEPTEMBER 2003 AT 1000 HOURS IN THE MEETING ROOM

        PRESENT: Councillors Tommy Farr, Jim Neil and Stephanie Yung.
        APOLOGIES: Councillor Maureen McKa and Provost Jane Darn.
        CHAIR: Councillor Tommy Farr, Chair.

        BUDGET 1. There was submitted a report.
        """)
        #expect(document.apologies == ["Maureen McKa", "Jane Darn"])
        #expect(document.attendance.filter { $0.hasSuffix("Tommy Farr") }.count == 1)
    }
}
