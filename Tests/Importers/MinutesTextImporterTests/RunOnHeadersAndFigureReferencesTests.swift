import CouncilText
import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Titled people run together after a label, a page's header, lists and minutes run onto one line, ModernGov
/// headings a copy printed twice or with a full stop, a post after a dash in a list, and numbers that state
/// no figure. Modelled on held-out set 17's shapes; the names are invented.
@Suite struct RunOnHeadersAndFigureReferencesTests {
    /// "Present:- Youth Cllr A B Youth Cllr C D …" on one line: each title opens a person.
    @Test func titledPeopleRunTogetherAfterTheLabel() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the meeting of Kirkton Community Youth Council, held at the Town Hall, Kirkton, Commencing at 2.00pm
        Present:- Youth Cllr Jacob Arch Youth Cllr Logan Blythe Youth Cllr Nina Bell (Youth Mayor) Youth Cllr Ellie Cole
        173. Apologies
        Apologies were accepted from Cllr Bob Gill who was delayed
        """)
        #expect(document.attendance == ["Jacob Arch", "Logan Blythe", "Nina Bell (Youth Mayor)", "Ellie Cole"])
        let councillors = NameList.names(in: "Cllr Jacob Arch Cllr Logan Blythe Cllr Ellie Cole")
        #expect(councillors == ["Jacob Arch", "Logan Blythe", "Ellie Cole"])
        // People with their separators are no run: they are read as they always were.
        #expect(NameList.titledRun("Cllr Jacob Arch, Cllr Logan Blythe and Cllr Ellie Cole") == nil)
    }

    /// A PDF copy on one line: "Meeting of X DAY – TIME held at PLACE Present: … Apologies: … Minutes: …".
    @Test func headerListsAndMinutesOnOneLine() async throws {
        let line = "Meeting of Kirkton District Children’s Partnership North Group Thursday, 30 September 2010 – 1.30 p.m. held at "
            + "Kirkton College Present: Donna Beck Debra Cross Colin Dye Emma Frank Mark Hend Apologies: Tony Bost Richard Kell "
            + "Matthew Long Minutes: Welcome to the first meeting by Donna Beck. Introductions made. The group agreed to meet each term."
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.committee == "Kirkton District Children’s Partnership North Group")
        #expect(document.meetingDate == CalendarDate(year: 2010, month: 9, day: 30))
        #expect(document.venue == "Kirkton College")
        #expect(document.attendance == ["Donna Beck", "Debra Cross", "Colin Dye", "Emma Frank", "Mark Hend"])
        #expect(document.apologies == ["Tony Bost", "Richard Kell", "Matthew Long"])
    }

    /// "Agenda and minutes." with a full stop is ModernGov's heading; the heading printed twice names no committee.
    @Test func modernGovHeadingsAFullStopOrTwice() async throws {
        let (dotted, _) = try await ImportHelpers.importText("""
        Kirkton Council

        Agenda and minutes.

        Venue: Town Hall, Kirkton

        Items
        No. Item

        1.

        Apologies for Absence

        Minutes:

        Apologies for absence were received from Councillor Offa.

        2.

        Urgent Business

        Minutes:

        There was no urgent business.
        """)
        #expect(dotted.kind == .meeting)
        #expect(dotted.items.map(\.title) == ["Apologies for Absence", "Urgent Business"])
        #expect(dotted.apologies == ["Offa"])
        let (twice, _) = try await ImportHelpers.importText("""
        Agenda and draft minutes

        Agenda and draft minutes

        Venue: Conference Room 1a, County Hall, Kirkton

        No. Item

