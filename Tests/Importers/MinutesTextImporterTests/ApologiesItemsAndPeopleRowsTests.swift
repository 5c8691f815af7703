import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// People listed under an item titled "Apologies for absence", one-per-line rows of a person and the body they
/// work for, approvals of the last meeting's minutes worded as notes, and headings that wrap around a line of
/// lifted ordinal superscripts. Modelled on held-out set 14's shapes; the names are invented.
@Suite struct ApologiesItemsAndPeopleRowsTests {
    private static func minutes(item title: String, _ body: String) -> String {
        """
        Minutes of the Kirkton Schools Forum held on 4 March 2013

        Present: Ann Gray, Tom Hale

        1. \(title)
        \(body)

        2. Budget
        The forum discussed the budget.
        """
    }

    /// The lines under an item titled for apologies name those who sent them, one a line or in a list, each
    /// perhaps with the body they work for; a sentence under the title is read as the item's minutes.
    @Test(arguments: [("Apologies for Absence", "Carol Keel\nJo Copping"),
                      ("Chairs Apologies for Absence", "Carol Keel, West Kirkton PCT\nJo Copping, Connexions"),
                      ("Welcome and Apologies", "Councillor Carol Keel, Councillor Jo Copping"),
                      ("Apologies for absence", "Apologies were received from Carol Keel and\nJo Copping."),
                      ("Apologies and Welcome", "ACTION\nApologies for absence were received from Carol Keel and\nJo Copping.")])
    func peopleUnderAnApologiesItemSentApologies(title: String, body: String) async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes(item: title, body))
        #expect(document.apologies.map { NameList.personKey($0) } == ["carol keel", "jo copping"])
        #expect(document.items.map(\.title) == [title, "Budget"])
    }

    /// Under such a title, "Present:" opens the list of those present, and a sentence names no one.
    @Test func presentUnderAWelcomeAndApologiesItemIsTheAttendance() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Inclusion Board
        Meeting Notes
        Wednesday 1st July 2020 – Microsoft Teams

        1.
        Welcome, apologies and introductions

        Present:
        CA – SENDIAS Coordinator
        JD – Kirkton & Rugby CCG (also representing North Kirkton CCG)

        Apologies:
        DW – NHS (Left when JD attended as due at another meeting)
        RW – Kirkton Parent Carer Forum

        CA welcomed everyone to the meeting.
        """)
        #expect(document.attendance == ["CA", "JD"])
        #expect(document.apologies == ["DW", "RW"])
        let (welcome, _) = try await ImportHelpers.importText(Self.minutes(item: "Welcome and Apologies", "The Chair welcomed everyone to the meeting."))
        #expect(welcome.apologies.isEmpty)
    }

    /// One person a line, then the body they work for with nothing between: the person alone. An initial before a
    /// surname in capitals ("Derek J SCOTT") is the name's, not a body's.
    @Test func aPersonThenTheirBodyOnOneLineIsThePerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children & Young People’s Strategic Partnership (CYPSP)

        Minutes of the Core Group Meeting held in the Committee Room, Social Care,
                              nd                                                  th
        Children’s Services, 2 Floor, Library Building, Kirkton, 19 October 2006,

               Ben Adams West Kirkton PCT
               David Stone Sub-Group Chair Age 13+ & Locality Team Ldr Youth Services
               Gill Mann CYPSP Chair & Commissioning Manager for Mental Health
               Janet Ashley Social Care
               Julie Saggers, Connexions
               Marina Sheriff Kirkton Forest LSP
               Steve Lever ECC CYPSP
               Sarah Hurd Kirkton Upland CofE Primary – EFR LDG
               Derek J SCOTT

            1. Welcome
               The Chair welcomed everyone.
        """)
        #expect(document.meetingDate == CalendarDate(year: 2006, month: 10, day: 19))
        #expect(document.venue == "Committee Room, Social Care, Children’s Services, 2 Floor, Library Building, Kirkton")
        #expect(document.attendance == ["Ben Adams", "David Stone", "Gill Mann", "Janet Ashley", "Julie Saggers", "Marina Sheriff", "Steve Lever", "Sarah Hurd", "Derek J SCOTT"])
    }

    /// The last meeting's minutes or notes agreed, in the wordings partnership minutes use, are decisions.
    @Test(arguments: ["Previous meeting notes were agreed by those present.",
                      "Minutes of the previous meeting were reviewed and agreed as accurate.",
                      "The minutes from the Board meeting held on 31 March 2014 were agreed as an accurate record.",
                      "The notes of the last meeting were agreed."])
    func approvalsOfTheLastMeetingsNotesAreDecisions(sentence: String) async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes(item: "Minutes of previous meeting", sentence))
        #expect(document.items.first?.decisions.map(\.text) == [sentence])
        let (circulated, _) = try await ImportHelpers.importText(Self.minutes(item: "Minutes of previous meeting", "The notes of the last meeting were circulated."))
        #expect(circulated.items.first?.decisions.isEmpty == true)
    }

    /// A line of nothing but ordinal suffixes is blank; any other line stays.
    @Test func linesOfLiftedOrdinalSuffixesAreBlank() {
        #expect(OrdinalSuperscripts.isSuffixLine("                      nd                                                  th"))
        #expect(OrdinalSuperscripts.isSuffixLine("st"))
        #expect(!OrdinalSuperscripts.isSuffixLine("the 2nd floor"))
        #expect(!OrdinalSuperscripts.isSuffixLine("nd th st rd nd"))
    }
}

