import EvidencePackCore
import Foundation

/// What sort of file an evidence document is, decided from its first bytes first and its extension
/// second, so that a PDF saved as `.doc` or a Word file without an extension is still read as what it is.
enum DocumentFormat: String, Sendable, CaseIterable {
    case pdf
    /// Word 2007+ (`.docx`, `.docm`, `.dotx`).
    case wordprocessingML
    /// Excel 2007+ (`.xlsx`, `.xlsm`).
    case spreadsheetML
    /// PowerPoint 2007+ (`.pptx`).
    case presentationML
    /// OpenDocument text (`.odt`, `.ott`).
    case openDocumentText
    /// OpenDocument spreadsheet (`.ods`).
    case openDocumentSpreadsheet
    /// OpenDocument presentation (`.odp`).
    case openDocumentPresentation
    /// An OLE compound file: legacy `.doc`/`.xls`/`.ppt`, or a password-protected Office 2007+ file.
    case compoundFile
    /// Rich Text Format.
    case rtf
    /// A picture (structure charts are often saved as images).
    case image
    /// An HTML page (often a web page saved under a document's name, e.g. a "not found" page as `.pdf`).
    case html
    /// Plain text (`.txt`): read here only when it is an Ofsted report; minutes have their own reader.
    case plainText
    /// Any other zip archive.
    case zip
    /// Anything else.
    case other

    /// The format of a probed file.
    static func detect(_ probe: SourceProbe) -> DocumentFormat {
        let head = probe.head
        let ext = probe.fileExtension
        if startsWithPDFHeader(head) { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return zipFormat(head: head, fileExtension: ext) }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if head.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if isImageMagic(head) { return .image }
        if startsLikeHTML(head) { return .html }
        return byExtension(ext)
    }

    /// The format a file name's extension promises (used when the bytes say nothing).
    static func byExtension(_ ext: String) -> DocumentFormat {
        switch ext {
        case "pdf": .pdf
        case "docx", "docm", "dotx", "dotm": .wordprocessingML
        case "xlsx", "xlsm", "xltx": .spreadsheetML
        case "pptx", "pptm", "ppsx", "potx": .presentationML
        case "odt", "ott", "fodt": .openDocumentText
        case "ods", "ots": .openDocumentSpreadsheet
        case "odp", "otp": .openDocumentPresentation
        case "doc", "dot", "xls", "ppt", "msg": .compoundFile
        case "rtf": .rtf
        case "png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp", "webp", "svg": .image
        case "zip": .zip
        case "html", "htm": .html
        case "txt", "text": .plainText
        default: .other
        }
    }

    /// PDF readers accept a header anywhere in the first kilobyte.
    static func startsWithPDFHeader(_ head: [UInt8]) -> Bool {
        let marker = Array("%PDF-".utf8)
        let window = head.prefix(1024)
        guard window.count >= marker.count else { return false }
        for start in window.startIndex...(window.endIndex - marker.count) where window[start] == 0x25 {
            if Array(window[start..<(start + marker.count)]) == marker { return true }
        }
        return false
    }

    static func zipFormat(head: [UInt8], fileExtension ext: String) -> DocumentFormat {
        // ODF stores an uncompressed `mimetype` entry first, so its type is in the first bytes.
        let text = String(decoding: head.prefix(200), as: UTF8.self)
        if text.contains("mimetypeapplication/vnd.oasis.opendocument.text") { return .openDocumentText }
        if text.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") { return .openDocumentSpreadsheet }
        if text.contains("mimetypeapplication/vnd.oasis.opendocument.presentation") { return .openDocumentPresentation }
        let byName = byExtension(ext)
        switch byName {
        case .wordprocessingML, .spreadsheetML, .presentationML, .openDocumentText, .openDocumentSpreadsheet, .openDocumentPresentation:
            return byName
        default:
            let names = String(decoding: head, as: UTF8.self)
            if names.contains("word/") { return .wordprocessingML }
            if names.contains("xl/") { return .spreadsheetML }
            if names.contains("ppt/") { return .presentationML }
            return .zip
        }
    }

