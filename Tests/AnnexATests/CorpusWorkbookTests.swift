import AnnexA
import EvidenceModel
import Foundation
import Testing

/// The real-shaped workbooks in ../shared/corpus/annexa (LIIA's synthetic Annex A exports): every
/// list sheet recognised, the right row counts (counted independently with Python's zipfile and
/// ElementTree), and the same findings as the same rows given as CSV. Read in place; skipped where the
/// shared folder is absent.
@Suite(.enabled(if: SharedCorpus.isPresent))
struct CorpusWorkbookTests {
    static let folder = SharedCorpus.annexA

    /// Data rows per sheet, List 1..11.
    static let expectedRows: [String: [Int]] = [
        "liia-tools-pipeline_Annex_A_2024_Jan.xlsx": [5, 5, 6, 5, 5, 5, 7, 5, 6, 5, 5],
        "liia-tools_Annex_A_csdatatools_e1188f5.xlsx": [5, 5, 6, 5, 5, 5, 7, 5, 6, 5, 5],
        "liia-tools_Annex_A_spec_HEAD_0dd821c.xlsx": [5, 5, 6, 5, 5, 5, 7, 5, 6, 5, 5],
    ]

    @Test(arguments: expectedRows.keys.sorted())
    func everyListSheetIsRecognisedWithItsRows(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let reader = AnnexAWorkbookReader(template: try WorkbookReaderTests.template, referenceDate: WorkbookReaderTests.referenceDate, displayPath: name)
        var sheets: [AnnexASheetResult] = []
        let notes = try reader.read(url: url, onSheet: { sheets.append($0) })
        #expect(notes.isEmpty)
        #expect(sheets.map(\.sheet) == (1...11).map { "List \($0)" })
        #expect(sheets.map { $0.result.match?.list.number ?? 0 } == Array(1...11))
        #expect(sheets.map(\.result.rowCount) == Self.expectedRows[name])
        // Each sheet's header covers most of its list (some of LIIA's sheets lack columns: reported, not guessed).
        for sheet in sheets {
            #expect((sheet.result.match?.coverage ?? 0) >= 0.6, "\(sheet.sheet)")
        }
    }

    @Test(arguments: expectedRows.keys.sorted())
    func findingsMatchTheSameRowsAsCSV(_ name: String) throws {
        try ParityCheck.compare(workbook: Self.folder.appendingPathComponent(name), template: try WorkbookReaderTests.template,
                                referenceDate: WorkbookReaderTests.referenceDate)
    }
}

/// The shared corpus beside the worktree (`../shared/corpus/annexa`), when it is there.
enum SharedCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let annexA = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/annexa")
    static var isPresent: Bool { FileManager.default.fileExists(atPath: annexA.path) }
}
