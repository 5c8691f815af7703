import EvidenceModel
import Foundation

/// Turns a document file whose text is an Ofsted children's services report into an
/// `inspectionReport` document: its facts, a title made of them, its text as paragraphs (for a text
/// file) and a diagnostic for each field not printed.
enum OfstedReportImport {
    /// Reads the text already taken from the file, when there is one, and records the report.
    static func apply(to reading: inout DocumentReading) {
        guard let text = reading.text, let outcome = OfstedReportReader.read(text) else { return }
        let report = outcome.report
        reading.inspectionReport = report
        if reading.blocks.isEmpty { reading.blocks = PDFTextBlocks.blocks(from: text) }
        if let authority = report.localAuthority {
            reading.contentTitle = "Ofsted \(outcome.type.framework): \(authority)"
        }
        // The printed publication date dates the report, before any file metadata.
        reading.contentDate = report.publicationDate
        let summary = "read as an Ofsted \(outcome.type.framework): \(report.judgements.count) judgement\(report.judgements.count == 1 ? "" : "s"), "
            + "\(report.improvementPoints.count) improvement point\(report.improvementPoints.count == 1 ? "" : "s")"
        reading.note("ofsted.report", summary)
        for (severity, code, message) in outcome.problems {
            reading.diagnostics.append(Diagnostic(severity, code: code, message: message, location: reading.location))
        }
    }
}

/// The little an HTML page saved under a document's name says about itself: its `<title>`, and
/// whether it is a "not found" page.
struct HTMLPageSummary {
    /// The page's title, white space collapsed and the common entities decoded; nil when it has none.
    var title: String?
    /// Whether the title or first heading says the document was not found.
    var saysNotFound: Bool

    init(bytes html: String) {
        let head = String(html.prefix(64 << 10))
        title = Self.element("title", in: head).map(Self.plain).flatMap { $0.isEmpty ? nil : $0 }
        let heading = Self.element("h1", in: head).map(Self.plain) ?? ""
        saysNotFound = ((title ?? "") + " " + heading).lowercased().contains("not found")
    }

    /// The raw content of the first `<name ...>...</name>`.
    static func element(_ name: String, in html: String) -> String? {
        guard let open = html.range(of: "<\(name)", options: .caseInsensitive),
              let close = html.range(of: ">", range: open.upperBound..<html.endIndex),
              let end = html.range(of: "</\(name)", options: .caseInsensitive, range: close.upperBound..<html.endIndex) else { return nil }
        return String(html[close.upperBound..<end.lowerBound])
    }

    /// Text without tags, entities decoded, white space collapsed.
    static func plain(_ fragment: String) -> String {
        var text = fragment.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
