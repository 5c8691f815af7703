import EvidenceModel
import Foundation

/// What has been learnt about one file so far (metadata, text, properties, problems), and how that
/// becomes its `file` document: the title and date each from the best basis available.
struct DocumentReading {
    let source: Source
    let location: SourceLocation
    var metadata = DocumentMetadata()
    var blocks: [Block] = []
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

    /// The record: title from metadata else the cleaned file name; date from metadata (modified, else
    /// created), else a date in the file name, else the file's modification time, `dateBasis` saying which.
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
        if let fromMetadata = TitleCleaning.usable(metadata.title) {
            title = fromMetadata
            properties["titleBasis"] = "metadata"
        } else {
            title = FileNameReading.title(fromPath: source.path)
            properties["titleBasis"] = "file name"
        }

        var date: CalendarDate?
        var dateBasis: String?
        if let fromMetadata = metadata.modified ?? metadata.created {
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

        return Document(kind: .file, title: title, date: date, dateBasis: dateBasis,
                        author: TitleCleaning.usableAuthor(metadata.author), properties: properties, blocks: blocks)
    }
}
