import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Lists of people printed group by group, each group's heading and its people on one line, with blank lines
/// between ("LEA Members : …" / "School Groups : …"), as held-out set 25's school organisation committee prints its
/// apologies. The names are invented.
@Suite struct GroupedListsTests {
    @Test func everyGroupOfTheApologiesIsRead() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF A MEETING OF THE KIRKTON SCHOOL ORGANISATION COMMITTEE HELD AT COUNTY HALL ON TUESDAY, 27 NOVEMBER 2001

        Present :

        LEA Members :

        Mrs B D Cloud, Mr C R Hanley

        Apologies :

        LEA Members : Mr G S Kendry, Mr J F Howard

        School Groups : Mrs C Tarran

        C of E Diocese : Mrs A Bradford


        1. ELECTION OF CHAIRMAN

        RESOLVED :
        THAT Mrs B D Cloud be elected Chairman.
        """)
        #expect(document.attendance == ["Mrs B D Cloud", "Mr C R Hanley"])
        #expect(document.apologies == ["Mr G S Kendry", "Mr J F Howard", "Mrs C Tarran", "Mrs A Bradford"])
        #expect(document.items.map(\.title) == ["ELECTION OF CHAIRMAN"])
    }

    /// After the list, a labelled line that is no group of people ("Venue : …"), or a group heading over words that
    /// name no one, is read as before: no one added.
    @Test func aLabelOrAHeadingOverNoOneAddsNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF A MEETING OF THE KIRKTON SCHOOL ORGANISATION COMMITTEE HELD ON TUESDAY, 27 NOVEMBER 2001

        Apologies :

        LEA Members : Mr G S Kendry, Mr J F Howard

        Venue : Council Chamber, County Hall

        School Places : planning for next year


        1. ELECTION OF CHAIRMAN
        """)
        #expect(document.apologies == ["Mr G S Kendry", "Mr J F Howard"])
        #expect(document.attendance.isEmpty)
    }
}

/// A list of those present printed in two columns kept apart by runs of spaces, and a sentence right under a list
/// of one person a line, as held-out set 26's education board prints them. The names are invented.
@Suite struct ColumnedListsTests {
    static let page = """
    A meeting of the Kirkton Education and Library Board was held in the Boardroom, Omagh, on Thursday 9 October 2008 at 11.00 a.m.

    PRESENT: Mr R Hende (Chairman)
             Mr P Duff (Vice-Chairman)
             Councillor A Broll      Mrs F Brun
             Dr J Corn              Miss M Cunn
             Mrs R Foxe             Councillor S Galla

    IN ATTENDANCE: Mr B Mulla (Chief Executive)
                   Mr P Macke (Head of Teaching)
                   Mrs N Youn (Recorder)

               Mr Hende, outgoing Chairman, extended a welcome to Mr Gavin Boye,
               Chief Executive Designate, ESA and Mr John McGra, Deputy Secretary,
               DE, who were in attendance to update members on progress.
    """

    @Test func eachColumnIsAPerson() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.attendance.prefix(8) == ["Mr R Hende (Chairman)", "Mr P Duff (Vice-Chairman)", "A Broll", "Mrs F Brun", "Dr J Corn",
                                                  "Miss M Cunn", "Mrs R Foxe", "S Galla"])
    }

    @Test func aSentenceUnderTheListIsNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(Array(document.attendance.suffix(3)) == ["Mr B Mulla (Chief Executive)", "Mr P Macke (Head of Teaching)", "Mrs N Youn (Recorder)"])
    }

    @Test func aSentenceIsToldFromAList() {
        #expect(NameList.readsAsSentence("Mr Hende, outgoing Chairman, extended a welcome to Mr Gavin Boye,"))
        #expect(NameList.readsAsSentence("Councillor Jane Smith was absent"))
        #expect(!NameList.readsAsSentence("Mrs N Youn (Recorder), Mr B Mulla (attended for item 3)"))
        #expect(!NameList.readsAsSentence("Councillor A Broll, Mrs F Brun"))
    }

    /// Words spread over a line are no columns of people: "Item 4      Budget      2024/25" names no one.
    @Test func columnsThatNameNoOneAreNoPeople() {
        #expect(NameList.peopleInColumns(["Item 4", "Budget", "2024/25"]) == nil)
        #expect(NameList.peopleInColumns(["Councillor A Broll"]) == nil)
        #expect(SourceLine.columns("   Councillor A Broll      Mrs F Brun") == ["Councillor A Broll", "Mrs F Brun"])
        #expect(SourceLine.columns("Councillor A Broll, Mrs F Brun") == nil)
    }
}

