import EvidenceModel
import LibXML

/// The document properties every Office 2007+ file carries (ECMA-376 Part 2 §11):
/// `docProps/core.xml` (title, creator, created, modified) and `docProps/app.xml` (pages, slides).
enum OOXMLProperties {
    static func read(from archive: OfficeArchive) throws -> DocumentMetadata {
        var metadata = DocumentMetadata()
        if let bytes = try archive.read("docProps/core.xml") {
            let document = try XMLDocument(bytes: bytes)
            let fields = childTexts(of: document.root)
            metadata.title = fields["title"]
            metadata.author = fields["creator"] ?? fields["lastModifiedBy"]
            metadata.subject = fields["subject"]
            metadata.created = fields["created"].flatMap(MetadataDate.iso8601)
            metadata.modified = fields["modified"].flatMap(MetadataDate.iso8601)
            if metadata.title != nil || metadata.created != nil || metadata.modified != nil || metadata.author != nil {
                metadata.origin = "docProps/core.xml"
            }
        }
        if let bytes = try archive.read("docProps/app.xml"), let document = try? XMLDocument(bytes: bytes) {
            let fields = childTexts(of: document.root)
            metadata.pageCount = (fields["Pages"] ?? fields["Slides"]).flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        }
        return metadata
    }

    /// Each child element's text by local name (the first of a name wins), blanks left out.
    static func childTexts(of node: XMLNode?) -> [String: String] {
        var fields: [String: String] = [:]
        for child in node?.childElements ?? [] where fields[child.name] == nil {
            if let text = child.textContent.collapsingWhitespace.nilIfEmpty { fields[child.name] = text }
        }
        return fields
    }
}