        Apologies were received from Councillor David Wynne
        """)
        #expect(twice.committee == nil)
        #expect(twice.venue == "Conference Room 1a, County Hall, Kirkton")
    }

    /// A post or a body after a dash is no part of the name, in a list of those present or an apologies sentence;
    /// a dash inside a bracket splits nothing.
    @Test func postsAfterADash() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Governing Body held on 18th June 2020
        Present: Mark Upton, Helen Kay
        In attendance: Victoria Fane (VF) - Clerk AGENDA ITEM MINUTES ACTION NO:
        1. Apologies
        Apologies for absence were submitted on behalf of Councillors Brock and Pugh and L Mitchem - Approach Development.
        """)
        #expect(document.committee == "Governing Body")
        #expect(document.attendance == ["Mark Upton", "Helen Kay", "Victoria Fane (VF)"])
        #expect(document.apologies == ["Brock", "Pugh", "L Mitchem"])
        #expect(NameList.droppingDashedPost("Dave Hall (DH - Chair)") == "Dave Hall (DH - Chair)")
        #expect(NameList.droppingReason("Sam Arrow (Named Nurse - Looked After Children)") == "Sam Arrow (Named Nurse - Looked After Children)")
    }

    /// Sums to the penny, and what a quotation is for.
    @Test func moneyToThePenny() async throws {
        let facts = try await MinutesPrecisionTests.facts("Telephone Line - noted that the rental was £9.99 per month. LH had obtained a quotation of £150 for a carpet.")
        let money = facts.filter { $0.kind == .money }
        #expect(money.map(\.value) == [9.99, 150])
        #expect(money.last?.subject.hasPrefix("carpet") == true)
    }

    /// Numbers that name a category, a code, an item or things already told of state no figure.
    @Test func numbersThatStateNoFigure() async throws {
        let facts = try await MinutesPrecisionTests.facts("""
        Those who live in Kirkton would have priority 2, 3 or 4 status, depending on their circumstances.
        Feedback was collected on the distinction between these two question types.
        Board Meeting 13 Public Minutes v0.2 1 BM13-01/15M Action No. Page No.
        Present: HM Smith The clerk 1 Apologies for absence JE Coston.
        There had been two break-ins recently.
        """)
        #expect(facts.filter { $0.kind == .count }.map(\.value) == [2])
        #expect(facts.first?.subject == "break-ins")
    }

    /// A page with no heading: "Those present were:" opens the list, and a page listing those present and those
    /// who sent apologies is a meeting's minutes.
    @Test func aPageThatListsThosePresentAndApologies() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Those present were:

        Carla Warne / Community First Kirkton
        Patti Snell / Head of Centre, Bushy Lea
        John Myer / Kirkton College

        Apologies were received from Ann Truby, Karen Mabb.

        2. Alison had contacted Karen Mabb of Children’s Links.
        """)
        #expect(document.kind == .meeting)
        #expect(document.attendance == ["Carla Warne", "Patti Snell", "John Myer"])
        #expect(document.apologies == ["Ann Truby", "Karen Mabb"])
    }

    /// "Monday 11 June 01": a year of two digits is read only when the weekday printed is that day's; a heading run
    /// on into the page is not taken for the approval of the last minutes that follows it.
    @Test func aTwoDigitYearCheckedByItsWeekday() async throws {
        #expect(DateText.parse("Monday 11 June 01") == CalendarDate(year: 2001, month: 6, day: 11))
        #expect(DateText.parse("Tuesday 11 June 01") == nil)
        #expect(DateText.parse("11 June 01") == nil)
        let (document, _) = try await ImportHelpers.importText("Minutes of the Youth Committee Meeting held on Monday 11 June 01 at 8.00pm "
            + "in the Community Centre Present: HM Smyth (chair) L Hendry DJ Lee The clerk 1 Apologies for absence JE Costa "
            + "341/01 2 Election of Chairman - HMS was elected chairman. 343/01 4 Minutes - The minutes of the meeting of 26 March 01 "
            + "were approved and signed as a true record. Matters arising - the scheme proved to be of little benefit.\n")
        #expect(document.committee == "Youth Committee")
        #expect(document.meetingDate == CalendarDate(year: 2001, month: 6, day: 11))
        #expect(document.venue == "Community Centre")
    }

    /// A pronoun or a bullet's dash is no subject of a sum.
    @Test func moneyWhoseClauseOpensWithAPronounOrADash() async throws {
        let facts = try await MinutesPrecisionTests.facts("- We are expected to have about £38K – has to be spent by July 2011 for Extended Schools Coordination.")
        #expect(facts.count == 1)
        #expect(facts.first?.subject.lowercased().hasPrefix("we") == false)
        #expect(facts.first?.subject.hasPrefix("-") == false)
    }

    /// "The Committee agreed to:-" over lettered points: the points are what was decided. A church title is no
    /// part of a member's name.
    @Test func decisionsListedUnderWhatTheCommitteeAgreed() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        At a MEETING of the EDUCATION COMMITTEE held at Kirkton on 26th October, 2009.
        Present:-
        Ken GUILD |
        Monsignor K McCAFFERTY |
        I POLICY ON PROVISION FOR YOUNG CARERS
        There was submitted Report No 491-2009 by the Director of Education seeking approval for a policy on young carers.
        The Committee agreed to:-
        (i) note the content of the report;
        (ii) approve the policy; and
        (iii) instruct the Director of Education to monitor the implementation of the policy.
        """)
        let decision = try #require(document.items.first?.decisions.first)
        #expect(decision.kind == .resolution)
        #expect(decision.children?.compactMap(\.text) == ["note the content of the report;", "approve the policy; and",
                                                          "instruct the Director of Education to monitor the implementation of the policy."])
        #expect(document.attendance == ["Ken GUILD", "Monsignor K McCAFFERTY"])
        // A sentence that agreed nothing is no decision's opening.
        #expect(UnlabelledResolution.closingMarker("The Committee had not agreed to:") == nil)
    }
}
