import EvidenceModel
import Foundation

/// What `evidence-pack fetch moderngov` mirrors, from where, into where, and how politely.
public struct FetchOptions: Sendable {
    /// The ModernGov site, e.g. `https://democracy.example.gov.uk` (the web service is at
    /// `{site}/mgWebService.asmx`). Only this scheme, host and port are ever contacted.
    public var site: URL
    /// Committee title patterns (`*` any run of characters, `?` one character; case ignored).
    public var committees: [String]
    /// The first day of the window of meetings.
    public var since: CalendarDate
    /// The last day of the window of meetings.
    public var until: CalendarDate
    /// The folder the mirror is kept in.
    public var into: URL
    /// Whether a plain `http://` site is allowed.
    public var allowHTTP = false
    /// Requests in flight at once.
    public var maxConcurrent = 4
    /// Seconds a request may take.
    public var timeout: Double = 30
    /// Further attempts after a timeout, a transport failure, a 5xx or a 429.
    public var retries = 2
    /// Seconds before the first retry (doubled each time, at most 8 s).
    public var retryDelay: Double = 0.5
    /// The largest response accepted, in bytes (default 64 MiB).
    public var maxResponseBytes = 64 << 20

    /// Options with the defaults above.
    public init(site: URL, committees: [String], since: CalendarDate, until: CalendarDate, into: URL) {
        self.site = site
        self.committees = committees
        self.since = since
        self.until = until
        self.into = into
    }
}

/// Why a fetch could not start or could not go on at all (exit 2): the site is not allowed, does not
/// answer GetCommittees with the service's XML, or no committee matches.
public struct FetchError: Error, CustomStringConvertible, Sendable {
    /// The message, naming the site and the method.
    public var description: String

    /// An error with this message.
    public init(_ description: String) { self.description = description }
}
