@testable import DocumentFileImporter
import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import Testing

@Suite struct DocumentFileImporterTests {
    /// Imports one file of a folder with the given tools; returns its document and diagnostics.
    func importFile(_ relative: String, in folder: TemporaryFolder, poppler: PopplerTools = .none,
                    modified: Double? = nil) async throws -> (Document, [Diagnostic]) {
        let url = folder.path(relative)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber).int64Value
        let source = Source(path: relative, sha256: try FileHashing.sha256(of: url), size: size,
                            mediaType: "application/octet-stream", modified: modified)
        let context = ImportContext(inputsRoot: folder.url, referenceDate: try #require(CalendarDate(iso8601: "2024-06-01")))
        let result = try await DocumentFileImporter(poppler: poppler).records(from: source, context: context)
        #expect(result.records.count == 1)
        guard case .document(let document) = try #require(result.records.first) else {
            Issue.record("expected a document record")
            throw CancellationError()
        }
        #expect(document.kind == .file)
        #expect(document.properties["sha256"] == source.sha256)
        #expect(document.properties["size"] == String(size))
        return (document, result.diagnostics)
    }

    // MARK: Word

    @Test func readsAWordDocumentsMetadataAndText() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try Fixtures.docx(to: folder.path("self-knowledge/SEF_v3_FINAL.docx"))
        let (document, diagnostics) = try await importFile("self-knowledge/SEF_v3_FINAL.docx", in: folder)
        #expect(document.title == "Children's Services Self-Evaluation 2023")
        #expect(document.properties["titleBasis"] == "metadata")
        // 22:30Z on 12 October is 23:30 BST, still the 12th in England.
        #expect(document.date == CalendarDate(iso8601: "2023-10-12"))
        #expect(document.dateBasis == "metadata")
        #expect(document.author == "Head of Quality Assurance")
        #expect(document.properties["created"] == "2023-09-01")
        #expect(document.properties["pageCount"] == "7")
        #expect(document.properties["mediaType"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        #expect(document.properties["fileName"] == "SEF_v3_FINAL.docx")

        let blocks = document.blocks
        #expect(blocks.count == 6)
        #expect(blocks.first == Block(.heading, text: "What we know about practice", level: 1))
        #expect(blocks.dropFirst().first == Block(.heading, text: "Help and protection", level: 2))
        #expect(blocks.dropFirst(2).first == Block(.paragraph, text: "Audits show improving practice in 2023."))
        let list = try #require(blocks.first { $0.kind == .list })
        #expect(list.children?.map(\.text) == ["Caseloads are down", "to 18 per worker"])
        #expect(list.children?.map(\.level) == [0, 1])
        #expect(blocks.contains(Block(.paragraph, text: "See the plan.")))
        let table = try #require(blocks.last)
        #expect(table.kind == .table)
        #expect(table.rows == [["Measure", "2023"], ["Re-referrals", "22%"]])
        #expect(table.hasHeader == true)
        #expect(!document.plainText.contains("poor"))
        #expect(!document.plainText.contains("PAGE"))
        #expect(!diagnostics.contains { $0.severity >= .warning })
    }

    @Test func aWordDocumentWithoutATitleIsNamedAfterItsFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try Fixtures.docx(title: "Document1", to: folder.path("Improvement_Plan_2023-10-12_v2.docx"))
        let (document, _) = try await importFile("Improvement_Plan_2023-10-12_v2.docx", in: folder)
        #expect(document.title == "Improvement Plan")
        #expect(document.properties["titleBasis"] == "file name")
        #expect(document.dateBasis == "metadata")
    }

    @Test func readsASpreadsheetsPropertiesButNotItsCells() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let core = """
        <?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\
        <dc:title>Social worker caseloads</dc:title><dcterms:created>2024-05-20T08:00:00Z</dcterms:created></cp:coreProperties>
        """
        try Fixtures.zip([("[Content_Types].xml", "<Types/>"), ("docProps/core.xml", core), ("xl/workbook.xml", "<workbook/>")],
                         to: folder.path("caseloads.xlsx"))
        let (document, diagnostics) = try await importFile("caseloads.xlsx", in: folder)
        #expect(document.title == "Social worker caseloads")
        #expect(document.date == CalendarDate(iso8601: "2024-05-20"))
        #expect(document.dateBasis == "metadata")
        #expect(document.properties["mediaType"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(document.blocks.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test func readsPresentationSlidesInOrder() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        func slide(_ title: String, _ body: String, table: Bool = false) -> String {
            let p = "http://schemas.openxmlformats.org/presentationml/2006/main", a = "http://schemas.openxmlformats.org/drawingml/2006/main"
            let frame = table ? "<p:graphicFrame><a:graphic><a:graphicData><a:tbl><a:tr><a:tc><a:txBody><a:p><a:r><a:t>Vacancy rate</a:t></a:r></a:p></a:txBody></a:tc>"
                + "<a:tc><a:txBody><a:p><a:r><a:t>14%</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>" : ""
            return """
            <p:sld xmlns:p="\(p)" xmlns:a="\(a)"><p:cSld><p:spTree>
            <p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>\(title)</a:t></a:r></a:p></p:txBody></p:sp>
            <p:grpSp><p:sp><p:nvSpPr><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>\(body)</a:t></a:r><a:br/><a:r><a:t>more</a:t></a:r></a:p><a:p/></p:txBody></p:sp></p:grpSp>
            \(frame)</p:spTree></p:cSld></p:sld>
            """
        }
        // Slide 10 after slide 2: numeric, not text, order.
        try Fixtures.zip([("[Content_Types].xml", "<Types/>"), ("ppt/slides/slide10.xml", slide("Next steps", "Recruit", table: true)),
                          ("ppt/slides/slide2.xml", slide("Workforce", "Caseloads fell"))], to: folder.path("Board presentation Mar-24.pptx"))
        let (document, _) = try await importFile("Board presentation Mar-24.pptx", in: folder)
        #expect(document.title == "Board presentation")
        #expect(document.date == CalendarDate(iso8601: "2024-03-01"))
        #expect(document.properties["datePrecision"] == "month")
        #expect(document.properties["textExtraction"] == "ppt/slides")
        #expect(document.blocks == [
            Block(.heading, text: "Workforce", level: 1), Block(.paragraph, text: "Caseloads fell more"),
            Block(.heading, text: "Next steps", level: 1), Block(.paragraph, text: "Recruit more"),
            Block(.table, rows: [["Vacancy rate", "14%"]]),
        ])
    }

    // MARK: OpenDocument

    @Test func readsAnOpenDocumentTextsMetadataAndText() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try Fixtures.odt(to: folder.path("qa.odt"))
        let (document, diagnostics) = try await importFile("qa.odt", in: folder)
        #expect(document.title == "Quality Assurance Framework")
        #expect(document.author == "Principal Social Worker")
        #expect(document.date == CalendarDate(iso8601: "2024-02-29"))
        #expect(document.dateBasis == "metadata")
        #expect(document.properties["created"] == "2024-01-05")
        #expect(document.properties["pageCount"] == "4")
        #expect(document.properties["mediaType"] == "application/vnd.oasis.opendocument.text")
        let blocks = document.blocks
        #expect(blocks.first == Block(.heading, text: "QA framework", level: 1))
        #expect(blocks.dropFirst().first == Block(.heading, text: "Audit programme", level: 2))
        #expect(blocks.dropFirst(2).first == Block(.paragraph, text: "Twelve audits a month."))
        let list = try #require(blocks.first { $0.kind == .list })
        #expect(list.children?.map(\.text) == ["Case audits", "moderated by managers"])
        #expect(list.children?.map(\.level) == [0, 1])
        let table = try #require(blocks.first { $0.kind == .table })
        #expect(table.rows == [["Theme", "Lead"], ["Supervision"]])
        #expect(table.hasHeader == true)
        #expect(!document.plainText.contains("Footnote"))
        #expect(diagnostics.isEmpty)
    }

    // MARK: PDF

    @Test func readsAPDFsInfoDictionaryAndPageCount() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        // A literal title with escapes and an octal character, an author in UTF-16 (hex), a local-time date.
        let info = "<< /Title (Annual Report of the \\(IRO\\) Service \\205 2023) /Author <FEFF004A006F00200042006C006F00670067007300E9> "
            + "/CreationDate (D:20231012093000+01'00') /Producer (hand) >>"
        try folder.write(Fixtures.pdf(info: info, pages: 3), to: "reports/iro.pdf")
        let (document, diagnostics) = try await importFile("reports/iro.pdf", in: folder)
        #expect(document.title == "Annual Report of the (IRO) Service – 2023")
        #expect(document.author == "Jo Bloggsé")
        #expect(document.date == CalendarDate(iso8601: "2023-10-12"))
        #expect(document.dateBasis == "metadata")
        #expect(document.properties["pageCount"] == "3")
        #expect(document.properties["format"] == "PDF 1.4")
        #expect(document.properties["mediaType"] == "application/pdf")
        #expect(document.properties["textExtraction"]?.hasPrefix("unavailable") == true)
        #expect(diagnostics.map(\.code) == ["document.pdftotext-missing"])
        #expect(diagnostics.first?.severity == .note)
    }

    @Test func readsAPDFsXMPPacketWhenThereIsNoInfoDictionary() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let xmp = """
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
          xmp:CreateDate="2024-04-30T23:15:00Z" pdf:Producer="hand">
        <dc:title><rdf:Alt><rdf:li xml:lang="en-GB">British title</rdf:li><rdf:li xml:lang="x-default">Private fostering annual report</rdf:li></rdf:Alt></dc:title>
        <dc:creator><rdf:Seq><rdf:li>Fostering Team</rdf:li><rdf:li>Virtual School</rdf:li></rdf:Seq></dc:creator>
        </rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>
        """
        let stream = "<< /Type /Metadata /Subtype /XML /Length \(xmp.utf8.count) >>\nstream\n\(xmp)\nendstream"
        try folder.write(Fixtures.pdf(info: nil, extraObjects: [stream]), to: "pf.pdf")
        let (document, _) = try await importFile("pf.pdf", in: folder)
        #expect(document.title == "Private fostering annual report")
        #expect(document.author == "Fostering Team; Virtual School")
        #expect(document.date == CalendarDate(iso8601: "2024-05-01"))  // 23:15Z is 00:15 BST
        #expect(document.properties["metadataSource"] == "XMP")
    }

    @Test func readsPdfinfoOutput() {
        let output = Array("""
        Title:           Youth justice plan
        Author:          YOS
        CreationDate:    2024-03-31T23:30:00Z
        ModDate:         2024-04-02T09:00:00+01:00
        Pages:           12
        Encrypted:       no
        """.utf8)
        let metadata = PopplerTools.metadata(fromInfo: PopplerTools.parseInfo(output))
        #expect(metadata.title == "Youth justice plan")
        #expect(metadata.author == "YOS")
        #expect(metadata.created == CalendarDate(iso8601: "2024-04-01"))
        #expect(metadata.modified == CalendarDate(iso8601: "2024-04-02"))
        #expect(metadata.pageCount == 12)
    }

    @Test(.enabled(if: PopplerTools.fromPath().pdftotext != nil, "needs pdftotext (Debian: apt-get install poppler-utils)"))
    func readsAPDFsTextWithPdftotextWhenInstalled() async throws {
        let tools = PopplerTools.fromPath()
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write(Fixtures.pdf(info: nil, pageText: "Our self-evaluation of practice"), to: "Self evaluation 12.10.2023.pdf")
        let (document, diagnostics) = try await importFile("Self evaluation 12.10.2023.pdf", in: folder, poppler: tools)
        #expect(document.plainText.contains("Our self-evaluation of practice"))
        #expect(document.properties["textExtraction"] == "pdftotext")
        #expect(document.title == "Self evaluation")
        #expect(document.date == CalendarDate(iso8601: "2023-10-12"))
        #expect(document.dateBasis == "file name")
        #expect(document.properties["pageCount"] == "1")
        #expect(!diagnostics.contains { $0.severity >= .warning })
    }

    @Test func aPdftotextThatHangsIsStoppedAndTheFileStillImported() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        // A stand-in for pdftotext that never finishes by itself.
        try folder.write(Array("#!/bin/sh\nexec sleep 30\n".utf8), to: "tools/pdftotext")
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path("tools/pdftotext").path)
        try folder.write(Fixtures.pdf(info: "<< /Title (Sufficiency strategy) >>"), to: "in/s.pdf")
        let tools = PopplerTools(pdftotext: folder.path("tools/pdftotext"), pdfinfo: nil, timeoutSeconds: 0.3)
        let (document, diagnostics) = try await importFile("in/s.pdf", in: folder, poppler: tools)
        #expect(document.title == "Sufficiency strategy")
        #expect(document.properties["textExtraction"] == "failed")
        #expect(diagnostics.contains { $0.code == "document.text-timeout" && $0.message.contains("0.3 s") })
    }

    @Test func anEncryptedPDFIsStillAFileRecordWithADiagnostic() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let hex32 = String(repeating: "5A3C", count: 16)
        let encrypt = " /Encrypt << /Filter /Standard /V 1 /R 2 /O <\(hex32)> /U <\(hex32)> /P -44 >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]"
        // The Info strings of an encrypted file are ciphertext: they must not become the title.
        try folder.write(Fixtures.pdf(info: "<< /Title (\u{7F}garbled) >>", trailerExtra: encrypt), to: "LADO annual report 2023-24.pdf")
        for tools in [PopplerTools.none, PopplerTools.fromPath()] {
            let (document, diagnostics) = try await importFile("LADO annual report 2023-24.pdf", in: folder, poppler: tools, modified: 1_700_000_000)
            #expect(document.title == "LADO annual report 2023-24")
            #expect(document.properties["encrypted"] == "true")
            #expect(diagnostics.contains { $0.code == "document.encrypted" && $0.severity == .warning })
            #expect(diagnostics.allSatisfy { $0.location?.path == "LADO annual report 2023-24.pdf" })
        }
    }

    @Test func aTruncatedPDFIsCarriedWithADiagnostic() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let whole = Fixtures.pdf(info: "<< /Title (Sufficiency strategy) >>")
        // Cut just before the Info object, as an interrupted download would.
        let cut = try #require(whole.firstRange(of: Array("6 0 obj".utf8))).lowerBound
        try folder.write(Array(whole.prefix(cut)), to: "sufficiency.pdf")
        for tools in [PopplerTools.none, PopplerTools.fromPath()] {
            let (document, diagnostics) = try await importFile("sufficiency.pdf", in: folder, poppler: tools, modified: 1_700_000_000)
            #expect(document.title == "sufficiency")
            #expect(diagnostics.filter { $0.code == "document.damaged" }.count == 1)
        }
    }

    // MARK: damaged and encrypted containers

    @Test func aTruncatedWordFileKeepsItsFileNameTitleAndDate() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try Fixtures.docx(to: folder.path("whole.docx"))
        let bytes = [UInt8](try Data(contentsOf: folder.path("whole.docx")))
        try folder.write(Array(bytes.prefix(bytes.count / 2)), to: "Corporate_Parenting_Strategy_121023.docx")
        let (document, diagnostics) = try await importFile("Corporate_Parenting_Strategy_121023.docx", in: folder)
        #expect(document.title == "Corporate Parenting Strategy")
        #expect(document.date == CalendarDate(iso8601: "2023-10-12"))
        #expect(document.dateBasis == "file name")
        #expect(document.blocks.isEmpty)
        #expect(diagnostics.contains { $0.code == "document.damaged" && $0.severity == .warning })
    }

    @Test func aPasswordProtectedWordFileIsCarriedWithADiagnostic() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        // Office saves a password-protected .docx as an OLE compound file holding the encrypted package.
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        try folder.write(compound, to: "Workforce strategy.docx")
        let (document, diagnostics) = try await importFile("Workforce strategy.docx", in: folder, modified: 1_700_000_000)
        #expect(document.title == "Workforce strategy")
        #expect(document.properties["encrypted"] == "true")
        #expect(diagnostics.contains { $0.code == "document.encrypted" })
    }

    @Test func readsALegacyWordFilesSummaryProperties() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        // 1 697 150 000 s = 2023-10-12T22:33:20Z, 23:33 BST on the 12th.
        let summary = LegacyOfficeFixture.summaryStream(title: "Missing children protocol", author: "Safeguarding Unit",
                                                        createdUnixSeconds: 1_697_150_000, pages: 9)
        try folder.write(LegacyOfficeFixture.file(summary: summary), to: "missing_v2.doc")
        let (document, diagnostics) = try await importFile("missing_v2.doc", in: folder)
        #expect(document.title == "Missing children protocol")
        #expect(document.author == "Safeguarding Unit")
        #expect(document.date == CalendarDate(iso8601: "2023-10-12"))
        #expect(document.dateBasis == "metadata")
        #expect(document.properties["pageCount"] == "9")
        #expect(document.properties["mediaType"] == "application/msword")
        #expect(diagnostics.isEmpty)

        // The same file cut short: no summary, so the file name's title, and a note.
        let bytes = LegacyOfficeFixture.file(summary: summary)
        try folder.write(Array(bytes.prefix(1024)), to: "Missing_children_protocol.doc")
        let (cut, cutDiagnostics) = try await importFile("Missing_children_protocol.doc", in: folder, modified: 1_700_000_000)
        #expect(cut.title == "Missing children protocol")
        #expect(cut.properties["titleBasis"] == "file name")
        #expect(cutDiagnostics.contains { $0.code == "document.legacy-format" })
    }

    @Test func aFileWithNoDateElsewhereIsDatedByItsModificationTime() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write(Array("not a document".utf8), to: "structure chart.png")
        // 2023-07-01 23:30 UTC is 00:30 BST on 2 July.
        let (document, diagnostics) = try await importFile("structure chart.png", in: folder, modified: 1_688_254_200)
        #expect(document.title == "structure chart")
        #expect(document.date == CalendarDate(iso8601: "2023-07-02"))
        #expect(document.dateBasis == "modified time")
        #expect(document.properties["mediaType"] == "image/png")
        #expect(diagnostics.map(\.code) == ["document.date-from-mtime"])
    }

    @Test func readsAnRTFInfoGroup() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let rtf = "{\\rtf1\\ansi{\\info{\\title Early help strategy \\'96 2024}{\\author A Manager}{\\creatim\\yr2024\\mo3\\dy7\\hr9}}Body}"
        try folder.write(Array(rtf.utf8), to: "eh.rtf")
        let (document, _) = try await importFile("eh.rtf", in: folder)
        #expect(document.title == "Early help strategy – 2024")
        #expect(document.author == "A Manager")
        #expect(document.date == CalendarDate(iso8601: "2024-03-07"))
    }

    // MARK: claiming files

    @Test func installingPdftotextChangesTheVersionSoCachedPDFsAreReread() {
        let without = DocumentFileImporter(poppler: .none).descriptor.version
        let with = DocumentFileImporter(poppler: PopplerTools(pdftotext: URL(fileURLWithPath: "/usr/bin/pdftotext"), pdfinfo: nil)).descriptor.version
        #expect(without != with)
    }

    @Test func claimsDocumentsConfidentlyAndAnythingElseAsAFallback() {
        let importer = DocumentFileImporter(poppler: .none)
        let pdf = SourceProbe(path: "a/report.bin", head: Array("%PDF-1.7\n".utf8), size: 9)
        let docx = SourceProbe(path: "a/plan.docx", head: [0x50, 0x4B, 0x03, 0x04, 0, 0], size: 6)
        let odt = SourceProbe(path: "a/plan", head: [0x50, 0x4B, 0x03, 0x04] + Array("xxxxxxxxxxxxxxxxxxxxxxxxxxmimetypeapplication/vnd.oasis.opendocument.text".utf8), size: 80)
        let xlsx = SourceProbe(path: "kpi.xlsx", head: [0x50, 0x4B, 0x03, 0x04], size: 4)
        let csv = SourceProbe(path: "list.csv", head: Array("a,b\n".utf8), size: 4)
        #expect(importer.confidence(for: pdf) == 0.6)
        #expect(importer.confidence(for: docx) == 0.6)
        #expect(DocumentFormat.detect(odt) == .openDocumentText)
        #expect(importer.confidence(for: xlsx) > importer.confidence(for: csv))
        #expect(importer.confidence(for: xlsx) < importer.confidence(for: docx))
        #expect(importer.confidence(for: csv) > 0)
    }
}
