import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// Agenda packs a document host flattened into one paragraph, in shapes held-out set 44 showed: the heading in
/// capitals with its letters spaced ("A G E N D A"), the council before the committee, each item's note after its
/// capitals title, a page's foot between two items, and the pack's page column inside a wrapped title.
@Suite struct FlattenedAgendaPacksTests {
    /// Modelled on a city council's scrutiny agenda flattened by a document host.
    static let capitalsAgenda = "ANYTOWN CITY COUNCIL CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE TUESDAY, 12 MARCH 2019 AT 10:00 HOURS IN COMMITTEE ROOM 2, CIVIC CENTRE, HIGH STREET, ANYTOWN, AN1 1AA A G E N D A 1 NOTICE OF RECORDING The Chair to advise that this meeting will be webcast. 2 APOLOGIES To receive any apologies. 3 DECLARATIONS OF INTERESTS Members are reminded that they must declare all relevant interests arising from any business to be discussed at this meeting. 4 ACTION NOTES 3 - 6 To confirm the action notes of the meeting held on 5 February 2019. 5 CABINET MEMBER FOR CHILDREN 7 - 20 Cllr Ann Example, Cabinet Member for Children, in attendance. Page 1 of 60 6 FOSTERING SUFFICIENCY REPORT 21 - 58 To note. 7 WORK PROGRAMME 59 - 60 To note. 8 OTHER URGENT BUSINESS To consider any items of business that in the opinion of the Chair are urgent."

    @Test func readsSpacedHeadingCouncilAndCapitalsTitlesAcrossAPageFoot() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.capitalsAgenda)
        #expect(document.kind == .meeting)
        #expect(document.committee == "CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE")
        #expect(document.meetingDate?.iso8601 == "2019-03-12")
        #expect(document.venue == "COMMITTEE ROOM 2, CIVIC CENTRE, HIGH STREET, ANYTOWN, AN1 1AA")
        #expect(document.items.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(document.items.map(\.title) == ["NOTICE OF RECORDING", "APOLOGIES", "DECLARATIONS OF INTERESTS", "ACTION NOTES",
                                               "CABINET MEMBER FOR CHILDREN", "FOSTERING SUFFICIENCY REPORT", "WORK PROGRAMME",
                                               "OTHER URGENT BUSINESS"])
    }

    @Test func anAgendaInSmallLettersKeepsTitlesThatOpenWithCapitals() async throws {
        let (document, _) = try await ImportHelpers.importText("Corporate Parenting Panel Wednesday, 4 March 2020 at 14:00 Council Chamber, Civic Centre, Anytown AGENDA 1 SEND Strategy Update 3 - 8 2 DSG Budget Monitoring 9 - 14 3 Early Years Funding Formula 15 - 20 4 Any Other Business Page 1 of 20 Notes (1) Members of the public may inspect the background papers at County Hall during office hours by arrangement with Democratic Services. (2) Councillors are advised to contact their group office about any group meetings planned for this meeting.")
        #expect(document.items.map(\.title) == ["SEND Strategy Update", "DSG Budget Monitoring", "Early Years Funding Formula", "Any Other Business"])
        #expect(document.committee == "Corporate Parenting Panel")
    }

    @Test func aPageFootNotFollowedByTheNextItemEndsTheList() {
        let items = FlattenedAgenda.readItems("1 Apologies 2 Minutes 3 - 8 3 Work Programme 9 - 12 Page 1 of 12 Notes on this agenda 4 Members of the public")
        #expect(items.map(\.title) == ["Apologies", "Minutes", "Work Programme"])
    }

    /// Modelled on a Scottish council's committee agenda flattened by a document host, its page numbers in a column.
    @Test func dropsThePacksPageRangeInsideAWrappedCapitalsTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("Education Committee Committee Room 1, Council Offices, Anytown Tuesday, 4th September, 2018 – 10.00 a.m. AGENDA Page Nos. 1. APOLOGIES FOR ABSENCE. 2. DECLARATIONS OF INTEREST - members are asked to declare any interest in particular items on the agenda at this stage. 3. MINUTES - Minute of meeting of Education Committee of 22nd May, 2018 3 - 6 4. EDUCATION SERVICE PLAN - Report by Executive Director (Education) 7 - 40 5. EDUCATION SERVICE DIRECTORATE – 41 - 52 REVENUE BUDGET 2017/18 - PROVISIONAL OUTTURN REPORT – Joint report by Executive Director (Education) and Executive Director (Finance and Corporate Services). 6. PUPILS AGED 11 - 16 PROVISION REVIEW - Report by Executive Director (Education) 53 - 60")
        let titles = Dictionary(uniqueKeysWithValues: document.items.compactMap { item in item.number.map { ($0, item.title) } })
        #expect(titles["5"] == "EDUCATION SERVICE DIRECTORATE – REVENUE BUDGET 2017/18 - PROVISIONAL OUTTURN REPORT")
        #expect(titles["6"] == "PUPILS AGED 11 - 16 PROVISION REVIEW")
    }
}

