import EvidenceModel
import LibXML

/// Reads the document fields of an XMP packet (Adobe's RDF metadata inside PDFs): the title, the
/// creators and the creation and modification dates, whether written as elements or as attributes.
enum XMPReader {
    static let namespaces = [
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "dc": "http://purl.org/dc/elements/1.1/",
        "xmp": "http://ns.adobe.com/xap/1.0/",
    ]

    static func read(_ packet: [UInt8]) -> DocumentMetadata {
        guard let document = try? XMLDocument(bytes: packet) else { return DocumentMetadata() }
        func values(_ xpath: String) -> [String] {
            document.select(xpath, namespaces: namespaces).map { $0.textContent.collapsingWhitespace }.filter { !$0.isEmpty }
        }
        // A language alternative: prefer the default language, else the first.
        let title = values("//dc:title//rdf:li[@xml:lang='x-default']").first ?? values("//dc:title//rdf:li").first
            ?? values("//dc:title[not(*)]").first
        let creators = values("//dc:creator//rdf:li")
        let created = values("//xmp:CreateDate").first ?? values("//rdf:Description/@xmp:CreateDate").first
        let modified = values("//xmp:ModifyDate").first ?? values("//rdf:Description/@xmp:ModifyDate").first
        var metadata = DocumentMetadata(
            title: title, author: creators.isEmpty ? nil : creators.joined(separator: "; "),
            created: created.flatMap(MetadataDate.iso8601), modified: modified.flatMap(MetadataDate.iso8601))
        if metadata != DocumentMetadata() { metadata.origin = "XMP" }
        return metadata
    }
}
