import EvidenceModel
import EvidencePackCore
import Foundation
import MinutesTextImporter
import Testing

/// Page shapes met in a held-out check on council pages the reader had not seen (modelled on them, not
/// copied): each was read wrongly or not at all before.
@Suite struct HeldOutShapesTests {
    @Test func aMeetingMovedFromAnotherDayIsDatedByTheDayItIsHeld() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm

        Venue: Committee Room 3 - Council House

        Items
        No. Item

        39.

        Declarations of Interest

        Minutes:

        There were no disclosable pecuniary interests.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Cabinet")
        #expect(document.meetingDate?.iso8601 == "2018-10-02")
        #expect(document.venue == "Committee Room 3 - Council House")
    }

    /// A copy that opens inside the agenda table: the item approving the previous meeting's minutes is
    /// no page header, so nothing is taken from it (not its date, not a committee, not a venue).
    @Test func theItemApprovingThePreviousMinutesHeadsNothing() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Declarations of Interest To provide an opportunity for Members to declare any interests. Minutes: There were no declarations of interest. |
        Minutes of Previous Meeting To approve as a correct record the minutes of the previous meeting held on 3 June 2024. Minutes: RESOLVED:
        That the minutes of the meeting held on 3 June 2024 be agreed as a correct record. |
        """)
        #expect(document.committee == nil)
        #expect(document.meetingDate == nil)
        #expect(document.venue == nil)
    }

    @Test func aMinutesHeadingBetweenDashesNamesTheBodyAndTheDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        People Cabinet Member – Minutes – 7 March 2013

        The schools had been inspected under the Section 5 Ofsted inspection schedule.

        Resolved – That the Cabinet Member writes to the schools.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "People Cabinet Member")
        #expect(document.meetingDate?.iso8601 == "2013-03-07")
    }

    /// A decision page copied from below its heading is a decision, not a report; its decision maker, a
    /// body that meets, is the committee, and "Decided at meeting" dates it.
    @Test func aDecisionPageWithoutItsHeading() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision Maker: Cabinet
        Decision status: Recommendations Approved
        Is Key decision?: No
        Is subject to call in?: Yes
        Report seeking approval to consult with the public on proposals for Early Help.
        Report author: A Officer
        Publication date: 01/02/2024
        Date of decision: 01/02/2024
        Decided at meeting: 01/02/2024 - Cabinet
        """)
        #expect(document.kind == .decision)
        #expect(document.committee == "Cabinet")
        #expect(document.meetingDate?.iso8601 == "2024-02-01")
        #expect(document.title == nil)
    }

    /// "16 Children and Families - Performance PDF 305 KB": the size is the title's link, not its words.
    @Test func anItemHeadingWithItsSize() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        16 Children and Families - Performance PDF 305 KB
        Report of the Director, Legal and Governance.
        Minutes:
        The Panel considered the report.
        """)
        #expect(document.title == "Children and Families - Performance")
        #expect(document.itemNumber == "16")
        let link = try #require(document.items.first?.links.first)
        #expect(link.title == "Children and Families - Performance")
        #expect(link.sizeText == "305 KB" && link.format == "PDF")
    }

    /// County councillors and aldermen are titles, as councillors are: the people are the names after them.
    @Test func countyCouncillorsAndAldermenAreTitles() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Apologies
        Minutes:
        Apologies were noted from County Councillors Case, Leadbetter and Taylor and Paul Armitage.
        Apologies were received from Simon Duckworth, Alderman Alastair King and Ian Seaton.
        """)
        #expect(document.apologies == ["Case", "Leadbetter", "Taylor", "Paul Armitage", "Simon Duckworth", "Alastair King", "Ian Seaton"])
    }

    /// An agenda table copied without its "No. | Item |" header, its rows ending " |" (some over several
    /// lines): each row is an item, its agenda text and its minutes apart, and the apologies row's names are
    /// those after "received from", not the agenda's "from Members".
    @Test func agendaRowsWithoutTheirHeader() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Apologies for Absence To note any apologies for absence from Members. Minutes: Apologies for absence were received from Cllrs R Bailey, S Bennett-Wake and N Cook. Cllrs L Wardlaw and A Burton attended as substitutes. |
        Declarations of Interest To provide an opportunity for Members to declare any interests. Minutes: There were no declarations of interest. |
        Minutes of Previous Meeting To approve as a correct record the minutes of the previous meeting held on 3 June 2024. Minutes: RESOLVED:
        That the minutes of the meeting held on 3 June 2024 be agreed as a correct record. |
        Fostering Annual Report To consider the annual report of the fostering service. Minutes: The committee received the report. |
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate == nil)
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Declarations of Interest", "Minutes of Previous Meeting", "Fostering Annual Report"])
        #expect(document.items.first?.description.map(\.text) == ["To note any apologies for absence from Members."])
        #expect(document.items[1].minutes.map(\.text) == ["There were no declarations of interest."])
        #expect(document.items[2].decisions.map(\.text) == ["RESOLVED: That the minutes of the meeting held on 3 June 2024 be agreed as a correct record."])
        #expect(document.apologies == ["R Bailey", "S Bennett-Wake", "N Cook"])
    }

    /// Apologies "submitted on behalf of" people, on the line after the label.
    @Test func apologiesSubmittedOnBehalfOfPeople() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Corporate Parenting Board Minutes
        Apologies for absence:
        were submitted on behalf of Councillor J Sharrocks and Councillor B Thompson
        Declarations of interest:
        None.
        """)
        #expect(document.apologies == ["J Sharrocks", "B Thompson"])
    }

    /// A number word counts plurals without an "s" ("seven children", "three young people"); a share
    /// whose clause opens with a pronoun and its verb is given no subject, so it is not stated of anything.
    @Test func irregularPluralsAndPronounClauses() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Performance
        Minutes:
        There were seven children in care known to the youth justice service.
        Three young people had returned home.
        In relation to placement moves in a year, this remained similar to the previous year at 9.3%.
        This cohort rose to 45% by March.
        """)
        let facts = document.facts.map { "\($0.kind.rawValue) \($0.value) \($0.subject)" }
        #expect(facts.contains("count 7.0 children in care known"))
        #expect(facts.contains { $0.hasPrefix("count 3.0 young people") })
        #expect(!document.facts.contains { $0.value == 9.3 })
        #expect(document.facts.contains { $0.kind == .percent && $0.value == 45 && $0.subject.contains("cohort") })
    }

    /// An apologies sentence ends its list: the table heading after it is nobody.
    @Test func anApologiesSentenceEndsTheList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children and Young People Select Committee
        Apologies for absence:
        were submitted on behalf of Councillors David Coleman, Maurice Frankland.
        Item Description Decision
        Public
        """)
        #expect(document.apologies == ["David Coleman", "Maurice Frankland"])
    }

    /// Groups said to be present are attendance; a role cut to its first letter, or a body after a
    /// person's name, is no one; a roll call under a group heading is no agenda item.
    @Test func attendanceGroupsAndTheirRoles() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agendas, reports and minutes

        Education Committee

        Date: Thursday, 27 February 2020

        Present:

        Mr J Finlayson (Chair), Mrs I Campbell, Mr L Fraser

        Religious Representatives:

        Ms S Lamont, Mr W Skene

        Non-Members also present:

        Mr R Balfour, Mrs G Campbell-Sinclair

        In attendance:

        Ms J Douglas, Care and Learning Alliance (Third Sector)
        Miss M Murray, Committee Administrator, Chief Executive’s Office
        Mrs S Lundberg, D
        """)
        #expect(document.committee == "Education Committee")
        #expect(document.meetingDate?.iso8601 == "2020-02-27")
        #expect(document.items.isEmpty)
        for person in ["Ms S Lamont", "Mr W Skene", "Mr R Balfour", "Mrs G Campbell-Sinclair", "Ms J Douglas", "Miss M Murray", "Mrs S Lundberg"] {
            #expect(document.attendance.contains(person), "\(person)")
        }
        for fragment in ["Care", "Learning Alliance (Third Sector)", "Committee Administrator", "Chief Executive’s Office", "D"] {
            #expect(!document.attendance.contains(fragment), "\(fragment)")
        }
    }

    /// In an agenda without numbers, a line saying what happened is minutes, not an item, and the next
    /// title still starts an item though the line has no full stop.
    @Test func aStatementIsNoUnnumberedItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Corporate Parenting Board - Thursday, 9th June, 2022 10.00 am

        Venue: Committee Room 1

        Items
        No. Item

        Declarations of Interest

        To disclose any pecuniary interests.

        There were no declarations of interest

        Minutes of previous meeting pdf icon PDF 158 KB

        To confirm the minutes of the meeting held on Thursday 10th March 2022.
        """)
        #expect(document.items.map(\.title) == ["Declarations of Interest", "Minutes of previous meeting"])
    }

    /// "Reasons:" after a decision heads the reasons for it: they are no resolutions.
    @Test func reasonsAfterADecisionAreNoResolutions() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        8 Ofsted Update Report PDF 161 KB
        Minutes:
        This report provided the Cabinet with a progress update.
        Decision:
        The Cabinet noted the content of this report.
        Reasons:
        To formally notify the Cabinet of the progress made.
        """)
        // "Decision:" is the item's label, not the page's heading: nothing above it is lost.
        #expect(document.kind == .agendaItem && document.title == "Ofsted Update Report")
        let item = try #require(document.items.first)
        #expect(item.minutes.first?.text == "This report provided the Cabinet with a progress update.")
        #expect(item.decisions.filter { $0.kind == .resolution }.map(\.text) == ["The Cabinet noted the content of this report."])
        #expect(item.decisions.count == 1)
        #expect(item.minutes.contains { $0.kind == .heading && $0.text == "Reasons" })
        #expect(item.minutes.last?.text == "To formally notify the Cabinet of the progress made.")
    }

    /// Copies cut mid-word or mid-point say so; complete short closing lines do not.
    @Test(arguments: [
        ("The Board noted the report.\nPositive pr", true),
        ("The Cabinet Member agreed to:\n(a) note the report;\n(d) endorse", true),
        ("The Panel noted:\n· the figures for the quarter;\n·", true),
        ("The Board noted the report.\nAppendices", false),
        ("The Board noted the report.\nN/A", false),
        ("The Board noted the report.\n(a) Appendix 1", false),
    ] as [(String, Bool)])
    func cutCopiesSaySo(text: String, truncated: Bool) async throws {
        let (_, diagnostics) = try await ImportHelpers.importText("Agenda item\nQuarterly report\nMinutes:\n" + text + "\n")
        #expect(diagnostics.contains { $0.code == "minutes.truncated" } == truncated, "\(text)")
    }

    /// A "PRESENT" list in groups, each under a label of its own ("School members:", "Observers:"),
    /// one a role with one person ("School Governor Services Clerk:"); apologies in groups too, after a
    /// sentence that stops at "from: -", with "None" for a group without any.
    @Test func peopleListedInGroups() async throws {
        let (document, _) = try await ImportHelpers.importText("""
                                          Schools Forum
                                   Minutes of the Meeting
                           Held on Wednesday 18 January, 2012 at
                                     Riverside Academy

        PRESENT
        School members:
        Ann Ashby, Ben Brook (Chair), Cara Cole,
        Dan Dale, Eve Ellis
        Non school members:
        Fay Ford, Gus Green
        Observers:
        Hal Hope
        School Governor Services Clerk:
        Ida Irons

         1.      Apologies for absence

         Apologies providing an explanation of the reason for the absence had been received from: -

         School members
         Jo Jones, Kim King

         Non school members
         None

         2.      Disclosures of interest

         None
        """)
        #expect(document.committee == "Schools Forum")
        #expect(document.meetingDate?.iso8601 == "2012-01-18")
        #expect(document.venue == "Riverside Academy")
        #expect(document.attendance == ["Ann Ashby", "Ben Brook (Chair)", "Cara Cole", "Dan Dale", "Eve Ellis", "Fay Ford", "Gus Green",
                                        "Hal Hope", "Ida Irons"])
        #expect(document.apologies == ["Jo Jones", "Kim King"])
        // The sentence introducing the apologies stays in the item's minutes.
        let apologiesItem = try #require(document.items.first)
        #expect(apologiesItem.minutes.contains { $0.text?.hasPrefix("Apologies providing an explanation") == true })
        #expect(document.items.map(\.title) == ["Apologies for absence", "Disclosures of interest"])
    }

    /// A group after the opening list, past a blank line and a closing full stop, still belongs to it; a
    /// label that is no group of people ("Decision of the Cabinet Member:") does not.
    @Test func aGroupAfterTheOpeningList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children and Young People Scrutiny Panel – 13 December 2010

        PRESENT:  Councillor Wilson in the chair.

        Councillors Sherwood, Cawsey and Whiteley.

        Statutory Co-opted Members: Mr N Craven and Mrs A Dunkerley (Parent Governor Representatives).

        Decision of the Cabinet Member: Mr P Quinn

        187  DECLARATIONS OF INTEREST – There were none.
        """)
        #expect(document.attendance.contains("Mr N Craven"))
        #expect(document.attendance.contains("Mrs A Dunkerley (Parent Governor Representatives)"))
        #expect(!document.attendance.contains("Mr P Quinn"))
    }

    /// Apologies said in an item whose title the copy lost (they stand under "Welcome"): a sentence that
    /// says apologies were received from people names them; one that only mentions apologies does not.
    @Test func apologiesStatedUnderAnotherItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Corporate Parenting Board - Thursday, 28th April, 2022 5.00 pm

        Venue: Council Chamber, County Hall

        No. Item

        Welcome and Introductions

        The Chair to open the meeting and welcome those present.

        Apologies for absence were received from Cllr Val Potter and Cllr Stella Jones.

        Children's Services Update

        The Director apologised on behalf of Ofsted Inspectors for the delay from March.
        """)
        #expect(document.apologies == ["Val Potter", "Stella Jones"])
    }

    /// "held in PLACE on DATE" names the meeting's place.
    @Test func aPlaceBeforeTheDate() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education Committee

        Date: Thursday, 27 February 2020

        Minutes: Read the Minutes

        Minutes of Meeting of the Education Committee held in the Council Chamber, Council Headquarters, Inverness on Thursday 27 February 2020 at 12.05 pm.

        Present:

        Mr J Finlayson (Chair), Mrs I Campbell
        """)
        #expect(document.venue == "Council Chamber, Council Headquarters, Inverness")
        #expect(document.meetingDate?.iso8601 == "2020-02-27")
    }

    /// Scottish minutes name the committee, the place and the day in one sentence.
    @Test(arguments: [
        ("MINUTE of MEETING of the EDUCATION COMMITTEE held in the Town and County Hall, Forfar on Tuesday 6 March 2001 at 4.00 pm.",
         "EDUCATION COMMITTEE", "2001-03-06", "Town and County Hall, Forfar"),
        ("At a MEETING of the CHILDREN AND FAMILIES SERVICES COMMITTEE held at Dundee on 14th May, 2018.",
         "CHILDREN AND FAMILIES SERVICES COMMITTEE", "2018-05-14", "Dundee"),
    ] as [(String, String, String, String)])
    func aMeetingSentenceHeadsScottishMinutes(heading: String, committee: String, date: String, venue: String) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        \(heading)

        Present: Councillors Brian Milne, Sheena Welsh.

        1. MINUTES

        The minute of meeting of this Committee of 23 January 2001 was approved as a correct record.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == committee)
        #expect(document.meetingDate?.iso8601 == date)
        #expect(document.venue == venue)
    }

    /// Minutes with no system's markers: the body that met and the day head them, and people are listed.
    @Test(arguments: [
        ("Bank House, 41 Bank Street, Bradford\n\nDistrict Youth Justice Board Meeting\n\nMonday 10 December 2012\n\nPresent\n\nKaren Tate (Chair), Colin Jones\n",
         "District Youth Justice Board", "2012-12-10"),
        ("EDUCATION AND EARLY YEARS CITY POLICY COMMITTEE'S MINUTES.\n\nGlasgow, 31st January 2019.\n\nPresent: Richard Bell (Chair), Euan Blockley.\n",
         "EDUCATION AND EARLY YEARS CITY POLICY COMMITTEE", "2019-01-31"),
    ] as [(String, String, String)])
    func aBodyAndADayHeadPlainMinutes(text: String, committee: String, date: String) async throws {
        let (document, _) = try await ImportHelpers.importText(text)
        #expect(document.kind == .meeting)
        #expect(document.committee == committee)
        #expect(document.meetingDate?.iso8601 == date)
        // The heading lines stay in the text.
        #expect(document.blocks.contains { $0.text?.contains(date == "2012-12-10" ? "Monday 10 December 2012" : "Glasgow") == true })
    }

    /// A committee and a day heading a page that lists no one present may head a report: the page stays
    /// unrecognised, with no meeting taken from it.
    @Test func aBodyAndADayWithoutAttendanceHeadNoMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Corporate Parenting Board

        Monday 10 December 2012

        Annual report of the Independent Reviewing Officer service.
        """)
        #expect(document.kind == .page)
        #expect(document.meetingDate == nil)
    }

    /// Posts after people are no people: after a semicolon-separated entry's comma, after a dash (even with
    /// an "&" inside), after an apology's comma; a surname that is a role word stays a name; civic titles
    /// and honours are dropped; a time after the day is no place.
    @Test func postsTitlesAndHonoursAreNoPeople() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children's Services Scrutiny Committee

        MINUTES of the meeting held on 26 February 2008 commencing at 10.00 am and finishing at 1.12 pm

        Present: Councillors Brian Milne, Provost Mrs Frances Duncan OBE, George Norrie MBE and Rev Michael Milton.

        Attending: D Brand (Clerk); M McKenna, Executive Director of Education Services; and F Ross (for the Chief Executive).

        Officers:

        Mr A. Rees - Head of Curriculum & Wellbeing

        1. Apologies

        Apologies for absence were received from Councillor Becky Senior and Mrs K. Hill, Parent Governor Member.
        """)
        #expect(document.attendance == ["Brian Milne", "Mrs Frances Duncan", "George Norrie", "Rev Michael Milton", "D Brand (Clerk)", "M McKenna",
                                        "F Ross (for the Chief Executive)", "Mr A. Rees"])
        #expect(document.apologies == ["Becky Senior", "Mrs K. Hill"])
        #expect(document.venue == nil)
        #expect(document.meetingDate?.iso8601 == "2008-02-26")
    }

    /// Item numbers in other forms: a title in title case with a full stop, a number glued to its title,
    /// Roman numerals before a title in capitals (Scottish articles); a table of the officers attending
    /// each item ("8." / "V. Carr (…)") starts no item, so the next real one still follows in sequence.
    @Test func itemNumbersInOtherForms() async throws {
        let (plain, _) = try await ImportHelpers.importText("""
        District Youth Justice Board Meeting

        Monday 10 December 2012

        Present

        Karen Tate (Chair), Colin Jones

        1. Introductions.

        Minutes of last meeting – none were available.

        2.Report on YOT performance

        Report presented by Colin Jones.

        3. The Board noted the figures.
        """)
        #expect(plain.items.map(\.number) == ["1", "2"])
        #expect(plain.items.map(\.title) == ["Introductions", "Report on YOT performance"])

        let (scottish, _) = try await ImportHelpers.importText("""
        At a MEETING of the CHILDREN AND FAMILIES SERVICES COMMITTEE held at Dundee on 14th May, 2018.

        Present:- Councillor Gregor MURRAY, Convener, in the Chair.

        I DECLARATION OF INTEREST

        There were no declarations of interest.

        II PROVISION OF FREE SANITARY PRODUCTS IN SCHOOLS

        There was submitted Report No 150-2018.

        1 The Committee noted the report.
        """)
        #expect(scottish.items.map(\.number) == ["I", "II"])
        #expect(scottish.items.map(\.title) == ["DECLARATION OF INTEREST", "PROVISION OF FREE SANITARY PRODUCTS IN SCHOOLS"])

        let (officers, _) = try await ImportHelpers.importText("""
        Children's Services Scrutiny Committee

        MINUTES of the meeting held on 26 February 2008

        Present:

        Councillor Sue Haffenden

        Agenda Item
        Officer Attending
        8.
        V. Carr (Children, Young People & Families)
        9.
        J. T. Hehir (Corporate Core)

        65/08 APOLOGIES FOR ABSENCE AND TEMPORARY APPOINTMENTS

        Apologies for absence were received from Councillor Jean Fooks.
        """)
        #expect(officers.items.map(\.number) == ["65/08"])
    }

    /// ModernGov meeting pages saved in other ways: "Meeting documents" over the committee and a day with
    /// its time on the next line; the browser's title line "Agenda for X on DATE" above a bare "Minutes".
    @Test func modernGovMeetingHeadingsSavedOtherwise() async throws {
        let (split, _) = try await ImportHelpers.importText("""
        Meeting documents

        Scrutiny for Policies, Children and Families Committee
        Wednesday, 2nd December, 2020 1.00 pm

        Venue: Microsoft Teams Meeting

        Items
        No. Item

        1.

        Declarations of Interest

        Minutes:

        There were none.
        """)
        #expect(split.kind == .meeting)
        #expect(split.committee == "Scrutiny for Policies, Children and Families Committee")
        #expect(split.meetingDate?.iso8601 == "2020-12-02")
        #expect(split.items.map(\.title) == ["Declarations of Interest"])

        let (titled, _) = try await ImportHelpers.importText("""
        Agenda for Children & Young People's Overview & Scrutiny Committee on Wednesday, 25th June, 2008, 5.00pm

        skip navigation and tools

        Minutes

        Proposed venue: Council Chamber, Hove Town Hall. View directions

        Items
        No. Item

        1.

        PROCEDURAL BUSINESS

        Minutes:

        There were none.
        """)
        #expect(titled.kind == .meeting)
        #expect(titled.committee == "Children & Young People's Overview & Scrutiny Committee")
        #expect(titled.meetingDate?.iso8601 == "2008-06-25")
    }

    /// A time on the 24-hour clock is neither a duration nor a count; a number before a heading in
    /// capitals numbers an item; a duration in hours and a count of a short acronym still are facts.
    @Test func clockTimesAndShoutedHeadingsAreNoFacts() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the meeting of the Corporate Parenting Panel held on 5 December 2018

        The Panel noted the dates of future meetings on the following Wednesdays at 1330 hours in the Council House.

        The agenda read: A G E N D A 1 NOTICE OF RECORDING 2 APOLOGIES To receive any apologies.

        Visits were completed within 72 hours in most cases, and there were 12 LAC reviews held late.
        """)
        #expect(!document.facts.contains { $0.value == 1330 })
        #expect(!document.facts.contains { $0.value == 1 || $0.value == 2 })
        #expect(document.facts.contains { $0.kind == .duration && $0.value == 72 })
        #expect(document.facts.contains { $0.kind == .count && $0.value == 12 })
    }

    /// "the allocation of £256,000", "cost savings of 3%": a figure after "of" sizes the noun before it.
    @Test func aFigureAfterOfSizesTheNounBeforeIt() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the meeting of the Schools Forum held on 18 January 2012

        The Forum will be asked to make a final recommendation on the allocation of £256,000 for the network on 9 February.

        The report noted that the Adoption Service during 2023/24 had to find cost savings of 3%.
        """)
        let money = try #require(document.facts.first { $0.kind == .money })
        #expect(money.value == 256_000)
        #expect(money.subject == "allocation")
        let percent = try #require(document.facts.first { $0.kind == .percent })
        #expect(percent.value == 3)
        #expect(percent.subject.hasSuffix("cost savings"))
    }

    /// A PDF copy whose lines ran together opens with its heading on one long line: the body that met and
    /// the day are read from its start, and the whole line stays in the text. A long line that opens with
    /// a body that does not meet ("Annual report") heads nothing.
    @Test(arguments: [
        ("MINUTES OF THE RIVERSIDE LOCAL SAFEGUARDING BOARD MEETING 26th January 2017 1.45pm to 4.45pm Council Chamber, Civic Offices Attended: ",
         "RIVERSIDE LOCAL SAFEGUARDING BOARD", "2017-01-26"),
        ("Schools Forum Minutes of Meeting on Thursday, 21st September 2006 @ 4.30pm Present Andrew Kennedy (Chair) [AK] Terry Daniels [TD] ",
         "Schools Forum", "2006-09-21"),
    ] as [(String, String, String)])
    func aHeadingOpeningALongFlattenedLine(opening: String, committee: String, date: String) async throws {
        let line = opening + String(repeating: "Member Name Role Organisation ", count: 12)
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.kind == .meeting)
        #expect(document.committee == committee)
        #expect(document.meetingDate?.iso8601 == date)
        #expect(document.blocks.contains { $0.text?.hasPrefix(String(opening.prefix(20))) == true })
    }

    @Test func aLongLineOpeningWithAReportHeadsNoMeeting() async throws {
        let line = "MINUTES OF THE ANNUAL REPORT MEETING 26th January 2017 " + String(repeating: "words of the report ", count: 20)
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.kind != .meeting)
        #expect(document.committee == nil)
    }

    /// "Apologies" without a colon under the list of those present: alone (the people on the next line)
    /// or with the people after it; a sentence after it is not a list.
    @Test func apologiesWithoutAColonUnderThePresentList() async throws {
        let (alone, _) = try await ImportHelpers.importText("""
        District Youth Justice Board Meeting

        Monday 10 December 2012

        Present

        KT (Chair), CJ, P B, MA

        Apologies

        MV, ST, JJ

        1. Introductions.
        """)
        #expect(alone.attendance == ["KT (Chair)", "CJ", "P B", "MA"])
        #expect(alone.apologies == ["MV", "ST", "JJ"])

        let (inline, _) = try await ImportHelpers.importText("""
        Corporate Parenting Board Meeting

        Monday 10 December 2012

        Present: Cllr Ann Lee (Chair), Cllr Tom Green

        Apologies Dr Raj Patel, Cllr Mary Hill

        1. Introductions.
        """)
        #expect(inline.apologies == ["Dr Raj Patel", "Cllr Mary Hill"])

        let (sentence, _) = try await ImportHelpers.importText("""
        Corporate Parenting Board Meeting

        Monday 10 December 2012

        Present: Cllr Ann Lee (Chair), Cllr Tom Green

        Apologies were noted for the record and the meeting began late.

        1. Introductions.
        """)
        #expect(sentence.apologies.isEmpty)
    }

    /// "Name - post or body" lines of an attendance list give the person alone; a dash inside a bracket
    /// ("Dave Hill (DH - Chair), Paul Ballatt (PB)") splits nothing.
    @Test func aPostOrABodyAfterADashIsNoPerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children's Trust Board Meeting

        Thursday 4 March 2010

        Present:

        Dave Hill (DH - Chair), Paul Ballatt (PB), Susanne Baccini (SB)
        Mr M Bowman - Chief Executive – Connexions Cumbria
        Ms A Carmichael - County Manager, Continuing Learning (item 11)
        Mr V Watson - NHS Cumbria

        1. Introductions.
        """)
        #expect(document.attendance == ["Dave Hill (DH - Chair)", "Paul Ballatt (PB)", "Susanne Baccini (SB)", "Mr M Bowman", "Ms A Carmichael",
                                        "Mr V Watson"])
    }

    /// AKS minutes tables, one cell a line: the committee's code, the minute number, the title, then what
    /// was concluded.
    @Test func aksMinutesTableCells() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children & Young People Select Committee Minutes

        Date:
        Wednesday, 14th April, 2010

        Present:
        Cllr David Harrington (Chairman), Cllr Mick Eddy
        Item Description Decision
        Public
        CYP
        1/10
        DECLARATIONS OF INTEREST
        None
        CYP
        2/10
        DRAFT MINUTES OF THE MEETING HELD ON THE 24TH FEBRUARY 2010.
        The draft minutes of the meeting held on 24th February 2010 were agreed as a correct record.
        CYP
        3/10
        WORK PROGRAMME
        CONCLUDED that the Work Programme be noted.
        """)
        #expect(document.items.map(\.number) == ["CYP 1/10", "CYP 2/10", "CYP 3/10"])
        #expect(document.items.map(\.title) == ["DECLARATIONS OF INTEREST", "DRAFT MINUTES OF THE MEETING HELD ON THE 24TH FEBRUARY 2010",
                                               "WORK PROGRAMME"])
        #expect(document.items[2].decisions.compactMap(\.text).contains { $0.contains("that the Work Programme be noted") })
        #expect(document.items[1].decisions.count == 1)
    }

    /// Posts, schools and bodies among the people of a list or an apologies sentence are no one; "Present:
    /// School members" opens a group and names no one.
    @Test func postsSchoolsAndBodiesAmongThePeople() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Schools Forum Meeting

        Wednesday 12 March 2014

        Present: School members

        Elizabeth Chaplin (Joint Chair), Scott Halliwell

        Also present: Jane Hargreaves, Divisional Director – Education, Patricia Harvey, Senior Professional Officer

        Apologies were received from Ms Helen Jenner, Corporate Director, Mr Richard Micek, HT The Warren School, Ms Ruth Ejet HT, Roding Primary School.

        1. Minutes
        """)
        #expect(document.attendance == ["Elizabeth Chaplin (Joint Chair)", "Scott Halliwell", "Jane Hargreaves", "Patricia Harvey"])
        #expect(document.apologies == ["Ms Helen Jenner", "Mr Richard Micek", "Ms Ruth Ejet"])
    }

    /// The day under a minutes heading, in the forms such pages print it; a day is never an item, and a
    /// line in which one sentence ends and another begins is no item's title.
    @Test func theDayUnderAMinutesHeading() async throws {
        let (board, _) = try await ImportHelpers.importText("""
        Agenda Item 2

        CALDERDALE YOUTH OFFENDING TEAM

        Minutes of the YOT Management Board Meeting

        21 MARCH 2012
        INVITED / ATTENDED / APOLOGIES RECEIVED
        """)
        #expect(board.committee == "YOT Management Board")
        #expect(board.meetingDate?.iso8601 == "2012-03-21")
        #expect(board.items.isEmpty)

        let (timed, _) = try await ImportHelpers.importText("""
        Start Well Board Minutes
                               13 March 2019 – 10.30am to 12.30pm

           Lancashire County Cricket Club, The Press Lounge, Players and Media Centre

        Cllr Jane Baugh (Chair), Executive Member for Children's services
        """)
        #expect(timed.committee == "Start Well Board")
        #expect(timed.meetingDate?.iso8601 == "2019-03-13")
        #expect(timed.venue == "Lancashire County Cricket Club, The Press Lounge, Players and Media Centre")
        #expect(timed.items.isEmpty)

        let (heldOn, _) = try await ImportHelpers.importText("""
        Minutes of a meeting of the Streetly Children's Area Partnership held on:
        Tuesday 6 October 2009 at 1.00pm at Streetly Community Centre.
        Simon Griffiths (Chair)

         30 June 2009
        The minutes of the meeting, having been circulated, were confirmed as a true record.
         8 CSIAs had been appointed. 2 half day training sessions had been arranged and a
        protocol for working with CAPs is being developed.
        """)
        #expect(heldOn.committee == "Streetly Children's Area Partnership")
        #expect(heldOn.meetingDate?.iso8601 == "2009-10-06")
        #expect(heldOn.venue == "Streetly Community Centre")
        #expect(heldOn.items.isEmpty)
    }

    /// Minutes headed by the body and the day, with who was present, are a meeting even with resolutions in
    /// them; "The panel met at PLACE." names the place, "The panel met at 2pm." none.
    @Test(arguments: [("The panel met at Pittwood House, Scunthorpe.", "Pittwood House, Scunthorpe"), ("The panel met at 2pm.", nil)] as [(String, String?)])
    func headedMinutesWithResolutionsAndWhereThePanelMet(sentence: String, venue: String?) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children and Young People Scrutiny Panel – 21 September 2009

        PRESENT: Councillor Wilson in the chair.

        \(sentence)

        89 PUBLIC REQUESTS TO SPEAK – There were no requests.

        Resolved – That the report be noted.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children and Young People Scrutiny Panel")
        #expect(document.meetingDate?.iso8601 == "2009-09-21")
        #expect(document.venue == venue)
    }

    /// A notice or a report of a meeting names the body, the place and the day: "A Meeting of the X will be
    /// held in PLACE on DATE", "A meeting of X was held on DATE." ("will be" and "was" are no part of the name).
    @Test(arguments: [
        ("A Meeting of the Lifelong Learning Committee will be held in the Council Chamber, 2 High Street, Perth on Wednesday 6 November 2013 at 2.00pm.",
         "Lifelong Learning Committee", "2013-11-06", "Council Chamber, 2 High Street, Perth" as String?),
        ("A meeting of Children and Young People's Partnership was held on Wednesday, 16th March, 2016.",
         "Children and Young People's Partnership", "2016-03-16", nil),
    ] as [(String, String, String, String?)])
    func aNoticeOrReportOfAMeeting(heading: String, committee: String, date: String, venue: String?) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        \(heading)

        Present: Jane Humphreys (Chairman), Jane Smith

        5 / Vulnerable Young People - Benefit, Accommodation etc
        Members received a presentation.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == committee)
        #expect(document.meetingDate?.iso8601 == date)
        #expect(document.venue == venue)
        #expect(document.items.map(\.title) == ["Vulnerable Young People - Benefit, Accommodation etc"])
    }
}
