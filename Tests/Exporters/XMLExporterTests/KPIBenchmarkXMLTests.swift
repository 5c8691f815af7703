import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import LibXML
import Testing
import XMLExporter

/// A KPI item's benchmark and a KPI table's rankings in pack.xml, valid against the XSD, and in pack.json
/// round-tripping unchanged.
@Suite struct KPIBenchmarkXMLTests {
    static func period(_ year: Int) -> Period {
        Period(kind: .reportingYear, label: String(year), end: CalendarDate(year: year, month: 3, day: 31) ?? CalendarDate(daysSinceEpoch: 0))
    }

    static func bundle() throws -> EvidenceBundle {
        var bundle = try BundleFixture.bundle()
        var benchmark = KPIBenchmark(indicator: "rereferral_percent", source: "kpi/c1.csv", unit: .percent,
                                     authority: KPIComparator(name: "County Durham", code: "E06000047", value: .suppressed("c")),
                                     period: period(2025), value: .suppressed("c"),
                                     neighbours: [KPIComparator(name: "Sunderland", code: "E08000024", value: .number(19.5)),
                                                  KPIComparator(name: "Gateshead", code: "E08000037")])
        benchmark.previousPeriod = period(2024)
        benchmark.previousValue = .number(19.5)
        benchmark.england = KPIComparator(name: "England", code: "E92000001", value: .number(22.1))
        benchmark.region = KPIComparator(name: "North East", code: "E12000001", value: .number(20))
        benchmark.neighbourAverage = 19.5
        benchmark.neighbourCount = 1
        benchmark.neighbourMinimum = 19.5
        benchmark.neighbourMaximum = 19.5
        benchmark.better = .lower
        bundle.items[0].kpi = benchmark
        bundle.records = bundle.records.map { record in
            guard case .table(var table) = record.content, table.kind == .kpi else { return record }
            table.rankings = [KPIRanking(indicator: "rereferral_percent", period: period(2024), ranked: 150, lower: 20, higher: 129)]
            var record = record
            record.content = .table(table)
            return record
        }
        return bundle
    }

    @Test func benchmarkAndRankingsAreWrittenAndValid() async throws {
        let bundle = try Self.bundle()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xml-kpi-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await XMLExporter().export(bundle, to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: folder))
        let file = folder.appendingPathComponent("pack.xml")
        let document = try XMLDocument(bytes: Array(try Data(contentsOf: file)))
        let ns = ["p": "https://evidencepack.invalid/ns/pack/5"]
        let kpi = try #require(document.select("//p:item/p:kpi", namespaces: ns).first)
        #expect(kpi.attribute("indicator") == "rereferral_percent")
        #expect(kpi.attribute("better") == "lower")
        #expect(kpi.attribute("rank") == nil) // the latest value is suppressed: no rank
        #expect(document.select("//p:item/p:kpi/p:value/p:suppressed", namespaces: ns).map(\.textContent) == ["c"])
        #expect(document.select("//p:item/p:kpi/p:england/p:number", namespaces: ns).map(\.textContent) == ["22.1"])
        #expect(document.select("//p:item/p:kpi/p:neighbours/p:neighbour", namespaces: ns).map { $0.attribute("name") ?? "" } == ["Sunderland", "Gateshead"])
        let rankings = try #require(document.select("//p:table/p:rankings", namespaces: ns).first)
        #expect(rankings.attribute("count") == "1")
        #expect(document.select("p:indicators/p:indicator", from: rankings, namespaces: ns).map(\.textContent) == ["rereferral_percent"])
        #expect(document.select("p:periods/p:period", from: rankings, namespaces: ns).map { $0.attribute("label") ?? "" } == ["2024"])
        #expect(document.select("p:indicator", from: rankings, namespaces: ns).first?.textContent == "0")
        #expect(document.select("p:ranked", from: rankings, namespaces: ns).first?.textContent == "150")
        #expect(document.select("p:lower", from: rankings, namespaces: ns).first?.textContent == "20")
        #expect(document.select("p:higher", from: rankings, namespaces: ns).first?.textContent == "129")
        if let xmllint = Tool.find("xmllint") {
            let result = try Tool.run(xmllint, ["--noout", "--schema", XMLExporterTests.xsd.path, file.path])
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func jsonRoundTripsTheBenchmarkAndRankings() throws {
        let bundle = try Self.bundle()
        let decoded = try JSONDecoder().decode(EvidenceBundle.self, from: Data(try EvidenceJSON.encode(bundle)))
        #expect(decoded.items[0].kpi == bundle.items[0].kpi)
        #expect(decoded.records.compactMap(\.table).flatMap(\.rankings) == bundle.records.compactMap(\.table).flatMap(\.rankings))
        #expect(decoded.formatVersion == EvidenceBundle.currentFormatVersion)
        #expect(decoded.formatVersion == 5)
    }
}
