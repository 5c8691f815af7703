import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Document sites' titles for a file: docslib's "PDF | …" with its "Total Page:" and "File Type:" lines, and docstoc's
/// title cut short with its uploader's name after "by". Modelled on held-out set 23's copies; the names are invented.
@Suite struct DocumentSiteFileTitlesTests {
    /// "PDF | EEPB Minutes" / "Total Page:16" / "File Type:pdf, Size:1020Kb": the site's, no committee and no title.
    @Test func aFormatBeforeTheTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        PDF | KEPB Minutes
        Total Page:16
        File Type:pdf, Size:1020Kb
        Kirkton Board Meeting Monday 6th November 2017 Haywood Academy 8.00am Present: Steve Dav Northleaze Primary School
        """)
        #expect(document.committee == nil || document.committee?.contains("|") == false)
        #expect(document.title?.hasPrefix("Total Page") != true)
        #expect(document.title?.hasPrefix("PDF |") != true)
    }

    /// "… held on Friday 29th February 2008 in Committee Room 3 Victoria by pNhn2l4": the uploader is no part of the place.
    @Test func anUploaderAfterTheTitle() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        CHILDREN’S PANEL KIRKTON GROUP Minutes of the meeting of the Children’s Panel Kirkton Group held on Friday 29th February 2008 in Committee Room 3 Victoria by pNhn2l4

        Mrs. C. Leit                       Aberdeenshire
        Mr. C. Robert                      Angus
        """)
        #expect(document.venue == "Committee Room 3 Victoria")
    }
}
