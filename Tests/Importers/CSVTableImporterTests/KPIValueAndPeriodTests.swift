import CSVTableImporter
import EvidenceModel
import Testing

@Suite struct KPIValueTests {
    @Test func keepsSuppressionSymbolsAsSuchNeverZero() {
        for symbol in ["c", "x", "z", "u", "low", "k", "C", ":", "[c]"] {
            #expect(KPIValue.parse(symbol) == .suppressed(symbol), "\(symbol)")
            #expect(KPIValue.parse(symbol)?.number == nil)
        }
        #expect(KPIValue.parse(" 0 ") == .number(0))
    }

    @Test func readsNumbersAsCouncilsWriteThem() {
        #expect(KPIValue.parse("22.6") == .number(22.6))
        #expect(KPIValue.parse("756,120") == .number(756_120))
        #expect(KPIValue.parse("22.6%") == .number(22.6))
        #expect(KPIValue.parse("£1,250.50") == .number(1250.5))
        #expect(KPIValue.parse("22,6", decimalComma: true) == .number(22.6))
        #expect(KPIValue.parse("-3") == .number(-3))
        #expect(KPIValue.parse("1,23") == nil)
        #expect(KPIValue.parse("-1,234,567.8") == .number(-1_234_567.8))
        #expect(KPIValue.parse("1,2345") == nil)
        #expect(KPIValue.parse("1,234,") == nil)
        #expect(KPIValue.parse(".5") == .number(0.5))
        #expect(KPIValue.parse("1e3") == .number(1000))
        #expect(KPIValue.parse("1e") == nil)
        #expect(KPIValue.parse("12 000") == nil)
        #expect(KPIValue.parse("00:10") == nil)
        #expect(KPIValue.parse("") == nil)
        #expect(KPIValue.parse("Children in Need") == nil)
    }

    /// "1e400" is shaped like a number but none a Double holds: it is no KPI value, not infinity
    /// (which no output format can carry); the largest that is held stays a number.
    @Test func numbersBeyondADoubleAreNoValue() {
        #expect(KPIValue.parse("1e400") == nil)
        #expect(KPIValue.parse("-1e400") == nil)
        #expect(KPIValue.parse("1" + String(repeating: "0", count: 400)) == nil)
        #expect(KPIValue.parse("1e308") == .number(1e308))
    }

    @Test func infersUnitsFromIndicatorNames() {
        #expect(KPIValue.unit(forIndicator: "rate_per_10000") == .ratePer10000)
        #expect(KPIValue.unit(forIndicator: "rereferral_percent") == .percent)
        #expect(KPIValue.unit(forIndicator: "turnover_rate_fte") == .percent)
        #expect(KPIValue.unit(forIndicator: "At31_episodes") == .count)
        #expect(KPIValue.unit(fromText: "per 10,000") == .ratePer10000)
        #expect(KPIValue.unit(fromText: "%") == .percent)
        #expect(KPIValue.unit(fromText: "") == nil)
    }
}

@Suite struct KPIPeriodTests {
    @Test func readsDfETimePeriods() {
        let reporting = KPIPeriod.dfe(timePeriod: "2025", identifier: "Reporting year")
        #expect(reporting?.kind == .reportingYear)
        #expect(reporting?.label == "2025")
        #expect(reporting?.end.iso8601 == "2025-03-31")
        let academic = KPIPeriod.dfe(timePeriod: "202324", identifier: "Academic year")
        #expect(academic?.kind == .academicYear)
        #expect(academic?.label == "2023/24")
        #expect(academic?.end.iso8601 == "2024-08-31")
        let financial = KPIPeriod.dfe(timePeriod: "202324", identifier: "Financial year")
        #expect(financial?.kind == .financialYear)
        #expect(financial?.end.iso8601 == "2024-03-31")
        #expect(KPIPeriod.dfe(timePeriod: "2024", identifier: "Calendar year")?.end.iso8601 == "2024-12-31")
        #expect(KPIPeriod.dfe(timePeriod: "2024", identifier: "Q2")?.label == "2024-Q2")
        #expect(KPIPeriod.dfe(timePeriod: "2024", identifier: "March")?.label == "2024-03")
        #expect(KPIPeriod.dfe(timePeriod: "202325", identifier: "Academic year") == nil)
        #expect(KPIPeriod.dfe(timePeriod: "20x4", identifier: "Reporting year") == nil)
    }

    @Test func readsCouncilPeriods() {
        #expect(KPIPeriod.council("2026-09")?.label == "2026-09")
        #expect(KPIPeriod.council("Sep-26")?.label == "2026-09")
        #expect(KPIPeriod.council("September 2026")?.label == "2026-09")
        #expect(KPIPeriod.council("30/09/2026")?.kind == .month)
        #expect(KPIPeriod.council("15/09/2026")?.kind == .day)
        #expect(KPIPeriod.council("2026/27")?.kind == .financialYear)
        #expect(KPIPeriod.council("2026/27")?.end.iso8601 == "2027-03-31")
        let quarter = KPIPeriod.council("Q2 2026/27")
        #expect(quarter?.kind == .quarter)
        #expect(quarter?.end.iso8601 == "2026-09-30")
        #expect(KPIPeriod.council("Q4 2026/27")?.end.iso8601 == "2027-03-31")
        #expect(KPIPeriod.council("Q3 2026")?.end.iso8601 == "2026-09-30")
        #expect(KPIPeriod.council("soon") == nil)
    }
}

@Suite struct YearsAndMonthsTests {
    @Test func readsDfEDurationsAsMonths() {
        #expect(KPIValue.yearsAndMonths("1:06") == 18)
        #expect(KPIValue.yearsAndMonths(" 2:00 ") == 24)
        #expect(KPIValue.yearsAndMonths("1:12") == nil)
        #expect(KPIValue.yearsAndMonths("10:30am") == nil)
        #expect(KPIValue.yearsAndMonths("c") == nil)
    }
}

@Suite struct CellTrimmingTests {
    /// The byte-level shortcut gives what Foundation's trimming gives: kept whole when the end bytes
    /// are plain, trimmed of spaces, tabs and Unicode spaces (no-break, em space) otherwise.
    @Test(arguments: ["12", " 12", "12 ", "\t12\t", "\u{00A0}12\u{00A0}", "\u{2003}c", "c\u{2003}", "é", " é ", "", " ", "1:06", "x\n", "\n", "2\u{0301}"])
    func trimmingMatchesFoundation(cell: String) {
        #expect(KPIValue.trimmingWhitespace(cell) == cell.trimmingCharacters(in: .whitespaces))
    }
}
