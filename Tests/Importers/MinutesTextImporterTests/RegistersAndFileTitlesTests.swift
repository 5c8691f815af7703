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

    /// Five bare names, one a paragraph, as the tests below print a register.
    static let register = ["Robert Pinder", "Kelly-Ann Moor", "Susan Dale", "Steve Barker", "Karen Adley"].joined(separator: "\n\n")

    /// A register under a distribution heading, or beside a labelled list of those present, is not read as one.
    @Test func registersUnderOtherHeadingsAreNotThosePresent() async throws {
        let (distributed, _) = try await ImportHelpers.importText("""
        Kirkton Education and Skills Board

        Distribution:

        \(Self.register)

        Notes of Meeting

        1. Introduction and Welcome

        Robert Pinder welcomed everyone.
        """)
        #expect(distributed.attendance.isEmpty, "\(distributed.attendance)")
        let (labelled, _) = try await ImportHelpers.importText("""
        Kirkton Education and Skills Board

        \(Self.register)

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

    /// Parish committees' coded minutes: "PLY28/12 Apologies for absence: The Ranger" (letters, the minute, the year),
    /// "R001/11 …", "2404/01 APOLOGIES FOR ABSENCE." (the meeting's year and month, then the minute); a year is no number.
    @Test func codedParishMinutes() async throws {
        let (lettered, _) = try await ImportHelpers.importText("""
        Minutes of the Recreation Committee
        Thursday 27th January 2011
        R001/11 Attendance and Apologies for Absence
        The chair opened the meeting.
        R002/11 Declarations of Interest: None
        R003/11 Update on proposals for a Multi Use Games Area for King George’s Field.
        The update was shared with members.
        R004/11 Youth Club
        The club is open.
        """)
        #expect(lettered.items.map(\.number) == ["R001/11", "R002/11", "R003/11", "R004/11"])
        #expect(lettered.items.map(\.title) == ["Attendance and Apologies for Absence", "Declarations of Interest",
                                                "Update on proposals for a Multi Use Games Area for King George’s Field", "Youth Club"])
        #expect(ItemHeader.slashNumber("2404/01 APOLOGIES FOR ABSENCE.")?.value == 1)
        #expect(ItemHeader.slashNumber("2019/20 budget was set") == nil)
        #expect(ItemHeader.slashNumber("PLY28/12") == nil)
    }

    /// A document site's page number and tools over a flattened minutes' heading ("1 MINUTES OF A MEETING OF …", "Embed
    /// Size (px)") are no items; the group a list's label names ("Governors Present:") is the list's, not the place's.
    @Test func documentSiteChromeAndGroupLabels() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        12
        1 MINUTES OF A MEETING OF THE BOARD OF GOVERNORS OF KIRKTON PRIMARY SCHOOL HELD AT THE SCHOOL ON 22 ND NOVEMBER 2016 Governors Present: Colin Shaw (CS) Chair Lisa Wood (LW) Head Teacher Tim Munn (TM) Sally Stead (SS) Carl Winter (CW) Apologies: Elise Drake (ED) Also in attendance: Linda Magee (LM) Observer PART ONE NON-CONFIDENTIAL BUSINESS The governors reviewed the plan in detail, with the trust's officers, and agreed the training records should be added to it.

          • Download
            0

        Embed Size (px)

        Citation preview

        1

        MINUTES OF A MEETING OF THE BOARD OF GOVERNORS OF KIRKTON PRIMARY SCHOOL
        """)
        #expect(document.committee == "BOARD OF GOVERNORS OF KIRKTON PRIMARY SCHOOL")
        #expect(document.meetingDate == CalendarDate(year: 2016, month: 11, day: 22))
        #expect(document.venue != "Governors", "\(document.venue ?? "none")")
        #expect(document.items.isEmpty, "\(document.items.map(\.title))")
        #expect(RunTogetherLabels.movingGroupWords(["HELD ON 2 MAY 2016 Governors", "Present: A B"]) == ["HELD ON 2 MAY 2016", "Governors Present: A B"])
    }

    /// "Thursday, 4th July, 2019 7.00 pm, MOVED": ModernGov's note that the meeting was moved to the day; a postponed
    /// meeting's day is none. Apologies end before the substitutes who attended.
    @Test func movedMeetingsAndSubstitutes() async throws {
        #expect(PageLayout.dateOfMeetingLine("Thursday, 4th July, 2019 7.00 pm, MOVED") == CalendarDate(year: 2019, month: 7, day: 4))
        #expect(PageLayout.dateOfMeetingLine("Thursday, 4th July, 2019 7.00 pm, POSTPONED") == nil)
        #expect(NameList.namesAfterFrom(in: "Apologies for absence were received from Councillors Moira Bell and Annie Moss with Councillors Tom Drum and Barry Law attending as substitute members.")
                == ["Moira Bell", "Annie Moss"])
    }

    /// "a £1 + million pound investment": more than a million, the sum stated a million, the currency said again no part of
    /// what it pays for; "£1 +" alone states no sum. "Cherry Parish Council’s Leisure & Amenities Committee" is the committee.
    @Test func plusMillionAndACouncilsCommittee() async throws {
        let facts = try await MinutesPrecisionTests.facts("There is a £1 + million pound investment. A grant of £5 + was mentioned.")
        #expect(facts.map(\.value) == [1_000_000], "\(facts)")
        #expect(facts.first?.subject == "investment", "\(facts)")
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of Cherry Parish Council’s Leisure & Amenities Committee held Virtually on Monday 4th January 2021, at 7:00 pm.

        Present: Cllr Robb (Chairman), Cllr Bryl, Cllr Burr

        1. Apologies for absence
        """)
        #expect(document.committee == "Leisure & Amenities Committee")
    }
}

/// A partnership's register whose columns a text copy kept apart with spaces: the person, their body (commas and a
/// post in brackets in it), and whether they came, sent apologies or sent someone in their place. Modelled on
/// held-out set 44 (the names are invented).
@Suite struct RegisterColumnsTests {
    static let text = """
    Children and Young People’s Partnership

         Date/time:   Tuesday 22nd September 2009, 10.30 a.m. to 12.35 p.m.

         Venue:       Room 4, Shire Hall, Kirkton

         Membership:                                              Attendance     Apologies

         Ann Example               representing Secondary Heads   Absent          Yes
         Brian Sample              Kirkton DC                     Present
         Carol Tester              Children's Services, KCC (Chairman)   Present
         Dan Person                Fire and Rescue                Eve Fielding covering
         Fay Absent                Youth Service                  Absent
    """

    @Test func readsPresentApologiesAndDeputiesByColumn() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.text)
        #expect(document.attendance == ["Brian Sample", "Carol Tester", "Eve Fielding"])
        #expect(document.apologies == ["Ann Example"])
    }

    @Test func absentYesIsNoApologyWithoutAnApologiesColumn() {
        #expect(NameList.registerRowByColumns(["Ann Example", "Secondary Heads", "Absent", "Yes"], apologiesColumn: false) == nil)
        #expect(NameList.registerRowByColumns(["Ann Example", "Secondary Heads", "Absent", "Yes"], apologiesColumn: true)?.apologies == "Ann Example")
        #expect(NameList.registerRowByColumns(["Youth Service", "Kirkton", "Present"], apologiesColumn: false) == nil)
    }
}
