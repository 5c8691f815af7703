import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// People a list names with a police rank ("Chief Insp.", "Det Sgt") and tables of people whose converter padded
/// each cell with a space ("| Ann Gray | NHS Fife |"). The names are invented.
@Suite struct PoliceRanksAndPaddedTablesTests {
    /// A rank before the name is no part of it, and a rank's words ("Chief", "Insp.") do not make the row a post.
    @Test(arguments: ["Chief Insp. Tom Reid", "Det Sgt Tom Reid", "Sgt Tom Reid", "DI Tom Reid", "Detective Inspector Tom Reid"])
    func aRankBeforeTheNameIsDropped(rank: String) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Child Protection Committee
        held on 5 June 2019 in Committee Room 1

        Present:
        \(rank) / Police Scotland
        Mrs Ann Gray / NHS Fife

        Apologies:
        \(rank) / Kirkton Police

        1. Welcome
        The Chair welcomed everyone.
        """)
        #expect(document.attendance.map { NameList.personKey($0) } == ["tom reid", "ann gray"])
        #expect(document.apologies.map { NameList.personKey($0) } == ["tom reid"])
    }

    /// "Di" in mixed case is a first name, not the rank "DI".
    @Test func rankInitialsCountOnlyInCapitals() {
        #expect(NameList.droppingHonours("DI Sam Fowler") == "Sam Fowler")
        #expect(NameList.droppingHonours("Di Marsh") == "Di Marsh")
        #expect(NameList.droppingHonours("Ds Lowe") == "Ds Lowe")
    }

    /// A table of people whose cells are padded with a space inside the bars is read as the unpadded one is.
    @Test func aTableOfPeopleWithPaddedCellsGivesItsPeople() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Child Protection Committee
        held on 5 June 2019 in Committee Room 1

        Present:
        | Ann Gray | Kirkton Council |
        | Liam Bell | NHS Fife |

        Apologies:
        | Jim Lowe | Kirkton Police |

        1. Welcome
        The Chair welcomed everyone.
        """)
        #expect(document.attendance.map { NameList.personKey($0) } == ["ann gray", "liam bell"])
        #expect(document.apologies.map { NameList.personKey($0) } == ["jim lowe"])
    }
}
