import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// An attendance page whose people are set one to a paragraph, each followed by a paragraph naming the body they
/// represent; and a roll call of names with surnames in capitals, one to a paragraph, which is no such list. Modelled
/// on held-out set 54 and on set 46 (the names are invented).
@Suite struct PeopleOverTheirBodiesTests {
    @Test func eachPersonsBodyInTheParagraphUnderThem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Venue: : Education and Conference Centre, Blackfriars, Kirkton.

        Items
        No. Item

        ATTENDANCE

        Present:

         

        Bella Barr

        Independent Schools Sector

        Cath Beek

        Association of Primary Head Teachers

        Councillor Sally Robb

        Kirkton Council

        Ben Strake

        Travelling Families

         

        In attendance:

         

        Lea Abbot

        Children and Young People’s Directorate

        Michele Alla

        Green Croft Centre

        1. MINUTES

        The minutes of the last meeting were agreed.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["bella barr", "cath beek", "sally robb", "ben strake", "lea abbot", "michele alla"])
        // ("ATTENDANCE" over "Present:" heads the list, no item.)
        #expect(document.items.map(\.title) == ["MINUTES"])
    }

    @Test func aBodyAloneIsNoPersonAndNoNameInCapitals() {
        #expect(MinutesReader.namesABodyAlone("Independent Schools Sector"))
        #expect(MinutesReader.namesABodyAlone("Jobcentreplus"))
        #expect(!MinutesReader.namesABodyAlone("Georgia CRUICK"))
        #expect(!MinutesReader.namesABodyAlone("Depute Lord Provost Christina ROBB"))
        #expect(!MinutesReader.namesABodyAlone("Ben Strake"))
        #expect(!MinutesReader.namesABodyAlone("The panel noted the report."))
        #expect(!MinutesReader.namesABodyAlone("Guests") && !MinutesReader.namesABodyAlone("Others in Attendance"))
    }
}
