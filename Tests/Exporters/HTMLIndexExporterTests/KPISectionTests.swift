import EvidenceModel
import EvidencePackCore
import Foundation
import HTMLIndexExporter
import LibXML
import Testing

/// A small synthetic DfE-shaped bundle: one KPI table with a rate and a count for Alphaton (E06000001),
/// England, North East and statistical neighbours, and KPI items whose benchmarks the Core builder sets.
enum KPIBundle {
    static let england = Geography(level: .national, code: "E92000001", name: "England")
    static let northEast = Geography(level: .regional, code: "E12000001", name: "North East")
    static let alphaton = Geography(level: .localAuthority, code: "E06000001", name: "Alphaton", region: "E12000001")
    static let neighbourNames = ["Betaford", "Gammaby", "Deltham", "Epsilon Vale"]

    static func period(_ year: Int) -> Period {
        Period(kind: .reportingYear, label: String(year), end: CalendarDate(year: year, month: 3, day: 31) ?? CalendarDate(daysSinceEpoch: 0))
    }

    static func neighbour(_ index: Int) -> Geography {
        Geography(level: .localAuthority, code: "E06000\(String(format: "%03d", 11 + index))", name: neighbourNames[index], region: "E12000001")
    }

    /// Rates (per 10,000): Alphaton 320-330, England 345-350, North East 400; counts: Alphaton ~400, England ~80,000.
    static func table(neighbours: Int, authorityLatestRate: ObservedValue = .number(330)) -> Table {
        var observations: [KPIObservation] = []
        func add(_ indicator: String, _ unit: MeasureUnit, _ geography: Geography, _ values: [ObservedValue]) {
            for (offset, value) in values.enumerated() {
                observations.append(KPIObservation(indicator: indicator, period: period(2023 + offset), geography: geography, value: value, unit: unit))
            }
        }
        add("cla_rate_per_10000", .ratePer10000, alphaton, [.number(320), .number(325), authorityLatestRate])
        add("cla_rate_per_10000", .ratePer10000, england, [.number(345), .number(348), .number(350)])
        add("cla_rate_per_10000", .ratePer10000, northEast, [.number(398), .number(400), .number(402)])
        add("cla_count", .count, alphaton, [.number(400), .number(410), .number(405)])
        add("cla_count", .count, england, [.number(80_000), .number(81_000), .number(83_491)])
        for index in 0..<neighbours {
            let rate = 300.0 + Double(index) * 10
            add("cla_rate_per_10000", .ratePer10000, neighbour(index),
                [.number(rate), .number(rate + 1), index == 0 ? .suppressed("c") : .number(rate + 2)])
            add("cla_count", .count, neighbour(index), [.number(300), .number(310), .number(320)])
        }
        let rankings = [KPIRanking(indicator: "cla_rate_per_10000", period: period(2025), ranked: 6, lower: 1, higher: 4),
                        KPIRanking(indicator: "cla_count", period: period(2025), ranked: 6, lower: 5, higher: 0)]
        return Table(kind: .kpi, title: "DfE statistics: cla", columns: [], observations: observations, rankings: rankings)
    }

    static func bundle(neighbours: Int = 2, authorityLatestRate: ObservedValue = .number(330)) throws -> EvidenceBundle {
        let record = Record(id: "kpi/cla.csv#1", provenance: Provenance(source: "kpi/cla.csv", sha256: String(repeating: "0", count: 64),
                                                                         importer: "csv-table", importerVersion: "1.2.0"),
                            content: .table(table(neighbours: neighbours, authorityLatestRate: authorityLatestRate)))
        let authority = AuthoritySpec(name: "Alphaton", code: "E06000001",
                                      statisticalNeighbours: (0..<neighbours).map { neighbour($0).code ?? "" })
        let builder = KPIBenchmarkBuilder(authority: authority)
        var rate = EvidenceItem(id: "kpi-cla-rate", title: "Children looked after rate per 10,000", section: "kpis", required: true,
                                status: .present, reason: "1 found", recordIDs: [record.id])
        rate.kpi = builder.benchmark(patterns: ["cla_rate*"], better: .lower, records: [record])
        var count = EvidenceItem(id: "kpi-cla-number", title: "Children looked after at 31 March", section: "kpis", required: true,
                                 status: .present, reason: "1 found", recordIDs: [record.id])
        count.kpi = builder.benchmark(patterns: ["cla_count"], better: nil, records: [record])
        let missing = EvidenceItem(id: "kpi-eet", title: "Care leavers in education, employment or training (%)", section: "kpis",
                                   required: false, status: .missing, reason: "no observation of *EET* was found")
        return EvidenceBundle(generator: "t", pack: PackIdentity(id: "p", title: "P", version: "1"),
                              referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")), authority: "Alphaton",
                              sections: [PackSection(id: "kpis", title: "KPIs")], items: [count, rate, missing],
                              sources: [], records: [record], diagnostics: [])
    }
}

