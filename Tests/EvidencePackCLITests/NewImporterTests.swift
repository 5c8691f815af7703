@testable import EvidencePackCLI
import EvidenceFixtures
import Foundation
import Testing

/// `evidence-pack new-importer` (what `swift package new-importer` runs) on a copy of the package's
/// manifest and registry. Building the scaffolded package for real is `scripts/check-new-importer.sh`.
@Suite struct NewImporterTests {
    /// A scratch package root holding copies of Package.swift and BuiltinModules.swift.
    static func scratchPackage() throws -> URL {
        let root = try CLIRunner.temporaryFolder()
        let modules = root.appendingPathComponent("Sources/EvidencePackModules")
        try FileManager.default.createDirectory(at: modules, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Package.swift"), to: root.appendingPathComponent("Package.swift"))
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Sources/EvidencePackModules/BuiltinModules.swift"),
                                         to: modules.appendingPathComponent("BuiltinModules.swift"))
        return root
    }

    @Test func scaffoldsTheTargetTheTestsAndTheRegistryLine() throws {
        let root = try Self.scratchPackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLIRunner.run(["new-importer", "CouncilKPI", "--package-dir", root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("id council-kpi"))
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(#"name: "CouncilKPIImporter""#))
        #expect(manifest.contains(#"path: "Sources/Importers/CouncilKPI""#))
        #expect(manifest.contains(#"name: "CouncilKPIImporterTests""#))
        #expect(manifest.contains(#"                "CouncilKPIImporter","#))
        // The entries sit above the markers, which stay for the next importer.
        let entry = try #require(manifest.range(of: #"name: "CouncilKPIImporter""#))
        let marker = try #require(manifest.range(of: ImporterScaffold.targetsMarker))
        #expect(entry.lowerBound < marker.lowerBound)
        let registry = try String(contentsOf: root.appendingPathComponent("Sources/EvidencePackModules/BuiltinModules.swift"), encoding: .utf8)
        #expect(registry.contains("import CouncilKPIImporter\n"))
        let line = try #require(registry.range(of: "            CouncilKPIImporter(),\n            \(ImporterScaffold.registryMarker)"))
        #expect(!line.isEmpty)
        // The import goes where it sorts among its neighbours.
        let lines = registry.split(separator: "\n").map(String.init)
        let position = try #require(lines.firstIndex(of: "import CouncilKPIImporter"))
        if position > 0, lines[position - 1].hasPrefix("import ") { #expect(lines[position - 1] < lines[position]) }
        if position + 1 < lines.count, lines[position + 1].hasPrefix("import ") { #expect(lines[position] < lines[position + 1]) }
        let source = try String(contentsOf: root.appendingPathComponent("Sources/Importers/CouncilKPI/CouncilKPIImporter.swift"), encoding: .utf8)
        #expect(source.contains("public struct CouncilKPIImporter: Importer"))
        #expect(source.contains(#"id: "council-kpi""#))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/Importers/CouncilKPIImporterTests/CouncilKPIImporterTests.swift").path))

        // A second run refuses, and changes nothing.
        let again = try CLIRunner.run(["new-importer", "CouncilKPI", "--package-dir", root.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8) == manifest)
    }

    @Test func refusesBadNamesAndPackagesWithoutMarkers() throws {
        let root = try Self.scratchPackage()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["lowercase", "With-Dash", "Ünïcode", ""] {
            let result = try CLIRunner.run(["new-importer", name, "--package-dir", root.path])
            #expect(result.status != 0, "\(name)")
        }
        let manifestURL = root.appendingPathComponent("Package.swift")
        let original = try String(contentsOf: manifestURL, encoding: .utf8)
        try Data(original.replacingOccurrences(of: ImporterScaffold.targetsMarker, with: "").utf8).write(to: manifestURL)
        let result = try CLIRunner.run(["new-importer", "Demo", "--package-dir", root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("new-importer: insert targets above this line"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Sources/Importers/Demo").path))
    }

    @Test func idsAreKebabCase() throws {
        let cases = ["Demo": "demo", "CouncilKPI": "council-kpi", "KPIExport": "kpi-export", "MosaicCSV2": "mosaic-csv-2",
                     "LiquidLogic": "liquid-logic", "HTMLAgenda": "html-agenda"]
        for (name, id) in cases {
            #expect(try ImporterScaffold(name: name, packageRoot: URL(fileURLWithPath: "/")).id == id, "\(name)")
        }
        #expect(try ImporterScaffold(name: "DemoImporter", packageRoot: URL(fileURLWithPath: "/")).targetName == "DemoImporter")
    }
}
