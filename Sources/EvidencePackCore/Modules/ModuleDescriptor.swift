/// What a module says about itself: listed by `evidence-pack list-modules`, recorded in provenance,
/// and part of the import cache key (a new version re-imports).
public struct ModuleDescriptor: Hashable, Sendable, Codable {
    /// Whether the module reads inputs or writes outputs.
    public enum Role: String, Hashable, Sendable, Codable { case importer, exporter }

    /// Stable id used in pack definitions and provenance (`minutes-text`, `json`).
    public var id: String
    /// Semantic version of the module's behaviour; bump it when the records it yields change.
    public var version: String
    /// Importer or exporter.
    public var role: Role
    /// One line for people.
    public var summary: String
    /// Media types it reads or writes.
    public var mediaTypes: [String]
    /// File extensions (lower case, no dot) it usually handles.
    public var fileExtensions: [String]
    /// Where it comes from: `built-in`, or the path of an external executable.
    public var origin: String
    /// Whether what the importer yields depends on the reference date (Annex A reporting windows do;
    /// reading a page of minutes does not). Only such imports are redone when the date moves, so a
    /// next-day build reuses the rest. True unless the importer says otherwise (external ones included).
    public var readsReferenceDate: Bool

    public init(id: String, version: String, role: Role, summary: String, mediaTypes: [String] = [],
                fileExtensions: [String] = [], origin: String = "built-in", readsReferenceDate: Bool = true) {
        self.id = id
        self.version = version
        self.role = role
        self.summary = summary
        self.mediaTypes = mediaTypes
        self.fileExtensions = fileExtensions
        self.origin = origin
        self.readsReferenceDate = readsReferenceDate
    }

    // The printed description (list-modules, provenance) is unchanged: `readsReferenceDate` is behaviour.
    private enum CodingKeys: String, CodingKey { case id, version, role, summary, mediaTypes, fileExtensions, origin }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), version: try c.decode(String.self, forKey: .version),
                  role: try c.decode(Role.self, forKey: .role), summary: try c.decode(String.self, forKey: .summary),
                  mediaTypes: try c.decodeIfPresent([String].self, forKey: .mediaTypes) ?? [],
                  fileExtensions: try c.decodeIfPresent([String].self, forKey: .fileExtensions) ?? [],
                  origin: try c.decodeIfPresent(String.self, forKey: .origin) ?? "built-in")
    }
}
