import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// A KPI item's benchmark: which indicator, the latest value, the comparators, the rank.
@Suite struct KPIBenchmarkBuilderTests {
    static let england = Geography(level: .national, code: "E92000001", name: "England")
    static let region = Geography(level: .regional, code: "E12000001", name: "North East")
    static let authority = Geography(level: .localAuthority, code: "E06000001", name: "Alphaton", region: "E12000001")
    static let spec = AuthoritySpec(name: "Alphaton", code: "E06000001", statisticalNeighbours: ["E06000003", "E06000002", "E06000009"])

    static func year(_ year: Int) -> Period {
        Period(kind: .reportingYear, label: String(year), end: CalendarDate(year: year, month: 3, day: 31) ?? CalendarDate(daysSinceEpoch: 0))
    }

    static func month(_ month: Int) -> Period {
        Period(kind: .month, label: "2026-\(month < 10 ? "0" : "")\(month)", end: CalendarDate(year: 2026, month: month, day: 28) ?? CalendarDate(daysSinceEpoch: 0))
    }

    static func observation(_ indicator: String, _ period: Period, _ geography: Geography, _ value: ObservedValue,
                            unit: MeasureUnit = .percent, target: Double? = nil, rating: String? = nil) -> KPIObservation {
        KPIObservation(indicator: indicator, period: period, geography: geography, value: value, unit: unit, target: target, rating: rating)
    }

    static func record(_ source: String, _ observations: [KPIObservation], rankings: [KPIRanking] = []) -> Record {
        Record(id: "\(source)#1", provenance: Provenance(source: source, sha256: "", importer: "csv-table", importerVersion: "1"),
               content: .table(Table(kind: .kpi, title: source, observations: observations, rankings: rankings)))
    }

    static func neighbour(_ code: String, _ name: String) -> Geography {
        Geography(level: .localAuthority, code: code, name: name, region: "E12000001")
    }

    /// A DfE-like file: 2024 and 2025 for the authority, England, the region and two of three neighbours.
    static var dfe: Record {
        let beta = neighbour("E06000002", "Betaford"), gamma = neighbour("E06000003", "Gammaby")
        return record("kpi/c1.csv", [
            observation("rereferral_percent", year(2024), authority, .number(24.8)),
            observation("rereferral_percent", year(2025), authority, .number(21)),
            observation("rereferral_percent", year(2025), england, .number(21.3)),
            observation("rereferral_percent", year(2025), region, .number(22)),
            observation("rereferral_percent", year(2025), beta, .number(23.7)),
            observation("rereferral_percent", year(2025), gamma, .suppressed("c")),
            observation("rereferral_count", year(2025), authority, .number(900), unit: .count),
        ], rankings: [KPIRanking(indicator: "rereferral_percent", period: year(2025), ranked: 150, lower: 30, higher: 119)])
    }

