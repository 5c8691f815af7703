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
}
