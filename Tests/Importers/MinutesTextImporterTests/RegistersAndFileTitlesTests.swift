import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Shapes from held-out sets 35 and 36 (parish committees, a town's education board, a governing body's flattened minutes,
/// a youth participation group): a file's dated title over the minutes' own heading, numbered titles with full stops, a
/// register of bare names, a vote's count, a title in capitals run into its minutes. The names are invented.
@Suite struct RegistersAndFileTitlesTests {
    /// "January 2025 Play Area Committee DRAFT Minutes" over "DRAFT MINUTES OF THE PLAY AREA COMMITTEE MEETING held at …":
    /// the heading names the body, the place and the day; the title line names no body of its own.
    @Test func datedFileTitleOverTheMinutesHeading() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        January 2025 Play Area Committee DRAFT Minutes

        KIRKBY PARISH COUNCIL
        PLAY AREA COMMITTEE

        DRAFT MINUTES OF THE PLAY AREA COMMITTEE MEETING held at the Kirkby Memorial Hall, Church Lane, KB1 2CD
        on Tuesday 7 January 2025, at 7pm

        PRESENT:
        M Archer (Chair), S Bellamy, A Carver

        PUBLIC FORUM (15 minutes)
        Nothing was raised in the public forum.

        1.    Chairmans remarks.
        The chair welcomed everyone to the meeting.

        2.    Apologies for absence and acceptance of reasons given.
        None

        3.    No declarations were made.

        4.    Acceptance of Minutes from 12 November 2024
        The minutes were accepted.
        """)
        #expect(document.committee == "PLAY AREA COMMITTEE")
        #expect(document.meetingDate == CalendarDate(year: 2025, month: 1, day: 7))
        #expect(document.venue?.hasPrefix("Kirkby Memorial Hall") == true, "\(document.venue ?? "none")")
        // A title in sentence case keeps its place among the items; a numbered sentence of the minutes is none.
        #expect(document.items.map(\.title) == ["Chairmans remarks", "Apologies for absence and acceptance of reasons given",
                                                "Acceptance of Minutes from 12 November 2024"])
        // The time the agenda allows the public forum measures nothing.
        #expect(!document.facts.contains { $0.kind == .duration }, "\(document.facts)")
    }

    /// Without a heading under it, the dated title still names the body, without its month and the draft.
    @Test func datedFileTitleAloneNamesTheBody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        June 2024 Youth Forum DRAFT Minutes

        Present: Amy Stone, Ben Ward

        1. Welcome
        """)
        #expect(document.committee == "Youth Forum")
        // ("Parent Council Minutes" over "Minutes of the November 2023 Council meeting": the title is the better name.)
        let (parents, _) = try await ImportHelpers.importText("""
        Parent Council Minutes

        Minutes of the November 2023 Council meeting

        Present: Amy Stone, Ben Ward, Cara Dunn

        1. Welcome
        """)
        #expect(parents.committee == "Parent Council")
    }

    @Test func sentenceCaseTitlesWithFullStops() {
        #expect(ItemHeader.namesBusinessWithFullStop("Chairmans remarks"))
        #expect(ItemHeader.namesBusinessWithFullStop("Declarations of interest under the Localism Act 2011 and consideration of any requests"))
        #expect(!ItemHeader.namesBusinessWithFullStop("No declarations were made"))
        #expect(!ItemHeader.namesBusinessWithFullStop("The minutes were accepted"))
        #expect(!ItemHeader.namesBusinessWithFullStop("Minutes approved"))
        #expect(!ItemHeader.namesBusinessWithFullStop("Cllr Moss reported on the play area"))
        #expect(!ItemHeader.namesBusinessWithFullStop("Welcome"))
    }

    /// The body's name, its council, the day, then one bare name a line and "Notes of Meeting": the names are those present
    /// (the last of them no body) and the page's first line names the body.
    @Test func registerOfBareNamesOverNotes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Education and Skills Board

        Kirkton Borough Council

        9th May 2014

        Robert Pinder

        Kelly-Ann Moor

        Susan Dale

        Cllr Steve Barker

        County Cllr Ben Acre

        Karen Adley

        Notes of Meeting

        1. Introduction and Welcome

        Robert Pinder welcomed everyone to the meeting and introductions were made.
        """)
        #expect(document.committee == "Kirkton Education and Skills Board")
        #expect(document.attendance == ["Robert Pinder", "Kelly-Ann Moor", "Susan Dale", "Cllr Steve Barker", "County Cllr Ben Acre", "Karen Adley"])
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 5, day: 9))
    }

    /// A register under a distribution heading, or beside a labelled list of those present, is not read as one.
    @Test func registersUnderOtherHeadingsAreNotThosePresent() async throws {
        let (distributed, _) = try await ImportHelpers.importText("""
        Kirkton Education and Skills Board

        Distribution:

        Robert Pinder

        Kelly-Ann Moor

        Susan Dale

        Steve Barker

        Karen Adley

        Notes of Meeting

        1. Introduction and Welcome

        Robert Pinder welcomed everyone.
        """)
        #expect(distributed.attendance.isEmpty, "\(distributed.attendance)")
        let (labelled, _) = try await ImportHelpers.importText("""
        Kirkton Education and Skills Board

        Robert Pinder

        Kelly-Ann Moor

        Susan Dale

        Steve Barker

        Karen Adley

        Notes of Meeting

        Present: Amy Stone, Ben Ward

        1. Introduction and Welcome
        """)
        #expect(!labelled.attendance.contains("Robert Pinder"), "\(labelled.attendance)")
    }

    /// "J Tailor. R. Woodyard": a full stop typed for the list's comma after a surname.
    @Test func fullStopBetweenInitialledNames() {
        #expect(NameList.names(in: "D. Rees, J.E. Robbins, J Tailor. R. Woodyard") == ["D. Rees", "J.E. Robbins", "J Tailor", "R. Woodyard"])
        #expect(NameList.splittingInitialledPairs("Mrs. G. Olive") == ["Mrs. G. Olive"])
    }

    /// "Vote taken: 10 in favour, 0 against, 0 abstentions" under "Decision:" is how the vote went: no decision, no fact.
    @Test func voteCountIsNoDecision() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - meetings

        REVIEW OF SCHOOL PLACES

        Meeting: 05/10/2020 - Communities Scrutiny Committee (Item 4)

        4 REVIEW OF SCHOOL PLACES

        To consider a report by the Scrutiny Co-ordinator.

        Decision:

        Vote taken: 10 in favour, 0 against, 0 abstentions

        Resolved: that detailed information be provided to all councillors by early 2021.
        """)
        let decisions = document.items.flatMap(\.decisions).compactMap(\.text)
        #expect(!decisions.contains { $0.hasPrefix("Vote taken") }, "\(decisions)")
        #expect(decisions.contains { $0.contains("detailed information be provided") }, "\(decisions)")
        #expect(!document.facts.contains { $0.subject.contains("abstention") || $0.subject.contains("favour") }, "\(document.facts)")
        #expect(FactExtractor.isVoteTally("7 for, 2 against"))
        #expect(!FactExtractor.isVoteTally("12 pupils were against the change"))
    }

    /// "1. WELCOME BY THE CLERK The Clerk welcomed …": the title in capitals, the minutes after it on the same line; "the
    /// above Governing Body" is the body the first line names.
    @Test func capitalTitlesRunIntoTheirMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Governing Body of Kirkton Learning Academy

        3 October 2016

        Minutes of proceedings at the Annual meeting of the above Governing Body held at the Kirkton Learning Academy on Monday, 3 October 2016 at 6.00 pm.

        PRESENT Amy Stone, Ben Ward, Cara Dunn and Dan Ellis.

        1. WELCOME BY THE CLERK The Clerk welcomed everyone to the meeting.

        2. ARRANGEMENTS FOR THE ELECTION OF CHAIR AND VICE-CHAIR Governors noted the regulations on the election of the Chair.

        3. A REPORT ON THE BUDGET A report was received from the business manager.
        """)
        #expect(document.committee == "Governing Body of Kirkton Learning Academy")
        #expect(document.items.map(\.title) == ["WELCOME BY THE CLERK", "ARRANGEMENTS FOR THE ELECTION OF CHAIR AND VICE-CHAIR", "A REPORT ON THE BUDGET"])
        #expect(ItemHeader.capitalTitleRunIn("APOLOGIES None received") == nil)
        #expect(ItemHeader.capitalTitleRunIn("Welcome and apologies The chair welcomed everyone.") == nil)
        // Without the body on the first line, "the above" names none.
        let (unnamed, _) = try await ImportHelpers.importText("""
        Minutes of proceedings at the Annual meeting of the above Governing Body held at the School on Monday, 3 October 2016.

        PRESENT Amy Stone, Ben Ward, Cara Dunn and Dan Ellis.
        """)
        #expect(unnamed.committee == nil, "\(unnamed.committee ?? "")")
    }

    /// "Agreed Report Board of Management Meeting September 2021": what the document is, before the body.
    @Test func recordBeforeTheBody() {
        #expect(PageLayout.bodyMeetingOnDayWithoutYear("Agreed Report Board of Management Meeting September 2021") == "Board of Management")
        #expect(PageLayout.bodyMeetingOnDayWithoutYear("Board of Management Meeting March 2021") == "Board of Management")
    }

    /// "Matthew Wall, Kirkton Youth Cabinet John Hunter, Kirkton Speak Out Liam Preston, …": each comma parts a person from
    /// the body they come from, which runs into the next person.
    @Test func commasBeforeTheirBodies() {
        let text = "Matthew Wall, Kirkton Youth Cabinet John Hunter, Kirkton Speak Out Liam Preston, Young Carers Thomas Norman, Kirkton Family Voice Julie Summers, Youth Justice Service"
        #expect(RunTogetherPeople.people(in: Substring(text)) == ["Matthew Wall", "John Hunter", "Liam Preston", "Thomas Norman", "Julie Summers"])
        // An ordinary list, each person with their post after a comma, is not such a list.
        #expect(!RunTogetherPeople.commasBeforeBodies("Jane Dale, Head of Service, Bob Lee, Manager, Ann Cole, Clerk"))
        #expect(!RunTogetherPeople.commasBeforeBodies("Jane Dale, Bob Lee, Ann Cole, Tom Hart"))
    }
}
