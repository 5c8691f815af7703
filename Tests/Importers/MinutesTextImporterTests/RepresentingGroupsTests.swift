import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// A schools forum's members under the group each sits for ("Representing Primary School Headteachers"), each person
/// before a dash and their school, several to a line, as held-out set 42's copy of a forum's minutes prints them (its
/// "Present" heading lost above the first group). The names are invented.
@Suite struct RepresentingGroupsTests {
    static let minutes = """
    Representing Primary School Headteachers

    Simon Bram - St Kirk Primary School Jack Hath - St Bede CE Primary School

    Representing Academies

    David Mol -

    Representing Secondary School Governors

    Joanne Murf - Kirkton High School David Kye - Kirkton College

    Also in attendance

    John Livs - Children’s Services David Smyt - Children’s Services Vicky Ridd - Democratic Services

    Apologies for absence were submitted on behalf of Irene Jacks, Renne Mell, Pam Livs and Olive Fairhurst

    Mr. S. Bram in the Chair.

    The minutes of the meeting held on 12th November, 2010 were agreed as a correct record.
    """

    @Test func eachGroupsPeopleAttended() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.attendance == ["Simon Bram", "Jack Hath", "David Mol", "Joanne Murf", "David Kye", "John Livs", "David Smyt", "Vicky Ridd"])
    }

    /// "… and Olive Fairhurst" / "Mr. S. Bram in the Chair.": the line saying who chaired is a sentence of its own, and
    /// ends no one's name.
    @Test func theChairsLineEndsNoApology() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.apologies == ["Irene Jacks", "Renne Mell", "Pam Livs", "Olive Fairhurst"])
    }

    @Test func aRepresentingHeadingIsAFewCapitalisedWords() {
        #expect(MinutesReader.isRepresentingHeading("Representing 14-19 Group"))
        #expect(MinutesReader.isRepresentingHeading("REPRESENTING NON-SCHOOL MEMBERS:"))
        #expect(!MinutesReader.isRepresentingHeading("Representing the views of parents, the Forum heard that"))
        #expect(!MinutesReader.isRepresentingHeading("Representing"))
    }
}

/// A schools forum's present list in groups headed without colons ("Headteacher Representatives", "Early Years/PVI
/// Representatives", "Church of England Diocese"), its people titled with initials, some before their posts, as held-out
/// set 42's county forum prints them. The names are invented.
@Suite struct UncolonedGroupHeadingsTests {
    @Test func eachGroupsTitledPeopleAttendedWithoutTheirPosts() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        SCHOOLS’ FORUM

        At a meeting of the Schools’ Forum held at the Centre, Kirkton on Tuesday 8 November 2016 at 2.00 p.m.

        PRESENT

        Mr. M. Brow Governor Representative (Kirkton Middle School)

        Headteacher Representatives

        Mr. S. Griff (Kirkton High School)

        Early Years/PVI Representatives

        Ms. K. A. Morr

        Church of England Diocese

        Mrs. E. Bel

        OFFICERS IN ATTENDANCE

        Mrs. S. Avis Head of School Organisation and Resources Mrs. A. Whit School Funding Manager

        1. Apologies

        None.
        """)
        #expect(document.attendance == ["Mr. M. Brow", "Mr. S. Griff (Kirkton High School)", "Ms. K. A. Morr", "Mrs. E. Bel",
                                        "Mrs. S. Avis", "Mrs. A. Whit"])
        #expect(document.items.map(\.title) == ["Apologies"])
    }

    @Test func aTitledPersonsPostIsDroppedButTheirBracketStays() {
        #expect(NameList.droppingTitledPersonsPost("Mr. M. Brow Governor Representative (Kirkton Middle School)") == "Mr. M. Brow")
        #expect(NameList.droppingTitledPersonsPost("Mr. K. P. McGr (Wooler First School)") == "Mr. K. P. McGr (Wooler First School)")
        #expect(NameList.droppingTitledPersonsPost("Mr. M. Deane Hall") == "Mr. M. Deane Hall")
        #expect(NameList.titledPeopleBeforePosts("Mr. A. Bee Mr. C. Dee") == nil)
    }
}

/// An agenda pack's front page: the committee, then "Date :", "Time :" and "Venue :" labels, then "Agenda" and the
/// numbered items each with the pack's page reference, as held-out set 42's county agenda prints it (run onto one line by
/// the document host). The body, the day and the place are read from the labels; "(Pages 8 - 23)" and the page's
/// furniture after it are no part of a title.
@Suite struct AgendaPackFrontPageTests {
    @Test func theLabelsAboveAgendaNameTheMeeting() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        CHILDREN'S SERVICES POLICY ADVISORY COMMITTEE
        Date: Tuesday, 30th June, 2015
        Time: 10.00 am
        Venue: Kirk Room, County Hall, Kirkton
        Agenda
        1. Apologies for Absence
        2. Committee Work Plan (Pages 24 - 33)
        3. Early Help Update (Pages 34 - 42) Kirkton Council, County Hall, Kirkton KT1 3AY Tel: 0300 1234 100
        """)
        #expect(document.committee == "CHILDREN'S SERVICES POLICY ADVISORY COMMITTEE")
        #expect(document.meetingDate?.iso8601 == "2015-06-30")
        #expect(document.venue == "Kirk Room, County Hall, Kirkton")
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Committee Work Plan", "Early Help Update"])
    }

    /// (Run onto one line, with the items' notes: "An opportunity for …" is no part of a title, and "Questions from
    /// Members to the Portfolio Holder" keeps its "Members".)
    @Test func theSamePageRunOntoOneLine() async throws {
        let (document, _) = try await ImportHelpers.importText(
            "Public Document Pack CHILDREN'S SERVICES POLICY ADVISORY COMMITTEE Date : Tuesday, 30th June, 2015 Time : 10.00 am "
            + "Venue : Kirk Room, County Hall, Kirkton KT1 3AY Agenda 1. Apologies for Absence 2. Election of Chairman "
            + "3. Minutes of the Meeting Held on 12 May 2015 (Pages 1 - 7) 4. Questions from the Public to the Portfolio Holder "
            + "An opportunity for Members of the public to ask a question to the Portfolio Holder. (A period of fifteen minutes is "
            + "allocated for this purpose). 5. Questions from Members to the Portfolio Holder An opportunity for Members of the "
            + "Council to ask a question of the Portfolio Holder. 6. Committee Work Plan (Pages 24 - 33) "
            + "7. Early Help Update (Pages 34 - 42) Kirkton Council, County Hall, Kirkton, KT1 3AY Tel: 0300 1234 100 www.kirkton.gov.uk "
            + "8. Any Other Business that the Chairman Considers to be of Urgency")
        #expect(document.committee == "CHILDREN'S SERVICES POLICY ADVISORY COMMITTEE")
        #expect(document.meetingDate?.iso8601 == "2015-06-30")
        #expect(document.venue == "Kirk Room, County Hall, Kirkton KT1 3AY")
        #expect(document.items.map(\.title) == ["Apologies for Absence", "Election of Chairman", "Minutes of the Meeting Held on 12 May 2015",
                                               "Questions from the Public to the Portfolio Holder", "Questions from Members to the Portfolio Holder",
                                               "Committee Work Plan", "Early Help Update",
                                               "Any Other Business that the Chairman Considers to be of Urgency"])
    }
}
