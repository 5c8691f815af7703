import EvidenceModel
import Foundation

/// The wire protocol between EvidencePack and an external importer (`evidence-pack-import-<name>`).
///
/// Version 1: `--about` prints one JSON object (``ExternalImporterAbout``); a run reads one JSON
/// request on stdin (``ExternalImportRequest``) and writes JSON Lines on stdout: `record` lines,
/// `diagnostic` lines and a final `done` line. Logs go to stderr. Schemas: `Schemas/external-importer-*.schema.json`.
public enum ExternalImporterProtocol {
    /// The protocol version this tool speaks.
    public static let version = 1
    /// The prefix every external importer executable's name starts with.
    public static let executablePrefix = "evidence-pack-import-"
    /// The prefix a pack definition may put before an external importer's id in a pin (`external:council-kpi`).
    public static let pinPrefix = "external:"

    /// An importer id without the `external:` prefix a pack pin may carry.
    public static func bareID(_ id: String) -> String {
        id.hasPrefix(pinPrefix) ? String(id.dropFirst(pinPrefix.count)) : id
    }
}

/// What an external importer prints for `--about`: who it is and which files it reads.
public struct ExternalImporterAbout: Codable, Hashable, Sendable {
    /// The protocol version it speaks (this tool speaks ``ExternalImporterProtocol/version``).
    public var protocolVersion: Int
    /// Stable id used in pack pins and provenance (`council-kpi`).
    public var id: String
    /// Version of its behaviour; bump it when the records it yields change (it is part of the cache key).
    public var version: String
    /// One line for people.
    public var description: String?
    /// Globs for the files it claims: with a `/` they match the path under the inputs folder, without
    /// one they match the file name (`*.csv`).
    public var filePatterns: [String]?
    /// A regular expression (case-insensitive) the file's first 8 KiB must contain for it to be claimed.
    public var headPattern: String?
    /// How sure it is of a file that matches (0-1, default 0.6); the most confident importer wins.
    public var confidence: Double?
    /// Media types it reads, for `list-modules`.
    public var mediaTypes: [String]?

    public init(protocolVersion: Int, id: String, version: String, description: String? = nil, filePatterns: [String]? = nil,
                headPattern: String? = nil, confidence: Double? = nil, mediaTypes: [String]? = nil) {
        self.protocolVersion = protocolVersion
        self.id = id
        self.version = version
        self.description = description
        self.filePatterns = filePatterns
        self.headPattern = headPattern
        self.confidence = confidence
        self.mediaTypes = mediaTypes
    }
}

/// The one JSON object written to an external importer's stdin for one file.
public struct ExternalImportRequest: Codable, Hashable, Sendable {
    /// The file to read.
    public struct SourceFile: Codable, Hashable, Sendable {
        /// Path relative to the inputs folder (`kpi/scorecard-2026-09.csv`).
        public var path: String
        /// Absolute path, always inside the inputs folder.
        public var absolutePath: String
        /// Lower-case hex SHA-256 of the file's bytes.
        public var sha256: String
        /// Size in bytes.
        public var size: Int64
        /// Media type guessed by discovery.
        public var mediaType: String
    }

    /// The protocol version of this request (``ExternalImporterProtocol/version``).
    public var protocolVersion: Int
    /// The file.
    public var source: SourceFile
    /// The inputs folder (absolute).
    public var inputsRoot: String
    /// The day the pack is assembled for, `YYYY-MM-DD`.
    public var referenceDate: String
    /// Options from the pack pin that chose this importer.
    public var options: [String: String]
    /// The pack's options plus its authority (`authorityName`, `authorityCode`, `statisticalNeighbours`).
    public var packOptions: [String: String]
}

/// One line of an external importer's stdout.
enum ExternalOutputLine: Decodable {
    /// A document or table, as `Record`'s Codable form (`id` and `provenance` are ignored: the host assigns them).
    case record(Record.Content, firstLine: Int?, lastLine: Int?)
    /// A problem or remark about the file.
    case diagnostic(severity: Diagnostic.Severity, code: String, message: String, line: Int?, column: Int?)
    /// The end of the output: the protocol version and how many records were written.
    case done(protocolVersion: Int, records: Int)

    private enum Keys: String, CodingKey { case type, record, firstLine, lastLine, severity, code, message, line, column, protocolVersion, records }
    private enum RecordKeys: String, CodingKey { case type, document, table }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "record":
            let r = try c.nestedContainer(keyedBy: RecordKeys.self, forKey: .record)
            let content: Record.Content
            switch try r.decode(String.self, forKey: .type) {
            case "document": content = .document(try r.decode(Document.self, forKey: .document))
            case "table": content = .table(try r.decode(Table.self, forKey: .table))
            case let other:
                throw DecodingError.dataCorruptedError(forKey: .type, in: r, debugDescription: "unknown record type '\(other)'")
            }
            self = .record(content, firstLine: try c.decodeIfPresent(Int.self, forKey: .firstLine),
                           lastLine: try c.decodeIfPresent(Int.self, forKey: .lastLine))
        case "diagnostic":
            self = .diagnostic(severity: try c.decode(Diagnostic.Severity.self, forKey: .severity),
                               code: try c.decode(String.self, forKey: .code),
                               message: try c.decode(String.self, forKey: .message),
                               line: try c.decodeIfPresent(Int.self, forKey: .line),
                               column: try c.decodeIfPresent(Int.self, forKey: .column))
        case "done":
            self = .done(protocolVersion: try c.decode(Int.self, forKey: .protocolVersion),
                         records: try c.decode(Int.self, forKey: .records))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown line type '\(other)'")
        }
    }
}
