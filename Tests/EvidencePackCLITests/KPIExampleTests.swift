import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
import LibXML
import Testing

/// Issue 25's done-when on the bundled example inputs: one view per KPI item with data, titled with
/// the item, the neighbour drawn; ranks agreeing with ones computed here from the same DfE file.
@Suite struct KPIExampleTests {
    static let packs = CLIRunner.packageRoot.appendingPathComponent("Packs")
    static let inputs = packs.appendingPathComponent("ilacs/examples/inputs")

    func bundle() async throws -> EvidenceBundle {
        let registry = BuiltinModules.registry
        let pack = try PackDefinitionLoader(knownImporters: Set(registry.importers.map(\.descriptor.id)),
                                            knownExporters: Set(registry.exporters.map(\.descriptor.id)))
            .load(from: Self.packs.appendingPathComponent("ilacs/pack.yaml"))
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        let request = BuildRequest(pack: pack, inputs: Self.inputs, referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
        return try await pipeline.check(request).bundle
    }

    func index(_ bundle: EvidenceBundle) async throws -> HTMLDocument {
        let exporter = try #require(BuiltinModules.registry.exporters.first { $0.descriptor.id == "html-index" })
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await exporter.export(bundle, to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: Self.inputs, options: [:]))
        return try HTMLDocument(bytes: Array(try Data(contentsOf: folder.appendingPathComponent("index.html"))))
    }

    /// Local authorities' numbers in a column for a year, read straight from a DfE file (no quoted commas in these).
    func numbers(_ file: String, column: String, year: String) throws -> [Double] {
        let text = try String(contentsOf: Self.inputs.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        let value = try #require(header.firstIndex(of: column)), level = try #require(header.firstIndex(of: "geographic_level"))
        return lines.dropFirst().filter { $0[level] == "Local authority" && $0[0] == year }.compactMap { Double($0[value]) }
    }

    @Test func kpiItemsCarryIndicatorPeriodValueAndComparators() async throws {
        let bundle = try await bundle()
        let rereferrals = try #require(bundle.items.first { $0.id == "kpi-rereferrals" }?.kpi)
        #expect(rereferrals.indicator == "rereferral_percent")
        #expect(rereferrals.period.label == "2025")
        #expect(rereferrals.value == .number(21))
        #expect(rereferrals.england?.value == .number(21.3))
        #expect(rereferrals.region?.name == "South East")
        #expect(rereferrals.neighbours.map(\.name) == ["Sampleton"])
        // Lower is better: computed here from the same file.
        let all = try numbers("kpi/c1_referrals_and_rereferrals_2021_to_2025.csv", column: "rereferral_percent", year: "2025")
        #expect(rereferrals.rankedAuthorities == all.count)
        #expect(rereferrals.rank == all.filter { $0 < 21 }.count + 1)
        #expect(rereferrals.quartile == nil) // fewer than four authorities in the example file
        // The council's own monthly file keeps its target and rating.
        let accommodation = try #require(bundle.items.first { $0.id == "kpi-care-leavers-accommodation" }?.kpi)
        #expect(accommodation.target != nil && accommodation.rating != nil)
    }

    @Test func indexHasOneViewPerKPIItemWithDataWithTheNeighbourDrawn() async throws {
        let bundle = try await bundle()
        let document = try await index(bundle)
        let withData = bundle.items.filter { $0.kpi != nil }
        #expect(withData.count >= 15)
        let figures = document.select("//section[@aria-labelledby='kpis']//figure")
        #expect(figures.map { $0.attribute("data-item") } == withData.map(\.id))
        #expect(document.select("//section[@aria-labelledby='kpis']//figure/h3").map(\.textContent) == withData.map(\.title))
        // Every rate or percentage from the DfE files draws Sampleton; counts never draw England.
        for item in withData {
            guard let kpi = item.kpi, let figure = document.first("//figure[@data-item='\(item.id)']") else { continue }
            let circles = document.select(".//svg[contains(@class,'chart')]//circle", from: figure)
            let classes = Set(circles.compactMap { $0.attribute("class") })
            if kpi.unit == .count {
                #expect(classes == ["dot authority"], "\(item.id)")
            } else if !kpi.neighbours.isEmpty {
                let neighbourCircles = circles.filter { $0.attribute("class") == "dot neighbour" }
                #expect(neighbourCircles.contains { document.first("./title", from: $0)?.textContent.hasPrefix("Sampleton") == true }, "\(item.id)")
                #expect(classes.contains("dot england"), "\(item.id)")
            }
        }
        // The latest-value table has a row per item with data.
        #expect(document.select("//table[@class='kpi-latest']/tbody/tr").count == withData.count)
    }
}
