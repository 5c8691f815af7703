import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Shapes from held-out set 37: a document site's frame around the minutes (its own title for the file, with another
/// day), a site's title that names only a kind of meeting, a heading run on into the minutes, a page's running head under
/// its number, posts read as people. The names are invented.
@Suite struct DocumentSiteFramesTests {
    /// Docstoc's title for the file ("… held Wednesday 31 March 2010"), "Document Sample", the title again with "Powered By
    /// Docstoc", then the document, whose own heading gives the day.
    @Test func theDocumentsOwnHeadingInsideTheFrame() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Play Forum meeting held Wednesday 31 March 2010

        Document Sample
        Minutes of the Play Forum meeting held Wednesday 31 March 2010 Powered By Docstoc
        \t\t\t\t\tMinutes of the Play Forum meeting held Monday 7 March 2011 at Grove Infant School

        Debbie Smart (Chair)
        Julie Ash (Treasurer)
        """)
        #expect(document.meetingDate == CalendarDate(year: 2011, month: 3, day: 7))
        #expect(document.committee == "Play Forum")
        #expect(document.venue == "Grove Infant School")
        // Without the frame's marks, the first line is the text's own.
        let plain = [SourceLine(number: 1, text: "Minutes of X Powered By Docstoc", isBold: false)]
        #expect(DocumentSiteWrapper.unwrapped(plain) == plain)
    }

    /// "Full Governors Meeting" over its day: the governors who met name the body.
    @Test func governorsMeetingOverItsDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Full Governors Meeting
        Tuesday 7th December 2010

        Present: Kevin Shore, Andrew Jolly, Tracy Edge

        1. Introduction
        """)
        #expect(document.committee == "Full Governors")
        #expect(document.meetingDate == CalendarDate(year: 2010, month: 12, day: 7))
        #expect(PageLayout.bodyNamed(byHeading: "Full Governors") == nil)
    }

    /// "Formal Meeting Minutes" (a site's title naming a kind of meeting) over a heading run on into the minutes:
    /// "… Minutes of the meeting of the Kirkton Community Council held at Kirkton C.P. School on Monday, 13th March, 2017, at
    /// 7.00.p.m. 167.0. Agenda Item 1: …". The heading names the body, the place and the day; the time is no place.
    @Test func headingRunOnIntoTheMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Formal Meeting Minutes
        Total Page:16
        File Type:pdf, Size:1020Kb
        CYNGOR CYMUNED KIRKTON COMMUNITY COUNCIL Minutes of the meeting of the Kirkton Community Council held at Kirkton C.P. School on Monday, 13th March, 2017, at 7.00.p.m. 167.0. Agenda Item 1: Record of those Present/Apologies • Members: Cllrs Wyn Evans (Chair), Huw Dee (Vice Chair), Nia Lloyd and Simon Mart • Apologies for absence: Cllrs Gavin Green and Terry Jones. 167.1 Welcome • The Chair welcomed everyone and declared the meeting open.
        """)
        #expect(document.committee == "Kirkton Community Council")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 3, day: 13))
        #expect(document.venue == "Kirkton C.P. School")
        #expect(PageLayout.headingEndingAfterItsDay("Minutes of the X held on 2 May 2017. The chair opened the meeting.") == "Minutes of the X held on 2 May 2017")
        #expect(PageLayout.headingEndingAfterItsDay("Minutes of the X held on 2 May 2017 at the Hall, Kirkton. The chair opened the meeting.") == nil)
    }

    /// "4" / "EDUCATION AND LIFELONG LEARNING COMMITTEE - 7 MARCH 2006": a page's number over its running head, no item; the
    /// next minute's number goes on from the items before, not from the page's. "Head of SEN and IT" names no one.
    @Test func runningHeadUnderAPageNumber() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        4

        EDUCATION AND LIFELONG LEARNING COMMITTEE - 7 MARCH 2006

        Education and Lifelong Learning Committee

        Tuesday 7 March 2006 at 3.00 pm

        Present:  Councillors Blair, Forbes and Hill, Father M McMahon and Rev C McGrane, Church Representatives.

        In attendance:  Chief Executive, Head of SEN and IT, Dr N Lawson, Acting Head of Service.

        180

        Revenue Budget 2005/06 - Period 10

        There was submitted a report by the Chief Financial Officer.
        """)
        #expect(document.items.map(\.number) == ["180"])
        #expect(document.attendance.contains("Rev C McGrane"), "\(document.attendance)")
        #expect(!document.attendance.contains("IT"), "\(document.attendance)")
        #expect(document.attendance.contains("Dr N Lawson"), "\(document.attendance)")
    }

    /// The older ModernGov template: "Meeting documents" over the body and its day, the minutes in an "Item/Resolution
    /// Status Action" table, each document's size as "(236K/bytes)", a decision's status repeated in a word ("Agreed").
    @Test func olderModernGovMeetingDocuments() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Meeting documents

        Education and Learning Scrutiny Committee
        Monday, 26th November, 2018 9.30 am

        Date: Monday 26th November 2018 Time: 9.30 a.m. Place: Council Chamber, Civic Centre

        Item
        No
        Item/Resolution Status Action
        PUBLIC
        1. SIMULTANEOUS TRANSLATION

        It was noted that no requests had been received for the translation service.

        Noted
        2. EDUCATION & LEARNING SCRUTINY COMMITTEE
        Minutes (283K/bytes)

        The Minutes of the Education & Learning Scrutiny Committee Meeting held on 15th October, 2018 were submitted, whereupon:-

        The Committee AGREED that the minutes be accepted as a true record of proceedings.

        Agreed
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Education and Learning Scrutiny Committee")
        #expect(document.meetingDate == CalendarDate(year: 2018, month: 11, day: 26))
        #expect(document.items.map(\.title) == ["SIMULTANEOUS TRANSLATION", "EDUCATION & LEARNING SCRUTINY COMMITTEE"])
        let decisions = document.items.last?.decisions.compactMap(\.text) ?? []
        #expect(decisions.count == 1 && decisions.first?.contains("AGREED that the minutes be accepted") == true, "\(decisions)")
        let links = document.items.flatMap(\.links)
        #expect(links.map(\.title) == ["Minutes"])
        #expect(links.first?.sizeBytes == 283 * 1024)
        // A status word alone is the item's decision when it has no other.
        #expect(AgendaItemAssembly.isStatusWord("APPROVED"))
        #expect(!AgendaItemAssembly.isStatusWord("Agreed to defer"))
    }

    @Test func lettersAndNumberBeforeASlash() {
        #expect(ItemHeader.opensWithLettersAndNumberBeforeSlash("PLY28/12 Apologies"))
        #expect(ItemHeader.opensWithLettersAndNumberBeforeSlash("R001/11 Youth Club"))
        #expect(!ItemHeader.opensWithLettersAndNumberBeforeSlash("CYP/1/24"))
        #expect(!ItemHeader.opensWithLettersAndNumberBeforeSlash("Reports 2019/20"))
    }

    /// From set 38: what the document is before the body ("Agreed Report of Board of Management", "Minutes from Parent
    /// Council"), a place run on past the meeting's time, a table's "Name" heading glued to its first person, a subject of a
    /// letter or two, a window of time read into a subject.
    @Test func recordWordsTimesHeadingsAndShortSubjects() async throws {
        #expect(PageLayout.droppingRecordWords("Agreed Report of Board of Management") == "Board of Management")
        #expect(PageLayout.droppingRecordWords("Minutes from Parent Council") == "Parent Council")
        #expect(PageLayout.droppingRecordWords("Minutes Committee") == "Minutes Committee")
        #expect(VenueText.endingBeforeTime("Dave and Margo’s House 8pm 0.0 Attendance and apologies") == "Dave and Margo’s House")
        #expect(VenueText.endingBeforeTime("Room 4 7.30pm") == "Room 4")
        #expect(VenueText.endingBeforeTime("Hall 7pm") == "Hall 7pm")
        #expect(NameList.droppingColumnHeading("Name Tim Cole (TC)") == "Tim Cole (TC)")
        #expect(NameList.droppingColumnHeading("Nameeta Shah") == "Nameeta Shah")
        let facts = try await MinutesPrecisionTests.facts("""
        It provided data relating to the numbers of both CME and EHE children over the past 5 years. The total was 130 w

        Real progress had been made in the last two years.
        """)
        #expect(!facts.contains { $0.subject.hasSuffix("the past") || $0.subject == "w" }, "\(facts)")
        #expect(facts.contains { $0.kind == .duration && $0.value == 5 && $0.subject.hasSuffix("EHE children") }, "\(facts)")
        #expect(facts.contains { $0.kind == .duration && $0.value == 2 && $0.subject.hasSuffix("progress") }, "\(facts)")
    }

    /// A council site's agenda: "5. Alyth School Option Appraisal (PDF, 2 MB) - Report by Executive Director … (Pages
    /// 15-44)", the paper's format and size in one bracket, its description after; "(i) Minute of … (PDF, 617 KB)" under an
    /// item, the point's numeral no part of the paper's name.
    @Test func formatAndSizeInOneBracket() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        A Meeting of the Lifelong Learning Committee will be held in the Council Chamber, Perth on Wednesday 29 January 2014 at 2.00pm.
        Agenda
        1. Welcome and Apologies/Substitutes
        2. Kirkton Partnership - Children and Young People's Strategic Group
        (i) Minute of Meeting of 7 October 2013 for noting (PDF, 617 KB)
        3. Alyth Primary School Option Appraisal (PDF, 2 MB) - Report by Executive Director (Education and Children's Services) (copy herewith 14/22) (Pages 15-44)
        """)
        #expect(document.items.map(\.title) == ["Welcome and Apologies/Substitutes", "Kirkton Partnership - Children and Young People's Strategic Group",
                                                "Alyth Primary School Option Appraisal"])
        let links = document.items.flatMap(\.links)
        #expect(links.map(\.title) == ["Minute of Meeting of 7 October 2013 for noting", "Alyth Primary School Option Appraisal"])
        #expect(links.map(\.sizeBytes) == [617 * 1024, 2 * 1024 * 1024])
        #expect(links.allSatisfy { $0.format == "PDF" })
    }

    /// A parent council's labels typed with semicolons ("Present; …", "Action Points;") and a misspelt "Apologises:".
    @Test func semicolonLabelsAndAMisspeltApologies() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes from Parent Council Meeting 17/01/2019

        Present; Jo Worr – Chair, Colin Woo – Treasurer, Jackie Kell- Head Teacher, Mr Burr – Acting Depute Headteacher, 6 parents.

        Apologises: Mary Camp and Kate Camp

        Action Points;

          1. Minutes from last meeting approved.
        """)
        #expect(document.committee == "Parent Council")
        #expect(document.attendance == ["Jo Worr", "Colin Woo", "Jackie Kell", "Mr Burr"])
        #expect(document.apologies == ["Mary Camp", "Kate Camp"])
        #expect(Labels.listLabelWithSemicolon("Present; A, B") == "Present: A, B")
        #expect(Labels.listLabelWithSemicolon("Presentation; the slides") == nil)
    }

    /// A parish's minutes with no heading, those present first and then the items ("1. Election of Chairman as a result
    /// of Cllr. Fowle’s resignation": a title's abbreviation is no sentence's end); "17 Declarations of interest – none".
    @Test func presentFirstThenItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        PRESENT: COUNCILLORS J. DAVIS (CHAIRMAN), J. BRYN, A. CLAY, C. HILLS (Clerk) and approximately 25 members of the public
        1. Election of Chairman as a result of Cllr. Fowler’s resignation
        Cllr. Bryn proposed Cllr. Davis as Chairman, seconded Cllr. Clay and carried unanimously.
        2. Apologies
        No apologies were received.
        3. Declaration of interest – none
        4. To consider options with regard to play facilities
        Each option was discussed in detail.
        """)
        #expect(document.kind == .meeting)
        #expect(document.items.map(\.title) == ["Election of Chairman as a result of Cllr. Fowler’s resignation", "Apologies",
                                                "Declaration of interest", "To consider options with regard to play facilities"])
        #expect(!ItemHeader.holdsASentenceEnd("Report of Cllr. Fowler"))
        #expect(ItemHeader.holdsASentenceEnd("The report was noted. Members agreed"))
    }

    /// A document site's title ("MINUTES OF THE X COMMITTEE") over the minutes' own heading, the same words with the place
    /// and the day.
    @Test func titleOverTheSameHeadingWithItsDay() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF THE LEISURE YOUTH AND ARTS COMMITTEE

        advertisement

        MINUTES OF THE LEISURE YOUTH AND ARTS COMMITTEE held at St. Mary’s Hall, Church Street, Kirkton, on Tuesday 1 st November 2005

        Present: Cllr. M. Sands (Chairman)

        15. Minutes of the last meeting
        """)
        #expect(document.committee == "LEISURE YOUTH AND ARTS COMMITTEE")
        #expect(document.meetingDate == CalendarDate(year: 2005, month: 11, day: 1))
        #expect(document.venue == "St. Mary’s Hall, Church Street, Kirkton")
    }

    /// "In Attendance" over one paragraph of officers, each "Name, Post - Service" run into the next, posts with brackets.
    @Test func officersRunTogetherWithBracketedPosts() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Present Councillor Susan MACK (in the Chair)

        In Attendance

        Judy Edge, Service Manager - Early Years & Early Intervention Michael Grass, Safer Reducing Offending Manager - Children’s Services Kevin Kell, Senior Manager - Schools & Learning (Chief Education Officer) James Mack, Planning & Commissioning Officer - Strategic, Commissioning & Customer Development Rosa Hucks, Lead Officer - Children’s Services David McDoug, Governance Officer (Clerk)

        1. Apologies
        """)
        #expect(document.attendance.suffix(5) == ["Michael Grass", "Kevin Kell", "James Mack", "Rosa Hucks", "David McDoug"], "\(document.attendance)")
        #expect(document.attendance.contains("Judy Edge"), "\(document.attendance)")
    }

    /// "Parent Council Meeting Minutes" over "Parent Council Minutes 31-08-2015": the same body's heading with its day; those
    /// who sent apologies in a bracket after the list of attendees.
    @Test func sameBodysHeadingWithItsDayAndBracketedApologies() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Parent Council Meeting Minutes


        Parent Council Minutes 31-08-2015

        Parent Council Minutes of Meeting 31/08/2015 (1815 to 1920)

        Attendees: MW, LR, EM, Miss Connel, HZ, DD (part).  (Apologies GH, LM )

          1. Minutes from last meeting- reviewed and agreed.
        """)
        #expect(document.committee == "Parent Council")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 8, day: 31))
        #expect(document.attendance == ["MW", "LR", "EM", "Miss Connel", "HZ", "DD (part)"])
        #expect(document.apologies == ["GH", "LM"])
    }

    /// The body, its day and its time, then the minutes numbered from where the year's left off ("42. Public Question Time",
    /// "43. Apologies for Absence"): a meeting's minutes, though their list of those present has no label. Numbered
    /// paragraphs that are no meeting's business ("1. Purpose of the report") do not make one.
    @Test func bodyDayAndNumberedBusiness() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children's and Adults' Care and Education Committee

        13 February 2019

        7.30pm - 9.31pm

        42.         Public Question Time

        There were no public questions.

        43.         Apologies for Absence and Attendance of Substitute Members

        Apologies for absence were submitted on behalf of Councillor Christine Stow.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children's and Adults' Care and Education Committee")
        #expect(document.meetingDate == CalendarDate(year: 2019, month: 2, day: 13))
        #expect(document.items.map(\.number) == ["42", "43"])
        #expect(!PageLayout.numbersAMeetingsBusiness(["1. Purpose of the report", "2. Recommendations", "3. Background"]))
        #expect(PageLayout.numbersAMeetingsBusiness(["1. Welcome", "2. Minutes of the last meeting"]))
    }

    /// Members listed with stars on those who did not come, under a "* Absent" legend: the starred are not among those
    /// present. Without a legend a star is only a mark.
    @Test func starredMembersUnderALegend() async throws {
        let text = """
        Minutes of the Kirkton Care and Education Committee held on 13 February 2019

        Present: Councillor Stephanie Arch, * Councillor Mark Dunn, Councillor Sam Foul, *Dr Pete Smit and Jane Marr

        LEGEND

        1. Public Question Time
        """
        let (absent, _) = try await ImportHelpers.importText(text.replacingOccurrences(of: "LEGEND", with: "* Absent"))
        #expect(absent.attendance.map(NameList.personKey) == ["stephanie arch", "sam foul", "jane marr"], "\(absent.attendance)")
        #expect(absent.apologies.isEmpty)
        let (denoted, _) = try await ImportHelpers.importText(text.replacingOccurrences(of: "LEGEND", with: "* denotes absence"))
        #expect(denoted.attendance.count == 3, "\(denoted.attendance)")
        let (unexplained, _) = try await ImportHelpers.importText(text.replacingOccurrences(of: "LEGEND", with: ""))
        #expect(unexplained.attendance.count == 5, "\(unexplained.attendance)")
    }

    /// "ACTION James to update term dates on the website.": the minutes' mark for an action is no part of its owner;
    /// "Angela, Tracy, Mark and Neil sent their apologies.": a parish committee's members by their first names.
    @Test func actionMarksAndFirstNamesSendingApologies() {
        #expect(ActionSentence.parse("ACTION James Hall to update term dates on the website.")?.owner == "James Hall")
        #expect(ActionSentence.parse("ACTION Plan to be drafted by the clerk.") == nil)
        #expect(NameList.namesBeforeGivingApologies(in: "Angela, Tracy, Mark and Neil sent their apologies.") == ["Angela", "Tracy", "Mark", "Neil"])
        #expect(NameList.namesBeforeGivingApologies(in: "Members sent their apologies.").isEmpty)
    }

    /// "1.00 / APOLOGIES AND MEMBERSHIP ISSUES / ACTION": a governing body's Word table numbering its items with two noughts.
    @Test func itemsNumberedWithTwoNoughts() {
        #expect(ItemHeader.pointZeroNumber("1.00 / APOLOGIES AND MEMBERSHIP ISSUES / ACTION")?.number == "1.00")
        #expect(ItemHeader.pointZeroNumber("2.0 Minutes")?.number == "2.0")
        #expect(ItemHeader.pointZeroNumber("0.00 Attendance") == nil)
        #expect(ItemHeader.pointZeroNumber("1.005 seconds") == nil)
    }

    /// A church title is the person's own and stays as printed; a civic title and honours do not.
    @Test func churchTitlesStayCivicTitlesGo() {
        #expect(NameList.droppingHonours("The Rev. John Smyth") == "The Rev. John Smyth")
        #expect(NameList.droppingHonours("Rev C McGrane") == "Rev C McGrane")
        #expect(NameList.droppingHonours("Canon D Ives") == "Canon D Ives")
        #expect(NameList.droppingHonours("Provost Mrs Frances Dunn OBE") == "Mrs Frances Dunn")
    }
}
