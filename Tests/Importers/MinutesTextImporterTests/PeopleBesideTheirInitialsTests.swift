import EvidenceModel
import EvidencePackCore
import Foundation
@testable import MinutesTextImporter
import Testing

/// Tables of attendees as Word minutes print them, flattened by a copy: each person beside their own
/// initials, posts in a column of their own, a post wrapped under its person. Modelled on held-out sets
/// 6, 7, 9, 11 and 12 (the shapes, not their words); the names here are invented.
@Suite struct PeopleBesideTheirInitialsTests {
    @Test func initialsAreTheNamesOwnInOrderWithTheSurnameLast() {
        #expect(NameList.areInitials("JY", of: "Jane Yates"))
        #expect(NameList.areInitials("CLW", of: "Councillor Leo Wick"))
        #expect(NameList.areInitials("JoE", of: "Joanna Eady"))
        #expect(NameList.areInitials("TCo", of: "Tara Cole"))
        #expect(NameList.areInitials("FGT", of: "Fay Gold-Tate"))
        #expect(NameList.areInitials("JB", of: "Cllr Jim Bell"))
        // Someone else's initials, an initial short, or a body's acronym: no person.
        #expect(!NameList.areInitials("JB", of: "Jane Yates"))
        #expect(!NameList.areInitials("YJ", of: "Jane Yates"))
        #expect(!NameList.areInitials("J", of: "Jane Yates"))
        #expect(!NameList.areInitials("MASH", of: "Multi Agency Safeguarding Hub"))
        #expect(!NameList.areInitials("DSL", of: "Designated Safeguarding Lead"))
        #expect(!NameList.areInitials("IHA", of: "Initial Health Assessments"))
        #expect(!NameList.areInitials("YOT", of: "Youth Offending Team"))
    }

    /// The person as printed, their initials kept in brackets as other lists keep them ("Dave Hill (DH)").
    @Test func theShapesOfALineOfPeopleBesideTheirInitials() {
        #expect(NameList.peopleBesideOwnInitials("(JY) Jane Yates (Pre-school Alliance)") == ["Jane Yates (JY)"])
        #expect(NameList.peopleBesideOwnInitials("(HH)Hazel Hope (Early Years and Childcare)") == ["Hazel Hope (HH)"])
        #expect(NameList.peopleBesideOwnInitials("John Baker (JB)           Director of Commissioning, NHS Kirkton") == ["John Baker (JB)"])
        #expect(NameList.peopleBesideOwnInitials("Barry Cole (BC)            Executive Officer, Voice / KCVS") == ["Barry Cole (BC)"])
        #expect(NameList.peopleBesideOwnInitials("Jane Hume / JH / - / Kirkton Borough Council") == ["Jane Hume"])
        #expect(NameList.peopleBesideOwnInitials("Keith Lamb (KL) / Ian Hind (IH)") == ["Keith Lamb (KL)", "Ian Hind (IH)"])
        #expect(NameList.peopleBesideOwnInitials("Paul Wood (PW) Chair / Sue Hay (SH) DDG Facilitator") == ["Paul Wood (PW)", "Sue Hay (SH)"])
        // An acronym spelt out, a sentence, a line with no bracket or cell: none.
        #expect(NameList.peopleBesideOwnInitials("Multi Agency Safeguarding Hub (MASH)") == nil)
        #expect(NameList.peopleBesideOwnInitials("The board noted the report (see appendix A).") == nil)
        #expect(NameList.peopleBesideOwnInitials("Jane Yates") == nil)
        // A list of such people, commas between them, is left to the list's own reading.
        #expect(NameList.peopleBesideOwnInitials("Gail Tom (GT), Andy Reed (AR), Ray Hart (RH), Chris Pole") == nil)
    }

    /// A working party's notes that open with their people, each after their initials in brackets, and no heading.
    @Test func peopleAfterTheirInitialsWithNoHeadingAreThosePresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Schools Forum Early Years Working Party
        Minutes of the meeting held on 10th March 2011

        (JY) Jane Yates (Pre-school Alliance)

        (HH)Hazel Hope (Early Years and Childcare)

        (SL) Sara Leader (Childminders Association)

        (JoE) Joanna Eady

        1. Welcome and introductions

