import EvidenceModel
import Foundation

/// What has been learnt about one file so far (metadata, text, properties, problems), and how that
/// becomes its `file` document: the title and date each from the best basis available.
struct DocumentReading {
    let source: Source
    let location: SourceLocation
    var metadata = DocumentMetadata()
    var blocks: [Block] = []
    /// The document's text as read (pdftotext's output, a text file), for readers of its content.
    var text: String?
    /// The Ofsted report the text is, when it is one.
    var inspectionReport: InspectionReport?
    /// A title and date the content itself prints (an Ofsted report's), preferred to metadata.
    var contentTitle: String?
    var contentDate: CalendarDate?
    var properties: [String: String] = [:]
    var diagnostics: [Diagnostic] = []

    init(source: Source, location: SourceLocation) {
        self.source = source
        self.location = location
    }

    mutating func warn(_ code: String, _ message: String) {
        diagnostics.append(Diagnostic(.warning, code: code, message: message, location: location))
    }

    mutating func note(_ code: String, _ message: String) {
        diagnostics.append(Diagnostic(.note, code: code, message: message, location: location))
    }

    /// The record: title from the content (an Ofsted report's), else metadata, else the cleaned file
    /// name; date from the content (a printed publication date), else metadata (modified, else
    /// created), else a date in the file name, else the file's modification time, `dateBasis` saying
    /// which. An Ofsted report's facts are written in last (`InspectionReport.write(into:)`).
    mutating func document(modificationTime modifiedTime: Double?) -> Document {
        var properties = self.properties
        properties["fileName"] = (source.path as NSString).lastPathComponent
        properties["size"] = String(source.size)
        properties["sha256"] = source.sha256
        if let pages = metadata.pageCount { properties["pageCount"] = String(pages) }
        if let created = metadata.created { properties["created"] = created.iso8601 }
        if let modified = metadata.modified { properties["modified"] = modified.iso8601 }
        if let subject = metadata.subject { properties["subject"] = subject }
        if let origin = metadata.origin { properties["metadataSource"] = origin }

        let title: String
        if let contentTitle {
            title = contentTitle
            properties["titleBasis"] = "content"
        } else if let fromMetadata = TitleCleaning.usable(metadata.title) {
            title = fromMetadata
            properties["titleBasis"] = "metadata"
        } else {
            title = FileNameReading.title(fromPath: source.path)
            properties["titleBasis"] = "file name"
        }

        var date: CalendarDate?
        var dateBasis: String?
        if let contentDate {
            date = contentDate
            dateBasis = "content"
        } else if let fromMetadata = metadata.modified ?? metadata.created {
            date = fromMetadata
            dateBasis = "metadata"
        } else if let fromName = FileNameReading.date(in: FileNameReading.stem(of: source.path)) {
            date = fromName.date
            dateBasis = "file name"
            if fromName.precision != "day" { properties["datePrecision"] = fromName.precision }
        } else if let modifiedTime {
            date = MetadataDate.ukDay(ofTimestamp: modifiedTime)
            dateBasis = "modified time"
            note("document.date-from-mtime",
                 "no date in the document's metadata or its file name: dated by the file's modification time, which copying or downloading changes")
        } else {
            note("document.no-date", "no date in the document's metadata or its file name, and no modification time")
        }

        var document = Document(kind: .file, title: title, date: date, dateBasis: dateBasis,
                                author: TitleCleaning.usableAuthor(metadata.author), properties: properties, blocks: blocks)
        inspectionReport?.write(into: &document)
        return document
    }
}
