import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import HTMLIndexExporter
import LibXML
import Testing

@Suite struct HTMLIndexExporterTests {
    func render(_ bundle: EvidenceBundle, options: [String: String] = [:]) async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await HTMLIndexExporter().export(bundle, to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: folder, options: options))
        return try String(contentsOf: folder.appendingPathComponent(options["fileName"] ?? "index.html"), encoding: .utf8)
    }

    @Test func everyItemAppearsWithItsStatusInItsSection() async throws {
        let bundle = try BundleFixture.bundle()
        let html = try await render(bundle)
        let document = try HTMLDocument(bytes: Array(html.utf8))
        #expect(document.first("//h1")?.textContent == bundle.pack.title)
        for item in bundle.items {
            let row = try #require(document.first("//tr[@data-item='\(item.id)']"), "no row for \(item.id)")
            let badge = document.first(".//span[contains(@class,'badge')]", from: row)
            #expect(badge?.textContent.lowercased() == item.status.words, "\(item.id)")
            #expect(badge?.classes.contains("status-\(item.status.rawValue)") == true)
            #expect(row.textContent.contains(item.reason))
            #expect(row.textContent.contains(item.title))
        }
        // Sections in pack order; the item of a section the pack does not list comes under "Other items".
        let headings = document.select("//section[@aria-labelledby='checklist']//h3").map(\.textContent)
        #expect(headings == ["Structure & governance", "Annex A", "Other items"])
        #expect(document.first("//time")?.attribute("datetime") == "2026-11-20")
        #expect(html.contains("County Durham"))
    }

    @Test func escapesTextAndLinksOnlyToRelativePayloadPaths() async throws {
        let html = try await render(try BundleFixture.bundle())
        let document = try HTMLDocument(bytes: Array(html.utf8))
        #expect(html.contains("Self-evaluation &lt;SEF&gt;"))
        #expect(document.select("//span[@class='item-note']").map(\.textContent) == ["minutes quote 513 children looked after; the KPI table says 498 & rising"])
        #expect(document.select("//span[@class='item-warning']").map(\.textContent) == ["Doubtful: reports/sef.txt: looks like a draft: the file name says so"])
        #expect(document.select("//sef").isEmpty)
        let targets = document.select("//*[@href or @src]").compactMap { $0.attribute("href") ?? $0.attribute("src") }
        #expect(targets.contains("evidence/minutes/cpb.txt"))
        for target in targets {
            #expect(!target.lowercased().hasPrefix("http:") && !target.lowercased().hasPrefix("https:") && !target.hasPrefix("//"), "\(target)")
            #expect(!target.hasPrefix("/") && !target.contains(".."), "\(target)")
        }
        #expect(document.select("//script").isEmpty)
        #expect(document.select("//link[@rel='stylesheet']").isEmpty)
    }

    @Test func linksAreRelativeToWhereThePageSits() async throws {
        let html = try await render(try BundleFixture.bundle(), options: ["fileName": "reports/index.html"])
        #expect(html.contains("href=\"../evidence/minutes/cpb.txt\""))
    }

    @Test func summarisesAnnexAListsWithDiagnosticsByCode() async throws {
        let html = try await render(try BundleFixture.bundle())
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let row = try #require(document.first("//table[contains(@class,'annex-a')]//tr[@data-source='annex-a/list3.csv']"))
        let cells = document.select("./td", from: row).map(\.textContent)
        #expect(cells.count == 5)
        #expect(cells[1] == "100,000")
        #expect(cells[2] == "2" && cells[3] == "1")
        #expect(cells[4].contains("annexa.date.invalid error × 2"))
        #expect(cells[4].contains("annexa.code.unknown warning × 1"))
        // The unclaimed file's note belongs to another source: not counted against the list.
        #expect(!cells[4].contains("import.unclaimed"))
    }

    /// Indicators no KPI item matched are charted only when asked (`otherIndicators: chart`).
    static let otherCharts = ["otherIndicators": "chart"]

    @Test func chartsOtherIndicatorsOnlyWhenAsked() async throws {
        let plain = try HTMLDocument(bytes: Array(try await render(try BundleFixture.bundle()).utf8))
        #expect(plain.select("//figure").isEmpty)
        let asked = try HTMLDocument(bytes: Array(try await render(try BundleFixture.bundle(), options: Self.otherCharts).utf8))
        #expect(asked.select("//figure[@data-indicator='rereferral_percent']").count == 1)
    }

    @Test func showsEachListsFindingsByColumnUnderItsRow() async throws {
        var bundle = try BundleFixture.bundle()
        bundle.diagnostics.append(Diagnostic(.note, code: "annexa.column.summary", message: "List 3 'Date of Referral': 2 findings: annexa.date.invalid 2 (errors)",
                                             location: SourceLocation(path: "annex-a/list3.csv", column: 6), step: "import"))
        // Another list's summary on the same file (a workbook's sheets share its path) is not this list's.
        bundle.diagnostics.append(Diagnostic(.note, code: "annexa.column.summary", message: "List 4 'Date of Birth': 1 finding: annexa.date.order 1 (error)",
                                             location: SourceLocation(path: "annex-a/list3.csv", column: 4), step: "import"))
        let html = try await render(bundle)
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let rows = document.select("//table[contains(@class,'annex-a')]//tr[contains(@class,'by-column')]")
        try #require(rows.count == 1)
        let items = document.select(".//li", from: rows[0]).map(\.textContent)
        #expect(items == ["'Date of Referral': 2 findings: annexa.date.invalid 2 (errors)"])
    }

    @Test func chartsEachKPIAgainstEnglandAndTheAuthoritysRegion() async throws {
        let html = try await render(try BundleFixture.bundle(), options: Self.otherCharts)
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let figure = try #require(document.first("//figure[@data-indicator='rereferral_percent']"))
        let svg = try #require(document.first(".//svg[contains(@class,'chart')]", from: figure))
        #expect(svg.attribute("role") == "img")
        #expect(document.first(".//title", from: svg)?.textContent.contains("County Durham") == true)
        // The region comes from the authority's own geography (E12000001), not a guess.
        let legend = document.select(".//ul[@class='legend']/li", from: figure).map(\.textContent)
        #expect(legend.count == 3)
        #expect(legend[0].contains("County Durham") && legend[1].contains("England") && legend[2].contains("North East"))
        // England and the region have three values each; the authority's 2025 value is suppressed:
        // a gap, not a zero, so its line has two points and the values table shows the symbol.
        #expect(document.select(".//circle[contains(@class,'england')]", from: svg).count == 3)
        #expect(document.select(".//circle[contains(@class,'region')]", from: svg).count == 3)
        #expect(document.select(".//circle[contains(@class,'authority')]", from: svg).count == 2)
        let authorityLine = document.select(".//polyline[contains(@class,'authority')]", from: svg)
        #expect(authorityLine.count == 1)
        #expect(authorityLine.first?.attribute("points")?.split(separator: " ").count == 2)
        // The values table folds away on screen (inside <details>) and has a print-only copy for A4.
        let suppressed = document.select(".//details//td[contains(@class,'suppressed')]", from: figure).map(\.textContent)
        #expect(suppressed == ["c"])
        let printed = document.select(".//table[contains(@class,'print-only')]//td[contains(@class,'suppressed')]", from: figure)
        #expect(printed.map(\.textContent) == ["c"])
        #expect(document.first(".//circle/title", from: svg)?.textContent.contains("%") == true)
    }

    @Test func findsTheRegionFromTheOptionOrMarksItUnknown() async throws {
        var bundle = try BundleFixture.bundle()
        // Two regions and an authority whose region is not stated.
        bundle.records = bundle.records.map { record in
            guard case .table(var table) = record.content, table.kind == .kpi else { return record }
            table.observations = table.observations.map { observation in
                var observation = observation
                observation.geography.region = nil
                return observation
            } + table.observations.filter { $0.geography.level == .regional }.map { observation in
                var observation = observation
                observation.geography = Geography(level: .regional, code: "E12000002", name: "North West")
                return observation
            }
            var record = record
            record.content = .table(table)
            return record
        }
        let unknown = try HTMLDocument(bytes: Array(try await render(bundle, options: Self.otherCharts).utf8))
        #expect(unknown.select("//figure//ul[@class='legend']/li").count == 2)
        #expect(unknown.first("//figure//p[@class='note']")?.textContent.contains("region") == true)
        let hinted = try HTMLDocument(bytes: Array(try await render(bundle, options: ["region": "north west", "otherIndicators": "chart"]).utf8))
        let legend = hinted.select("//figure//ul[@class='legend']/li").map(\.textContent)
        #expect(legend.count == 3)
        #expect(legend.last?.contains("North West") == true)
    }

    @Test func withoutANamedAuthorityChartsTheAuthorityWithData() async throws {
        var bundle = try BundleFixture.bundle()
        bundle.authority = nil
        let document = try HTMLDocument(bytes: Array(try await render(bundle, options: Self.otherCharts).utf8))
        let legend = document.select("//figure//ul[@class='legend']/li").map(\.textContent)
        #expect(legend.first?.contains("County Durham") == true)
    }

    @Test func emptyBundleSaysSoInsteadOfFailing() async throws {
        let bundle = EvidenceBundle(generator: "t", pack: PackIdentity(id: "p", title: "P", version: "1"),
                                    referenceDate: try #require(CalendarDate(iso8601: "2026-01-31")), sections: [], items: [],
                                    sources: [], records: [], diagnostics: [])
        let html = try await render(bundle)
        #expect(html.contains("No Annex A lists were imported."))
        #expect(html.contains("No KPI tables were imported."))
        #expect(html.contains("Complete: every required item is present."))
    }

    @Test func sameBundleSameBytes() async throws {
        let first = try await render(try BundleFixture.bundle())
        let second = try await render(try BundleFixture.bundle())
        #expect(first == second)
    }
}
