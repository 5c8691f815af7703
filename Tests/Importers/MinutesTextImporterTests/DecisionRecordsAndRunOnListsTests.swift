import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Decision records, a renamed body and lists of people run onto one line. Modelled on held-out set 31's ModernGov
/// decision pages, a school's Word minutes and a parent council's blog; the names are invented.
@Suite struct DecisionRecordsAndRunOnListsTests {
    /// "Issue - decisions" over its one row and no issue title: the row names the decision and its day, and what
    /// follows is the record's own text (no agenda item); the narrative before "RESOLVED:" is no decision.
    @Test func decisionsPageOpeningOnItsOnlyRow() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - decisions

        13/10/2020 - Youth Justice Strategic Plan

        Cabinet received a report on the Youth Justice Strategic Plan which was produced every year to set out how services were to be provided.


        RESOLVED: Cabinet AGREED the 2020/21 Youth Justice Strategic Plan.
        """)
        #expect(document.kind == .decision)
        #expect(document.title == "Youth Justice Strategic Plan")
        #expect(document.meetingDate == CalendarDate(year: 2020, month: 10, day: 13))
        #expect(document.items.isEmpty)
        let decisions = document.blocks.filter { $0.kind == .resolution }.compactMap(\.text)
        #expect(decisions == ["RESOLVED: Cabinet AGREED the 2020/21 Youth Justice Strategic Plan."])
        #expect(document.blocks.contains { $0.kind == .paragraph && $0.text?.hasPrefix("Cabinet received a report") == true })
    }

    /// An issue page whose meeting line names a renamed body with a pointer to its successor, and whose document link
    /// lost its icon to the run of every format's name: the committee is the body's own name, the link keeps its size.
    @Test func renamedBodyAndAFormatListForAnIcon() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - meetings

        EDUCATION ISSUES - SPECIAL NEEDS

        Meeting: 06/11/2000 - Cabinet - for meetings after 09/05/11, please see 'City Mayor & Cabinet' (Item 35)

        35 DEVELOPING SPECIAL NEEDS PROVISION IN KIRKTON PPTOBDPSXLSCSVDOCMGDOCXTOPDFMGPPTXTOPDFMGXLSXTOPDFCONVERTPDFIFBIGGERKEEPCONVERTPERCENT 160 KB

        Councillor Sub

        Minutes:

        RESOLVED: that approval be given for consultation to begin.
        """)
        #expect(document.committee == "Cabinet")
        #expect(document.meetingDate == CalendarDate(year: 2000, month: 11, day: 6))
        #expect(document.items.map(\.title) == ["DEVELOPING SPECIAL NEEDS PROVISION IN KIRKTON"])
        #expect(document.links.map(\.title) == ["DEVELOPING SPECIAL NEEDS PROVISION IN KIRKTON"])
        #expect(document.links.first?.sizeText == "160 KB")
        #expect(document.links.first?.format == nil)
    }

    /// "Cabinet Agreed:" over its numbered points is the decision; the report named under "Decision:" is not.
    @Test func cabinetAgreedWithoutAnArticle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision details
        Home to School Transport
        Decision Maker: Cabinet
        Decision status: Recommendations approved
        Decision:
        Report: Cabinet approval of the Home to School Transport Policy
        Presented by: Councillor Oscar For, Cabinet Member for Children & Young People
        Cabinet Agreed:
        1. To quash the decision it made at its meeting on 15 May.
        2. To adopt the revised Home to School Transport policy attached at appendix A of the Cabinet report.
        Report author: Paul You
        """)
        let resolutions = ImportHelpers.allBlocks(document).filter { $0.kind == .resolution }
        #expect(resolutions.count == 1)
        #expect(resolutions.first?.text?.hasPrefix("Cabinet Agreed") == true)
        #expect(resolutions.first?.children?.compactMap(\.text).first == "To quash the decision it made at its meeting on 15 May.")
        #expect(!resolutions.contains { $0.text?.hasPrefix("Report:") == true })
        // ("Council resolved that …" too; a body named without an article that merely "agreed" nothing is no marker.)
        #expect(LinePatterns.resolutionMarker("Council resolved that the scheme be adopted.") == "RESOLVED")
        #expect(LinePatterns.resolutionMarker("Cabinet agreed plans last year") == nil)
    }

    /// "Present: A, B, C. Apologies: None" on one line: the apologies are no one present; a blog's byline ("· 3 min ·
    /// Nicki Sut") states no figure.
    @Test func presentThenApologiesOnOneLine() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Parent Council Minutes

         · 3 min · Nicki Sut

        Minutes of the November 2023 Council meeting

        Present: Rachel Bel, Lisa Bro, Derek Dun, Nicola Sut. Apologies: None

        1. Welcome

        NS opened with a welcome.
        """)
        #expect(document.attendance == ["Rachel Bel", "Lisa Bro", "Derek Dun", "Nicola Sut"])
        #expect(document.apologies.isEmpty)
        #expect(document.facts.isEmpty)
    }

    /// "Lunch - 30 minutes" in an agenda's timetable measures nothing; a stay of 30 minutes in prose still does.
    @Test func aBreakInTheTimetableIsNoFigure() {
        #expect(FactExtractor.facts(in: "Lunch - 30 minutes", line: 1).isEmpty)
        #expect(FactExtractor.facts(in: "Comfort break - 10 minutes", line: 1).isEmpty)
        #expect(!FactExtractor.facts(in: "Children waited on average 30 minutes for a response.", line: 1).isEmpty)
        #expect(FactExtractor.facts(in: "Posted in Updates · 5 min read", line: 1).isEmpty)
    }

    /// A governing body's list run onto one line, each name then its initials then its post: the initials part the
    /// people; a church title is the name's; the post after the last one is dropped. The clerk's post run on after her
    /// name is no part of it; an apology for arriving late is no apology for absence.
    @Test func governorsRunOnBesideTheirInitials() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Governors Present: Claire Carm (CC) Chair Nigel Bri (NB) Vice Chair Paul Swe (PS) Headteacher Craig Hug (CH) Sarah Bar (SB) Canon Ian Dav (ID) from Agenda Item 3.2
        Also in attendance: Lisa Hend Clerk to the Governors
        1. APOLOGIES
        The Governing Body received an apology from Canon Ian Dav, who had advised that he would arrive late to the meeting.
        """)
        #expect(document.attendance.map { $0.replacing(/\ \([A-Z]+\)/, with: "") }
                == ["Claire Carm", "Nigel Bri", "Paul Swe", "Craig Hug", "Sarah Bar", "Canon Ian Dav", "Lisa Hend"])
        #expect(document.apologies.isEmpty)
        // (A double-barrelled surname's initials keep their hyphen; a bracket left before a name means another reading.)
        #expect(NameList.peopleBeforeTheirInitialsRunOn("Trustees Present: Tony Smi (TS) Chair Lisa Carden-Doo (LC-D) Rob Hal (RH) Tim Hasl (TH)")
                == ["Tony Smi (TS)", "Lisa Carden-Doo (LC-D)", "Rob Hal (RH)", "Tim Hasl (TH)"])
        #expect(NameList.peopleBeforeTheirInitialsRunOn("Present: Ann Lee (AL) Mrs P Head (Headteacher) Bob Roe (BR) Kim Day (KD)") == nil)
        // (A surname that is a role word, after an initial, stays whole.)
        #expect(NameList.nameBeforeRunOnPost("Mrs P Head (Headteacher Danesgate PRU)") == nil)
    }

    /// A Scottish council's list of those present set one name to a paragraph, with civic titles and group headings in
    /// capitals between; items in Roman numerals whose titles in capitals hold a dash.
    @Test func presentSetOneToAParagraphAndDashedTitlesInCapitals() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children And Families Services Committee - 26/06/2023

        At a MEETING of the CHILDREN AND FAMILIES SERVICES COMMITTEE held remotely on 26th June, 2023.

         

        Present:-

         

        Lord Provost Bill CAMB

         

        Depute Lord Provost Kevin CORR

         

        BAILIES

         

        Will DAWE

        Willie SAWY

         

        COUNCILLORS

         

        John ALEXY

        Lynne SHORE

         

        Councillor Lynne SHORE, Convener, in the Chair.

         

        I DECLARATION OF INTEREST

         

        There were no declarations of interest.

         

        II EDUCATION (SCOTLAND) ACT 1980 - APPEAL COMMITTEE

         

        There was submitted Agenda Note AN19-2023 advising that it had been necessary to seek nominations.

         

        The Committee approved the above.
        """)
        #expect(document.attendance == ["Bill CAMB", "Kevin CORR", "Will DAWE", "Willie SAWY", "John ALEXY", "Lynne SHORE"])
        #expect(document.items.map(\.title) == ["DECLARATION OF INTEREST", "EDUCATION (SCOTLAND) ACT 1980 - APPEAL COMMITTEE"])
    }

    /// "School Council Meeting: September 24": the body that met, on a day whose year is not printed (no date).
    @Test func bodyMeetingOnADayWithoutItsYear() {
        #expect(PageLayout.bodyMeetingOnDayWithoutYear("School Council Meeting: September 24") == "School Council")
        #expect(PageLayout.bodyMeetingOnDayWithoutYear("Pupil Forum Meeting – 3rd March") == "Pupil Forum")
        #expect(PageLayout.bodyMeetingOnDayWithoutYear("School Council Meeting: about the garden") == nil)
        #expect(PageLayout.bodyMeetingOnDayWithoutYear("The meeting: September 24") == nil)
    }

    /// A legislature's committee page: the body over "Meeting Minutes", its day and room as labelled points below,
    /// items numbered with a colon after the title, and "The Committee agreed —" over its points.
    @Test func legislatureCommitteeMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Skip to main content

        Chamber and committees

        Education, Children and Young People Committee


        Meeting Minutes

        21st Meeting, 2023

          • Date: Wednesday, June 28, 2023
          • Session: 6
          • Location: TG.40-CR1 The Burns Room
          • Meeting opened at: 09:00

        Committee Members Attendees


        1 Evidence Session (In Private):

        The Committee considered the evidence it heard earlier.

        The Committee agreed to consider an approach paper for its inquiry at a future meeting.


        2 Work programme (In Private):

        The Committee considered its work programme.

        The Committee agreed —

          • Its approach to its pre-budget scrutiny for 2024-25.
          • To hold a one-off evidence session at a future meeting.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Education, Children and Young People Committee")
        #expect(document.meetingDate == CalendarDate(year: 2023, month: 6, day: 28))
        #expect(document.venue == "TG.40-CR1 The Burns Room")
        #expect(document.items.map(\.title) == ["Evidence Session (In Private)", "Work programme (In Private)"])
        let listed = document.items.last?.decisions.first { $0.kind == .resolution }
        #expect(listed?.children?.compactMap(\.text) == ["Its approach to its pre-budget scrutiny for 2024-25.",
                                                         "To hold a one-off evidence session at a future meeting."])
    }

    /// Decisions worded by a school's governing body, and a Scottish minute's "approved the above".
    @Test func governingBodyAndApprovedDecisions() {
        #expect(LinePatterns.resolutionMarker("The governing body agreed that governors did not need a new check.") == "AGREED")
        #expect(LinePatterns.resolutionMarker("The Governing Board resolved to appoint a clerk.") == "RESOLVED")
        #expect(LinePatterns.resolutionMarker("The Committee approved the above.") == "APPROVED")
        #expect(LinePatterns.resolutionMarker("The Committee agreed:-") == "AGREED")
        // (A governing body that merely "agreed" with someone, and a committee that approved of nothing named, decide nothing.)
        #expect(LinePatterns.resolutionMarker("The governing body agreed with the head's view") == nil)
        #expect(LinePatterns.resolutionMarker("The Committee approved unanimously") == nil)
    }

    /// ModernGov's committee page on a council's own heading: the committee's name over "Purpose of committee".
    @Test func committeeRemitPage() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Committee meetings and agendas

        Education and Children's Services Select Committee

        Purpose of committee

        The Education and Children’s Services Select Committee covers any policy, provision and performance related to education.

        Contact information

        Support officer: Laura Cam.
        """)
        #expect(document.kind == .committee)
        #expect(document.committee == "Education and Children's Services Select Committee")
    }

    /// A partnership's register flattened into cells, two people to a row, each beside their body and a tick or "Apols":
    /// only the marked are present or absent; a post that wrapped takes its mark to the next row; a person alone on a
    /// row gets the mark of the row under them. The day's label, the time's and the place's on one short line make the
    /// header, though the day itself cannot be read ("9h July 2008": no date taken).
    @Test func registerOfTicksAndApologies() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Date: 9h July 2008 Time: 2.00pm Venue: Kirkton Memorial Hall

        In attendance:

        Board Members
        Sharn Jon / NHS Trust / Apols / Lloyd Ken / Chair, Governors’ Association
        Sue Ast / NHS Trust / Denise Edw / Chair, Primary Headteachers’ Federation
        Yvonne Har / NHS Trust / John Dav / HoS Achievement 0 - 12 / √
        Pat Kear / Third Sector - / √ / Hilary Harr / Chair, EYDCP
        Lead Officer, EY / Apols
        Cilla Rob
        Chair / NEW NHS Trust / √

        Agenda/Points covered: / Responsible person: /
        1. Apologies
        Decision: The minutes of the previous meeting were accepted
        """)
        #expect(document.kind == .meeting)
        #expect(document.meetingDate == nil)
        #expect(document.venue == "Kirkton Memorial Hall")
        #expect(document.attendance == ["John Dav", "Pat Kear", "Cilla Rob"])
        #expect(document.apologies == ["Sharn Jon", "Hilary Harr"])
    }
}

/// A list of payments, each "payee, purpose, Chq No N £X": the cheque's number is no subject of the money; the purpose
/// before it is. Modelled on held-out HTML set 1's community council (the payees are invented).
@Suite struct PaymentsByChequeTests {
    @Test func theMoneyIsForThePurposeBeforeTheChequeNumber() throws {
        let fact = try #require(FactExtractor.facts(in: "Kirkton Highways, footway lighting and maintenance April 2019 – March 2020, Chq No 1361 £4,400.64", line: 1).first)
        #expect(fact.value == 4400.64)
        #expect(fact.subject.contains("footway lighting"))
        #expect(!fact.subject.contains("Chq"))
        let other = try #require(FactExtractor.facts(in: "The quotation for the notice board was £1,035.34 from Greenway Ltd.", line: 1).first)
        #expect(!other.subject.contains("Chq"))
    }
}