@Suite struct KPISectionTests {
    func document(_ bundle: EvidenceBundle, options: [String: String] = [:]) async throws -> HTMLDocument {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-kpi-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await HTMLIndexExporter().export(bundle, to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: folder, options: options))
        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        return try HTMLDocument(bytes: Array(html.utf8))
    }

    /// The y-axis tick labels of a chart, bottom to top, as numbers.
    func ticks(_ document: HTMLDocument, _ svg: XMLNode) -> [Double] {
        document.select(".//text[@class='axis' and @text-anchor='end']", from: svg)
            .compactMap { Double($0.textContent.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: "")) }
    }

    @Test func oneViewPerKPIItemWithDataTitledWithTheItem() async throws {
        let document = try await document(try KPIBundle.bundle())
        let figures = document.select("//figure[contains(@class,'kpi')]")
        #expect(figures.map { $0.attribute("data-item") } == ["kpi-cla-number", "kpi-cla-rate"])
        #expect(document.select("//figure/h3").map(\.textContent) == ["Children looked after at 31 March", "Children looked after rate per 10,000"])
        // The item without data is listed, not charted.
        #expect(document.select("//ul[@class='kpi-missing']/li").map(\.textContent).first?.hasPrefix("Care leavers in education") == true)
    }

    @Test func rateAxisFitsTheValuesInsteadOfStartingAtZero() async throws {
        let document = try await document(try KPIBundle.bundle())
        let svg = try #require(document.first("//figure[@data-item='kpi-cla-rate']//svg[contains(@class,'chart')]"))
        let values = ticks(document, svg)
        // Values run 300 (a neighbour) to 402 (the region): the axis starts near them, not at zero.
        let bottom = try #require(values.first), top = try #require(values.last)
        #expect(bottom > 0 && bottom <= 300)
        #expect(bottom >= 250)
        #expect(top >= 402 && top <= 450)
    }

    @Test func countIsDrawnAloneNeverOnEnglandsScale() async throws {
        let document = try await document(try KPIBundle.bundle())
        let figure = try #require(document.first("//figure[@data-item='kpi-cla-number']"))
        let svg = try #require(document.first(".//svg[contains(@class,'chart')]", from: figure))
        let drawn = Set(document.select(".//circle", from: svg).compactMap { $0.attribute("class") })
        #expect(drawn == ["dot authority"])
        // The axis is the authority's (400s), far below England's 83,491.
        #expect((ticks(document, svg).last ?? .infinity) < 1000)
        // England is in the table, not the chart.
        let headers = document.select(".//details//thead/tr/th", from: figure).map(\.textContent)
        #expect(headers.contains("England"))
        #expect(document.select(".//details//td[contains(@class,'england')]", from: figure).map(\.textContent).last == "83,491")
    }

    @Test func eachNeighbourIsDrawnWhenFewAndTheirAverageWithRangeWhenMany() async throws {
        let few = try await document(try KPIBundle.bundle(neighbours: 2))
        let fewSVG = try #require(few.first("//figure[@data-item='kpi-cla-rate']//svg[contains(@class,'chart')]"))
        let names = few.select(".//circle[contains(@class,'neighbour')]/title", from: fewSVG).map { $0.textContent.components(separatedBy: ",")[0] }
        #expect(Set(names) == ["Betaford", "Gammaby"])
        // Betaford's 2025 value is suppressed: a gap (two dots), and `c` in the table.
        #expect(names.filter { $0 == "Betaford" }.count == 2)

        let many = try await document(try KPIBundle.bundle(neighbours: 4))
        let figure = try #require(many.first("//figure[@data-item='kpi-cla-rate']"))
        let svg = try #require(many.first(".//svg[contains(@class,'chart')]", from: figure))
        #expect(many.select(".//circle[@class='dot neighbour']", from: svg).isEmpty)
        #expect(many.select(".//polyline[contains(@class,'neighbourAverage')]", from: svg).count == 1)
        #expect(many.select(".//polygon[contains(@class,'band')]", from: svg).count == 1)
        // 2025 average of the numbers only (Betaford's `c` left out): (312 + 322 + 332) / 3 = 322.
        let average = many.select(".//circle[contains(@class,'neighbourAverage')]/title", from: svg).map(\.textContent).last
        #expect(average?.hasSuffix("2025: 322 per 10,000") == true)
    }

    @Test func latestValueTableGivesRankQuartileChangeAndComparators() async throws {
        let document = try await document(try KPIBundle.bundle(neighbours: 4))
        let row = try #require(document.first("//table[@class='kpi-latest']//tr[@data-item='kpi-cla-rate']"))
        let cells = document.select("./td", from: row).map(\.textContent)
        #expect(cells[0] == "2025")
        #expect(cells[1] == "330 per 10,000")
        #expect(cells[2] == "350 per 10,000")
        #expect(cells[3] == "402 per 10,000")
        #expect(cells[4].hasPrefix("322.0 per 10,000") && cells[4].contains("3 of 4 neighbours, 312 per 10,000 to 332 per 10,000"))
        // Lower is better: one authority is lower, so Alphaton ranks 2nd of 6, in the first quartile (ranks 1-2 of 6).
        #expect(cells[5] == "2 of 6")
        #expect(cells[6].hasPrefix("1") && cells[6].contains("lower is better"))
        #expect(cells[7].hasPrefix("+5 per 10,000 (worse)"))
        // Without a polarity, rank 1 is the highest value.
        let count = try #require(document.first("//table[@class='kpi-latest']//tr[@data-item='kpi-cla-number']"))
        let countCells = document.select("./td", from: count).map(\.textContent)
        #expect(countCells[5] == "1 of 6")
        #expect(countCells[6].contains("1 = highest values"))
    }

    @Test func suppressedLatestValueShowsItsSymbolAndNoRank() async throws {
        let document = try await document(try KPIBundle.bundle(authorityLatestRate: .suppressed("c")))
        let row = try #require(document.first("//table[@class='kpi-latest']//tr[@data-item='kpi-cla-rate']"))
        let cells = document.select("./td", from: row).map(\.textContent)
        #expect(cells[1] == "c")
        #expect(cells[5] == "–")
        #expect(cells[7].contains("not comparable"))
    }

    @Test func sameInputsSameBytes() async throws {
        let first = try await document(try KPIBundle.bundle(neighbours: 4))
        let second = try await document(try KPIBundle.bundle(neighbours: 4))
        #expect(first.select("//section[@aria-labelledby='kpis']").map(\.textContent) == second.select("//section[@aria-labelledby='kpis']").map(\.textContent))
    }
}
