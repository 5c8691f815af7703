/// What a fetch did, for people and scripts (`--json`, Schemas/fetch-summary.schema.json, schemaVersion 2).
public struct FetchSummary: Codable, Sendable, Equatable {
    /// One resource given up on.
    public struct Failure: Codable, Sendable, Equatable {
        /// The web-service method, or `document`.
        public var what: String
        /// The address requested.
        public var url: String
        /// Why, in plain words.
        public var message: String
    }

    /// Version of this output's shape.
    public var schemaVersion = 2
    /// True when nothing failed.
    public var ok = true
    /// The error that stopped the fetch (exit 2), if one did.
    public var error: String?
    /// The site fetched from.
    public var site: String
    /// The mirror folder.
    public var into: String
    /// HTTP requests sent (retries included).
    public var requests = 0
    /// Requests sent with `If-None-Match` or `If-Modified-Since`.
    public var conditionalRequests = 0
    /// Answers 304 Not Modified: nothing fetched or written.
    public var notModified = 0
    /// Files written (new or changed).
    public var downloaded = 0
    /// Answers whose content was already in the mirror (same SHA-256): not rewritten.
    public var unchanged = 0
    /// Resources given up on after their retries.
    public var failed = 0
    /// Documents not fetched because the reply marks them restricted.
    public var skippedRestricted = 0
    /// Document addresses not followed because they leave the site.
    public var skippedOffSite = 0
    /// Committees matched.
    public var committees = 0
    /// Meetings in the window.
    public var meetings = 0
    /// Documents linked from those meetings.
    public var documents = 0
    /// Files of the mirror removed because the site no longer publishes them (a meeting of the window
    /// no longer listed, a document no longer linked from its meeting).
    public var removed = 0
    /// Their paths, relative to the mirror folder.
    public var removedPaths: [String] = []
    /// What failed, and why.
    public var failures: [Failure] = []
    /// The exit code the command ends with.
    public var exitCode: Int32 = 0

    /// An empty summary for a site and folder.
    public init(site: String, into: String) {
        self.site = site
        self.into = into
    }
}
