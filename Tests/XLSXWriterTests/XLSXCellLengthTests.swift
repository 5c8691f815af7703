import Foundation
import Testing
@testable import XLSXWriter

/// Excel measures a cell in UTF-16 units: an emoji counts two, a letter with a combining accent two
/// or more. A cut to the limit must count the same way, or the cell is still too long.
@Suite struct XLSXCellLengthTests {
    @Test(arguments: [String(repeating: "😀", count: 20_000), String(repeating: "e\u{301}", count: 17_000),
                      String(repeating: "x", count: 40_000), "short"])
    func aCutTextFitsInUTF16UnitsOnWholeCharacters(text: String) {
        let limit = XLSXWorksheet.maximumCellCharacters - 1
        let cut = XLSXWorksheet.prefix(of: text, utf16Units: limit)
        #expect(cut.utf16.count <= limit)
        #expect(text.hasPrefix(cut))
        // Nothing more fits: the next Character would pass the limit (or the text was short).
        #expect(cut == text || cut.utf16.count + (text.dropFirst(cut.count).first?.utf16.count ?? 0) > limit)
    }

    @Test func overlongTextOfAccentedLettersIsCutAndWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = try XLSXWorkbook(path: folder.appendingPathComponent("accents.xlsx").path,
                                        properties: XLSXDocumentProperties(createdSecondsSince1970: 0))
        let sheet = try workbook.addWorksheet(named: "List 1")
        #expect(try sheet.write(text: String(repeating: "e\u{301}", count: 17_000), row: 0, column: 0) == true)
        try workbook.close()
    }
}
