import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A document site's upload title, a sentence that mentions a briefing session, an agenda's link to earlier minutes,
/// groups and table headings among people, a meeting's number before its body, a body named after the place, and
/// numbers that say how often or which session. Modelled on held-out set 19's shapes; the names are invented.
@Suite struct DocumentSiteTitlesAndSessionsTests {
    /// "Minutes of the Meeting Held on 20 June 2007 at 10" / "Total Page:16" / "File Type:pdf, …": the site's title for
    /// the file may be another meeting's; the page's own heading dates it. The body after the place is no part of it.
    @Test func anUploadTitleDatesNothing() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Meeting Held on 20 June 2007 at 10
        Total Page:16
        File Type:pdf, Size:1020Kb
        PAPER 1
        MINUTES OF THE MEETING HELD ON 25 NOVEMBER 2015 AT 9.30 A.M. AT THE ROBENS SUITE OF KIRKTON HOSPITAL OF THE KIRKTON AND HOME COUNTIES REGIONAL CONFERENCE OF SEND OFFICERS
        PRESENT: Diane Boyd (Bedford Borough), Janine Wood (Bexley)
        """)
        #expect(document.meetingDate == CalendarDate(year: 2015, month: 11, day: 25))
        #expect(document.venue == "ROBENS SUITE OF KIRKTON HOSPITAL")
    }

    /// A numbered notice that mentions a briefing session heads nothing; below the agenda's "Item Subject", a link to
    /// earlier minutes dates nothing.
    @Test func anArchivedAgendaPage() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        View archived meeting

        Meetings for Social Scrutiny Committee

        1. All Members are invited to attend a briefing session prior to the Committee at 9am 2. Please note that the full review is not available in electronic format. Copies will be placed in Members' pigeonholes. 3. Members are advised that the documents for item 7 are very long. Rather than print out these reports Members are advised to check the electronic version.

        Item Subject
        1Apologies for absence
        3Minutes of the meeting held on 11th April,2001
        Minutes of 11th April ,2001
        """)
        #expect(document.kind != .notes)
        #expect(document.committee != "1. All")
        #expect(document.meetingDate == nil)
    }

    /// A group's plural title before a person, the headings of a table's columns after "Present:", and a meeting's
    /// number before the body that met.
    @Test func groupsHeadingsAndAMeetingsNumber() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Parent Council of St Anne’s Primary School, Kirkton
        Minutes of the 43rd Meeting of the Parent Council held on
        Thursday, 17th March, 2016
        Present:            Designation                         Organisation
        Janine Wood         Principal Manager                   Bexley
        1. Welcome and Apologies
        Apologies were received from Councillors John Mann and Steve Mace, Co-opted Members Stephen Jenks and David Sharpe.
        """)
        #expect(document.committee == "Parent Council")
        #expect(document.meetingDate == CalendarDate(year: 2016, month: 3, day: 17))
        #expect(!document.attendance.contains { $0.contains("Designation") })
        #expect(document.apologies.contains("Stephen Jenks"))
        #expect(!document.apologies.contains { $0.contains("Co-opted") })
    }

    /// How often ("6 monthly PEPs") and which session ("workshop 4") state no count; "a session, 2 sports sessions" does;
    /// "the cheque for £3,300" is the cheque's sum.
    @Test func figuresOfSessionsAndSums() async throws {
        let facts = try await MinutesPrecisionTests.facts("""
        This focuses schools to ensure they return 6 monthly PEPs.
        The notes of workshop 4 held on 24 March 2015 were agreed as an accurate record.
        Sessions had included a themed session, 2 sports sessions and a cooking session.
        The report needs to be amended as the PTA have yet to give us the cheque for £3,300 but will do so soon.
        """)
        #expect(facts.filter { $0.kind == .count }.map(\.value) == [2])
        #expect(facts.first { $0.kind == .count }?.subject == "sports sessions")
        #expect(facts.first { $0.kind == .money }?.subject == "cheque")
    }

    /// A parent council's minutes a PDF ran onto one line: the body's name before "Minute of meeting of …", the day's
    /// "on" no part of the body, and "1. APOLOGIES Miss A B Mrs C D": a title in capitals, then the people.
    @Test func aParentCouncilsHeadingAfterItsName() async throws {
        let line = "Kirkton Primary School Parent Council Minute of meeting of Kirkton Primary School Parent Council on Monday "
            + "26th August 2013 at Kirkton Primary School. Present: Miss A Grey - Chairperson Mrs S Bevan – Depute Chairperson "
            + "Mrs L Robb – Head Teacher 1. APOLOGIES Miss L Geek Mrs H Dave Mrs N Led 2. MINUTE OF PREVIOUS MEETING The minute "
            + "was approved. 3. MATTERS ARISING There were none. 4. FUNDRAISING The group agreed to hold a summer fair."
        let (document, _) = try await ImportHelpers.importText(line + "\n")
        #expect(document.committee == "Kirkton Primary School Parent Council")
        #expect(document.meetingDate == CalendarDate(year: 2013, month: 8, day: 26))
        #expect(document.venue == "Kirkton Primary School")
        #expect(document.apologies == ["Miss L Geek", "Mrs H Dave", "Mrs N Led"])
        #expect(document.items.first?.title == "APOLOGIES")
    }

    /// "Previous Minutes:" names no body; "at 6.30 pm at Our" / "Lady of Walsingham …" is no place called "Our"; a
    /// table's "Action / Required / Person / Responsible" after the list is no one.
    @Test func labelsAndCutPlacesThatNameNothing() async throws {
        let (agm, _) = try await ImportHelpers.importText("""
        Kirkton Primary School Parent Council AGM
        21st November 2013
        Present: / James Wyl, Liz McFarl, Iain Stir
        Apologies: / Nareen Wake
        Previous Minutes:
        Proposed by Liz and seconded by Iain.
        """)
        #expect(agm.committee != "Previous")
        #expect(agm.attendance == ["James Wyl", "Liz McFarl", "Iain Stir"])
        #expect(agm.apologies == ["Nareen Wake"])
        let (trust, _) = try await ImportHelpers.importText("""
        Kirkton Academies Trust
        Minutes of the Directors' Meeting held on Wednesday, 28th September 2016 at 6.30 pm at Our
        Lady of Walsingham Catholic Primary School, Occupation Road, Kirkton
        Present:
        Mrs A Flett
        Mr R Hill
        In attendance:
        Mrs L Doh (Clerk)
        Action
        Required
        Person
        Responsible
        64/16 Opening Prayer
        """)
        #expect(trust.venue != "Our")
        #expect(trust.meetingDate == CalendarDate(year: 2016, month: 9, day: 28))
        #expect(trust.attendance == ["Mrs A Flett", "Mr R Hill", "Mrs L Doh (Clerk)"])
    }
}
