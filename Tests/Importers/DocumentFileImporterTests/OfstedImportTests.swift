@testable import DocumentFileImporter
import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// The document-file importer on made-up files: a text copy of an Ofsted report becomes an
/// `inspectionReport` document, and an HTML page saved as .pdf is read as what it is.
@Suite struct OfstedImportTests {
    func importText(_ text: String, named name: String) async throws -> (Document, [Diagnostic]) {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let url = folder.path(name)
        try Data(text.utf8).write(to: url)
        let source = Source(path: name, sha256: try FileHashing.sha256(of: url), size: Int64(text.utf8.count), mediaType: "text/plain")
        let context = ImportContext(inputsRoot: folder.url, referenceDate: try #require(CalendarDate(iso8601: "2026-12-01")))
        let result = try await DocumentFileImporter(poppler: .none).records(from: source, context: context)
        guard case .document(let document)? = result.records.first else {
            Issue.record("expected a document record")
            throw CancellationError()
        }
        return (document, result.diagnostics)
    }

    @Test func aTextCopyOfAReportIsClaimedAndCarriesItsFacts() async throws {
        let probe = SourceProbe(path: "ofsted/sif.txt", head: Array(OfstedFixtures.sif2015.utf8), size: 4000)
        #expect(DocumentFileImporter(poppler: .none).confidence(for: probe) == 0.9)
        let (document, diagnostics) = try await importText(OfstedFixtures.sif2015, named: "sif.txt")
        #expect(document.kind == .inspectionReport)
        #expect(document.title == "Ofsted SIF inspection: Westbury and Fordham")
        #expect(document.properties["titleBasis"] == "content")
        #expect(document.date == CalendarDate(iso8601: "2015-05-13"))
        #expect(document.dateBasis == "content")
        #expect(document.properties["localAuthority"] == "Westbury and Fordham")
        #expect(document.properties["inspectionStart"] == "2015-03-03")
        #expect(document.properties["inspectionEnd"] == "2015-03-25")
        #expect(document.properties["overallEffectiveness"] == "Requires improvement")
        #expect(document.properties["leadInspector"] == "Jo Placeholder")
        let judgements = try #require(document.blocks.first { $0.marker == "ofsted-judgements" })
        #expect(judgements.rows?.first == ["Area", "Judgement"])
        #expect(judgements.rows?.count == 6)
        let points = try #require(document.blocks.first { $0.marker == "what-needs-to-improve" })
        #expect(points.children?.count == 3)
        // Read back through the model, the same report.
        let report = try #require(InspectionReport(document: document))
        #expect(report.judgements.count == 5)
        #expect(report.improvementPoints.count == 3)
        #expect(diagnostics.map(\.code) == ["ofsted.report"])
        #expect(!document.plainText.isEmpty)
    }

    @Test func plainTextThatIsNotAReportIsLeftToOtherReaders() async throws {
        let probe = SourceProbe(path: "minutes.txt", head: Array(OfstedFixtures.minutesAboutOfsted.utf8), size: 300)
        #expect(DocumentFileImporter(poppler: .none).confidence(for: probe) == 0.05)
        let (document, diagnostics) = try await importText(OfstedFixtures.minutesAboutOfsted, named: "minutes.txt")
        #expect(document.kind == .file)
        #expect(document.blocks.isEmpty)
        #expect(!diagnostics.contains { $0.code.hasPrefix("ofsted.") })
    }

    @Test func anHTMLPageSavedAsPDFIsReadAsHTMLWithAWarning() async throws {
        let page = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Page not found &amp; moved - Example</title></head>
        <body><h1 class="title">Report not found</h1></body></html>
        """
        let (document, diagnostics) = try await importText(page, named: "report-2012.pdf")
        #expect(document.kind == .file)
        #expect(document.properties["mediaType"] == "text/html")
        #expect(document.title == "Page not found & moved - Example")
        #expect(document.properties["titleBasis"] == "metadata")
        let warning = try #require(diagnostics.first { $0.code == "document.wrong-type" })
        #expect(warning.severity == .warning)
        #expect(warning.message == "the file is named .pdf but is an HTML web page saying the document was not found (a page saved under a document's name): it is read as what it is, not as a .pdf, and carried as a file")
        #expect(!diagnostics.contains { $0.code == "document.damaged" })
    }
}
