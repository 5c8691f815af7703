import Deflate
import EvidenceFixtures
import Foundation
import Testing
@testable import XLSXWriter

/// The streamed rows of a constant-memory workbook: put inside libxlsxwriter's package with the
/// right CRCs and sizes, escaped as libxlsxwriter escapes, in order, with nothing left behind.
@Suite struct XLSXRowStreamTests {
    static let awkward = ["Fish & Chips <b>", "  leading and trailing  ", "tab\tand\nnew line", "bell\u{07}and\u{1F}unit",
                          "Zoë Ødegård 日本 🙂", "=SUM(A1:A2)", "_x0041_ stays"]

    /// A workbook with awkward text, a highlighted blank, a note and `rows` numbered rows.
    func writeSample(to path: String, rows: Int, scratch: String) throws {
        let workbook = try XLSXWorkbook(path: path, properties: XLSXDocumentProperties(title: "Rows", createdSecondsSince1970: 1_795_176_000),
                                        constantMemory: true, temporaryDirectory: scratch)
        let sheet = try workbook.addWorksheet(named: "List 1")
        let empty = try workbook.addWorksheet(named: "Empty")
        let other = try workbook.addWorksheet(named: "Text")
        let bold = try workbook.addFormat(bold: true)
        let date = try workbook.addFormat(numberFormat: "dd/mm/yyyy")
        let red = try workbook.addFormat(numberFormat: "@", fillColor: 0xFFC7CE)
        try sheet.write(text: "ID", row: 0, column: 0, format: bold)
        try sheet.write(text: "Count", row: 0, column: 1, format: bold)
        try sheet.write(text: "Date", row: 0, column: 2, format: bold)
        for row in 1...rows {
            try sheet.write(text: "C\(row)", row: row, column: 0)
            try sheet.write(number: Double(row % 97), row: row, column: 1)
            try sheet.write(year: 2026, month: 1 + row % 12, day: 1 + row % 28, row: row, column: 2, format: date)
        }
        try sheet.writeBlank(row: rows + 1, column: 1, format: red)
        try sheet.writeNote("Required but blank.", row: rows + 1, column: 1)
        for (row, text) in Self.awkward.enumerated() { try other.write(text: text, row: row, column: 3) }
        try other.write(number: 1.5, row: Self.awkward.count, column: 0)
        try other.write(number: -12_345_678_901, row: Self.awkward.count, column: 1)
        _ = empty
        try workbook.close()
    }

