import EvidenceFixtures
import JSONExporter
import Testing

/// With a cache, a record whose origin is unchanged has its JSON carried over from the pack being
/// replaced (checked by its own SHA-256): the bytes are those a fresh encoding gives.
@Suite struct PackJSONCarryOverTests {
    let scenario = CarryOverScenario(exporter: JSONExporter(), file: "pack.json")

    @Test func carriedRecordsGiveTheBytesOfAFreshEncoding() async throws {
        let (dayOne, carried, fresh) = try await scenario.carriedAndFresh()
        #expect(carried == fresh)
        #expect(carried != dayOne)
    }

    @Test func theRecordsAreTakenFromThePreviousFileOnlyWhileTheirBytesCheckOut() async throws {
        let (carried, afterChange) = try await scenario.sameOriginOtherContent { "\"id\":\"\($0)\"" }
        #expect(!carried.contains("999999"))
        #expect(afterChange.contains("999999"))
    }
}
