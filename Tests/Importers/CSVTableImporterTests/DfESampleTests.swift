import CSVTableImporter
import EvidenceModel
import Foundation
import Testing

/// The DfE explore-education-statistics samples in shared/samples/csv, read in place. Figures
/// asserted here were read from the files by eye (grep), not from this importer.
@Suite(.enabled(if: Fixture.hasSamples, "needs ../shared/samples/csv")) struct DfESampleTests {
    @Test func childrenInNeedWideFile() async throws {
        guard let url = Fixture.sample("b1_children_in_need_2013_to_2025.csv") else { return }
        let result = try await Fixture.importFile(url)
        let table = try #require(result.table)
        #expect(table.kind == .kpi)
        #expect(table.rowCount == 2132)
        // Line 14: 2025 County Durham, At31_episodes 4415.
        let durham = table.observations("At31_episodes", "County Durham", "2025")
        #expect(durham.map(\.value) == [.number(4415)])
        #expect(durham.first?.line == 14)
        #expect(durham.first?.geography.code == "E06000047")
        #expect(table.observations("Anypoint_episodes", "England", "2025").first?.value == .number(756_120))
        // Line 372: 2023 St. Helens, Ended_child and awaiting_assessment are `c`.
        #expect(table.observations("Ended_child", "St. Helens", "2023").first?.value == .suppressed("c"))
        #expect(table.observations("awaiting_assessment", "St. Helens", "2023").first?.value == .suppressed("c"))
        // Line 269: 2024 Hampshire, every indicator `u`; line 629: 2022 Hackney all `x`.
        #expect(table.observations("At31_episodes", "Hampshire", "2024").first?.value == .suppressed("u"))
        #expect(table.observations("At31_episodes", "Hackney", "2022").first?.value == .suppressed("x"))
        // The quoted name with a comma is one field.
        #expect(table.observations("At31_episodes", "Herefordshire, County of", "2024").first?.value == .number(1587))
        #expect(result.problems.isEmpty)
    }

    @Test func referralsWideFileGivesTheRereferralRate() async throws {
        guard let url = Fixture.sample("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv") else { return }
        let table = try #require(try await Fixture.importFile(url).table)
        let percent = table.observations("rereferral_percent", "County Durham", "2025")
        #expect(percent.map(\.value) == [.number(18.7)])
        #expect(percent.first?.unit == .percent)
        #expect(table.observations("rereferral_percent", "County Durham", "2024").first?.value == .number(17))
        #expect(table.observations("rereferral_percent", "England", "2025").first?.value == .number(22.6))
        #expect(table.observations("rereferral_percent", "North East", "2025").first?.value == .number(20.7))
        #expect(table.observations("referral_count", "County Durham", "2025").first?.value == .number(5378))
    }

    @Test func lookedAfterLongFileWithBOM() async throws {
        guard let url = Fixture.sample("cla_number_and_rate_per_10k_children.csv") else { return }
        let result = try await Fixture.importFile(url)
        let table = try #require(result.table)
        #expect(table.columns.first == "time_period")
        let onMarch31 = "[Children looked after on 31 March each year]"
        let durham = table.observations("children_count" + onMarch31, "County Durham", "2025")
        #expect(durham.map(\.value) == [.number(1183)])
        #expect(durham.first?.geography.code == "E06000047")
        #expect(table.observations("rate_per_10000" + onMarch31, "County Durham", "2025").first?.value == .number(118))
        #expect(table.observations("rate_per_10000" + onMarch31, "County Durham", "2025").first?.unit == .ratePer10000)
        #expect(table.observations("children_count" + onMarch31, "England", "2025").first?.value == .number(81770))
        #expect(table.observations("children_count[Children ceasing to be looked after each year]", "County Durham", "2025").first?.value == .number(477))
    }

    @Test func workforceFileKeepsLowAsSuppressed() async throws {
        guard let url = Fixture.sample("csww_indicators_2017_to_2025.csv") else { return }
        let table = try #require(try await Fixture.importFile(url).table)
        // Line 25: 2025 Sunderland, agency_fte `low`, caseload_fte 17.1; line 188: 2024 leavers_fte `u`.
        #expect(table.observations("agency_fte", "Sunderland", "2025").first?.value == .suppressed("low"))
        #expect(table.observations("caseload_fte", "Sunderland", "2025").first?.value == .number(17.1))
        #expect(table.observations("leavers_fte", "Sunderland", "2024").first?.value == .suppressed("u"))
        #expect(table.observations("turnover_rate_fte", "County Durham", "2025").first?.value == .number(7.7))
        #expect(table.observations("turnover_rate_fte", "County Durham", "2025").first?.unit == .percent)
    }

    /// A pack for County Durham with two neighbours gets those authorities, England and the North East only.
    @Test func selectsThePacksAuthorityAndComparators() async throws {
        guard let url = Fixture.sample("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv") else { return }
        let table = try #require(try await Fixture.importFile(url, packOptions: [
            "authorityCode": "E06000047", "statisticalNeighbours": "E08000024,Gateshead",
        ]).table)
        let places = Set(table.observations.map(\.geography.name))
        #expect(places == ["England", "North East", "County Durham", "Sunderland", "Gateshead"])
        // Every year 2013-2025 is there for the authority.
        let years = Set(table.observations.filter { $0.geography.name == "County Durham" }.map(\.period.label))
        #expect(years == Set((2013...2025).map(String.init)))
    }
}