    /// Every part of the package, inflated, after checking its CRC against the central directory.
    func parts(of path: String) throws -> [String: String] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var parts: [String: String] = [:]
        for part in try XLSXPackageAssembler.parts(of: bytes, path: path) {
            let contents = try XLSXPackageAssembler.contents(of: part, in: bytes)
            #expect(CRC32.checksum(contents) == part.crc32, "CRC of \(part.name)")
            #expect(contents.count == part.uncompressedSize, "size of \(part.name)")
            parts[part.name] = String(decoding: contents, as: UTF8.self)
        }
        return parts
    }

    @Test func rowsLandInTheirWorksheetsWithTheirRangeAndNothingIsLeftBehind() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let scratch = folder.path("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let path = folder.path("rows.xlsx").path
        // 40,000 rows are about 4 MB of XML: several compressed chunks.
        try writeSample(to: path, rows: 40_000, scratch: scratch.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0)

        let parts = try parts(of: path)
        let list = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(list.contains("<dimension ref=\"A1:C40002\"/>"))
        #expect(list.contains("<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>ID</t></is></c>"))
        #expect(list.contains("<row r=\"40001\"><c r=\"A40001\" t=\"inlineStr\"><is><t>C40000</t></is></c><c r=\"B40001\"><v>36</v></c><c r=\"C40001\" s=\"2\"><v>"))
        #expect(list.contains("<row r=\"40002\"><c r=\"B40002\" s=\"3\"/></row></sheetData>"))
        #expect(list.hasSuffix("</worksheet>"))
        // Rows in order, each once.
        var searchFrom = list.startIndex
        for row in stride(from: 1, through: 40_002, by: 997) {
            let range = try #require(list.range(of: "<row r=\"\(row)\">", range: searchFrom..<list.endIndex))
            searchFrom = range.upperBound
        }
        // A worksheet with no cells is left as libxlsxwriter wrote it.
        #expect(try #require(parts["xl/worksheets/sheet2.xml"]).contains("<sheetData/>"))
        let text = try #require(parts["xl/worksheets/sheet3.xml"])
        #expect(text.contains("<t>Fish &amp; Chips &lt;b&gt;</t>"))
        #expect(text.contains("<t xml:space=\"preserve\">  leading and trailing  </t>"))
        #expect(text.contains("<t>tab\tand\nnew line</t>"))
        #expect(text.contains("<t>bell_x0007_and_x001F_unit</t>"))
        #expect(text.contains("<t>Zoë Ødegård 日本 🙂</t>"))
        #expect(text.contains("<c r=\"A8\"><v>1.5</v></c><c r=\"B8\"><v>-12345678901</v></c>"))
        // The note and the styles stay libxlsxwriter's.
        #expect(try #require(parts["xl/comments1.xml"]).contains("Required but blank."))
        #expect(try #require(parts["xl/styles.xml"]).contains("FFFFC7CE"))
    }

    @Test func columnLettersAreExcels() {
        let cases = [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")]
        for (index, letters) in cases { #expect(XLSXWorksheet.columnLetters(index) == letters) }
    }

    @Test func sameContentSameBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try writeSample(to: folder.path("a.xlsx").path, rows: 20_000, scratch: folder.url.path)
        try writeSample(to: folder.path("b.xlsx").path, rows: 20_000, scratch: folder.url.path)
        #expect(try Data(contentsOf: folder.path("a.xlsx")) == Data(contentsOf: folder.path("b.xlsx")))
    }

    @Test func cellsOutOfOrderAreRefusedNotLost() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let workbook = try XLSXWorkbook(path: folder.path("order.xlsx").path, properties: XLSXDocumentProperties(createdSecondsSince1970: 0),
                                        temporaryDirectory: folder.url.path)
        let sheet = try workbook.addWorksheet(named: "List 1")
        try sheet.write(text: "b", row: 3, column: 1)
        #expect(throws: XLSXError.self) { try sheet.write(text: "a", row: 3, column: 0) }
        #expect(throws: XLSXError.self) { try sheet.write(text: "a", row: 3, column: 1) }
        #expect(throws: XLSXError.self) { try sheet.write(text: "up", row: 2, column: 5) }
        #expect(throws: XLSXError.self) { try sheet.write(number: 1, row: XLSXWorksheet.maximumRows, column: 0) }
        try sheet.write(text: "next", row: 4, column: 0)
        try workbook.close()
        #expect(throws: XLSXError.self) { try sheet.write(text: "late", row: 5, column: 0) }
        let sheetXML = try #require(try parts(of: folder.path("order.xlsx").path)["xl/worksheets/sheet1.xml"])
        #expect(sheetXML.contains("<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>b</t></is></c></row><row r=\"5\"><c r=\"A5\""))
    }

    @Test func anAbandonedWorkbookLeavesNoScratchFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let scratch = folder.path("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        do {
            let workbook = try XLSXWorkbook(path: folder.path("never.xlsx").path, properties: XLSXDocumentProperties(createdSecondsSince1970: 0),
                                            temporaryDirectory: scratch.path)
            let sheet = try workbook.addWorksheet(named: "List 1")
            for row in 0..<5_000 { try sheet.write(text: "row \(row)", row: row, column: 0) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test(.enabled(if: Tool.pythonWith("openpyxl") != nil, "needs python3 with openpyxl (pip install openpyxl)"))
    func pythonsZipAndOpenpyxlReadTheStreamedWorkbook() throws {
        let python = try #require(Tool.pythonWith("openpyxl"))
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.path("rows.xlsx").path
        try writeSample(to: path, rows: 30_000, scratch: folder.url.path)
        let script = """
        import json, sys, zipfile, openpyxl
        bad = zipfile.ZipFile(sys.argv[1]).testzip()
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb["List 1"]
        rows = list(ws.iter_rows(values_only=True))
        text = wb["Text"]
        print(json.dumps({
          "bad": bad, "rows": len(rows), "dimension": ws.dimensions,
          "first": [rows[1][0], rows[1][1], rows[1][2].isoformat()],
          "last": [rows[30000][0], rows[30000][1], rows[30000][2].isoformat()],
          "fill": ws["B30002"].fill.fgColor.rgb, "note": ws["B30002"].comment.text if ws["B30002"].comment else None,
          "dateFormat": ws["C2"].number_format,
          "text": [text.cell(row=r + 1, column=4).value for r in range(7)],
          "numbers": [text["A8"].value, text["B8"].value],
        }))
        """
        let result = try Tool.run(python, ["-c", script, path])
        #expect(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["bad"] is NSNull)
        #expect(json["rows"] as? Int == 30_002)
        #expect(json["dimension"] as? String == "A1:C30002")
        #expect(json["first"] as? [AnyHashable] == ["C1", 1, "2026-02-02T00:00:00"])
        #expect(json["last"] as? [AnyHashable] == ["C30000", 27, "2026-01-13T00:00:00"])
        #expect(json["fill"] as? String == "FFFFC7CE")
        #expect(json["note"] as? String == "Required but blank.")
        #expect(json["dateFormat"] as? String == "dd/mm/yyyy")
        let text = try #require(json["text"] as? [String])
        #expect(Array(text.prefix(3)) == Array(Self.awkward.prefix(3)))
        #expect(text[4] == Self.awkward[4])
        #expect(text[5] == Self.awkward[5])
        #expect(json["numbers"] as? [Double] == [1.5, -12_345_678_901])
    }

    /// Two entries, `a.xml` and `b/c.xml`, of 60,000 bytes each, written with every zip64 field; returns their contents.
    static func writeZip64(at path: String) throws -> [UInt8] {
        let contents = Array(String(repeating: "<row/>", count: 10_000).utf8)
        let compressed = try RawDeflate.compress(contents, level: 6)
        var writer = try ZipPackageWriter(path: path, forceZip64: true)
        for name in ["a.xml", "b/c.xml"] {
            try writer.add(name: name, method: 8, dosTime: 0, dosDate: 0x21, crc32: CRC32.checksum(contents),
                           compressedSize: compressed.count, uncompressedSize: contents.count) { write in try write(compressed[...]) }
        }
        try writer.close()
        return contents
    }

    /// The tool's own zip reader reads the zip64 records its writer writes (sizes and offsets in the
    /// zip64 extra field, the zip64 end record and its locator).
    @Test func zip64FieldsAreReadByTheToolsOwnReader() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.path("zip64.zip").path
        let contents = try Self.writeZip64(at: path)
        let archive = try ZipArchive(path: path)
        #expect(archive.entries.map(\.path) == ["a.xml", "b/c.xml"])
        #expect(archive.entries.map(\.uncompressedSize) == [60_000, 60_000])
        #expect(try archive.contents(of: archive.entries[1], limit: 1 << 20) == contents)
    }

    @Test(.enabled(if: Tool.pythonWith("zipfile") != nil, "needs python3"))
    func zip64FieldsAreReadByPython() throws {
        let python = try #require(Tool.pythonWith("zipfile"))
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.path("zip64.zip").path
        _ = try Self.writeZip64(at: path)
        let script = """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        print(",".join(i.filename + ":" + str(i.file_size) for i in z.infolist()))
        """
        let result = try Tool.run(python, ["-c", script, path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "a.xml:60000,b/c.xml:60000")
    }
}
