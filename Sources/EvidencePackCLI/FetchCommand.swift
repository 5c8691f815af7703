import ArgumentParser
import EvidenceModel
import EvidencePackCore
import Foundation
import ModernGovFetch

/// `evidence-pack fetch`: mirrors a council's published papers into an inputs folder (the only
/// command that uses the network; `build` never does).
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Mirror a council's published committee papers into an inputs folder.",
        subcommands: [FetchModernGovCommand.self])
}

/// `evidence-pack fetch moderngov`: a polite, resumable mirror of a ModernGov site's web service.
struct FetchModernGovCommand: RegistryCommand, AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moderngov",
        abstract: "Mirror a ModernGov site's committees, meetings and public documents (GetCommittees, GetMeetings, GetMeeting).",
        discussion: """
        Saves committees.xml, committee-<id>/meetings.xml, committee-<id>/meeting-<id>.xml and each meeting's non-restricted documents in committee-<id>/meeting-<id>/. Unchanged answers are neither fetched nor rewritten (ETag / Last-Modified and a SHA-256 index in .moderngov-fetch.json). Only --site is contacted.

        EXIT CODES:
          0   everything was mirrored (or already up to date)
          1   some meetings or documents failed (each is printed); the rest was mirrored
          2   nothing could be fetched (site not answering GetCommittees with its XML, no committee matching, http without --allow-http, folder unwritable)
          64  usage error
        """)

    @Option(name: .long, help: "The ModernGov site, e.g. https://democracy.example.gov.uk.")
    var site: String

    @Option(name: .long, help: "A committee title pattern (* and ? wildcards, case ignored); repeatable.")
    var committee: [String]

    @Option(name: .long, help: "The first meeting day to mirror, YYYY-MM-DD.")
    var since: String

    @Option(name: .long, help: "The last meeting day to mirror, YYYY-MM-DD (default: today).")
    var until: String?

    @Option(name: .long, help: "The mirror folder (e.g. INPUTS/moderngov).")
    var into: String

    @Flag(name: .long, help: "Allow a plain http:// site.")
    var allowHTTP = false

    @Flag(name: .long, help: "Print a JSON summary on stdout (schema: Schemas/fetch-summary.schema.json).")
    var json = false

    @Option(name: .long, help: "Requests in flight at once (1-16).")
    var maxConcurrent = 4

    @Option(name: .long, help: "Seconds a request may take.")
    var timeout: Double = 30

    @Option(name: .long, help: "Further attempts after a timeout, a failed connection, a 5xx or a 429 (0-5).")
    var retries = 2

    @Option(name: .long, help: ArgumentHelp("Seconds before the first retry (doubled each time).", visibility: .hidden))
    var retryDelay: Double = 0.5

    @Option(name: .long, help: "The largest response accepted, in bytes.")
    var maxResponseBytes = 64 << 20

    func validate() throws {
        guard !committee.isEmpty else { throw ValidationError("give at least one --committee pattern") }
        guard CalendarDate(iso8601: since) != nil else { throw ValidationError("--since must be a real day written YYYY-MM-DD, not '\(since)'") }
        if let until, CalendarDate(iso8601: until) == nil { throw ValidationError("--until must be a real day written YYYY-MM-DD, not '\(until)'") }
        guard (1...16).contains(maxConcurrent) else { throw ValidationError("--max-concurrent must be 1 to 16") }
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be more than 0 and at most 600 seconds") }
        guard (0...5).contains(retries) else { throw ValidationError("--retries must be 0 to 5") }
        guard retryDelay >= 0, retryDelay <= 60 else { throw ValidationError("--retry-delay must be 0 to 60 seconds") }
        guard maxResponseBytes > 0 else { throw ValidationError("--max-response-bytes must be positive") }
    }

    func run() async throws {
        throw ValidationError("internal: fetch runs through the registry path")
    }

    func run(registry: ModuleRegistry) async throws {
        let summary = await fetch()
        if json {
            FileHandle.standardOutput.write(try EvidenceJSON.encode(summary))
        } else {
            report(summary)
        }
        if summary.exitCode != ExitStatus.success { throw ExitCode(summary.exitCode) }
    }

    /// Runs the fetch; a site that is not allowed is a summary with exit code 2.
    func fetch() async -> FetchSummary {
        let today = CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86400).rounded(.down)))
        guard let siteURL = URL(string: site), let start = CalendarDate(iso8601: since) else {
            return failure("--site '\(site)' is not an address")
        }
        var options = FetchOptions(site: siteURL, committees: committee, since: start,
                                   until: until.flatMap { CalendarDate(iso8601: $0) } ?? today,
                                   into: URL(fileURLWithPath: into).standardizedFileURL)
        options.allowHTTP = allowHTTP
        options.maxConcurrent = maxConcurrent
        options.timeout = timeout
        options.retries = retries
        options.retryDelay = retryDelay
        options.maxResponseBytes = maxResponseBytes
        do {
            return try await ModernGovFetcher(options: options).run()
        } catch {
            return failure("\(error)")
        }
    }

    func failure(_ message: String) -> FetchSummary {
        var summary = FetchSummary(site: Self.redacted(site), into: into)
        summary.ok = false
        summary.error = message
        summary.exitCode = ExitStatus.failed
        return summary
    }

    /// The site address without any user name or password it carries (never printed).
    static func redacted(_ site: String) -> String {
        guard var components = URLComponents(string: site), components.user != nil || components.password != nil else { return site }
        components.user = nil
        components.password = nil
        return components.string ?? "(the site)"
    }

    /// The summary for people: failures on stderr, one count line on stdout (none when nothing was asked).
    func report(_ summary: FetchSummary) {
        if let error = summary.error { Console.error("error: \(error)") }
        guard summary.requests > 0 else { return }
        for failure in summary.failures {
            Console.error("error: \(failure.what) \(failure.url): \(failure.message)")
        }
        Console.out("\(summary.site): \(summary.committees) committees, \(summary.meetings) meetings, \(summary.documents) documents; "
            + "\(summary.requests) requests (\(summary.conditionalRequests) conditional), \(summary.notModified) not modified, "
            + "\(summary.downloaded) downloaded, \(summary.unchanged) unchanged, \(summary.failed) failed, "
            + "\(summary.skippedRestricted) restricted and \(summary.skippedOffSite) off-site documents skipped")
    }
}