/// ModernGov's minutes copied from their table, as held-out set 26's SACRE prints them: the committee and the day on the
/// first two lines, each item's number run into its title ("1Apologies for Absence"), the first group of those present
/// on the label's line ("PRESENT: Councillors: …"), and an apology for lateness, which names someone who came. The
/// names are invented.
@Suite struct RunTogetherItemNumbersTests {
    static let page = """
    Standing Advisory Council on Religious Education
    Tuesday 19 June 2012 6.00 pm



    19 JUNE 2012

    PRESENT: Councillors: Councillor Nora Aird and Councillor Dee Quill.
    Other Members: Mike Gamm (Chairman) (Baha’i Community), Dal Attw (NAHT Representative), Saira Ahme (Islamic Trust),

    Officers in attendance: Laura Blum and Jo Fagg.

    1Apologies for Absence & Declarations of Interest
    Apologies for Absence were received from Kate Grund (Altwood School) and Nick Lowry (Baptist Church).

    Apology for Lateness was received from Mike Gamm (Chairman) (Baha’i Community).

    There were no Declarations of Interest.
    2Minutes of the previous meeting
    Members approved the minutes of the previous meeting held on 21 February 2012.
    3Matters Arising
    Contact details for places of worship were discussed and two were added: Sikh Temple at 31 Ruthin Road.
    """

    @Test func theCommitteeTheDayAndTheItems() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.committee == "Standing Advisory Council on Religious Education")
        #expect(document.meetingDate == CalendarDate(year: 2012, month: 6, day: 19))
        #expect(document.items.map(\.number) == ["1", "2", "3"])
        #expect(document.items.map(\.title) == ["Apologies for Absence & Declarations of Interest", "Minutes of the previous meeting", "Matters Arising"])
    }

    @Test func thePeople() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.attendance.prefix(2).map(NameList.personKey) == ["Nora Aird", "Dee Quill"].map(NameList.personKey))
        #expect(document.attendance.contains { $0.hasPrefix("Mike Gamm") })
        #expect(document.apologies == ["Kate Grund (Altwood School)", "Nick Lowry (Baptist Church)"])
    }

    @Test func aHouseNumberCountsNothing() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(!document.facts.contains { $0.value == 31 })
        #expect(FactExtractor.facts(in: "The group visited 31 schools in May.", line: nil).contains { $0.value == 31 })
    }

    /// A number run into a word is an item only as the next in sequence (or the one after: a row may print none), before
    /// a title: "4Children" in prose is none.
    @Test func onlyTheNextNumberBeforeATitle() {
        var numbering = ItemNumbering()
        #expect(ItemHeader.unspacedNumber("1Apologies for Absence", under: numbering)?.value == 1)
        #expect(ItemHeader.unspacedNumber("2Apologies for Absence", under: numbering)?.value == 2)
        #expect(ItemHeader.unspacedNumber("3Apologies for Absence", under: numbering) == nil)
        #expect(ItemHeader.unspacedNumber("1Children", under: numbering) == nil)
        numbering.advance(to: "1", numberAlone: false)
        #expect(ItemHeader.unspacedNumber("2Minutes of the previous meeting", under: numbering)?.value == 2)
        #expect(ItemHeader.unspacedNumber("4Children said the funding was cut.", under: numbering) == nil)
    }
}

