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
        ModuleDescriptor(id: "document-file", version: poppler.pdftotext == nil ? "0.1.0" : "0.1.0+pdftotext", role: .importer,
                         summary: "any evidence document as a file: PDF, Word, OpenDocument, Excel, PowerPoint, RTF, images; text of .docx, .pptx, .odt and PDF",
                         mediaTypes: ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "application/vnd.oasis.opendocument.text", "application/msword", "application/rtf",
                                      "application/octet-stream"],
                         fileExtensions: ["pdf", "docx", "doc", "odt", "rtf", "xlsx", "xls", "ods", "pptx", "ppt", "odp", "png", "jpg"],
                         readsReferenceDate: false)
    }

    /// Low for everything (it is the fallback), higher for the formats evidence documents come in.
    public func confidence(for probe: SourceProbe) -> Double {
        DocumentFormat.detect(probe).confidence
    }

    /// One `file` document for the source, always; what could not be read becomes a diagnostic.
    public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        let url = context.url(of: source)
        let location = SourceLocation(path: source.path)
        var reading = DocumentReading(source: source, location: location)
        let head: [UInt8]
        do {
            head = try SourceDiscovery.readHead(of: url)
        } catch {
            head = []
            reading.warn("document.unreadable", "the file could not be read (\(error.localizedDescription)); it is listed by name only")
        }
        let probe = SourceProbe(path: source.path, head: head, size: source.size)
        let format = DocumentFormat.detect(probe)
        reading.properties["mediaType"] = format.mediaType(fileExtension: probe.fileExtension, fallback: source.mediaType)
        var tools = poppler
        if let timeout = context.options["pdftotextTimeout"].flatMap(Double.init), timeout > 0 { tools.timeoutSeconds = timeout }

        if !head.isEmpty {
            switch format {
            case .pdf: await PDFDocumentReading(tools: tools).read(url: url, into: &reading)
            case .wordprocessingML, .spreadsheetML, .presentationML: OfficeDocumentReading.readOOXML(url: url, format: format, into: &reading)
            case .openDocumentText, .openDocumentSpreadsheet, .openDocumentPresentation: OfficeDocumentReading.readODF(url: url, format: format, into: &reading)
            case .compoundFile: OfficeDocumentReading.readCompoundFile(url: url, fileExtension: probe.fileExtension, size: source.size, into: &reading)
            case .rtf: reading.metadata = RTFInfoReader.read(Self.readPrefix(of: url, count: 256 << 10) ?? head)
            case .image, .zip, .other: break
            }
        }
        if format != .pdf, DocumentFormat.byExtension(probe.fileExtension) == .pdf {
            reading.warn("document.damaged", "the file is named .\(probe.fileExtension) but does not start like a PDF (damaged, or another format renamed); it is carried as a file")
        }
        let document = reading.document(modificationTime: fileModificationTime(source: source, url: url))
        return ImportResult(records: [.document(document)], diagnostics: reading.diagnostics)
    }

    /// Up to `count` first bytes of a file (RTF keeps its `\info` group near the start).
    static func readPrefix(of url: URL, count: Int) -> [UInt8]? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)).flatMap { $0.map { [UInt8]($0) } }
    }

    /// The file's modification time: from discovery, else from the file system.
    func fileModificationTime(source: Source, url: URL) -> Double? {
        if let modified = source.modified { return modified }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970
    }
}
