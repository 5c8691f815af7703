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
        ModuleDescriptor(id: "xml", version: "2.0.0", role: .exporter,
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
        // is unchanged and its bytes there are still those written (their SHA-256); the bytes are the same.
        let version = "\(EvidencePackVersion.generator) xml \(descriptor.version) \(name)"
        let memo = memory.recalled(PackXMLMemo.self).flatMap { $0.version == version ? $0 : nil }
        let previous = memo == nil ? nil : memory.previousPackPieces(name, fileSHA256: memo?.fileSHA256)
        let carry = PackXMLCarry(origins: context.recordOrigins, previous: memo.flatMap { memo in
            previous.map { previous in { origin in memo.records[origin].flatMap { place in
                previous.piece(offset: place.offset, length: place.length, sha256: place.sha256).map { ($0, place.sha256) }
            } } }
        })
        try PackXML.write(bundle, to: { try file.write($0) }, carry: carry)
        try file.close()
        let next = PackXMLMemo(version: version, records: carry.written, fileSHA256: output.recordedSHA256(of: name))
        do { try memory.remember(next) } catch { memory.forget() }
    }
}

/// What the XML exporter keeps between builds: where each record's XML is in the pack.xml it wrote,
/// with its SHA-256, by the record's origin (no record content, no child's data).
struct PackXMLMemo: Codable, Sendable {
    var version: String
    var records: [String: PackFilePiece]
    /// The SHA-256 of the whole pack.xml written (nil in a memo from before it was kept): its
    /// pieces are read unhashed when the previous pack's file is proven to be this one.
    var fileSHA256: String?
}