/// Apologies given with each person's post, the posts holding "and" and commas of their own, as held-out set 26's
/// corporate parenting board words them. The names are invented.
@Suite struct PostsAmongApologiesTests {
    @Test func thePostsEndsAreNoOne() {
        let sentence = "Apologies were received from Councillor Carol Patt, Elaine McSh, Service Director - Family Support and Child "
            + "Protection, Sara Mile, Head of Service – Resources, Improvement and Partnership, Christine Carm- Kirkton Fostering "
            + "Network and Farah Muni – Care leaver Representative."
        #expect(NameList.namesAfterFrom(in: sentence) == ["Carol Patt", "Elaine McSh", "Sara Mile", "Christine Carm", "Farah Muni"])
    }

    /// A person whose name holds no such word is kept: "Sarah Child", "Councillor Care".
    @Test func aSurnameThatIsAlsoAWordStays() {
        #expect(!NameList.namesAnAreaOfWork("Sarah Child"))
        #expect(!NameList.namesAnAreaOfWork("Councillor Care"))
        #expect(NameList.namesAnAreaOfWork("Quality Assurance"))
        #expect(NameList.names(in: "Sarah Child, Tom Hope and Quality Assurance") == ["Sarah Child", "Tom Hope"])
    }
}

/// Lists of those present whose heading a copy lost, as held-out set 26 prints them: a table of people beside the area
/// they come from (columns kept apart by spaces, titles with full stops), and rows of "Name, post, body" followed, after a
/// blank line, by a second block of such rows (the apologies, their heading lost too). The names are invented.
@Suite struct ListsWithoutHeadingsTests {
    @Test func aTableOfPeopleBesideTheirAreas() async throws {
        let (document, _) = try await ImportHelpers.importText("""
                         KIRKTON PANEL CHAIRMAN’S GROUP

             Minutes of the meeting of the Kirkton Panel Chairmen’s Group held on Friday 29th
                February 2008 in Committee Room 3, Victoria Quay, Edinburgh at 10.30am.


                Mrs. C. Leit                       Aberdeenshire
                Mr. C. Robb                        Angus
                Mrs. J. Ferg                       Argyll & Bute
                Mr. D. Stalk                       North Ayrshire

        In attendance were John Ander (Depute from Kirkton), Shona Mayo and Eleanor
        Manso from the Scottish Government.

        1.       APOLOGIES
        """)
        #expect(document.attendance == ["Mrs. C. Leit", "Mr. C. Robb", "Mrs. J. Ferg", "Mr. D. Stalk", "John Ander (Depute from Kirkton)",
                                        "Shona Mayo", "Eleanor Manso"])
        #expect(document.apologies.isEmpty)
    }

    @Test func rowsOfNamePostAndBodyThenAnUnheadedBlock() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Start Well Board Minutes - Kirkton Partnership

        Start Well Board Minutes
                               13 March 2019 – 10.30am to 12.30pm

           Kirkton County Cricket Club, The Press Lounge, Players and Media Centre

        Cllr Jane Baug (Chair), Executive Member for Children's services, Kirkton Council
        Helen Goll, Consultant in Public Health, Kirkton Council
        Cathy Roon, Director of Children’s Services, Kirkton Council
        Anita Kier, Mental Health and LD Commissioning, Kirkton CCG
        Ann Dayo, Healthwatch Kirkton

        Jane Keef, Senior Business Change Manager, Kirkton Council
        Margaret Jame, Senior Support Tutor , Kirkton College
        Dan Jerr, Green Party Councillor for Altrincham
        """)
        #expect(document.attendance.map(NameList.personKey) == ["Jane Baug (Chair)", "Helen Goll", "Cathy Roon", "Anita Kier", "Ann Dayo"].map(NameList.personKey))
        #expect(document.apologies.isEmpty)
    }

    @Test func fromInsideBracketsNamesNoSender() {
        #expect(NameList.namesAfterFrom(in: "Present were John Ander (Depute from Kirkton), Shona Mayo") == nil)
        #expect(NameList.namesAfterFrom(in: "Apologies were received from Jo Bell (Kirkton) and Sam Ray.") == ["Jo Bell (Kirkton)", "Sam Ray"])
    }
}

/// A board's summary whose members' heading a copy lost, as held-out set 26's education department prints it: the
/// members as bullets under the venue, then "In attendance:" over the others, each with the items they came for. The
/// names are invented.
@Suite struct MembersBeforeOthersAttendingTests {
    static let page = """
    Summary of KD Board Meeting - 22 November 2018


    Thursday 22 November 2018

    New Building Conference Room, Kirkton House


      • Derek Bake (Chair)
      • Noelle Buic
      • Fiona Hepp
      • Sarah Wils (NICS HR)

    In attendance:

      • Bryan Lave (Board Secretary)
      • Dr Evelyn Coll & Jacqui McKe – Item 3
      • Ricky Irwi – Items 3 & 4
      • Neil Palm & Anne Glen - Observers

    Presentation from Equality Commission Chief Executive Dr Evelyn Coll

    Dr Coll’s presentation focussed on the equality duties.
    """

    @Test func theMembersAndTheOthers() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.committee == "KD Board")
        #expect(document.meetingDate == CalendarDate(year: 2018, month: 11, day: 22))
        #expect(document.attendance == ["Derek Bake (Chair)", "Noelle Buic", "Fiona Hepp", "Sarah Wils (NICS HR)", "Bryan Lave (Board Secretary)",
                                        "Dr Evelyn Coll", "Jacqui McKe", "Ricky Irwi", "Neil Palm", "Anne Glen"])
    }

    /// Without "In attendance:" after it, a bulleted list under no heading is left as it was read before: no one.
    @Test func withoutTheOthersLabelNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page.replacingOccurrences(of: "In attendance:", with: "Board papers:"))
        #expect(!document.attendance.contains("Derek Bake (Chair)"))
    }

    @Test func whatTheyCameFor() {
        #expect(NameList.saysWhatTheyCameFor("Items 3 & 4"))
        #expect(NameList.saysWhatTheyCameFor("for item 5"))
        #expect(NameList.saysWhatTheyCameFor("Observers"))
        #expect(!NameList.saysWhatTheyCameFor("Itemised budget"))
        #expect(!NameList.saysWhoSentOrCame("Presentation from Equality Commission Chief Executive Dr Evelyn Coll"))
        #expect(NameList.saysWhoSentOrCame("Apologies were received from Jo Bell"))
    }
}

/// Minutes a PDF copy ran onto one line, cut short after two items, as held-out set 26's trust board prints them: the
/// list of those attending ends where the first item opens ("… Council ) 1. APOLOGIES FOR ABSENCE …"), and the items
/// after it are parted. The names are invented.
@Suite struct FlattenedListsBeforeItemsTests {
    static let page = "Kirkton Board of Trustees Minutes of the meeting of the Board of Trustees held at Kirkton PRU Present: Mr I Dolb, "
        + "Mr T Flem, Mrs C Grah, Mr M Horn, Mr I Warm (Acting Chair), Mr J Will In Attendance: Ms L Sava (Chief Executive Officer "
        + "and Accounting Officer) Mr S Brad (Chief Finance Officer and Company Secretary) Mrs P Hedd (Headteacher Kirkton PRU) "
        + "(until 19:30) Ms C Lajo (Governance Advisor, City of Kirkton Council ) 1. APOLOGIES FOR ABSENCE AND DECLARATIONS OF "
        + "INTEREST Prior to the start of the meeting, Trustees had been given a tour of the site, for which Trustees thanked "
        + "Mrs T Hedd, the Headteacher, and noted that it had been very interesting. Apologies for absence were received, with "
        + "consent, from Mr A Penn (Chair of Trustees), Ms Sheena Powl, and Ms Mini Sett. There were no declarations of "
        + "interest. 2. KIRKTON PRESENTATION Previously distributed. Mrs T Hedd, Headteacher of Kirkton PRU, gave the "
        + "presentation on the school's work this year.\n"

    @Test func theListEndsWhereTheItemsOpen() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(document.attendance.suffix(4).map(NameList.personKey)
                == ["Ms L Sava", "Mr S Brad", "Mrs P Hedd", "Ms C Lajo"].map(NameList.personKey))
        #expect(!document.attendance.contains { $0.contains("APOLOGIES") || $0.contains("Trustees") })
        #expect(document.apologies.map(NameList.personKey) == ["Mr A Penn", "Ms Sheena Powl", "Ms Mini Sett"].map(NameList.personKey))
    }

    @Test func aTitleInCapitalsEndsAtTheFirstWordInSmallLetters() {
        let words = "1. APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST Prior to the start".split(separator: " ")
        #expect(FlattenedMinutes.titleEnd(in: words) == 8)
        let list: Substring = "In Attendance: Ms C Lajo (Adviser) 1. APOLOGIES FOR ABSENCE Prior to it. More."
        #expect(RunTogetherLabels.listEnd(in: list).map { String(list[..<$0]) } == "In Attendance: Ms C Lajo (Adviser) ")
    }
}

/// Pages with no heading of minutes that are still one meeting's, as held-out set 26 prints them: a youth council's agenda
/// (the body alone on the first line, its items numbered from 1 under it), and Word minutes whose table rows number the
/// items in cells of their own ("1. / Welcome and apologies"). The names are invented.
@Suite struct UnheadedMeetingsTests {
    @Test func aBodyOverItsNumberedItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Youth Council


          1. Opening
          2. Apologies
          3. Conflicts of interest
          4. Playground policy – Bec Rams to discuss the scoping of the playground policy
          5. General Business
            - Working group updates
          6. Closing of meeting
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Youth Council")
        #expect(document.meetingDate == nil)
        #expect(document.items.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        #expect(document.items.first?.title == "Opening")
    }

    /// A list of things under a heading that names no body is no agenda: "Our priorities" / "1. …" stays a page.
    @Test func aListUnderAnythingElseIsNoAgenda() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Our priorities

          1. Safe at home
          2. Learning well
          3. Healthy lives
        """)
        #expect(document.kind == .page)
        #expect(document.items.isEmpty)
    }

    @Test func wordMinutesTableRows() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Tina Newt (Group C) – in the Chair

        Item / Action
        1. / Welcome and apologies
        TN welcomed everyone to the meeting.
        Apologies were received from Councillor Kaufm and Jonathan Brow.
        2. / Membership Vacancies and New Membership
        TN reported that a new member would join Group C.
        3. / Minutes of meeting held on 10 March 2016
        The minutes were agreed as a true and accurate record of the meeting.
        """)
        #expect(document.kind == .meeting)
        #expect(document.items.map(\.title) == ["Welcome and apologies", "Membership Vacancies and New Membership",
                                                "Minutes of meeting held on 10 March 2016"])
        #expect(document.apologies.map(NameList.personKey) == ["Kaufm", "Jonathan Brow"].map(NameList.personKey))
    }
}

/// Shapes from held-out set 27: a schools forum's minutes headed "Schools Forum Minutes of Meeting on" with the day on
/// the next line, the people under it headed by the chair (initials in square brackets, who took the minutes after a
/// dash); a forum's groups run into their first person; a title glued to the given name. The names are invented.
@Suite struct ChairHeadedListsTests {
    @Test func theHeadingTheDayAndThePeople() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        School Name Liaison Meeting held site on Date of Meeting

        Schools Forum Minutes of Meeting on
        Thursday, 21st September 2006 @ 4.30pm
        Andrew Kenn (Chair) [AK]
        Terry Dani (Vice Chair) [TD]
        Andrew Boxh
        Dave Marr (DM)
        Steven Prag - minutes
        Councillor Debbie Shea
        Wimbledon College
        Aragon Primary School
        """)
        #expect(document.committee == "Schools Forum")
        #expect(document.meetingDate == CalendarDate(year: 2006, month: 9, day: 21))
        #expect(document.attendance.prefix(4).map(NameList.personKey) == ["Andrew Kenn", "Terry Dani", "Andrew Boxh", "Dave Marr"].map(NameList.personKey))
        #expect(!document.attendance.contains { $0.contains("College") || $0.contains("School") })
    }

    @Test func aGroupsHeadingRunIntoItsFirstPerson() {
        #expect(NameList.droppingGroupHeading("Primary School Representatives Elizabeth Chap (Joint Chair)") == "Elizabeth Chap (Joint Chair)")
        #expect(NameList.droppingGroupHeading("Minute Clerk Councillor Evelyn Carp") == "Councillor Evelyn Carp")
        #expect(NameList.droppingGroupHeading("Jane Members") == "Jane Members")
        #expect(NameList.ungluingTitle("MsYvonne Kell") == "Ms Yvonne Kell")
        #expect(NameList.ungluingTitle("Mrs Yvonne Kell") == "Mrs Yvonne Kell")
        #expect(NameList.ungluingTitle("Mrsmith Kell") == "Mrsmith Kell")
    }

    @Test func initialsInSquareBracketsAreNoPart() {
        #expect(NameList.people(inLine: "Terry Dani (Vice Chair) [TD]") == ["Terry Dani (Vice Chair)"])
    }
}

