/// One input file, as discovery found it: where it is, what it holds and its fingerprint.
public struct Source: Hashable, Sendable, Codable {
    /// Path relative to the inputs root, with `/` separators (stable across machines).
    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Size in bytes.
    public var size: Int64
    /// Media type guessed from the name and first bytes, e.g. `text/csv`.
    public var mediaType: String
    /// Last modification time in seconds since 1970, when known. Used for incremental builds and as a
    /// last-resort document date; never written to outputs, since a fresh clone changes it.
    public var modified: Double?

    public init(path: String, sha256: String, size: Int64, mediaType: String, modified: Double? = nil) {
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.mediaType = mediaType
        self.modified = modified
    }

    private enum CodingKeys: String, CodingKey { case path, sha256, size, mediaType }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        sha256 = try c.decode(String.self, forKey: .sha256)
        size = try c.decode(Int64.self, forKey: .size)
        mediaType = try c.decode(String.self, forKey: .mediaType)
        modified = nil
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(size, forKey: .size)
        try c.encode(mediaType, forKey: .mediaType)
    }
}
