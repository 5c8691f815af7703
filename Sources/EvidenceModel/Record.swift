/// Where a record came from: the source file, the importer that read it, and where in the file.
public struct Provenance: Hashable, Sendable, Codable {
    /// The source path relative to the inputs root.
    public var source: String
    /// The source's SHA-256.
    public var sha256: String
    /// The importer's id (`minutes-text`).
    public var importer: String
    /// The importer's version.
    public var importerVersion: String
    /// First source line the record covers, when known.
    public var firstLine: Int?
    /// Last source line the record covers, when known.
    public var lastLine: Int?

    public init(source: String, sha256: String, importer: String, importerVersion: String, firstLine: Int? = nil, lastLine: Int? = nil) {
        self.source = source
        self.sha256 = sha256
        self.importer = importer
        self.importerVersion = importerVersion
        self.firstLine = firstLine
        self.lastLine = lastLine
    }
}

/// What an importer yields: a document or a table, with its provenance and a stable id.
public struct Record: Hashable, Sendable, Codable {
    /// The content of a record.
    public enum Content: Hashable, Sendable {
        case document(Document)
        case table(Table)
    }

    /// Stable id: `<source path>#<n>` (n counts from 1 within the source), the same on every run.
    public var id: String
    /// Where it came from.
    public var provenance: Provenance
    /// The document or table.
    public var content: Content

    public init(id: String, provenance: Provenance, content: Content) {
        self.id = id
        self.provenance = provenance
        self.content = content
    }

    /// The document, when this record is one.
    public var document: Document? {
        if case .document(let document) = content { return document }
        return nil
    }

    /// The table, when this record is one.
    public var table: Table? {
        if case .table(let table) = content { return table }
        return nil
    }

    private enum CodingKeys: String, CodingKey { case id, type, provenance, document, table }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
        switch try c.decode(String.self, forKey: .type) {
        case "document": content = .document(try c.decode(Document.self, forKey: .document))
        case "table": content = .table(try c.decode(Table.self, forKey: .table))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown record type \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(provenance, forKey: .provenance)
        switch content {
        case .document(let document):
            try c.encode("document", forKey: .type)
            try c.encode(document, forKey: .document)
        case .table(let table):
            try c.encode("table", forKey: .type)
            try c.encode(table, forKey: .table)
        }
    }
}