/// A governing board's register whose legend marks who did not come, as held-out set 27 prints it: "+" after those who
/// sent apologies, "*" after those absent. The names are invented.
@Suite struct RegisterMarksTests {
    static let page = """
    Minutes of the Governing Board Meeting held on
    Thursday, 2nd July, 2015, at 6.00 pm
    Present:
    Anna Wall (AW) – Chair
    Miren Beli (MB) +
    Con Bonn (CB) – Head teacher
    Sister Ellen Corb (EC) +
    Chuk Ekeo (CE) – Vice Chair*
    Gareth Foul (GF)
    *Denotes absence from the meeting
    +Denotes absence and apologies accepted
    1.1 The Chair opened the meeting.
    """

    @Test func markedMembersAreNotPresent() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page)
        #expect(!document.attendance.contains { $0.contains("Beli") || $0.contains("Corb") || $0.contains("Ekeo") })
        #expect(document.attendance.contains { $0.contains("Bonn") })
        #expect(document.apologies.map(NameList.personKey).contains(NameList.personKey("Miren Beli (MB)")))
    }

    @Test func theLegendIsRead() {
        let marks = RegisterMarks(SourceLine.split("*Denotes absence from the meeting\n+Denotes absence and apologies accepted"))
        #expect(marks.mark(ending: "Miren Beli (MB) +") == .apologies)
        #expect(marks.mark(ending: "Chuk Ekeo (CE) – Vice Chair*") == .absent)
        #expect(marks.mark(ending: "Gareth Foul (GF)") == nil)
        #expect(RegisterMarks(SourceLine.split("Gareth Foul (GF) +")).mark(ending: "Gareth Foul (GF) +") == nil)
    }

    @Test func aTitleAloneIsNoOne() {
        #expect(NameList.isTitleAlone("Sr."))
        #expect(NameList.isTitleAlone("Mrs"))
        #expect(!NameList.isTitleAlone("Sr Ellen Corb"))
        #expect(!NameList.isTitleAlone("Srinivas"))
    }
}

