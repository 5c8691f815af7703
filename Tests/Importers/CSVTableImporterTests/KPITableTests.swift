import CSVTableImporter
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// KPI tables from inline fixtures modelled on DfE explore-education-statistics files and on
/// councils' own monthly exports.
@Suite struct KPITableTests {
    /// Wide layout (the CIN files): one row per geography-year, an indicator per column.
    static let wide = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_percent,awaiting_assessment
    2025,Reporting year,National,E92000001,England,,,,,,Referrals and Re-referrals,632830,22.6,16290
    2025,Reporting year,Regional,E92000001,England,E12000001,North East,,,,Referrals and Re-referrals,32490,20.7,720
    2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Referrals and Re-referrals,80100,21.9,2100
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,840,E06000047,County Durham,Referrals and Re-referrals,5378,18.7,84
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,394,E08000024,Sunderland,Referrals and Re-referrals,4100,c,x
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,390,E08000037,Gateshead,Referrals and Re-referrals,2900,25.1,12
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,342,E08000013,St. Helens,Referrals and Re-referrals,2881,u,low
    2024,Reporting year,Local authority,E92000001,England,E12000001,North East,840,E06000047,County Durham,Referrals and Re-referrals,4668,17,z

    """

    /// Long layout (the CLA files): BOM, `la_name` before `new_la_code`, a label column.
    static let long = "\u{FEFF}" + """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,children_count,rate_per_10000
    2025,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,81770,67
    2025,Reporting year,National,E92000001,England,,,,,,Children starting to be looked after each year,32270,26
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,840,County Durham,E06000047,Children looked after on 31 March each year,1183,118
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,840,County Durham,E06000047,Children starting to be looked after each year,450,45
    2025,Reporting year,Local authority,E92000001,England,E12000009,South West,420,Isles of Scilly,E06000053,Children looked after on 31 March each year,c,c

    """

    /// Adoption timeliness as DfE prints it: `yy:mm` durations mixed with counts and symbols.
    static let durations = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,average_time_entering_care_to_adoption,adoptions
    2025,Reporting year,National,E92000001,England,,,,,,1:06,2950
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,840,E06000047,County Durham,2:01,45
    2025,Reporting year,Local authority,E92000001,England,E12000001,North East,394,E08000024,Sunderland,x,c

    """

    @Test func readsYearsAndMonthsDurationsAsMonths() async throws {
        let (table, _) = try await kpi(Self.durations)
        let england = table.observations("average_time_entering_care_to_adoption", "England", "2025")
        #expect(england.first?.value == .number(18))
        #expect(england.first?.unit == .months)
        #expect(table.observations("average_time_entering_care_to_adoption", "County Durham", "2025").first?.value == .number(25))
        #expect(table.observations("average_time_entering_care_to_adoption", "Sunderland", "2025").first?.value == .suppressed("x"))
        #expect(table.observations("adoptions", "County Durham", "2025").first?.unit == .count)
    }

    func kpi(_ text: String, name: String = "kpi.csv", packOptions: [String: String] = [:]) async throws -> (Table, ImportResult) {
        let result = try await Fixture.importText(text, name: name, packOptions: packOptions)
        let table = try #require(result.table)
        #expect(table.kind == .kpi)
        return (table, result)
    }

    @Test func readsTheWideLayout() async throws {
        let (table, result) = try await kpi(Self.wide)
        #expect(result.problems.isEmpty)
        let durham = table.observations("rereferral_percent", "County Durham", "2025")
        #expect(durham.count == 1)
        #expect(durham.first?.value == .number(18.7))
        #expect(durham.first?.unit == .percent)
        // A local authority's row carries its region.
        #expect(durham.first?.geography == Geography(level: .localAuthority, code: "E06000047", name: "County Durham", region: "North East"))
        #expect(durham.first?.period.kind == .reportingYear)
        #expect(durham.first?.period.end.iso8601 == "2025-03-31")
        #expect(durham.first?.line == 5)
        let england = table.observations("referral_count", "England", "2025")
        #expect(england.first?.value == .number(632_830))
        #expect(england.first?.geography.level == .national)
        #expect(england.first?.geography.code == "E92000001")
        #expect(england.first?.unit == .count)
        #expect(table.observations("rereferral_percent", "North East", "2025").first?.geography.level == .regional)
        // The constant `category` column qualifies nothing.
        #expect(!table.observations.contains { $0.indicator.contains("[") })
        #expect(table.observations.count == 8 * 3)
    }

    @Test func keepsSuppressedCellsSuppressed() async throws {
        let (table, _) = try await kpi(Self.wide)
        #expect(table.observations("rereferral_percent", "Sunderland", "2025").first?.value == .suppressed("c"))
        #expect(table.observations("awaiting_assessment", "Sunderland", "2025").first?.value == .suppressed("x"))
        #expect(table.observations("rereferral_percent", "St. Helens", "2025").first?.value == .suppressed("u"))
        #expect(table.observations("awaiting_assessment", "St. Helens", "2025").first?.value == .suppressed("low"))
        #expect(table.observations("awaiting_assessment", "County Durham", "2024").first?.value == .suppressed("z"))
        #expect(!table.observations.contains { $0.value == .number(0) })
    }

    @Test func readsTheLongLayoutByHeaderNameDespiteTheBOM() async throws {
        let (table, result) = try await kpi(Self.long)
        #expect(result.problems.isEmpty)
        let indicator = "children_count[Children looked after on 31 March each year]"
        let durham = table.observations(indicator, "County Durham", "2025")
        #expect(durham.first?.value == .number(1183))
        #expect(durham.first?.geography.code == "E06000047")
        #expect(table.observations("rate_per_10000[Children looked after on 31 March each year]", "County Durham", "2025").first?.unit == .ratePer10000)
        #expect(table.observations("rate_per_10000[Children looked after on 31 March each year]", "England", "2025").first?.value == .number(67))
        #expect(table.observations("children_count[Children starting to be looked after each year]", "County Durham", "2025").first?.value == .number(450))
        #expect(table.observations(indicator, "Isles of Scilly", "2025").first?.value == .suppressed("c"))
        #expect(table.columns.first == "time_period")
    }

