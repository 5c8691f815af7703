import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import Foundation
import Testing
import ZIPFoundation

/// Issue 20 item 1: an Annex A workbook swapped for a link to an outside workbook after discovery is
/// not re-read for the pack's workbook: the export-time read goes through Core's guarded open, the
/// build fails naming the file, and no outside row is sealed.
@Suite(.serialized) struct WorkbookSwapTests {
    /// A one-sheet workbook ("List 1") with one child row, inline strings only.
    static func workbook(childID: String) throws -> Data {
        let header = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Contact", "Contact Source"]
        let row = [childID, "a) Male", "a) WBRI", "11/08/2023", "3", "03/06/2026", "k) 3E: Health services"]
        func cells(_ values: [String], row: Int) -> String {
            values.enumerated().map { offset, value in
                #"<c r="\#(String(UnicodeScalar(UInt8(65 + offset))))\#(row)" t="inlineStr"><is><t>\#(value)</t></is></c>"#
            }.joined()
        }
        let sheet = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">\#(cells(header, row: 1))</row><row r="2">\#(cells(row, row: 2))</row></sheetData></worksheet>"#
        let workbook = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="List 1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let relations = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
        let archive = try Archive(accessMode: .create)
        for (path, text) in [("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", relations), ("xl/worksheets/sheet1.xml", sheet)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    @Test func anAnnexAWorkbookSwappedForAnOutsideLinkFailsTheBuild() async throws {
        let swap = SwapBeforeExportTests()
        let folder = try swap.makeFolder(outsideText: "")
        defer { folder.cleanup() }
        let path = "annex-a/annex-a-contacts.xlsx"
        try Self.workbook(childID: "C-INSIDE-1").write(to: folder.path("in/\(path)"))
        try Self.workbook(childID: SwapBeforeExportTests.marker).write(to: folder.path("outside/book.xlsx"))
        let inputs = folder.path("in"), target = folder.path("outside/book.xlsx")
        let message = try await swap.failedRebuild(folder) { try SwapBeforeExportTests.swapForLink(path, in: inputs, to: target) }
        #expect(message.contains("annex-a-workbook") && message.contains(path) && message.contains("leads outside the inputs folder"), "\(message)")
        // The first (good) build read the workbook as List 1: its row is in the pack's list CSV.
        let list1 = try String(contentsOf: folder.path("out/pack/data/annex-a/list-01.csv"), encoding: .utf8)
        #expect(list1.contains("C-INSIDE-1"))
    }
}