/// Headers from held-out set 27: the Senedd's "Concise Minutes - X Committee" with "Meeting Venue:", and a Word form's
/// header copied with its cells kept apart by spaces and its labels without colons, under a document site's lines, over
/// a table whose rows keep the item's number, title and minutes in cells of their own. The names are invented.
@Suite struct FormHeadersInColumnsTests {
    @Test func theSeneddsConciseMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Concise Minutes - Children, Young People and Education Committee

        Meeting Venue: Video Conference via Zoom

        Meeting date: Thursday, 26 November 2020
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children, Young People and Education Committee")
        #expect(document.meetingDate == CalendarDate(year: 2020, month: 11, day: 26))
        #expect(document.venue == "Video Conference via Zoom")
    }

    static let form = """
    Kirkton Children and Young People's Service

    Document Sample
    Kirkton Children and Young People's Service Powered By Docstoc
                                                                          Item 10.5

    Meeting           KIRKTON SAFEGUARDING CHILDREN’S BOARD               Venue      ROOM 2 SWDC
    Date              TUESDAY 9TH JUNE 2009                                Start Time 9.00AM    Finish Time 12.00NOON
    Present           C BAKE,     R BACKH,                   C BARS,         L CRABT,
                      G CURZ
    In Attendance     S DOHE

    No.                 Item                                                 Action
    1     Apologies                           •   B Jone                                        LC
    2     Matters Arising                     •   Website – budget to be set up for 2009-10.
    """

    @Test func aFormsHeaderInColumns() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.form)
        #expect(document.kind == .meeting)
        #expect(document.committee == "KIRKTON SAFEGUARDING CHILDREN’S BOARD")
        #expect(document.meetingDate == CalendarDate(year: 2009, month: 6, day: 9))
        #expect(document.venue == "ROOM 2 SWDC")
        #expect(document.items.map(\.title) == ["Apologies", "Matters Arising"])
    }

    @Test func onlyRowsThatOpenWithAHeaderLabelAreParted() {
        #expect(ColumnedHeaderLabels.labelledPairs(["Meeting", "KIRKTON BOARD", "Venue", "ROOM 2"])?.map(\.value) == ["KIRKTON BOARD", "ROOM 2"])
        #expect(ColumnedHeaderLabels.labelledPairs(["Present", "C BAKE,", "R BACKH"]) == nil)
        #expect(ColumnedHeaderLabels.labelledPairs(["Meeting", "Venue", "ROOM 2"]) == nil)
    }
}

