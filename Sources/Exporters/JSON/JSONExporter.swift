import EvidenceModel
import EvidencePackCore
import Foundation

/// Writes the whole bundle — items with statuses, records, provenance, diagnostics — as
/// `data/pack.json` (compact JSON, keys sorted), valid against `Schemas/pack.schema.json`.
public struct JSONExporter: Exporter {
    public init() {}

    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "json", version: "2.0.0", role: .exporter,
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
        guard let memory = context.memory else {
            try PackJSON.write(bundle) { try file.write($0) }
            try file.close()
            return
        }
        // With a cache: each record's JSON is carried over from the pack this build replaces when the
        // record is the same (same origin, see `ExportContext.recordOrigins`) and its bytes there are
        // still those written (their SHA-256); the rest is encoded. Either way the bytes are the same.
        let version = "\(EvidencePackVersion.generator) json \(descriptor.version) \(name)"
        let memo = memory.recalled(PackJSONMemo.self).flatMap { $0.version == version ? $0 : nil }
        let previous = memo == nil ? nil : memory.previousPackPieces(name, fileSHA256: memo?.fileSHA256)
        var next = PackJSONMemo(version: version, records: [:])
        var offset = 0
        try PackJSON.write(bundle, to: { chunk in
            offset += chunk.count
            try file.write(chunk)
        }, record: { record, encode in
            guard let origin = context.recordOrigins[record.id] else { return try encode(record) }
            if let place = memo?.records[origin], let bytes = previous?.piece(offset: place.offset, length: place.length, sha256: place.sha256) {
                // The record's bytes start where the file is now (`write` hands them over next).
                next.records[origin] = PackFilePiece(offset: offset, length: bytes.count, sha256: place.sha256)
                return Data(bytes)
            }
            let bytes = try encode(record)
            next.records[origin] = PackFilePiece(offset: offset, length: bytes.count, sha256: FileHashing.sha256(of: bytes))
            return bytes
        })
        try file.close()
        next.fileSHA256 = output.recordedSHA256(of: name)
        do { try memory.remember(next) } catch { memory.forget() }
    }
}

/// What the JSON exporter keeps between builds: where each record's JSON is in the pack.json it
/// wrote, with its SHA-256, by the record's origin (no record content, no child's data).
struct PackJSONMemo: Codable, Sendable {
    /// The tool, the exporter and the file name it was written with (another version re-encodes).
    var version: String
    var records: [String: PackFilePiece]
    /// The SHA-256 of the whole pack.json written (nil in a memo from before it was kept): its
    /// pieces are read unhashed when the previous pack's file is proven to be this one.
    var fileSHA256: String?
}

/// pack.json written in pieces: the bundle's object with its keys in sorted order, each large list one
/// element at a time through the same encoder, so the bytes are exactly `EvidenceJSON.encode(bundle,
/// pretty: false)`'s (a test holds the two together) without the whole document or its encoder tree in memory.
public enum PackJSON {
    /// Hands `sink` the document's bytes in order, ending with a newline.
    ///
    /// `record`: the bytes of one record, given the record and the encoder's way of making them (an
    /// exporter that carries a record's bytes over from an earlier file hands those instead; they must
    /// be the same).
    public static func write(_ bundle: EvidenceBundle, to sink: (Data) throws -> Void,
                             record: ((Record, (Record) throws -> Data) throws -> Data)? = nil) throws {
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
        func list<Element: Encodable>(_ name: String, _ elements: [Element], encode: ((Element) throws -> Data)? = nil) throws {
            try key(name)
            try sink(Data("[".utf8))
            for (index, element) in elements.enumerated() {
                if index > 0 { try sink(Data(",".utf8)) }
                try sink(try encode?(element) ?? encoder.encode(element))
            }
            try sink(Data("]".utf8))
        }
        // A record written straight into bytes, the same bytes the encoder would give.
        let encodeRecord: (Record) throws -> Data = { try RecordJSON.json(for: $0) ?? encoder.encode($0) }
        // The order `.sortedKeys` gives EvidenceBundle's coding keys; `authority` is left out when absent.
        if let authority = bundle.authority { try value("authority", authority) }
        try list("diagnostics", bundle.diagnostics)
        try value("formatVersion", bundle.formatVersion)
        try value("generator", bundle.generator)
        try list("items", bundle.items)
        try value("pack", bundle.pack)
        try list("records", bundle.records) { element in try record.map { try $0(element, encodeRecord) } ?? encodeRecord(element) }
        try value("referenceDate", bundle.referenceDate)
        try list("sections", bundle.sections)
        try list("sources", bundle.sources)
        try sink(Data("}\n".utf8))
    }
}
