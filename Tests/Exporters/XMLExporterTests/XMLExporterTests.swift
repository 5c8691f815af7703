import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import LibXML
import Testing
import XMLExporter

@Suite struct XMLExporterTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let xsd = packageRoot.appendingPathComponent("Schemas/pack.xsd")

    func export(_ bundle: EvidenceBundle) async throws -> (folder: URL, data: Data) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xml-\(UUID().uuidString)")
        try await XMLExporter().export(bundle, to: OutputDirectory(root: folder), context: ExportContext(inputsRoot: folder))
        return (folder, try Data(contentsOf: folder.appendingPathComponent("pack.xml")))
    }

    /// A bundle with nothing optional: no authority, no framework, no records.
    func emptyBundle() throws -> EvidenceBundle {
        EvidenceBundle(generator: "evidence-pack test", pack: PackIdentity(id: "p", title: "P", version: "1"),
                       referenceDate: try #require(CalendarDate(iso8601: "2026-01-31")), sections: [], items: [],
                       sources: [], records: [], diagnostics: [])
    }

    @Test(.enabled(if: Tool.find("xmllint") != nil, "needs xmllint (Debian: apt-get install libxml2-utils)"))
    func xmllintValidatesTheOutputAgainstTheXSD() async throws {
        let xmllint = try #require(Tool.find("xmllint"))
        for bundle in [try BundleFixture.bundle(), try emptyBundle()] {
            let (folder, _) = try await export(bundle)
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try Tool.run(xmllint, ["--noout", "--nonet", "--schema", Self.xsd.path, folder.appendingPathComponent("pack.xml").path])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("validates"))
        }
    }

    /// pack.xml is streamed to the file as libxml2 writes it; the file must hold exactly the document
    /// written in memory, in one piece after another, and not be indented.
    @Test func theStreamedFileIsTheDocumentWrittenInMemory() async throws {
        let bundle = try BundleFixture.bundle()
        let (folder, data) = try await export(bundle)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Array(data) == (try PackXML.encode(bundle)))
        var pieces = 0
        var streamed: [UInt8] = []
        try PackXML.write(bundle) { piece in
            pieces += 1
            streamed.append(contentsOf: piece)
        }
        #expect(streamed == Array(data))
        #expect(pieces > 1)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("\n  <"))
        #expect(text.hasSuffix("</evidencePack>\n"))
        #expect(try XMLDocument(bytes: Array(data)).root?.name == "evidencePack")
    }

    @Test func aSinkThatFailsStopsTheDocumentWithItsError() throws {
        struct DiskFull: Error {}
        var written = 0
        #expect(throws: DiskFull.self) {
            try PackXML.write(try BundleFixture.bundle()) { piece in
                written += piece.count
                if written > 3000 { throw DiskFull() }
            }
        }
    }

    @Test(.enabled(if: Tool.find("xmllint") != nil, "needs xmllint (Debian: apt-get install libxml2-utils)"))
    func theXSDRejectsDrift() async throws {
        let xmllint = try #require(Tool.find("xmllint"))
        let (folder, data) = try await export(try BundleFixture.bundle())
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(decoding: data, as: UTF8.self)
        // An unknown status, an unknown element, and an item pointing at a record that does not exist.
        let drifts = [
            text.replacingOccurrences(of: "status=\"stale\"", with: "status=\"late\""),
            text.replacingOccurrences(of: "<warning source=\"reports/sef.txt\">", with: "<warning>"),
            text.replacingOccurrences(of: "<generator>", with: "<surprise/><generator>"),
            text.replacingOccurrences(of: "<recordID>reports/sef.txt#1</recordID>", with: "<recordID>nowhere#1</recordID>"),
            // A column entry that is not a position, a value that is a word, a unit outside the list.
            text.replacingOccurrences(of: "<geography>0 1 2 ", with: "<geography>0 one 2 "),
            text.replacingOccurrences(of: "<number>22.6 ", with: "<number>twenty "),
            text.replacingOccurrences(of: "<units>percent</units>", with: "<units>percentage</units>"),
        ]
        for (index, drifted) in drifts.enumerated() {
            #expect(drifted != text)
            let file = folder.appendingPathComponent("drift-\(index).xml")
            try Data(drifted.utf8).write(to: file)
            let result = try Tool.run(xmllint, ["--noout", "--nonet", "--schema", Self.xsd.path, file.path])
            #expect(result.status != 0, "drift \(index) was accepted")
        }
    }

    @Test func carriesTheBundleInItsNamespace() async throws {
        let bundle = try BundleFixture.bundle()
        let (folder, data) = try await export(bundle)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try XMLDocument(bytes: Array(data))
        let ns = ["p": "https://evidencepack.invalid/ns/pack/5"]
        #expect(document.root?.name == "evidencePack")
        #expect(document.select("/p:evidencePack/p:records/p:record", namespaces: ns).count == bundle.records.count)
        #expect(document.select("/p:evidencePack/p:items/p:item", namespaces: ns).map { $0.attribute("status") ?? "" }
            == bundle.items.map(\.status.rawValue))
        // Observations as columns: each reads back through the lists to what the bundle holds.
        let expected = bundle.records.compactMap(\.table).flatMap(\.observations).map { observation in
            "\(observation.indicator) \(observation.period.label) \(observation.geography.name) \(observation.unit.rawValue) \(observation.value) \(observation.line ?? 0)"
        }
        var read: [String] = []
        for observations in document.select("//p:table/p:observations", namespaces: ns) {
            func names(_ path: String, _ name: (XMLNode) -> String) -> [String] { document.select(path, from: observations, namespaces: ns).map(name) }
            func column(_ name: String) -> [String] {
                (document.select("p:\(name)", from: observations, namespaces: ns).first?.textContent ?? "").split(separator: " ").map(String.init)
            }
            let indicators = names("p:indicators/p:indicator", \.textContent)
            let periods = names("p:periods/p:period") { $0.attribute("label") ?? "" }
            let geographies = names("p:geographies/p:geography") { $0.attribute("name") ?? "" }
            let units = column("units")
            let (indicator, period, geography, unit) = (column("indicator"), column("period"), column("geography"), column("unit"))
            let (numbers, lines) = (column("number"), column("line"))
            let count = Int(observations.attribute("count") ?? "") ?? -1
            #expect([indicator, period, geography, unit, numbers, lines].allSatisfy { $0.count == count })
            var suppressed: [Int: String] = [:]
            for element in document.select("p:suppressed", from: observations, namespaces: ns) {
                suppressed[Int(element.attribute("position") ?? "") ?? -1] = element.textContent
            }
            for position in 0..<max(count, 0) {
                let value = suppressed[position].map { "\(ObservedValue.suppressed($0))" }
                    ?? "\(ObservedValue.number(Double(numbers[position]) ?? .nan))"
                read.append("\(indicators[Int(indicator[position])!]) \(periods[Int(period[position])!]) \(geographies[Int(geography[position])!]) "
                    + "\(units[Int(unit[position])!]) \(value) \(lines[position])")
            }
            #expect(numbers.enumerated().filter { $0.element == "NaN" }.map(\.offset) == suppressed.keys.sorted())
        }
        #expect(read == expected)
        #expect(document.select("//p:observations/p:suppressed", namespaces: ns).map(\.textContent) == ["c"])
        #expect(document.select("//p:item/p:notes/p:note", namespaces: ns).map(\.textContent) == bundle.items.flatMap(\.notes))
        let warnings = document.select("//p:item/p:warnings/p:warning", namespaces: ns)
        #expect(warnings.map { "\($0.attribute("source") ?? ""): \($0.textContent)" } == bundle.items.flatMap(\.warnings).map { "\($0.source): \($0.reason)" })
        #expect(warnings.count == 1)
        #expect(document.select("//p:observations", namespaces: ns).map { $0.attribute("count") ?? "" } == ["9"])
        // Markup characters round-trip as text; line breaks in text survive.
        let decision = document.select("//p:decisions/p:block/p:children/p:block/p:text", namespaces: ns).first
        #expect(decision?.textContent == "the report be noted <and> \"endorsed\"")
        #expect(document.select("//p:description/p:block/p:text", namespaces: ns).first?.textContent == "Report of the\nDirector")
        // Properties in key order; the control character dropped (XML 1.0 cannot hold it).
        let properties = document.select("//p:properties/p:property", namespaces: ns)
        #expect(properties.map { $0.attribute("name") ?? "" } == ["alpha", "zeta"])
        #expect(properties.first?.textContent == "firstcontrol")
        #expect(document.select("//p:fact", namespaces: ns).map { $0.attribute("value") ?? "" } == ["513", "4200000.5"])
        #expect(document.select("//p:link", namespaces: ns).first?.attribute("href") == "https://example.org/r.pdf?a=1&b=2")
        #expect(document.select("//p:table[@kind='annexAList']", namespaces: ns).first?.attribute("rowCount") == "100000")
    }

    @Test func sameBundleSameBytes() async throws {
        let first = try await export(try BundleFixture.bundle())
        let second = try await export(try BundleFixture.bundle())
        defer {
            try? FileManager.default.removeItem(at: first.folder)
            try? FileManager.default.removeItem(at: second.folder)
        }
        #expect(!first.data.isEmpty)
        #expect(first.data == second.data)
    }
}