        Those present introduced themselves.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["jane yates", "hazel hope", "sara leader", "joanna eady"])
        #expect(document.items.map(\.title) == ["Welcome and introductions"])
    }

    /// A board's table of members, the initials after each name and the post in a column beside it; a post
    /// or a role that wrapped onto a line of its own between two rows is no one.
    @Test func cellsWrappedBetweenRowsOfInitialledPeopleAreNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Trust Board

        Minutes of the meeting held on 20 July 2009 at 4.30pm
        at Kirkton Council Offices, Mill Wharf, Kirkton

        John Baker (JB)           Director of Integrated Commissioning, NHS Kirkton
        Jane Bell (JBe)           Non-Executive, Kirkton PCT
        Rose Carr (RC),           Director of Children's Services, Kirkton Council
        Vice Chair
        Sonia Lamb (SL)           Every Child Matters Programme
                                  Manager, Kirkton Police
        Geoff Rowe (GR)           Lead Member, Police Authority

        1. Welcome and apologies

        The Chair welcomed everyone.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["john baker", "jane bell", "rose carr", "sonia lamb", "geoff rowe"])
    }

    /// Rows of a Word table "Name / Initials / - / Organisation" under "In Attendance": the person of each row,
    /// and not someone the organisation's cell names ("… attending on behalf of …").
    @Test func rowsOfNameInitialsAndOrganisationGiveThePerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Trust Board
        Tuesday 29th March 2011
        In Attendance
        Alma Aston / AA / - / Catalyst
        Mike Batt / MB / - / Development and Neighbourhood Services, KBC attending on behalf of Peter Dunn
        Lena Brook / LB / - / Children, Education & Social Care, KBC
        Tina Cook / TCo / - / Minuting, KBC
        Apologies: Sara Egan, Cllr Alan Lord.
        2. / Minutes from Previous Meeting
        Agreed as a true record.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["alma aston", "mike batt", "lena brook", "tina cook"])
        #expect(document.apologies.map(NameList.personKey) == ["sara egan", "alan lord"])
    }

    /// A table flattened column by column: the names under "Present", then their posts one a line. The posts
    /// end the list; none of them is a person.
    @Test func aColumnOfPostsAfterAColumnOfNamesIsNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Local Children's Partnership
        Strategic Board Meeting
        Date / Friday 18th June 2010
        Present / Linda Steel
        Sandy Keen
        Gerry Lamb
        District Manager, Children and Families
        District Manager, Education and Inclusion
        Headteacher, Hillside Junior School
        Fire and Rescue Services, Kirkton
        Family Services Manager, Leigh Park
        Sandy Keen opened the meeting and welcomed all those present.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["linda steel", "sandy keen", "gerry lamb"])
    }

    /// Bullets of people whose post a dash sent to the bullet's next line, or who have a body there without a dash.
    @Test func aPostOnTheBulletsNextLineIsNoOne() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Early Years Reference Group Minutes: Wednesday 13 July 2022, 14.00-15.30 via Teams

          • Carol Kent -
            Chair Senior Partnerships & Commissioning Manager - KCC

          • Helen Grey -
            EEAC Officer KCC

          • Ann Gill-
            Commissioning Officer-KCC

          • Sue Dane
            ABC Nurseries Kirkton

          • Tim Hope -
            Little People Nursery

        Apologies

          • Cllr Mark Sutton-
            Cabinet Member for Children and Young People
        """)
        #expect(document.attendance.map(NameList.personKey) == ["carol kent", "helen grey", "ann gill", "sue dane", "tim hope"])
    }

    /// Initials after the post ("Mike Bat – Head of Protection, KBC (MB) (Chair)"), in capitals that take two letters of
    /// the surname ("Jean Bell … (JBE)"), or in a later bracket ("Rachel Short (Senior Adviser) (RS)").
    @Test func initialsAfterThePostOrInALaterBracket() async throws {
        #expect(NameList.areInitials("JBE", of: "Jean Bell"))
        #expect(NameList.peopleBesideOwnInitials("Mike Bat – Head of Community Protection, KBC (MB) (Chair)") == ["Mike Bat (MB)"])
        #expect(NameList.peopleBesideOwnInitials("Rachel Short (Senior Personal Adviser) (RS)") == ["Rachel Short (RS)"])
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Youth Offending Service

        YOS Management Board

        13th May 2008

        Mike Bat – Head of Community Protection, KBC (MB) (Chair)

        Miriam Rose – YOS Manager (MR)

        Jean Bell – Court Legal Manager, Kirkton Youth Court (JBE)

        Also in attendance:

        Rachel Short (Senior Personal Adviser) (RS)

        1. Minutes of the last meeting
        """)
        #expect(document.attendance.map(NameList.personKey) == ["mike bat", "miriam rose", "jean bell", "rachel short"])
    }

    /// Minutes that open with their members, one a line, each titled and followed by a comma and their post or body,
    /// and no heading: those present, without the body ("DSI Kenny Anders, Police Scotland" is one person).
    @Test func titledPeopleWithTheirPostsAfterACommaOpenMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        kirkton child protection committee

        Minutes of meeting held on the 04 June 2013, CR3, Kirkton Council HQ, KIRKTON
        Mr Bill Allan, Director of Health and Social Care (Chair)
        Mr Alan Dodd, Chief Executive, KC (Sponsor)
        DSI Kenny Anders, Police Scotland
        Ms Fiona Malc, Legal Manager, Kirkton Council
        Dr Mary Somer, Director of Health, NHS Kirkton
        Welcome and
        Summary of Discussion
        """)
        #expect(document.attendance.map(NameList.personKey) == ["bill allan", "alan dodd", "kenny anders", "fiona malc", "mary somer"])
    }
}
