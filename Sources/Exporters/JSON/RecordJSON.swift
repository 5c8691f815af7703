import EvidenceModel
import Foundation

/// A record's JSON, written straight into bytes: exactly what `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` writes for it (tests hold the two together over generated and real
/// records), without the tree of boxed values the encoder builds for every record. On a 10,000-page
/// build that tree was about 2.5 of pack.json's 3 CPU-s; for a wide KPI table of 416,000 observations
/// it was most of the build's 251 MB peak.
///
/// Keys go in the order `.sortedKeys` gives them (UTF-8 byte order); optional fields that are nil are
/// left out, as the synthesized `encodeIfPresent` does. Whatever this writer does not cover returns nil
/// and the caller encodes the record with `JSONEncoder`: a property named outside ASCII (whose place in
/// the order is the encoder's to decide), a number that is not finite (which the encoder refuses).
enum RecordJSON {
    /// The record's JSON, or nil when the encoder must write it.
    static func json(for record: Record) -> Data? {
        var writer = JSONBytes()
        switch record.content {
        case .document(let document):
            guard writer.record(record, document: document) else { return nil }
        case .table(let table):
            guard writer.record(record, table: table) else { return nil }
        }
        return Data(writer.bytes)
    }
}