    /// Whether the first bytes are an HTML page: `<!DOCTYPE html` or `<html`, after white space or a BOM.
    static func startsLikeHTML(_ head: [UInt8]) -> Bool {
        if let settled = asciiStartsLikeHTML(head) { return settled }
        let text = String(decoding: head.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))).lowercased()
        return text.hasPrefix("<!doctype html") || text.hasPrefix("<html")
    }

    /// `startsLikeHTML` on bytes, for a head that opens (past ASCII whitespace and a byte-order mark)
    /// in ASCII, as nearly every file does: nil when a non-ASCII byte could change the answer (other
    /// whitespace, or a combining mark joining the marker's last character).
    static func asciiStartsLikeHTML(_ head: [UInt8]) -> Bool? {
        let window = head.prefix(512)
        var index = window.startIndex
        while index < window.endIndex {
            let byte = window[index]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                index += 1
            } else if byte == 0xEF, window[index...].starts(with: [0xEF, 0xBB, 0xBF]) {
                index += 3
            } else {
                break
            }
        }
        guard index < window.endIndex else { return false }
        guard window[index] < 0x80 else { return nil }
        var uncertain = false
        for marker in [Array("<!doctype html".utf8), Array("<html".utf8)] {
            var offset = 0
            while offset < marker.count, index + offset < window.endIndex {
                let byte = window[index + offset]
                if byte >= 0x80 { break }
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lower != marker[offset] { break }
                offset += 1
            }
            if offset == marker.count {
                let next = index + offset
                if next == window.endIndex || window[next] < 0x80 { return true }
                uncertain = true
            } else if index + offset < window.endIndex, window[index + offset] >= 0x80 {
                uncertain = true
            }
        }
        return uncertain ? nil : false
    }

    static func isImageMagic(_ head: [UInt8]) -> Bool {
        head.starts(with: [0x89, 0x50, 0x4E, 0x47]) || head.starts(with: [0xFF, 0xD8, 0xFF])
            || head.starts(with: Array("GIF8".utf8)) || head.starts(with: [0x49, 0x49, 0x2A, 0x00])
            || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A])
    }

    /// How sure the fallback importer is that it should read this format: documents people write are
    /// its own; spreadsheets and pictures are likelier to have a better reader; anything else it only
    /// takes when nobody else does.
    var confidence: Double {
        switch self {
        case .pdf, .wordprocessingML, .openDocumentText, .compoundFile, .rtf, .presentationML, .openDocumentPresentation: 0.6
        case .spreadsheetML, .openDocumentSpreadsheet, .image: 0.3
        case .zip, .other, .html, .plainText: 0.05
        }
    }

    /// The media type for this format and extension.
    func mediaType(fileExtension ext: String, fallback: String) -> String {
        switch self {
        case .pdf: return "application/pdf"
        case .wordprocessingML:
            return ext == "docm" ? "application/vnd.ms-word.document.macroEnabled.12"
                : ext == "dotx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.template"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .spreadsheetML:
            return ext == "xlsm" ? "application/vnd.ms-excel.sheet.macroEnabled.12"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .presentationML: return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .openDocumentText: return "application/vnd.oasis.opendocument.text"
        case .openDocumentSpreadsheet: return "application/vnd.oasis.opendocument.spreadsheet"
        case .openDocumentPresentation: return "application/vnd.oasis.opendocument.presentation"
        case .compoundFile:
            switch ext {
            case "xls": return "application/vnd.ms-excel"
            case "ppt": return "application/vnd.ms-powerpoint"
            case "msg": return "application/vnd.ms-outlook"
            case "doc", "dot": return "application/msword"
            default: return "application/x-ole-storage"
            }
        case .rtf: return "application/rtf"
        case .image:
            switch ext {
            case "png": return "image/png"
            case "jpg", "jpeg": return "image/jpeg"
            case "gif": return "image/gif"
            case "tif", "tiff": return "image/tiff"
            case "svg": return "image/svg+xml"
            case "webp": return "image/webp"
            case "bmp": return "image/bmp"
            default: return fallback
            }
        case .zip: return "application/zip"
        case .html: return "text/html"
        case .plainText: return "text/plain"
        case .other: return fallback
        }
    }
}
