@testable import AnnexA
import EvidenceFixtures
import Foundation
import Testing

/// A workbook's own structure cannot make reading it cost gigabytes or hours: a shared string joined
/// from runs is cut at what a cell can hold, a row over 16 MiB is an error, a part listed as many
/// sheets is read once, more than 1,000 sheets is an error, and a list's header is looked for in
/// the first 1,000 rows only.
@Suite struct WorkbookLimitTests {
    static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""

    /// An .xlsx with these sheet listings (`rId1` is `xl/worksheets/sheet1.xml`), sheet XML and shared strings.
    static func workbook(sheetListings: Int = 1, sheetData: String, sharedStrings: String? = nil) throws -> URL {
        let listings = (0..<sheetListings).map { "<sheet name=\"List \($0 + 1)\" sheetId=\"\($0 + 1)\" r:id=\"rId1\"/>" }.joined()
        var parts = [
            HandMadeZip.Part(name: "xl/workbook.xml", bytes: Array("""
                <workbook \(main) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(listings)</sheets></workbook>
                """.utf8)),
            HandMadeZip.Part(name: "xl/_rels/workbook.xml.rels", bytes: Array("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """.utf8)),
            HandMadeZip.Part(name: "xl/worksheets/sheet1.xml", bytes: Array("<worksheet \(main)><sheetData>\(sheetData)</sheetData></worksheet>".utf8)),
        ]
        if let sharedStrings { parts.append(HandMadeZip.Part(name: "xl/sharedStrings.xml", bytes: Array("<sst \(main)>\(sharedStrings)</sst>".utf8))) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).xlsx")
        try Data(HandMadeZip.zip(parts).bytes).write(to: url)
        return url
    }

    @Test func aSharedStringJoinedFromRunsIsCutAtWhatACellHolds() throws {
        // 300 runs of 1 KB: 300 KB in one item; Excel's cells hold at most 98,301 bytes.
        let runs = String(repeating: "<r><t>\(String(repeating: "x", count: 1_000))</t></r>", count: 300)
        let url = try Self.workbook(sheetData: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>",
                                    sharedStrings: "<si>\(runs)</si><si><t>Team A</t></si>")
        defer { try? FileManager.default.removeItem(at: url) }
        let package = try XLSXPackage(path: url.path)
        var texts: [String] = []
        try package.rows(of: package.sheets[0]) { row in texts = row.texts; return true }
        #expect(texts.map(\.utf8.count) == [128 << 10, 6])
    }

    @Test func aRowOverSixteenMebibytesIsAnErrorNotGigabytes() throws {
        // One 100 KB string used by 200 cells: 20 MB in one row.
        let cells = (0..<200).map { "<c r=\"\(CellReference.columnLetters($0))1\" t=\"s\"><v>0</v></c>" }.joined()
        let url = try Self.workbook(sheetData: "<row r=\"1\">\(cells)</row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>",
                                    sharedStrings: "<si><t>\(String(repeating: "y", count: 100_000))</t></si>")
        defer { try? FileManager.default.removeItem(at: url) }
        let package = try XLSXPackage(path: url.path)
        var rows = 0
        #expect(throws: XLSXPackage.Failure.self) {
            try package.rows(of: package.sheets[0]) { _ in rows += 1; return true }
        }
        #expect(rows == 0)
    }

    @Test func aPartListedAsManySheetsIsReadOnce() throws {
        let url = try Self.workbook(sheetListings: 500, sheetData: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try XLSXPackage(path: url.path).sheets.map(\.name) == ["List 1"])
    }

    /// Excel's names hold 31 characters; a name of 100,000 is cut to 64 before any message quotes it.
    @Test func aSheetNameOfMegabytesIsCutBeforeAnyMessageQuotesIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let long = String(repeating: "Ab", count: 50_000)
        let parts = [
            HandMadeZip.Part(name: "xl/workbook.xml", bytes: Array("<workbook \(Self.main) xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"\(long)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
            HandMadeZip.Part(name: "xl/_rels/workbook.xml.rels", bytes: Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>".utf8)),
            HandMadeZip.Part(name: "xl/worksheets/sheet1.xml", bytes: Array("<worksheet \(Self.main)><sheetData/></worksheet>".utf8)),
        ]
        try Data(HandMadeZip.zip(parts).bytes).write(to: url)
        let names = try XLSXPackage(path: url.path).sheets.map(\.name)
        #expect(names == [String(long.prefix(64)) + "…"])
        // A name Excel allows is kept whole.
        #expect(QuotedName.shortened("List 3 Referrals (2025-26)") == "List 3 Referrals (2025-26)")
    }

    @Test func moreThanAThousandSheetsIsAnError() throws {
        // Each listing its own part name (the parts need not exist to be listed).
        let url = try Self.workbook(sheetData: "")
        defer { try? FileManager.default.removeItem(at: url) }
        let relations = (0...1_000).map { "<Relationship Id=\"rId\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined()
        let listings = (0...1_000).map { "<sheet name=\"S\($0)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0)\"/>" }.joined()
        let parts = [
            HandMadeZip.Part(name: "xl/workbook.xml", bytes: Array("<workbook \(Self.main) xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(listings)</sheets></workbook>".utf8)),
            HandMadeZip.Part(name: "xl/_rels/workbook.xml.rels", bytes: Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations)</Relationships>".utf8)),
        ]
        try Data(HandMadeZip.zip(parts).bytes).write(to: url)
        let failure = #expect(throws: XLSXPackage.Failure.self) { try XLSXPackage(path: url.path) }
        #expect(failure?.description == "the workbook lists more than 1000 sheets")
    }

    @Test func theHeaderIsLookedForInTheFirstThousandRows() throws {
        // Cells without a reference take the next column.
        let header = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Contact", "Contact Source"]
            .map { "<c t=\"inlineStr\"><is><t>\($0)</t></is></c>" }.joined()
        let reader = AnnexAWorkbookReader(template: try WorkbookReaderTests.template, referenceDate: WorkbookReaderTests.referenceDate, displayPath: "a.xlsx")
        for (blankRows, found) in [(0, true), (998, true), (5_000, false)] {
            let blanks = (0..<blankRows).map { "<row r=\"\($0 + 1)\"/>" }.joined()
            let url = try Self.workbook(sheetData: blanks + "<row r=\"\(blankRows + 1)\">" + header + "</row>")
            defer { try? FileManager.default.removeItem(at: url) }
            let package = try XLSXPackage(path: url.path)
            #expect(try reader.list(of: package.sheets[0], in: package) == (found ? 1 : nil), "after \(blankRows) blank rows")
        }
    }
}
