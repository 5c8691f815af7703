import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Lists of apologies under a sentence, a decision page's empty table row, honours before a person's bracket, the
/// table of exempt information, governors beside their own initials, a group named before a list, and short units
/// of time. Modelled on held-out set 18's shapes (ModernGov pages, school governors, parent councils, playgroups);
/// the names are invented.
@Suite struct GovernorsAndParentCouncilsTests {
    /// "Apologies were received from the following members of the panel:" / one member a line: those who sent
    /// apologies, not items of an unnumbered agenda.
    @Test func apologiesListedUnderASentence() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Kirkton Scrutiny Panel - Wednesday, 1st November, 2017 6.00 pm

        Venue: Training Room, Civic Centre

        No. Item

        Apologies were received from the following members of the panel:

        Cllr Welcome Kousso

        Cllr Mak Sing

        Declarations of interest

        There were no declarations of interest recorded.

        Matters arising

        There were no matters arising.
        """)
        #expect(document.apologies == ["Welcome Kousso", "Mak Sing"])
        #expect(!document.items.contains { $0.title.contains("Kousso") || $0.title.contains("Mak Sing") })
        #expect(document.items.map(\.title).contains("Declarations of interest"))
    }

    /// "Decision details" / "||" / the title: a table's empty row is no title.
    @Test func aDecisionPagesEmptyRowIsNoTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision details

        ||

        School Organisation - Admissions Arrangements for 2021/2022

        Decision Maker: Cabinet

        Decisions:

        RESOLVED: That the admission arrangements be determined.
        """)
        #expect(document.kind == .decision)
        #expect(document.title == "School Organisation - Admissions Arrangements for 2021/2022")
    }

    /// Honours printed with full stops and glued to the person's bracket are no part of the name.
    @Test func honoursBeforeAPersonsBracket() {
        #expect(NameList.droppingHonours("Cllr Norma Stead O.B.E(Vice-Chairman)") == "Cllr Norma Stead (Vice-Chairman)")
        #expect(NameList.droppingHonours("Ann Lee OBE") == "Ann Lee")
        // (A name ending in capitals that are no honour keeps them.)
        #expect(NameList.droppingHonours("Ann LEE (Chair)") == "Ann LEE (Chair)")
    }

    /// The table of exempt information under a resolution to exclude the public names the law's categories, not items.
    @Test func theTableOfExemptInformationIsNoItems() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Meeting Details
        Education and Communities Committee
        18 Nov 2020 - 09:30 to 16:00
        1. Sederunt
        2. Declaration of Group Decisions and Members Interests
        3. Resolution
        The meeting resolved that the public be excluded for the items below, as exempt information is likely to be disclosed:
        Para Number of the Minute   Para Number of Schedule 7A
        4
        Information relating to any applicant or recipient of any financial assistance provided by the Authority
        9
        Information on proposed terms and/or expenditure to be incurred by the Authority
        """)
        #expect(document.items.map(\.title) == ["Sederunt", "Declaration of Group Decisions and Members Interests", "Resolution"])
    }

    /// Governors beside their own initials, unbracketed; a group named before the list's first person; "& baby".
    @Test func governorsAndParentsListed() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Full Governing Body Meeting held on 28th January 2015 at 7.30 p.m. in Classroom 5
        Attendees: Sue Morton SM (Community Governor and Member), Gill Miller GM (Community Governor), Kim O’Sullivan KOS (Staff Governor) and Nicola Anders NDA (Head Teacher).
        Also present: 2016/17 parents – Arlene Barr, Fiona Camm, Louise Davie & baby, Kelly Gorm
        1. Apologies
        There were none.
        """)
        #expect(document.attendance.map { NameList.personKey($0) } == ["Sue Morton", "Gill Miller", "Kim O’Sullivan", "Nicola Anders",
                                                                      "Arlene Barr", "Fiona Camm", "Louise Davie", "Kelly Gorm"].map { NameList.personKey($0) })
        #expect(document.attendance.first == "Sue Morton (Community Governor and Member)")
        // Capitals that are not the person's initials stay.
        #expect(NameList.droppingOwnInitials("Sue Morton PTA (Chair)") == "Sue Morton PTA (Chair)")
    }

    /// "more than 16 hrs per week": a duration in short units.
    @Test func shortUnitsOfTime() async throws {
        let facts = try await MinutesPrecisionTests.facts("If parents want their child to attend more than 16 hrs per week, the cost would be higher.")
        #expect(facts.first?.kind == .duration)
        #expect(facts.first?.unit == "hours")
        #expect(facts.first?.value == 16)
    }

    /// "11.9.12   School Council Minutes": the day, then the body and the word.
    @Test func theDayBeforeTheBodysMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        11.9.12   School Council Minutes

        Present: Simran, Eden, Libby, Max.

        Welcome and introduction to the newly elected School Council
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "School Council")
        #expect(document.meetingDate == CalendarDate(year: 2012, month: 9, day: 11))
    }

    /// A parent council's minutes on one line: "… Kirkton Parent Council Meeting – 5th Sept 2013. Present: A, B, C.
    /// Minutes and matters arising. …": the body and the day, those present up to the full stop, and the heading
    /// word after them no one.
    @Test func aParentCouncilsMinutesOnOneLine() async throws {
        let line = "Kirkton Primary School Parent Council Minutes - Kirkton Parent Council Meeting – 5th Sept 2013. Present: Mark Rich, "
            + "Sharon Carr, Natalie Mott, Donald Gill. Minutes and matters arising. Mr Gill confirmed that Morag Robb will consider "
            + "disabled access to the garden as part of the refurbishing of the school to make it disabled accessible. Minutes approved."
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.committee == "Kirkton Parent Council")
        #expect(document.meetingDate == CalendarDate(year: 2013, month: 9, day: 5))
        #expect(document.attendance == ["Mark Rich", "Sharon Carr", "Natalie Mott", "Donald Gill"])
        #expect(NameList.people(inLine: "Minutes and matters arising. Mr Gill confirmed that the school will consider access.") == nil)
    }
}
