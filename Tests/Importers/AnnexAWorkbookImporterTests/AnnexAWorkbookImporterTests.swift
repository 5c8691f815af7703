import AnnexA
import AnnexAWorkbookImporter
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing
import XLSXWriter

/// The workbook importer: one validated list record per list sheet, found by sheet name; a workbook
/// written with the project's XLSXWriter (libxlsxwriter: shared strings, real dates) reads back.
@Suite struct AnnexAWorkbookImporterTests {
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 20)!

    /// "List 1" written by libxlsxwriter (constant-memory mode: inline strings), dates as real dates.
    func writeWorkbook(to url: URL) throws {
        let workbook = try XLSXWorkbook(path: url.path, properties: XLSXDocumentProperties(title: "Annex A", createdSecondsSince1970: 1_780_000_000))
        let date = try workbook.addFormat(numberFormat: "dd/mm/yyyy")
        let list1 = try workbook.addWorksheet(named: "List 1")
        let header1 = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Contact", "Contact Source"]
        for (column, text) in header1.enumerated() { _ = try list1.write(text: text, row: 0, column: column) }
        for row in 1...3 {
            _ = try list1.write(text: "ID\(row)", row: row, column: 0)
            _ = try list1.write(text: "a) Male", row: row, column: 1)
            _ = try list1.write(text: "a) WBRI", row: row, column: 2)
            try list1.write(year: 2020, month: 1, day: row, row: row, column: 3, format: date)
            try list1.write(number: 6, row: row, column: 4)
            try list1.write(year: 2026, month: 6, day: row, row: row, column: 5, format: date)
            _ = try list1.write(text: row == 2 ? "not a source" : "k) 3E: Health services", row: row, column: 6)
        }
        try workbook.close()
    }

    @Test func aWorkbookBecomesOneRecordPerListWithCellFindings() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annexa-importer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeWorkbook(to: folder.appendingPathComponent("annex-a.xlsx"))
        let importer = AnnexAWorkbookImporter()
        let head = try [UInt8](Data(contentsOf: folder.appendingPathComponent("annex-a.xlsx")).prefix(8192))
        #expect(importer.confidence(for: SourceProbe(path: "annex-a.xlsx", head: head, size: 1)) == 0.95)
        #expect(importer.confidence(for: SourceProbe(path: "budget.xlsx", head: head, size: 1)) < 0.3)
        let source = Source(path: "annex-a.xlsx", sha256: "", size: 1, mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let result = try await importer.records(from: source, context: ImportContext(inputsRoot: folder, referenceDate: Self.referenceDate))
        let tables: [Table] = result.records.compactMap { if case .table(let table) = $0 { table } else { nil } }
        #expect(tables.map(\.annexAList) == [1])
        #expect(tables.first?.rowCount == 3)
        #expect(tables.first?.rows.first?[3] == "01/01/2020")
        let unknown = result.diagnostics.filter { $0.code == "annexa.code.unknown" }
        #expect(unknown.map(\.message).first?.hasPrefix("List 1!G3: ") == true, "\(result.diagnostics)")
        #expect(unknown.first?.location == SourceLocation(path: "annex-a.xlsx", line: 3, column: 7))
    }

    @Test func aLinkOutOfTheInputsIsNotRead() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annexa-importer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeWorkbook(to: folder.appendingPathComponent("outside.xlsx"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("in/annex-a.xlsx"), withDestinationURL: folder.appendingPathComponent("outside.xlsx"))
        let source = Source(path: "annex-a.xlsx", sha256: "", size: 1, mediaType: "application/octet-stream")
        await #expect(throws: GuardedInputError.outsideInputs(path: "annex-a.xlsx")) {
            _ = try await AnnexAWorkbookImporter().records(from: source, context: ImportContext(inputsRoot: folder.appendingPathComponent("in"), referenceDate: Self.referenceDate))
        }
    }
}
