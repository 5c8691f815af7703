import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Shapes of held-out set 33's school, partnership and board minutes: a heading naming the actions beside the minutes, a
/// list's label glued to its first person, an apologies sentence wrapped mid-name, titles run into their minutes after a
/// dash, a date label naming the body, people in spaced columns, a blog's archive heading, a trust's name before the
/// heading and a document site's chrome. The names are invented.
@Suite struct RunInTitlesAndWrappedSentencesTests {
    /// "Minutes/Action Points of the X Meeting on DATE": the body and the day; "N. Title – what was reported." items.
    @Test func actionPointsHeadingAndDashedTitles() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes/Action Points of the North Kirkton Local Children’s Partnership Meeting on 25th January 2011

        Present:

        Lena Clarke, Pam Lucas, Jean Hume

        1. Welcome

        The chair welcomed everyone.

        2. Funding – MC reported that the £2500 of set up monies had been spent.

        3. Key Data – an example of the key data sets available was given.

        4. Aims/objectives of the LCP

        The aims were circulated.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "North Kirkton Local Children’s Partnership")
        #expect(document.meetingDate == CalendarDate(year: 2011, month: 1, day: 25))
        #expect(document.items.map(\.title) == ["Welcome", "Funding", "Key Data", "Aims/objectives of the LCP"])
        #expect(document.items[1].minutes.first?.text?.hasPrefix("MC reported") == true)
    }

    /// An agenda's title with a dash in it stays whole: what follows the dash tells nothing that happened.
    @Test func agendaTitlesWithDashesStayWhole() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda

        1. Welcome and apologies

        2. Playground policy – Bea Rams to discuss the scoping of the playground policy

        3. Review of Nursery Admission Criteria - report by Director of Education (herewith)
        """)
        #expect(document.items.map(\.title) == [
            "Welcome and apologies",
            "Playground policy – Bea Rams to discuss the scoping of the playground policy",
            "Review of Nursery Admission Criteria - report by Director of Education (herewith)",
        ])
    }

    /// "PRESENTMr D Roth(Chair)", "IN ATTENDANCEMr J Hals (Clerk)": the labels a copy glued to the first person.
    @Test func listLabelsGluedToTheirFirstPerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON HIGH SCHOOL

        MINUTES OF THE LOCAL GOVERNING BODY MEETING HELD ON FRIDAY 15 MARCH 2013 AT 3.45PM AT THE SCHOOL

        PRESENTMr D Rothe(Chair)

        Mr T Horsham

        Mrs B Johns

        IN ATTENDANCEMr J Halsey (Clerk)

        1. Apologies

        None.
        """)
        #expect(document.attendance.map { $0.replacingOccurrences(of: "(Chair)", with: "") }.contains("Mr D Rothe"))
        #expect(document.attendance.contains("Mr T Horsham"))
        #expect(document.attendance.contains { $0.hasPrefix("Mr J Halsey") })
        #expect(!document.attendance.contains { $0.contains("PRESENT") || $0.contains("ATTENDANCE") })
    }

    /// A hard-wrapped apologies sentence stopping on a given name goes on with the next line.
    @Test func apologiesSentenceWrappedMidName() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Governors Meeting held on 7 December 2010

        Present: Kevin Shore, Andrew Jolly.

        1. Introduction:

        Apologies for absence: Apologies were received and accepted from Astrid
        Gibbs, Spencer Spear and Bernice Mant.

        Declaration of Interest: There were no declarations of interest made.
        """)
        #expect(document.apologies == ["Astrid Gibbs", "Spencer Spear", "Bernice Mant"])
        #expect(document.attendance == ["Kevin Shore", "Andrew Jolly"])
    }

    /// "Date of Board of Management Meeting: 23/10/24": the day, and the body the label names.
    @Test func dateLabelNamingTheBody() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agreed Report on Board of Management Meeting
        Date of Board of Management Meeting: 23/10/24
        - The Chairperson welcomed the Board.
        - The Board agreed that a fundraiser should take place.
        """)
        #expect(document.committee == "Board of Management")
        #expect(document.meetingDate == CalendarDate(year: 2024, month: 10, day: 23))
    }

    /// "Present: HM Smyth (chair)   EH Baker   L Hend": people kept apart by runs of spaces, not commas.
    @Test func presentListInSpacedColumns() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Youth Committee Meeting held on Monday 27 January 2003

        Present: HM Smyth (chair)   EH Bakes   L Hend   LC Twine

        1. Apologies for absence

        None.
        """)
        #expect(document.attendance == ["HM Smyth (chair)", "EH Bakes", "L Hend", "LC Twine"])
    }

    /// A blog's archive heading over a parent council's post: the body and its day under it, with a flattened table
    /// headed "Present   Apologies", make a meeting; the archive names no body.
    @Test func parentCouncilPostUnderABlogArchive() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Category Archives: Parent Council

        Final PC minutes from April 2016

        Kirkton Primary School Parent Council

        27 APRIL 2016, 18.30-20.30

        Present       Apologies
        Holly Gent Chair HG   Fergus Doub   FD

        1. Welcome
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Primary School Parent Council")
        #expect(document.meetingDate == CalendarDate(year: 2016, month: 4, day: 27))
    }

    /// "PEGASUS ACADEMY TRUST MINUTES OF A MEETING OF THE X …": the trust before the heading is no part of the body; "No
    /// … apologies … had been received from X" names no one who sent apologies; a document site's counter and note make
    /// no item.
    @Test func trustBeforeTheHeadingAndApologiesNotSent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON ACADEMY TRUST MINUTES OF A MEETING OF THE KIRKTON PRIMARY SCHOOL ACADEMY COUNCIL HELD ON MONDAY 9 FEBRUARY 2015 AT 6.

        Copied!
        10
        0

        Loading.... (view fulltext now)

        1. Welcome and Apologies

        No communication or apologies for absence had been received from Nick Esk. The meeting was quorate.

        2. Quorum

        The meeting was declared quorate.
        """)
        #expect(document.committee?.uppercased() == "KIRKTON PRIMARY SCHOOL ACADEMY COUNCIL")
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 2, day: 9))
        #expect(document.apologies.isEmpty)
        #expect(!document.items.contains { $0.title.hasPrefix("Loading") })
    }

    /// A parent council's AGM under its body's name and day; a town council's motion "proposed …, seconded … and RESOLVED
    /// that …"; an apology whose sender's name a clause follows ("… who was unavoidably delayed").
    @Test func annualMeetingSecondedResolutionAndApologyWithAClause() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Primary School Parent Council AGM
        21st November 2013
        Present: / James Wyl, Liz McFarl, Iain Stirl

        173. Apologies
        Apologies were accepted from Cllr Bob Gill who was unavoidably delayed
        177. Minutes
        It was proposed by Youth Cllr Jeav, seconded by Youth Cllr Irel and RESOLVED that the minutes of the meeting held 19th October 2016 be signed as a true record.
        178. Matters Arising
        None.
        """)
        #expect(document.committee == "Kirkton Primary School Parent Council")
        #expect(document.meetingDate == CalendarDate(year: 2013, month: 11, day: 21))
        #expect(document.apologies == ["Bob Gill"])
        let minutes = try #require(document.items.first { $0.number == "177" })
        #expect(minutes.decisions.compactMap(\.text) == ["RESOLVED that the minutes of the meeting held 19th October 2016 be signed as a true record."])
        #expect(minutes.minutes.first?.text == "It was proposed by Youth Cllr Jeav, seconded by Youth Cllr Irel")
    }

    /// "10th March 2011" alone at the top, then a list of the people there: a meeting on that day.
    @Test func dayAloneOverThePeopleThere() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        10th March 2011

        (JY) Jane Youd (Preschool Learning Alliance)

        (HH) Harriet Hil (Early Years and Childcare)

        (JM) Jim MacDon (Finance)

        (RT) Rachel Thom (Phoenix Day Nursery)

        1. Welcome and introductions

        Those present introduced themselves.
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate == CalendarDate(year: 2011, month: 3, day: 10))
        #expect(document.attendance.count >= 3)
    }

    /// "Present via teleconference" heads more people present; "Report authorised by:" under an item is no item.
    @Test func presentViaTeleconferenceAndReportAuthoriser() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Committee for Education

        Minutes of Proceedings 25 September 2024

        Present:

        Mr Nick Mathe MLA (Chairperson)

        Mr David Brook MLA

        Present via teleconference

        Ms Cara Hunt MLA

        The meeting commenced at 2:01 pm in public session.

        1. Apologies

        Apologies were received from Mr Pat Sheen.

        2. SEND Strategy

        Report authorised by: Merlin Jose: Strategic Director for Children’s Services

        The report was introduced.
        """)
        #expect(document.attendance.contains("Ms Cara Hunt MLA"))
        #expect(document.attendance.count == 3)
        #expect(document.items.map(\.title) == ["Apologies", "SEND Strategy"])
        #expect(NameList.introducesAttendance("Committee Members in Attendance"))
        #expect(NameList.introducesAttendance("Present via Zoom"))
        #expect(!NameList.introducesAttendance("No officers were in attendance"))
        #expect(!NameList.introducesAttendance("Presentation by the Director"))
    }

    /// A flattened page whose list of those present runs on into "An apology for non-attendance was received from …":
    /// those after "from" sent apologies, the people before it attended.
    @Test func attendanceRunOnIntoAnApologySentence() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON EDUCATION BOARD A meeting of the Kirkton Education Board was held in the Boardroom, Omagh, on Thursday 10 September 2009 at 2.30 p.m. PRESENT: Mr P Duff (Chairman) Mrs F Brun Councillor A Brol IN ATTENDANCE: Mr B Mulh (Chief Executive) Mrs N Youn (Recorder) An apology for non-attendance was received from Dr Corn, Councillor Gall and Councillor O’Kan. B/09/9/1 MINUTES The minutes were adopted.
        """)
        #expect(!document.attendance.contains { $0.contains("Corn") || $0.contains("Gall") })
        #expect(document.apologies.contains { $0.hasSuffix("Corn") })
        #expect(document.apologies.contains { $0.hasSuffix("O’Kan") })
        #expect(document.attendance.contains { $0.hasPrefix("Mrs N Youn") })
    }

    /// "Date of next meeting:" names no body and no day of this meeting.
    @Test func nextMeetingsDateLabelNamesNoBody() {
        #expect(Labels.bodyOfDateLabel("Date of next meeting") == nil)
        #expect(Labels.bodyOfDateLabel("Date of the Board of Governors Meeting") == "Board of Governors")
    }
}
