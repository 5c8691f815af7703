import EvidenceModel
import EvidencePackCore
import Foundation
import LibXML

/// Writes the whole bundle — items with statuses, records, provenance, diagnostics — as
/// `data/pack.xml` in the `PackXML.namespace` namespace, valid against `Schemas/pack.xsd`.
///
/// The same content as `pack.json`, for tools that take XML (XSLT, XPath, records systems).
/// Written through libxml2's text writer (`LibXML.XMLWriter`), so escaping is libxml2's.
public struct XMLExporter: Exporter {
    public init() {}

    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "xml", version: "1.0.0", role: .exporter,
                         summary: "the whole bundle as pack.xml (XML Schema: Schemas/pack.xsd)",
                         mediaTypes: ["application/xml"], fileExtensions: ["xml"])
    }

    /// The payload path written.
    public static let fileName = "pack.xml"

    public func export(_ bundle: EvidenceBundle, to output: OutputDirectory, context: ExportContext) async throws {
        let name = context.options["fileName"] ?? Self.fileName
        let file = try output.create(name)
        try PackXML.write(bundle) { try file.write($0) }
        try file.close()
    }
}
