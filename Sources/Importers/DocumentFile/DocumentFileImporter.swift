import EvidenceModel
import EvidencePackCore
import Foundation

/// The fallback reader: any file no other importer claims becomes a `file` document record that says
/// what the file is (title, date and where that date came from, author, pages, media type, size,
/// SHA-256), with the text of Word, OpenDocument and PDF files as blocks, so that pack items can match
/// evidence documents by title, file name, date and text and carry them into the bag.
public struct DocumentFileImporter: Importer {
    /// The Poppler tools used for PDFs (found on `PATH` by default).
    public var poppler: PopplerTools

    /// An importer using the given Poppler tools (tests pass `.none` for the no-Poppler behaviour).
    public init(poppler: PopplerTools = .fromPath()) {
        self.poppler = poppler
    }

    /// `document-file`: listed by `list-modules` and recorded in provenance. With pdftotext the
    /// version gains `+pdftotext`, so installing Poppler re-imports PDFs cached without their text.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "document-file", version: poppler.pdftotext == nil ? "0.2.1" : "0.2.1+pdftotext", role: .importer,
                         summary: "any evidence document as a file: PDF, Word, OpenDocument, Excel, PowerPoint, RTF, images; text of .docx, .pptx, .odt and PDF",
                         mediaTypes: ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "application/vnd.oasis.opendocument.text", "application/msword", "application/rtf",
                                      "application/octet-stream"],
                         fileExtensions: ["pdf", "docx", "doc", "odt", "rtf", "xlsx", "xls", "ods", "pptx", "ppt", "odp", "png", "jpg"],
                         readsReferenceDate: false)
    }

    /// Low for everything (it is the fallback), higher for the formats evidence documents come in; high
    /// for a text file that opens like an Ofsted report, so that the minutes reader does not take it.
    public func confidence(for probe: SourceProbe) -> Double {
        let format = DocumentFormat.detect(probe)
        if format == .plainText, !probe.head.contains(0), OfstedReportReader.looksLikeReport(probe.headTextPreservingCase) { return 0.9 }
        return format.confidence
    }

    /// One `file` document for the source, always; what could not be read becomes a diagnostic. The
    /// file is read once, through the guarded path (no link out of the inputs followed, its SHA-256
    /// checked against discovery's), and only when it is within the size limit (`maxFileBytes`,
    /// default 64 MiB); every reader, `pdftotext` and `pdfinfo` included, works on those bytes.
    public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        let location = SourceLocation(path: source.path)
        var reading = DocumentReading(source: source, location: location)
        let (contents, whole) = try Self.readContents(of: source, context: context, into: &reading)
        let head = Array(contents.prefix(SourceDiscovery.probeSize))
        let probe = SourceProbe(path: source.path, head: head, size: source.size)
        let format = DocumentFormat.detect(probe)
        reading.properties["mediaType"] = format.mediaType(fileExtension: probe.fileExtension, fallback: source.mediaType)
        var tools = poppler
        if let timeout = context.options["pdftotextTimeout"].flatMap(Double.init), timeout > 0 { tools.timeoutSeconds = timeout }

        if whole, !contents.isEmpty {
            await Self.readContent(contents, format: format, fileExtension: probe.fileExtension, tools: tools, into: &reading)
        }
        if whole, format == .plainText || format == .html {
            reading.text = TextDecoding.decode(contents).text
        }
        Self.checkNamedFormat(format, fileExtension: probe.fileExtension, into: &reading)
        if format == .pdf || format == .plainText { OfstedReportImport.apply(to: &reading) }
        let document = reading.document(modificationTime: fileModificationTime(source: source, url: context.url(of: source)))
        return ImportResult(records: [.document(document)], diagnostics: reading.diagnostics)
    }

    /// The file's bytes and whether they are the whole file: all of them within the limit; past it only
    /// the first few (its format), with `document.too-large`; none when it cannot be read
    /// (`document.unreadable`). A file swapped for a link out of the inputs, or changed since
    /// discovery, throws (the import fails for that file).
    static func readContents(of source: Source, context: ImportContext, into reading: inout DocumentReading) throws -> ([UInt8], Bool) {
        let contents: BoundedFileContents
        do {
            contents = try BoundedFileContents.readWhole(relativePath: source.path, root: context.inputsRoot,
                                                         limit: BoundedFileContents.limit(from: context.options),
                                                         expectedSHA256: GuardedInput.expectation(source.sha256), headBytes: SourceDiscovery.probeSize)
        } catch let error as GuardedInputError {
            throw error
        } catch {
            reading.warn("document.unreadable", "the file could not be read (\(SourceDiscovery.describe(error))); it is listed by name only")
            return ([], false)
        }
        if contents.isTruncated {
            reading.warn("document.too-large", "the file is \(contents.fileSize) bytes, over this importer's limit of \(contents.limit) bytes (option \(BoundedFileContents.limitOption)): "
                + "only its format was read, its title and date come from the file name; the file is still carried whole")
        }
        return (contents.bytes, !contents.isTruncated)
    }

    /// Reads metadata and text from the whole file's bytes, by format.
    static func readContent(_ bytes: [UInt8], format: DocumentFormat, fileExtension: String, tools: PopplerTools,
                            into reading: inout DocumentReading) async {
        switch format {
        case .pdf: await PDFDocumentReading(tools: tools).read(bytes: bytes, into: &reading)
        case .wordprocessingML, .spreadsheetML, .presentationML: OfficeDocumentReading.readOOXML(bytes: bytes, format: format, into: &reading)
        case .openDocumentText, .openDocumentSpreadsheet, .openDocumentPresentation: OfficeDocumentReading.readODF(bytes: bytes, format: format, into: &reading)
        case .compoundFile: OfficeDocumentReading.readCompoundFile(bytes: bytes, fileExtension: fileExtension, into: &reading)
        case .rtf: reading.metadata = RTFInfoReader.read(Array(bytes.prefix(256 << 10)))
        case .image, .zip, .other, .html, .plainText: break
        }
    }

    /// A diagnostic when the bytes are not the format the name promises: an HTML page saved as `.pdf`
    /// (`document.wrong-type`, titled from the page), or a `.pdf` that does not start like one.
    static func checkNamedFormat(_ format: DocumentFormat, fileExtension ext: String, into reading: inout DocumentReading) {
        let named = DocumentFormat.byExtension(ext)
        if format == .html, named != .html, named != .other, named != .plainText {
            let page = HTMLPageSummary(bytes: reading.text ?? "")
            reading.metadata.title = reading.metadata.title ?? page.title
            reading.warn("document.wrong-type", "the file is named .\(ext) but is an HTML web page\(page.saysNotFound ? " saying the document was not found" : "")"
                + " (a page saved under a document's name): it is read as what it is, not as a .\(ext), and carried as a file")
        } else if format != .pdf, named == .pdf {
            reading.warn("document.damaged", "the file is named .\(ext) but does not start like a PDF (damaged, or another format renamed); it is carried as a file")
        }
    }

    /// The file's modification time: from discovery, else from the file system.
    func fileModificationTime(source: Source, url: URL) -> Double? {
        if let modified = source.modified { return modified }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970
    }
}
