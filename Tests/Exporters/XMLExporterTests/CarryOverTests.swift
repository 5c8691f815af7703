import EvidenceFixtures
import Testing
import XMLExporter

/// With a cache, a record whose origin is unchanged has its XML carried over from the pack being
/// replaced (checked by its own SHA-256): the bytes are those libxml2's writer gives afresh.
@Suite struct PackXMLCarryOverTests {
    let scenario = CarryOverScenario(exporter: XMLExporter(), file: "pack.xml")

    @Test func carriedRecordsGiveTheBytesOfAFreshWriting() async throws {
        let (dayOne, carried, fresh) = try await scenario.carriedAndFresh()
        #expect(carried == fresh)
        #expect(carried != dayOne)
    }

    @Test func theRecordsAreTakenFromThePreviousFileOnlyWhileTheirBytesCheckOut() async throws {
        let (carried, afterChange) = try await scenario.sameOriginOtherContent { "id=\"\($0)\"" }
        #expect(!carried.contains("999999"))
        #expect(afterChange.contains("999999"))
    }
}
