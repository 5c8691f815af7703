import EvidenceModel
import Foundation
import LibXML

/// Reads Office 2007+ and OpenDocument files into a `DocumentReading` (text from Word documents,
/// PowerPoint slides and OpenDocument texts); a damaged or encrypted container leaves the record
/// with the file name's title and date, plus a warning.
enum OfficeDocumentReading {
    static func readOOXML(bytes: [UInt8], format: DocumentFormat, into reading: inout DocumentReading) {
        let archive: OfficeArchive
        do {
            archive = try OfficeArchive(bytes: bytes)
        } catch {
            reading.warn("document.damaged", "the package cannot be opened: \(describe(error)); its title and date come from the file name; it is carried as a file")
            return
        }
        do {
            reading.metadata = try OOXMLProperties.read(from: archive)
        } catch {
            reading.warn("document.damaged", "the document properties could not be read (\(describe(error)))")
        }
        let textPart: String
        let readBlocks: (OfficeArchive) throws -> [Block]?
        switch format {
        case .wordprocessingML: (textPart, readBlocks) = ("word/document.xml", WordprocessingMLReader.blocks)
        case .presentationML: (textPart, readBlocks) = ("ppt/slides", PresentationMLReader.blocks)
        default:
            reading.properties["textExtraction"] = "none: text is read from documents and presentations, not spreadsheets"
            return
        }
        do {
            if let blocks = try readBlocks(archive) {
                reading.blocks = blocks
                reading.properties["textExtraction"] = textPart
            } else {
                reading.warn("document.damaged", "the file has no \(textPart) part: its text was not read")
            }
        } catch {
            reading.properties["textExtraction"] = "failed"
            reading.warn("document.damaged", "the document's text could not be read (\(describe(error))); it is carried as a file")
        }
    }

    static func readODF(bytes: [UInt8], format: DocumentFormat, into reading: inout DocumentReading) {
        let archive: OfficeArchive
        do {
            archive = try OfficeArchive(bytes: bytes)
        } catch {
            reading.warn("document.damaged", "the package cannot be opened: \(describe(error)); its title and date come from the file name; it is carried as a file")
            return
        }
        if OpenDocumentReader.isEncrypted(archive) {
            reading.properties["encrypted"] = "true"
            reading.warn("document.encrypted", "the OpenDocument file is password-protected: its metadata may be read but its text cannot; it is carried as a file")
        }
        do {
            reading.metadata = try OpenDocumentReader.metadata(from: archive)
        } catch {
            reading.warn("document.damaged", "meta.xml could not be read (\(describe(error)))")
        }
        guard format == .openDocumentText, reading.properties["encrypted"] == nil else {
            if reading.properties["encrypted"] == nil {
                reading.properties["textExtraction"] = "none: text is read from OpenDocument texts, not spreadsheets or presentations"
            }
            return
        }
        do {
            if let blocks = try OpenDocumentReader.blocks(from: archive) {
                reading.blocks = blocks
                reading.properties["textExtraction"] = "content.xml"
            } else {
                reading.warn("document.damaged", "the file has no content.xml part: its text was not read")
            }
        } catch {
            reading.properties["textExtraction"] = "failed"
            reading.warn("document.damaged", "the document's text could not be read (\(describe(error))); it is carried as a file")
        }
    }

    /// A problem in words that never quote the document: libxml2's messages can echo its content.
    static func describe(_ error: Error) -> String {
        switch error {
        case let failure as OfficeArchive.Failure: failure.description
        case is LibXMLError: "malformed XML"
        default: "unexpected content"
        }
    }

    /// Legacy binary Office files (summary properties read, text not), and Office 2007+ files saved
    /// with a password (which are compound files too, whatever their extension says).
    static func readCompoundFile(bytes: [UInt8], fileExtension ext: String, into reading: inout DocumentReading) {
        if ["docx", "docm", "xlsx", "xlsm", "pptx", "pptm"].contains(ext) {
            reading.properties["encrypted"] = "true"
            reading.warn("document.encrypted",
                         "the .\(ext) file is password-protected (an encrypted Office package): its metadata and text cannot be read; it is carried as a file")
            return
        }
        reading.properties["textExtraction"] = "none: the text of legacy binary Office files is not read"
        guard let metadata = CompoundFileReader(bytes: bytes).summaryMetadata() else {
            reading.note("document.legacy-format",
                         "a legacy binary Office file (.\(ext)) without readable summary properties: the title and date come from the file name")
            return
        }
        reading.metadata = metadata
    }
}
