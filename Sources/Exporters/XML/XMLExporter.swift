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
        guard let memory = context.memory else {
            try PackXML.write(bundle) { try file.write($0) }
            try file.close()
            return
        }
        // With a cache: each record is carried over from the pack this build replaces when its origin
        // is unchanged and that file is still the one written (its SHA-256); the bytes are the same.
        let version = "\(EvidencePackVersion.generator) xml \(descriptor.version) \(name)"
        let memo = memory.recalled(PackXMLMemo.self).flatMap { $0.version == version ? $0 : nil }
        let previous = memo.flatMap { memory.previousPackFile(name, sha256: $0.sha256) }
        let carry = PackXMLCarry(origins: context.recordOrigins, previous: previous, ranges: memo?.records ?? [:])
        var hasher = FileHashing.Running()
        try PackXML.write(bundle, to: { bytes in
            hasher.add(bytes)
            try file.write(bytes)
        }, carry: carry)
        try file.close()
        do { try memory.remember(PackXMLMemo(version: version, sha256: hasher.finish(), records: carry.written)) } catch { memory.forget() }
    }
}

/// What the XML exporter keeps between builds: the SHA-256 of the pack.xml it wrote and where each
/// record's XML is in it, by the record's origin (no record content, no child's data).
struct PackXMLMemo: Codable, Sendable {
    var version: String
    var sha256: String
    /// Origin → [offset, length] in the file.
    var records: [String: [Int]]
}
