import EvidenceModel
import Foundation

/// Reads a PDF into a `DocumentReading`: metadata from its bytes (then `pdfinfo` for what they do not
/// give), text from `pdftotext` when installed, and a diagnostic for encrypted, truncated or textless files.
struct PDFDocumentReading {
    var tools: PopplerTools

    /// Reads the PDF from its bytes (the tools get them on stdin, never a path to open again).
    func read(bytes: [UInt8], into reading: inout DocumentReading) async {
        let parsed = PDFMetadataReader(bytes: PDFMetadataReader.window(of: bytes)).read()
        reading.metadata = parsed.metadata
        if let version = parsed.version { reading.properties["format"] = "PDF \(version)" }
        if parsed.isEncrypted { reading.properties["encrypted"] = "true" }
        if !parsed.hasEndMarker {
            reading.warn("document.damaged", "the PDF has no end-of-file marker (truncated, e.g. an interrupted download); it is carried as a file")
        }
        // pdfinfo reaches compressed object streams and decrypts files that open without a password.
        let needsInfo = reading.metadata.title == nil || reading.metadata.pageCount == nil
            || (reading.metadata.created == nil && reading.metadata.modified == nil)
        if needsInfo, let info = await tools.info(of: bytes) {
            reading.metadata = reading.metadata.filling(from: PopplerTools.metadata(fromInfo: info))
        }
        await readText(bytes: bytes, encrypted: parsed.isEncrypted, into: &reading)
    }

    func readText(bytes: [UInt8], encrypted: Bool, into reading: inout DocumentReading) async {
        guard let outcome = await tools.text(of: bytes) else {
            reading.properties["textExtraction"] = "unavailable: pdftotext is not installed"
            reading.note("document.pdftotext-missing",
                         "pdftotext (Debian package poppler-utils) is not installed, so the PDF's text was not read; it is carried as a file")
            if encrypted {
                reading.warn("document.encrypted", "the PDF is encrypted: its metadata could not be read; it is carried as a file")
            }
            return
        }
        switch outcome {
        case .text(let text):
            reading.blocks = PDFTextBlocks.blocks(from: text)
            reading.text = text
            reading.properties["textExtraction"] = "pdftotext"
            if reading.blocks.isEmpty {
                reading.note("document.no-text", "the PDF has no text layer (a scan or an image): only its metadata was read")
            }
            if encrypted {
                reading.note("document.encrypted", "the PDF is encrypted but opens without a password: its text was read")
            }
        case .timedOut(let seconds):
            reading.properties["textExtraction"] = "failed"
            reading.warn("document.text-timeout",
                         "pdftotext took longer than \(String(format: "%g", seconds)) s and was stopped: the PDF's text was not read (raise the pdftotextTimeout option); it is carried as a file")
        case .failed(let reason):
            reading.properties["textExtraction"] = "failed"
            if encrypted {
                reading.warn("document.encrypted", "the PDF is encrypted and needs a password: its text and metadata were not read (\(reason)); it is carried as a file")
            } else if !reading.diagnostics.contains(where: { $0.code == "document.damaged" }) {
                reading.warn("document.damaged", "the PDF's text could not be read (\(reason)); it is carried as a file")
            }
        }
    }
}
