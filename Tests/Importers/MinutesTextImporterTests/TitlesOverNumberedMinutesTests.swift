import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Minutes that print each item's title on a line of its own and its number opening the minute below ("Welcome to new
/// member." / "1 The Convener welcomed …"), as held-out set 29's Glasgow committee does. The names are invented.
@Suite struct TitlesOverNumberedMinutesTests {
    static let minutes = """
    Kirkton City Council

    Education, Skills and Early Years City Policy Committee

    Minutes of meeting held in the City Chambers, Kirkton on Thursday, 31st January 2019 at 10am.

    Present: Councillor Chris Cun (Chair), Councillor Jill Hen and Ms Mary Kel.

    Welcome to new member.

    1 The Convener welcomed to the meeting Ms Michel Woo who had replaced Ms Nan Lof as a co-opted member.

    Kirkton's Improvement Challenge 2015-2020 – Update noted.

    2 There were submitted reports by the Executive Director of Education Services regarding the progress made,

    (1) advising that success had been achieved.
    """

    @Test func eachTitleOverTheNextNumberOpensThatItem() async throws {
        let (document, _) = try await ImportHelpers.importText(Self.minutes)
        #expect(document.items.map(\.number) == ["1", "2"])
        #expect(document.items.map(\.title) == ["Welcome to new member", "Kirkton's Improvement Challenge 2015-2020 – Update noted"])
        #expect(document.items[0].minutes.first?.text?.hasPrefix("The Convener welcomed") == true)
    }

    /// A number that is not the next one, or a short line under the title, opens nothing.
    @Test func onlyTheNextNumberWithASentenceCounts() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of meeting of the Kirkton Committee held on Thursday, 31st January 2019 at 10am.

        Present: Councillor Chris Cun (Chair), Councillor Jill Hen and Ms Mary Kel.

        Welcome to new member.

        5 The Convener welcomed to the meeting Ms Michel Woo who had replaced Ms Nan Lof.

        Budget.

        1 April
        """)
        #expect(document.items.isEmpty)
    }
}
