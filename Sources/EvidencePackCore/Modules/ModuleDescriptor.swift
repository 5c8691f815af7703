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

    public init(id: String, version: String, role: Role, summary: String, mediaTypes: [String] = [],
                fileExtensions: [String] = [], origin: String = "built-in") {
        self.id = id
        self.version = version
        self.role = role
        self.summary = summary
        self.mediaTypes = mediaTypes
        self.fileExtensions = fileExtensions
        self.origin = origin
    }
}
