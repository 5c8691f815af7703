import CSVTableImporter
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Rankings of the pack's authority among every local authority of a DfE file: computed while reading,
/// although only the authority, England, its region and its neighbours are kept as observations.
@Suite struct KPIRankingTests {
    /// Six authorities (one `c`, one `x`), England and two regions; a tie at 20.0.
    static let csv = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,referral_count,rereferral_percent
    2025,Reporting year,National,E92000001,England,,,,,,600000,22.6
    2025,Reporting year,Regional,E92000001,England,E12000001,North East,,,,30000,20.7
    2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,80000,23.0
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,840,E06000001,Alphaton,5000,20.0
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,841,E06000002,Betaford,3000,18.5
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,842,E06000003,Gammaby,9000,20.0
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,843,E06000004,Deltham,c,c
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,844,E06000005,"Epsilon, Vale",7000,25.5
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,845,E06000006,Zetaton,x,31.0
    2024,Reporting year,Local authority,E92000001,England,E12000001,North East,840,E06000001,Alphaton,5100,c
    2024,Reporting year,Local authority,E92000001,England,E12000001,North East,841,E06000002,Betaford,3100,19.0

    """

    static let packOptions = ["authorityCode": "E06000001", "statisticalNeighbours": "E06000002"]

    @Test func ranksAmongEveryAuthorityWithANumberWhileKeepingOnlyTheComparators() async throws {
        let table = try #require(try await Fixture.importText(Self.csv, name: "c1.csv", packOptions: Self.packOptions).table)
        // Kept: England, the authority's region, the authority and its neighbour; not the others.
        #expect(Set(table.observations.map(\.geography.name)) == ["England", "North East", "Alphaton", "Betaford"])
        let percent = try #require(table.rankings.first { $0.indicator == "rereferral_percent" && $0.period.label == "2025" })
        // Numbers: 20.0 (Alphaton), 18.5, 20.0, 25.5, 31.0; Deltham's `c` is not ranked.
        #expect(percent.ranked == 5)
        #expect(percent.lower == 1)
        #expect(percent.higher == 2)
        #expect(percent.rank(highestFirst: true) == 3)
        #expect(percent.rank(highestFirst: false) == 2)
        let count = try #require(table.rankings.first { $0.indicator == "referral_count" && $0.period.label == "2025" })
        // 5000, 3000, 9000, 7000 (Deltham `c`, Zetaton `x` left out).
        #expect((count.ranked, count.lower, count.higher) == (4, 1, 2))
        // 2024: the authority's value is suppressed, so it has no ranking there.
        #expect(!table.rankings.contains { $0.indicator == "rereferral_percent" && $0.period.label == "2024" })
        #expect(table.rankings.contains { $0.indicator == "referral_count" && $0.period.label == "2024" })
    }

    @Test func withoutANamedAuthorityThereAreNoRankings() async throws {
        let table = try #require(try await Fixture.importText(Self.csv, name: "c1.csv").table)
        #expect(table.rankings.isEmpty)
    }

    @Test func quartilesSplitRanksIntoQuarters() {
        #expect((1...8).map { KPIRanking.quartile(rank: $0, of: 8) } == [1, 1, 2, 2, 3, 3, 4, 4])
        #expect(KPIRanking.quartile(rank: 38, of: 152) == 1)
        #expect(KPIRanking.quartile(rank: 39, of: 152) == 2)
        #expect(KPIRanking.quartile(rank: 152, of: 152) == 4)
    }

    /// The whole chain on the synthetic file: importer rankings, then the Core benchmark of a KPI item.
    @Test func benchmarkOfAnItemFromTheImportedFile() async throws {
        let result = try await Fixture.importText(Self.csv, name: "c1.csv", packOptions: Self.packOptions)
        let record = Record(id: "c1.csv#1", provenance: Provenance(source: "c1.csv", sha256: "", importer: "csv-table", importerVersion: "1"),
                            content: .table(try #require(result.table)))
        let authority = AuthoritySpec(name: "Alphaton", code: "E06000001", statisticalNeighbours: ["E06000002"])
        let benchmark = try #require(KPIBenchmarkBuilder(authority: authority)
            .benchmark(patterns: ["*rereferral*"], better: .lower, records: [record]))
        #expect(benchmark.indicator == "rereferral_percent")
        #expect(benchmark.value == .number(20))
        #expect(benchmark.england?.value == .number(22.6))
        #expect(benchmark.region?.name == "North East")
        #expect(benchmark.neighbours.map(\.name) == ["Betaford"])
        #expect(benchmark.neighbourAverage == 18.5)
        // Lower is better: one authority is lower, so rank 2 of 5, first quartile (ranks 1-2 of 5).
        #expect(benchmark.rank == 2)
        #expect(benchmark.rankedAuthorities == 5)
        #expect(benchmark.quartile == 1)
        // 2024 is suppressed: no change, but the previous period and its symbol are kept.
        #expect(benchmark.previousValue == .suppressed("c"))
        #expect(benchmark.change == nil)
    }
}

/// The real DfE referrals file, read in place: the rank the importer and Core give County Durham agrees
/// with one computed here straight from the file's lines.
@Suite(.enabled(if: Fixture.hasSamples, "needs ../shared/samples/csv")) struct KPIRankingSampleTests {
    /// Splits one CSV line, honouring double quotes (`"Herefordshire, County of"`).
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == ",", !quoted { fields.append(current); current = "" } else { current.append(character) }
        }
        fields.append(current)
        return fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Every local authority's number in a column for a year, by new_la_code and name, read without the importer.
    static func numbers(in text: String, column: String, year: String) -> [String: Double] {
        let lines = text.split(whereSeparator: \.isNewline)
        guard let header = lines.first.map({ fields($0) }), let value = header.firstIndex(of: column),
              let level = header.firstIndex(of: "geographic_level"), let time = header.firstIndex(of: "time_period"),
              let code = header.firstIndex(of: "new_la_code"), let name = header.firstIndex(of: "la_name") else { return [:] }
        var result: [String: Double] = [:]
        for line in lines.dropFirst() {
            let row = fields(line)
            guard row.count == header.count, row[level] == "Local authority", row[time] == year, let number = Double(row[value]) else { continue }
            result[row[code] + "|" + row[name]] = number
        }
        return result
    }

    @Test func rereferralRankAgreesWithOneComputedFromTheFile() async throws {
        guard let url = Fixture.sample("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv") else { return }
        let text = try String(contentsOf: url, encoding: .utf8)
        let all = Self.numbers(in: text, column: "rereferral_percent", year: "2025")
        let own = try #require(all["E06000047|County Durham"])
        #expect(own == 18.7)
        let expectedRank = all.values.filter { $0 < own }.count + 1 // lower is better
        let expectedQuartile = (1...4).first { expectedRank <= Int((Double($0 * all.count) / 4).rounded(.up)) }

        let result = try await Fixture.importFile(url, packOptions: ["authorityCode": "E06000047", "statisticalNeighbours": "E08000024"])
        let record = Record(id: "c1#1", provenance: Provenance(source: url.lastPathComponent, sha256: "", importer: "csv-table", importerVersion: "1"),
                            content: .table(try #require(result.table)))
        let benchmark = try #require(KPIBenchmarkBuilder(authority: AuthoritySpec(code: "E06000047", statisticalNeighbours: ["E08000024"]))
            .benchmark(patterns: ["rereferral_percent"], better: .lower, records: [record]))
        #expect(benchmark.period.label == "2025")
        #expect(benchmark.rankedAuthorities == all.count)
        #expect(benchmark.rank == expectedRank)
        #expect(benchmark.quartile == expectedQuartile)
        #expect(benchmark.neighbours.map(\.code) == ["E08000024"])
        #expect(benchmark.england?.value == .number(22.6))
        #expect(benchmark.region?.value == .number(20.7))
    }
}