/// "Following discussion it was RESOLVED:" with nothing it resolved after it (the next item's heading follows, or the copy
/// stops): no decision, which would be an empty one. The body's name is invented.
@Suite struct EmptyResolutionsTests {
    @Test func aMarkerWithNothingAfterItDecidesNothing() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Schools Forum held on 12 May 2021

        1. Budget Update

        Members discussed the schools budget.

        Following discussion it was RESOLVED:

        2. Any Other Business

        RESOLVED: That the next meeting be held in July.
        """)
        #expect(document.items.map(\.title) == ["Budget Update", "Any Other Business"])
        #expect(document.items[0].decisions.isEmpty)
        #expect(document.items[1].decisions.map(\.text) == ["RESOLVED: That the next meeting be held in July."])
    }
}

/// A parent council's notes from held-out set 27: "Apologies: A, B" then the first item as a bullet ("■ Introduction/Welcome"),
/// which is no one. The names are invented.
@Suite struct ItemHeadingsAfterListsTests {
    @Test func theFirstBulletedItemIsNoApology() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of meeting on Wednesday 18 November 2009
        Attendees: Audrey Rost, Anne Willi, Jeff McGh
        Apologies: Rachel Byrn, Vicky Carro
        ■ Introduction/Welcome
        Jeff thanked everyone for coming to the meeting.
        """)
        #expect(document.apologies == ["Rachel Byrn", "Vicky Carro"])
    }

    @Test func headingWordsAreNoName() {
        #expect(NameList.namesAnItemHeading("Introduction/Welcome"))
        #expect(NameList.namesAnItemHeading("Apologies and Declarations"))
        #expect(!NameList.namesAnItemHeading("Jeff Welcome"))
    }
}

