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
        // (`jq .` shows it indented). Streamed element by element, so the file is never whole in memory.
        let file = try output.create(name)
        try PackJSON.write(bundle) { try file.write($0) }
        try file.close()
    }
}

/// pack.json written in pieces: the bundle's object with its keys in sorted order, each large list one
/// element at a time through the same encoder, so the bytes are exactly `EvidenceJSON.encode(bundle,
/// pretty: false)`'s (a test holds the two together) without the whole document or its encoder tree in memory.
public enum PackJSON {
    /// Hands `sink` the document's bytes in order, ending with a newline.
    public static func write(_ bundle: EvidenceBundle, to sink: (Data) throws -> Void) throws {
        let encoder = EvidenceJSON.encoder(pretty: false)
        var first = true
        func key(_ name: String) throws {
            try sink(Data(((first ? "{" : ",") + "\"\(name)\":").utf8))
            first = false
        }
        func value(_ name: String, _ value: some Encodable) throws {
            try key(name)
            try sink(try encoder.encode(value))
        }
        func list<Element: Encodable>(_ name: String, _ elements: [Element]) throws {
            try key(name)
            try sink(Data("[".utf8))
            for (index, element) in elements.enumerated() {
                if index > 0 { try sink(Data(",".utf8)) }
                try sink(try encoder.encode(element))
            }
            try sink(Data("]".utf8))
        }
        // The order `.sortedKeys` gives EvidenceBundle's coding keys; `authority` is left out when absent.
        if let authority = bundle.authority { try value("authority", authority) }
        try list("diagnostics", bundle.diagnostics)
        try value("formatVersion", bundle.formatVersion)
        try value("generator", bundle.generator)
        try list("items", bundle.items)
        try value("pack", bundle.pack)
        try list("records", bundle.records)
        try value("referenceDate", bundle.referenceDate)
        try list("sections", bundle.sections)
        try list("sources", bundle.sources)
        try sink(Data("}\n".utf8))
    }
}