    @Test func selectsTheAuthorityWithEnglandItsRegionAndNeighbours() async throws {
        let (table, result) = try await kpi(Self.wide, packOptions: ["authorityCode": "E06000047", "statisticalNeighbours": "E08000024, gateshead"])
        let places = Set(table.observations.map(\.geography.name))
        #expect(places == ["England", "North East", "County Durham", "Sunderland", "Gateshead"])
        #expect(result.diagnostics("kpi.authority-absent").isEmpty)
        let looseNames = try await kpi(Self.wide, packOptions: ["authorityCode": "E06000047", "statisticalNeighbours": "St Helens"]).0
        #expect(Set(looseNames.observations.map(\.geography.name)) == ["England", "North East", "County Durham", "St. Helens"])
        let byOldCode = try await kpi(Self.wide, packOptions: ["authorityCode": "342"]).0
        #expect(Set(byOldCode.observations.map(\.geography.name)) == ["England", "North West", "St. Helens"])
        let byName = try await kpi(Self.long, packOptions: ["authorityName": "county durham"]).0
        #expect(Set(byName.observations.map(\.geography.name)) == ["England", "County Durham"])
    }

    @Test func saysWhenTheAuthorityIsNotInTheFile() async throws {
        let (table, result) = try await kpi(Self.wide, packOptions: ["authorityCode": "E09000012"])
        #expect(Set(table.observations.map(\.geography.name)) == ["England"])
        #expect(result.diagnostics("kpi.authority-absent").count == 1)
    }

    @Test func readsSixDigitAcademicAndFinancialYears() async throws {
        let (table, result) = try await kpi("""
        time_period,time_identifier,geographic_level,country_code,country_name,headcount
        202324,Academic year,National,E92000001,England,100
        202425,Financial year,National,E92000001,England,110
        202325,Academic year,National,E92000001,England,1

        """)
        #expect(table.observations.map(\.period.label) == ["2023/24", "2024/25"])
        #expect(table.observations.map(\.period.kind) == [.academicYear, .financialYear])
        let skipped = result.diagnostics("kpi.period.invalid")
        #expect(skipped.count == 1)
        #expect(skipped.first?.location?.line == 4)
    }

    @Test func reportsARaggedRowAndKeepsTheOthers() async throws {
        let lines = Self.wide.split(separator: "\n").map(String.init)
        var broken = lines
        broken[4] = String(lines[4].split(separator: ",").dropLast(2).joined(separator: ","))
        let (table, result) = try await kpi(broken.joined(separator: "\n") + "\n")
        let ragged = result.diagnostics("csv.ragged-row")
        #expect(ragged.map { $0.location?.line } == [5])
        #expect(table.observations("rereferral_percent", "Sunderland", "2025").first?.value == .suppressed("c"))
        #expect(table.rowCount == lines.count - 1)
    }

    @Test func readsACouncilMonthlyExport() async throws {
        let (table, result) = try await kpi("""
        KPI,Month,Actual,Target,RAG,Unit
        Re-referrals within 12 months,Sep-26,21.5%,20,A,%
        Re-referrals within 12 months,Oct-26,c,20,,%
        Children looked after rate,2026-10,71,65,R,per 10000
        Assessments in 45 days,Q2 2026/27,88.4,90,Green,
        ,,,,,
        Broken row,someday,4,,,

        """, name: "monthly-kpis.csv", packOptions: ["authorityName": "Durham"])
        let september = table.observations.first { $0.period.label == "2026-09" }
        #expect(september?.value == .number(21.5))
        #expect(september?.target == 20)
        #expect(september?.rating == "Amber")
        #expect(september?.unit == .percent)
        #expect(september?.geography.name == "Durham")
        #expect(table.observations.first { $0.period.label == "2026-10" && $0.indicator.hasPrefix("Re-ref") }?.value == .suppressed("c"))
        #expect(table.observations.first { $0.indicator == "Children looked after rate" }?.unit == .ratePer10000)
        #expect(table.observations.first { $0.indicator == "Assessments in 45 days" }?.period.kind == .quarter)
        #expect(table.observations.count == 4)
        let bad = result.diagnostics("kpi.period.invalid")
        #expect(bad.map { $0.location?.line } == [7])
        #expect(bad.map { $0.location?.column } == [2])
    }

    @Test func readsSemicolonExportsWithDecimalCommas() async throws {
        let (table, _) = try await kpi("Indicator;Period;Value\nRe-referrals;2026-09;21,5\n", name: "kpis.csv")
        #expect(table.observations.first?.value == .number(21.5))
    }

    @Test func keepsAnUnknownShapeAsAGenericTable() async throws {
        let result = try await Fixture.importText("colour,count\nred,3\nblue,4\n", name: "things.csv")
        let table = try #require(result.table)
        #expect(table.kind == .generic)
        #expect(table.rows == [["red", "3"], ["blue", "4"]])
        #expect(result.diagnostics("csv.generic").count == 1)
    }

    @Test func sniffsKPIFilesWithHighConfidence() {
        let importer = CSVTableImporter()
        let dfe = SourceProbe(path: "b1.csv", head: Array(Self.wide.utf8), size: 100)
        let other = SourceProbe(path: "x.txt", head: Array(Self.wide.utf8), size: 100)
        #expect(importer.confidence(for: dfe) > 0.9)
        #expect(importer.confidence(for: other) == 0)
    }
}