/// A committee's minutes PDF copied with its running header, as held-out set 27 prints it: "X Committee: Item No" above
/// "Committee Minutes". The word "Committee" alone names no body; the header names it.
@Suite struct RunningHeaderBodiesTests {
    @Test func theBodyComesFromTheRunningHeader() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education, Children and Families Committee: Item No
        Education, Children and Families Committee: Item No
        Committee Minutes
        1 Minute
        Decision
        The minute of the meeting of the Committee of 9 November 2010 was approved as a correct record.
        """)
        #expect(document.committee == "Education, Children and Families Committee")
    }

    @Test func theWordAloneNamesNoBody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Committee Minutes
        1 Minute
        Decision
        The minute of the meeting of 9 November 2010 was approved as a correct record.
        """)
        #expect(document.committee == nil)
    }
}

/// A list of members by their surnames alone ends with a surname, not a given name waiting for its surname on the next line.
@Suite struct SurnameListsTests {
    @Test func theLastSurnameStaysInItsList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Cabinet held on 12 May 2021

        Present: Councillors Smith, Jones and Brown
        Apologies: Councillor White

        1. Minutes
        """)
        #expect(document.attendance == ["Smith", "Jones", "Brown"])
        #expect(document.apologies == ["White"])
    }

    @Test func aGivenNameAtTheEndOfTheTextIsKept() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Board held on 12 May 2021

        In attendance were John Ander (Depute from Kirkton), Shona Mayo and Eleanor
        """)
        #expect(document.attendance.contains("Eleanor"))
        #expect(document.attendance.contains("Shona Mayo"))
    }
}

