import AnnexA
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// Reading Annex A from .xlsx: sheets recognised by name or header, shared and inline strings, dates
/// as serial numbers or text, header variants, pivot leftovers, and findings named by sheet and cell.
@Suite struct WorkbookReaderTests {
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 20)!

    static var template: AnnexATemplate {
        get throws {
            guard case .success(let template) = AnnexATemplateChoice.template(referenceDate: referenceDate, options: [:]) else {
                throw Failure("no Annex A template")
            }
            return template
        }
    }

    struct Failure: Error { let text: String; init(_ text: String) { self.text = text } }

    /// An Excel serial day number (days since 1899-12-30) for a date.
    static func serial(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(CalendarDate.daysSinceEpoch(year: year, month: month, day: day) + 25_569)
    }

    /// List 1 on a sheet named "List1" (headers with a trailing space, one inline), List 3 on a sheet
    /// named only "Sheet3" (found by its header), a pivot sheet, and a planted bad date at List1!D3.
    static var fixture: WorkbookFixture {
        let list1Header: [WorkbookFixture.Cell] = [.shared("Child Unique ID"), .shared("Gender "), .inline("Ethnicity"), .shared("Date of Birth"),
                                                   .shared("Age"), .shared("Date of Contact  "), .shared("Contact Source")]
        let list3Header: [WorkbookFixture.Cell] = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Referral",
                                                   "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months",
                                                   "Allocated Team", "Allocated Worker"].map { .shared($0) }
        return WorkbookFixture(sheets: [
            .init(name: "List1", rows: [
                (1, list1Header),
                (2, [.inline("C0001"), .shared("a) Male"), .shared("a) WBRI"), .number(serial(2023, 8, 11)), .number("3"),
                     .number(serial(2026, 6, 3)), .shared("k) 3E: Health services")]),
                (3, [.inline("C0002"), .shared("b) Female"), .shared("a) WBRI"), .inline("31/02/2020"), .number("6"),
                     .inline("04/06/2026"), .shared("k) 3E: Health services")]),
                // A row of styled empty cells (left by a pivot table or formatting): not a row.
                (4, [.none, .none, .none, .none]),
                (5, [.inline("C0003"), .shared("a) Male"), .shared("a) WBRI"), .inline("2019-05-01"), .number("7"),
                     .number(serial(2026, 7, 1)), .shared("k) 3E: Health services")]),
            ]),
            .init(name: "PivotTable1", rows: [
                (3, [.shared("Row Labels"), .shared("Count of Gender")]),
                (4, [.shared("a) Male"), .number("2")]),
            ]),
            // Named like List 2, but its header row was lost: a warning that quotes no cell, and not read.
            .init(name: "List 2", rows: [
                (1, [.inline("C0009"), .shared("a) Male"), .shared("a) WBRI"), .number(serial(2023, 8, 11))]),
            ]),
            .init(name: "Sheet3", rows: [
                (1, list3Header),
                (2, [.inline("C0001"), .shared("a) Male"), .shared("a) WBRI"), .number(serial(2023, 8, 11)), .number("3"),
                     .number(serial(2026, 6, 3)), .shared("k) 3E: Health services"), .shared("No"), .number("1"),
                     .shared("Team A"), .shared("Worker A")]),
            ]),
        ])
    }

    func read(_ url: URL, validate: Bool = true) throws -> (sheets: [AnnexASheetResult], notes: [Diagnostic], rows: [String: [[String]]]) {
        let reader = AnnexAWorkbookReader(template: try Self.template, referenceDate: Self.referenceDate, displayPath: url.lastPathComponent, validate: validate)
        var sheets: [AnnexASheetResult] = []
        var rows: [String: [[String]]] = [:]
        let notes = try reader.read(url: url, onSheet: { sheets.append($0) }, onRow: { sheet, _, row in rows[sheet, default: []].append(row.values) })
        return (sheets, notes, rows)
    }

    func temporaryURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("annexa-\(UUID().uuidString)-\(name)")
    }

    @Test func listSheetsAreRecognisedByNameOrHeaderAndOthersSkipped() throws {
        let url = temporaryURL("book.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.fixture.write(to: url)
        let read = try read(url)
        #expect(read.sheets.map(\.sheet) == ["List1", "Sheet3"])
        #expect(read.sheets.map { $0.result.match?.list.number } == [1, 3])
        #expect(read.sheets.map(\.result.rowCount) == [3, 1])
        #expect(read.notes.map(\.code) == ["annexa.sheet.skipped", "annexa.header.unrecognised"])
        #expect(read.notes.first?.message.contains("PivotTable1") == true)
        #expect(read.notes.last?.message.contains("C0009") == false)
    }

    @Test func cellsAreReadAsTheCSVReaderWouldNormaliseThem() throws {
        let url = temporaryURL("book.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.fixture.write(to: url)
        let rows = try read(url).rows["List1"] ?? []
        #expect(rows.count == 3)
        // Serial numbers and ISO text become template dates; shared and inline strings as written.
        #expect(rows.first == ["C0001", "a) Male", "a) WBRI", "11/08/2023", "3", "03/06/2026", "k) 3E: Health services"])
        #expect(rows.last?[3] == "01/05/2019")
    }

    @Test func aPlantedBadCellIsReportedAtItsSheetAndCell() throws {
        let url = temporaryURL("book.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.fixture.write(to: url)
        let list1 = try #require(try read(url).sheets.first)
        let bad = list1.result.diagnostics.filter { $0.code == "annexa.date.invalid" }
        #expect(bad.count == 1)
        #expect(bad.first?.location?.line == 3 && bad.first?.location?.column == 4)
        #expect(bad.first?.message.hasPrefix("List1!D3: ") == true, "\(bad.first?.message ?? "")")
        // Never the cell's value.
        #expect(bad.first?.message.contains("31/02/2020") == false)
        // The trailing-space header is read as the template's, with a note naming its cell.
        let variants = list1.result.diagnostics.filter { $0.code == "annexa.header.variant" }
        #expect(variants.isEmpty || variants.allSatisfy { $0.message.hasPrefix("List1!") })
    }

    @Test func findingsAreTheSameAsTheSameRowsGivenAsCSV() throws {
        let url = temporaryURL("book.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.fixture.write(to: url)
        try ParityCheck.compare(workbook: url, template: try Self.template, referenceDate: Self.referenceDate)
    }

    @Test func aDamagedWorkbookIsAFailureNotACrash() throws {
        let url = temporaryURL("bad.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("PK\u{3}\u{4}not really a zip".utf8).write(to: url)
        #expect(throws: XLSXPackage.Failure.self) { _ = try read(url) }
    }

    @Test func cellReferencesParseAndPrint() {
        #expect(CellReference.columnLetters(0) == "A")
        #expect(CellReference.columnLetters(27) == "AB")
        #expect(CellReference.columnLetters(16_383) == "XFD")
        "B52".utf8CString.withUnsafeBufferPointer { buffer in
            let bytes = UnsafeRawBufferPointer(buffer).bindMemory(to: UInt8.self)
            let parsed = CellReference.parse(UnsafeBufferPointer(rebasing: bytes[0..<3]))
            #expect(parsed.column == 1 && parsed.row == 52)
        }
    }
}

/// Compares a workbook's findings with those of the same rows written as CSV, sheet by sheet.
enum ParityCheck {
    static func compare(workbook url: URL, template: AnnexATemplate, referenceDate: CalendarDate) throws {
        let package = try XLSXPackage(path: url.path)
        let reader = AnnexAWorkbookReader(template: template, referenceDate: referenceDate, displayPath: "book.xlsx")
        var sheets: [AnnexASheetResult] = []
        _ = try reader.read(url: url, onSheet: { sheets.append($0) })
        #expect(!sheets.isEmpty)
        for sheet in sheets {
            guard let list = sheet.result.match?.list.number, let found = package.sheets.first(where: { $0.name == sheet.sheet }) else {
                Issue.record("sheet \(sheet.sheet) has no list")
                continue
            }
            // As Excel saves a sheet as CSV: every row as wide as the used range.
            var rows: [(number: Int, cells: [String])] = []
            try package.rows(of: found) { row in
                rows.append((row.number, row.texts))
                return true
            }
            let width = rows.map(\.cells.count).max() ?? 0
            rows = rows.map { ($0.number, $0.cells + Array(repeating: "", count: width - $0.cells.count)) }
            let csv = WorkbookFixture.csv(rows: rows)
            let csvReader = AnnexAListReader(template: template, referenceDate: referenceDate, displayPath: "book.xlsx", list: list)
            let fromCSV = try csvReader.read(bytes: Array(csv.utf8))
            #expect(fromCSV.rowCount == sheet.result.rowCount, "\(sheet.sheet)")
            // The workbook names the cell (`List 3!B52: `) where the CSV names the list (`List 3: `).
            func key(_ diagnostic: Diagnostic, stripping: Bool) -> String {
                var message = diagnostic.message
                for prefix in [#"^[^:]*![A-Z]+[0-9]+: "#, #"^List [0-9]+: "#] {
                    if let range = message.range(of: prefix, options: .regularExpression) { message = String(message[range.upperBound...]) }
                }
                return "\(diagnostic.severity) \(diagnostic.code) \(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0) \(message)"
            }
            // The CSV reader notes its encoding and delimiter; the rest must match one for one.
            let csvKeys = fromCSV.diagnostics.filter { !$0.code.hasPrefix("csv.encoding") }.map { key($0, stripping: false) }
            let sheetKeys = sheet.result.diagnostics.map { key($0, stripping: true) }
            #expect(sheetKeys == csvKeys, "\(sheet.sheet)")
            // Every finding with a row and column names its cell.
            for diagnostic in sheet.result.diagnostics {
                if let line = diagnostic.location?.line, let column = diagnostic.location?.column {
                    #expect(diagnostic.message.hasPrefix("\(sheet.sheet)!\(CellReference.columnLetters(column - 1))\(line): "), "\(diagnostic.message)")
                }
            }
        }
    }
}
