import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Headers of minutes from no democracy system, in the shapes copies of council and partnership minutes print
/// them: a qualifier before "Minutes of", the day with its time and place under the heading, "BODY Minutes DATE",
/// and items headed by lines in capitals with no numbers. Modelled on held-out set 14's shapes; names invented.
@Suite struct UnmarkedMinutesHeadersTests {
    /// "Draft Minutes of …", "Amended Minutes of …" head the minutes as "Minutes of …" does.
    @Test(arguments: ["Draft", "Amended", "Unconfirmed", "APPROVED"])
    func aQualifierBeforeMinutesOfStillHeadsAMeeting(qualifier: String) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        \(qualifier) Minutes of the Kirkton Schools Forum held on 4 March 2013 at County Hall

        Present: Ann Gray, Tom Hale

        1. Welcome
        The Chair welcomed everyone.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "Kirkton Schools Forum")
        #expect(document.meetingDate == CalendarDate(year: 2013, month: 3, day: 4))
        #expect(document.venue == "County Hall")
    }

    /// The day, its time and the place on the line under a "Minutes of" heading, in capitals.
    @Test func theDayTimeAndPlaceUnderTheHeadingAreRead() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF CHILDREN AND YOUNG PEOPLE’S LOCALITY PLANNING GROUP MEETING

        FRIDAY 8TH SEPTEMBER 2017 AT 10.00AM IN KIRKTON TOWN HALL BUILDINGS

        Attending: Roy Bell, Helen Crane

        1. Welcome
        Roy welcomed everyone.
        """)
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 9, day: 8))
        #expect(document.venue == "KIRKTON TOWN HALL BUILDINGS")
    }

    /// A body's heading over a line with the day, its time and its place, then the people present (their label's
    /// colon lost, or kept): a meeting, with that place.
    @Test(arguments: [("Thursday 6th February 2014 at 10:00am Kirkton House", "Attendance Martin Hale Kirkton Council", "Kirkton House"),
                      ("Wednesday 6th February 2014 – Microsoft Teams", "Present: Martin Hale", "Microsoft Teams")])
    func aBodyOverItsDayTimeAndPlaceHeadsAMeeting(dayLine: String, presentLine: String, venue: String) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON SERVICES PLANNING GROUP

        \(dayLine)

        \(presentLine)

        The group discussed the plan.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == "KIRKTON SERVICES PLANNING GROUP")
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 2, day: 6))
        #expect(document.venue == venue)
    }

    /// "Kirkton County Youth Forum Minutes (03-10-18)", "KYC Meeting Minutes 08/11/17": the body and the day.
    @Test(arguments: [("Kirkton County Youth Forum Minutes (03-10-18)", "Kirkton County Youth Forum", CalendarDate(year: 2018, month: 10, day: 3)),
                      ("KYC Meeting Minutes 08/11/17", "KYC", CalendarDate(year: 2017, month: 11, day: 8))])
    func aBodyMinutesAndTheDayHeadAMeeting(heading: String, committee: String, date: CalendarDate?) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        \(heading)

        The forum met and discussed its plans for the year.
        """)
        #expect(document.kind == .meeting)
        #expect(document.committee == committee)
        #expect(document.meetingDate == date)
        // A word before "Minutes" that names no body heads nothing.
        let (draft, _) = try await ImportHelpers.importText("Draft Minutes 08/11/17\n\nThe forum met and discussed its plans.\n")
        #expect(draft.committee == nil)
    }

    /// Minutes that number nothing and head each item with a line in capitals: those lines are the items; a lone
    /// line in capitals (a heading over everything) or a table's column ("ACTION") is none.
    @Test func linesInCapitalsAreTheItemsOfUnnumberedMinutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        KYC Meeting Minutes 08/11/17
        WELCOME
        Apologies:- Nathan R., Branden G.
        Amber started off the meeting with a game.
        KIRKTON MIND
        Nicola from Kirkton Mind talked to us about support for young people.
        ED5 VOTES AT 16 UPDATE AND WHERE NEXT?
        The youth council discussed the campaign.
        """)
        #expect(document.items.map(\.number) == [nil, nil, "ED5"])
        #expect(document.items.map(\.title) == ["WELCOME", "KIRKTON MIND", "VOTES AT 16 UPDATE AND WHERE NEXT?"])
        let (single, _) = try await ImportHelpers.importText("""
        Minute of Meeting held in School on Wednesday 27 November 2013 at 5.30pm.

        PRESENT Councillor Ann Gray, Mr Tom Hale

        CATCHMENT AREA CONSULTATION MEETING – KIRKTON SCHOOL

        Ann Gray: Good evening everybody and welcome to this evening’s meeting.
        """)
        #expect(single.items.isEmpty)
    }
}

/// Town council minutes: the heading wrapped over the place and the day, running minute numbers glued to headings
/// in capitals, a working group's recommendation; and item titles with their number repeated or a footnote's stars.
@Suite struct TownCouncilMinutesTests {
    @Test func aHeadingWrappedOverThePlaceAndTheDayAndGluedMinuteNumbers() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        K I R K T O N T O W N C O U N C I L
        Minutes of a Meeting of the Youth Working Group
        held at the Town Hall, Kirkton
        on Monday, 20th March, 2017 at 6:30 pm
        ______
        PRESENT
        Councillor Ann Gray (Chairman)
        258.APOLOGIES:
        Apologies for absence were received from Councillor Tom Hale.
        259.YOUTH REPRESENTATION ON THE TOWN COUNCIL:
        A discussion followed in which amendments to the document were suggested.
        It was RECOMMENDED THAT the amended
        version of the document be considered at the next
        Meeting of the Full Council.
        """)
        #expect(document.committee == "Youth Working Group")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 3, day: 20))
        #expect(document.venue == "Town Hall, Kirkton")
        #expect(document.items.map(\.number) == ["258", "259"])
        #expect(document.items.map(\.title) == ["APOLOGIES", "YOUTH REPRESENTATION ON THE TOWN COUNCIL"])
        #expect(document.items.last?.decisions.first?.text?.hasPrefix("It was RECOMMENDED THAT the amended version") == true)
    }

    /// "Recommended" in small letters is an officer's advice, not a decision.
    @Test func recommendedInSmallLettersIsNoDecision() {
        #expect(LinePatterns.resolutionMarker("RECOMMENDED THAT the report be noted.") == "RECOMMENDED")
        #expect(LinePatterns.resolutionMarker("Recommended that the report be noted.") == nil)
    }

    @Test(arguments: [("(65) OFSTED INSPECTIONS OF SCHOOLS", "65", "OFSTED INSPECTIONS OF SCHOOLS"),
                      ("Question Time ***", "16", "Question Time"), ("Declarations *", "2", "Declarations"),
                      ("(7) Budget", "8", "(7) Budget"), ("Report*", "3", "Report*")])
    func aRepeatedNumberAndFootnoteStarsAreNoPartOfTheTitle(title: String, number: String, expected: String) {
        #expect(MinutesReader.droppingNumberMarks(title, number: number) == expected)
    }
}
