import AnnexASampleGenerator
import AnnexASpec
import AnnexAWorkbookExporter
import AnnexA
import CSVTableImporter
import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

@Suite struct AnnexAWorkbookExporterTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 20) ?? CalendarDate(daysSinceEpoch: 20_000)

    /// A generated Annex A set (with planted errors) imported by the CSV importer, then exported.
    struct Exported {
        let folder: URL
        let inputs: URL
        let payload: URL
        var bundle: EvidenceBundle
        func cleanup() { try? FileManager.default.removeItem(at: folder) }
    }

    func exportGeneratedSet(seed: UInt64 = 7, size: AnnexASampleGenerator.Size = .tiny, extraRows: [Int: String] = [:]) async throws -> Exported {
        let template = try AnnexATemplateLoader.load(file: Self.packageRoot.appendingPathComponent("Packs/annex-a/template-2024.yaml"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annex-a-export-\(UUID().uuidString)")
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let generator = AnnexASampleGenerator(template: template, seed: seed, size: size, referenceDate: Self.referenceDate,
                                              errors: [.invalidDate, .unknownCode])
        _ = try generator.writeAll(to: inputs, lists: Array(1...10))
        for (list, row) in extraRows {
            let url = inputs.appendingPathComponent(AnnexASampleGenerator.fileName(for: list))
            let handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(row.utf8))
            try handle.close()
        }
        var sources: [Source] = []
        var records: [Record] = []
        var diagnostics: [Diagnostic] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: inputs.path).sorted()
        for name in names {
            let size = (try FileManager.default.attributesOfItem(atPath: inputs.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            let source = Source(path: name, sha256: try FileHashing.sha256(of: inputs.appendingPathComponent(name)), size: Int64(size), mediaType: "text/csv")
            sources.append(source)
            let result = try await CSVTableImporter().records(from: source, context: ImportContext(inputsRoot: inputs, referenceDate: Self.referenceDate))
            diagnostics += result.diagnostics
            for (index, content) in result.records.enumerated() {
                records.append(Record(id: "\(name)#\(index + 1)", provenance: Provenance(source: name, sha256: source.sha256, importer: "csv-table", importerVersion: "test"),
                                      content: content))
            }
        }
        let bundle = EvidenceBundle(generator: "test", pack: PackIdentity(id: "ilacs", title: "ILACS", version: "1"),
                                    referenceDate: Self.referenceDate, authority: "Exampleshire", sections: [], items: [],
                                    sources: sources, records: records, diagnostics: diagnostics)
        let payload = folder.appendingPathComponent("bag/data")
        try FileManager.default.createDirectory(at: payload, withIntermediateDirectories: true)
        try await AnnexAWorkbookExporter().export(bundle, to: OutputDirectory(root: payload), context: ExportContext(inputsRoot: inputs))
        return Exported(folder: folder, inputs: inputs, payload: payload, bundle: bundle)
    }

    @Test(.enabled(if: Tool.pythonWith("openpyxl") != nil, "needs python3 with openpyxl (pip install openpyxl)"))
    func openpyxlReadsTheWorkbookInTheTemplatesShape() async throws {
        let python = try #require(Tool.pythonWith("openpyxl"))
        let exported = try await exportGeneratedSet()
        defer { exported.cleanup() }
        let template = try AnnexATemplateLoader.load(file: Self.packageRoot.appendingPathComponent("Packs/annex-a/template-2024.yaml"))
        let script = """
        import csv, datetime, json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": wb.sheetnames, "codes": wb["Codes"].sheet_state, "lists": {}}
        for name in wb.sheetnames:
            if not name.startswith("List "): continue
            ws = wb[name]
            rows = list(ws.iter_rows(values_only=True))
            dates = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, datetime.datetime)]
            out["lists"][name] = {
                "headers": [c.value for c in ws[1]],
                "rows": len(rows) - 1,
                "dateCells": len(dates),
                "dateFormats": sorted({c.number_format for c in dates}),
                "firstRow": [v.strftime("%d/%m/%Y") if isinstance(v, datetime.datetime) else ("" if v is None else str(v)) for v in rows[1]] if len(rows) > 1 else [],
                "validations": sorted(dv.formula1 for dv in ws.data_validations.dataValidation),
            }
        print(json.dumps(out))
        """
        let result = try Tool.run(python, ["-c", script, exported.payload.appendingPathComponent("annex-a/annex-a.xlsx").path])
        #expect(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["sheets"] as? [String] == template.lists.map(\.sheetName) + ["Findings", "Analysis", "Codes"])
        #expect(json["codes"] as? String == "hidden")
        let lists = try #require(json["lists"] as? [String: [String: Any]])
        for spec in template.lists {
            let sheet = try #require(lists[spec.sheetName], "no \(spec.sheetName)")
            #expect(sheet["headers"] as? [String] == spec.headers, "\(spec.sheetName) headers")
            // The CSV written beside the workbook has the same rows, normalised the same way.
            let csvURL = exported.payload.appendingPathComponent(String(format: "annex-a/list-%02d.csv", spec.number))
            let csvLines = try String(contentsOf: csvURL, encoding: .utf8).split(separator: "\r\n", omittingEmptySubsequences: true)
            #expect(sheet["rows"] as? Int == csvLines.count - 1, "\(spec.sheetName) rows")
            let categoryColumns = spec.columns.filter { $0.type == .category && $0.valueSet.map { !$0.isOpen } == true }.count
            #expect((sheet["validations"] as? [String])?.count == categoryColumns, "\(spec.sheetName) drop-downs")
            #expect((sheet["validations"] as? [String])?.allSatisfy { $0.hasPrefix("Codes!$") } == true)
            if spec.number <= 10 {
                #expect((sheet["rows"] as? Int ?? 0) > 0, "\(spec.sheetName) has rows")
                let dateColumns = spec.columns.filter { $0.type == .date }.count
                if dateColumns > 0 {
                    #expect((sheet["dateCells"] as? Int ?? 0) > 0, "\(spec.sheetName) has real date cells")
                    #expect(sheet["dateFormats"] as? [String] == ["dd/mm/yyyy"])
                }
                // Row 2 of the workbook, shown as dd/mm/yyyy, is row 2 of the CSV (less the BOM/quoting).
                let firstRow = try #require(sheet["firstRow"] as? [String])
                #expect(firstRow.count == spec.columns.count)
            }
        }
    }

    /// The workbook's rows are written on a thread of their own, handed over in batches of 512: a
    /// list several batches long must come out whole and in the CSV's order, on every sheet.
    @Test(.enabled(if: Tool.pythonWith("openpyxl") != nil, "needs python3 with openpyxl (pip install openpyxl)"))
    func listsLongerThanOneBatchKeepEveryRowInOrder() async throws {
        let python = try #require(Tool.pythonWith("openpyxl"))
        let exported = try await exportGeneratedSet(size: .medium)
        defer { exported.cleanup() }
        let script = """
        import csv, json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
        out = {}
        for name in wb.sheetnames:
            if not name.startswith("List "): continue
            number = int(name.split()[1])
            with open(sys.argv[2] % number, encoding="utf-8-sig", newline="") as f:
                csv_first = [row[0] for row in csv.reader(f)][1:]
            sheet_first = [("" if row[0] is None else str(row[0])) for row in wb[name].iter_rows(min_row=2, values_only=True)]
            out[name] = {"rows": len(sheet_first), "same": sheet_first == csv_first}
        print(json.dumps(out))
        """
        let result = try Tool.run(python, ["-c", script, exported.payload.appendingPathComponent("annex-a/annex-a.xlsx").path,
                                           exported.payload.appendingPathComponent("annex-a/list-%02d.csv").path])
        #expect(result.status == 0, "\(result.output)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]])
        #expect(sheets.count == 11)
        #expect(sheets.values.contains { ($0["rows"] as? Int ?? 0) > 4 * 512 }, "no list spans several batches: \(sheets.mapValues { $0["rows"] as? Int ?? 0 })")
        for (name, sheet) in sheets {
            #expect(sheet["same"] as? Bool == true, "\(name): rows differ from the CSV's")
        }
    }

    /// The workbook shows its problems: each wrong cell the importer found is highlighted with a note
    /// naming the rule, a right cell is not, and the findings sheet counts every finding by list,
    /// column and rule as the importer's column summaries do.
    @Test(.enabled(if: Tool.pythonWith("openpyxl") != nil, "needs python3 with openpyxl (pip install openpyxl)"))
    func theWorkbookHighlightsWrongCellsAndCountsFindings() async throws {
        let python = try #require(Tool.pythonWith("openpyxl"))
        let exported = try await exportGeneratedSet()
        defer { exported.cleanup() }
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"cells": {}, "findings": [[c for c in row] for row in wb["Findings"].iter_rows(values_only=True)]}
        for name in wb.sheetnames:
            if not name.startswith("List "): continue
            for row in wb[name].iter_rows(min_row=2):
                for c in row:
                    fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
                    if fill or c.comment:
                        out["cells"][f"{name}!{c.coordinate}"] = {"fill": fill, "note": c.comment.text if c.comment else None}
        print(json.dumps(out))
        """
        let result = try Tool.run(python, ["-c", script, exported.payload.appendingPathComponent("annex-a/annex-a.xlsx").path])
        #expect(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let cells = try #require(json["cells"] as? [String: [String: Any]])
        // Every cell finding of the import (date, code), at its sheet and cell, is highlighted red with its rule.
        let cellFindings = exported.bundle.diagnostics.filter { ["annexa.date.invalid", "annexa.code.unknown"].contains($0.code) }
        #expect(!cellFindings.isEmpty)
        for finding in cellFindings {
            let location = try #require(finding.location)
            let list = try #require(Int(location.path.filter(\.isNumber)))
            let reference = "List \(list)!\(CellReference.columnLetters(try #require(location.column) - 1))\(try #require(location.line))"
            let cell = try #require(cells[reference], "\(reference) not highlighted")
            #expect((cell["fill"] as? String)?.hasSuffix("FFC7CE") == true, "\(reference)")
            #expect((cell["note"] as? String)?.hasPrefix(finding.code + ":") == true, "\(reference)")
        }
        // Nothing else is highlighted: the generated set has no other cell problem.
        #expect(cells.count == cellFindings.count)
        // The findings sheet: a header, then the column summaries' counts.
        let findings = try #require(json["findings"] as? [[Any]])
        #expect(findings.first?.prefix(5).compactMap { $0 as? String } == ["List", "Column", "Rule", "Severity", "Count"])
        let summaries = exported.bundle.diagnostics.compactMap { $0.code == AnnexAColumnSummary.code ? AnnexAColumnSummary(message: $0.message) : nil }
        let expected = summaries.flatMap { summary in summary.entries.map { "\(summary.sheet)|\(summary.column)|\($0.code)|\($0.count)" } }
        let written = findings.dropFirst().map { row in "\(row[0])|\(row[1])|\(row[2])|\((row[4] as? NSNumber)?.intValue ?? -1)" }
        #expect(Set(written) == Set(expected))
        #expect(written.count == expected.count)
    }

    @Test func csvCellsASpreadsheetWouldRunAreNeutralised() async throws {
        let template = try AnnexATemplateLoader.load(file: Self.packageRoot.appendingPathComponent("Packs/annex-a/template-2024.yaml"))
        let list1 = try #require(template.list(1))
        // A row whose first (identifier) cell is a formula.
        var cells = Array(repeating: "", count: list1.columns.count)
        cells[0] = "=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")"
        let row = cells.enumerated().map { $0.offset == 0 ? "\"\($0.element)\"" : $0.element }.joined(separator: ",") + "\r\n"
        let exported = try await exportGeneratedSet(extraRows: [1: row])
        defer { exported.cleanup() }
        let bytes = try Data(contentsOf: exported.payload.appendingPathComponent("annex-a/list-01.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "the CSV starts with a byte-order mark")
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\""))
        #expect(!csv.contains("\n=HYPERLINK"))
        #expect(csv.hasPrefix(list1.headers.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",")))
    }

    @Test func theReportListsEveryFindingWithoutAChildsData() async throws {
        let exported = try await exportGeneratedSet()
        defer { exported.cleanup() }
        let report = try String(contentsOf: exported.payload.appendingPathComponent("annex-a/validation-report.txt"), encoding: .utf8)
        let errors = exported.bundle.diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        for diagnostic in errors { #expect(report.contains(diagnostic.description)) }
        #expect(report.contains("List 11"))
        #expect(report.contains("no file"))
        // No identifier from the inputs appears in the report.
        let ids = try FileManager.default.contentsOfDirectory(atPath: exported.inputs.path).flatMap { name in
            try String(contentsOf: exported.inputs.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        }.filter { $0.count >= 5 }
        #expect(!ids.isEmpty)
        for id in Set(ids) { #expect(!report.contains(id)) }
    }

    /// Each list's findings are counted by column and rule above its cell-by-cell list.
    @Test func theReportSummarisesEachListByColumnAboveItsFindings() async throws {
        let exported = try await exportGeneratedSet()
        defer { exported.cleanup() }
        let report = try String(contentsOf: exported.payload.appendingPathComponent("annex-a/validation-report.txt"), encoding: .utf8)
        let summaries = exported.bundle.diagnostics.filter { $0.code == "annexa.column.summary" }
        #expect(!summaries.isEmpty)
        let lines = report.split(separator: "\n").map(String.init)
        for summary in summaries {
            let list = String(summary.message.prefix { $0 != "'" }.dropLast())
            let shown = "    \(summary.location?.path ?? ""): \(summary.message.dropFirst(list.count + 1))"
            let at = try #require(lines.firstIndex(of: shown), "\(summary.message)")
            // Under its list's heading, after "Findings by column" and before "Each finding".
            let heading = try #require(lines[..<at].lastIndex { $0.hasPrefix("\(list):") })
            #expect(lines[heading + 1...at].contains("  Findings by column (every finding counted, listed or not):"))
            let each = try #require(lines[at...].firstIndex(of: "  Each finding:"))
            #expect(lines[each...].contains { $0.contains(summary.location?.path ?? "?") && $0.contains("error:") })
        }
        // The summaries are not repeated among the findings.
        #expect(!report.contains("[annexa.column.summary]"))
    }

    @Test func filesAreOwnerOnlyAndTheSameInputsGiveTheSameBytes() async throws {
        let first = try await exportGeneratedSet(seed: 11)
        defer { first.cleanup() }
        let second = try await exportGeneratedSet(seed: 11)
        defer { second.cleanup() }
        for name in ["annex-a/annex-a.xlsx", "annex-a/list-01.csv", "annex-a/validation-report.txt"] {
            let a = try Data(contentsOf: first.payload.appendingPathComponent(name))
            let b = try Data(contentsOf: second.payload.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two runs")
            let permissions = try FileManager.default.attributesOfItem(atPath: first.payload.appendingPathComponent(name).path)[.posixPermissions] as? Int
            #expect(permissions == 0o600, "\(name) is \(String(permissions ?? 0, radix: 8))")
        }
        // The scratch folder libxlsxwriter used is gone, and nothing else was left beside the payload.
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.payload.deletingLastPathComponent().path) == ["data"])
    }

    /// The analysis the exporter works out while streaming: on the shelf for the index (every list
    /// with rows, its row count the rows written) and in the workbook's "Analysis" sheet, whose counts
    /// follow the small-number rule.
    @Test(.enabled(if: Tool.pythonWith("openpyxl") != nil, "needs python3 with openpyxl (pip install openpyxl)"))
    func theAnalysisIsShelvedAndWrittenWithSmallCountsHidden() async throws {
        let python = try #require(Tool.pythonWith("openpyxl"))
        let exported = try await exportGeneratedSet()
        defer { exported.cleanup() }
        let shelf = ExportShelf()
        try await AnnexAWorkbookExporter().export(exported.bundle, to: OutputDirectory(root: exported.payload),
                                                  context: ExportContext(inputsRoot: exported.inputs, shelf: shelf))
        let analysis = try #require(shelf.annexAAnalysis)
        #expect(analysis.files.workbook == "annex-a/annex-a.xlsx" && analysis.files.listCSVs[3] == "annex-a/list-03.csv")
        for table in exported.bundle.records.compactMap(\.table) where table.kind == .annexAList {
            #expect(analysis.lists.first { $0.list == table.annexAList }?.rows == table.rowCount)
        }
        let script = """
        import json, sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])["Analysis"]
        print(json.dumps([["" if v is None else v for v in row[:4]] for row in ws.iter_rows(min_row=2, values_only=True)]))
        """
        let result = try Tool.run(python, ["-c", script, exported.payload.appendingPathComponent("annex-a/annex-a.xlsx").path])
        #expect(result.status == 0, "\(result.output)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[Any]])
        let counts = rows.filter { $0.count == 4 && !($0[1] as? String ?? "").isEmpty }.map { $0[3] }
        #expect(counts.count > 50)
        #expect(!counts.contains { ($0 as? Int).map { (1...4).contains($0) } ?? false })
        #expect(counts.contains { $0 as? String == "fewer than 5" })
    }
}