    @Test func latestValueWithItsComparatorsAndChange() throws {
        let benchmark = try #require(KPIBenchmarkBuilder(authority: Self.spec)
            .benchmark(patterns: ["rereferral_percent"], better: .lower, records: [Self.dfe]))
        #expect(benchmark.indicator == "rereferral_percent")
        #expect(benchmark.source == "kpi/c1.csv")
        #expect(benchmark.period.label == "2025")
        #expect(benchmark.value == .number(21))
        #expect(benchmark.previousPeriod?.label == "2024")
        #expect(benchmark.change == -3.8)
        #expect(benchmark.england?.value == .number(21.3))
        #expect(benchmark.region?.value == .number(22))
        // In the pack's order, only those the data holds; Gammaby's `c` stays a symbol and is not averaged.
        #expect(benchmark.neighbours.map(\.name) == ["Gammaby", "Betaford"])
        #expect(benchmark.neighbours.first?.value == .suppressed("c"))
        #expect(benchmark.neighbourAverage == 23.7)
        #expect(benchmark.neighbourCount == 1)
        // Lower is better: 30 authorities are lower, so rank 31 of 150; ranks 1-38 are the first quartile.
        #expect(benchmark.rank == 31)
        #expect(benchmark.rankedAuthorities == 150)
        #expect(benchmark.quartile == 1)
    }

    @Test func rankCountsFromTheHighestWithoutAPolarity() throws {
        let benchmark = try #require(KPIBenchmarkBuilder(authority: Self.spec)
            .benchmark(patterns: ["rereferral_percent"], better: nil, records: [Self.dfe]))
        #expect(benchmark.rank == 120)
        #expect(benchmark.quartile == 4)
        let higher = try #require(KPIBenchmarkBuilder(authority: Self.spec)
            .benchmark(patterns: ["rereferral_percent"], better: .higher, records: [Self.dfe]))
        #expect(higher.rank == 120)
        #expect(higher.better == .higher)
    }

    @Test func noQuartileAmongFewerThanFourAuthorities() throws {
        let record = Self.record("kpi/x.csv", [Self.observation("x_percent", Self.year(2025), Self.authority, .number(5))],
                                 rankings: [KPIRanking(indicator: "x_percent", period: Self.year(2025), ranked: 3, lower: 0, higher: 2)])
        let benchmark = try #require(KPIBenchmarkBuilder(authority: Self.spec).benchmark(patterns: ["x_*"], better: .lower, records: [record]))
        #expect(benchmark.rank == 1)
        #expect(benchmark.rankedAuthorities == 3)
        #expect(benchmark.quartile == nil)
    }

    @Test func theItemsFirstPatternWinsOverALaterFigure() throws {
        // The council's monthly file is newer, but the pack lists the DfE column first.
        let council = Self.record("kpi/monthly.csv", [
            Self.observation("Re-referrals (%)", Self.month(9), Self.authority, .number(19), target: 20, rating: "Green"),
            Self.observation("Re-referrals (%)", Self.month(10), Self.authority, .number(18.5), target: 20, rating: "Green"),
        ])
        let builder = KPIBenchmarkBuilder(authority: Self.spec)
        let dfeFirst = try #require(builder.benchmark(patterns: ["rereferral_percent", "re-referrals*"], better: .lower, records: [council, Self.dfe]))
        #expect(dfeFirst.source == "kpi/c1.csv")
        // With the council's wording first, its latest month, target and rating are given.
        let councilFirst = try #require(builder.benchmark(patterns: ["re-referrals*", "rereferral_percent"], better: .lower, records: [Self.dfe, council]))
        #expect(councilFirst.source == "kpi/monthly.csv")
        #expect(councilFirst.period.label == "2026-10")
        #expect(councilFirst.value == .number(18.5))
        #expect(councilFirst.change == -0.5)
        #expect(councilFirst.target == 20)
        #expect(councilFirst.rating == "Green")
        #expect(councilFirst.rank == nil)
        #expect(councilFirst.england == nil)
    }

    @Test func suppressedLatestValueHasNoRankOrChange() throws {
        let record = Self.record("kpi/s.csv", [
            Self.observation("cpp_percent", Self.year(2024), Self.authority, .number(20)),
            Self.observation("cpp_percent", Self.year(2025), Self.authority, .suppressed("low")),
        ], rankings: [KPIRanking(indicator: "cpp_percent", period: Self.year(2024), ranked: 150, lower: 10, higher: 139)])
        let benchmark = try #require(KPIBenchmarkBuilder(authority: Self.spec).benchmark(patterns: ["cpp_*"], better: nil, records: [record]))
        #expect(benchmark.value == .suppressed("low"))
        #expect(benchmark.rank == nil)
        #expect(benchmark.change == nil)
        #expect(benchmark.previousValue == .number(20))
    }

    @Test func theSameMeasureWordedDifferentlyMatches() {
        for name in ["Placement stability: three or more placements in the year (%)", "With 3 or more placements",
                     "cla_3_or_more_placements_percent", "CLA-3-or-more-placements"] {
            #expect(EvidenceAssembler.indicator(name, matches: "*three or more placements*"), "\(name)")
            #expect(EvidenceAssembler.indicator(name, matches: "*3_or_more_placements*"), "\(name)")
        }
        #expect(EvidenceAssembler.indicator("Re referrals within 12 months", matches: "*re-referral*"))
        // Words are not cut: "someone" is not "some1", and a different measure stays different.
        #expect(!EvidenceAssembler.indicator("someone placed", matches: "*1 placed*"))
        #expect(!EvidenceAssembler.indicator("With 2 placements", matches: "*three or more placements*"))
    }

    @Test func noBenchmarkWithoutTheAuthoritysFigure() {
        let record = Self.record("kpi/e.csv", [Self.observation("rereferral_percent", Self.year(2025), Self.england, .number(21.3))])
        #expect(KPIBenchmarkBuilder(authority: Self.spec).benchmark(patterns: ["rereferral_percent"], better: nil, records: [record]) == nil)
    }

    @Test func packReadsWhichEndIsBetterAndRefusesAnythingElse() throws {
        let loader = PackDefinitionLoader(knownImporters: ["csv-table"], knownExporters: ["json"])
        func yaml(_ better: String, criterion: String = "kpi: ['rereferral_percent']") -> String {
            """
            formatVersion: 1
            id: test
            title: Test
            exporters: [json]
            sections:
              - id: kpis
                title: KPIs
            items:
              - id: rereferrals
                title: Re-referrals
                section: kpis
                better: \(better)
                satisfiedBy:
                  \(criterion)
            """
        }
        let file = URL(fileURLWithPath: "/packs/test/pack.yaml")
        let pack = try loader.parse(yaml: yaml("lower"), file: file, displayPath: "pack.yaml")
        #expect(pack.items.first?.better == .lower)
        #expect(throws: PackDefinitionError.self) { try loader.parse(yaml: yaml("sideways"), file: file, displayPath: "pack.yaml") }
        #expect(throws: PackDefinitionError.self) { try loader.parse(yaml: yaml("higher", criterion: "annexAList: 1"), file: file, displayPath: "pack.yaml") }
    }

    @Test func assemblerGivesKPIItemsTheirBenchmark() throws {
        let yaml = """
        formatVersion: 1
        id: p
        title: P
        authority: {name: Alphaton, code: E06000001, statisticalNeighbours: [E06000003, E06000002]}
        sections: [{id: kpis, title: KPIs}]
        items:
          - id: rereferrals
            title: Re-referrals
            section: kpis
            better: lower
            satisfiedBy: {record: table, kpi: ['rereferral_percent']}
        """
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        let date = try #require(CalendarDate(iso8601: "2026-11-20"))
        let items = EvidenceAssembler(pack: pack, referenceDate: date).assemble(records: [Self.dfe], diagnostics: [])
        #expect(items.first?.kpi?.indicator == "rereferral_percent")
        #expect(items.first?.kpi?.rank == 31)
    }
}