/// A list's last name run into the next paragraph's list, and a PDF's page number among headings in capitals.
@Suite struct RunOnListsAndPageNumbersTests {
    /// "… and G Morgan" / "County Councillors R Powell (…)": the plural title parts the two lists' people.
    @Test func aPluralTitleInsideAPartStartsAnotherPerson() {
        #expect(NameList.splittingAtInnerPluralTitle("G Morgan County Councillors R Powell (Portfolio Holder)") == ["G Morgan", "R Powell (Portfolio Holder)"])
        #expect(NameList.splittingAtInnerPluralTitle("Meeting of Councillors and officers") == ["Meeting of Councillors and officers"])
        #expect(NameList.splittingAtInnerPluralTitle("Ann Gray") == ["Ann Gray"])
    }

    /// Minutes headed in capitals with a page number alone on a line between two items: the number is no item.
    @Test func aPageNumberAmongHeadingsInCapitalsIsNoItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF KIRKTON LOCALITY PLANNING GROUP MEETING

        FRIDAY 8TH SEPTEMBER 2017 AT 10.00AM IN KIRKTON TOWN HALL

        Attending: Roy Bell, Helen Crane

        WELCOME AND INTRODUCTIONS

        Roy welcomed everyone to the meeting today.

        1

        MINUTES OF PREVIOUS MEETING

        The minutes were agreed as a true record.

        MATTERS ARISING

        No matters arising.
        """)
        #expect(document.items.map(\.number) == [nil, nil, nil])
        #expect(document.items.map(\.title) == ["WELCOME AND INTRODUCTIONS", "MINUTES OF PREVIOUS MEETING", "MATTERS ARISING"])
    }
}

/// Several substitutes after the plural title ("with Councillors Dominic Gil and Wayne Bri substituting"): each attended.
/// Modelled on held-out set 46 (the names are invented).
@Suite struct PluralSubstitutesTests {
    @Test func eachOfSeveralSubstitutesAttended() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Children's Services Policy Overview Committee - Thursday, 7th June, 2012 7.00 pm

        Apologies for Absence

        Apologies for absence had been received from Councillors Judy Cope and Susan Bree with Councillors Dom Gillam and Wayne Bridger substituting.

        Review Topics Discussion

        The Committee discussed a number of possible review topics.
        """)
        #expect(document.apologies == ["Judy Cope", "Susan Bree"])
        #expect(document.attendance == ["Dom Gillam", "Wayne Bridger"])
    }

    @Test func theClauseNeedsThePluralTitleAndTheWordSubstituting() {
        #expect(NameList.substitutes(in: "Apologies from Cllr A Bee with Cllrs Cara Dee, Ed Eff and Gil Gee as substitutes.") == ["Cara Dee", "Ed Eff", "Gil Gee"])
        #expect(NameList.substitutes(in: "Apologies from Cllr A Bee with Councillors Cara Dee and Ed Eff present.").isEmpty)
    }
}
