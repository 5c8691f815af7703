import EvidenceModel
import EvidencePackCore
import Foundation
import ModernGovXMLImporter

/// Mirrors a ModernGov site's committees, meetings and their public documents into a folder, as a
/// polite, resumable mirror: GetCommittees, then GetMeetings for each matching committee over the
/// window, then GetMeeting for each meeting, then each linked document that is not restricted and is
/// on the site. Conditional requests and a content-hash index mean unchanged answers are neither
/// fetched again nor rewritten. Only the given site is contacted. After a run in which nothing failed,
/// what the site withdrew is removed from the mirror (`FetchSession.pruneWithdrawn`), so a nightly
/// build does not keep reading a cancelled meeting's papers.
///
/// Layout: `committees.xml`; `<committee id>/meetings.xml`; `<committee id>/meeting-<id>.xml`;
/// `<committee id>/meeting-<id>/<attachment id>-<title>.<ext>`; `.moderngov-fetch.json` (the index).
public struct ModernGovFetcher: Sendable {
    /// What to fetch and how.
    public let options: FetchOptions
    let scope: SiteScope

    /// A fetcher; throws `FetchError` when the site is not allowed (not https without `allowHTTP`,
    /// credentials in the address).
    public init(options: FetchOptions) throws {
        self.options = options
        self.scope = try SiteScope(site: options.site, allowHTTP: options.allowHTTP)
    }

    /// Runs the fetch. A failure of GetCommittees (or no committee matching) ends it with `error` set and
    /// exit code 2, leaving the mirror as it was; other failures are counted, the rest goes on, exit 1.
    public func run() async -> FetchSummary {
        let initial = FetchSummary(site: scope.name, into: options.into.path)
        do {
            try SecureFileSystem.createDirectory(at: options.into)
        } catch {
            return finished(initial, error: "cannot create the mirror folder \(options.into.path): \(error)")
        }
        AtomicFile.removeLeftovers(in: options.into)
        let state = MirrorState(index: MirrorIndex.load(from: options.into), summary: initial)
        let client = HTTPClient(timeout: options.timeout, maxBytes: options.maxResponseBytes)
        defer { client.close() }
        let session = FetchSession(options: options, scope: scope, client: client, state: state)
        var fatal: String?
        do {
            try await session.mirror()
            // Only a run that heard from every part of the site may conclude something is gone.
            if await state.summary.failed == 0 { await session.pruneWithdrawn() }
        } catch {
            fatal = "\(error)"
        }
        let index = await state.index
        if index != state.loadedIndex {
            do { try index.save(to: options.into) } catch { fatal = fatal ?? "cannot write the mirror's index: \(error)" }
        }
        return finished(await state.summary, error: fatal)
    }

    /// The summary with its outcome and exit code.
    func finished(_ summary: FetchSummary, error: String?) -> FetchSummary {
        var summary = summary
        summary.error = error
        summary.ok = error == nil && summary.failed == 0
        summary.exitCode = error != nil ? 2 : (summary.failed > 0 ? 1 : 0)
        return summary
    }
}