/// A notice of meeting flattened onto one line, its items in small letters each with its note, and an own site's
/// agenda table whose numbers were glued to their titles. Modelled on held-out set 45 (the words are invented).
@Suite struct NoticesAndGluedAgendaRowsTests {
    @Test func aFlattenedNoticeOfMeetingGivesItsHeaderAndItsTitlesWithoutTheirNotes() async throws {
        let (document, _) = try await ImportHelpers.importText("Notice of Meeting and Agenda Education and Families Committee Tuesday 12 June 2012 at 10.00 am in the City Chambers, High Street, Kirkton 1 Order of Business Including any notices of motion and any other items of business submitted as urgent for consideration at the meeting. 2 Declaration of Interests Members should declare any financial and non-financial interests they have in the items of business for consideration. 3 Minute of the meeting of the Education and Families Committee of 8 March 2012 (circulated for approval as a correct record) 4 Motion by Councillor Example on playing fields “Committee notes the poor condition of the changing rooms and calls for a report.” 5 Appointments to Sub-Committees – report by Head of Legal Services (circulated) 6 Early Years Strategy Progress Report – report by the Director of Children and Families (circulated)")
        #expect(document.kind == .meeting)
        #expect(document.committee == "Education and Families Committee")
        #expect(document.meetingDate?.iso8601 == "2012-06-12")
        #expect(document.venue == "City Chambers, High Street, Kirkton")
        #expect(document.items.map(\.title) == ["Order of Business", "Declaration of Interests",
                                               "Minute of the meeting of the Education and Families Committee of 8 March 2012",
                                               "Motion by Councillor Example on playing fields", "Appointments to Sub-Committees",
                                               "Early Years Strategy Progress Report"])
    }

    @Test func gluedRowNumbersUnderNumberItemLoseTheLinkToTheirPapers() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton City Council Agenda - 31 March 2016, 13:30

        A meeting to be held at City Chambers, Kirkton at 13:30 on 31 March 2016.

        Number Item
        1Minutes of Council meetings of 18th February and 10th March 2016 (Print 7, pages 409 to 441). View Papers
        2Consideration of minutes previously objected to.
        3Changes to committees etc. View Papers
        4Questions. View Papers
        """)
        #expect(document.items.map(\.number) == ["1", "2", "3", "4"])
        #expect(document.items.map(\.title) == ["Minutes of Council meetings of 18th February and 10th March 2016",
                                               "Consideration of minutes previously objected to", "Changes to committees etc", "Questions"])
    }
}

/// A council site's "Map" link after the venue's postcode (held-out set 46).
@Suite struct VenueMapLinkTests {
    @Test func aMapLinkAfterThePostcodeIsNoPartOfTheVenue() {
        #expect(VenueText.clean("Room A111, New College, King Street, Wellington, Telford TF1 1NY Map") == "Room A111, New College, King Street, Wellington, Telford TF1 1NY")
        #expect(VenueText.clean("The Old Map Room") == "The Old Map Room")
        #expect(VenueText.clean("Civic Centre, Road Map") == "Civic Centre, Road Map")
    }
}

/// A council's minute flattened onto one line by a document host and cut off before its first item: a form's heading
/// printed twice, its "Date Time Venue" row over the values, then the lists. Modelled on held-out set 48 (the names
/// are invented).
@Suite struct FlattenedMinuteHeaderTests {
    static let minute = "Minute of Meeting Education and Children's Services Policy Board Minute of Meeting Education and Children's Services Policy Board Date Time Venue Tuesday, 14 May 2019 13:00 Council Chambers, Council Headquarters, High Street, Kirkton, KT1 1AN Present Councillor Anne Marie Archer, Councillor Tom Bell, Councillor Derek Bibb, Provost Lorna Camden, Councillor Michael Campion, Councillor Carol Dawes, Councillor Eddie Devlin, Councillor Andrew Dodd, Councillor Natalie Dorran Chair Councillor Bell presided. In Attendance S Blackwood, Chief Executive; M Crerand, Director of Children’s Services; A Rusk, Head of Finance, M Conlan, Legal & Democratic Services Manager and A McNaught, Senior Committee Services Officer (all Finance & Resources); and D Lees, C"

    @Test func readsTheFormsHeaderAndListsOfAMinuteCutOffBeforeItsItems() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText(Self.minute)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Education and Children's Services Policy Board")
        // Cut off after the next person's initial ("and D Lees, C").
        #expect(diagnostics.contains { $0.code == "minutes.truncated" })
        #expect(document.meetingDate?.iso8601 == "2019-05-14")
        #expect(document.venue == "Council Chambers, Council Headquarters, High Street, Kirkton, KT1 1AN")
        #expect(document.attendance.map(NameList.personKey) == ["anne marie archer", "tom bell", "derek bibb", "lorna camden", "michael campion",
                                                               "carol dawes", "eddie devlin", "andrew dodd", "natalie dorran", "s blackwood",
                                                               "m crerand", "a rusk", "m conlan", "a mcnaught", "d lees"])
    }

    @Test func aListEndingOnAnInitialIsCutOffButAnArticleIsNot() {
        #expect(ReadingIssues.stopsMidWord("S Black, Chief Executive; and D Leese, C", in: []))
        #expect(!ReadingIssues.stopsMidWord("Plan A", in: []))
        #expect(!ReadingIssues.stopsMidWord("The panel agreed option B", in: []))
    }

    @Test func theColumnRowGivesDayTimeAndPlace() {
        #expect(FlattenedMinutes.columnFormHeader("Minute of Meeting Council Minute of Meeting Council Date Time Venue Thursday, 27 June 2019 09:30 Council Chambers, Paisley")
                    == ["Minute of Meeting", "Council", "Date: Thursday, 27 June 2019", "Time: 09:30", "Venue: Council Chambers, Paisley"])
        #expect(FlattenedMinutes.columnFormHeader("Minutes of the Board held on 4 May 2019") == nil)
    }

    /// A long paragraph that opens like a minute but lists no one present is left as it is.
    @Test func aLongParagraphWithoutAListOfThosePresentIsNoHeader() {
        let paragraph = "Minutes of meeting arrangements were discussed at length by the working group, " + String(repeating: "and the group noted the arrangements for the coming year ", count: 8)
        #expect(!FlattenedMinutes.isHeaderWithoutItems(paragraph))
        #expect(FlattenedMinutes.isHeaderWithoutItems(Self.minute))
    }
}

/// A summons to a committee flattened by a document host: the letter with its Date/Time/Venue labels, the members,
/// then the business with the pack's page column between each title and the note on its paper. Modelled on held-out
/// set 49 (the words are invented).
@Suite struct FlattenedSummonsTests {
    static let summons = "Council Offices, High Street Kirkton, KT1 1AA Monday, 29 April 2019 Dear Member Education Resources Committee The Members listed below are requested to attend a meeting of the above Committee to be held as follows:- Date: Tuesday, 07 May 2019 Time: 10:00 Venue: Committee Room 1, Council Offices, High Street, Kirkton, KT1 1AA The business to be considered at the meeting is listed overleaf. Yours sincerely Anne Example Chief Executive Members Kate Lowden (Chair), Peter Craigie (Depute Chair), Alex Allan, John Andrews Substitutes Jackie Burnside, Maureen Devine 1 BUSINESS 1 Declaration of Interests 2 Minutes of Previous Meeting 5 - 12 Minutes of the meeting of the Education Resources Committee held on 19 February 2019 submitted for approval as a correct record. (Copy attached) Monitoring Item(s) 3 Revenue Budget Monitoring 2018/2019 13 - 16 Joint report dated 3 April 2019 by the Executive Director (Finance). (Copy attached) 4 Early Learning for Children and 17 - 20 Young People in Kirkton Report by the Executive Director (Education Resources). (Copy attached)"

    @Test func readsTheSummonsLabelsAndTheBusinessWithoutTheNotesOnThePapers() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.summons)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Education Resources Committee")
        #expect(document.meetingDate?.iso8601 == "2019-05-07")
        #expect(document.venue == "Committee Room 1, Council Offices, High Street, Kirkton, KT1 1AA")
        #expect(document.items.map(\.title) == ["Declaration of Interests", "Minutes of Previous Meeting", "Revenue Budget Monitoring 2018/2019",
                                               "Early Learning for Children and Young People in Kirkton"])
        // Those summoned are the committee's members, not those who came.
        #expect(document.attendance.isEmpty)
    }

    @Test func aTitleWrappedRoundThePageColumnGoesOnAfterIt() {
        #expect(FlattenedAgenda.pageRangeBeforeNote(in: "Annual Refresh of the Plan for Children and 29 - 48 Young People's Mental Health".split(separator: " ").map(String.init)) == nil)
        #expect(FlattenedAgenda.pageRangeBeforeNote(in: "Pupils aged 11 - 16 Provision Review. Report".split(separator: " ").map(String.init)) == nil)
        #expect(FlattenedAgenda.pageRangeBeforeNote(in: "Revenue Budget 13 - 16 Joint report dated 3 April".split(separator: " ").map(String.init)) == 2)
    }
}