/// A Scottish education committee's roll: its religious and other external members under a heading that says the
/// business they sit for, then the convener's line naming one already listed. Modelled on held-out set 44.
@Suite struct ExternalMembersForArticlesTests {
    @Test func externalMembersForArticlesAreAGroupAndTheChairsLineNamesNoOneNew() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        At a MEETING of the EDUCATION COMMITTEE held at Kirkton on 28th January, 2019.

        Present:-

        COUNCILLORS

        John ALEXANDER

        Stewart HUNTER

        External members for Articles I to VI

        Miss K MANDELL, Church of Scotland Representative

        Mr D BAXTER, Teacher Representative

        Councillor Stewart HUNTER Convener, in the Chair.

        The minute of meeting of this Committee of 10th December, 2018 was held as read.
        """)
        #expect(document.attendance == ["John ALEXANDER", "Stewart HUNTER", "Miss K MANDELL", "Mr D BAXTER"])
    }

    @Test func aChairsPostAfterANameAlreadyListedIsNoOneNew() {
        #expect(NameList.droppingPeopleNamedAgain(["Ann Example", "Ann Example Chair", "Bob Sample"]) == ["Ann Example", "Bob Sample"])
        #expect(NameList.droppingPeopleNamedAgain(["Ann Example Chair", "Bob Sample"]) == ["Ann Example Chair", "Bob Sample"])
        #expect(NameList.groupLabelValue("External members for Articles I to VI", requireColon: false) == "")
    }
}

/// A PDF copy that lost the space after each person's title ("Present:CouncillorsSHEENA WELSH", "MrBILL SIMPSON",
/// "CouncillorMargaret Thomson"), and the convener named again by surname. Modelled on held-out set 45.
@Suite struct GluedTitlesTests {
    @Test func titlesGluedToNamesArePartedAndTheConvenerIsNoOneNew() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON COUNCIL

        MINUTE of MEETING of the CHILDREN AND LEARNING COMMITTEE held in the Town Hall, Kirkton on Tuesday 8 November 2016 at 2.00pm.

        Present:CouncillorsANNE WELSH, LYNNE DEVON, COLIN BRAUN and PAUL VALENTINE.

        Church

        Representatives: MrBILL SIMMS.

        CouncillorWELSH, Convener, in the Chair.

        1. APOLOGIES

        An apology for absence was intimated on behalf of CouncillorMargaret Thomas with CouncillorCraig Fother substituting.
        """)
        #expect(document.attendance.prefix(4) == ["ANNE WELSH", "LYNNE DEVON", "COLIN BRAUN", "PAUL VALENTINE"])
        #expect(!document.attendance.contains("WELSH"))
        #expect(document.apologies.contains("Margaret Thomas"))
    }

    @Test func onlyATitleBeforeACapitalIsParted() {
        #expect(GluedLabels.ungluingTitles("Present:CouncillorsANNE WELSH and MrBILL SIMMS") == "Present:Councillors ANNE WELSH and Mr BILL SIMMS")
        #expect(GluedLabels.ungluingTitles("McDonald, Mrs Jones, MRI scans, Drummond, DrX") == nil)
    }
}
