import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// An own site's agenda table whose rows carry whose report each item is, and a list of officers whose titles a
/// copy glued to their names. Modelled on held-out set 49 (the words are invented).
@Suite struct GluedNotesAndNamesTests {
    @Test func gluedAgendaRowsLoseWhoseReportAndTheNoteAfterTheirTitles() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education Executive Agenda - 13 October 2009, 10:00 Help

        A meeting to be held at Council Chambers, Civic Centre, Kirkton at 10:00 on 13 October 2009.

        Number Item
        01Apologies for Absence. View Papers
        02Declarations of Interest - Members should declare any financial and non-financial interests they have in the items of business.
        03Design Brief for a New Primary School - Outcome of Consultation - report by Head of Education (Development) (herewith). View Papers
        04Review of Nursery Admission Criteria - joint report by Director of Education and Head of Finance (herewith). View Papers
        05Print 7 - Committees' minutes - Consideration of paragraphs marked "C" (page 442 onwards). View Papers
        """)
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Declarations of Interest",
                                               "Design Brief for a New Primary School - Outcome of Consultation",
                                               "Review of Nursery Admission Criteria",
                                               "Print 7 - Committees' minutes - Consideration of paragraphs marked \"C\""])
    }

    @Test func titlesGluedToInitialsAndToTheLastAndAreParted() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Council
        Education and Lifelong Learning Committee
        Tuesday 17 October 2006 at 3.00 pm

        Present: Councillors Blair, Gallacher and White, Mr R Henderson, Parent Representative.
        In attendance: Director of Education Services, Head of Lifelong Learning and Educational Support, MrHMcNally (for Head of Legal and Administration), MrJ Airdrie (for Head of Finance) andMr A Garrard (for Head of Property Services).
        Apologies: Councillors Forbes and Tucker.
        """)
        let people = document.attendance.map(NameList.personKey)
        #expect(people.contains("h mcnally") && people.contains("j airdrie") && people.contains("a garrard"))
        #expect(!document.attendance.contains { $0.contains("Educational Support") || $0.contains("MrH") || $0.contains("andMr") })
    }

    @Test func gluedTitlesAreParted() {
        #expect(NameList.ungluingTitle("MrHMcNally (for Head of Legal)") == "Mr H McNally (for Head of Legal)")
        #expect(NameList.ungluingTitle("MrJ Airdrie") == "Mr J Airdrie")
        #expect(NameList.ungluingTitle("andMr A Garrard") == "Mr A Garrard")
        #expect(NameList.ungluingTitle("Mr Andrew Garrard") == "Mr Andrew Garrard")
        #expect(NameList.ungluingTitle("Mrs Ann Lowe") == "Mrs Ann Lowe")
        #expect(NameList.ungluingTitle("Andrea Smith") == "Andrea Smith")
    }
}

/// Under two people a line, a paragraph of officers each with their post in brackets is that many people, not one
/// person and their post. Modelled on held-out set 49 (the names are invented).
@Suite struct BracketedPostsParagraphTests {
    @Test func officersEachWithABracketedPostAreEachAPerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Learning Scrutiny Committee held on 4 March 2019

        In attendance:

        County Councillor P Davey (Portfolio Holder for Education)

        County Councillor A Davey (Portfolio Holder for Finance)

        C Turnbull (Chief Executive), L Lovett (Interim Head of Education), G Reese (Education Consultant) and E Paterson (Scrutiny Officer)

        1. Apologies

        None.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["p davey", "a davey", "c turnbull", "l lovett", "g reese", "e paterson"])
    }

    @Test func aPersonWithABracketedPostIsToldFromAPost() {
        #expect(NameList.isPersonWithBracketedPost("L Lovett (Interim Head of Education)"))
        #expect(!NameList.isPersonWithBracketedPost("Kirkton Council (Education)"))
        #expect(!NameList.isPersonWithBracketedPost("Mental Health and LD Commissioning"))
    }
}

/// A decision's record whose copy lost its "Decision:" label: the points that each open with what was decided are the
/// decision. Modelled on held-out set 49 (the words are invented).
@Suite struct UnlabelledDecisionPointsTests {
    static func page(_ points: String) -> String {
        """
        Decision details

        Decision Maker: Cabinet
        Decision status: Recommendations Approved
        Is Key decision?: No
        Report seeking approval to consult on proposals for the family hubs.
        \(points)
        Report author: Ann Example
        Date of decision: 01/02/2024
        Decided at meeting: 01/02/2024 - Cabinet
        """
    }

    @Test func pointsOpeningWithWhatWasDecidedAreTheDecision() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("""
        1) Approve the commencement of public consultation on the proposed redesign of the family hubs; and
        2) Approve an in-principle decision for consultation on specific services if savings require this.
        """))
        #expect(document.kind == .decision)
        let resolution = document.blocks.first { $0.kind == .resolution }
        #expect(resolution?.children?.compactMap(\.text).map { String($0.prefix(11)) } == ["Approve the", "Approve an "])
    }

    @Test func otherPointsStayAList() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.page("""
        1) The consultation will run for twelve weeks from March.
        2) Approve the commencement of public consultation on the proposed redesign.
        """))
        #expect(!document.blocks.contains { $0.kind == .resolution })
    }
}

/// "Larann Foss - Education Officer - Schools Estate": a person, their post and its area, one dash after another; not a
/// body's people after the last dash. Modelled on held-out set 49 (the names are invented).
@Suite struct PersonPostAndAreaTests {
    @Test func aPersonBeforeTwoDashesIsThePerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children and Lifelong Learning Committee Minutes

        Date:
        Tuesday 27 March 2018

        Officials:
        Colin Grantham - Director Children, Young People & Lifelong Learning
        Lorna Fossey - Education Officer - Schools Estate
        Rosemary Smithson - Education Officer
        Apologies:
        Karen Carr - Annandale East
        1 SEDERUNT
        """)
        #expect(document.attendance.map(NameList.personKey) == ["colin grantham", "lorna fossey", "rosemary smithson"])
        // A body's people after its dash are still read so.
        #expect(NameList.peopleAfterOrganisation("Care Inspectorate - Peter Macleod, Helen Happer") == ["Peter Macleod", "Helen Happer"])
    }
}

/// "PRESENT: Councillor A (Chair) Councillor B (Vice-Chair)" / blank / "Councillors C, D … and E.": the rest of the members
/// in a paragraph of their own; a post's areas parted at its commas are no one. Modelled on held-out set 50 (the names are
/// invented).
@Suite struct MembersParagraphAfterTheChairsTests {
    @Test func thePluralTitlesParagraphAfterABlankGoesOnWithTheList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON COUNTY COUNCIL

        Minutes of the meeting held on 14 May 2019

        PRESENT: Councillor Dylan Reese (Chair) Councillor Margaret Morley (Vice-Chair)

        Councillors Lewis Davis, R Dewe, John Griffin, Ieuan Williamson and Robin Willis.

        IN ATTENDANCE: Chief Executive, Head of Highways, Property and Waste, Head of Learning.

        APOLOGIES: Councillor A M Jones

        1. MINUTES

        The minutes were confirmed.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["dylan reese", "margaret morley", "lewis davis", "r dewe", "john griffin",
                                                               "ieuan williamson", "robin willis"])
        #expect(document.apologies.map(NameList.personKey) == ["a m jones"])
    }
}
