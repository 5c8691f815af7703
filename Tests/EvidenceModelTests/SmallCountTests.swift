import EvidenceModel
import Testing

/// The small-number rule of the Annex A analysis.
@Suite struct SmallCountTests {
    @Test func countsOfOneToFourAreWords() {
        #expect(SmallCount.words(0) == "0")
        #expect((1...4).allSatisfy { SmallCount.words($0) == "fewer than 5" })
        #expect(SmallCount.words(5) == "5")
    }

    @Test func aLoneHiddenCountHidesTheNextSmallestToo() {
        #expect(SmallCount.shown([10, 3, 7]) == ["10", "fewer than 5", "not shown"])
        #expect(SmallCount.shown([10, 3, 2]) == ["10", "fewer than 5", "fewer than 5"])
        #expect(SmallCount.shown([10, 0, 7]) == ["10", "0", "7"])
        #expect(SmallCount.shown([3]) == ["fewer than 5"])
    }
}
