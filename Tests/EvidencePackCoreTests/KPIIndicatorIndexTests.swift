import EvidenceModel
@testable import EvidencePackCore
import Foundation
import Testing

/// The per-table index of indicators and geographies gives what walking every observation gave.
@Suite struct KPIIndicatorIndexTests {
    static let england = Geography(level: .national, code: "E92000001", name: "England")
    static let durham = Geography(level: .localAuthority, code: "E06000047", name: "County Durham")
    static let sunderland = Geography(level: .localAuthority, code: "E08000024", name: "Sunderland")

    /// A DfE-shaped table: each row (a geography) gives every indicator in turn.
    static func observations() throws -> [KPIObservation] {
        let period = Period(kind: .reportingYear, label: "2025", end: try #require(CalendarDate(iso8601: "2025-03-31")))
        let indicators = ["rereferral_percent", "cla_rate_per_10000", "With 3 or more placements", "cpp_count"]
        return [england, durham, sunderland, durham].flatMap { geography in
            indicators.map { KPIObservation(indicator: $0, period: period, geography: geography, value: .number(1), unit: .count) }
        }
    }

    @Test func distinctIndicatorsAndGeographiesInOrderOfFirstUse() throws {
        let index = KPIIndicatorIndex(try Self.observations())
        #expect(index.indicators == ["rereferral_percent", "cla_rate_per_10000", "With 3 or more placements", "cpp_count"])
        #expect(index.geographies.map(\.name) == ["England", "County Durham", "Sunderland"])
        #expect(index.indicatorOfObservation.count == 16)
        #expect(index.geographyOfObservation[4...7].allSatisfy { $0 == 1 })
    }

    @Test(arguments: [["*rereferral*"], ["*three or more placements*"], ["cpp_*", "cla_rate*"], ["nothing"], []])
    func matchesWhatTheWalkOverEveryObservationMatched(patterns: [String]) throws {
        let observations = try Self.observations()
        let index = KPIIndicatorIndex(observations)
        let wanted = EvidenceAssembler.matchingIndicators(observations, patterns: patterns)
        #expect(Set(zip(index.indicators, index.matching(patterns)).filter(\.1).map(\.0)) == wanted)
        let keep: (Geography) -> Bool = { $0.code == "E06000047" }
        let walked = observations.indices.filter { wanted.contains(observations[$0].indicator) && keep(observations[$0].geography) }
        #expect(index.observations(matching: patterns, keeping: keep) == walked)
    }
}
