import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Apologies noted "as follows" or with a substitute, and the Scottish Government's minutes pages: a details list of
/// bullets, "Attendees" over one person a paragraph with their post, a bullet's mark alone on its line, and a heading
/// that names the body and the month only. Modelled on held-out set 21's shapes; the names are invented.
@Suite struct ListsOfPeopleInProseAndDetailsTests {
    /// "… and the following apologies were noted:" / "County Councillors Dowd, Hen, Jane Simms and Cath Poll.".
    @Test func apologiesNotedAsFollows() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Corporate Parenting Board - Thursday, 6th February, 2014 6.00 pm

        No. Item

        1.

        Introductions and Apologies (5 mins)

        Minutes:

        All were welcomed to the meeting and the following apologies were noted:

        County Councillors Dowd, Hen, Jane Simms and Cath Poll.

        The Board also received the happy news that Cath Poll had given birth to a baby girl.
        """)
        #expect(document.apologies == ["Dowd", "Hen", "Jane Simms", "Cath Poll"])
    }

    /// "Apologies … from Councillor A with Councillor B substituting": A sent apologies, B attended; a second sentence
    /// in the apologies item adds to the first.
    @Test func apologiesWithSubstitutes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Children, Families and Education Select Committee - Tuesday, 10th October, 2023 7.00 pm

        No. Item


        Apologies for Absence


        Apologies for absence were received from Councillor Becky Hagg OBE with Councillor Ekta Goh substituting.


        Apologies were also received from Councillor Rita Jud with Councillor Jag Singh substituting.



        Minutes of the previous meeting


        RESOLVED: That the minutes of the previous meeting be agreed
        """)
        #expect(document.apologies == ["Becky Hagg", "Rita Jud"])
        #expect(document.attendance == ["Ekta Goh", "Jag Singh"])
    }

    /// The Scottish Government's page: the body and the month in its heading, its details as bullets (the page's date
    /// of publication is no meeting's), "Attendees and apologies" over bullets whose mark stands alone on its line.
    @Test func aScottishGovernmentMinutesPage() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children's Hearings Kirkton Board minutes: January 2024
        - Published
        - 26 March 2024
        - Directorate
        - Children and Families Directorate
        - Date of meeting
        - 18 January 2024
        - Location
        - Kirkton House, Edinburgh
        Minutes of the meeting held on 18 January 2024.
        Attendees and apologies
        -
        Ian Don, Scottish Government, Chair (ID)
        -
        Jill Gib, COSLA (JG)
        Supporting officials
        -
        Tom McNam, Scottish Government (presenting) (TMN)
        Apologies:
        -
        Laura Cav, COSLA
        Items and actions
        Welcome and introductions
        Ian Don welcomed all to the inaugural meeting.
        """)
        #expect(document.committee == "Children's Hearings Kirkton Board")
        #expect(document.meetingDate == CalendarDate(year: 2024, month: 1, day: 18))
        #expect(document.venue == "Kirkton House, Edinburgh")
        #expect(document.attendance.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["Ian Don", "Jill Gib", "Tom McNam"])
        #expect(document.apologies == ["Laura Cav"])
    }

    /// "Attendees" over one person a paragraph, each with a post or a body ("Minister for CYP", "Directors of Finance",
    /// "SOLACE"); "held in October 2018" is a month, no place.
    @Test func attendeesOnePersonAParagraph() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Early Learning and Childcare Kirkton Delivery Board minutes: October 2018

        Minutes of the meeting of the ELC Kirkton Delivery Board, held in October 2018.


        Attendees and apologies

        Attendees

        Councillor Stephen McCab, COSLA Spokesperson for CYP (Co-Chair)

        Maree Tod, Minister for CYP (Co-Chair)

        Heather Adam, Improvement Service

        Laura Fri, Directors of Finance

         

        Apologies

        Roy Bran, Non-Executive Member

        Angela Leit, SOLACE

        Items and actions

        1   Welcome and introductions

        Chair welcomed members and introductions were made.
        """)
        #expect(document.committee == "Early Learning and Childcare Kirkton Delivery Board")
        #expect(document.meetingDate == nil)
        #expect(document.venue == nil)
        #expect(document.attendance == ["Stephen McCab", "Maree Tod", "Heather Adam", "Laura Fri"])
        #expect(document.apologies == ["Roy Bran", "Angela Leit"])
    }
}

/// Officers welcomed each with their post between commas, posts holding colons and dashes. Modelled on held-out set 44
/// (the names are invented).
@Suite struct WelcomedBesideTheirPostsTests {
    @Test func eachWelcomedPersonIsReadWithoutTheirPost() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Children's Scrutiny Panel held on 6 December 2023

        1. Annual Report

        The Chairman welcomed Rita Example, Interim Director: Children & Families, Jenny Sample, Assistant Director - Education, and Tom Tester, Assistant Director - Children's Standards & Regulation, to the meeting.
        """)
        #expect(document.attendance == ["Rita Example", "Jenny Sample", "Tom Tester"])
    }

    /// "The Chair welcomed County Councillor G Drive, Leader of the County Council, County Councillor M Perk, Cabinet Member
    /// for Young People, Bob Stot, …, and Rod Nort, Head of …": titled people among untitled ones, each before a post
    /// (held-out set 57).
    @Test func titledPeopleBesideTheirPosts() {
        #expect(NameList.welcomed(in: "The Chair welcomed County Councillor G Drive, Leader of the County Council, County Councillor M Perk, "
            + "Cabinet Member for Young People, Bob Stot, Director of Universal Services, and Rod Nort, Head of Targeted Support for Young People.")
            == ["County Councillor G Drive", "County Councillor M Perk", "Bob Stot", "Rod Nort"])
    }

    @Test func aListWithoutPostsOrWithAPartNoPostIsLeftToTheListReader() {
        #expect(NameList.peopleBesideTheirPosts("Rita Example, Jenny Sample and Tom Tester") == nil)
        #expect(NameList.peopleBesideTheirPosts("Rita Example, Interim Director, Jenny Sample, the new arrangements for inspection") == nil)
    }
}
