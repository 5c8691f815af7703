import EvidenceModel
import EvidencePackCore
import Foundation
import HTMLAgendaImporter
import Testing

/// A web page saved under a document's name (an Ofsted "Report not found" page saved as .pdf) is read
/// as the page it is, with a `document.wrong-type` warning; a page named .html gets none.
@Suite struct WrongTypeTests {
    static let notFoundPage = """
    <!DOCTYPE html>
    <html lang="en"><head><title>Report not found - Find a report - Example</title></head>
    <body><h1>Report not found</h1><p>The report you asked for is not available.</p></body></html>
    """

    @Test func aPageNamedPDFIsReadAsAPageWithAWarning() async throws {
        let result = try await TestSupport.importFile(Array(Self.notFoundPage.utf8), name: "report_10-august-2012.pdf")
        guard case .document(let document)? = result.records.first else {
            Issue.record("expected a document record")
            return
        }
        #expect(document.kind == .page)
        #expect(document.title == "Report not found - Find a report - Example")
        let warning = try #require(result.diagnostics.first { $0.code == "document.wrong-type" })
        #expect(warning.severity == .warning)
        #expect(warning.message == "the file is named .pdf but is an HTML web page saying the document was not found (a page saved under a document's name): it is read as what it is, not as a .pdf")
        #expect(warning.location?.path == "report_10-august-2012.pdf")
    }

    @Test func aPageNamedHTMLHasNoSuchWarning() async throws {
        let result = try await TestSupport.importFile(Array(Self.notFoundPage.utf8), name: "report.html")
        #expect(!result.diagnostics.contains { $0.code == "document.wrong-type" })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestSupport.ofstedCorpusPage.path), "needs ../shared/corpus/ofsted"))
    func theRealNotFoundPageSavedAsPDF() async throws {
        let bytes = try [UInt8](Data(contentsOf: TestSupport.ofstedCorpusPage))
        let result = try await TestSupport.importFile(bytes, name: "d2i-ilacs_rotherham_10-august-2012.pdf")
        guard case .document(let document)? = result.records.first else {
            Issue.record("expected a document record")
            return
        }
        #expect(document.title == "Report not found - Find an Inspection Report - Ofsted")
        #expect(result.diagnostics.first?.code == "document.wrong-type")
        #expect(result.diagnostics.first?.message.contains("saying the document was not found") == true)
    }
}

extension TestSupport {
    /// The real "Report not found" page saved as .pdf in ../shared/corpus/ofsted, read in place.
    static let ofstedCorpusPage = samples("x").deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus/ofsted/d2i-ilacs_rotherham_10-august-2012.pdf")
}
