import EvidenceModel
import EvidencePackCore
import Foundation

/// Writes the whole bundle — items with statuses, records, provenance, diagnostics — as
/// `data/pack.json` (compact JSON, keys sorted), valid against `Schemas/pack.schema.json`.
public struct JSONExporter: Exporter {
    public init() {}

    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "json", version: "1.0.0", role: .exporter,
                         summary: "the whole bundle as pack.json (JSON Schema: Schemas/pack.schema.json)",
                         mediaTypes: ["application/json"], fileExtensions: ["json"])
    }

    /// The payload path written.
    public static let fileName = "pack.json"

    public func export(_ bundle: EvidenceBundle, to output: OutputDirectory, context: ExportContext) async throws {
        let name = context.options["fileName"] ?? Self.fileName
        // Compact: on a large authority's pack the indentation alone was 40 % of a 190 MB file
        // (`jq .` shows it indented).
        try output.write(try EvidenceJSON.encode(bundle, pretty: false), to: name)
    }
}
